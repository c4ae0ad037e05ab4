package nl.schoollibrary.reservations.common.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;
import org.junit.jupiter.api.Test;

/**
 * What the lifecycle tests leave to the machine itself: a refusal without the caller's wording says the definition's
 * wording, a transition given no start status is refused from every status, and a table cannot name a pair twice.
 */
class StateMachineTest {

    enum Door { OPEN, CLOSED, LOCKED }

    enum Move { CLOSE, LOCK, BREAK_IN }

    private static final StateMachine<Door, Move> DOOR = StateMachine.builder(Door.class, Move.class)
            .allow(Move.CLOSE, Door.OPEN, Door.CLOSED)
            .allow(Move.LOCK, Door.CLOSED, Door.LOCKED)
            .refusedWith(move -> move == Move.LOCK ? ErrorCode.FORBIDDEN : ErrorCode.CONFLICT)
            .worded((from, move) -> "A door that is " + from + " cannot " + move + ".")
            .build();

    @Test
    void a_refusal_without_the_callers_wording_says_the_definitions_wording() {
        assertThatThrownBy(() -> DOOR.require(Door.OPEN, Move.LOCK, null))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN);
                    assertThat(e.getMessage()).isEqualTo("A door that is OPEN cannot LOCK.");
                });
        assertThatThrownBy(() -> DOOR.to(Door.LOCKED, Move.CLOSE))
                .isInstanceOf(IllegalStateException.class).hasMessage("A door that is LOCKED cannot CLOSE.");
    }

    @Test
    void a_transition_without_a_start_status_is_refused_from_every_status() {
        assertThat(DOOR.from(Move.BREAK_IN)).isEmpty();
        for (Door from : Door.values()) {
            assertThat(DOOR.decide(from, Move.BREAK_IN))
                    .isEqualTo(new StateMachine.Decision.Refused<>(from, Move.BREAK_IN, ErrorCode.CONFLICT));
        }
    }

    @Test
    void a_table_names_each_pair_once() {
        StateMachine.Builder<Door, Move> builder = StateMachine.builder(Door.class, Move.class)
                .allow(Move.CLOSE, EnumSet.of(Door.OPEN, Door.CLOSED), Door.CLOSED);
        assertThatThrownBy(() -> builder.allowUnchanged(Move.CLOSE, EnumSet.of(Door.CLOSED)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("CLOSE from CLOSED is in the table twice");
    }
}
