package nl.schoollibrary.reservations.catalogue;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.schoollibrary.reservations.common.InputRules;
import nl.schoollibrary.reservations.common.Problem.FieldError;

/**
 * The field rules of catalogue intake (titles and copies), for the API and the bulk import alike: pure functions
 * without database access. Normalisers turn what a client or a catalogue record sends into the stored form (trimmed,
 * ISBN-10 → ISBN-13, MARC language codes → ISO 639-1, barcodes upper-cased); the checks answer the field errors of a
 * normalised value (an empty list when it is fine). That a theme code, location or collection exists is for the
 * caller to check.
 */
public final class CatalogueFields {

    public static final int TITLE_MAX = 300;
    public static final int SUBTITLE_MAX = 300;
    public static final int AUTHORS_MAX = 300;
    public static final int SERIES_MAX = 200;
    public static final int PUBLISHER_MAX = 200;
    public static final int READING_LEVEL_MAX = 10;
    public static final int DESCRIPTION_MAX = 10_000;
    public static final int COVER_URL_MAX = 500;
    public static final int SHELF_MARK_MAX = 60;
    public static final int WITHDRAW_REASON_MAX = 300;
    public static final int YEAR_MIN = 1500;
    public static final int YEAR_MAX = 2100;
    public static final int THEMES_MAX = 20;

    /** The error of a title without isbn and record id (named on the field {@code isbn}). */
    public static final String NEEDS_KEY = "a title needs an isbn or a recordId (or both)";

    /** The age groups of the catalogue, youngest first. */
    public static final List<String> AGE_GROUPS = List.of("0-4", "4-6", "6-9", "9-12", "12-15");

    /** MARC's ISO 639-2/B codes the libraries send, as the two-letter code the catalogue keeps. */
    public static final Map<String, String> LANGUAGE_CODES = Map.ofEntries(
            Map.entry("dut", "nl"), Map.entry("nld", "nl"), Map.entry("eng", "en"), Map.entry("fry", "fy"),
            Map.entry("ger", "de"), Map.entry("deu", "de"), Map.entry("fre", "fr"), Map.entry("fra", "fr"),
            Map.entry("spa", "es"), Map.entry("tur", "tr"), Map.entry("ara", "ar"), Map.entry("pol", "pl"));

    public static final Pattern RECORD_ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._:/-]{0,39}$");
    public static final Pattern BARCODE = Pattern.compile("^[0-9A-Z]{4,20}$");
    public static final Pattern THEME_CODE = Pattern.compile("^[a-z0-9-]{2,40}$");
    public static final Pattern COLLECTION_CODE = Pattern.compile("^[A-Z0-9-]{2,40}$");
    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}$");
    private static final Pattern ISBN13 = Pattern.compile("^97[89][0-9]{10}$");
    private static final Pattern ISBN10 = Pattern.compile("^[0-9]{9}[0-9X]$");
    private static final Pattern ISBN_SEPARATORS = Pattern.compile("[\\s-]");

    private CatalogueFields() {
    }

    /** The values of a title, as sent (or as normalised by {@link #normalise}); {@code null} is "none". */
    public record TitleValues(String isbn, String recordId, String title, String subtitle, String authors,
            String series, Integer seriesNumber, String publisher, Integer publicationYear, String language,
            String readingLevel, String ageGroup, List<String> themes, String description, String coverUrl) {
    }

    /** Every value of the title in its stored form: trimmed, empty text as none, codes in their one spelling. */
    public static TitleValues normalise(TitleValues v) {
        return new TitleValues(normaliseIsbn(v.isbn()), text(v.recordId()), text(v.title()), text(v.subtitle()),
                normaliseAuthors(v.authors()), text(v.series()), v.seriesNumber(), text(v.publisher()),
                v.publicationYear(), normaliseLanguage(v.language()), text(v.readingLevel()), text(v.ageGroup()),
                v.themes() == null ? null : v.themes().stream().map(CatalogueFields::normaliseThemeCode).toList(),
                text(v.description()), text(v.coverUrl()));
    }

    /**
     * The field errors of a whole (normalised) title: a new title needs its title text, authors (may be empty text)
     * and an isbn or record id. Field names as in the API ({@code isbn}, {@code publicationYear}, …).
     */
    public static List<FieldError> checkTitle(TitleValues v) {
        List<FieldError> errors = new ArrayList<>();
        if (v.isbn() == null && v.recordId() == null) {
            errors.add(new FieldError("isbn", NEEDS_KEY));
        }
        add(errors, "isbn", isbnProblem(v.isbn()));
        add(errors, "recordId", recordIdProblem(v.recordId()));
        add(errors, "title", v.title() == null ? "must not be empty" : lengthProblem(v.title(), TITLE_MAX));
        add(errors, "subtitle", lengthProblem(v.subtitle(), SUBTITLE_MAX));
        add(errors, "authors", v.authors() == null ? "is required (may be empty text for a title without authors)"
                : lengthProblem(v.authors(), AUTHORS_MAX));
        add(errors, "series", lengthProblem(v.series(), SERIES_MAX));
        add(errors, "seriesNumber", seriesNumberProblem(v.seriesNumber()));
        add(errors, "publisher", lengthProblem(v.publisher(), PUBLISHER_MAX));
        add(errors, "publicationYear", publicationYearProblem(v.publicationYear()));
        add(errors, "language", languageProblem(v.language()));
        add(errors, "readingLevel", lengthProblem(v.readingLevel(), READING_LEVEL_MAX));
        add(errors, "ageGroup", ageGroupProblem(v.ageGroup()));
        add(errors, "themes", themesProblem(v.themes()));
        add(errors, "description", lengthProblem(v.description(), DESCRIPTION_MAX));
        add(errors, "coverUrl", coverUrlProblem(v.coverUrl()));
        return errors;
    }

    /** The field errors of a (normalised) copy's own fields; {@code prefix} names it, e.g. {@code copies[0].}. */
    public static List<FieldError> checkCopy(String prefix, String barcode, String shelfMark) {
        List<FieldError> errors = new ArrayList<>();
        add(errors, prefix + "barcode", barcodeProblem(barcode));
        add(errors, prefix + "shelfMark", shelfMarkProblem(shelfMark));
        return errors;
    }

    // ---- normalisers -------------------------------------------------------------------------------------------

    /** Trimmed; empty text is none ({@code null}). */
    public static String text(String raw) {
        if (raw == null) {
            return null;
        }
        String stripped = raw.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /**
     * An ISBN without hyphens and spaces; a valid ISBN-10 becomes its ISBN-13 ({@code 978…} with the new check
     * digit). Anything else comes back cleaned but as it was, for {@link #isbnProblem} to name.
     */
    public static String normaliseIsbn(String raw) {
        String cleaned = text(raw);
        if (cleaned == null) {
            return null;
        }
        cleaned = ISBN_SEPARATORS.matcher(cleaned).replaceAll("").toUpperCase(Locale.ROOT);
        if (ISBN10.matcher(cleaned).matches() && isbn10ChecksumOk(cleaned)) {
            return isbn10To13(cleaned);
        }
        return cleaned;
    }

    /** ISBN-10 (checksum not checked) → ISBN-13: prefix 978, the first nine digits, the ISBN-13 check digit. */
    public static String isbn10To13(String isbn10) {
        String twelve = "978" + isbn10.substring(0, 9);
        return twelve + isbn13CheckDigit(twelve);
    }

    /** Authors trimmed, several separated by "; " (also when sent with ";" or " ; "); empty text stays empty. */
    public static String normaliseAuthors(String raw) {
        if (raw == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String name : raw.split(";")) {
            String stripped = name.strip();
            if (!stripped.isEmpty()) {
                names.add(stripped);
            }
        }
        return String.join("; ", names);
    }

    /** Lower case; MARC's three-letter codes (dut, eng, fry, ger, …) as their two-letter ISO 639-1 code. */
    public static String normaliseLanguage(String raw) {
        String cleaned = text(raw);
        if (cleaned == null) {
            return null;
        }
        String lower = cleaned.toLowerCase(Locale.ROOT);
        return LANGUAGE_CODES.getOrDefault(lower, lower);
    }

    /** Trimmed and upper-cased, as barcodes are stored and scanned. */
    public static String normaliseBarcode(String raw) {
        return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
    }

    /** Trimmed (an empty shelf mark stays empty, for {@link #shelfMarkProblem} to refuse). */
    public static String normaliseShelfMark(String raw) {
        return raw == null ? null : raw.strip();
    }

    /** Trimmed and lower-cased. */
    public static String normaliseThemeCode(String raw) {
        return raw == null ? null : raw.strip().toLowerCase(Locale.ROOT);
    }

    /** Trimmed and upper-cased, as collection codes are stored. */
    public static String normaliseCollectionCode(String raw) {
        String cleaned = text(raw);
        return cleaned == null ? null : cleaned.toUpperCase(Locale.ROOT);
    }

    // ---- single-field checks: the problem, or null when the (normalised) value is fine; null values are fine ----

    public static String isbnProblem(String isbn) {
        if (isbn == null) {
            return null;
        }
        if (ISBN10.matcher(isbn).matches()) {
            return "not a valid ISBN-10 (check digit)";
        }
        if (!ISBN13.matcher(isbn).matches()) {
            return "must be an ISBN-13 (978 or 979 and 10 more digits) or an ISBN-10";
        }
        if (isbn13CheckDigit(isbn.substring(0, 12)) != isbn.charAt(12)) {
            return "not a valid ISBN-13 (check digit)";
        }
        return null;
    }

    public static String recordIdProblem(String recordId) {
        return recordId == null || RECORD_ID.matcher(recordId).matches() ? null
                : "must be 1 to 40 letters, digits or . _ : / - (starting with a letter or digit)";
    }

    public static String lengthProblem(String text, int max) {
        if (text == null) {
            return null;
        }
        String problem = InputRules.textProblem(text, max == DESCRIPTION_MAX);
        if (problem != null) {
            return problem;
        }
        return text.length() > max ? "must be at most " + max + " characters" : null;
    }

    public static String seriesNumberProblem(Integer number) {
        return number == null || number > 0 ? null : "must be greater than 0";
    }

    public static String publicationYearProblem(Integer year) {
        return year == null || (year >= YEAR_MIN && year <= YEAR_MAX) ? null
                : "must be between " + YEAR_MIN + " and " + YEAR_MAX;
    }

    public static String languageProblem(String language) {
        return language == null || LANGUAGE.matcher(language).matches() ? null
                : "must be an ISO 639 language code of 2 or 3 lower-case letters (nl, en, fy; MARC codes such as dut "
                        + "are mapped)";
    }

    public static String ageGroupProblem(String ageGroup) {
        return ageGroup == null || AGE_GROUPS.contains(ageGroup) ? null
                : "must be one of " + String.join(", ", AGE_GROUPS);
    }

    public static String themesProblem(List<String> codes) {
        if (codes == null) {
            return null;
        }
        if (codes.size() > THEMES_MAX) {
            return "at most " + THEMES_MAX + " themes";
        }
        for (String code : codes) {
            if (code == null || !THEME_CODE.matcher(code).matches()) {
                return "theme codes are 2 to 40 lower-case letters, digits or -";
            }
        }
        return Set.copyOf(codes).size() == codes.size() ? null : "each theme once";
    }

    public static String coverUrlProblem(String url) {
        if (url == null) {
            return null;
        }
        String length = lengthProblem(url, COVER_URL_MAX);
        if (length != null) {
            return length;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return null;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        return "must be an http or https URL";
    }

    public static String barcodeProblem(String barcode) {
        if (barcode == null || barcode.isEmpty()) {
            return "is required";
        }
        return BARCODE.matcher(barcode).matches() ? null : "must be 4 to 20 digits or capital letters";
    }

    public static String shelfMarkProblem(String shelfMark) {
        if (shelfMark == null || shelfMark.isEmpty()) {
            return "is required (1 to " + SHELF_MARK_MAX + " characters)";
        }
        return lengthProblem(shelfMark, SHELF_MARK_MAX);
    }

    public static String collectionCodeProblem(String code) {
        return code == null || COLLECTION_CODE.matcher(code).matches() ? null
                : "collection codes are 2 to 40 capital letters, digits or -";
    }

    public static String withdrawReasonProblem(String reason) {
        String text = text(reason);
        if (text == null) {
            return "give a reason (1 to " + WITHDRAW_REASON_MAX + " characters)";
        }
        String problem = InputRules.textProblem(text, true);
        return problem != null ? problem
                : text.length() > WITHDRAW_REASON_MAX ? "must be at most " + WITHDRAW_REASON_MAX + " characters" : null;
    }

    // ---- ISBN arithmetic ------------------------------------------------------------------------------------------

    /** The ISBN-13 (EAN-13) check digit of the first twelve digits. */
    static char isbn13CheckDigit(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int digit = twelve.charAt(i) - '0';
            sum += i % 2 == 0 ? digit : 3 * digit;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /** Whether an ISBN-10 (nine digits and a digit or X) has a correct check digit (weights 10 down to 1, mod 11). */
    static boolean isbn10ChecksumOk(String isbn10) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            char ch = isbn10.charAt(i);
            int value = ch == 'X' ? 10 : ch - '0';
            if (ch == 'X' && i != 9) {
                return false;
            }
            sum += (10 - i) * value;
        }
        return sum % 11 == 0;
    }

    private static void add(List<FieldError> errors, String field, String problem) {
        if (problem != null) {
            errors.add(new FieldError(field, problem));
        }
    }
}
