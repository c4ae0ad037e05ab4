package nl.schoollibrary.reservations.reservation;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.common.AppConfig;
import nl.schoollibrary.reservations.common.Coalescer;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.PatronNames;
import nl.schoollibrary.reservations.common.PatronRef;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.TitleRef;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.location.LocationRef;
import nl.schoollibrary.reservations.reservation.ReservationDtos.PlaceReservationRequest;
import nl.schoollibrary.reservations.reservation.ReservationDtos.ReservationView;
import nl.schoollibrary.reservations.reservation.policy.Refusal;
import nl.schoollibrary.reservations.reservation.policy.ReservationRequest;
import nl.schoollibrary.reservations.reservation.policy.Scope;

/**
 * Placing a title reservation (every refusal with its code), with the policy that the options before the
 * click use ({@link ReservationService#POLICY}); under load, in batches (ADR 0008).
 *
 * <p>The one documented exception to "use cases load, change and save aggregates": placement is the busiest write
 * and stays SQL for speed (ADR 0007: two round trips; ADR 0008: batches in one transaction through
 * {@link Jdbc#transaction} and the {@link Coalescer}), without Hibernate and without a {@link Reservation} entity. It
 * keeps the same rules: the same placement policy decides every placement, and the status a new reservation starts
 * in ({@link ReservationLifecycle.Transition#PLACE}, {@link ReservationLifecycle#start()}), its kind and its scope
 * come from the lifecycle and the enums, not from literals of their own.
 */
@ApplicationScoped
public class ReservationPlacing {

    private final Jdbc jdbc;
    private final ReservationFacts facts;
    private final ReservationAccess access;
    private final Clock clock;
    private final Coalescer<Placement, Placed> placements;

    public ReservationPlacing(Jdbc jdbc, ReservationFacts facts, ReservationAccess access, Clock clock,
            AppConfig config) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.access = access;
        this.clock = clock;
        this.placements = new Coalescer<>(config.placement().concurrency(), config.placement().batchSize(),
                ReservationPlacing::fits, this::placeBatch);
    }

    /**
     * Places a title reservation in two round trips: lock the title and the patron (advisory locks, in that order) and
     * load the facts with the title's copies; then insert the reservation with its event, count the place in line and
     * commit. One database transaction ({@link Jdbc#transaction}); the answer is built from what was loaded, without
     * reading it back.
     *
     * <p>Under load, placements that arrive while {@code reservation.placement.concurrency} others are running go
     * together in one transaction (ADR 0008): the same two round trips and one commit for the whole batch, each
     * placement decided by the same rules on its own facts. A batch holds distinct titles and distinct patrons, so no
     * placement's facts depend on another one of its batch.
     */
    public ReservationView place(Actor actor, PlaceReservationRequest body) {
        long patronId = access.patronToActFor(actor, body.patronId());
        Placement placement = new Placement(actor, patronId, body);
        Placed placed = jdbc.inTransaction() // joins the caller's transaction: on its own, now
                ? placeBatch(List.of(placement)).get(0).get()
                : placements.submit(placement);
        return view(placement, placed);
    }

    /** One placement asked for: by whom, for which patron, what. */
    private record Placement(Actor actor, long patronId, PlaceReservationRequest body) {
        long titleId() {
            return body.titleId();
        }

        ReservationFacts.PlacementKey key() {
            return new ReservationFacts.PlacementKey(patronId, body.titleId(), body.pickupLocationId());
        }
    }

    /** A placement done: what the answer is built from. */
    private record Placed(long id, int position, ReservationFacts.PlacementFacts facts, java.time.Instant placedAt,
            LocalDate today) {
    }

    /** Whether a placement may join a batch: not for a title or a patron already in it. */
    private static boolean fits(Placement next, List<Placement> batch) {
        for (Placement p : batch) {
            if (p.patronId() == next.patronId() || p.titleId() == next.titleId()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A batch in one transaction (inside a caller's transaction: in that one); when the transaction fails (a unique
     * index refusing an insert, a lost connection), nothing of it is written and each placement is tried again on its
     * own, so each gets its own answer.
     */
    private List<Coalescer.Outcome<Placed>> placeBatch(List<Placement> batch) {
        try {
            return jdbc.transaction(() -> placeTogether(batch));
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                return List.of(Coalescer.Outcome.failed(e instanceof Jdbc.UniqueViolation ? duplicate() : e));
            }
            List<Coalescer.Outcome<Placed>> alone = new ArrayList<>(batch.size());
            for (Placement placement : batch) {
                alone.addAll(placeBatch(List.of(placement)));
            }
            return alone;
        }
    }

    private static ProblemException duplicate() {
        return new ProblemException(ErrorCode.DUPLICATE_RESERVATION, "There is already an active reservation of this title.");
    }

    private List<Coalescer.Outcome<Placed>> placeTogether(List<Placement> batch) {
        int n = batch.size();
        if (batch.stream().map(Placement::titleId).distinct().count() != n
                || batch.stream().map(Placement::patronId).distinct().count() != n) {
            throw new IllegalArgumentException("A batch of placements has distinct titles and distinct patrons");
        }
        List<Optional<ReservationFacts.PlacementFacts>> all = facts.placementsAfterLocks(
                batch.stream().map(Placement::key).toList());
        LocalDate today = LocalDate.now(clock);
        java.time.Instant now = clock.instant();
        List<Coalescer.Outcome<Placed>> outcomes = new ArrayList<>(java.util.Collections.nCopies(n, null));
        List<Integer> accepted = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            try {
                decide(batch.get(i), all.get(i), today);
                accepted.add(i);
            } catch (ProblemException e) {
                outcomes.set(i, Coalescer.Outcome.failed(e));
            }
        }
        if (accepted.isEmpty()) {
            return outcomes; // nothing to write; the transaction ends and lets go of the locks
        }
        int k = accepted.size();
        long[] patrons = new long[k];
        long[] schools = new long[k];
        long[] titles = new long[k];
        long[] pickups = new long[k];
        String[] scopes = new String[k];
        String[] placedBy = new String[k];
        String[] notNeededAfter = new String[k];
        long[] organisations = new long[k];
        String[] roles = new String[k];
        long[] pickupOrganisations = new long[k];
        java.util.Map<Long, Integer> byTitle = new java.util.HashMap<>();
        for (int j = 0; j < k; j++) {
            int i = accepted.get(j);
            Placement p = batch.get(i);
            ReservationFacts.PlacementFacts f = all.get(i).orElseThrow();
            patrons[j] = p.patronId();
            schools[j] = f.student().schoolId();
            titles[j] = p.titleId();
            pickups[j] = f.pickup().id();
            scopes[j] = scope(f).name();
            placedBy[j] = p.actor().username();
            notNeededAfter[j] = p.body().notNeededAfter() == null ? null : p.body().notNeededAfter().toString();
            organisations[j] = f.student().organisationId();
            roles[j] = p.actor().role().name();
            pickupOrganisations[j] = f.pickup().organisationId();
            byTitle.put(titles[j], i);
        }
        // Insert the reservations and their events, and count who is ahead of each in the same statement (the count
        // reads the snapshot before the insert; the title locks taken first keep the lines still meanwhile); the
        // COMMIT goes with it. Nothing below writes: the answers are built from what was loaded.
        List<long[]> rows = jdbc.listAndCommit(PLACE, rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)},
                patrons, schools, titles, pickups, scopes, placedBy, notNeededAfter, organisations, roles,
                pickupOrganisations, now, now);
        // Committed: nothing below may throw (the batch would be tried again, one by one, and find itself placed).
        for (long[] row : rows) {
            int i = byTitle.get(row[0]);
            ReservationFacts.PlacementFacts f = all.get(i).orElseThrow();
            outcomes.set(i, Coalescer.Outcome.of(new Placed(row[1], 1 + (int) row[2], f, now, today)));
        }
        return outcomes;
    }

    private static Scope scope(ReservationFacts.PlacementFacts f) {
        return Scope.of(f.pickup());
    }

    /**
     * The ids are drawn first (q is computed once), so the reservations, their events and the answer each read q
     * alone: no joins back from what an INSERT returns, no sorts.
     */
    private static final String PLACE = """
            WITH q AS (
                SELECT nextval('reservation_id_seq') AS id, q.*
                  FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::text[],
                              ?::text[]::date[], ?::bigint[], ?::text[], ?::bigint[])
                       AS q(patron_id, school_id, title_id, pickup_id, scope, placed_by, not_needed_after,
                            organisation_id, role, pickup_org)),
            r AS (
                INSERT INTO reservation (id, kind, patron_id, school_id, title_id, pickup_location_id, scope, status,
                                         placed_at, placed_by, not_needed_after)
                SELECT q.id, '%2$s', q.patron_id, q.school_id, q.title_id, q.pickup_id, q.scope, '%1$s', ?,
                       q.placed_by, q.not_needed_after
                  FROM q),
            e AS (
                INSERT INTO domain_event (occurred_at, type, aggregate_type, aggregate_id, organisation_id, school_id,
                                          payload)
                SELECT ?, 'ReservationPlaced', 'RESERVATION', q.id, q.organisation_id, q.school_id,
                       jsonb_build_object('titleId', q.title_id, 'pickupLocationId', q.pickup_id, 'placedBy', q.role)
                  FROM q)
            SELECT q.title_id, q.id,
                   (SELECT count(*) FROM reservation r2 JOIN location l2 ON l2.id = r2.pickup_location_id
                     WHERE r2.title_id = q.title_id AND r2.status = '%1$s' AND r2.kind = '%2$s'
                       AND r2.scope = q.scope
                       AND (CASE WHEN q.scope = 'SCHOOL' THEN r2.pickup_location_id = q.pickup_id
                                 ELSE l2.organisation_id = q.pickup_org END))
              FROM q""".formatted(ReservationLifecycle.STANDARD.start(), ReservationKind.TITLE);

    /** Throws the refusal of one placement, if the rules refuse it. */
    private void decide(Placement p, Optional<ReservationFacts.PlacementFacts> loaded, LocalDate today) {
        ReservationFacts.PlacementFacts f = loaded.orElseThrow(() -> notPlaceable(p.body().titleId(), p.patronId()));
        if (f.pickup() == null) {
            throw new ProblemException(ErrorCode.PICKUP_LOCATION_INVALID,
                    "Pickup location " + p.body().pickupLocationId() + " does not exist or is no longer in use.");
        }
        if (p.body().notNeededAfter() != null && p.body().notNeededAfter().isBefore(today)) {
            throw ProblemException.invalid("notNeededAfter", "must be today or later");
        }
        ReservationFacts.CopiesWithDue copies = f.copies();
        Optional<Refusal> refusal = ReservationService.POLICY.evaluate(new ReservationRequest(f.student(), f.pickup(), f.policy(),
                copies.copies(), f.activeReservations(), f.hasActiveReservation(), today, f.branches()::contains));
        if (refusal.isPresent()) {
            throw new ProblemException(refusal.get().code().errorCode(), refusal.get().message(), refusal.get().limit());
        }
    }

    private ReservationView view(Placement p, Placed placed) {
        ReservationFacts.PlacementFacts f = placed.facts();
        ReservationFacts.CopiesWithDue copies = f.copies();
        Scope scope = scope(f);
        LocalDate estimate = ReservationReads.estimate(f.pickup(), scope, placed.position(),
                f.student(), f.branches(), copies.copies(), copies.due(), f.pickupDays(), f.loanDays(), placed.today());
        return new ReservationView(placed.id(), ReservationKind.TITLE, ReservationLifecycle.STANDARD.start(), scope,
                new TitleRef(p.body().titleId(), f.title(), f.authors(), f.coverUrl()),
                new LocationRef(f.pickup().id(), f.pickupName(), f.pickup().type()),
                placed.position(), estimate, null, null, placed.placedAt(), null, p.body().notNeededAfter(), null, null,
                p.actor().isStaff() ? patronRef(p.patronId()) : null);
    }

    private PatronRef patronRef(long patronId) {
        return jdbc.one("SELECT p.id, p.first_name, p.last_name, p.group_name, s.name FROM patron p"
                + " LEFT JOIN school s ON s.id = p.school_id WHERE p.id = ?", rs -> new PatronRef(
                rs.getLong(1), PatronNames.display(rs.getString(2), rs.getString(3)),
                rs.getString(4), rs.getString(5)), patronId).orElse(null);
    }

    /** Why the placement facts are empty: an unknown title or patron (404), or a patron that is not an active student. */
    private ProblemException notPlaceable(long titleId, long patronId) {
        boolean[] exist = jdbc.one("SELECT EXISTS (SELECT 1 FROM title WHERE id = ?), EXISTS (SELECT 1 FROM patron WHERE id = ?)",
                rs -> new boolean[] {rs.getBoolean(1), rs.getBoolean(2)}, titleId, patronId).orElseThrow();
        if (!exist[0]) {
            return ProblemException.notFound("Title", titleId);
        }
        if (!exist[1]) {
            return ProblemException.notFound("Patron", patronId);
        }
        return new ProblemException(ErrorCode.VALIDATION_FAILED, "Title reservations are placed for students; use a "
                + "copy reservation for a special pass.", List.of(new nl.schoollibrary.reservations.common.Problem
                        .FieldError("patronId", "is not an active student")), Map.of());
    }

}
