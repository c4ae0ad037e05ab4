package nl.schoollibrary.reservations.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/** Access tokens for tests: real logins, and hand-made tokens (expired, wrong issuer, tampered, other roles). */
public final class Tokens {

    public static final String ISSUER = "https://schoollibrary.nl/reservations";

    private Tokens() {
    }

    public static String login(String username) {
        return RestAssured.given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", Fixtures.PASSWORD))
                .post("/api/auth/login").then().statusCode(200).extract().path("accessToken");
    }

    public static JwtClaimsBuilder claims(long userId, String username, String role) {
        return Jwt.issuer(ISSUER).subject(Long.toString(userId)).upn(username).groups(Set.of(role))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(600));
    }

    public static String sign(JwtClaimsBuilder claims) {
        return claims.jws().sign(privateKey());
    }

    private static PrivateKey privateKey() {
        try {
            String pem = Files.readString(EmbeddedPostgresResource.privateKey())
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
