package nl.schoollibrary.reservations.reservation.policy;

/**
 * What school and library agreed for one school (table {@code school_policy}): whether students may reserve in the
 * school library and/or in branches, whether only checked-out copies can be reserved at school, and the maximum
 * number of active reservations per student.
 */
public record SchoolPolicy(
        boolean reserveAtSchool, boolean reserveAtBranches, boolean schoolOnlyCheckedOut, int maxActiveReservations) {

    public boolean allows(Scope scope) {
        return scope == Scope.SCHOOL ? reserveAtSchool : reserveAtBranches;
    }
}
