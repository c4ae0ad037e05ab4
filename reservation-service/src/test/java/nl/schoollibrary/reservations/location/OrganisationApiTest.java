package nl.schoollibrary.reservations.location;

import static io.restassured.RestAssured.given;
import static nl.schoollibrary.reservations.location.Places.brin;
import static nl.schoollibrary.reservations.location.Places.code;
import static nl.schoollibrary.reservations.location.Places.fingerprints;
import static nl.schoollibrary.reservations.location.Places.get;
import static nl.schoollibrary.reservations.location.Places.patch;
import static nl.schoollibrary.reservations.location.Places.post;
import static nl.schoollibrary.reservations.support.Api.checkIn;
import static nl.schoollibrary.reservations.support.Api.checkOut;
import static nl.schoollibrary.reservations.support.Api.placed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.schoollibrary.reservations.support.Fixtures;
import nl.schoollibrary.reservations.support.Organisations;
import nl.schoollibrary.reservations.support.Organisations.Organisation;
import nl.schoollibrary.reservations.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Organisations and schools through the API: administrators create and change them (a school with its policy and
 * library in one go), staff see their own, and every refusal leaves the tables as they were.
 */
@QuarkusTest
class OrganisationApiTest {

    private static Organisation own;
    private static Organisation other;

    @BeforeEach
    void organisations() {
        Fixtures.world();
        synchronized (OrganisationApiTest.class) {
            if (own == null) {
                own = Organisations.fresh();
                other = Organisations.fresh();
            }
        }
    }

    private String admin() {
        return own.token(own.admin());
    }

    private long newOrganisation(String name) {
        return post(admin(), "/api/organisations", Map.of("code", code("ORG"), "name", name)).statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    @Test
    void an_administrator_creates_renames_and_deactivates_an_organisation() {
        String code = code("ORG");
        long id = post(admin(), "/api/organisations", Map.of("code", code, "name", "  Bibliotheek Nieuwland "))
                .statusCode(201)
                .header("Location", equalTo("/api/organisations/" + TestDatabase.count(
                        "SELECT id FROM organisation WHERE code = ?", code)))
                .body("code", equalTo(code)).body("name", equalTo("Bibliotheek Nieuwland"))
                .body("active", equalTo(true)).body("createdAt", notNullValue())
                .extract().jsonPath().getLong("id");
        get(admin(), "/api/organisations", Map.of()).statusCode(200)
                .body("code", hasItem(code)).body("code", hasItem("TST"));

        patch(admin(), "/api/organisations/{id}", id, Map.of("name", "Bibliotheek Nieuwland-West")).statusCode(200)
                .body("name", equalTo("Bibliotheek Nieuwland-West")).body("active", equalTo(true))
                .body("code", equalTo(code));
        patch(admin(), "/api/organisations/{id}", id, Map.of("active", false)).statusCode(200)
                .body("name", equalTo("Bibliotheek Nieuwland-West")).body("active", equalTo(false));
        assertThat(TestDatabase.count("SELECT count(*) FROM domain_event WHERE aggregate_type = 'ORGANISATION'"
                + " AND aggregate_id = ?", id)).isEqualTo(3);
    }

    @Test
    void a_deactivated_schools_students_and_staff_log_in_no_more_and_their_tokens_stop_at_once() {
        Organisation closing = Organisations.fresh();
        String student = closing.token(closing.student());
        String staff = closing.token(closing.schoolStaff());
        get(student, "/api/me", Map.of()).statusCode(200);

        patch(closing.token(closing.admin()), "/api/schools/{id}", closing.schoolId(), Map.of("active", false))
                .statusCode(200).body("active", equalTo(false));

        get(student, "/api/me", Map.of()).statusCode(401).body("code", equalTo("ACCOUNT_DISABLED"));
        get(staff, "/api/me", Map.of()).statusCode(401).body("code", equalTo("ACCOUNT_DISABLED"));
        for (String username : List.of(closing.student(), closing.schoolStaff())) {
            given().contentType(ContentType.JSON).body(Map.of("username", username, "password", Fixtures.PASSWORD))
                    .when().post("/api/auth/login").then().statusCode(401).body("code", equalTo("ACCOUNT_DISABLED"));
        }
        // The organisation's library staff work on.
        get(closing.token(closing.libraryStaff()), "/api/me", Map.of()).statusCode(200);

        patch(closing.token(closing.admin()), "/api/schools/{id}", closing.schoolId(), Map.of("active", true))
                .statusCode(200);
        assertThat(closing.token(closing.student())).isNotBlank();
    }

    @Test
    void staff_see_only_their_own_organisation_and_change_none() {
        get(own.token(own.libraryStaff()), "/api/organisations", Map.of()).statusCode(200)
                .body("id", contains((int) own.organisationId()));
        get(own.token(own.schoolStaff()), "/api/organisations", Map.of()).statusCode(200)
                .body("id", contains((int) own.organisationId()));

        Map<String, String> before = fingerprints();
        Map<String, Object> body = Map.of("code", code("ORG"), "name", "Niet toegestaan");
        post(own.token(own.libraryStaff()), "/api/organisations", body).statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        post(own.token(own.schoolStaff()), "/api/organisations", body).statusCode(403);
        post(own.token(own.student()), "/api/organisations", body).statusCode(403);
        post(own.clientToken(), "/api/organisations", body).statusCode(403);
        patch(own.token(own.libraryStaff()), "/api/organisations/{id}", own.organisationId(), Map.of("name", "Anders"))
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
        get(own.token(own.student()), "/api/organisations", Map.of()).statusCode(403);
        get(own.clientToken(), "/api/organisations", Map.of()).statusCode(403);
        assertThat(fingerprints()).isEqualTo(before);
    }

    @Test
    void a_taken_code_is_409_and_bad_input_400_and_nothing_is_written() {
        Map<String, String> before = fingerprints();
        post(admin(), "/api/organisations", Map.of("code", "TST", "name", "Dubbel")).statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("CODE_TAKEN"));
        post(admin(), "/api/organisations", Map.of("code", "kleine-letters", "name", "X")).statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("code"));
        post(admin(), "/api/organisations", Map.of("code", code("ORG"), "name", "  ")).statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        post(admin(), "/api/organisations", Map.of("code", code("ORG"))).statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        patch(admin(), "/api/organisations/{id}", own.organisationId(), Map.of("name", " ")).statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        patch(admin(), "/api/organisations/{id}", own.organisationId(), Map.of("active", "ja")).statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        patch(admin(), "/api/organisations/{id}", 987_654_321L, Map.of("name", "Weg")).statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        assertThat(fingerprints()).isEqualTo(before);
    }

    @Test
    void a_school_is_created_with_its_policy_and_its_library_in_one_go() {
        long organisation = newOrganisation("Bibliotheek Scholenland");
        String brin = brin();
        String libraryCode = code("SB");
        Map<String, Object> library = new HashMap<>(Map.of("code", libraryCode, "name", "Schoolbibliotheek De Wilg",
                "postalCode", "1234 AB", "city", "Wilgendorp", "pickupDays", 5, "openingHours",
                List.of(Map.of("weekday", 1, "opens", "08:30", "closes", "12:00"),
                        Map.of("weekday", 3, "opens", "08:30", "closes", "15:00"))));
        long school = post(admin(), "/api/schools", Map.of("organisationId", organisation, "brin", brin,
                "name", "Basisschool De Wilg", "studentUsernameRule", "STUDENT_NUMBER", "library", library))
                .statusCode(201)
                .body("organisationId", equalTo((int) organisation)).body("brin", equalTo(brin))
                .body("name", equalTo("Basisschool De Wilg")).body("active", equalTo(true))
                .body("studentUsernameRule", equalTo("STUDENT_NUMBER")).body("libraryLocationId", notNullValue())
                .extract().jsonPath().getLong("id");
        long libraryId = TestDatabase.count("SELECT id FROM location WHERE code = ?", libraryCode);
        get(null, "/api/locations", Map.of()).statusCode(200)
                .body("find { it.code == '" + libraryCode + "' }.kind", equalTo("SCHOOL_LIBRARY"))
                .body("find { it.code == '" + libraryCode + "' }.schoolId", equalTo((int) school))
                .body("find { it.code == '" + libraryCode + "' }.pickupDays", equalTo(5))
                .body("find { it.code == '" + libraryCode + "' }.loanDays", equalTo(21))
                .body("find { it.code == '" + libraryCode + "' }.postalCode", equalTo("1234 AB"))
                .body("find { it.code == '" + libraryCode + "' }.openingHours.weekday", contains(1, 3))
                .body("find { it.code == '" + libraryCode + "' }.openingHours[1].closes", equalTo("15:00"));
        get(admin(), "/api/schools/" + school + "/policy", Map.of()).statusCode(200)
                .body("reserveAtSchool", equalTo(true)).body("maxActiveReservations", equalTo(3));
        assertThat(TestDatabase.count("SELECT count(*) FROM school_policy WHERE school_id = ?", school)).isOne();
        assertThat(libraryId).isPositive();

        long withoutLibrary = post(admin(), "/api/schools", Map.of("organisationId", organisation, "brin", brin(),
                "name", "Basisschool Zonder Bieb")).statusCode(201)
                .body("libraryLocationId", nullValue()).body("studentUsernameRule", equalTo("FIRST_NAME_LAST_NAME"))
                .extract().jsonPath().getLong("id");
        get(admin(), "/api/schools", Map.of("organisationId", organisation)).statusCode(200)
                .body("id", contains((int) school, (int) withoutLibrary));
    }

    @Test
    void a_taken_brin_or_library_code_is_409_and_no_school_stays_written() {
        Map<String, String> before = fingerprints();
        post(admin(), "/api/schools", Map.of("organisationId", own.organisationId(), "brin", "99ZZ",
                "name", "Dubbele BRIN")).statusCode(409).body("code", equalTo("BRIN_TAKEN"));
        post(admin(), "/api/schools", Map.of("organisationId", own.organisationId(), "brin", brin(),
                "name", "Dubbele code", "library", Map.of("code", "TST-CENTRUM", "name", "Bieb")))
                .statusCode(409).body("code", equalTo("CODE_TAKEN"));
        post(admin(), "/api/schools", Map.of("organisationId", 987_654_321L, "brin", brin(), "name", "Geen org"))
                .statusCode(404).body("code", equalTo("NOT_FOUND"));
        post(admin(), "/api/schools", Map.of("organisationId", own.organisationId(), "brin", "1234", "name", "X"))
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("brin"));
        post(admin(), "/api/schools", Map.of("organisationId", own.organisationId(), "brin", brin(), "name", "X",
                "studentUsernameRule", "ACHTERNAAM")).statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        post(admin(), "/api/schools", Map.of("organisationId", own.organisationId(), "brin", brin(), "name", "X",
                "library", Map.of("code", code("SB"), "name", "Bieb", "openingHours", List.of(
                        Map.of("weekday", 2, "opens", "09:00", "closes", "12:00"),
                        Map.of("weekday", 2, "opens", "13:00", "closes", "16:00")))))
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("library.openingHours[1].weekday"));
        post(own.token(own.libraryStaff()), "/api/schools", Map.of("organisationId", own.organisationId(),
                "brin", brin(), "name", "Niet toegestaan")).statusCode(403).body("code", equalTo("FORBIDDEN"));
        post(own.clientToken(), "/api/schools", Map.of("organisationId", own.organisationId(), "brin", brin(),
                "name", "Niet toegestaan")).statusCode(403);
        assertThat(fingerprints()).isEqualTo(before);
    }

    @Test
    void staff_see_the_schools_in_their_scope() {
        get(own.token(own.libraryStaff()), "/api/schools", Map.of()).statusCode(200)
                .body("id", contains((int) own.schoolId()));
        get(own.token(own.libraryStaff()), "/api/schools", Map.of("organisationId", other.organisationId()))
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
        get(own.token(own.schoolStaff()), "/api/schools", Map.of()).statusCode(200)
                .body("id", contains((int) own.schoolId()))
                .body("[0].libraryLocationId", equalTo((int) own.schoolLibraryId()));
        get(own.token(own.student()), "/api/schools", Map.of()).statusCode(403);
        get(own.clientToken(), "/api/schools", Map.of()).statusCode(403);
        get(admin(), "/api/schools", Map.of("organisationId", other.organisationId())).statusCode(200)
                .body("id", contains((int) other.schoolId()));
    }

    @Test
    void school_staff_change_only_their_schools_username_rule() {
        Organisation org = Organisations.fresh();
        String school = org.token(org.schoolStaff());
        patch(school, "/api/schools/{id}", org.schoolId(), Map.of("studentUsernameRule", "STUDENT_NUMBER"))
                .statusCode(200).body("studentUsernameRule", equalTo("STUDENT_NUMBER"));

        Map<String, String> before = fingerprints();
        patch(school, "/api/schools/{id}", org.schoolId(), Map.of("name", "Nieuwe naam")).statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        patch(school, "/api/schools/{id}", org.schoolId(), Map.of("active", false)).statusCode(403);
        patch(school, "/api/schools/{id}", other.schoolId(), Map.of("studentUsernameRule", "STUDENT_NUMBER"))
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
        patch(org.token(org.libraryStaff()), "/api/schools/{id}", org.schoolId(),
                Map.of("studentUsernameRule", "FIRST_NAME_LAST_NAME")).statusCode(403);
        patch(org.token(org.student()), "/api/schools/{id}", org.schoolId(),
                Map.of("studentUsernameRule", "FIRST_NAME_LAST_NAME")).statusCode(403);
        patch(org.token(org.admin()), "/api/schools/{id}", org.schoolId(), Map.of("name", "  ")).statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        assertThat(fingerprints()).isEqualTo(before);
    }

    @Test
    void deactivating_a_school_deactivates_its_library_but_not_while_reservations_are_ready_there() {
        Organisation org = Organisations.fresh();
        String admin = org.token(org.admin());
        String student = org.token(org.student());
        // A READY reservation at the school library: its copy on loan there comes back.
        placed(student, org.titleIds().get(0), org.schoolLibraryId());
        checkIn(org.token(org.schoolStaff()), org.barcodes().get(2)).statusCode(200)
                .body("outcome", equalTo("ON_HOLD_SHELF"));

        Map<String, String> before = fingerprints();
        patch(admin, "/api/schools/{id}", org.schoolId(), Map.of("active", false)).statusCode(409)
                .body("code", equalTo("LOCATION_IN_USE"));
        assertThat(fingerprints()).isEqualTo(before);

        // Picked up: now the school and its library can go.
        checkOut(org.token(org.schoolStaff()), org.barcodes().get(2),
                org.studentPatronId()).statusCode(201);
        patch(admin, "/api/schools/{id}", org.schoolId(), Map.of("active", false)).statusCode(200)
                .body("active", equalTo(false));
        get(null, "/api/locations", Map.of()).statusCode(200).body("id", not(hasItem((int) org.schoolLibraryId())));
        get(admin, "/api/schools", Map.of("organisationId", org.organisationId())).statusCode(200)
                .body("", hasSize(0));
        get(admin, "/api/schools", Map.of("organisationId", org.organisationId(), "includeInactive", true))
                .statusCode(200).body("active", contains(false));
        patch(admin, "/api/schools/{id}", org.schoolId(), Map.of("active", true)).statusCode(200)
                .body("active", equalTo(true));
        get(null, "/api/locations", Map.of()).statusCode(200).body("id", hasItem((int) org.schoolLibraryId()));
    }
}
