package nl.schoollibrary.reservations.reservation.policy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The reservation block of a copy, with the codes library staff know from the source system:
 * 7 "alleen B-reserveringen" (own patrons only, picked up there) and 8 "niet reserveerbaar". Stored as its name in
 * {@code copy.reservation_block} and {@code collection.default_reservation_block}, and shown as such in the API.
 */
@Schema(name = "ReservationBlockLevel", description = "NONE; OWN_PATRONS_ONLY = staff code 7 (only reservations of "
        + "the location's own patrons, picked up there); NOT_RESERVABLE = staff code 8")
public enum BlockLevel {
    NONE(0),
    OWN_PATRONS_ONLY(7),
    NOT_RESERVABLE(8);

    private final int staffCode;

    BlockLevel(int staffCode) {
        this.staffCode = staffCode;
    }

    public int staffCode() {
        return staffCode;
    }

    /** The level for a staff code (0, 7 or 8). */
    public static BlockLevel ofStaffCode(int code) {
        for (BlockLevel level : values()) {
            if (level.staffCode == code) {
                return level;
            }
        }
        throw new IllegalArgumentException("Unknown reservation block code: " + code);
    }
}
