package nl.schoollibrary.reservations.copy;

import static nl.schoollibrary.reservations.common.lifecycle.StateMachineTables.words;
import static nl.schoollibrary.reservations.reservation.policy.CopyStatus.IN_TRANSIT;
import static nl.schoollibrary.reservations.reservation.policy.CopyStatus.MISSING;
import static nl.schoollibrary.reservations.reservation.policy.CopyStatus.ON_HOLD_SHELF;
import static nl.schoollibrary.reservations.reservation.policy.CopyStatus.ON_LOAN;
import static nl.schoollibrary.reservations.reservation.policy.CopyStatus.ON_SHELF;
import static nl.schoollibrary.reservations.reservation.policy.CopyStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.lifecycle.StateMachineTables;
import nl.schoollibrary.reservations.copy.CopyLifecycle.Transition;
import nl.schoollibrary.reservations.reservation.policy.CopyStatus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The copy state machine against the table below, written out by hand: every status × transition pair is checked,
 * so a change to the machine must change this table too.
 */
class CopyLifecycleTest {

    private static final CopyLifecycle LIFECYCLE = CopyLifecycle.STANDARD;

    /**
     * Where the check-ins lead: from every status but withdrawn, as a check-in is how any copy comes back into
     * circulation.
     */
    private static final Map<Transition, CopyStatus> CHECK_IN = new EnumMap<>(Map.of(
            Transition.HOLD, ON_HOLD_SHELF,
            Transition.SEND_IN_TRANSIT, IN_TRANSIT,
            Transition.SHELVE, ON_SHELF,
            Transition.ROUTE_TO_OWNER, IN_TRANSIT));

    /** (from, transition) → to: everything not listed is refused. */
    private static final Map<CopyStatus, Map<Transition, CopyStatus>> ALLOWED = new EnumMap<>(Map.of(
            ON_SHELF, with(Map.of(Transition.CHECK_OUT, ON_LOAN, Transition.WITHDRAW, WITHDRAWN,
                    Transition.MOVE, ON_SHELF)),
            ON_HOLD_SHELF, with(Map.of(Transition.CHECK_OUT, ON_LOAN, Transition.WITHDRAW, WITHDRAWN,
                    Transition.MOVE, ON_HOLD_SHELF)),
            ON_LOAN, with(Map.of(Transition.MOVE, ON_LOAN)),
            IN_TRANSIT, with(Map.of(Transition.WITHDRAW, WITHDRAWN)),
            MISSING, with(Map.of(Transition.WITHDRAW, WITHDRAWN, Transition.MOVE, MISSING)),
            WITHDRAWN, new EnumMap<>(Transition.class)));

    private static Map<Transition, CopyStatus> with(Map<Transition, CopyStatus> more) {
        Map<Transition, CopyStatus> row = new EnumMap<>(CHECK_IN);
        row.putAll(more);
        return row;
    }

    private static ErrorCode refusal(Transition transition) {
        return switch (transition) {
            case CHECK_OUT -> ErrorCode.COPY_NOT_AVAILABLE;
            case WITHDRAW -> ErrorCode.COPY_ON_LOAN;
            case MOVE -> ErrorCode.COPY_HELD_OR_IN_TRANSIT;
            default -> ErrorCode.COPY_WITHDRAWN;
        };
    }

    @TestFactory
    Stream<DynamicTest> every_status_and_transition_is_allowed_or_refused_as_the_table_says() {
        return StateMachineTables.everyPairAsTheTableSays(LIFECYCLE, CopyStatus.class, Transition.class, ALLOWED,
                CopyLifecycleTest::refusal,
                from -> "a copy " + words(from));
    }

    @Test
    void nothing_leaves_withdrawn_and_a_copy_on_loan_cannot_be_withdrawn() {
        for (Transition transition : Transition.values()) {
            assertThat(LIFECYCLE.next(WITHDRAWN, transition)).isEmpty();
        }
        assertThat(LIFECYCLE.from(Transition.WITHDRAW)).containsExactlyInAnyOrder(ON_SHELF, MISSING, ON_HOLD_SHELF,
                IN_TRANSIT);
    }

    @Test
    void only_a_copy_on_the_shelf_or_on_the_hold_shelf_can_be_lent() {
        assertThat(LIFECYCLE.from(Transition.CHECK_OUT)).containsExactlyInAnyOrder(ON_SHELF, ON_HOLD_SHELF);
    }

    @Test
    void no_transition_marks_a_copy_missing() {
        for (CopyStatus from : CopyStatus.values()) {
            if (from == MISSING) {
                continue; // a move keeps a missing copy missing
            }
            for (Transition transition : Transition.values()) {
                assertThat(LIFECYCLE.next(from, transition)).isNotEqualTo(Optional.of(MISSING));
            }
        }
    }

    @Test
    void a_refused_check_out_throws_copy_not_available_with_the_callers_wording() {
        assertThatThrownBy(() -> LIFECYCLE.require(IN_TRANSIT, Transition.CHECK_OUT, "This copy is in transit."))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.COPY_NOT_AVAILABLE);
                    assertThat(e.getMessage()).isEqualTo("This copy is in transit.");
                });
        assertThat(LIFECYCLE.require(ON_HOLD_SHELF, Transition.CHECK_OUT, "unused")).isEqualTo(ON_LOAN);
    }
}
