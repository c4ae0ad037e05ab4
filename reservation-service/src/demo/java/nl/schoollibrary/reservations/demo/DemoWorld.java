package nl.schoollibrary.reservations.demo;

/**
 * The demo organisation's locations and schools by role, with their database ids once inserted.
 * Location index: 0..2 are the branches, 3..5 the school libraries of schools 0..2.
 */
final class DemoWorld {

    static final int CENTRUM = 0;
    static final int NOORD = 1;
    static final int OOST = 2;
    static final int SB_REGENBOOG = 3;
    static final int SB_WEGWIJZER = 4;
    static final int SB_PALET = 5;
    static final int LOCATIONS = 6;

    /** Schools: A allows reserving at school only, B at school and branches, C nothing. */
    static final int SCHOOL_A = 0;
    static final int SCHOOL_B = 1;
    static final int SCHOOL_C = 2;
    static final int SCHOOLS = 3;

    static final String ORGANISATION_CODE = "BRL";
    static final String[] LOCATION_CODES = {
        "BRL-CENTRUM", "BRL-NOORD", "BRL-OOST", "SB-REGENBOOG", "SB-WEGWIJZER", "SB-PALET" };
    /** Staff login per location (used as *_set_by of blocks). */
    static final String[] STAFF_USERNAMES = {
        "bieb.centrum", "bieb.noord", "bieb.oost", "school.regenboog", "school.wegwijzer", "school.palet" };

    final long organisationId;
    final long[] locationIds = new long[LOCATIONS];
    final long[] schoolIds = new long[SCHOOLS];

    DemoWorld(long organisationId) {
        this.organisationId = organisationId;
    }

    static boolean isBranch(int location) {
        return location < SB_REGENBOOG;
    }

    static int schoolOf(int location) {
        return isBranch(location) ? -1 : location - SB_REGENBOOG;
    }

    static int libraryOf(int school) {
        return SB_REGENBOOG + school;
    }

    static int loanDays(int location) {
        return isBranch(location) ? 21 : 14;
    }

    /** Two-digit location number used inside barcodes ("01" … "06"). */
    static String barcodeLocation(int location) {
        return String.format("%02d", location + 1);
    }

    long location(int location) {
        return locationIds[location];
    }

    long school(int school) {
        return schoolIds[school];
    }
}
