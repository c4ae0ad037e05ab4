package nl.schoollibrary.reservations.location;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import nl.schoollibrary.reservations.support.TestDatabase;

/** Short calls and unique values for the tests of organisations, schools, locations and closures. */
final class Places {

    /** The tables these endpoints write: a refused request leaves every one as it was. */
    static final String[] TABLES = {"organisation", "school", "school_policy", "location", "opening_hours", "closure",
        "closed_period", "reservation", "message"};

    private static final AtomicInteger SEQ = new AtomicInteger();

    private Places() {
    }

    /** A code no other test uses: capitals and digits. */
    static String code(String prefix) {
        return (prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQ.incrementAndGet())
                .toUpperCase(Locale.ROOT);
    }

    /** A BRIN number no fixture uses (their letters are QZ and ZZ; these A to P) and unlikely to be drawn twice. */
    static String brin() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < 50; i++) {
            String brin = String.format("%02d%c%c%02d", r.nextInt(100), (char) ('A' + r.nextInt(16)),
                    (char) ('A' + r.nextInt(16)), r.nextInt(100));
            if (TestDatabase.count("SELECT count(*) FROM school WHERE brin = ?", brin) == 0) {
                return brin;
            }
        }
        throw new IllegalStateException("no free BRIN");
    }

    static ValidatableResponse post(String token, String path, Object body) {
        return request(token).body(body).when().post(path).then();
    }

    static ValidatableResponse patch(String token, String path, long id, Object body) {
        return request(token).body(body).when().patch(path, id).then();
    }

    static ValidatableResponse put(String token, String path, long id, Object body) {
        return request(token).body(body).when().put(path, id).then();
    }

    static ValidatableResponse get(String token, String path, Map<String, ?> query) {
        return (token == null ? given() : given().auth().oauth2(token)).queryParams(query).when().get(path).then();
    }

    static ValidatableResponse delete(String token, String path, long id) {
        return given().auth().oauth2(token).when().delete(path, id).then();
    }

    private static RequestSpecification request(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static Map<String, String> fingerprints() {
        return TestDatabase.fingerprints(TABLES);
    }
}
