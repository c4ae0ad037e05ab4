package nl.schoollibrary.reservations.integration;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.schoollibrary.reservations.auth.StudentUsernames;
import nl.schoollibrary.reservations.integration.IntegrationDtos.RowError;
import nl.schoollibrary.reservations.integration.IntegrationDtos.StudentRow;

/**
 * The rules for the rows of a student import, the same for a CSV file and a JSON body: both arrive as
 * {@link StudentRow}s with a line number (CSV: the line in the file, the header being line 1; JSON: the position in
 * {@code students}, from 1).
 *
 * <p>A value that is left out ({@code null}: no such column, an empty cell, an absent or null JSON field) leaves the
 * student's value unchanged. An empty text ({@code ""}) clears firstName and groupName; lastName cannot be cleared. A
 * new student needs a lastName (checked against the database by {@link StudentImport}). The library link is only
 * changed together with its consent: libraryLink true needs consentBy and consentAt; consentBy or consentAt without
 * libraryLink is refused, since it is unclear what it would change. A username (for a student who has no login yet)
 * follows the rule of every username and appears once in an import; whether it is free is checked by
 * {@link StudentImport}.
 *
 * <p>The parent's e-mail address follows the same rule as the link: an address needs its consent
 * (parentEmailConsentBy and parentEmailConsentAt); consent fields without parentEmail are refused; an empty
 * parentEmail removes the address and its consent. language is nl or en.
 */
final class StudentRows {

    /** Most students in one import (a JSON body's {@code students}, a CSV file's data lines). */
    static final int MAX_ROWS = 50_000;
    static final int STUDENT_NUMBER_MAX = 40;
    static final int FIRST_NAME_MAX = 100;
    static final int LAST_NAME_MAX = 150;
    static final int GROUP_NAME_MAX = 40;
    static final int CONSENT_BY_MAX = 200;
    static final int PARENT_EMAIL_MAX = 254;
    /**
     * An e-mail address as schools' systems hold them: a dot-atom local part and a domain of at least two labels (no
     * quoted local parts, no IP literals, no display names: nothing that could carry a second address or a header).
     */
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    /** Earlier consent dates are typing errors (and years the database cannot hold would fail there). */
    static final Instant EARLIEST_CONSENT = Instant.parse("2000-01-01T00:00:00Z");

    /** A row of the import and where it came from. */
    record Line(int number, StudentRow row) {
    }

    private StudentRows() {
    }

    /** The errors of the rows, in line order (a line may have several). */
    static List<RowError> validate(List<Line> lines, Clock clock) {
        List<RowError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> usernames = new HashSet<>();
        Instant now = clock.instant();
        for (Line line : lines) {
            int n = line.number();
            StudentRow row = line.row();
            if (row == null) {
                errors.add(new RowError(n, "row", "is empty"));
                continue;
            }
            String number = strip(row.studentNumber());
            if (number == null || number.isEmpty()) {
                errors.add(new RowError(n, "studentNumber", "is required"));
            } else if (text(errors, n, "studentNumber", number, STUDENT_NUMBER_MAX) && !seen.add(number)) {
                errors.add(new RowError(n, "studentNumber", "appears twice in this import"));
            }
            text(errors, n, "firstName", strip(row.firstName()), FIRST_NAME_MAX);
            String lastName = strip(row.lastName());
            if (lastName != null && lastName.isEmpty()) {
                errors.add(new RowError(n, "lastName", "must not be empty (leave the column or field out to keep the"
                        + " last name)"));
            } else {
                text(errors, n, "lastName", lastName, LAST_NAME_MAX);
            }
            text(errors, n, "groupName", strip(row.groupName()), GROUP_NAME_MAX);
            String consentBy = strip(row.consentBy());
            text(errors, n, "consentBy", consentBy, CONSENT_BY_MAX);
            boolean consentGiven = consentBy != null && !consentBy.isEmpty();
            if (row.libraryLink() == null && (consentGiven || row.consentAt() != null)) {
                errors.add(new RowError(n, "libraryLink", "is needed with consentBy and consentAt: the link and its"
                        + " consent change together"));
            }
            if (Boolean.TRUE.equals(row.libraryLink()) && (!consentGiven || row.consentAt() == null)) {
                errors.add(new RowError(n, "libraryLink", "needs parental consent: consentBy and consentAt"));
            }
            String username = StudentUsernames.typed(row.username());
            if (username != null && !username.isEmpty()) {
                if (!StudentUsernames.PATTERN.matcher(username).matches()) {
                    errors.add(new RowError(n, "username", "must be 3-100 characters: a-z, 0-9, '.', '_' or '-'"));
                } else if (!usernames.add(username)) {
                    errors.add(new RowError(n, "username", "appears twice in this import"));
                }
            }
            consentDate(errors, n, "consentAt", row.consentAt(), now);
            parentEmail(errors, n, row, now);
            String language = strip(row.language());
            if (language != null && !language.isEmpty() && !LANGUAGES.contains(language)) {
                errors.add(new RowError(n, "language", "must be nl or en"));
            }
        }
        errors.sort(Comparator.comparingInt(RowError::line));
        return errors;
    }

    private static final Set<String> LANGUAGES = Set.of("nl", "en");

    private static void consentDate(List<RowError> errors, int n, String field, Instant at, Instant now) {
        if (at != null && at.isAfter(now)) {
            errors.add(new RowError(n, field, "lies in the future"));
        } else if (at != null && at.isBefore(EARLIEST_CONSENT)) {
            errors.add(new RowError(n, field, "lies before 2000: not the consent of a pupil of today"));
        }
    }

    /** The parent's address and its consent: an address needs both consent fields, consent needs an address. */
    private static void parentEmail(List<RowError> errors, int n, StudentRow row, Instant now) {
        String email = strip(row.parentEmail());
        String consentBy = strip(row.parentEmailConsentBy());
        boolean byGiven = consentBy != null && !consentBy.isEmpty();
        boolean consentNamed = byGiven || row.parentEmailConsentAt() != null;
        text(errors, n, "parentEmailConsentBy", consentBy, CONSENT_BY_MAX);
        consentDate(errors, n, "parentEmailConsentAt", row.parentEmailConsentAt(), now);
        if (email == null || email.isEmpty()) {
            if (consentNamed) {
                errors.add(new RowError(n, "parentEmail", email == null
                        ? "is needed with parentEmailConsentBy and parentEmailConsentAt: the address and its consent"
                                + " change together"
                        : "is empty (which removes the address and its consent), but the row names a consent"));
            }
            return;
        }
        if (text(errors, n, "parentEmail", email, PARENT_EMAIL_MAX)
                && (!EMAIL.matcher(email).matches() || email.indexOf('@') > 64)) {
            errors.add(new RowError(n, "parentEmail", "is not an e-mail address such as ouder@example.org"));
        }
        if (!byGiven || row.parentEmailConsentAt() == null) {
            errors.add(new RowError(n, "parentEmail", "needs the parent's consent: parentEmailConsentBy and"
                    + " parentEmailConsentAt"));
        }
    }

    /** Checks an optional text; true when it is fine (or absent). Lengths count characters as PostgreSQL does. */
    private static boolean text(List<RowError> errors, int line, String field, String value, int max) {
        if (value == null) {
            return true;
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            errors.add(new RowError(line, field, "must not contain control characters (such as NUL, tab or a line"
                    + " break)"));
            return false;
        }
        if (value.codePointCount(0, value.length()) > max) {
            errors.add(new RowError(line, field, "must be at most " + max + " characters"));
            return false;
        }
        return true;
    }

    static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
