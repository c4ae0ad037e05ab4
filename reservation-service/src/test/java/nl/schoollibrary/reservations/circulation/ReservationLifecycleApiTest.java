package nl.schoollibrary.reservations.circulation;

import static io.restassured.RestAssured.given;
import static nl.schoollibrary.reservations.support.Api.cancel;
import static nl.schoollibrary.reservations.support.Api.checkIn;
import static nl.schoollibrary.reservations.support.Api.checkOut;
import static nl.schoollibrary.reservations.support.Api.holdShelf;
import static nl.schoollibrary.reservations.support.Api.messages;
import static nl.schoollibrary.reservations.support.Api.placed;
import static nl.schoollibrary.reservations.support.Api.reservation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import nl.schoollibrary.reservations.common.MovableClock;
import nl.schoollibrary.reservations.support.Builders;
import nl.schoollibrary.reservations.support.Builders.Reservable;
import nl.schoollibrary.reservations.support.Builders.Student;
import nl.schoollibrary.reservations.support.Fixtures;
import nl.schoollibrary.reservations.support.TestDatabase;
import nl.schoollibrary.reservations.support.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Check-in capture with the desk alert, transit, hold shelf, check-out, expiry, cancel, messages. */
@QuarkusTest
class ReservationLifecycleApiTest {

    @Inject
    Clock clock;

    @Inject
    ExpiryService expiry;

    private Fixtures.World w;
    private String schoolDesk;
    private String branchDesk;
    private String otherBranchDesk;

    @BeforeEach
    void setUp() {
        w = Fixtures.world();
        schoolDesk = Tokens.login("test.school");
        branchDesk = Tokens.login("test.bieb");
        otherBranchDesk = Tokens.login("test.bieb.noord");
    }

    @AfterEach
    void resetClock() {
        ((MovableClock) clock).reset();
    }

    /** A title with one copy on loan at the school library, and a new student of the school who reserved it there. */
    private Reserved reservedAtSchool(String name) {
        Reservable r = Builders.reservableAtSchool(name);
        String token = r.student().token();
        long id = placed(token, r.titleId(), r.pickupLocationId());
        return new Reserved(r.titleId(), r.barcode(), r.student(), token, id);
    }

    private record Reserved(long title, String barcode, Student student, String token, long id) {
    }

    /** Another new student of the school reserves the title at the school library, after whoever is in line. */
    private long reservedAtSchoolByAnotherStudent(long title) {
        return placed(Builders.student(w.schoolId()).token(), title, w.schoolLibraryId());
    }

    private static ValidatableResponse post(String token, String path, long id, Map<String, ?> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(path, id).then();
    }

    private void advanceClock(Duration duration) {
        ((MovableClock) clock).advance(duration);
    }

    @Test
    void check_in_of_a_reserved_copy_alerts_the_desk_puts_it_on_the_hold_shelf_and_messages_the_student() {
        Reserved r = reservedAtSchool("Afhaalplank");

        checkIn(schoolDesk, r.barcode()).statusCode(200)
                .body("outcome", equalTo("ON_HOLD_SHELF"))
                .body("alert.reservationId", equalTo((int) r.id()))
                .body("alert.patronName", equalTo("Leerling " + TestDatabase.string(
                        "SELECT last_name FROM patron WHERE id = ?", r.student().patronId())))
                .body("alert.groupName", equalTo("groep 6"))
                .body("alert.pickupBy", notNullValue())
                .body("returnedLoan.loanId", notNullValue());
        assertThat(Builders.status(r.barcode())).isEqualTo("ON_HOLD_SHELF");
        reservation(r.token(), r.id()).statusCode(200).body("status", equalTo("READY")).body("pickupBy", notNullValue())
                .body("copyBarcode", equalTo(r.barcode()));
        messages(r.token()).statusCode(200)
                .body("unread", equalTo(1))
                .body("items[0].kind", equalTo("RESERVATION_READY"))
                .body("items[0].location.kind", equalTo("SCHOOL_LIBRARY"))
                .body("items[0].pickupBy", notNullValue());
        holdShelf(schoolDesk).statusCode(200).body("ready.barcode", hasItem(r.barcode()));
    }

    @Test
    void the_pickup_by_date_skips_the_closed_days_of_the_location() {
        Reserved r = reservedAtSchool("Kalender");
        checkIn(schoolDesk, r.barcode()).statusCode(200);
        LocalDate pickupBy = LocalDate.parse(TestDatabase.string("SELECT pickup_by::text FROM reservation WHERE id = ?",
                r.id()));
        // The school library is open Mon-Fri with 5 pickup days: the 5th weekday after today.
        LocalDate expected = LocalDate.now();
        for (int open = 0; open < 5; ) {
            expected = expected.plusDays(1);
            if (expected.getDayOfWeek().getValue() <= 5) {
                open++;
            }
        }
        assertThat(pickupBy).isEqualTo(expected);
        assertThat(pickupBy.getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
    }

    @Test
    void the_whole_branch_lifecycle_place_transit_ready_checkout_fulfilled() {
        long title = Builders.title("Reis");
        String barcode = Builders.copy(title, w.otherBranchId(), "ON_LOAN");
        Student s = Builders.student(w.schoolId(), true, w.branchId(), LocalDate.now().plusYears(1));
        String token = s.token();
        long id = placed(token, title, w.branchId());

        checkIn(otherBranchDesk, barcode).statusCode(200)
                .body("outcome", equalTo("IN_TRANSIT"))
                .body("transitTo.id", equalTo((int) w.branchId()))
                .body("alert.pickupBy", nullValue());
        reservation(token, id).body("status", equalTo("IN_TRANSIT"));
        assertThat(Builders.status(barcode)).isEqualTo("IN_TRANSIT");

        checkIn(branchDesk, barcode).statusCode(200).body("outcome", equalTo("ON_HOLD_SHELF"))
                .body("alert.pickupBy", notNullValue());
        reservation(token, id).body("status", equalTo("READY"));

        checkOut(branchDesk, barcode, s.patronId()).statusCode(201)
                .body("fulfilledReservationId", equalTo((int) id))
                .body("dueDate", notNullValue());
        reservation(token, id).body("status", equalTo("FULFILLED"));
        assertThat(Builders.status(barcode)).isEqualTo("ON_LOAN");
        given().auth().oauth2(token).when().get("/api/me/loans").then().statusCode(200)
                .body("barcode", hasItem(barcode));
    }

    @Test
    void a_copy_without_reservations_goes_back_on_the_shelf_or_to_its_owner() {
        long title = Builders.title("Terug");
        String here = Builders.copy(title, w.branchId(), "ON_LOAN");
        String elsewhere = Builders.copy(title, w.otherBranchId(), "ON_LOAN");
        checkIn(branchDesk, here).statusCode(200).body("outcome", equalTo("ON_SHELF")).body("alert", nullValue());
        checkIn(branchDesk, elsewhere).statusCode(200).body("outcome", equalTo("ROUTE_TO_OWNER"))
                .body("transitTo.id", equalTo((int) w.otherBranchId()));
        checkIn(otherBranchDesk, elsewhere).statusCode(200).body("outcome", equalTo("ON_SHELF"));
    }

    @Test
    void a_copy_on_the_hold_shelf_for_someone_else_cannot_be_lent() {
        Reserved r = reservedAtSchool("Voor een ander");
        checkIn(schoolDesk, r.barcode()).statusCode(200);
        checkOut(schoolDesk, r.barcode(), Builders.student(w.schoolId()).patronId())
                .statusCode(409).body("code", equalTo("HELD_FOR_ANOTHER_PATRON"));
    }

    @Test
    void a_loan_blocked_copy_cannot_be_lent_and_the_refusal_names_the_end_date() {
        String barcode = Builders.copy(Builders.title("Uitleenblokkade"), w.branchId(), "ON_SHELF");
        Builders.loanBlocked(barcode, LocalDate.now().plusDays(5), "Tentoonstelling");
        checkOut(branchDesk, barcode, Builders.student(w.schoolId()).patronId())
                .statusCode(422).body("code", equalTo("LOAN_BLOCKED"))
                .body("detail", containsString(LocalDate.now().plusDays(5).toString()));
        assertThat(Builders.status(barcode)).isEqualTo("ON_SHELF");
    }

    @Test
    void a_copy_on_loan_is_not_available_for_another_loan() {
        String barcode = Builders.copy(Builders.title("Al weg"), w.branchId(), "ON_LOAN");
        checkOut(branchDesk, barcode, Builders.student(w.schoolId()).patronId())
                .statusCode(409).body("code", equalTo("COPY_NOT_AVAILABLE"));
    }

    @Test
    void an_unpicked_reservation_expires_its_copy_is_cleared_and_the_next_in_line_gets_it() {
        Reserved first = reservedAtSchool("Verlopen");
        long secondId = reservedAtSchoolByAnotherStudent(first.title());
        checkIn(schoolDesk, first.barcode()).statusCode(200).body("alert.reservationId", equalTo((int) first.id()));

        assertThat(expiry.run().expired()).isZero();
        advanceClock(Duration.ofDays(30));
        ExpiryService.Result result = expiry.run();
        assertThat(result.expired()).isGreaterThanOrEqualTo(1);
        assertThat(expiry.run().expired()).as("idempotent").isZero();
        resetClock();

        reservation(first.token(), first.id()).body("status", equalTo("EXPIRED"));
        messages(first.token()).body("items.kind", hasItem("RESERVATION_EXPIRED"));
        holdShelf(schoolDesk).statusCode(200).body("toClear.barcode", hasItem(first.barcode()));

        checkIn(schoolDesk, first.barcode()).statusCode(200).body("outcome", equalTo("ON_HOLD_SHELF"))
                .body("alert.reservationId", equalTo((int) secondId));
    }

    @Test
    void cancelling_a_ready_reservation_clears_the_copy_for_the_next() {
        Reserved r = reservedAtSchool("Geannuleerd");
        checkIn(schoolDesk, r.barcode()).statusCode(200);
        cancel(r.token(), r.id(), null).statusCode(200).body("status", equalTo("CANCELLED"));
        cancel(r.token(), r.id(), null).statusCode(409).body("code", equalTo("CONFLICT"));
        holdShelf(schoolDesk).body("toClear.barcode", hasItem(r.barcode()));
        checkIn(schoolDesk, r.barcode()).statusCode(200).body("outcome", equalTo("ON_SHELF"));
    }

    @Test
    void staff_cancel_with_a_reason_and_the_student_gets_a_message() {
        Reserved r = reservedAtSchool("Door staf");
        cancel(schoolDesk, r.id(), null).statusCode(400).body("errors[0].field", equalTo("reason"));
        cancel(schoolDesk, r.id(), "Boek is kwijt").statusCode(200).body("closeReason", equalTo("Boek is kwijt"));
        messages(r.token())
                .body("items[0].kind", equalTo("RESERVATION_CANCELLED"))
                .body("items[0].reason", equalTo("Boek is kwijt"));
    }

    @Test
    void a_paused_reservation_keeps_its_place_but_is_skipped() {
        Reserved first = reservedAtSchool("Pauze");
        long secondId = reservedAtSchoolByAnotherStudent(first.title());
        post(first.token(), "/api/reservations/{id}/suspend", first.id(),
                Map.of("until", LocalDate.now().plusDays(10).toString())).statusCode(200)
                .body("suspendedUntil", equalTo(LocalDate.now().plusDays(10).toString()))
                .body("position", equalTo(1));
        checkIn(schoolDesk, first.barcode()).statusCode(200).body("alert.reservationId", equalTo((int) secondId));
        given().auth().oauth2(first.token()).when().post("/api/reservations/{id}/resume", first.id()).then()
                .statusCode(200).body("suspendedUntil", nullValue());
        post(first.token(), "/api/reservations/{id}/suspend", first.id(), Map.of("until", "2001-01-01"))
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void a_reservation_not_needed_after_a_date_closes_itself() {
        Reserved r = reservedAtSchool("Niet meer nodig");
        given().auth().oauth2(r.token()).contentType(ContentType.JSON)
                .body(Map.of("date", LocalDate.now().plusDays(3).toString()))
                .when().put("/api/reservations/{id}/not-needed-after", r.id()).then().statusCode(200)
                .body("notNeededAfter", equalTo(LocalDate.now().plusDays(3).toString()));
        advanceClock(Duration.ofDays(5));
        assertThat(expiry.run().closed()).isGreaterThanOrEqualTo(1);
        resetClock();
        reservation(r.token(), r.id()).body("status", equalTo("EXPIRED"))
                .body("closeReason", equalTo("Niet meer nodig"));
        messages(r.token()).body("items[0].kind", equalTo("RESERVATION_CLOSED"));
    }

    @Test
    void staff_move_a_reservation_up_with_a_reason_and_it_is_captured_first() {
        long title = Builders.title("Wachtrij");
        String barcode = Builders.copy(title, w.schoolLibraryId(), "ON_LOAN");
        long first = reservedAtSchoolByAnotherStudent(title);
        long second = reservedAtSchoolByAnotherStudent(title);
        given().auth().oauth2(schoolDesk).when().get("/api/titles/{id}/queue", title).then().statusCode(200)
                .body("id", contains((int) first, (int) second))
                .body("patron.groupName", hasItem("groep 6"));
        post(schoolDesk, "/api/reservations/{id}/move", second,
                Map.of("direction", "UP", "reason", "Spreekbeurt volgende week")).statusCode(200)
                .body("position", equalTo(1));
        post(schoolDesk, "/api/reservations/{id}/move", second, Map.of("direction", "UP", "reason", "nog eens"))
                .statusCode(409);
        post(schoolDesk, "/api/reservations/{id}/move", first, Map.of("direction", "UP")).statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        assertThat(TestDatabase.count("SELECT count(*) FROM reservation_queue_move WHERE reservation_id = ?", second))
                .isEqualTo(1);
        checkIn(schoolDesk, barcode).statusCode(200).body("alert.reservationId", equalTo((int) second));
    }

    @Test
    void mijn_gegevens_splits_reservations_by_school_and_library() {
        long schoolTitle = Builders.titleWithCopy("School", w.schoolLibraryId(), "ON_LOAN");
        long branchTitle = Builders.titleWithCopy("Bieb", w.branchId(), "ON_LOAN");
        Student s = Builders.student(w.schoolId(), true, w.branchId(), LocalDate.now().plusYears(1));
        String token = s.token();
        placed(token, schoolTitle, w.schoolLibraryId());
        placed(token, branchTitle, w.branchId());
        given().auth().oauth2(token).when().get("/api/me/reservations").then().statusCode(200)
                .body("school.title.id", contains((int) schoolTitle))
                .body("library.title.id", contains((int) branchTitle))
                .body("library[0].position", equalTo(1))
                .body("library[0].estimatedDate", notNullValue());
    }

    @Test
    void reading_a_message_lowers_the_unread_count() {
        Reserved r = reservedAtSchool("Gelezen");
        checkIn(schoolDesk, r.barcode());
        long messageId = messages(r.token()).body("unread", equalTo(1)).extract().jsonPath().getLong("items[0].id");
        given().auth().oauth2(r.token()).when().post("/api/me/messages/{id}/read", messageId).then().statusCode(200)
                .body("read", equalTo(true));
        messages(r.token()).body("unread", equalTo(0));
        given().auth().oauth2(Builders.student(w.schoolId()).token()).when()
                .post("/api/me/messages/{id}/read", messageId).then().statusCode(404);
    }

    @Test
    void a_student_downloads_all_their_data_including_closed_reservations() {
        Reserved r = reservedAtSchool("Export");
        cancel(r.token(), r.id(), null).statusCode(200);
        given().auth().oauth2(r.token()).when().get("/api/me/export").then().statusCode(200)
                .body("profile.username", equalTo(r.student().username()))
                .body("reservations.id", hasItem((int) r.id()))
                .body("reservations.find { it.id == " + r.id() + " }.status", equalTo("CANCELLED"))
                .body("exportedAt", notNullValue());
        given().auth().oauth2(schoolDesk).when().get("/api/me/export").then().statusCode(403);
    }
}
