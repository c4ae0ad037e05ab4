package nl.schoollibrary.reservations.copy;

import static io.restassured.RestAssured.given;
import static nl.schoollibrary.reservations.support.Api.checkIn;
import static nl.schoollibrary.reservations.support.Api.checkOut;
import static nl.schoollibrary.reservations.support.Api.place;
import static nl.schoollibrary.reservations.support.Api.placed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import nl.schoollibrary.reservations.common.MovableClock;
import nl.schoollibrary.reservations.support.Builders;
import nl.schoollibrary.reservations.support.Builders.Student;
import nl.schoollibrary.reservations.support.Fixtures;
import nl.schoollibrary.reservations.support.TestDatabase;
import nl.schoollibrary.reservations.support.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reservation blocks 7 and 8 with end dates, loan blocks, copy reservations, history. */
@QuarkusTest
class StaffControlsApiTest {

    @Inject
    Clock clock;

    private Fixtures.World w;
    private String branchDesk;

    @BeforeEach
    void setUp() {
        w = Fixtures.world();
        branchDesk = Tokens.login("test.bieb");
    }

    @AfterEach
    void resetClock() {
        ((MovableClock) clock).reset();
    }

    private void block(String barcode, String level, LocalDate until) {
        var body = new java.util.HashMap<String, Object>();
        body.put("level", level);
        if (until != null) {
            body.put("until", until.toString());
        }
        given().auth().oauth2(branchDesk).contentType(ContentType.JSON).body(body)
                .when().put("/api/copies/{barcode}/reservation-block", barcode).then().statusCode(200);
    }

    @Test
    void code_8_copies_never_fill_title_reservations() {
        long title = Builders.title("Acht vult niet");
        String blocked = Builders.copy(title, w.branchId(), "ON_LOAN");
        Builders.copy(title, w.branchId(), "ON_LOAN");
        Student s = Builders.student(w.schoolId(), true, w.branchId(), LocalDate.now().plusYears(1));
        long id = placed(s.token(), title, w.branchId());
        block(blocked, "NOT_RESERVABLE", null);
        checkIn(branchDesk, blocked).statusCode(200).body("outcome", equalTo("ON_SHELF"));
        assertThat(TestDatabase.string("SELECT status FROM reservation WHERE id = ?", id)).isEqualTo("WAITING");
    }

    @Test
    void code_7_copies_fill_only_own_patrons_reservations_picked_up_there() {
        long title = Builders.title("Zeven eigen leners");
        String copy = Builders.copy(title, w.branchId(), "ON_LOAN");
        Builders.copy(title, w.otherBranchId(), "ON_LOAN");
        block(copy, "OWN_PATRONS_ONLY", null);
        // A patron of Noord picking up at Noord is not an own patron of Centrum: skipped.
        Student noord = Builders.student(w.schoolId(), true, w.otherBranchId(), LocalDate.now().plusYears(1));
        long foreign = placed(noord.token(), title, w.otherBranchId());
        // A patron of Centrum picking up at Centrum is.
        Student centrum = Builders.student(w.schoolId(), true, w.branchId(), LocalDate.now().plusYears(1));
        long own = placed(centrum.token(), title, w.branchId());
        checkIn(branchDesk, copy).statusCode(200).body("outcome", equalTo("ON_HOLD_SHELF"))
                .body("alert.reservationId", equalTo((int) own));
        assertThat(TestDatabase.string("SELECT status FROM reservation WHERE id = ?", foreign)).isEqualTo("WAITING");
    }

    @Test
    void an_expired_block_no_longer_applies_the_day_after_its_end_date() {
        long title = Builders.title("Blokkade verloopt");
        String copy = Builders.copy(title, w.branchId(), "ON_LOAN");
        block(copy, "NOT_RESERVABLE", LocalDate.now().plusDays(3));
        Student s = Builders.student(w.schoolId(), true, w.branchId(), LocalDate.now().plusYears(2));
        String token = s.token();
        place(token, title, w.branchId()).statusCode(422).body("code", equalTo("TITLE_NOT_RESERVABLE"));
        ((MovableClock) clock).advance(Duration.ofDays(3));
        place(token, title, w.branchId()).statusCode(422).body("code", equalTo("TITLE_NOT_RESERVABLE"));
        ((MovableClock) clock).advance(Duration.ofDays(1));
        place(token, title, w.branchId()).statusCode(201);
        given().auth().oauth2(branchDesk).when().get("/api/copies/{barcode}", copy).then().statusCode(200)
                .body("reservationBlock.level", equalTo("NOT_RESERVABLE"))
                .body("reservationBlock.staffCode", equalTo(8))
                .body("reservationBlock.active", equalTo(false));
    }

    @Test
    void a_loan_blocked_copy_is_lent_only_for_the_staff_copy_reservation() {
        long title = Builders.title("Tentoonstelling");
        String copy = Builders.copy(title, w.branchId(), "ON_SHELF");
        given().auth().oauth2(branchDesk).contentType(ContentType.JSON)
                .body(Map.of("reason", "Tentoonstelling Kinderboekenweek"))
                .when().put("/api/copies/{barcode}/loan-block", copy).then().statusCode(200)
                .body("loanBlock.blocked", equalTo(true)).body("loanBlock.setBy", equalTo("test.bieb"));
        long pass = given().auth().oauth2(branchDesk).contentType(ContentType.JSON)
                .body(Map.of("name", "Tentoonstelling test")).when().post("/api/special-passes")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        checkOut(branchDesk, copy, Builders.student(w.schoolId()).patronId()).statusCode(422)
                .body("code", equalTo("LOAN_BLOCKED"));
        given().auth().oauth2(branchDesk).contentType(ContentType.JSON).body(Map.of("patronId", pass))
                .when().post("/api/copies/{barcode}/reservations", copy).then().statusCode(201)
                .body("kind", equalTo("COPY")).body("status", equalTo("READY"));
        checkOut(branchDesk, copy, pass).statusCode(201).body("fulfilledReservationId", notNullValue());
        given().auth().oauth2(branchDesk).when().get("/api/special-passes").then().statusCode(200)
                .body("find { it.id == " + pass + " }.loans.barcode", hasItem(copy));
        given().auth().oauth2(branchDesk).when().get("/api/copies/{barcode}", copy).then().statusCode(200)
                .body("history.what", hasItem("LOAN_BLOCK")).body("history.what", hasItem("COPY_RESERVATION"));
    }

    @Test
    void a_copy_reservation_goes_before_title_reservations_and_ignores_reservation_blocks() {
        long title = Builders.title("Exemplaarreservering");
        String copy = Builders.copy(title, w.branchId(), "ON_LOAN");
        block(copy, "NOT_RESERVABLE", null);
        Student s = Builders.student(w.schoolId(), true, w.branchId(), LocalDate.now().plusYears(1));
        Builders.copy(title, w.otherBranchId(), "ON_LOAN");
        placed(s.token(), title, w.branchId());
        long copyReservation = given().auth().oauth2(branchDesk).contentType(ContentType.JSON)
                .body(Map.of("patronId", s.patronId())).when().post("/api/copies/{barcode}/reservations", copy)
                .then().statusCode(201).body("status", equalTo("WAITING")).extract().jsonPath().getLong("id");
        checkIn(branchDesk, copy).statusCode(200).body("alert.reservationId", equalTo((int) copyReservation));
    }

    @Test
    void staff_reserve_copies_of_their_own_location_only() {
        long title = Builders.title("Niet van ons");
        String copy = Builders.copy(title, w.otherBranchId(), "ON_SHELF");
        given().auth().oauth2(branchDesk).contentType(ContentType.JSON).body(Map.of("patronId", w.studentPatronId()))
                .when().post("/api/copies/{barcode}/reservations", copy).then().statusCode(403);
    }

    @Test
    void bad_block_input_is_refused_and_changes_nothing() {
        long title = Builders.title("Fout");
        String copy = Builders.copy(title, w.branchId(), "ON_SHELF");
        given().auth().oauth2(branchDesk).contentType(ContentType.JSON)
                .body(Map.of("level", "NOT_RESERVABLE", "until", "2001-01-01"))
                .when().put("/api/copies/{barcode}/reservation-block", copy).then().statusCode(400)
                .body("errors[0].field", equalTo("until"));
        given().auth().oauth2(branchDesk).contentType(ContentType.JSON)
                .body(Map.of("level", "NONE", "until", LocalDate.now().plusDays(2).toString()))
                .when().put("/api/copies/{barcode}/reservation-block", copy).then().statusCode(400);
        given().auth().oauth2(branchDesk).contentType(ContentType.JSON).body(Map.of("level", "ACHT"))
                .when().put("/api/copies/{barcode}/reservation-block", copy).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        given().auth().oauth2(Tokens.login("test.ander")).contentType(ContentType.JSON).body(Map.of("level", "NONE"))
                .when().put("/api/copies/{barcode}/reservation-block", copy).then().statusCode(404);
        assertThat(TestDatabase.string("SELECT reservation_block FROM copy WHERE barcode = ?", copy)).isEqualTo("NONE");
    }

    @Test
    void a_new_copy_in_a_collection_with_a_default_block_gets_it() {
        given().auth().oauth2(branchDesk).contentType(ContentType.JSON)
                .body(Map.of("code", "TST-KBW", "name", "Kinderboekenweek test", "defaultReservationBlock", "NOT_RESERVABLE"))
                .when().post("/api/collections").then().statusCode(201).body("defaultReservationBlock",
                        equalTo("NOT_RESERVABLE"));
        long title = Builders.title("Nieuw in collectie");
        String copy = Builders.copy(title, w.branchId(), "ON_SHELF");
        TestDatabase.execute("UPDATE copy SET collection_id = (SELECT id FROM collection WHERE code = 'TST-KBW')"
                + " WHERE barcode = ?", copy);
        assertThat(TestDatabase.string("SELECT reservation_block FROM copy WHERE barcode = ?", copy))
                .isEqualTo("NOT_RESERVABLE");
        TestDatabase.execute("INSERT INTO copy (barcode, title_id, owner_location_id, current_location_id, shelf_mark,"
                + " collection_id) SELECT 'KBWNIEUW1', ?, ?, ?, 'X', id FROM collection WHERE code = 'TST-KBW'", title,
                w.branchId(), w.branchId());
        assertThat(TestDatabase.string("SELECT reservation_block FROM copy WHERE barcode = 'KBWNIEUW1'"))
                .isEqualTo("NOT_RESERVABLE");
        given().auth().oauth2(branchDesk).contentType(ContentType.JSON)
                .body(Map.of("code", "TST-KBW", "name", "Dubbel")).when().post("/api/collections").then().statusCode(409);
    }

    @Test
    void school_policies_are_read_by_school_staff_and_changed_by_library_staff() {
        given().auth().oauth2(Tokens.login("test.school")).when().get("/api/schools/{id}/policy", w.schoolId())
                .then().statusCode(200).body("reserveAtSchool", equalTo(true));
        given().auth().oauth2(Tokens.login("test.school")).contentType(ContentType.JSON)
                .body(Map.of("reserveAtSchool", true, "reserveAtBranches", true, "schoolOnlyCheckedOut", true,
                        "maxActiveReservations", 3))
                .when().put("/api/schools/{id}/policy", w.schoolId()).then().statusCode(403);
        given().auth().oauth2(Tokens.login("test.school")).when().get("/api/schools/{id}/policy", w.otherSchoolId())
                .then().statusCode(404);
        given().auth().oauth2(branchDesk).contentType(ContentType.JSON)
                .body(Map.of("reserveAtSchool", true, "reserveAtBranches", true, "schoolOnlyCheckedOut", true,
                        "maxActiveReservations", 3))
                .when().put("/api/schools/{id}/policy", w.schoolId()).then().statusCode(200)
                .body("updatedBy", equalTo("test.bieb"));
        given().auth().oauth2(branchDesk).contentType(ContentType.JSON)
                .body(Map.of("reserveAtSchool", true, "reserveAtBranches", true, "schoolOnlyCheckedOut", true,
                        "maxActiveReservations", 0))
                .when().put("/api/schools/{id}/policy", w.schoolId()).then().statusCode(400);
    }
}
