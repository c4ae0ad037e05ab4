package nl.schoollibrary.reservations.collection;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.function.IntSupplier;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.database.Stamp;
import org.hibernate.annotations.ColumnTransformer;

/**
 * The record of one series mutation (seriemutatie): who changed which selection how, how many copies it changed and
 * whether it was undone. The per-copy work (the change itself, the previous values in {@code series_mutation_item}
 * and their restore) is set-based SQL in {@link SeriesMutationService}: one statement over up to 100,000+ copies.
 * The selection and change are kept as the JSON the request had.
 */
@Entity
@Table(name = "series_mutation")
public class SeriesMutation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "created_by", nullable = false, updatable = false))
    @AttributeOverride(name = "at", column = @Column(name = "created_at", nullable = false, updatable = false))
    private Stamp created;

    @ColumnTransformer(write = "?::jsonb")
    @Column(nullable = false, updatable = false)
    private String selection;

    @ColumnTransformer(write = "?::jsonb")
    @Column(nullable = false, updatable = false)
    private String change;

    @Column(nullable = false)
    private int matched;

    @Column(nullable = false)
    private int changed;

    @Column(name = "out_of_scope", nullable = false, updatable = false)
    private int outOfScope;

    /** {@code null} until the mutation is undone. */
    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "undone_by"))
    @AttributeOverride(name = "at", column = @Column(name = "undone_at"))
    private Stamp undone;

    private Integer restored;

    protected SeriesMutation() {
        // for Hibernate
    }

    /** A mutation about to be applied; {@link #applied} records how many copies it changed. */
    public static SeriesMutation start(long organisationId, String by, Instant at, String selectionJson,
            String changeJson, int outOfScope) {
        SeriesMutation mutation = new SeriesMutation();
        mutation.organisationId = organisationId;
        mutation.created = new Stamp(by, at);
        mutation.selection = selectionJson;
        mutation.change = changeJson;
        mutation.outOfScope = outOfScope;
        return mutation;
    }

    /** The copies the set-based statement changed (all it matched in scope, locked). */
    public void applied(int copiesChanged) {
        matched = copiesChanged;
        changed = copiesChanged;
    }

    /**
     * Undoes this mutation: once only (409 CONFLICT when already undone), and all or nothing unless the caller skips
     * the copies that changed again since. {@code restoreCopies} restores every copy still as this mutation left it
     * and answers how many; when others changed since and may not be skipped, the refusal rolls the restore back.
     *
     * @return how many copies were left alone because they changed since
     */
    public int undo(IntSupplier restoreCopies, boolean skipChanged, String by, Instant at) {
        if (undone != null) {
            throw new ProblemException(ErrorCode.CONFLICT, "This series mutation was already undone.");
        }
        int restoredCopies = restoreCopies.getAsInt();
        int changedSince = changed - restoredCopies;
        if (changedSince > 0 && !skipChanged) {
            throw new ProblemException(ErrorCode.CONFLICT, changedSince + " of the copies changed again after this "
                    + "series mutation; nothing was undone. Undo with skipChanged=true to restore only the others.");
        }
        undone = new Stamp(by, at);
        restored = restoredCopies;
        return changedSince;
    }

    public Long id() {
        return id;
    }
}
