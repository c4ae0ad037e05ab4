package nl.schoollibrary.reservations.reservation.policy;


import java.util.Objects;

/**
 * What the placement rules need to know about one copy of the title. A {@code null} block means no block.
 */
public record CopyFacts(
        long copyId,
        long ownerLocationId,
        long currentLocationId,
        CopyStatus state,
        ReservationBlock reservationBlock,
        LoanBlock loanBlock) {

    public CopyFacts {
        Objects.requireNonNull(state, "state");
        reservationBlock = reservationBlock == null ? ReservationBlock.none() : reservationBlock;
        loanBlock = loanBlock == null ? LoanBlock.none() : loanBlock;
    }
}
