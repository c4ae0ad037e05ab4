package nl.schoollibrary.reservations.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import nl.schoollibrary.reservations.common.AppConfig;

/** bcrypt hashing of passwords, temporary passwords, start codes and client secrets. */
@ApplicationScoped
public class PasswordHasher {

    private final int cost;
    private final String dummyHash;

    public PasswordHasher(AppConfig config) {
        this.cost = config.auth().bcryptCost();
        this.dummyHash = hash("no-such-user-" + System.nanoTime());
    }

    public String hash(String password) {
        return hash(password, cost);
    }

    /** A hash with another cost than the configured one (start codes: {@code reservation.auth.start-code-bcrypt-cost}). */
    public String hash(String password, int bcryptCost) {
        return BCrypt.withDefaults().hashToString(bcryptCost, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8))
                .verified;
    }

    /** Spends the same time as a real check, so unknown usernames cannot be told apart by timing. */
    public void matchAgainstDummy(String password) {
        matches(password, dummyHash);
    }
}
