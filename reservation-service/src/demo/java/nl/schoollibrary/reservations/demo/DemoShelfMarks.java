package nl.schoollibrary.reservations.demo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Shelf marks (plaatsingscodes) as Dutch children's libraries use them: a category by age group and reading level
 * followed by the first four letters of the first author's surname, e.g. {@code PRENT BRUN}, {@code AVI-E4 LOON},
 * {@code JEUGD BECK}, {@code YA SLEE}, {@code INFO 590 DUMO}.
 */
final class DemoShelfMarks {

    /** Non-fiction titles of the demo catalogue and their SISO class. */
    private static final Map<String, String> INFO = Map.of(
            "Bibi's bijzondere beestenboek", "590",
            "Het raadsel van alles wat leeft", "570");

    private DemoShelfMarks() {
    }

    static String of(DemoCatalogue.TitleRow title) {
        return category(title) + " " + authorCode(title.authors());
    }

    static String category(DemoCatalogue.TitleRow title) {
        String info = INFO.get(title.title());
        if (info != null) {
            return "INFO " + info;
        }
        switch (title.ageGroup()) {
            case "0-4":
            case "4-6":
                return "PRENT";
            case "6-9":
                return title.readingLevel().isEmpty() || "Plus".equals(title.readingLevel())
                        ? "JEUGD" : "AVI-" + title.readingLevel();
            case "12-15":
                return "YA";
            default:
                return "JEUGD";
        }
    }

    /** First four letters of the first author's surname, without tussenvoegsels, accents or punctuation. */
    static String authorCode(String authors) {
        String first = authors.split(";")[0].trim();
        String[] words = first.split("\\s+");
        String surname = words[words.length - 1];
        String letters = Normalizer.normalize(surname, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z]", "");
        if (letters.isEmpty()) {
            letters = "ONBK";
        }
        return letters.length() > 4 ? letters.substring(0, 4) : letters;
    }
}
