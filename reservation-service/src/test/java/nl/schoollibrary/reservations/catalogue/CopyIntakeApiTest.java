package nl.schoollibrary.reservations.catalogue;

import static io.restassured.RestAssured.given;
import static nl.schoollibrary.reservations.catalogue.Intake.createCopy;
import static nl.schoollibrary.reservations.catalogue.Intake.history;
import static nl.schoollibrary.reservations.catalogue.Intake.move;
import static nl.schoollibrary.reservations.catalogue.Intake.patchCopy;
import static nl.schoollibrary.reservations.catalogue.Intake.withdraw;
import static nl.schoollibrary.reservations.support.Api.checkIn;
import static nl.schoollibrary.reservations.support.Api.placed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.schoollibrary.reservations.support.Builders;
import nl.schoollibrary.reservations.support.Builders.Student;
import nl.schoollibrary.reservations.support.Clients;
import nl.schoollibrary.reservations.support.TestDatabase;
import nl.schoollibrary.reservations.support.Tokens;
import org.junit.jupiter.api.Test;

/** Copies arriving, changing and moving through the catalogue intake API (issue 19), with their history and events. */
@QuarkusTest
class CopyIntakeApiTest extends CatalogueStaffTest {

    @Test
    void a_new_copy_is_on_the_shelf_at_once_with_its_arrival_in_the_history_and_the_outbox() {
        long title = Builders.title("Nieuw exemplaar");
        String barcode = Intake.barcode();
        long cursor = Intake.lastEventId();
        createCopy(library, title, barcode.toLowerCase(), w.branchId(), null).statusCode(201)
                .header("Location", equalTo("/api/copies/" + barcode))
                .body("barcode", equalTo(barcode)).body("status", equalTo("ON_SHELF"))
                .body("ownerLocation.id", equalTo((int) w.branchId()))
                .body("currentLocation.id", equalTo((int) w.branchId()))
                .body("reservationBlock.level", equalTo("NONE"))
                .body("history.what", contains("CREATED"))
                .body("history[0].after.shelfMark", equalTo("JEUGD INT"))
                .body("withdrawal", nullValue());
        given().when().get("/api/titles/{id}", title).then().statusCode(200).body("copiesTotal", equalTo(1))
                .body("copiesOnShelf", equalTo(1)).body("copies.barcode", contains(barcode));
        assertThat(TestDatabase.count("SELECT count(*) FROM domain_event WHERE id > ? AND type = 'CopyCreated'"
                + " AND aggregate_type = 'COPY'", cursor)).isEqualTo(1);
        createCopy(school, title, barcode, w.schoolLibraryId(), null).statusCode(409)
                .body("code", equalTo("BARCODE_TAKEN"));
        createCopy(library, 999_999_999L, Intake.barcode(), w.branchId(), null).statusCode(404);
        createCopy(library, title, "AB", w.branchId(), null).statusCode(400).body("errors.field", contains("barcode"));
        createCopy(library, title, Intake.barcode(), w.branchId(), "GEEN-COLLECTIE").statusCode(400)
                .body("errors.field", contains("collectionCode"));
    }

    @Test
    void a_new_copy_in_a_blocked_collection_is_blocked_and_the_history_says_why() {
        String blocked = Intake.collection(w.organisationId(), "NOT_RESERVABLE");
        long title = Builders.title("In geblokkeerde collectie");
        String barcode = Intake.barcode();
        createCopy(library, title, barcode, w.branchId(), blocked.toLowerCase()).statusCode(201)
                .body("collectionCode", equalTo(blocked))
                .body("reservationBlock.level", equalTo("NOT_RESERVABLE"))
                .body("reservationBlock.setBy", equalTo("collection default"))
                .body("history.what", hasItem("COLLECTION_DEFAULT")).body("history.what", hasItem("CREATED"))
                .body("history.find { it.what == 'COLLECTION_DEFAULT' }.after.collectionCode", equalTo(blocked));
        // the only copy is blocked: the title cannot be reserved at the branch
        Student student = Builders.student(w.schoolId(), true, w.branchId(), LocalDate.now().plusYears(1));
        Intake.placeAt(student.token(), title, w.branchId()).statusCode(422)
                .body("code", equalTo("TITLE_NOT_RESERVABLE"));
    }

    @Test
    void a_patch_changes_shelf_mark_and_collection_and_a_blocked_collection_blocks() {
        long title = Builders.title("Wijzigen");
        String barcode = Intake.barcode();
        createCopy(library, title, barcode, w.branchId(), null).statusCode(201);
        patchCopy(library, barcode, Map.of("shelfMark", " JEUGD NIEUW ")).statusCode(200)
                .body("shelfMark", equalTo("JEUGD NIEUW"))
                .body("history[0].what", equalTo("CHANGED"))
                .body("history[0].before.shelfMark", equalTo("JEUGD INT"))
                .body("history[0].after.shelfMark", equalTo("JEUGD NIEUW"));
        String blocked = Intake.collection(w.organisationId(), "OWN_PATRONS_ONLY");
        patchCopy(library, barcode, Map.of("collectionCode", blocked)).statusCode(200)
                .body("collectionCode", equalTo(blocked))
                .body("reservationBlock.level", equalTo("OWN_PATRONS_ONLY"))
                .body("history.what", hasItem("COLLECTION_DEFAULT"));
        Map<String, Object> out = new HashMap<>();
        out.put("collectionCode", null);
        patchCopy(library, barcode, out).statusCode(200).body("collectionCode", nullValue())
                .body("reservationBlock.level", equalTo("OWN_PATRONS_ONLY"))
                .body("history[0].before.collectionCode", equalTo(blocked));
        Map<String, Object> noMark = new HashMap<>();
        noMark.put("shelfMark", null);
        patchCopy(library, barcode, noMark).statusCode(400).body("errors.field", contains("shelfMark"));
        patchCopy(library, barcode, Map.of("barcode", "X1234")).statusCode(400).body("errors.field", contains("barcode"));
        patchCopy(library, barcode, Map.of("collectionCode", "BESTAAT-NIET")).statusCode(400);
        int changes = history(library, barcode).size();
        patchCopy(library, barcode, Map.of("shelfMark", "JEUGD NIEUW")).statusCode(200);
        assertThat(history(library, barcode)).hasSize(changes);
    }

    @Test
    void a_move_changes_owner_and_place_and_keeps_the_blocks() {
        long title = Builders.title("Verhuizen");
        String barcode = Intake.barcode();
        createCopy(library, title, barcode, w.branchId(), null).statusCode(201);
        Builders.notReservable(barcode, null);
        String noord = Tokens.login("test.bieb.noord");
        long cursor = Intake.lastEventId();
        move(library, barcode, w.otherBranchId()).statusCode(200)
                .body("ownerLocation.id", equalTo((int) w.otherBranchId()))
                .body("currentLocation.id", equalTo((int) w.otherBranchId()))
                .body("status", equalTo("ON_SHELF"))
                .body("reservationBlock.level", equalTo("NOT_RESERVABLE"))
                .body("history[0].what", equalTo("MOVED"))
                .body("history[0].before.ownerLocationId", equalTo((int) w.branchId()))
                .body("history[0].after.ownerLocationId", equalTo((int) w.otherBranchId()));
        assertThat(TestDatabase.string("SELECT payload::text FROM domain_event WHERE id > ? AND type = 'CopyMoved'",
                cursor)).contains("\"fromLocationId\": " + w.branchId()).contains("\"toLocationId\": " + w.otherBranchId());
        checkIn(noord, barcode).statusCode(200).body("outcome", equalTo("ON_SHELF"));
        move(library, barcode, w.otherBranchId()).statusCode(400);
        move(library, barcode, 999_999_999L).statusCode(404);
        // with a shelf mark and into a blocked collection
        String blocked = Intake.collection(w.organisationId(), "NOT_RESERVABLE");
        String other = Intake.barcode();
        createCopy(library, title, other, w.branchId(), null).statusCode(201);
        Map<String, Object> body = Map.of("locationId", w.otherBranchId(), "shelfMark", "NOORD 1",
                "collectionCode", blocked);
        given().auth().oauth2(library).contentType("application/json").body(body)
                .when().post("/api/copies/{barcode}/move", other).then().statusCode(200)
                .body("shelfMark", equalTo("NOORD 1")).body("collectionCode", equalTo(blocked))
                .body("reservationBlock.level", equalTo("NOT_RESERVABLE"))
                .body("history.what", hasItem("COLLECTION_DEFAULT"));
    }

    @Test
    void a_copy_on_loan_changes_owner_now_and_goes_there_at_its_check_in() {
        long title = Builders.title("Verhuizen uitgeleend");
        String barcode = Builders.copy(title, w.branchId(), "ON_LOAN");
        move(library, barcode, w.otherBranchId()).statusCode(200)
                .body("status", equalTo("ON_LOAN"))
                .body("ownerLocation.id", equalTo((int) w.otherBranchId()))
                .body("currentLocation.id", equalTo((int) w.branchId()));
        checkIn(library, barcode).statusCode(200).body("outcome", equalTo("ROUTE_TO_OWNER"));
        // in transit to its owner: no move now
        move(library, barcode, w.branchId()).statusCode(409).body("code", equalTo("COPY_HELD_OR_IN_TRANSIT"));
    }

    @Test
    void a_copy_held_for_a_ready_reservation_is_not_moved() {
        long title = Builders.title("Klaar voor ophalen");
        String barcode = Builders.copy(title, w.branchId(), "ON_LOAN");
        Student student = Builders.student(w.schoolId(), true, w.branchId(), LocalDate.now().plusYears(1));
        placed(student.token(), title, w.branchId());
        checkIn(library, barcode).statusCode(200).body("outcome", equalTo("ON_HOLD_SHELF"));
        move(library, barcode, w.otherBranchId()).statusCode(409).body("code", equalTo("COPY_HELD_OR_IN_TRANSIT"));
        Intake.copyDetail(library, barcode).statusCode(200).body("ownerLocation.id", equalTo((int) w.branchId()))
                .body("history.what", not(hasItem("MOVED")));
    }

    @Test
    void school_staff_change_their_own_library_and_library_staff_the_organisation() {
        long title = Builders.title("Wie mag wat");
        String zon = Intake.barcode();
        createCopy(school, title, zon, w.schoolLibraryId(), null).statusCode(201);
        createCopy(school, title, Intake.barcode(), w.otherSchoolLibraryId(), null).statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        createCopy(school, title, Intake.barcode(), w.branchId(), null).statusCode(404);
        String maan = Tokens.login("test.school.maan");
        move(maan, zon, w.otherSchoolLibraryId()).statusCode(404);
        withdraw(maan, zon, "Kapot").statusCode(404);
        patchCopy(maan, zon, Map.of("shelfMark", "X")).statusCode(404);
        // school staff cannot move their copy out of their scope
        move(school, zon, w.branchId()).statusCode(404);
        // library staff of the organisation can; another organisation's staff cannot
        String ander = Tokens.login("test.ander");
        move(ander, zon, w.branchId()).statusCode(404);
        createCopy(ander, title, Intake.barcode(), w.branchId(), null).statusCode(404);
        move(library, zon, w.otherSchoolLibraryId()).statusCode(200);
        Builders.student(w.schoolId());
        createCopy(Builders.student(w.schoolId()).token(), title, Intake.barcode(), w.schoolLibraryId(), null)
                .statusCode(403);
    }

    @Test
    void integration_clients_need_the_scope_and_stay_in_their_tenant() {
        long title = Builders.title("Koppeling");
        String without = Clients.ofOrganisation(w.organisationId(), "events:read").token();
        createCopy(without, title, Intake.barcode(), w.branchId(), null).statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        String schoolClient = Clients.ofSchool(w.schoolId(), "catalogue:write").token();
        String barcode = Intake.barcode();
        createCopy(schoolClient, title, barcode, w.schoolLibraryId(), null).statusCode(201);
        createCopy(schoolClient, title, Intake.barcode(), w.branchId(), null).statusCode(404);
        createCopy(schoolClient, title, Intake.barcode(), w.otherSchoolLibraryId(), null).statusCode(404);
        String orgClient = Clients.ofOrganisation(w.organisationId(), "catalogue:write").token();
        String branchCopy = Intake.barcode();
        createCopy(orgClient, title, branchCopy, w.branchId(), null).statusCode(201);
        withdraw(schoolClient, branchCopy, "Kapot").statusCode(404);
        withdraw(without, barcode, "Kapot").statusCode(403);
        withdraw(schoolClient, barcode, "Kapot").statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("withdrawal.by", startsWith("test-client-"));
    }

    @Test
    void copy_events_are_in_the_feed_of_the_owners_school_and_organisation() {
        String zonClient = Clients.ofSchool(w.schoolId(), "events:read").token();
        String maanClient = Clients.ofSchool(w.otherSchoolId(), "events:read").token();
        String orgClient = Clients.ofOrganisation(w.organisationId(), "events:read").token();
        long title = Builders.title("Gebeurtenissen exemplaar");
        long cursor = Intake.lastEventId();
        String barcode = Intake.barcode();
        createCopy(school, title, barcode, w.schoolLibraryId(), null).statusCode(201);
        patchCopy(school, barcode, Map.of("shelfMark", "PRENT A")).statusCode(200);
        withdraw(school, barcode, "Verouderd").statusCode(200);
        Intake.events(zonClient, cursor).statusCode(200)
                .body("items.findAll { it.aggregateType == 'COPY' }.type",
                        contains("CopyCreated", "CopyChanged", "CopyWithdrawn"))
                .body("items.find { it.type == 'CopyWithdrawn' }.payload.reason", equalTo("Verouderd"))
                .body("items.find { it.type == 'CopyChanged' }.payload.shelfMark", equalTo("PRENT A"));
        Intake.events(orgClient, cursor).statusCode(200)
                .body("items.type", hasItem("CopyCreated"));
        Intake.events(maanClient, cursor).statusCode(200)
                .body("items.type", not(hasItem("CopyCreated")));
    }
}
