package nl.schoollibrary.reservations.catalogue.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.schoollibrary.reservations.catalogue.importing.ImportRows.RawCopy;
import nl.schoollibrary.reservations.catalogue.importing.ImportRows.RawTitle;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import org.marc4j.marc.VariableField;

/**
 * A MARC 21 bibliographic record as a title with its copies (docs/adr/0012 and the product guide have the table):
 * 001 record id; 020 $a the first valid ISBN; 245 $a/$b title and subtitle (ISBD punctuation stripped); 100/700 $a
 * authors, "Schmidt, Annie M.G." written as "Annie M.G. Schmidt"; 264 (else 260) $b publisher and $c year; 041 $a,
 * else 008/35-37, language; 520 $a description; 650 $a subjects matched to themes; 800/830 (else 490) $a series and
 * $v number; 008/22 target audience → age group; 526 $a "AVI" with $c the AVI level; copies from the holdings field.
 * A field that is not in the record changes nothing.
 */
final class MarcMapping {

    /** Where the copies are: the holdings field and its subfields (collection: none by default). */
    record Holdings(String tag, char barcode, char location, char shelfMark, Character collection) {
        static final Holdings DEFAULT = new Holdings("852", 'p', 'b', 'h', null);
    }

    /** 008/22 target audience → age group (a preschool, b primary, c pre-adolescent, d adolescent). */
    private static final Map<Character, String> AUDIENCE = Map.of('a', "0-4", 'b', "6-9", 'c', "9-12", 'd', "12-15");
    private static final Pattern ISBN_TOKEN = Pattern.compile("[0-9][0-9 -]{8,16}[0-9Xx]");
    private static final Pattern YEAR = Pattern.compile("(1[5-9]|20|21)[0-9]{2}");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,6}");

    private MarcMapping() {
    }

    static RawTitle title(Record marc, int number, Holdings holdings) {
        RawTitle title = new RawTitle(number, null);
        ControlField id = marc.getControlNumberField();
        if (id != null && id.getData() != null && !id.getData().isBlank()) {
            title.fields.put("recordId", id.getData().strip());
        }
        String isbn = isbn(marc);
        if (isbn != null) {
            title.fields.put("isbn", isbn);
        }
        DataField f245 = field(marc, "245");
        if (f245 != null) {
            put(title, "title", isbd(sub(f245, 'a')));
            put(title, "subtitle", isbd(sub(f245, 'b')));
        }
        Set<String> authors = new LinkedHashSet<>();
        for (VariableField field : marc.getVariableFields(new String[] {"100", "700"})) {
            String name = sub((DataField) field, 'a');
            if (name != null && !name.isBlank()) {
                authors.add(person(name));
            }
        }
        if (!authors.isEmpty()) {
            title.fields.put("authors", String.join("; ", authors));
        }
        DataField published = field(marc, "264");
        if (published == null) {
            published = field(marc, "260");
        }
        if (published != null) {
            put(title, "publisher", isbd(sub(published, 'b')));
            String year = sub(published, 'c');
            Matcher m = year == null ? null : YEAR.matcher(year);
            if (m != null && m.find()) {
                title.fields.put("publicationYear", Integer.parseInt(m.group()));
            }
        }
        String fixed = control(marc, "008");
        DataField f041 = field(marc, "041");
        String language = f041 == null ? null : sub(f041, 'a');
        if ((language == null || language.isBlank()) && fixed != null && fixed.length() >= 38) {
            language = fixed.substring(35, 38);
        }
        if (language != null && language.strip().matches("[A-Za-z]{2,3}")) {
            title.fields.put("language", language.strip());
        }
        if (fixed != null && fixed.length() > 22 && AUDIENCE.containsKey(fixed.charAt(22))) {
            title.fields.put("ageGroup", AUDIENCE.get(fixed.charAt(22)));
        }
        List<String> descriptions = new ArrayList<>();
        for (VariableField field : marc.getVariableFields("520")) {
            String text = sub((DataField) field, 'a');
            if (text != null && !text.isBlank()) {
                descriptions.add(text.strip());
            }
        }
        if (!descriptions.isEmpty()) {
            title.fields.put("description", String.join("\n\n", descriptions));
        }
        List<String> subjects = new ArrayList<>();
        for (VariableField field : marc.getVariableFields("650")) {
            String subject = sub((DataField) field, 'a');
            if (subject != null && !subject.isBlank()) {
                subjects.add(subject);
            }
        }
        if (!subjects.isEmpty()) {
            title.subjects = subjects;
            title.fields.put("themes", List.of());
        }
        series(marc, title);
        for (VariableField field : marc.getVariableFields("526")) {
            DataField program = (DataField) field;
            String name = sub(program, 'a');
            String level = sub(program, 'c');
            if (name != null && name.strip().toUpperCase(Locale.ROOT).startsWith("AVI") && level != null) {
                put(title, "readingLevel", level.strip());
            }
        }
        for (VariableField field : marc.getVariableFields(holdings.tag())) {
            DataField holding = (DataField) field;
            RawCopy copy = new RawCopy(null);
            putCopy(copy, "barcode", sub(holding, holdings.barcode()));
            putCopy(copy, "location", sub(holding, holdings.location()));
            putCopy(copy, "shelfMark", sub(holding, holdings.shelfMark()));
            if (holdings.collection() != null) {
                putCopy(copy, "collection", sub(holding, holdings.collection()));
            }
            title.copies.add(copy);
        }
        return title;
    }

    /** 800/830 (the controlled series entry), else 490: $a (800: $t) the series, $v the number. */
    private static void series(Record marc, RawTitle title) {
        DataField series = field(marc, "830");
        String name = series == null ? null : sub(series, 'a');
        if (series == null) {
            series = field(marc, "800");
            name = series == null ? null : sub(series, 't');
        }
        if (series == null) {
            series = field(marc, "490");
            name = series == null ? null : sub(series, 'a');
        }
        if (series == null) {
            return;
        }
        put(title, "series", isbd(name));
        String volume = sub(series, 'v');
        Matcher m = volume == null ? null : NUMBER.matcher(volume);
        if (m != null && m.find()) {
            title.fields.put("seriesNumber", Integer.parseInt(m.group()));
        }
    }

    /** The first 020 $a that is a valid ISBN (qualifiers such as "(gebonden)" dropped). */
    private static String isbn(Record marc) {
        String first = null;
        for (VariableField field : marc.getVariableFields("020")) {
            for (Subfield a : ((DataField) field).getSubfields('a')) {
                Matcher m = ISBN_TOKEN.matcher(a.getData());
                if (!m.find()) {
                    continue;
                }
                try {
                    return FieldRules.isbn(m.group());
                } catch (FieldRules.Invalid e) {
                    first = first == null ? m.group() : first;
                }
            }
        }
        return first; // none valid: the first, so the row error names it (unless the record has a record id)
    }

    /** "Schmidt, Annie M.G." → "Annie M.G. Schmidt"; "Loon, Paul van" → "Paul van Loon"; a trailing comma or dot goes. */
    static String person(String name) {
        String clean = name.strip().replaceAll("[\\s,]+$", "");
        if (clean.endsWith(".") && !clean.matches(".*\\b\\p{Lu}\\.$")) {
            clean = clean.substring(0, clean.length() - 1);
        }
        int comma = clean.indexOf(", ");
        if (comma > 0 && clean.indexOf(", ", comma + 2) < 0) {
            clean = clean.substring(comma + 2).strip() + " " + clean.substring(0, comma).strip();
        }
        return clean;
    }

    /** Strips ISBD punctuation at the end: " /", " :", " ;", " =", " ," and a final "." (not of an initial). */
    static String isbd(String text) {
        if (text == null) {
            return null;
        }
        String clean = text.strip().replaceAll("\\s*[/:;=,]$", "").strip();
        if (clean.endsWith(".") && !clean.endsWith("..") && !clean.matches(".*\\b\\p{Lu}\\.$")) {
            clean = clean.substring(0, clean.length() - 1).strip();
        }
        return clean;
    }

    private static void put(RawTitle title, String field, String value) {
        if (value != null && !value.isBlank()) {
            title.fields.put(field, value);
        }
    }

    private static void putCopy(RawCopy copy, String field, String value) {
        if (value != null && !value.isBlank()) {
            copy.fields.put(field, value.strip());
        }
    }

    private static DataField field(Record marc, String tag) {
        VariableField field = marc.getVariableField(tag);
        return field instanceof DataField data ? data : null;
    }

    private static String control(Record marc, String tag) {
        VariableField field = marc.getVariableField(tag);
        return field instanceof ControlField control ? control.getData() : null;
    }

    private static String sub(DataField field, char code) {
        Subfield subfield = field.getSubfield(code);
        // MARC-8 (and many UTF-8 records) spell "é" as e + a combining accent: stored composed, as typed text is.
        return subfield == null || subfield.getData() == null ? null
                : Normalizer.normalize(subfield.getData(), Normalizer.Form.NFC);
    }
}
