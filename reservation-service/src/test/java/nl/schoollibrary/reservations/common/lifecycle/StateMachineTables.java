package nl.schoollibrary.reservations.common.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.lifecycle.StateMachine.Decision;
import org.junit.jupiter.api.DynamicTest;

/**
 * Checks a {@link StateMachine} against a table its lifecycle's test writes out by hand, one dynamic test per status ×
 * transition pair, so that a change to a machine must change its test's table too. Shared so each lifecycle test
 * writes out only what is its own: the table, the refusal codes and how it names a status.
 */
public final class StateMachineTables {

    private StateMachineTables() {
    }

    /**
     * Every status × transition pair: allowed to the status {@code allowed} lists for it (and {@link StateMachine#next}
     * that status), or, when not listed, refused with {@code code} (and no next status).
     *
     * @param subject how a test's name speaks of something in a status ("a waiting reservation")
     */
    public static <S extends Enum<S>, T extends Enum<T>> Stream<DynamicTest> everyPairAsTheTableSays(
            StateMachine<S, T> machine, Class<S> statuses, Class<T> transitions, Map<S, Map<T, S>> allowed,
            Function<T, ErrorCode> code, Function<S, String> subject) {
        List<DynamicTest> tests = new ArrayList<>();
        for (S from : statuses.getEnumConstants()) {
            for (T transition : transitions.getEnumConstants()) {
                S expected = allowed.get(from).get(transition);
                ErrorCode refusal = code.apply(transition);
                String name = expected == null
                        ? subject.apply(from) + " refuses " + words(transition) + " with " + refusal.status() + " "
                                + refusal
                        : subject.apply(from) + " allows " + words(transition) + " and becomes " + words(expected);
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    Decision<S, T> decision = machine.decide(from, transition);
                    if (expected == null) {
                        assertThat(decision).isEqualTo(new Decision.Refused<>(from, transition, refusal));
                        assertThat(machine.next(from, transition)).isEmpty();
                    } else {
                        assertThat(decision).isEqualTo(new Decision.Allowed<>(expected));
                        assertThat(machine.next(from, transition)).contains(expected);
                    }
                }));
            }
        }
        return tests.stream();
    }

    /** A constant in words, for test names: {@code CANCEL_BY_STAFF} is "cancel by staff". */
    public static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
