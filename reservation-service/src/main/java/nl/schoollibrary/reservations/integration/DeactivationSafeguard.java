package nl.schoollibrary.reservations.integration;

import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * When an import may deactivate the students it does not name ({@code deactivateMissing}): never by mistake. A file
 * that lost rows (a rejected row, a broken export with only its header) would deactivate students who are still at
 * school, so:
 * <ul>
 * <li>not when any row of the import was rejected (its student would count as missing);</li>
 * <li>not when the import names no student at all (it would deactivate the whole school);</li>
 * <li>not more than {@code maxPercent} of the school's active students, unless the request confirms the exact number
 * ({@code confirmDeactivation}); a confirmation that does not match the number is refused whatever the share, since
 * the file or the school is then not what the administrator saw.</li>
 * </ul>
 *
 * @param maxPercent share of the school's active students an import may deactivate without confirmation (0–100)
 */
public record DeactivationSafeguard(int maxPercent) {

    public DeactivationSafeguard {
        if (maxPercent < 0 || maxPercent > 100) {
            throw new IllegalArgumentException("the share of students an import may deactivate is a percentage (0-100),"
                    + " not " + maxPercent);
        }
    }

    /** Why an import may not deactivate the missing students; the API shows it as a dry run's answer. */
    @Schema(name = "DeactivationRefusal", description = "Why deactivateMissing is refused")
    public enum Refusal {
        /** Rows were rejected: their students would be deactivated. */
        ROWS_REJECTED,
        /** The import names no student: every active student would be deactivated. */
        NO_DATA_ROWS,
        /** confirmDeactivation was given and is not the number of students that would be deactivated. */
        CONFIRMATION_MISMATCH,
        /** More than the allowed share would be deactivated and confirmDeactivation was not given. */
        CONFIRMATION_REQUIRED
    }

    /** What the import would do to the school's students. */
    record Plan(int rowsRead, int rowsRejected, int activeStudents, int wouldDeactivate) {
    }

    /** Why deactivating the missing students is refused, or empty when it may go ahead. */
    Optional<Refusal> check(Plan plan, Integer confirmed) {
        if (plan.rowsRejected() > 0) {
            return Optional.of(Refusal.ROWS_REJECTED);
        }
        if (plan.rowsRead() == 0) {
            return Optional.of(Refusal.NO_DATA_ROWS);
        }
        if (confirmed != null) {
            return confirmed == plan.wouldDeactivate() ? Optional.empty() : Optional.of(Refusal.CONFIRMATION_MISMATCH);
        }
        return plan.wouldDeactivate() > allowedWithoutConfirmation(plan.activeStudents())
                ? Optional.of(Refusal.CONFIRMATION_REQUIRED) : Optional.empty();
    }

    /** The most students an import may deactivate without confirmation: maxPercent of the active ones, rounded down. */
    int allowedWithoutConfirmation(int activeStudents) {
        return (int) ((long) activeStudents * maxPercent / 100);
    }
}
