package nl.schoollibrary.reservations.collection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.reservation.policy.BlockLevel;

/**
 * A collection (e.g. "KBW-2026") of an organisation's copies, with the reservation block every copy added to it later
 * gets (the database's {@code copy_collection_default} trigger applies it, so no import path can forget it).
 * Loaded and saved through {@link Collections}; the list with copy counts is read through {@link CollectionReads}.
 */
@Entity
@Table(name = "collection")
public class Collection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "default_reservation_block", nullable = false)
    private BlockLevel defaultReservationBlock;

    @Column(name = "default_block_until")
    private LocalDate defaultBlockUntil;

    protected Collection() {
        // for Hibernate
    }

    /** A new collection; without a default block its copies get none ({@link BlockLevel#NONE}). */
    public static Collection create(long organisationId, String code, String name, BlockLevel defaultBlock,
            LocalDate until, LocalDate today) {
        Collection collection = new Collection();
        collection.organisationId = organisationId;
        collection.code = code;
        collection.name = name.strip();
        collection.setDefaultBlock(defaultBlock == null ? BlockLevel.NONE : defaultBlock, until, today);
        return collection;
    }

    /**
     * Sets the default reservation block for copies added from now on. An end date must be today or later and needs a
     * block (NONE takes none).
     */
    public void setDefaultBlock(BlockLevel level, LocalDate until, LocalDate today) {
        if (until != null && until.isBefore(today)) {
            throw ProblemException.invalid("defaultBlockUntil", "must be today or later");
        }
        if (until != null && level == BlockLevel.NONE) {
            throw ProblemException.invalid("defaultBlockUntil", "an end date needs a default block");
        }
        defaultReservationBlock = level;
        defaultBlockUntil = until;
    }

    public Long id() {
        return id;
    }
}
