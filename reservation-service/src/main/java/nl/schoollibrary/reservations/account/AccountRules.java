package nl.schoollibrary.reservations.account;

import java.util.Locale;
import nl.schoollibrary.reservations.auth.StudentUsernames;
import nl.schoollibrary.reservations.common.ProblemException;

/** The rules for what people type into an account: a username and a display name (400 VALIDATION_FAILED). */
final class AccountRules {

    private AccountRules() {
    }

    /** A username: trimmed and lower case, then 3-100 characters of a-z, 0-9, '.', '_' and '-'. */
    static String username(String field, String typed) {
        String username = typed.strip().toLowerCase(Locale.ROOT);
        if (!StudentUsernames.PATTERN.matcher(username).matches()) {
            throw ProblemException.invalid(field, "must be 3-100 characters: a-z, 0-9, '.', '_' or '-'");
        }
        return username;
    }

    /** A display name: trimmed, 1-200 characters, no control characters. */
    static String displayName(String field, String typed) {
        String name = typed.strip();
        if (name.isEmpty()) {
            throw ProblemException.invalid(field, "must not be empty");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.invalid(field, "must not contain control characters");
        }
        if (name.codePointCount(0, name.length()) > 200) {
            throw ProblemException.invalid(field, "must be at most 200 characters");
        }
        return name;
    }
}
