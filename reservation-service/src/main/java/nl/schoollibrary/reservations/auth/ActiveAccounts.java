package nl.schoollibrary.reservations.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;
import nl.schoollibrary.reservations.common.AppConfig;
import nl.schoollibrary.reservations.common.database.Jdbc;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Disabled is disabled: whether the account or integration client a token speaks for is still active. Asked on every
 * authenticated request ({@link ActiveAccountCheck}); the answer is kept in a small bounded cache for
 * {@code reservation.auth.account-check-cache} (5 s), so a request costs one map lookup and the database is asked at
 * most once per account and period. That period is the longest a token of an account disabled elsewhere (directly
 * in the database, or through another service instance) keeps working; what this instance disables itself
 * ({@link #clientChanged}, {@link #studentsChanged}) is dropped from the cache when its transaction ends, so it is
 * refused at once here.
 *
 * <p>Keyed by whom the token speaks for ({@link Subject}): a student or staff user (table {@code app_user}; a
 * student also needs an active patron, a student or school staff member a school that is not deactivated: {@link
 * AccountReads#MAY_LOG_IN}) in one login session ({@link LoginSession}, whose id the token carries), or an
 * integration client. A person's token is refused when the account is disabled ({@link Verdict#DISABLED}) and when
 * its session has ended ({@link Verdict#SESSION_ENDED}: logout, a reused refresh token); what ends a session here
 * ({@link #sessionEnded}) is refused at once.
 */
@ApplicationScoped
public class ActiveAccounts {

    static final int MAX_ENTRIES = 100_000;

    public enum Kind {
        STUDENT, STAFF, CLIENT
    }

    /** The answer for a token's subject. */
    public enum Verdict {
        ACTIVE, DISABLED, SESSION_ENDED
    }

    /**
     * Whom a token speaks for: a user (student or staff) or an integration client, by the token's subject id; for a
     * person, the login session too ({@code null} for a token from before sessions, or a client's).
     */
    public record Subject(Kind kind, long id, Long sessionId) {

        public Subject(Kind kind, long id) {
            this(kind, id, null);
        }

        /** The subject of a verified token; {@code null} when it names none (not a token this service signs). */
        public static Subject of(JsonWebToken token) {
            String sub = token.getSubject();
            if (sub == null) {
                return null;
            }
            long id;
            try {
                id = Long.parseLong(sub);
            } catch (NumberFormatException e) {
                return null;
            }
            var groups = token.getGroups();
            Kind kind = groups.contains(Role.INTEGRATION_ROLE) ? Kind.CLIENT
                    : groups.contains(Role.STUDENT_ROLE) ? Kind.STUDENT : Kind.STAFF;
            try {
                return new Subject(kind, id,
                        kind == Kind.CLIENT ? null : TokenClaims.longClaim(token, TokenClaims.SESSION_ID));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    private final Jdbc jdbc;
    private final TransactionSynchronizationRegistry transactions;
    private final Cache<Subject, Verdict> cache;
    /** Counts invalidations, so a lookup that raced one does not put back what it read before it. */
    private final AtomicLong invalidations = new AtomicLong();

    public ActiveAccounts(Jdbc jdbc, TransactionSynchronizationRegistry transactions, AppConfig config) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.cache = Caffeine.newBuilder().maximumSize(MAX_ENTRIES)
                .expireAfterWrite(config.auth().accountCheckCache()).build();
    }

    /** The cached answer, or {@code null} when the database must be asked ({@link #lookUp}). */
    public Verdict cached(Subject subject) {
        return cache.getIfPresent(subject);
    }

    /** Asks the database (blocking) and remembers the answer. An unknown account, client or session is not active. */
    public Verdict lookUp(Subject subject) {
        long before = invalidations.get();
        Verdict active = switch (subject.kind()) {
            case CLIENT -> verdict(jdbc.one("SELECT active FROM integration_client WHERE id = ?", rs -> rs.getBoolean(1),
                    subject.id()).orElse(false));
            case STUDENT, STAFF -> jdbc.one("SELECT " + AccountReads.MAY_LOG_IN + ","
                    + " (SELECT s.ended_at IS NULL FROM login_session s WHERE s.id = ? AND s.user_id = u.id)"
                    + AccountReads.ACCOUNT_FROM + " WHERE u.id = ?",
                    rs -> !rs.getBoolean(1) ? Verdict.DISABLED
                            : subject.sessionId() != null && !rs.getBoolean(2) ? Verdict.SESSION_ENDED : Verdict.ACTIVE,
                    subject.sessionId() == null ? 0L : subject.sessionId(), subject.id()).orElse(Verdict.DISABLED);
        };
        cache.put(subject, active);
        if (invalidations.get() != before) {
            // An account changed while we read: what we read may be from before the change.
            cache.invalidate(subject);
        }
        return active;
    }

    private static Verdict verdict(boolean active) {
        return active ? Verdict.ACTIVE : Verdict.DISABLED;
    }

    public boolean isActive(Subject subject) {
        Verdict verdict = cached(subject);
        return (verdict != null ? verdict : lookUp(subject)) == Verdict.ACTIVE;
    }

    /** A session ended here (logout, reuse, idle, disabled at refresh): its tokens are refused at once. */
    public void sessionEnded(long sessionId) {
        afterTransaction(() -> {
            invalidations.incrementAndGet();
            cache.asMap().keySet().removeIf(subject -> Long.valueOf(sessionId).equals(subject.sessionId()));
        });
    }

    /** This instance enabled or disabled an integration client: its tokens are checked again once the change commits. */
    public void clientChanged(long clientId) {
        afterTransaction(() -> invalidate(new Subject(Kind.CLIENT, clientId)));
    }

    /** Students were (de)activated here (the student import): every student is checked again once it commits. */
    public void studentsChanged() {
        afterTransaction(() -> {
            invalidations.incrementAndGet();
            cache.asMap().keySet().removeIf(subject -> subject.kind() == Kind.STUDENT);
        });
    }

    /** A school was (de)activated here: its students and staff are checked again once it commits (so is everyone). */
    public void schoolChanged() {
        afterTransaction(() -> {
            invalidations.incrementAndGet();
            cache.asMap().keySet().removeIf(subject -> subject.kind() != Kind.CLIENT);
        });
    }

    /** A user (student or staff) was enabled or disabled here. */
    public void userChanged(long userId) {
        afterTransaction(() -> {
            invalidations.incrementAndGet();
            cache.asMap().keySet().removeIf(subject -> subject.kind() != Kind.CLIENT && subject.id() == userId);
        });
    }

    private void invalidate(Subject subject) {
        invalidations.incrementAndGet();
        cache.invalidate(subject);
    }

    /**
     * Runs {@code invalidation} now and again when the running transaction ends: a request between the two could read
     * the row as it was before the commit and cache that; the second run drops it.
     */
    private void afterTransaction(Runnable invalidation) {
        invalidation.run();
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    invalidation.run();
                }
            });
        }
    }
}
