package nl.schoollibrary.reservations.location;

import static nl.schoollibrary.reservations.location.Places.delete;
import static nl.schoollibrary.reservations.location.Places.fingerprints;
import static nl.schoollibrary.reservations.location.Places.get;
import static nl.schoollibrary.reservations.location.Places.post;
import static nl.schoollibrary.reservations.support.Api.checkIn;
import static nl.schoollibrary.reservations.support.Api.messages;
import static nl.schoollibrary.reservations.support.Api.placed;
import static nl.schoollibrary.reservations.support.Api.reservation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.schoollibrary.reservations.support.Fixtures;
import nl.schoollibrary.reservations.support.Organisations;
import nl.schoollibrary.reservations.support.Organisations.Organisation;
import nl.schoollibrary.reservations.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Closures of one or many locations: who may make and delete them (role × scope), the refusals that write nothing,
 * and the pickup-by dates of READY reservations that a new closure moves to the next open day after it.
 */
@QuarkusTest
class ClosureApiTest {

    private static Organisation own;
    private static Organisation other;

    @Inject
    Clock clock;

    @BeforeEach
    void organisations() {
        Fixtures.world();
        synchronized (ClosureApiTest.class) {
            if (own == null) {
                own = Organisations.fresh();
                other = Organisations.fresh();
            }
        }
    }

    private static Map<String, Object> closure(LocalDate from, LocalDate to, String reason, List<Long> locations) {
        return Map.of("from", from.toString(), "to", to.toString(), "reason", reason, "locationIds", locations);
    }

    /** Far enough ahead that no READY reservation of the other tests is touched, and a range of its own per test. */
    private LocalDate someday(int offset) {
        return LocalDate.now(clock).plusYears(2).plusDays(offset);
    }

    @Test
    void a_closure_added_over_a_ready_reservations_pickup_by_date_moves_that_date_to_the_next_open_day() {
        Organisation org = Organisations.fresh();
        String student = org.token(org.student());
        String desk = org.token(org.libraryStaff());
        long reservationId = placed(student, org.titleIds().get(0), org.branchId());
        // The title's copy on loan at the branch comes back: captured, on the hold shelf until the pickup-by date.
        checkIn(desk, org.barcodes().get(3)).statusCode(200).body("outcome", equalTo("ON_HOLD_SHELF"));
        LocalDate pickupBy = LocalDate.parse(reservation(student, reservationId).statusCode(200)
                .body("status", equalTo("READY")).extract().path("pickupBy"));
        // The branch is open every day: the day after the closure is the next open day.
        LocalDate from = pickupBy.minusDays(1);
        LocalDate to = pickupBy.plusDays(2);
        long eventsBefore = TestDatabase.count("SELECT coalesce(max(id), 0) FROM domain_event");

        JsonPath created = post(desk, "/api/closures", closure(from, to, "Verbouwing", List.of(org.branchId())))
                .statusCode(201)
                .body("pickupDatesMoved", equalTo(1))
                .body("closure.from", equalTo(from.toString()))
                .body("closure.to", equalTo(to.toString()))
                .body("closure.reason", equalTo("Verbouwing"))
                .body("closure.locations.id", contains((int) org.branchId()))
                .body("closure.createdBy", equalTo(org.libraryStaff()))
                .extract().jsonPath();
        long closureId = created.getLong("closure.id");

        LocalDate moved = to.plusDays(1);
        reservation(student, reservationId).statusCode(200).body("status", equalTo("READY"))
                .body("pickupBy", equalTo(moved.toString()));
        messages(student).statusCode(200)
                .body("items[0].kind", equalTo("RESERVATION_PICKUP_BY_MOVED"))
                .body("items[0].reservationId", equalTo((int) reservationId))
                .body("items[0].pickupBy", equalTo(moved.toString()))
                .body("items[0].location.id", equalTo((int) org.branchId()));
        JsonPath events = get(org.clientToken(), "/api/events", Map.of("after", eventsBefore, "limit", 100))
                .statusCode(200).extract().jsonPath();
        assertThat(events.getList("items.findAll { it.type == 'ReservationPickupByMoved' }.aggregateId", Long.class))
                .containsExactly(reservationId);
        assertThat(events.getString("items.find { it.type == 'ReservationPickupByMoved' }.payload.previousPickupBy"))
                .isEqualTo(pickupBy.toString());
        assertThat(events.getString("items.find { it.type == 'ReservationPickupByMoved' }.payload.pickupBy"))
                .isEqualTo(moved.toString());
        assertThat(events.getLong("items.find { it.type == 'ReservationPickupByMoved' }.payload.closureId"))
                .isEqualTo(closureId);
        assertThat(events.getList("items.findAll { it.type == 'ClosureCreated' }.aggregateId", Long.class))
                .containsExactly(closureId);

        // Deleting the closure opens the days again; the date is not moved back.
        delete(desk, "/api/closures/{id}", closureId).statusCode(204);
        reservation(student, reservationId).statusCode(200).body("pickupBy", equalTo(moved.toString()));
        assertThat(TestDatabase.count("SELECT count(*) FROM closed_period WHERE closure_id = ?", closureId)).isZero();
    }

    @Test
    void a_closure_before_or_after_the_pickup_by_date_moves_nothing_and_the_next_open_day_skips_closed_weekdays() {
        Organisation org = Organisations.fresh();
        String student = org.token(org.student());
        String desk = org.token(org.libraryStaff());
        long reservationId = placed(student, org.titleIds().get(1), org.branchId());
        checkIn(desk, org.barcodes().get(7)).statusCode(200).body("outcome", equalTo("ON_HOLD_SHELF"));
        LocalDate pickupBy = LocalDate.parse(reservation(student, reservationId).extract().path("pickupBy"));

        post(desk, "/api/closures", closure(pickupBy.plusDays(1), pickupBy.plusDays(3), "Studiedag",
                List.of(org.branchId()))).statusCode(201).body("pickupDatesMoved", equalTo(0));
        post(desk, "/api/closures", closure(pickupBy.minusDays(3), pickupBy.minusDays(1), "Studiedag",
                List.of(org.branchId()))).statusCode(201).body("pickupDatesMoved", equalTo(0));
        reservation(student, reservationId).statusCode(200).body("pickupBy", equalTo(pickupBy.toString()));

        // Closed on pickupBy itself: the days after it up to +3 are closed already, so the next open day is +4.
        post(desk, "/api/closures", closure(pickupBy, pickupBy, "Storing", List.of(org.branchId())))
                .statusCode(201).body("pickupDatesMoved", equalTo(1));
        reservation(student, reservationId).statusCode(200).body("pickupBy", equalTo(pickupBy.plusDays(4).toString()));
    }

    @Test
    void library_staff_close_the_locations_of_their_organisation_and_nothing_of_another() {
        String staff = own.token(own.libraryStaff());
        LocalDate day = someday(10);
        post(staff, "/api/closures", closure(day, day.plusDays(6), "Kerstvakantie",
                List.of(own.branchId(), own.schoolLibraryId()))).statusCode(201)
                .body("closure.locations.id", containsInAnyOrder((int) own.branchId(),
                        (int) own.schoolLibraryId()));

        Map<String, String> before = fingerprints();
        post(staff, "/api/closures", closure(day, day, "Niet van ons", List.of(own.branchId(), other.branchId())))
                .statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
        assertThat(fingerprints()).isEqualTo(before);
    }

    @Test
    void school_staff_close_only_their_own_school_library() {
        String school = own.token(own.schoolStaff());
        LocalDate day = someday(30);
        post(school, "/api/closures", closure(day, day, "Studiedag", List.of(own.schoolLibraryId())))
                .statusCode(201).body("closure.locations.id", contains((int) own.schoolLibraryId()));

        Map<String, String> before = fingerprints();
        post(school, "/api/closures", closure(day, day, "De vestiging", List.of(own.branchId())))
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
        post(school, "/api/closures", closure(day, day, "Een andere school", List.of(other.schoolLibraryId())))
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
        assertThat(fingerprints()).isEqualTo(before);
    }

    @Test
    void an_administrator_closes_locations_of_several_organisations_at_once() {
        LocalDate day = someday(50);
        post(own.token(own.admin()), "/api/closures", closure(day, day.plusDays(1), "Landelijke storing",
                List.of(own.branchId(), other.branchId()))).statusCode(201)
                .body("closure.locations", hasSize(2));
    }

    @Test
    void students_and_integration_clients_may_not_close_anything() {
        LocalDate day = someday(60);
        Map<String, Object> body = closure(day, day, "Nee", List.of(own.branchId()));
        Map<String, String> before = fingerprints();
        post(own.token(own.student()), "/api/closures", body).statusCode(403).body("code", equalTo("FORBIDDEN"));
        post(own.clientToken(), "/api/closures", body).statusCode(403).body("code", equalTo("FORBIDDEN"));
        get(own.token(own.student()), "/api/closures", Map.of()).statusCode(403);
        get(own.clientToken(), "/api/closures", Map.of()).statusCode(403);
        assertThat(fingerprints()).isEqualTo(before);
    }

    @Test
    void bad_closures_are_400_or_404_with_a_stable_code_and_write_nothing() {
        String staff = own.token(own.libraryStaff());
        LocalDate day = someday(70);
        Map<String, String> before = fingerprints();
        post(staff, "/api/closures", closure(day, day.minusDays(1), "Achterstevoren", List.of(own.branchId())))
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("to"));
        post(staff, "/api/closures", closure(day, day.plusDays(366), "Te lang", List.of(own.branchId())))
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("to"));
        post(staff, "/api/closures", closure(day, day, "   ", List.of(own.branchId())))
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        post(staff, "/api/closures", closure(day, day, "r".repeat(201), List.of(own.branchId())))
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        post(staff, "/api/closures", closure(day, day, "Geen", List.of()))
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        post(staff, "/api/closures", Map.of("from", "2026-13-01", "to", day.toString(), "reason", "x",
                "locationIds", List.of(own.branchId()))).statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        post(staff, "/api/closures", Map.of("to", day.toString(), "reason", "x", "locationIds",
                List.of(own.branchId()))).statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        post(staff, "/api/closures", closure(day, day, "Onbekend", List.of(own.branchId(), 987_654_321L)))
                .statusCode(404).body("code", equalTo("NOT_FOUND"));
        assertThat(fingerprints()).isEqualTo(before);
        // 366 days is the longest closure
        post(staff, "/api/closures", closure(day, day.plusDays(365), "Een jaar dicht", List.of(own.branchId())))
                .statusCode(201);
    }

    @Test
    void the_list_shows_the_closures_in_scope_from_a_date_and_deleting_needs_scope_over_every_location() {
        LocalDate day = someday(400);
        String admin = own.token(own.admin());
        long both = post(admin, "/api/closures", closure(day, day, "Beide", List.of(own.branchId(),
                other.branchId()))).statusCode(201).extract().jsonPath().getLong("closure.id");
        long mine = post(own.token(own.libraryStaff()), "/api/closures", closure(day.plusDays(1), day.plusDays(1),
                "Alleen wij", List.of(own.branchId()))).statusCode(201).extract().jsonPath().getLong("closure.id");

        String staff = own.token(own.libraryStaff());
        get(staff, "/api/closures", Map.of("from", day.toString(), "locationId", own.branchId())).statusCode(200)
                .body("id", hasItem((int) both)).body("id", hasItem((int) mine))
                .body("find { it.id == " + both + " }.locations.id", contains((int) own.branchId()));
        get(other.token(other.libraryStaff()), "/api/closures", Map.of("from", day.toString())).statusCode(200)
                .body("id", hasItem((int) both)).body("id", not(hasItem((int) mine)));
        get(staff, "/api/closures", Map.of("from", day.plusDays(2).toString(), "locationId", own.branchId()))
                .statusCode(200).body("id", not(hasItem((int) both)));
        get(staff, "/api/closures", Map.of("locationId", other.branchId())).statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        get(own.token(own.schoolStaff()), "/api/closures", Map.of("from", day.toString())).statusCode(200)
                .body("id", not(hasItem((int) mine)));

        Map<String, String> before = fingerprints();
        delete(staff, "/api/closures/{id}", both).statusCode(403).body("code", equalTo("FORBIDDEN"));
        delete(own.token(own.schoolStaff()), "/api/closures/{id}", mine).statusCode(403);
        delete(staff, "/api/closures/{id}", 987_654_321L).statusCode(404).body("code", equalTo("NOT_FOUND"));
        assertThat(fingerprints()).isEqualTo(before);
        delete(staff, "/api/closures/{id}", mine).statusCode(204);
        delete(admin, "/api/closures/{id}", both).statusCode(204);
        get(staff, "/api/closures", Map.of("from", day.toString(), "locationId", own.branchId())).statusCode(200)
                .body("id", not(hasItem((int) both))).body("id", not(hasItem((int) mine)));
    }

    @Test
    void a_new_closure_shows_in_the_public_list_of_locations() {
        LocalDate day = someday(500);
        post(own.token(own.schoolStaff()), "/api/closures", closure(day, day.plusDays(2), "Meivakantie",
                List.of(own.schoolLibraryId()))).statusCode(201);
        get(null, "/api/locations", Map.of()).statusCode(200)
                .body("find { it.id == " + own.schoolLibraryId() + " }.closedPeriods.reason", hasItem("Meivakantie"))
                .body("find { it.id == " + own.branchId() + " }.closedPeriods.reason", not(hasItem("Meivakantie")));
        get(own.token(own.schoolStaff()), "/api/closures", Map.of("locationId", own.schoolLibraryId(), "from",
                day.plusDays(3).toString())).statusCode(200).body("", empty());
    }
}
