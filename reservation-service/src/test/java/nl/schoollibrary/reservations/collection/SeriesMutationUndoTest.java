package nl.schoollibrary.reservations.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;
import org.junit.jupiter.api.Test;

/** The undo rules of a series mutation's record, with the per-copy restore stood in for by a count. */
class SeriesMutationUndoTest {

    private static final Instant AT = Instant.parse("2026-12-05T10:00:00Z");

    private final SeriesMutation mutation = applied(10);

    @Test
    void an_undo_that_restores_every_copy_skips_none() {
        assertThat(mutation.undo(() -> 10, false, "bieb.noord", AT)).isZero();
    }

    @Test
    void copies_changed_since_refuse_the_undo_unless_skipped() {
        assertConflict(() -> mutation.undo(() -> 8, false, "bieb.noord", AT));

        assertThat(mutation.undo(() -> 8, true, "bieb.noord", AT)).isEqualTo(2);
    }

    @Test
    void an_undone_mutation_is_not_undone_again_nor_restored() {
        mutation.undo(() -> 10, false, "bieb.noord", AT);

        assertConflict(() -> mutation.undo(() -> {
            throw new AssertionError("restored a second time");
        }, true, "bieb.noord", AT));
    }

    private static SeriesMutation applied(int changed) {
        SeriesMutation mutation = SeriesMutation.start(1, "bieb.noord", AT, "{}", "{}", 0);
        mutation.applied(changed);
        return mutation;
    }

    private static void assertConflict(Runnable undo) {
        assertThatThrownBy(undo::run).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
    }
}
