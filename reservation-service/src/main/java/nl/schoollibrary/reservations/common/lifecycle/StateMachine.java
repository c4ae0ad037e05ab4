package nl.schoollibrary.reservations.common.lifecycle;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;

/**
 * A state machine as ONE table: for each transition, the statuses it may start from and the status each leads to;
 * anything not in the table is refused (docs/adr/0010). The reservation and the copy lifecycle answer "may this happen
 * now, and where does it lead?" in the same way, so they only define what differs: their transitions, their table,
 * the stable code of a refusal and the wording of its default text. A lifecycle extends this class (so its callers
 * keep asking the lifecycle itself) and adds what only it has.
 *
 * <p>Plain Java, immutable once built.
 *
 * @param <S> the statuses
 * @param <T> the transitions
 */
public class StateMachine<S extends Enum<S>, T extends Enum<T>> {

    /** The answer to "may this transition happen now?". */
    public sealed interface Decision<S, T> {

        /** The status afterwards. */
        record Allowed<S, T>(S to) implements Decision<S, T> {
        }

        /** Not allowed from this status: the stable code the API answers with. */
        record Refused<S, T>(S from, T transition, ErrorCode code) implements Decision<S, T> {
        }

        default boolean allowed() {
            return this instanceof Allowed;
        }
    }

    private final Class<S> statuses;
    private final Map<T, Map<S, S>> table;
    private final Function<T, ErrorCode> refusalCode;
    private final BiFunction<S, T, String> wording;

    /** The machine {@code definition} defines (later changes to the builder do not reach it). */
    protected StateMachine(Builder<S, T> definition) {
        this.statuses = definition.statuses;
        Map<T, Map<S, S>> table = new EnumMap<>(definition.transitions);
        for (T transition : definition.transitions.getEnumConstants()) {
            Map<S, S> edges = definition.table.getOrDefault(transition, new EnumMap<>(definition.statuses));
            table.put(transition, Collections.unmodifiableMap(new EnumMap<>(edges)));
        }
        this.table = Collections.unmodifiableMap(table);
        this.refusalCode = definition.refusalCode;
        this.wording = definition.wording;
    }

    /** A new table of {@code transitions} between {@code statuses}, with no transition allowed yet. */
    public static <S extends Enum<S>, T extends Enum<T>> Builder<S, T> builder(Class<S> statuses,
            Class<T> transitions) {
        return new Builder<>(statuses, transitions);
    }

    /** May {@code transition} happen from status {@code from}, and where does it lead? */
    public Decision<S, T> decide(S from, T transition) {
        Objects.requireNonNull(from, "from");
        S to = table.get(transition).get(from);
        return to != null ? new Decision.Allowed<>(to)
                : new Decision.Refused<>(from, transition, refusalCode.apply(transition));
    }

    /** The target status, or a {@link ProblemException} with the refusal's code and the caller's {@code detail}. */
    public S require(S from, T transition, String detail) {
        Decision<S, T> decision = decide(from, transition);
        if (decision instanceof Decision.Refused<S, T> refused) {
            throw new ProblemException(refused.code(), detail != null ? detail : detail(refused));
        }
        return ((Decision.Allowed<S, T>) decision).to();
    }

    /** The target status, when the caller already selected the status by {@link #from} (a refusal is a bug). */
    public S to(S from, T transition) {
        Decision<S, T> decision = decide(from, transition);
        if (decision instanceof Decision.Refused<S, T> refused) {
            throw new IllegalStateException(detail(refused));
        }
        return ((Decision.Allowed<S, T>) decision).to();
    }

    /** Where {@code transition} leads from {@code from}, if it is allowed. */
    public Optional<S> next(S from, T transition) {
        return Optional.ofNullable(table.get(transition).get(from));
    }

    /** The statuses {@code transition} may start from. */
    public Set<S> from(T transition) {
        Set<S> from = table.get(transition).keySet();
        return from.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(from));
    }

    /** The one status {@code transition} leads to from all of its start statuses (for set-based statements). */
    public S target(T transition) {
        Set<S> targets = EnumSet.noneOf(statuses);
        targets.addAll(table.get(transition).values());
        if (targets.size() != 1) {
            throw new IllegalStateException(transition + " does not lead to one status: " + targets);
        }
        return targets.iterator().next();
    }

    /** The default text of a refusal, for callers without a more specific wording. */
    public String detail(Decision.Refused<S, T> refused) {
        return wording.apply(refused.from(), refused.transition());
    }

    /**
     * The definition of a machine: its table, row by row, and how it words a refusal. A transition given no start
     * status is refused from every status; by default every refusal is {@link ErrorCode#CONFLICT}.
     */
    public static final class Builder<S extends Enum<S>, T extends Enum<T>> {

        private final Class<S> statuses;
        private final Class<T> transitions;
        private final Map<T, Map<S, S>> table;
        private Function<T, ErrorCode> refusalCode = transition -> ErrorCode.CONFLICT;
        private BiFunction<S, T, String> wording = (from, transition) -> from + " does not allow " + transition + ".";

        private Builder(Class<S> statuses, Class<T> transitions) {
            this.statuses = statuses;
            this.transitions = transitions;
            this.table = new EnumMap<>(transitions);
        }

        /** {@code transition} may start from {@code from} and leads to {@code to}. */
        public Builder<S, T> allow(T transition, S from, S to) {
            Map<S, S> edges = table.computeIfAbsent(transition, t -> new EnumMap<>(statuses));
            S before = edges.putIfAbsent(Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"));
            if (before != null) {
                throw new IllegalArgumentException(transition + " from " + from + " is in the table twice");
            }
            return this;
        }

        /** {@code transition} may start from each of {@code from} and leads to {@code to}. */
        public Builder<S, T> allow(T transition, Set<S> from, S to) {
            from.forEach(status -> allow(transition, status, to));
            return this;
        }

        /** {@code transition} may start from each of {@code from} and leaves the status as it is. */
        public Builder<S, T> allowUnchanged(T transition, Set<S> from) {
            from.forEach(status -> allow(transition, status, status));
            return this;
        }

        /** The stable code a refusal of each transition answers with. */
        public Builder<S, T> refusedWith(Function<T, ErrorCode> code) {
            this.refusalCode = Objects.requireNonNull(code);
            return this;
        }

        /** The default text of a refusal, from the status and the transition. */
        public Builder<S, T> worded(BiFunction<S, T, String> wording) {
            this.wording = Objects.requireNonNull(wording);
            return this;
        }

        /** The machine of this table (later changes to the builder do not reach it). */
        public StateMachine<S, T> build() {
            return new StateMachine<>(this);
        }
    }
}
