package nl.schoollibrary.reservations.reservation;

import static io.restassured.RestAssured.given;
import static nl.schoollibrary.reservations.support.Api.cancel;
import static nl.schoollibrary.reservations.support.Api.place;
import static nl.schoollibrary.reservations.support.Api.placed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.Map;
import nl.schoollibrary.reservations.support.Builders;
import nl.schoollibrary.reservations.support.Builders.Student;
import nl.schoollibrary.reservations.support.Fixtures;
import nl.schoollibrary.reservations.support.TestDatabase;
import nl.schoollibrary.reservations.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Placing a title reservation, every refusal with its code, and the options shown before the click. */
@QuarkusTest
class PlacingReservationApiTest {

    private Fixtures.World w;

    @BeforeEach
    void setUp() {
        w = Fixtures.world();
    }

    /** A new student of the (fixture) school reserves the title at the school library. */
    private ValidatableResponse placeAtSchoolByANewStudent(long title) {
        return place(Builders.student(w.schoolId()).token(), title, w.schoolLibraryId());
    }

    /** The student reserves a new title, with a copy on loan at {@code copyAt}, for pickup at the (fixture) branch. */
    private ValidatableResponse placeAtTheBranch(Student student, String titleName, long copyAt) {
        return place(student.token(), Builders.titleWithCopy(titleName, copyAt, "ON_LOAN"), w.branchId());
    }

    @Test
    void a_student_reserves_a_checked_out_title_at_school_and_is_first_in_line_with_an_estimate() {
        long title = Builders.title("Uitgeleend op school");
        Builders.copy(title, w.schoolLibraryId(), "ON_LOAN", 10);
        Student sanne = Builders.student(w.schoolId());
        var response = place(sanne.token(), title, w.schoolLibraryId()).statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/reservations/"
                        + TestDatabase.count("SELECT max(id) FROM reservation WHERE patron_id = ?", sanne.patronId())))
                .body("status", equalTo("WAITING"))
                .body("scope", equalTo("SCHOOL"))
                .body("position", equalTo(1))
                .body("estimatedDate", equalTo(LocalDate.now().plusDays(10).toString()))
                .body("pickupLocation.id", equalTo((int) w.schoolLibraryId()))
                .body("patron", nullValue());
        long id = response.extract().jsonPath().getLong("id");
        assertThat(TestDatabase.count("SELECT count(*) FROM reservation WHERE id = ? AND patron_id = ?", id,
                sanne.patronId())).isEqualTo(1);
        assertThat(TestDatabase.count("SELECT count(*) FROM domain_event WHERE aggregate_id = ? AND type ="
                + " 'ReservationPlaced'", id)).isEqualTo(1);
    }

    @Test
    void the_second_student_is_second_in_line() {
        long title = Builders.titleWithCopy("Populair", w.schoolLibraryId(), "ON_LOAN");
        placeAtSchoolByANewStudent(title).statusCode(201);
        placeAtSchoolByANewStudent(title).statusCode(201).body("position", equalTo(2));
    }

    @Test
    void a_title_on_the_shelf_at_school_is_taken_from_the_shelf_not_reserved() {
        long title = Builders.titleWithCopy("In de kast", w.schoolLibraryId(), "ON_SHELF");
        placeAtSchoolByANewStudent(title)
                .statusCode(422).contentType("application/problem+json").body("code", equalTo("AVAILABLE_ON_SHELF"));
    }

    @Test
    void a_school_that_relaxes_only_checked_out_lets_students_reserve_a_copy_on_the_shelf() {
        long title = Builders.titleWithCopy("Versoepeld", w.otherSchoolLibraryId(), "ON_SHELF");
        Builders.policy(w.otherSchoolId(), true, false, false, 3);
        try {
            place(Builders.student(w.otherSchoolId()).token(), title, w.otherSchoolLibraryId()).statusCode(201);
        } finally {
            Builders.policy(w.otherSchoolId(), true, false, true, 3);
        }
    }

    @Test
    void a_school_that_allows_no_branch_reservations_refuses_them() {
        Student maan = Builders.student(w.otherSchoolId(), true, w.branchId(), LocalDate.now().plusYears(1));
        placeAtTheBranch(maan, "Geen vestiging", w.branchId())
                .statusCode(422).body("code", equalTo("RESERVATIONS_NOT_ALLOWED"));
    }

    @Test
    void a_student_without_library_link_cannot_reserve_at_a_branch() {
        placeAtTheBranch(Builders.student(w.schoolId()), "Geen koppeling", w.branchId())
                .statusCode(422).body("code", equalTo("LIBRARY_LINK_MISSING"));
    }

    @Test
    void a_student_with_link_but_expired_membership_cannot_reserve_at_a_branch() {
        Student s = Builders.student(w.schoolId(), true, w.branchId(), LocalDate.now().minusDays(1));
        placeAtTheBranch(s, "Verlopen pas", w.branchId())
                .statusCode(422).body("code", equalTo("LIBRARY_MEMBERSHIP_REQUIRED"));
    }

    @Test
    void a_student_with_link_and_membership_reserves_at_a_branch() {
        Student s = Builders.student(w.schoolId(), true, w.branchId(), LocalDate.now().plusYears(1));
        placeAtTheBranch(s, "Vestiging mag", w.otherBranchId()).statusCode(201).body("scope", equalTo("LIBRARY"));
    }

    @Test
    void the_pickup_location_must_be_the_own_school_library_or_a_branch_of_the_organisation() {
        long title = Builders.titleWithCopy("Verkeerde plek", w.otherSchoolLibraryId(), "ON_LOAN");
        place(Builders.student(w.schoolId()).token(), title, w.otherSchoolLibraryId())
                .statusCode(422).body("code", equalTo("PICKUP_LOCATION_INVALID"));
        place(Builders.student(w.schoolId()).token(), title, 987654321)
                .statusCode(422).body("code", equalTo("PICKUP_LOCATION_INVALID"));
    }

    @Test
    void copies_blocked_with_code_8_make_a_title_not_reservable() {
        long title = Builders.title("Code acht");
        Builders.notReservable(Builders.copy(title, w.schoolLibraryId(), "ON_LOAN"), null);
        placeAtSchoolByANewStudent(title).statusCode(422).body("code", equalTo("TITLE_NOT_RESERVABLE"));
    }

    @Test
    void a_code_8_block_whose_end_date_has_passed_no_longer_applies() {
        long title = Builders.title("Code acht verlopen");
        Builders.notReservable(Builders.copy(title, w.schoolLibraryId(), "ON_LOAN"), LocalDate.now().minusDays(1));
        placeAtSchoolByANewStudent(title).statusCode(201);
    }

    @Test
    void a_second_active_reservation_of_the_same_title_is_a_duplicate() {
        long title = Builders.titleWithCopy("Dubbel", w.schoolLibraryId(), "ON_LOAN");
        Student s = Builders.student(w.schoolId());
        String token = s.token();
        placed(token, title, w.schoolLibraryId());
        place(token, title, w.schoolLibraryId()).statusCode(409).body("code", equalTo("DUPLICATE_RESERVATION"));
        assertThat(TestDatabase.count("SELECT count(*) FROM reservation WHERE patron_id = ?", s.patronId())).isEqualTo(1);
    }

    @Test
    void the_school_maximum_of_active_reservations_is_enforced() {
        Student s = Builders.student(w.schoolId());
        String token = s.token();
        for (int i = 0; i < 3; i++) {
            placed(token, Builders.titleWithCopy("Limiet " + i, w.schoolLibraryId(), "ON_LOAN"), w.schoolLibraryId());
        }
        long fourth = Builders.titleWithCopy("Limiet 4", w.schoolLibraryId(), "ON_LOAN");
        place(token, fourth, w.schoolLibraryId()).statusCode(422).body("code", equalTo("RESERVATION_LIMIT_REACHED"))
                .body("limit", equalTo(3));
        given().auth().oauth2(token).when().get("/api/titles/{id}", fourth).then().statusCode(200)
                .body("reservationOptions.options.find { it.scope == 'SCHOOL' }.reasonCode",
                        equalTo("RESERVATION_LIMIT_REACHED"))
                .body("reservationOptions.options.find { it.scope == 'SCHOOL' }.limit", equalTo(3));
    }

    @Test
    void bad_placement_input_is_a_validation_failure_and_changes_nothing() {
        String token = Builders.student(w.schoolId()).token();
        long before = TestDatabase.count("SELECT count(*) FROM reservation");
        place(token, Map.of("titleId", "x", "pickupLocationId", 1))
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("titleId"));
        place(token, Map.of("titleId", -4)).statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", containsInAnyOrder("pickupLocationId", "titleId"));
        place(token, Map.of("titleId", w.dolfjeId(), "pickupLocationId", w.schoolLibraryId(), "notNeededAfter",
                "2001-01-01")).statusCode(400).body("errors[0].field", equalTo("notNeededAfter"));
        place(token, Map.of("titleId", 99999999, "pickupLocationId", w.schoolLibraryId()))
                .statusCode(404).body("code", equalTo("NOT_FOUND"));
        assertThat(TestDatabase.count("SELECT count(*) FROM reservation")).isEqualTo(before);
    }

    @Test
    void a_student_cannot_reserve_for_someone_else() {
        Student other = Builders.student(w.schoolId());
        place(Builders.student(w.schoolId()).token(),
                Map.of("titleId", w.dolfjeId(), "pickupLocationId", w.schoolLibraryId(), "patronId", other.patronId()))
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void staff_reserve_on_behalf_of_a_student_of_their_school_only() {
        long title = Builders.titleWithCopy("Namens", w.schoolLibraryId(), "ON_LOAN");
        Student own = Builders.student(w.schoolId());
        Student foreign = Builders.student(w.otherSchoolId());
        String staff = Tokens.login("test.school");
        place(staff, Map.of("titleId", title, "pickupLocationId", w.schoolLibraryId(), "patronId", own.patronId()))
                .statusCode(201).body("patron.id", equalTo((int) own.patronId()));
        place(staff, Map.of("titleId", title, "pickupLocationId", w.schoolLibraryId(), "patronId", foreign.patronId()))
                .statusCode(404).body("code", equalTo("NOT_FOUND"));
        place(staff, Map.of("titleId", title, "pickupLocationId", w.schoolLibraryId()))
                .statusCode(400).body("errors[0].field", equalTo("patronId"));
    }

    @Test
    void the_title_page_tells_a_student_per_pickup_option_whether_they_may_reserve_and_why_not() {
        long title = Builders.titleWithCopy("Opties", w.schoolLibraryId(), "ON_LOAN");
        Builders.copy(title, w.branchId(), "ON_LOAN");
        given().auth().oauth2(Builders.student(w.schoolId()).token()).when().get("/api/titles/{id}", title)
                .then().statusCode(200)
                .body("reservationOptions.options.findAll { it.scope == 'SCHOOL' }", hasSize(1))
                .body("reservationOptions.options.find { it.scope == 'SCHOOL' }.allowed", equalTo(true))
                .body("reservationOptions.options.findAll { it.scope == 'LIBRARY' }.size()",
                        equalTo((int) TestDatabase.count("SELECT count(*) FROM location WHERE kind = 'BRANCH'"
                                + " AND organisation_id = ?", w.organisationId())))
                .body("reservationOptions.options.findAll { it.scope == 'LIBRARY' }.reasonCode",
                        everyItem(equalTo("LIBRARY_LINK_MISSING")))
                .body("reservationOptions.options.find { it.scope == 'LIBRARY' }.reason", notNullValue());
    }

    @Test
    void a_school_that_allows_nothing_gets_no_options_at_all() {
        given().auth().oauth2(Builders.student(w.noReservingSchoolId()).token())
                .when().get("/api/titles/{id}", w.dolfjeId())
                .then().statusCode(200).body("reservationOptions.options", hasSize(0));
    }

    @Test
    void options_and_placing_agree_for_every_option() {
        long title = Builders.titleWithCopy("Eens", w.schoolLibraryId(), "ON_SHELF");
        Builders.copy(title, w.branchId(), "ON_LOAN");
        Student s = Builders.student(w.schoolId(), true, w.branchId(), LocalDate.now().plusYears(1));
        String token = s.token();
        var options = given().auth().oauth2(token).when().get("/api/titles/{id}", title).then().statusCode(200)
                .extract().jsonPath().getList("reservationOptions.options", Map.class);
        assertThat(options).isNotEmpty();
        for (Map<?, ?> option : options) {
            long pickup = ((Number) option.get("pickupLocationId")).longValue();
            var response = place(token, title, pickup).extract();
            if (Boolean.TRUE.equals(option.get("allowed"))) {
                assertThat(response.statusCode()).as("option %s allowed", pickup).isEqualTo(201);
                Long id = response.jsonPath().getLong("id");
                cancel(token, id, null).statusCode(200);
            } else {
                assertThat(response.jsonPath().getString("code")).isEqualTo(option.get("reasonCode"));
            }
        }
    }

    @Test
    void anonymous_visitors_see_no_reservation_options() {
        given().when().get("/api/titles/{id}", w.dolfjeId()).then().statusCode(200)
                .body("reservationOptions", nullValue());
    }

    @Test
    void title_patron_and_pickup_location_of_a_reservation_cannot_be_deleted_and_unreserved_ones_can() {
        long title = Builders.title("Niet te verwijderen");
        Builders.copy(title, w.schoolLibraryId(), "ON_LOAN", 10);
        Student sanne = Builders.student(w.schoolId());
        place(sanne.token(), title, w.schoolLibraryId()).statusCode(201);

        assertThatThrownBy(() -> TestDatabase.execute("DELETE FROM title WHERE id = ?", title))
                .hasMessageContaining("title " + title + " is referred to by reservations");
        assertThatThrownBy(() -> TestDatabase.execute("DELETE FROM patron WHERE id = ?", sanne.patronId()))
                .hasMessageContaining("is referred to by reservations");
        assertThatThrownBy(() -> TestDatabase.execute("DELETE FROM location WHERE id = ?", w.schoolLibraryId()))
                .hasMessageContaining("is referred to by reservations");
        assertThatThrownBy(() -> TestDatabase.execute("UPDATE title SET id = id + 1000000 WHERE id = ?", title))
                .hasMessageContaining("is referred to by reservations");
        assertThat(TestDatabase.count("SELECT count(*) FROM reservation WHERE title_id = ?", title)).isEqualTo(1);

        long unreserved = Builders.title("Wel te verwijderen");
        assertThat(TestDatabase.execute("DELETE FROM title WHERE id = ?", unreserved)).isEqualTo(1);
    }
}
