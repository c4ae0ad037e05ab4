package nl.schoollibrary.reservations.location;

import static nl.schoollibrary.reservations.location.Places.brin;
import static nl.schoollibrary.reservations.location.Places.code;
import static nl.schoollibrary.reservations.location.Places.fingerprints;
import static nl.schoollibrary.reservations.location.Places.get;
import static nl.schoollibrary.reservations.location.Places.patch;
import static nl.schoollibrary.reservations.location.Places.post;
import static nl.schoollibrary.reservations.location.Places.put;
import static nl.schoollibrary.reservations.support.Api.checkIn;
import static nl.schoollibrary.reservations.support.Api.place;
import static nl.schoollibrary.reservations.support.Api.placed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
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
 * Locations through the API: administrators create, change and (de)activate them; staff keep the opening hours of
 * the locations in their scope; an inactive location is no pickup choice and leaves the public list.
 */
@QuarkusTest
class LocationAdminApiTest {

    private static Organisation own;
    private static Organisation other;

    @BeforeEach
    void organisations() {
        Fixtures.world();
        synchronized (LocationAdminApiTest.class) {
            if (own == null) {
                own = Organisations.fresh();
                other = Organisations.fresh();
            }
        }
    }

    private String admin() {
        return own.token(own.admin());
    }

    private static Map<String, Object> hours(int weekday, String opens, String closes) {
        return Map.of("weekday", weekday, "opens", opens, "closes", closes);
    }

    private long newBranch(Organisation org, String code) {
        return post(admin(), "/api/locations", Map.of("organisationId", org.organisationId(), "kind", "BRANCH",
                "code", code, "name", "Vestiging " + code)).statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void an_administrator_creates_a_branch_with_opening_hours_that_the_public_list_shows() {
        String code = code("BR");
        Map<String, Object> body = new HashMap<>(Map.of("organisationId", own.organisationId(), "kind", "BRANCH",
                "code", code, "name", " Vestiging Haven ", "address", "Havenstraat 1", "postalCode", "1234 AB",
                "city", "Havenstad", "openingHours", List.of(hours(2, "10:00", "17:00"), hours(6, "10:00", "13:00"))));
        long id = post(admin(), "/api/locations", body).statusCode(201)
                .body("code", equalTo(code)).body("name", equalTo("Vestiging Haven")).body("kind", equalTo("BRANCH"))
                .body("schoolId", nullValue()).body("active", equalTo(true)).body("address", equalTo("Havenstraat 1"))
                .body("postalCode", equalTo("1234 AB")).body("pickupDays", equalTo(7)).body("loanDays", equalTo(21))
                .body("openingHours.weekday", contains(2, 6)).body("closedPeriods", empty())
                .extract().jsonPath().getLong("id");
        get(null, "/api/locations", Map.of()).statusCode(200)
                .body("find { it.id == " + id + " }.openingHours[1].closes", equalTo("13:00"))
                .body("find { it.id == " + id + " }.city", equalTo("Havenstad"));
        assertThat(TestDatabase.count("SELECT count(*) FROM domain_event WHERE type = 'LocationCreated'"
                + " AND aggregate_id = ?", id)).isOne();
    }

    @Test
    void a_school_library_belongs_to_a_school_of_the_organisation_and_a_school_has_one() {
        long school = post(admin(), "/api/schools", Map.of("organisationId", own.organisationId(), "brin", brin(),
                "name", "Basisschool Later")).statusCode(201).extract().jsonPath().getLong("id");
        String code = code("SB");
        Map<String, Object> library = Map.of("organisationId", own.organisationId(), "kind", "SCHOOL_LIBRARY",
                "schoolId", school, "code", code, "name", "Schoolbibliotheek Later", "pickupDays", 4);
        long id = post(admin(), "/api/locations", library).statusCode(201)
                .body("schoolId", equalTo((int) school)).body("pickupDays", equalTo(4))
                .extract().jsonPath().getLong("id");
        get(admin(), "/api/schools", Map.of("organisationId", own.organisationId())).statusCode(200)
                .body("find { it.id == " + school + " }.libraryLocationId", equalTo((int) id));

        Map<String, String> before = fingerprints();
        Map<String, Object> second = new HashMap<>(library);
        second.put("code", code("SB"));
        post(admin(), "/api/locations", second).statusCode(409).body("code", equalTo("CONFLICT"));
        Map<String, Object> taken = new HashMap<>(library);
        taken.put("kind", "BRANCH");
        taken.remove("schoolId");
        post(admin(), "/api/locations", taken).statusCode(409).body("code", equalTo("CODE_TAKEN"));
        Map<String, Object> noSchool = new HashMap<>(second);
        noSchool.remove("schoolId");
        post(admin(), "/api/locations", noSchool).statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("schoolId"));
        Map<String, Object> branchWithSchool = new HashMap<>(second);
        branchWithSchool.put("kind", "BRANCH");
        post(admin(), "/api/locations", branchWithSchool).statusCode(400).body("errors[0].field", equalTo("schoolId"));
        Map<String, Object> otherOrganisation = new HashMap<>(second);
        otherOrganisation.put("schoolId", other.schoolId());
        post(admin(), "/api/locations", otherOrganisation).statusCode(400).body("errors[0].field", equalTo("schoolId"));
        Map<String, Object> unknownOrganisation = new HashMap<>(taken);
        unknownOrganisation.put("organisationId", 987_654_321L);
        unknownOrganisation.put("code", code("BR"));
        post(admin(), "/api/locations", unknownOrganisation).statusCode(404).body("code", equalTo("NOT_FOUND"));
        assertThat(fingerprints()).isEqualTo(before);
    }

    @Test
    void only_administrators_create_and_change_locations_and_bad_input_is_400() {
        Map<String, Object> body = Map.of("organisationId", own.organisationId(), "kind", "BRANCH", "code", code("BR"),
                "name", "Niet toegestaan");
        Map<String, String> before = fingerprints();
        post(own.token(own.libraryStaff()), "/api/locations", body).statusCode(403).body("code", equalTo("FORBIDDEN"));
        post(own.token(own.schoolStaff()), "/api/locations", body).statusCode(403);
        post(own.token(own.student()), "/api/locations", body).statusCode(403);
        post(own.clientToken(), "/api/locations", body).statusCode(403);
        patch(own.token(own.libraryStaff()), "/api/locations/{id}", own.branchId(), Map.of("name", "Anders"))
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
        Map<String, Object> bad = new HashMap<>(body);
        bad.put("code", "klein");
        post(admin(), "/api/locations", bad).statusCode(400).body("errors[0].field", equalTo("code"));
        bad = new HashMap<>(body);
        bad.put("kind", "KIOSK");
        post(admin(), "/api/locations", bad).statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        bad = new HashMap<>(body);
        bad.put("pickupDays", 0);
        post(admin(), "/api/locations", bad).statusCode(400).body("errors[0].field", equalTo("pickupDays"));
        bad = new HashMap<>(body);
        bad.put("openingHours", List.of(hours(8, "09:00", "10:00")));
        post(admin(), "/api/locations", bad).statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        patch(admin(), "/api/locations/{id}", own.branchId(), Map.of("name", "  ")).statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        patch(admin(), "/api/locations/{id}", own.branchId(), Map.of("loanDays", 121)).statusCode(400)
                .body("errors[0].field", equalTo("loanDays"));
        patch(admin(), "/api/locations/{id}", 987_654_321L, Map.of("name", "Weg")).statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        assertThat(fingerprints()).isEqualTo(before);
    }

    @Test
    void an_administrator_changes_a_location_and_blank_text_clears_it() {
        long id = newBranch(own, code("BR"));
        patch(admin(), "/api/locations/{id}", id, Map.of("name", "Vestiging Dijk", "address", "Dijk 4", "city",
                "Dijkstad", "pickupDays", 10, "loanDays", 28)).statusCode(200)
                .body("name", equalTo("Vestiging Dijk")).body("address", equalTo("Dijk 4"))
                .body("pickupDays", equalTo(10)).body("loanDays", equalTo(28));
        patch(admin(), "/api/locations/{id}", id, Map.of("address", "")).statusCode(200)
                .body("address", nullValue()).body("city", equalTo("Dijkstad")).body("name", equalTo("Vestiging Dijk"));
    }

    @Test
    void staff_keep_the_opening_hours_of_the_locations_in_their_scope() {
        List<Map<String, Object>> week = List.of(hours(1, "08:30", "15:00"), hours(3, "08:30", "12:00"));
        put(own.token(own.libraryStaff()), "/api/locations/{id}/opening-hours", own.branchId(), week).statusCode(200)
                .body("openingHours.weekday", contains(1, 3)).body("openingHours[1].closes", equalTo("12:00"));
        put(own.token(own.schoolStaff()), "/api/locations/{id}/opening-hours", own.schoolLibraryId(), week)
                .statusCode(200).body("openingHours.weekday", contains(1, 3));
        put(admin(), "/api/locations/{id}/opening-hours", other.schoolLibraryId(), List.of()).statusCode(200)
                .body("openingHours", empty());

        Map<String, String> before = fingerprints();
        put(own.token(own.libraryStaff()), "/api/locations/{id}/opening-hours", other.branchId(), week)
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
        put(own.token(own.schoolStaff()), "/api/locations/{id}/opening-hours", own.branchId(), week)
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
        put(own.token(own.student()), "/api/locations/{id}/opening-hours", own.branchId(), week).statusCode(403);
        put(own.clientToken(), "/api/locations/{id}/opening-hours", own.branchId(), week).statusCode(403);
        String staff = own.token(own.libraryStaff());
        put(staff, "/api/locations/{id}/opening-hours", own.branchId(), List.of(hours(2, "09:00", "12:00"),
                hours(2, "13:00", "17:00"))).statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("body[1].weekday"));
        put(staff, "/api/locations/{id}/opening-hours", own.branchId(), List.of(hours(2, "17:00", "09:00")))
                .statusCode(400).body("errors[0].field", equalTo("body[0].closes"));
        put(staff, "/api/locations/{id}/opening-hours", own.branchId(), List.of(hours(2, "9:00", "24:00")))
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        put(staff, "/api/locations/{id}/opening-hours", own.branchId(), Map.of("weekday", 1)).statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        put(admin(), "/api/locations/{id}/opening-hours", 987_654_321L, week).statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        assertThat(fingerprints()).isEqualTo(before);

        // Back to open every day, as the other tests of this organisation expect.
        List<Map<String, Object>> everyDay = List.of(hours(1, "08:00", "18:00"), hours(2, "08:00", "18:00"),
                hours(3, "08:00", "18:00"), hours(4, "08:00", "18:00"), hours(5, "08:00", "18:00"),
                hours(6, "08:00", "18:00"), hours(7, "08:00", "18:00"));
        put(staff, "/api/locations/{id}/opening-hours", own.branchId(), everyDay).statusCode(200);
        put(admin(), "/api/locations/{id}/opening-hours", own.schoolLibraryId(), everyDay).statusCode(200);
    }

    @Test
    void an_inactive_location_is_no_pickup_choice_and_only_staff_see_it() {
        long branch = newBranch(own, code("BR"));
        String student = own.token(own.student());
        long title = own.titleIds().get(2);
        get(student, "/api/titles/" + title, Map.of()).statusCode(200)
                .body("reservationOptions.options.pickupLocationId", hasItem((int) branch));

        patch(admin(), "/api/locations/{id}", branch, Map.of("active", false)).statusCode(200)
                .body("active", equalTo(false));
        get(null, "/api/locations", Map.of()).statusCode(200).body("id", not(hasItem((int) branch)));
        get(null, "/api/locations", Map.of("includeInactive", true)).statusCode(200)
                .body("id", not(hasItem((int) branch)));
        get(student, "/api/locations", Map.of("includeInactive", true)).statusCode(200)
                .body("id", not(hasItem((int) branch)));
        get(own.token(own.schoolStaff()), "/api/locations", Map.of("includeInactive", true)).statusCode(200)
                .body("find { it.id == " + branch + " }.active", equalTo(false));
        get(student, "/api/titles/" + title, Map.of()).statusCode(200)
                .body("reservationOptions.options.pickupLocationId", not(hasItem((int) branch)));

        Map<String, String> before = fingerprints();
        place(student, title, branch).statusCode(422).body("code", equalTo("PICKUP_LOCATION_INVALID"));
        assertThat(fingerprints()).isEqualTo(before);

        patch(admin(), "/api/locations/{id}", branch, Map.of("active", true)).statusCode(200)
                .body("active", equalTo(true));
        get(null, "/api/locations", Map.of()).statusCode(200).body("id", hasItem((int) branch));
    }

    @Test
    void a_location_with_reservations_ready_there_cannot_be_deactivated() {
        Organisation org = Organisations.fresh();
        placed(org.token(org.student()), org.titleIds().get(0), org.branchId());
        checkIn(org.token(org.libraryStaff()), org.barcodes().get(3)).statusCode(200)
                .body("outcome", equalTo("ON_HOLD_SHELF"));
        Map<String, String> before = fingerprints();
        patch(org.token(org.admin()), "/api/locations/{id}", org.branchId(), Map.of("active", false, "name", "Dicht"))
                .statusCode(409).contentType("application/problem+json").body("code", equalTo("LOCATION_IN_USE"));
        assertThat(fingerprints()).isEqualTo(before);
    }

    @Test
    void a_branch_of_another_organisation_is_no_pickup_location() {
        String admin = admin();
        long organisation = post(admin, "/api/organisations", Map.of("code", code("ORG"), "name",
                "Bibliotheek Elders")).statusCode(201).extract().jsonPath().getLong("id");
        long elsewhere = post(admin, "/api/locations", Map.of("organisationId", organisation, "kind", "BRANCH",
                "code", code("BR"), "name", "Vestiging Elders")).statusCode(201).extract().jsonPath().getLong("id");
        String student = own.token(own.student());
        get(student, "/api/titles/" + own.titleIds().get(1), Map.of()).statusCode(200)
                .body("reservationOptions.options.pickupLocationId", not(hasItem((int) elsewhere)));
        Map<String, String> before = fingerprints();
        place(student, own.titleIds().get(1), elsewhere).statusCode(422)
                .body("code", equalTo("PICKUP_LOCATION_INVALID"));
        assertThat(fingerprints()).isEqualTo(before);
    }
}
