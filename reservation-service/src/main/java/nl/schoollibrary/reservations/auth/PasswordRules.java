package nl.schoollibrary.reservations.auth;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.Problem;
import nl.schoollibrary.reservations.common.ProblemException;

/**
 * What a password someone chooses must be: 8 to 200 characters, not the username, not the password it replaces.
 * Refused with 400 PASSWORD_TOO_WEAK, naming the field.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 200;

    private PasswordRules() {
    }

    /** Refuses {@code password} (in field {@code field}) for the account {@code username}; {@code current} may be null. */
    public static void check(String field, String password, String username, String current) {
        int length = password.codePointCount(0, password.length());
        String why = null;
        if (length < MIN_LENGTH) {
            why = "must be at least " + MIN_LENGTH + " characters";
        } else if (length > MAX_LENGTH) {
            why = "must be at most " + MAX_LENGTH + " characters";
        } else if (username != null && password.strip().toLowerCase(Locale.ROOT).equals(username)) {
            why = "must not be the username";
        } else if (current != null && password.equals(current)) {
            why = "must differ from the current password";
        }
        if (why != null) {
            throw new ProblemException(ErrorCode.PASSWORD_TOO_WEAK, "The new password is not allowed: it " + why + ".",
                    List.of(new Problem.FieldError(field, why)), Map.of());
        }
    }
}
