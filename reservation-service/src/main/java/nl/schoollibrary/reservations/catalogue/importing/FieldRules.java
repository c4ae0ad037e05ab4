package nl.schoollibrary.reservations.catalogue.importing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.schoollibrary.reservations.common.InputRules;

/**
 * INTERIM: the field rules of the catalogue contract, until {@code catalogue/CatalogueFields} (helper "api") is merged;
 * then this class delegates to it and keeps no rule of its own. Each method answers the normalised value or throws
 * {@link Invalid} with the message for the row error.
 */
final class FieldRules {

    static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    private static final Pattern RECORD_ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._:/-]{0,39}$");
    private static final Pattern BARCODE = Pattern.compile("^[0-9A-Z]{4,20}$");
    static final Set<String> AGE_GROUPS = Set.of("0-4", "4-6", "6-9", "9-12", "12-15");
    private static final Map<String, String> MARC_LANGUAGES = Map.of("dut", "nl", "eng", "en", "fry", "fy", "ger",
            "de", "fre", "fr", "spa", "es", "tur", "tr", "ara", "ar", "pol", "pl");

    private FieldRules() {
    }

    static String isbn(String raw) {
        String digits = raw.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
        if (digits.matches("[0-9]{9}[0-9X]")) {
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                char ch = digits.charAt(i);
                sum += (10 - i) * (ch == 'X' ? 10 : ch - '0');
            }
            if (sum % 11 != 0) {
                throw new Invalid("is not a valid ISBN (wrong check digit)");
            }
            String twelve = "978" + digits.substring(0, 9);
            return twelve + check13(twelve);
        }
        if (!digits.matches("97[89][0-9]{10}")) {
            throw new Invalid("must be an ISBN-13 (978… or 979…) or ISBN-10");
        }
        if (check13(digits.substring(0, 12)) != digits.charAt(12) - '0') {
            throw new Invalid("is not a valid ISBN (wrong check digit)");
        }
        return digits;
    }

    private static int check13(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10;
    }

    static String recordId(String raw) {
        String value = raw.strip();
        if (!RECORD_ID.matcher(value).matches()) {
            throw new Invalid("must be 1–40 letters, digits or . _ : / - (starting with a letter or digit)");
        }
        return value;
    }

    /** An optional text of at most {@code max} characters (an empty one counts as none). */
    static String text(String raw, int max, boolean freeText) {
        String value = raw.strip();
        String problem = InputRules.textProblem(value, freeText);
        if (problem != null) {
            throw new Invalid(problem);
        }
        if (value.codePointCount(0, value.length()) > max) {
            throw new Invalid("must be at most " + max + " characters");
        }
        return value.isEmpty() ? null : value;
    }

    static String title(String raw) {
        return text(raw, 300, false);
    }

    static String subtitle(String raw) {
        return text(raw, 300, false);
    }

    static String authors(String raw) {
        return text(raw, 300, false);
    }

    static String series(String raw) {
        return text(raw, 200, false);
    }

    static int seriesNumber(int value) {
        if (value <= 0) {
            throw new Invalid("must be a whole number above 0");
        }
        return value;
    }

    static String publisher(String raw) {
        return text(raw, 200, false);
    }

    static int publicationYear(int value) {
        if (value < 1500 || value > 2100) {
            throw new Invalid("must be a year from 1500 to 2100");
        }
        return value;
    }

    static String language(String raw) {
        String value = raw.strip().toLowerCase(Locale.ROOT);
        value = MARC_LANGUAGES.getOrDefault(value, value);
        if (!value.matches("[a-z]{2,3}")) {
            throw new Invalid("must be an ISO 639 language code of 2 or 3 letters, such as nl, en or fy");
        }
        return value;
    }

    static String readingLevel(String raw) {
        return text(raw, 10, false);
    }

    static String ageGroup(String raw) {
        String value = raw.strip();
        if (!AGE_GROUPS.contains(value)) {
            throw new Invalid("must be one of 0-4, 4-6, 6-9, 9-12, 12-15");
        }
        return value;
    }

    static String description(String raw) {
        return text(raw, 10_000, true);
    }

    static String coverUrl(String raw) {
        String value = text(raw, 500, false);
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new Invalid("must be an http(s) address");
            }
        } catch (URISyntaxException e) {
            throw new Invalid("must be an http(s) address");
        }
        return value;
    }

    static String barcode(String raw) {
        String value = raw.strip().toUpperCase(Locale.ROOT);
        if (!BARCODE.matcher(value).matches()) {
            throw new Invalid("must be 4–20 digits or capital letters");
        }
        return value;
    }

    static String shelfMark(String raw) {
        String value = text(raw, 60, false);
        if (value == null) {
            throw new Invalid("must not be empty (1–60 characters)");
        }
        return value;
    }
}
