package nl.schoollibrary.reservations.reservation.policy;

import java.time.LocalDate;

/**
 * What the placement rules need to know about the student. {@code homeBranchId} and {@code membershipValidUntil}
 * are null when the student has no library membership (bibliotheekabonnement).
 */
public record StudentFacts(
        long patronId,
        long schoolId,
        long organisationId,
        boolean libraryLink,
        Long homeBranchId,
        LocalDate membershipValidUntil) {

    /** A membership is valid up to and including its valid-until date. */
    public boolean hasValidMembership(LocalDate today) {
        return membershipValidUntil != null && !membershipValidUntil.isBefore(today);
    }
}
