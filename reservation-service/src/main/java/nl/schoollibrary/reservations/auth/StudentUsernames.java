package nl.schoollibrary.reservations.auth;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a student's username is made when the import gives none, by the school's rule:
 * <ul>
 * <li>{@link Rule#FIRST_NAME_LAST_NAME}: first name "." last name, lower case, letters and digits only (accents
 * dropped: "Zoë Çelik" is zoe.celik, "Sanne de Vries" is sanne.devries); a number from 2 on when it is taken
 * ({@link #withNumber}). A name that leaves fewer than 3 characters (another script) falls back to the student
 * number rule.</li>
 * <li>{@link Rule#STUDENT_NUMBER}: the school's BRIN and the student number, lower case, any other character as "-":
 * 12ab-2024-0137.</li>
 * </ul>
 * Every username matches {@link #PATTERN}, the database's rule.
 */
public final class StudentUsernames {

    /** The rule a school chose (school.student_username_rule). */
    public enum Rule {
        FIRST_NAME_LAST_NAME, STUDENT_NUMBER
    }

    public static final Pattern PATTERN = Pattern.compile("[a-z0-9._-]{3,100}");
    static final int MAX_LENGTH = 100;
    /** Room left for the number of a taken name. */
    private static final int BASE_MAX = MAX_LENGTH - 6;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");

    private StudentUsernames() {
    }

    /** The username the rule gives, before a number is added for a taken one. */
    public static String base(Rule rule, String brin, String studentNumber, String firstName, String lastName) {
        if (rule == Rule.FIRST_NAME_LAST_NAME) {
            String first = letters(firstName);
            String last = letters(lastName);
            String name = first.isEmpty() ? last : last.isEmpty() ? first : first + "." + last;
            if (name.length() >= 3) {
                return clip(name);
            }
        }
        String number = NOT_LETTER_OR_DIGIT.matcher(studentNumber.toLowerCase(Locale.ROOT)).replaceAll("-");
        return clip(brin.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + "-" + number);
    }

    /** The {@code n}th username of a base (n from 2: sanne.devries2, sanne.devries3, …); 1 is the base itself. */
    public static String withNumber(String base, int n) {
        return n <= 1 ? base : base + n;
    }

    /** A username as typed in an import file: trimmed, lower case (then checked against {@link #PATTERN}). */
    public static String typed(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    /** Lower-case ASCII letters and digits of a name, accents dropped ("Zoë" → zoe, "de Vries" → devries). */
    static String letters(String name) {
        if (name == null) {
            return "";
        }
        String lower = name.toLowerCase(Locale.ROOT).replace("ß", "ss").replace("æ", "ae").replace("œ", "oe")
                .replace("ø", "o").replace("ł", "l").replace("đ", "d").replace("ð", "d").replace("þ", "th")
                .replace("ı", "i").replace("ĳ", "ij");
        String plain = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFKD)).replaceAll("");
        return NOT_LETTER_OR_DIGIT.matcher(plain).replaceAll("");
    }

    private static String clip(String name) {
        String clipped = name.length() > BASE_MAX ? name.substring(0, BASE_MAX) : name;
        return clipped.length() >= 3 ? clipped : (clipped + "---").substring(0, 3);
    }
}
