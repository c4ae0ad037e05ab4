package nl.schoollibrary.reservations.privacy;

import static io.restassured.RestAssured.given;
import static nl.schoollibrary.reservations.support.Api.cancel;
import static nl.schoollibrary.reservations.support.Api.checkIn;
import static nl.schoollibrary.reservations.support.Api.checkOut;
import static nl.schoollibrary.reservations.support.Api.placed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.schoollibrary.reservations.circulation.ExpiryService;
import nl.schoollibrary.reservations.common.MovableClock;
import nl.schoollibrary.reservations.support.Builders;
import nl.schoollibrary.reservations.support.Builders.Student;
import nl.schoollibrary.reservations.support.Clients;
import nl.schoollibrary.reservations.support.Fixtures;
import nl.schoollibrary.reservations.support.TestDatabase;
import nl.schoollibrary.reservations.support.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 7 (AVG): after the retention period (30 days) closed reservations and returned loans lose the link to the
 * student — in the rows, their events and their messages — while the counts per title, location and month stay.
 * Driven by the movable clock: the job never runs on its own in tests.
 */
@QuarkusTest
class AnonymisationApiTest {

    @Inject
    Clock clock;

    @Inject
    Anonymisation anonymisation;

    @Inject
    ExpiryService expiry;

    private Builders.School school;
    private String desk;

    @BeforeEach
    void setUp() {
        Fixtures.world();
        // Reserving at the school library, also when a copy is on the shelf, up to 10 at a time.
        school = Builders.school(true, false, false, 10);
        desk = Tokens.login(school.staffUsername());
    }

    @AfterEach
    void resetClock() {
        ((MovableClock) clock).reset();
    }

    private void advance(int days) {
        ((MovableClock) clock).advance(Duration.ofDays(days));
    }

    /** Six titles, each with one copy on the shelf of the school library. */
    private record Shelf(long[] titles, String[] copies) {
    }

    private Shelf shelf(String name) {
        long[] titles = new long[6];
        String[] copies = new String[6];
        for (int i = 0; i < 6; i++) {
            titles[i] = Builders.title(name + " " + (i + 1));
            copies[i] = Builders.copy(titles[i], school.libraryId(), "ON_SHELF");
        }
        return new Shelf(titles, copies);
    }

    @Test
    void closed_reservations_and_returned_loans_past_the_retention_lose_the_student_and_the_counts_stay() {
        Shelf shelf = shelf("Vergeten");
        Student anna = Builders.student(school.schoolId());
        Student bram = Builders.student(school.schoolId());
        String annaToken = anna.token();
        String bramToken = bram.token();
        String studentClient = Clients.ofSchool(school.schoolId(), "events:read", "reservations:read").token();

        // Anna: fulfilled (and the loan returned), cancelled by herself with a reason, expired after being ready.
        long fulfilled = placed(annaToken, shelf.titles()[0], school.libraryId());
        long loan = checkOut(desk, shelf.copies()[0], anna.patronId()).statusCode(201)
                .body("fulfilledReservationId", equalTo((int) fulfilled)).extract().jsonPath().getLong("id");
        checkIn(desk, shelf.copies()[0]).statusCode(200);
        long cancelled = placed(annaToken, shelf.titles()[1], school.libraryId());
        cancel(annaToken, cancelled, "Anna heeft het al thuis").statusCode(200);
        long expired = placed(annaToken, shelf.titles()[2], school.libraryId());
        checkIn(desk, shelf.copies()[2]).statusCode(200).body("alert.reservationId", equalTo((int) expired));
        // Bram: a reservation that stays open all along.
        long open = placed(bramToken, shelf.titles()[4], school.libraryId());
        // Anna lets Bram go first (staff write her name in the reason), then gives up.
        String annaName = TestDatabase.string("SELECT last_name FROM patron WHERE id = ?", anna.patronId());
        long moved = placed(annaToken, shelf.titles()[5], school.libraryId());
        placed(bramToken, shelf.titles()[5], school.libraryId());
        given().auth().oauth2(desk).contentType(ContentType.JSON)
                .body(Map.of("direction", "DOWN", "reason", annaName + " wacht liever op deel 2"))
                .when().post("/api/reservations/{id}/move", moved).then().statusCode(200);
        cancel(annaToken, moved, null).statusCode(200);

        advance(20);
        assertThat(expiry.run().expired()).isGreaterThanOrEqualTo(1);
        assertThat(status(expired)).isEqualTo("EXPIRED");
        advance(31);
        // Bram, 51 days later: a cancelled reservation and a returned loan that are still young.
        long young = placed(bramToken, shelf.titles()[1], school.libraryId());
        cancel(bramToken, young, null).statusCode(200);
        long youngLoan = checkOut(desk, shelf.copies()[3], bram.patronId()).statusCode(201).extract().jsonPath()
                .getLong("id");
        checkIn(desk, shelf.copies()[3]).statusCode(200);

        List<Long> old = List.of(fulfilled, cancelled, expired, moved);
        assertThat(given().auth().oauth2(annaToken).when().get("/api/me/export").then().statusCode(200).extract()
                .jsonPath().getList("reservations.id", Long.class)).containsExactlyInAnyOrderElementsOf(old);
        assertThat(eventsOf(old, "%" + annaName + "%")).as("the move's reason names Anna").isPositive();
        assertThat(messagesOf(old)).as("ready and expired messages").isGreaterThanOrEqualTo(2);
        String countsBefore = counts();
        JsonPath reservationStatsBefore = statistics("reservations");
        JsonPath loanStatsBefore = statistics("loans");

        Anonymisation.Result result = anonymisation.run();

        assertThat(result.reservations()).isGreaterThanOrEqualTo(4);
        assertThat(result.loans()).isGreaterThanOrEqualTo(1);
        for (long id : old) {
            assertThat(TestDatabase.count("SELECT count(*) FROM reservation WHERE id = ? AND patron_id IS NULL"
                    + " AND anonymised_at IS NOT NULL AND school_id = ? AND placed_by = ?", id, school.schoolId(),
                    Anonymisation.ANONYMOUS_STUDENT)).as("reservation %d", id).isEqualTo(1);
        }
        assertThat(TestDatabase.string("SELECT closed_by || '|' || coalesce(close_reason, '-') FROM reservation"
                + " WHERE id = ?", cancelled)).isEqualTo(Anonymisation.ANONYMOUS_STUDENT + "|-");
        assertThat(TestDatabase.string("SELECT close_reason FROM reservation WHERE id = ?", expired))
                .as("the system's own reason names nobody").isEqualTo("Niet op tijd opgehaald");
        assertThat(TestDatabase.count("SELECT count(*) FROM loan WHERE id = ? AND patron_id IS NULL"
                + " AND anonymised_at IS NOT NULL AND school_id = ?", loan, school.schoolId())).isEqualTo(1);
        assertThat(TestDatabase.count("SELECT count(*) FROM domain_event WHERE payload::text LIKE ?",
                "%" + annaName + "%")).isZero();
        assertThat(TestDatabase.count("SELECT count(*) FROM reservation_queue_move WHERE reason LIKE ?",
                "%" + annaName + "%")).isZero();
        assertThat(TestDatabase.count("SELECT count(*) FROM reservation WHERE id = ANY (?) AND (placed_by = ?"
                + " OR closed_by = ?)", old.toArray(Long[]::new), anna.username(), anna.username())).isZero();
        assertThat(eventsOf(old, "%")).as("the events themselves stay").isPositive();
        assertThat(messagesOf(old)).isZero();
        assertThat(TestDatabase.count("SELECT count(*) FROM message WHERE patron_id = ?", anna.patronId())).isZero();

        // Young and open rows keep their student.
        assertThat(patronOf("reservation", open)).isEqualTo(bram.patronId());
        assertThat(patronOf("reservation", young)).isEqualTo(bram.patronId());
        assertThat(patronOf("loan", youngLoan)).isEqualTo(bram.patronId());

        // The counts per title, location and month are the same.
        assertThat(counts()).isEqualTo(countsBefore);
        assertThat(statistics("reservations").getList("rows")).isEqualTo(reservationStatsBefore.getList("rows"))
                .isNotEmpty();
        assertThat(statistics("loans").getList("rows")).isEqualTo(loanStatsBefore.getList("rows")).isNotEmpty();

        // Anna's own views no longer hold them.
        given().auth().oauth2(annaToken).when().get("/api/me/export").then().statusCode(200)
                .body("reservations", empty()).body("loans", empty()).body("messages", empty());
        given().auth().oauth2(annaToken).when().get("/api/me/reservations").then().statusCode(200)
                .body("school", empty()).body("library", empty());
        given().auth().oauth2(bramToken).when().get("/api/me/export").then().statusCode(200)
                .body("reservations.id", hasItem((int) young)).body("loans.id", hasItem((int) youngLoan));

        // Staff lists, the hold shelf, loans and the events feed show them without a student, and never fail.
        given().auth().oauth2(desk).queryParam("titleId", shelf.titles()[0]).when().get("/api/reservations").then()
                .statusCode(200).body("items.id", hasItem((int) fulfilled)).body("items[0].patron", nullValue());
        given().auth().oauth2(desk).when().get("/api/reservations/{id}", cancelled).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("patron", nullValue());
        given().auth().oauth2(Tokens.login("test.bieb")).queryParam("size", 100).when().get("/api/reservations")
                .then().statusCode(200);
        given().auth().oauth2(desk).when().get("/api/hold-shelf").then().statusCode(200)
                .body("toClear.find { it.barcode == '" + shelf.copies()[2] + "' }.reservationId", equalTo((int) expired))
                .body("toClear.find { it.barcode == '" + shelf.copies()[2] + "' }.patron", nullValue());
        given().auth().oauth2(desk).queryParam("status", "RETURNED").when().get("/api/loans").then().statusCode(200)
                .body("items.find { it.id == " + loan + " }.patron", nullValue())
                .body("items.find { it.id == " + youngLoan + " }.patron.id", equalTo((int) bram.patronId()));
        given().auth().oauth2(studentClient).when().get("/api/reservations").then().statusCode(200)
                .body("items.id", hasItem((int) fulfilled));
        given().auth().oauth2(studentClient).when().get("/api/events").then().statusCode(200);
    }

    @Test
    void running_the_job_twice_changes_nothing_more() {
        Shelf shelf = shelf("Twee keer");
        Student student = Builders.student(school.schoolId());
        long id = placed(student.token(), shelf.titles()[0], school.libraryId());
        cancel(student.token(), id, null).statusCode(200);
        advance(31);
        anonymisation.run();
        String after = TestDatabase.string("SELECT row(r.*)::text FROM reservation r WHERE id = ?", id);
        String counts = counts();

        Anonymisation.Result again = anonymisation.run();

        assertThat(again.reservations()).isZero();
        assertThat(again.loans()).isZero();
        assertThat(TestDatabase.string("SELECT row(r.*)::text FROM reservation r WHERE id = ?", id)).isEqualTo(after);
        assertThat(counts()).isEqualTo(counts);
    }

    @Test
    void nothing_younger_than_the_retention_and_nothing_open_is_touched() {
        Shelf shelf = shelf("Nog jong");
        Student student = Builders.student(school.schoolId());
        String token = student.token();
        long waiting = placed(token, shelf.titles()[0], school.libraryId());
        long closed = placed(token, shelf.titles()[1], school.libraryId());
        cancel(token, closed, null).statusCode(200);
        long openLoan = checkOut(desk, shelf.copies()[2], student.patronId()).statusCode(201).extract().jsonPath()
                .getLong("id");
        advance(29);

        anonymisation.run();

        assertThat(patronOf("reservation", waiting)).isEqualTo(student.patronId());
        assertThat(patronOf("reservation", closed)).isEqualTo(student.patronId());
        assertThat(patronOf("loan", openLoan)).isEqualTo(student.patronId());
        advance(60);
        anonymisation.run();
        assertThat(patronOf("reservation", waiting)).as("open, however old").isEqualTo(student.patronId());
        assertThat(patronOf("loan", openLoan)).as("still lent, however old").isEqualTo(student.patronId());
        assertThat(patronOf("reservation", closed)).isZero();
        given().auth().oauth2(token).when().get("/api/me/reservations").then().statusCode(200)
                .body("school.id", hasItem((int) waiting)).body("school.id", not(hasItem((int) closed)))
                .body("school", hasSize(1));
    }

    @Test
    void special_passes_are_not_people_and_keep_their_link() {
        Fixtures.World w = Fixtures.world();
        String branchDesk = Tokens.login("test.bieb");
        String copy = Builders.copy(Builders.title("Tentoonstelling"), w.branchId(), "ON_SHELF");
        long pass = TestDatabase.count("INSERT INTO patron (kind, last_name, owner_location_id) VALUES"
                + " ('SPECIAL_PASS', 'Tentoonstelling', ?) RETURNING id", w.branchId());
        long loan = checkOut(branchDesk, copy, pass).statusCode(201).extract().jsonPath().getLong("id");
        checkIn(branchDesk, copy).statusCode(200);
        advance(40);

        anonymisation.run();

        assertThat(patronOf("loan", loan)).isEqualTo(pass);
    }

    @Test
    void the_database_refuses_an_open_row_without_a_patron() {
        Shelf shelf = shelf("Verboden");
        Student student = Builders.student(school.schoolId());
        long waiting = placed(student.token(), shelf.titles()[0], school.libraryId());
        long openLoan = checkOut(desk, shelf.copies()[1], student.patronId()).statusCode(201).extract().jsonPath()
                .getLong("id");
        assertThatThrownBy(() -> TestDatabase.execute("UPDATE reservation SET patron_id = NULL, anonymised_at = now()"
                + " WHERE id = ?", waiting)).hasMessageContaining("reservation_anonymised_only_when_closed");
        assertThatThrownBy(() -> TestDatabase.execute("UPDATE reservation SET patron_id = NULL WHERE id = ?", waiting))
                .hasMessageContaining("reservation_patron_unless_anonymised");
        assertThatThrownBy(() -> TestDatabase.execute("UPDATE loan SET patron_id = NULL, anonymised_at = now()"
                + " WHERE id = ?", openLoan)).hasMessageContaining("loan_anonymised_only_when_returned");
    }

    private String status(long reservationId) {
        return TestDatabase.string("SELECT status FROM reservation WHERE id = ?", reservationId);
    }

    private long patronOf(String table, long id) {
        return TestDatabase.count("SELECT coalesce(patron_id, 0) FROM " + table + " WHERE id = ?", id);
    }

    private long eventsOf(List<Long> reservations, String payloadLike) {
        return TestDatabase.count("SELECT count(*) FROM domain_event WHERE aggregate_type = 'RESERVATION'"
                + " AND aggregate_id = ANY (?) AND payload::text LIKE ?", reservations.toArray(Long[]::new), payloadLike);
    }

    private long messagesOf(List<Long> reservations) {
        return TestDatabase.count("SELECT count(*) FROM message WHERE reservation_id = ANY (?)",
                (Object) reservations.toArray(Long[]::new));
    }

    /** Reservations and loans of the school per title, location, month and status, as one text. */
    private String counts() {
        return TestDatabase.string("""
                SELECT string_agg(line, E'\\n' ORDER BY line) FROM (
                    SELECT concat_ws(' ', 'R', title_id, pickup_location_id, to_char(placed_at, 'YYYY-MM'), status,
                                     count(*)) AS line
                      FROM reservation WHERE school_id = ?
                     GROUP BY title_id, pickup_location_id, to_char(placed_at, 'YYYY-MM'), status
                    UNION ALL
                    SELECT concat_ws(' ', 'L', c.title_id, ln.location_id, to_char(ln.checked_out_at, 'YYYY-MM'),
                                     ln.returned_at IS NULL, count(*))
                      FROM loan ln JOIN copy c ON c.id = ln.copy_id WHERE ln.school_id = ?
                     GROUP BY c.title_id, ln.location_id, to_char(ln.checked_out_at, 'YYYY-MM'), ln.returned_at IS NULL
                ) counts""", school.schoolId(), school.schoolId());
    }

    private JsonPath statistics(String what) {
        return given().auth().oauth2(desk).when().get("/api/statistics/" + what).then().statusCode(200).extract()
                .jsonPath();
    }
}
