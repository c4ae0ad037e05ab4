package nl.schoollibrary.reservations.auth;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Temporary passwords and start codes: random text from letters and digits that cannot be mistaken for each other
 * (no I, O, 0, 1), and how a typed one is compared. A start code (8 characters) goes on a student's login card; a
 * temporary password (12 characters in groups of four) is given to a staff member. Either is typed in by hand, so it
 * is compared case-insensitively and without spaces and dashes: its hash is of that form ({@link #normalise}).
 */
public final class TemporaryPasswords {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int START_CODE_LENGTH = 8;

    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    /** A one-time start code for a login card: 8 characters (40 random bits; logins are throttled per username). */
    public static String startCode() {
        return random(START_CODE_LENGTH);
    }

    /** A temporary password for a staff member: 12 characters (60 random bits) shown as XXXX-XXXX-XXXX. */
    public static String temporaryPassword() {
        String text = random(12);
        return text.substring(0, 4) + "-" + text.substring(4, 8) + "-" + text.substring(8);
    }

    /** The form that is hashed and compared: upper case, without spaces and dashes. */
    public static String normalise(String typed) {
        return typed.replaceAll("[\\s\\-\u2010-\u2015]", "").toUpperCase(Locale.ROOT);
    }

    /** What to check against the account's hash: a temporary password as normalised, a chosen one as typed. */
    static String asTyped(AppUser user, String typed) {
        return user.mustChangePassword() ? normalise(typed) : typed;
    }

    private static String random(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
