package nl.schoollibrary.reservations.integration;

import static io.restassured.RestAssured.given;
import static nl.schoollibrary.reservations.support.Api.placed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.schoollibrary.reservations.support.Builders;
import nl.schoollibrary.reservations.support.Fixtures;
import nl.schoollibrary.reservations.support.Organisations;
import nl.schoollibrary.reservations.support.TestDatabase;
import nl.schoollibrary.reservations.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 7: integration clients, client-credentials tokens with scopes and tenant, events feed, student import. */
@QuarkusTest
class IntegrationApiTest {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private Fixtures.World w;
    private String admin;

    @BeforeEach
    void setUp() {
        w = Fixtures.world();
        admin = Tokens.login("test.admin");
    }

    private record Client(String clientId, String secret) {
    }

    private Client client(long schoolId, String... scopes) {
        String clientId = "client-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
        String secret = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId, "name", "Schooladministratie", "scopes", List.of(scopes),
                        "schoolId", schoolId))
                .when().post("/api/integration-clients").then().statusCode(201).header("Cache-Control", "no-store")
                .body("client.scopes", notNullValue()).extract().path("clientSecret");
        return new Client(clientId, secret);
    }

    private String token(Client client) {
        return given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", client.clientId()).formParam("client_secret", client.secret())
                .when().post("/api/auth/token").then().statusCode(200).body("token_type", equalTo("Bearer"))
                .extract().path("access_token");
    }

    @Test
    void a_client_gets_a_token_with_its_scopes_and_a_wrong_secret_or_scope_is_refused() {
        Client c = client(w.schoolId(), "events:read");
        given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", c.clientId()).formParam("client_secret", "fout")
                .when().post("/api/auth/token").then().statusCode(401).body("code", equalTo("INVALID_CREDENTIALS"));
        given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", c.clientId()).formParam("client_secret", c.secret())
                .formParam("scope", "students:write")
                .when().post("/api/auth/token").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().contentType(ContentType.URLENC).formParam("grant_type", "password")
                .when().post("/api/auth/token").then().statusCode(400);
        given().auth().oauth2(token(c)).contentType(ContentType.JSON).body(Map.of("students", List.of()))
                .when().post("/api/students/import").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void an_administrator_of_the_whole_installation_manages_the_clients_and_imports_of_every_organisation() {
        String installation = Tokens.login(Organisations.installationAdministrator());
        Organisations.Organisation other = Organisations.fresh();
        String clientId = "other-org-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;

        long id = ((Number) given().auth().oauth2(installation).contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId, "name", "Administratie andere organisatie",
                        "scopes", List.of("students:write"), "schoolId", other.schoolId()))
                .when().post("/api/integration-clients").then().statusCode(201)
                .body("client.schoolId", equalTo((int) other.schoolId())).extract().path("client.id")).longValue();
        given().auth().oauth2(installation).when().get("/api/integration-clients").then().statusCode(200)
                .body("clientId", hasItem(clientId)).body("clientId", hasItem(other.clientId()));
        given().auth().oauth2(installation).when().post("/api/integration-clients/{id}/rotate-secret", id)
                .then().statusCode(200).header("Cache-Control", "no-store").body("clientSecret", notNullValue());
        given().auth().oauth2(installation).contentType(ContentType.JSON)
                .body(Map.of("schoolId", other.schoolId(), "students", List.of(Map.of("studentNumber",
                        "INST-" + SEQ.incrementAndGet(), "firstName", "Ilse", "lastName", "Installatie"))))
                .when().post("/api/students/import").then().statusCode(200).body("created", equalTo(1));

        long before = TestDatabase.count("SELECT count(*) FROM integration_client");
        given().auth().oauth2(installation).contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId + "-x", "name", "Onbekend", "scopes", List.of("events:read"),
                        "schoolId", 987_654_321L))
                .when().post("/api/integration-clients").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("schoolId"));
        given().auth().oauth2(installation).contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId + "-y", "name", "Onbekend", "scopes", List.of("events:read"),
                        "organisationId", 987_654_321L))
                .when().post("/api/integration-clients").then().statusCode(400)
                .body("errors[0].field", equalTo("organisationId"));
        assertThat(TestDatabase.count("SELECT count(*) FROM integration_client")).isEqualTo(before);
    }

    @Test
    void a_disabled_client_gets_no_token() {
        Client c = client(w.schoolId(), "events:read");
        long id = TestDatabase.count("SELECT id FROM integration_client WHERE client_id = ?", c.clientId());
        given().auth().oauth2(admin).when().post("/api/integration-clients/{id}/disable", id).then().statusCode(200)
                .body("active", equalTo(false));
        given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", c.clientId()).formParam("client_secret", c.secret())
                .when().post("/api/auth/token").then().statusCode(401);
    }

    @Test
    void events_arrive_in_order_resumable_from_a_cursor_and_filtered_to_the_clients_school() {
        String zon = token(client(w.schoolId(), "events:read", "reservations:read"));
        String maan = token(client(w.otherSchoolId(), "events:read"));
        long title = Builders.title("Gebeurtenis");
        Builders.copy(title, w.schoolLibraryId(), "ON_LOAN");
        long start = given().auth().oauth2(zon).queryParam("after", Long.MAX_VALUE - 1).when().get("/api/events")
                .then().statusCode(200).extract().jsonPath().getLong("next");
        long cursor = TestDatabase.count("SELECT coalesce(max(id), 0) FROM domain_event");
        long id = placed(Builders.student(w.schoolId()).token(), title, w.schoolLibraryId());
        placed(Builders.student(w.schoolId()).token(), title, w.schoolLibraryId());
        var first = given().auth().oauth2(zon).queryParam("after", cursor).queryParam("limit", 1).when().get("/api/events")
                .then().statusCode(200).body("items[0].type", equalTo("ReservationPlaced"))
                .body("items[0].aggregateId", equalTo((int) id)).body("more", equalTo(true)).extract().jsonPath();
        given().auth().oauth2(zon).queryParam("after", first.getLong("next")).when().get("/api/events").then()
                .statusCode(200).body("items[0].id", org.hamcrest.Matchers.greaterThan((int) first.getLong("next")));
        given().auth().oauth2(maan).queryParam("after", cursor).when().get("/api/events").then().statusCode(200)
                .body("items.aggregateId", org.hamcrest.Matchers.not(hasItem((int) id)));
        given().auth().oauth2(zon).queryParam("after", "abc").when().get("/api/events").then().statusCode(400);
        given().auth().oauth2(zon).when().get("/api/reservations").then().statusCode(200)
                .body("items.patron.schoolName", everyItem(equalTo("Testschool De Zon")));
        assertThat(start).isGreaterThan(0);
    }

    private Map<String, Object> row(String number, String last, boolean link, boolean consent) {
        Map<String, Object> row = new HashMap<>();
        row.put("studentNumber", number);
        row.put("firstName", "Kind");
        row.put("lastName", last);
        row.put("groupName", "groep 5");
        row.put("libraryLink", link);
        if (consent) {
            row.put("consentBy", "ouder via schooladministratie");
            row.put("consentAt", "2026-09-01T10:00:00Z");
        }
        return row;
    }

    @Test
    void import_dry_run_changes_nothing_and_importing_twice_is_a_no_op() {
        Builders.School school = Builders.school(true, false, true, 3);
        String token = token(client(school.schoolId(), "students:write"));
        List<Map<String, Object>> rows = List.of(row("I-1", "Eén", false, false), row("I-2", "Twee", true, true));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("students", rows, "dryRun", true))
                .when().post("/api/students/import").then().statusCode(200).body("created", equalTo(2))
                .body("dryRun", equalTo(true));
        assertThat(TestDatabase.count("SELECT count(*) FROM patron WHERE school_id = ?", school.schoolId())).isZero();
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("students", rows))
                .when().post("/api/students/import").then().statusCode(200).body("created", equalTo(2));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("students", rows))
                .when().post("/api/students/import").then().statusCode(200).body("created", equalTo(0))
                .body("updated", equalTo(0)).body("unchanged", equalTo(2));
        assertThat(TestDatabase.string("SELECT library_link_consent_by FROM patron WHERE school_id = ? AND"
                + " student_number = 'I-2'", school.schoolId())).isEqualTo("ouder via schooladministratie");
        // Deactivating one of the two students is more than a fifth of the school: only with the number confirmed.
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("students", List.of(row("I-1", "Eén-Anders", false, false)), "deactivateMissing", true))
                .when().post("/api/students/import").then().statusCode(422).body("code", equalTo("DEACTIVATION_REFUSED"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("students", List.of(row("I-1", "Eén-Anders", false, false)), "deactivateMissing", true,
                        "confirmDeactivation", 1))
                .when().post("/api/students/import").then().statusCode(200).body("updated", equalTo(1))
                .body("deactivated", equalTo(1));
    }

    @Test
    void a_row_without_consent_never_sets_the_library_link() {
        Builders.School school = Builders.school(true, false, true, 3);
        String token = token(client(school.schoolId(), "students:write"));
        List<Map<String, Object>> rows = List.of(row("C-1", "Goed", false, false), row("C-2", "Zonder", true, false));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("students", rows))
                .when().post("/api/students/import").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("line 2: libraryLink"));
        assertThat(TestDatabase.count("SELECT count(*) FROM patron WHERE school_id = ?", school.schoolId())).isZero();
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("students", rows, "allOrNothing", false))
                .when().post("/api/students/import").then().statusCode(200).body("created", equalTo(1))
                .body("rejected[0].line", equalTo(2));
        assertThat(TestDatabase.count("SELECT count(*) FROM patron WHERE school_id = ? AND library_link",
                school.schoolId())).isZero();
    }

    @Test
    void csv_import_reports_bad_lines_with_their_number() {
        Builders.School school = Builders.school(true, false, true, 3);
        String token = token(client(school.schoolId(), "students:write"));
        String csv = "studentNumber,firstName,lastName,groupName,libraryLink,consentBy,consentAt\n"
                + "K-1,Sanne,de Vries,groep 6,true,ouder via schooladministratie,2026-09-01T10:00:00Z\n"
                + "K-2,Daan,,groep 7,false,,\n";
        given().auth().oauth2(token).contentType("text/csv").body(csv).when().post("/api/students/import").then()
                .statusCode(400).body("errors[0].field", equalTo("line 3: lastName"));
        given().auth().oauth2(token).contentType("text/csv").body(csv.replace("Daan,,", "Daan,Jansen,"))
                .when().post("/api/students/import").then().statusCode(200).body("created", equalTo(2));
        assertThat(TestDatabase.count("SELECT count(*) FROM patron WHERE school_id = ? AND library_link",
                school.schoolId())).isEqualTo(1);
    }

    @Test
    void a_client_of_one_school_cannot_import_into_another() {
        String token = token(client(w.schoolId(), "students:write"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("schoolId", w.otherSchoolId(), "students", List.of(row("X-1", "Ander", false, false))))
                .when().post("/api/students/import").then().statusCode(404);
    }

    @Test
    void ten_thousand_students_import_in_one_request() {
        Builders.School school = Builders.school(true, false, true, 3);
        String token = token(client(school.schoolId(), "students:write"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            rows.add(row("T-" + i, "Leerling" + i, i % 2 == 0, i % 2 == 0));
        }
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("students", rows))
                .when().post("/api/students/import").then().statusCode(200).body("created", equalTo(10_000));
        assertThat(TestDatabase.count("SELECT count(*) FROM patron WHERE school_id = ? AND library_link",
                school.schoolId())).isEqualTo(5_000);
    }
}
