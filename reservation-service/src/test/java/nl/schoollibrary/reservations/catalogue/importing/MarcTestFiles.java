package nl.schoollibrary.reservations.catalogue.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marc4j.MarcStreamWriter;
import org.marc4j.MarcWriter;
import org.marc4j.MarcXmlWriter;
import org.marc4j.converter.impl.UnicodeToAnsel;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;

/**
 * Makes the MARC 21 test files in src/test/resources/catalogue (committed; run this again only to change them):
 * {@code kinderboeken.mrc} (ISO 2709, UTF-8), {@code kinderboeken.xml} (the same records as MARCXML),
 * {@code kinderboeken-marc8.mrc} (records 18–22, with the diacritics, in MARC-8, leader/09 blank) and {@code kapot.mrc} (four
 * records, the third with a damaged directory). 22 Dutch children's books as a library system would export them:
 * 001 record id, 008 with target audience and language, 020, 100/700 inverted names, 245 with ISBD punctuation, 264,
 * 490/830 series, 520, 526 AVI, 650 subjects, 852 holdings (barcode $p, location $b, shelf mark $h, collection $c)
 * at the demo locations.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:<marc4j.jar> …MarcTestFiles src/test/resources/catalogue}.
 */
public final class MarcTestFiles {

    private static final MarcFactory FACTORY = MarcFactory.newInstance();

    /** isbn (12 digits, the check digit is computed), id, title, subtitle, authors, publisher, year, audience, … */
    record Book(String isbn12, String id, String title, String subtitle, List<String> authors, String publisher,
            int year, char audience, String language, String series, Integer number, String avi, String description,
            List<String> subjects, List<String[]> holdings) {
    }

    static List<Book> books() {
        List<Book> books = new ArrayList<>();
        books.add(new Book("978902140011", "BRL000101", "Pluk van de Petteflet", null, List.of("Schmidt, Annie M.G."),
                "Querido", 1971, 'b', "dut", null, null, "M5",
                "Pluk woont met zijn kraanwagen in het torenkamertje van de Petteflet.",
                List.of("Humor", "Vriendschap"),
                List.<String[]>of(h("401000000101", "BRL-CENTRUM", "JEUGD SCHM"), h("401000000102", "SB-REGENBOOG", "SCHM"))));
        books.add(new Book("978902140012", "BRL000102", "Jip en Janneke", null,
                List.of("Schmidt, Annie M.G.", "Westendorp, Fiep"), "Querido", 1977, 'a', "dut", null, null, null,
                "Verhaaltjes over twee kleuters die naast elkaar wonen.", List.of("Familie"),
                List.<String[]>of(h("401000000201", "BRL-NOORD", "PRENT SCHM"))));
        books.add(new Book("978902140013", "BRL000103", "Kruistocht in spijkerbroek", null, List.of("Beckman, Thea"),
                "Lemniscaat", 1973, 'd', "dut", null, null, null,
                "Rudolf komt met een tijdmachine in 1212 terecht en trekt mee met de kinderkruistocht.",
                List.of("Geschiedenis", "Avontuur", "Tijdreizen"),
                List.<String[]>of(h("401000000301", "BRL-CENTRUM", "JEUGD BECK"), h("401000000302", "BRL-OOST", "JEUGD BECK"),
                        h("401000000303", "SB-WEGWIJZER", "BECK"))));
        books.add(new Book("978902140014", "BRL000104", "De brief voor de koning", null, List.of("Dragt, Tonke"),
                "Leopold", 1962, 'c', "dut", null, null, null,
                "Tiuri moet een geheime brief naar de koning van Unauwen brengen.", List.of("Avontuur", "Ridders"),
                List.<String[]>of(h("401000000401", "BRL-CENTRUM", "JEUGD DRAG"), h("401000000402", "SB-REGENBOOG", "DRAG"))));
        books.add(new Book("978902140015", "BRL000105", "De kleine kapitein", null, List.of("Biegel, Paul"),
                "Holland", 1970, 'c', "dut", "De kleine kapitein", 1, "E6",
                "De kleine kapitein vaart met zijn schip Het Zeepaard naar het Eiland Groter-Worden.",
                List.of("Avontuur"), List.<String[]>of(h("401000000501", "BRL-NOORD", "JEUGD BIEG"))));
        books.add(new Book("978902140016", "BRL000106", "Het sleutelkruid", null, List.of("Biegel, Paul"),
                "Holland", 1964, 'c', "dut", null, null, null, "De oude koning is ziek; alleen het sleutelkruid helpt.",
                List.of("Sprookjes"), List.<String[]>of(h("401000000601", "BRL-CENTRUM", "JEUGD BIEG"))));
        books.add(new Book("978902140017", "BRL000107", "Het boek van alle dingen", null, List.of("Kuijer, Guus"),
                "Querido", 2004, 'c', "dut", null, null, null,
                "Thomas ziet dingen die anderen niet zien, in een streng gelovig gezin in 1951.",
                List.of("Familie"), List.<String[]>of(h("401000000701", "SB-WEGWIJZER", "KUIJ"))));
        books.add(new Book("978902140018", "BRL000108", "Voor altijd samen, amen", null, List.of("Kuijer, Guus"),
                "Querido", 1999, 'c', "dut", "Polleke", 1, "M6", "Polleke is verliefd op Mimoun.",
                List.of("Vriendschap"), List.<String[]>of(h("401000000801", "BRL-OOST", "JEUGD KUIJ"))));
        books.add(new Book("978902140019", "BRL000109", "Achtste-groepers huilen niet", null,
                List.of("Vriens, Jacques"), "Van Holkema & Warendorf", 1999, 'c', "dut", null, null, null,
                "Akke zit in groep acht en wordt ziek.", List.of("School", "Vriendschap"),
                List.<String[]>of(h("401000000901", "SB-REGENBOOG", "VRIE"), h("401000000902", "SB-WEGWIJZER", "VRIE"))));
        books.add(new Book("978902140020", "BRL000110", "Meester Jaap", null, List.of("Vriens, Jacques"),
                "Van Holkema & Warendorf", 2004, 'b', "dut", null, null, "E5", "Groep zeven krijgt een nieuwe meester.",
                List.of("School", "Humor"), List.<String[]>of(h("401000001001", "BRL-CENTRUM", "JEUGD VRIE"))));
        books.add(new Book("978902140021", "BRL000111", "Dolfje Weerwolfje", null, List.of("Loon, Paul van"),
                "Leopold", 1995, 'b', "dut", "Dolfje Weerwolfje", 1, "M5",
                "Dolfje wordt op zijn zevende verjaardag een weerwolf.", List.of("Griezelen", "Dieren"),
                List.<String[]>of(h("401000001101", "BRL-CENTRUM", "JEUGD LOON"), h("401000001102", "BRL-NOORD", "JEUGD LOON"),
                        h("401000001103", "SB-REGENBOOG", "LOON"))));
        books.add(new Book("978902140022", "BRL000112", "De griezelbus", null, List.of("Loon, Paul van"),
                "Leopold", 1991, 'c', "dut", "De griezelbus", 1, null,
                "Een bus vol kinderen rijdt een griezelverhaal binnen.", List.of("Griezelen"),
                List.<String[]>of(h("401000001201", "BRL-OOST", "JEUGD LOON"))));
        books.add(new Book("978902140023", "BRL000113", "Hoe overleef ik mezelf?", null, List.of("Oomen, Francine"),
                "Querido", 2000, 'd', "dut", "Hoe overleef ik", 1, null, "Rosa is dertien en alles is ingewikkeld.",
                List.of("Humor", "Familie"), List.<String[]>of(h("401000001301", "BRL-NOORD", "JEUGD OOME"))));
        books.add(new Book("978902140024", "BRL000114", "De geheimen van het Wilde Woud", null,
                List.of("Dragt, Tonke"), "Leopold", 1965, 'c', "dut", null, null, null,
                "Tiuri en Piak gaan terug naar het Wilde Woud.", List.of("Avontuur"),
                List.<String[]>of(h("401000001401", "BRL-CENTRUM", "JEUGD DRAG"))));
        books.add(new Book("978902140025", "BRL000115", "Slaaf kindje slaaf", null, List.of("Verroen, Dolf"),
                "Leopold", 2005, 'd', "dut", null, null, null,
                "Maria krijgt op haar twaalfde verjaardag een slaaf cadeau.", List.of("Geschiedenis"),
                List.<String[]>of(h("401000001501", "SB-WEGWIJZER", "VERR"))));
        books.add(new Book("978902140026", "BRL000116", "Abeltje", null, List.of("Schmidt, Annie M.G."), "Querido",
                1953, 'c', "dut", null, null, null, "Abeltje drukt in de lift op de verkeerde knop en vliegt weg.",
                List.of("Avontuur", "Humor"), List.<String[]>of(h("401000001601", "BRL-OOST", "JEUGD SCHM"))));
        books.add(new Book("978902140027", "BRL000117", "Kinderen van Moeder Aarde", null, List.of("Beckman, Thea"),
                "Lemniscaat", 1985, 'd', "dut", "Kinderen van Moeder Aarde", 1, null,
                "Na de Derde Wereldoorlog leven de mensen op Thule anders.", List.of("Fantasy"),
                List.<String[]>of(h("401000001701", "BRL-CENTRUM", "JEUGD BECK"))));
        books.add(new Book("978902140028", "BRL000118", "Otje", null, List.of("Schmidt, Annie M.G."), "Querido", 1980,
                'c', "dut", null, null, null, "Otje en haar vader Tos zwerven door het land.", List.of("Familie"),
                List.<String[]>of(h("401000001801", "SB-REGENBOOG", "SCHM"))));
        books.add(new Book("978902140029", "BRL000119", "Misschien wisten zij alles", "alle verhalen over de eekhoorn"
                + " en de mier", List.of("Tellegen, Toon"), "Querido", 1995, 'b', "dut", null, null, null,
                "De eekhoorn en de mier praten over alles.", List.of("Dieren", "Vriendschap"),
                List.<String[]>of(h("401000001901", "BRL-NOORD", "JEUGD TELL"))));
        books.add(new Book("978902140030", "BRL000120", "Het geheim van de keel", "Één, twee, Gëtriebe",
                List.of("Verroen, Dolf", "Fiere, Élise de"), "Leopold", 2011, 'c', "dut", null, null, "AVI-Plus",
                "Een verhaal over een stem die verdwijnt: één keer per jaar, à la minute, in de overgang naar de"
                        + " brugklas — ë, é, ï, ü.", List.of("Detective", "Onbekend onderwerp"),
                List.<String[]>of(h("401000002001", "BRL-CENTRUM", "JEUGD VERR"), h("401000002002", "SB-WEGWIJZER", "VERR"))));
        books.add(new Book("978902140031", "BRL000121", "Het verhaal van Hindeloopen", null,
                List.of("Stienstra, Geartsje"), "Afûk", 2015, 'b', "fry", null, null, null,
                "In Frysk ferhaal oer in âld stedsje.", List.of("Geschiedenis"),
                List.<String[]>of(h("401000002101", "BRL-NOORD", "JEUGD STIE"))));
        books.add(new Book("978902140032", "BRL000122", "Nachtverhaal", null, List.of("Biegel, Paul"), "Holland",
                1992, 'j', "dut", null, null, null, "Een oude man vertelt verhalen tot de ochtend.",
                List.of("Sprookjes"), List.<String[]>of(h("401000002201", "BRL-OOST", "JEUGD BIEG"))));
        return books;
    }

    private static String[] h(String barcode, String location, String shelfMark) {
        return new String[] {barcode, location, shelfMark};
    }

    static String isbn13(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return twelve + (10 - sum % 10) % 10;
    }

    static Record record(Book b) {
        Record r = FACTORY.newRecord("00000nam a2200000 i 4500");
        r.addVariableField(FACTORY.newControlField("001", b.id()));
        char[] fixed = (" ".repeat(40)).toCharArray(); // 008: 00-05 entered, 06 type of date, 07-10 year,
        "950101s".getChars(0, 7, fixed, 0); // 15-17 place, 22 target audience, 33 literary form, 35-37 language
        String.valueOf(b.year()).getChars(0, 4, fixed, 7);
        "ne ".getChars(0, 3, fixed, 15);
        fixed[22] = b.audience();
        fixed[33] = '1';
        b.language().getChars(0, 3, fixed, 35);
        fixed[39] = 'd';
        r.addVariableField(FACTORY.newControlField("008", new String(fixed)));
        r.addVariableField(field("020", ' ', ' ', 'a', isbn13(b.isbn12()) + " (gebonden)"));
        List<String> authors = b.authors();
        r.addVariableField(field("100", '1', ' ', 'a', authors.get(0) + ","));
        DataField title = FACTORY.newDataField("245", '1', '0');
        title.addSubfield(FACTORY.newSubfield('a', b.title() + (b.subtitle() == null ? " /" : " :")));
        if (b.subtitle() != null) {
            title.addSubfield(FACTORY.newSubfield('b', b.subtitle() + " /"));
        }
        title.addSubfield(FACTORY.newSubfield('c', String.join(" en ", authors)));
        r.addVariableField(title);
        DataField published = FACTORY.newDataField("264", ' ', '1');
        published.addSubfield(FACTORY.newSubfield('a', "Amsterdam :"));
        published.addSubfield(FACTORY.newSubfield('b', b.publisher() + ","));
        published.addSubfield(FACTORY.newSubfield('c', "[" + b.year() + "]"));
        r.addVariableField(published);
        if (b.series() != null) {
            DataField series = FACTORY.newDataField("490", '1', ' ');
            series.addSubfield(FACTORY.newSubfield('a', b.series() + " ;"));
            series.addSubfield(FACTORY.newSubfield('v', "deel " + b.number()));
            r.addVariableField(series);
            DataField added = FACTORY.newDataField("830", ' ', '0');
            added.addSubfield(FACTORY.newSubfield('a', b.series() + " ;"));
            added.addSubfield(FACTORY.newSubfield('v', String.valueOf(b.number())));
            r.addVariableField(added);
        }
        r.addVariableField(field("520", ' ', ' ', 'a', b.description()));
        if (b.avi() != null) {
            DataField avi = FACTORY.newDataField("526", '8', ' ');
            avi.addSubfield(FACTORY.newSubfield('a', "AVI"));
            avi.addSubfield(FACTORY.newSubfield('c', b.avi()));
            r.addVariableField(avi);
        }
        for (String subject : b.subjects()) {
            r.addVariableField(field("650", ' ', '7', 'a', subject + "."));
        }
        for (String author : authors.subList(1, authors.size())) {
            r.addVariableField(field("700", '1', ' ', 'a', author + ","));
        }
        for (String[] holding : b.holdings()) {
            DataField copy = FACTORY.newDataField("852", '4', ' ');
            copy.addSubfield(FACTORY.newSubfield('a', "BRL"));
            copy.addSubfield(FACTORY.newSubfield('b', holding[1]));
            copy.addSubfield(FACTORY.newSubfield('h', holding[2]));
            copy.addSubfield(FACTORY.newSubfield('p', holding[0]));
            r.addVariableField(copy);
        }
        return r;
    }

    private static DataField field(String tag, char ind1, char ind2, char code, String data) {
        DataField field = FACTORY.newDataField(tag, ind1, ind2);
        field.addSubfield(FACTORY.newSubfield(code, data));
        return field;
    }

    static byte[] iso2709(List<Book> books, boolean marc8) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MarcStreamWriter writer = new MarcStreamWriter(out, marc8 ? "ISO8859_1" : "UTF-8");
        if (marc8) {
            writer.setConverter(new UnicodeToAnsel());
        }
        for (Book b : books) {
            Record r = record(b);
            r.getLeader().setCharCodingScheme(marc8 ? ' ' : 'a');
            writer.write(r);
        }
        writer.close();
        return out.toByteArray();
    }

    static byte[] xml(List<Book> books) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MarcWriter writer = new MarcXmlWriter(out, "UTF-8", true);
        for (Book b : books) {
            writer.write(record(b));
        }
        writer.close();
        return out.toByteArray();
    }

    /** Four records; in the third the first directory entry's field length is "0x4!" instead of digits. */
    static byte[] broken() {
        List<Book> books = books().subList(0, 4);
        byte[] first = iso2709(books.subList(0, 2), false);
        byte[] third = iso2709(books.subList(2, 3), false);
        byte[] fourth = iso2709(books.subList(3, 4), false);
        byte[] damaged = third.clone();
        byte[] bad = "0x4!".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bad, 0, damaged, 24 + 3, 4); // leader (24), then tag (3), then the length (4)
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(damaged);
        out.writeBytes(fourth);
        return out.toByteArray();
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/catalogue");
        Files.createDirectories(dir);
        Files.write(dir.resolve("kinderboeken.mrc"), iso2709(books(), false));
        Files.write(dir.resolve("kinderboeken-marc8.mrc"), iso2709(books().subList(17, 22), true));
        Files.write(dir.resolve("kinderboeken.xml"), xml(books()));
        Files.write(dir.resolve("kapot.mrc"), broken());
    }
}
