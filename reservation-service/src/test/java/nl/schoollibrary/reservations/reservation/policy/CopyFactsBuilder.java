package nl.schoollibrary.reservations.reservation.policy;


import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/** Readable copy fixtures: {@code aCopy().ownedBy(SCHOOL_LIBRARY).onShelf().build()}. */
final class CopyFactsBuilder {

    private static final AtomicLong IDS = new AtomicLong(1000);

    private long owner = TestWorld.SCHOOL_LIBRARY.id();
    private Long current;
    private CopyStatus state = CopyStatus.ON_LOAN;
    private ReservationBlock reservationBlock = ReservationBlock.none();
    private LoanBlock loanBlock = LoanBlock.none();

    static CopyFactsBuilder aCopy() {
        return new CopyFactsBuilder();
    }

    CopyFactsBuilder ownedBy(PickupLocation location) {
        this.owner = location.id();
        return this;
    }

    CopyFactsBuilder currentlyAt(PickupLocation location) {
        this.current = location.id();
        return this;
    }

    CopyFactsBuilder onShelf() {
        return in(CopyStatus.ON_SHELF);
    }

    CopyFactsBuilder onLoan() {
        return in(CopyStatus.ON_LOAN);
    }

    CopyFactsBuilder missing() {
        return in(CopyStatus.MISSING);
    }

    CopyFactsBuilder in(CopyStatus state) {
        this.state = state;
        return this;
    }

    CopyFactsBuilder reservationBlock(BlockLevel level) {
        return reservationBlock(level, null);
    }

    CopyFactsBuilder reservationBlock(BlockLevel level, LocalDate until) {
        this.reservationBlock = new ReservationBlock(level, until);
        return this;
    }

    CopyFactsBuilder loanBlocked(LocalDate until) {
        this.loanBlock = new LoanBlock(true, until, "Tentoonstelling Kinderboekenweek");
        return this;
    }

    CopyFacts build() {
        return new CopyFacts(IDS.incrementAndGet(), owner, current == null ? owner : current, state,
                reservationBlock, loanBlock);
    }
}
