package nl.schoollibrary.reservations.reservation;

import static nl.schoollibrary.reservations.common.lifecycle.StateMachineTables.words;
import static nl.schoollibrary.reservations.reservation.ReservationStatus.CANCELLED;
import static nl.schoollibrary.reservations.reservation.ReservationStatus.EXPIRED;
import static nl.schoollibrary.reservations.reservation.ReservationStatus.FULFILLED;
import static nl.schoollibrary.reservations.reservation.ReservationStatus.IN_TRANSIT;
import static nl.schoollibrary.reservations.reservation.ReservationStatus.READY;
import static nl.schoollibrary.reservations.reservation.ReservationStatus.WAITING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Stream;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.lifecycle.StateMachineTables;
import nl.schoollibrary.reservations.reservation.ReservationLifecycle.Transition;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The reservation state machine against the table below, written out by hand: every status × transition pair is
 * checked, so a change to the machine must change this table too.
 */
class ReservationLifecycleTest {

    private static final ReservationLifecycle LIFECYCLE = ReservationLifecycle.STANDARD;

    /** (from, transition) → to: everything not listed is refused. */
    private static final Map<ReservationStatus, Map<Transition, ReservationStatus>> ALLOWED = new EnumMap<>(Map.of(
            WAITING, new EnumMap<>(Map.of(
                    Transition.CAPTURE_READY, READY,
                    Transition.SEND_IN_TRANSIT, IN_TRANSIT,
                    Transition.FULFIL, FULFILLED,
                    Transition.CANCEL_BY_STUDENT, CANCELLED,
                    Transition.CANCEL_BY_STAFF, CANCELLED,
                    Transition.SUSPEND, WAITING,
                    Transition.RESUME, WAITING,
                    Transition.CHANGE_NOT_NEEDED_AFTER, WAITING,
                    Transition.MOVE_IN_QUEUE, WAITING,
                    Transition.CLOSE_NOT_NEEDED, EXPIRED)),
            IN_TRANSIT, new EnumMap<>(Map.of(
                    Transition.SEND_IN_TRANSIT, IN_TRANSIT,
                    Transition.ARRIVE, READY,
                    Transition.CANCEL_BY_STUDENT, CANCELLED,
                    Transition.CANCEL_BY_STAFF, CANCELLED,
                    Transition.RELEASE, WAITING)),
            READY, new EnumMap<>(Map.of(
                    Transition.SEND_IN_TRANSIT, IN_TRANSIT,
                    Transition.FULFIL, FULFILLED,
                    Transition.CANCEL_BY_STUDENT, CANCELLED,
                    Transition.CANCEL_BY_STAFF, CANCELLED,
                    Transition.EXPIRE, EXPIRED,
                    Transition.RELEASE, WAITING)),
            FULFILLED, new EnumMap<>(Map.of(Transition.ANONYMISE, FULFILLED)),
            CANCELLED, new EnumMap<>(Map.of(Transition.ANONYMISE, CANCELLED)),
            EXPIRED, new EnumMap<>(Map.of(Transition.ANONYMISE, EXPIRED))));

    @TestFactory
    Stream<DynamicTest> every_status_and_transition_is_allowed_or_refused_as_the_table_says() {
        return StateMachineTables.everyPairAsTheTableSays(LIFECYCLE, ReservationStatus.class, Transition.class, ALLOWED,
                transition -> ErrorCode.CONFLICT, from -> "a " + words(from) + " reservation");
    }

    @TestFactory
    Stream<DynamicTest> each_transition_starts_from_exactly_the_statuses_of_the_table() {
        return Stream.of(Transition.values()).map(transition -> DynamicTest.dynamicTest(
                words(transition) + " starts from the statuses the table allows it from", () -> {
                    EnumSet<ReservationStatus> expected = EnumSet.noneOf(ReservationStatus.class);
                    ALLOWED.forEach((from, row) -> {
                        if (row.containsKey(transition)) {
                            expected.add(from);
                        }
                    });
                    assertThat(LIFECYCLE.from(transition)).containsExactlyInAnyOrderElementsOf(expected);
                }));
    }

    @Test
    void a_placed_reservation_starts_waiting() {
        assertThat(LIFECYCLE.start()).isEqualTo(WAITING);
        assertThat(LIFECYCLE.from(Transition.PLACE)).isEmpty();
    }

    @Test
    void the_active_statuses_are_waiting_in_transit_and_ready() {
        assertThat(EnumSet.allOf(ReservationStatus.class).stream().filter(ReservationStatus::isActive))
                .containsExactly(WAITING, IN_TRANSIT, READY);
        assertThat(ReservationStatus.CLOSED).containsExactlyInAnyOrder(FULFILLED, CANCELLED, EXPIRED);
        assertThat(ReservationStatus.HOLDING_COPY).containsExactlyInAnyOrder(IN_TRANSIT, READY);
    }

    @Test
    void only_closed_reservations_can_be_anonymised_and_only_active_ones_cancelled() {
        assertThat(LIFECYCLE.from(Transition.ANONYMISE)).isEqualTo(ReservationStatus.CLOSED);
        assertThat(LIFECYCLE.from(Transition.CANCEL_BY_STUDENT)).isEqualTo(ReservationStatus.ACTIVE);
        assertThat(LIFECYCLE.from(Transition.CANCEL_BY_STAFF)).isEqualTo(ReservationStatus.ACTIVE);
    }

    @Test
    void the_set_based_jobs_get_their_status_lists_and_targets_from_the_table() {
        assertThat(LIFECYCLE.fromSql(Transition.EXPIRE)).isEqualTo("'READY'");
        assertThat(LIFECYCLE.target(Transition.EXPIRE)).isEqualTo(EXPIRED);
        assertThat(LIFECYCLE.fromSql(Transition.CLOSE_NOT_NEEDED)).isEqualTo("'WAITING'");
        assertThat(LIFECYCLE.target(Transition.CLOSE_NOT_NEEDED)).isEqualTo(EXPIRED);
        assertThat(LIFECYCLE.fromSql(Transition.ANONYMISE)).isEqualTo("'FULFILLED', 'CANCELLED', 'EXPIRED'");
    }

    @Test
    void a_transition_with_more_than_one_target_has_no_single_target_for_a_set_based_statement() {
        assertThatThrownBy(() -> LIFECYCLE.target(Transition.ANONYMISE)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_refused_transition_throws_a_conflict_with_the_callers_wording() {
        assertThatThrownBy(() -> LIFECYCLE.require(CANCELLED, Transition.CANCEL_BY_STUDENT,
                "This reservation is already CANCELLED."))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                    assertThat(e.getMessage()).isEqualTo("This reservation is already CANCELLED.");
                });
        assertThat(LIFECYCLE.require(READY, Transition.CANCEL_BY_STAFF, "unused")).isEqualTo(CANCELLED);
    }

    @Test
    void a_transition_the_caller_selected_by_status_but_refused_is_a_bug_not_an_answer() {
        assertThatThrownBy(() -> LIFECYCLE.to(FULFILLED, Transition.FULFIL)).isInstanceOf(IllegalStateException.class);
    }
}
