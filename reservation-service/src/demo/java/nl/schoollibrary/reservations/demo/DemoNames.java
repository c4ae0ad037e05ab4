package nl.schoollibrary.reservations.demo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

/** Dutch first names and surnames (with tussenvoegsels) for the demo students, as in today's classrooms. */
final class DemoNames {

    static final String[] FIRST_NAMES = {
        "Emma", "Julia", "Mila", "Tess", "Sophie", "Zoë", "Sara", "Nora", "Yara", "Eva",
        "Saar", "Liv", "Anna", "Noor", "Evi", "Lieke", "Fenna", "Isa", "Fleur", "Roos",
        "Femke", "Lisa", "Nina", "Hailey", "Amira", "Lina", "Elif", "Hiba", "Maud", "Jasmijn",
        "Lauren", "Ilse", "Floor", "Vera", "Olivia", "Esmee", "Kiki", "Merel", "Hanna", "Senna",
        "Noah", "Liam", "Lucas", "Sem", "Finn", "Levi", "Luuk", "Milan", "Bram", "Jesse",
        "Mees", "Thijs", "Siem", "Jens", "Stijn", "Ruben", "Lars", "Max", "Gijs", "Sven",
        "Thomas", "Tim", "Daan", "Teun", "Jayden", "Mohammed", "Adam", "Ayoub", "Yusuf", "Emir",
        "Rayan", "Noud", "Hugo", "Boaz", "Olivier", "Dex", "Mats", "Jurre", "Otis", "Ties"
    };

    static final String[] LAST_NAMES = {
        "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer",
        "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
        "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan",
        "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "de Bruin", "van der Heijden",
        "Schouten", "van Beek", "Willems", "van Vliet", "van de Ven", "Hoekstra", "Maas", "Verhoeven", "Koster",
        "van Dam", "van der Wal", "Prins", "Blom", "Huisman", "Peeters", "de Lange", "van Wijk", "Kuipers",
        "Veenstra", "Kramer", "van den Bosch", "Postma", "Timmermans", "Groen", "Gerritsen", "van Doorn",
        "Yilmaz", "El Amrani", "Öztürk", "Bouzid", "Nguyen", "Kaya", "El Idrissi", "Demir", "Pinas", "Wijnaldum"
    };

    private DemoNames() {
    }

    static String firstName(Random random) {
        return FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
    }

    static String lastName(Random random) {
        return LAST_NAMES[random.nextInt(LAST_NAMES.length)];
    }

    /** Lower-case ASCII letters only: "Zoë" → "zoe", "van der Meer" → "vandermeer". */
    static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z]", "");
    }

    /** A student login: firstname.lastname + number, matching {@code ^[a-z0-9._-]{3,100}$}. */
    static String username(String firstName, String lastName, int number) {
        return ascii(firstName) + "." + ascii(lastName) + number;
    }
}
