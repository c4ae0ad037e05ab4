package nl.schoollibrary.reservations.auth;

import io.quarkus.security.AuthenticationFailedException;
import java.util.Map;

/**
 * A valid token of an account or integration client that is no longer active. The security layer fails with
 * Quarkus' {@link AuthenticationFailedException} (a final class) carrying this attribute; the 401 mapper answers it
 * with ACCOUNT_DISABLED and {@link #detail}.
 */
public final class AccountDisabled {

    /**
     * Attribute of the failure: the {@link ActiveAccounts.Kind} refused, "NONE" for a token naming no account, or
     * {@link #SESSION} for a token of a session that has ended.
     */
    public static final String ATTRIBUTE = "reservation.account-disabled";

    static final String SESSION = "SESSION";

    private AccountDisabled() {
    }

    static AuthenticationFailedException failure(ActiveAccounts.Subject subject, ActiveAccounts.Verdict verdict) {
        if (verdict == ActiveAccounts.Verdict.SESSION_ENDED) {
            return new AuthenticationFailedException("Session " + subject.sessionId() + " has ended.",
                    Map.of(ATTRIBUTE, SESSION));
        }
        String kind = subject == null ? "NONE" : subject.kind().name();
        return new AuthenticationFailedException(subject == null ? "The token names no account."
                : subject.kind() + " " + subject.id() + " is not active.", Map.of(ATTRIBUTE, kind));
    }

    /** Whether a 401 failure is this one. */
    public static boolean is(Throwable failure) {
        return failure instanceof AuthenticationFailedException f && f.getAttribute(ATTRIBUTE) != null;
    }

    /** Whether a 401 failure is a token of a session that has ended. */
    public static boolean sessionEnded(Throwable failure) {
        return failure instanceof AuthenticationFailedException f && SESSION.equals(f.getAttribute(ATTRIBUTE));
    }

    /** What the caller is told (not which id). */
    public static String detail(Throwable failure) {
        Object kind = failure instanceof AuthenticationFailedException f ? f.getAttribute(ATTRIBUTE) : null;
        return ActiveAccounts.Kind.CLIENT.name().equals(kind)
                ? "This integration client is disabled. Ask an administrator of your library organisation."
                : "This account is disabled. Ask your school or library.";
    }
}
