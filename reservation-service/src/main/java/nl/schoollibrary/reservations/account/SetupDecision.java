package nl.schoollibrary.reservations.account;

import java.util.Optional;
import java.util.function.Function;
import nl.schoollibrary.reservations.auth.StudentUsernames;

/**
 * What a start does about the first administrator, decided from what it finds: nothing once an active administrator
 * exists; else the administrator of the settings (admin-username and admin-password-file, both set); else a setup
 * link. Settings that cannot work (one of the two, a username that is not one, a password file that cannot be read
 * or holds fewer than 8 characters) stop the start with a message that says what to fix: a service that would come
 * up without the administrator it was told to make helps nobody.
 */
final class SetupDecision {

    /** What to do. */
    sealed interface Outcome {
    }

    /** An administrator exists: nothing. */
    record Nothing() implements Outcome {
    }

    /** Make this administrator. */
    record CreateAdministrator(String username, String displayName, String password) implements Outcome {
    }

    /** Print a setup link. */
    record IssueLink() implements Outcome {
    }

    private SetupDecision() {
    }

    /**
     * @param readFile reads the password file (its whole content); called only when the settings name one
     */
    static Outcome decide(boolean administratorExists, Optional<String> username, Optional<String> passwordFile,
            String displayName, Function<String, String> readFile) {
        if (administratorExists) {
            return new Nothing();
        }
        Optional<String> name = username.map(String::strip).filter(s -> !s.isEmpty());
        Optional<String> file = passwordFile.map(String::strip).filter(s -> !s.isEmpty());
        if (name.isEmpty() && file.isEmpty()) {
            return new IssueLink();
        }
        if (name.isEmpty() || file.isEmpty()) {
            throw new IllegalStateException("Set both reservation.setup.admin-username and "
                    + "reservation.setup.admin-password-file (RESERVATION_SETUP_ADMIN_USERNAME, "
                    + "RESERVATION_SETUP_ADMIN_PASSWORD_FILE), or neither to get a setup link.");
        }
        if (!StudentUsernames.PATTERN.matcher(name.get()).matches()) {
            throw new IllegalStateException("reservation.setup.admin-username must be 3-100 characters of a-z, 0-9, "
                    + "'.', '_' or '-'.");
        }
        String password = withoutTrailingNewlines(readFile.apply(file.get()));
        if (password.codePointCount(0, password.length()) < 8) {
            throw new IllegalStateException("The password in " + file.get() + " (reservation.setup.admin-password-file)"
                    + " must be at least 8 characters.");
        }
        if (password.codePointCount(0, password.length()) > 200) {
            throw new IllegalStateException("The password in " + file.get() + " must be at most 200 characters.");
        }
        String shown = displayName == null || displayName.isBlank() ? "Beheerder" : displayName.strip();
        return new CreateAdministrator(name.get(), shown, password);
    }

    static String withoutTrailingNewlines(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(0, end);
    }
}
