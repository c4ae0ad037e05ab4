package nl.schoollibrary.reservations.auth;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses a verified token whose account or integration client is no longer active (disabled, or a student whose
 * patron was deactivated): the one place every authenticated request passes, after the token's signature and expiry
 * are checked. A cache hit answers without blocking; a miss asks the database on a worker thread.
 */
@ApplicationScoped
public class ActiveAccountCheck implements SecurityIdentityAugmentor {

    @Inject ActiveAccounts accounts;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        ActiveAccounts.Subject subject = ActiveAccounts.Subject.of(token);
        if (subject == null) {
            return Uni.createFrom().failure(AccountDisabled.failure(null, ActiveAccounts.Verdict.DISABLED));
        }
        ActiveAccounts.Verdict cached = accounts.cached(subject);
        if (cached != null) {
            return cached == ActiveAccounts.Verdict.ACTIVE ? Uni.createFrom().item(identity)
                    : Uni.createFrom().failure(AccountDisabled.failure(subject, cached));
        }
        return context.runBlocking(() -> {
            ActiveAccounts.Verdict verdict = accounts.lookUp(subject);
            if (verdict != ActiveAccounts.Verdict.ACTIVE) {
                throw AccountDisabled.failure(subject, verdict);
            }
            return identity;
        });
    }
}
