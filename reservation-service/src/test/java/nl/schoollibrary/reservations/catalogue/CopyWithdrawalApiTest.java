package nl.schoollibrary.reservations.catalogue;

import static io.restassured.RestAssured.given;
import static nl.schoollibrary.reservations.catalogue.Intake.createCopy;
import static nl.schoollibrary.reservations.catalogue.Intake.withdraw;
import static nl.schoollibrary.reservations.support.Api.checkIn;
import static nl.schoollibrary.reservations.support.Api.checkOut;
import static nl.schoollibrary.reservations.support.Api.holdShelf;
import static nl.schoollibrary.reservations.support.Api.messages;
import static nl.schoollibrary.reservations.support.Api.placed;
import static nl.schoollibrary.reservations.support.Api.reservation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import nl.schoollibrary.reservations.support.Builders;
import nl.schoollibrary.reservations.support.Builders.Student;
import nl.schoollibrary.reservations.support.TestDatabase;
import nl.schoollibrary.reservations.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Withdrawing copies (afschrijven, issue 19): the copy stays as history but leaves everything a student sees and
 * everything that lends, reserves or captures; the reservations it held are handed on.
 */
@QuarkusTest
class CopyWithdrawalApiTest extends CatalogueStaffTest {

    private Student branchStudent() {
        return Builders.student(w.schoolId(), true, w.branchId(), LocalDate.now().plusYears(1));
    }

    @Test
    void a_withdrawn_copy_is_kept_as_history_and_gone_from_what_students_see() {
        long title = Builders.title("Afgeschreven boek");
        String kept = Builders.shelvedCopy(title, w.branchId(), "JEUGD AFS", "ON_SHELF");
        String gone = Builders.shelvedCopy(title, w.branchId(), "JEUGD AFS", "ON_SHELF");
        long cursor = Intake.lastEventId();
        withdraw(library, gone, "  Beschadigd  ").statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawal.reason", equalTo("Beschadigd"))
                .body("withdrawal.by", equalTo("test.bieb"))
                .body("withdrawal.at", notNullValue())
                .body("history[0].what", equalTo("WITHDRAWN"))
                .body("history[0].before.status", equalTo("ON_SHELF"))
                .body("history[0].after.reason", equalTo("Beschadigd"));
        assertThat(TestDatabase.count("SELECT count(*) FROM domain_event WHERE id > ? AND type = 'CopyWithdrawn'",
                cursor)).isEqualTo(1);
        // the public title page, its counts, search and the shelf know only the copy that is left
        given().when().get("/api/titles/{id}", title).then().statusCode(200)
                .body("copiesTotal", equalTo(1)).body("copiesOnShelf", equalTo(1))
                .body("copies.barcode", contains(kept)).body("availability[0].total", equalTo(1));
        given().queryParam("q", "Afgeschreven boek").when().get("/api/titles").then().statusCode(200)
                .body("items.find { it.id == " + title + " }.copiesTotal", equalTo(1));
        given().when().get("/api/locations/{id}/shelf", w.branchId()).then().statusCode(200)
                .body("items.findAll { it.title.id == " + title + " }.copies", contains(1));
        // the staff view keeps it, marked
        given().auth().oauth2(library).when().get("/api/titles/{id}/catalogue", title).then().statusCode(200)
                .body("copies.barcode", hasItem(gone))
                .body("copies.find { it.barcode == '" + gone + "' }.status", equalTo("WITHDRAWN"))
                .body("copies.find { it.barcode == '" + gone + "' }.withdrawnReason", equalTo("Beschadigd"));
        // once the last copy goes, the title is gone from availableNow and cannot be reserved
        withdraw(library, kept, "Verloren").statusCode(200);
        given().queryParam("availableNow", true).queryParam("q", "Afgeschreven boek").when().get("/api/titles")
                .then().statusCode(200).body("items.id", not(hasItem((int) title)));
        given().when().get("/api/titles/{id}", title).then().statusCode(200).body("copiesTotal", equalTo(0))
                .body("copies", org.hamcrest.Matchers.empty());
        Student student = branchStudent();
        Intake.placeAt(student.token(), title, w.branchId()).statusCode(422)
                .body("code", equalTo("TITLE_NOT_RESERVABLE"));
        given().auth().oauth2(student.token()).when().get("/api/titles/{id}", title).then().statusCode(200)
                .body("reservationOptions.options.find { it.pickupLocationId == " + w.branchId() + " }.allowed",
                        equalTo(false));
    }

    @Test
    void a_withdrawn_copy_is_neither_lent_nor_checked_in_nor_withdrawn_again() {
        long title = Builders.title("Niet meer in omloop");
        String barcode = Builders.copy(title, w.branchId(), "ON_SHELF");
        withdraw(library, barcode, null).statusCode(400).body("errors.field", contains("reason"));
        withdraw(library, barcode, "x".repeat(301)).statusCode(400);
        withdraw(library, barcode, "Oud").statusCode(200);
        withdraw(library, barcode, "Oud").statusCode(409).body("code", equalTo("COPY_WITHDRAWN"));
        checkIn(library, barcode).statusCode(409).body("code", equalTo("COPY_WITHDRAWN"));
        checkOut(library, barcode, branchStudent().patronId()).statusCode(409)
                .body("code", equalTo("COPY_NOT_AVAILABLE"));
        Intake.move(library, barcode, w.otherBranchId()).statusCode(409).body("code", equalTo("COPY_WITHDRAWN"));
        Intake.patchCopy(library, barcode, Map.of("shelfMark", "NIEUW")).statusCode(409)
                .body("code", equalTo("COPY_WITHDRAWN"));
        given().auth().oauth2(library).contentType(ContentType.JSON)
                .body(Map.of("patronId", branchStudent().patronId())).when()
                .post("/api/copies/{barcode}/reservations", barcode).then().statusCode(409)
                .body("code", equalTo("COPY_WITHDRAWN"));
        assertThat(Builders.status(barcode)).isEqualTo("WITHDRAWN");
    }

    @Test
    void a_copy_on_loan_is_checked_in_first() {
        long title = Builders.title("Nog uitgeleend");
        String barcode = Builders.copy(title, w.branchId(), "ON_LOAN");
        withdraw(library, barcode, "Kwijt").statusCode(409).body("code", equalTo("COPY_ON_LOAN"));
        assertThat(Builders.status(barcode)).isEqualTo("ON_LOAN");
        checkIn(library, barcode).statusCode(200);
        withdraw(library, barcode, "Kwijt").statusCode(200).body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void withdrawing_a_ready_copy_hands_the_reservation_on_to_the_next_copy_first_in_line() {
        long title = Builders.title("Doorgeven");
        String held = Builders.copy(title, w.branchId(), "ON_LOAN");
        Builders.copy(title, w.branchId(), "ON_LOAN");
        Student first = branchStudent();
        Student second = branchStudent();
        long firstId = placed(first.token(), title, w.branchId());
        checkIn(library, held).statusCode(200).body("outcome", equalTo("ON_HOLD_SHELF"));
        long secondId = placed(second.token(), title, w.branchId());
        reservation(library, firstId).statusCode(200).body("status", equalTo("READY"));

        long cursor = Intake.lastEventId();
        withdraw(library, held, "Beschadigd teruggebracht").statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("reservations", org.hamcrest.Matchers.empty());
        reservation(library, firstId).statusCode(200).body("status", equalTo("WAITING"))
                .body("copyBarcode", nullValue()).body("pickupBy", nullValue()).body("position", equalTo(1));
        reservation(library, secondId).statusCode(200).body("position", equalTo(2));
        assertThat(TestDatabase.count("SELECT count(*) FROM domain_event WHERE id > ? AND type = 'ReservationReleased'"
                + " AND aggregate_id = ?", cursor, firstId)).isEqualTo(1);
        assertThat(TestDatabase.count("SELECT count(*) FROM reservation WHERE id = ? AND assigned_copy_id IS NULL"
                + " AND captured_at IS NULL AND ready_at IS NULL", firstId)).isEqualTo(1);
        holdShelf(library).statusCode(200).body("ready.reservationId", not(hasItem((int) firstId)));

        // a copy on the shelf is on the pick list for it; checked in, it is captured for the first in line
        String next = Intake.barcode();
        createCopy(library, title, next, w.branchId(), null).statusCode(201);
        holdShelf(library).statusCode(200)
                .body("pickList.find { it.barcode == '" + next + "' }.reservationId", equalTo((int) firstId));
        checkIn(library, next).statusCode(200).body("outcome", equalTo("ON_HOLD_SHELF"));
        reservation(library, firstId).statusCode(200).body("status", equalTo("READY"))
                .body("copyBarcode", equalTo(next));
        reservation(library, secondId).statusCode(200).body("status", equalTo("WAITING"));
    }

    @Test
    void a_released_reservation_goes_before_one_that_was_placed_earlier_but_paused_when_the_copy_came() {
        long title = Builders.title("Voorrang na afschrijven");
        String held = Builders.copy(title, w.branchId(), "ON_LOAN");
        Student early = branchStudent();
        Student late = branchStudent();
        long earlyId = placed(early.token(), title, w.branchId());
        long lateId = placed(late.token(), title, w.branchId());
        given().auth().oauth2(early.token()).contentType(ContentType.JSON)
                .body(Map.of("until", LocalDate.now().plusDays(3).toString())).when()
                .post("/api/reservations/{id}/suspend", earlyId).then().statusCode(200);
        checkIn(library, held).statusCode(200).body("outcome", equalTo("ON_HOLD_SHELF"));
        reservation(library, lateId).statusCode(200).body("status", equalTo("READY"));
        given().auth().oauth2(early.token()).when().post("/api/reservations/{id}/resume", earlyId).then()
                .statusCode(200);
        withdraw(library, held, "Kwijtgeraakt op de ophaalplank").statusCode(200);
        // the one it was ready for is first in line again, before the earlier one that was paused
        reservation(library, lateId).statusCode(200).body("status", equalTo("WAITING")).body("position", equalTo(1));
        reservation(library, earlyId).statusCode(200).body("position", equalTo(2));
        assertThat(TestDatabase.count("SELECT count(*) FROM reservation a, reservation b WHERE a.id = ? AND b.id = ?"
                + " AND a.queue_seq < b.queue_seq", lateId, earlyId)).isEqualTo(1);
    }

    @Test
    void withdrawing_a_copy_in_transit_for_a_reservation_sends_it_back_to_waiting() {
        long title = Builders.title("Onderweg afgeschreven");
        String copy = Builders.copy(title, w.otherBranchId(), "ON_LOAN");
        Student student = branchStudent();
        long id = placed(student.token(), title, w.branchId());
        checkIn(Tokens.login("test.bieb.noord"), copy).statusCode(200).body("outcome", equalTo("IN_TRANSIT"));
        reservation(library, id).statusCode(200).body("status", equalTo("IN_TRANSIT"));
        withdraw(library, copy, "Zoekgeraakt onderweg").statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("transitTo", nullValue());
        reservation(library, id).statusCode(200).body("status", equalTo("WAITING")).body("copyBarcode", nullValue());
    }

    @Test
    void a_staff_copy_reservation_of_a_withdrawn_copy_is_cancelled_and_the_student_told() {
        long title = Builders.title("Exemplaarreservering afgeschreven");
        String copy = Builders.copy(title, w.branchId(), "ON_SHELF");
        Student student = branchStudent();
        long id = given().auth().oauth2(library).contentType(ContentType.JSON)
                .body(Map.of("patronId", student.patronId())).when()
                .post("/api/copies/{barcode}/reservations", copy).then().statusCode(201)
                .body("status", equalTo("READY")).extract().jsonPath().getLong("id");
        withdraw(library, copy, "Waterschade").statusCode(200);
        reservation(library, id).statusCode(200).body("status", equalTo("CANCELLED"));
        assertThat(TestDatabase.string("SELECT close_reason FROM reservation WHERE id = ?", id))
                .isEqualTo(CopyIntakeService.WITHDRAWN_REASON);
        messages(student.token()).statusCode(200)
                .body("items.find { it.reservationId == " + id + " }.kind", equalTo("RESERVATION_COPY_WITHDRAWN"))
                // The staff member's reason ("Waterschade") is not passed on; the portal words the kind.
                .body("items.find { it.reservationId == " + id + " }.reason", nullValue());
    }
}
