package nl.schoollibrary.reservations.circulation;

import static io.restassured.RestAssured.given;
import static nl.schoollibrary.reservations.support.Api.checkOut;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import nl.schoollibrary.reservations.support.Builders;
import nl.schoollibrary.reservations.support.Fixtures;
import nl.schoollibrary.reservations.support.TestDatabase;
import nl.schoollibrary.reservations.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A special pass is usable by the staff of the location that owns it: school staff lend to and reserve for the
 * passes of their school library (and see those loans and reservations as their school's); library staff for the
 * passes of every location of their organisation; another school's staff do not find it.
 */
@QuarkusTest
class SpecialPassApiTest {

    private Fixtures.World w;
    private Builders.School school;
    private String schoolDesk;
    private long pass;

    @BeforeEach
    void setUp() {
        w = Fixtures.world();
        school = Builders.school(true, false, true, 3);
        schoolDesk = Tokens.login(school.staffUsername());
        pass = given().auth().oauth2(schoolDesk).contentType(ContentType.JSON).body(Map.of("name", "Tentoonstelling"))
                .when().post("/api/special-passes").then().statusCode(201)
                .body("location.id", equalTo((int) school.libraryId())).extract().jsonPath().getLong("id");
        given().auth().oauth2(schoolDesk).when().get("/api/special-passes").then().statusCode(200)
                .body("id", hasItem((int) pass));
    }

    @Test
    void school_staff_lend_a_copy_to_their_school_librarys_pass_and_see_the_loan() {
        String copy = Builders.copy(Builders.title("Op de tentoonstelling"), school.libraryId(), "ON_SHELF");

        long loan = checkOut(schoolDesk, copy, pass).statusCode(201).body("patron.id", equalTo((int) pass))
                .extract().jsonPath().getLong("id");

        assertThat(TestDatabase.count("SELECT count(*) FROM loan WHERE id = ? AND patron_id = ? AND returned_at IS NULL"
                + " AND school_id = ?", loan, pass, school.schoolId())).isEqualTo(1);
        assertThat(Builders.status(copy)).isEqualTo("ON_LOAN");
        given().auth().oauth2(schoolDesk).when().get("/api/loans/{id}", loan).then().statusCode(200);
        given().auth().oauth2(schoolDesk).when().get("/api/special-passes").then().statusCode(200)
                .body("find { it.id == " + pass + " }.loans.barcode", hasItem(copy));
    }

    @Test
    void school_staff_place_a_copy_reservation_for_their_pass_and_can_read_and_cancel_it() {
        String copy = Builders.copy(Builders.title("Voor de vitrine"), school.libraryId(), "ON_LOAN");

        long reservation = reserveCopy(schoolDesk, copy, pass).statusCode(201).body("kind", equalTo("COPY"))
                .body("status", equalTo("WAITING")).extract().jsonPath().getLong("id");

        assertThat(TestDatabase.count("SELECT count(*) FROM reservation WHERE id = ? AND patron_id = ? AND school_id = ?",
                reservation, pass, school.schoolId())).isEqualTo(1);
        given().auth().oauth2(schoolDesk).when().get("/api/reservations/{id}", reservation).then().statusCode(200);
        given().auth().oauth2(schoolDesk).contentType(ContentType.JSON)
                .body(Map.of("reason", "Tentoonstelling gaat niet door")).when().post("/api/reservations/{id}/cancel", reservation).then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
    }

    @Test
    void another_schools_staff_do_not_find_the_pass() {
        String maanDesk = Tokens.login("test.school.maan");
        String lend = Builders.copy(Builders.title("Van De Maan"), w.otherSchoolLibraryId(), "ON_SHELF");
        String reserve = Builders.copy(Builders.title("Ook van De Maan"), w.otherSchoolLibraryId(), "ON_LOAN");
        long loans = TestDatabase.count("SELECT count(*) FROM loan WHERE patron_id = ?", pass);
        long reservations = TestDatabase.count("SELECT count(*) FROM reservation WHERE patron_id = ?", pass);

        checkOut(maanDesk, lend, pass).statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"));
        reserveCopy(maanDesk, reserve, pass).statusCode(404).body("code", equalTo("NOT_FOUND"));

        assertThat(TestDatabase.count("SELECT count(*) FROM loan WHERE patron_id = ?", pass)).isEqualTo(loans);
        assertThat(TestDatabase.count("SELECT count(*) FROM reservation WHERE patron_id = ?", pass)).isEqualTo(reservations);
        assertThat(Builders.status(lend)).isEqualTo("ON_SHELF");
    }

    @Test
    void library_staff_of_the_organisation_lend_to_a_school_librarys_pass() {
        String branchDesk = Tokens.login("test.bieb");
        String copy = Builders.copy(Builders.title("Uit de vestiging"), w.branchId(), "ON_SHELF");

        checkOut(branchDesk, copy, pass).statusCode(201).body("patron.id", equalTo((int) pass));

        assertThat(TestDatabase.count("SELECT count(*) FROM loan WHERE patron_id = ? AND returned_at IS NULL", pass))
                .isEqualTo(1);
        checkOut(Tokens.login("test.ander"), Builders.copy(Builders.title("Andere bieb"), w.branchId(), "ON_SHELF"),
                pass).statusCode(404);
    }

    private static ValidatableResponse reserveCopy(String token, String barcode, long patronId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("patronId", patronId))
                .when().post("/api/copies/{barcode}/reservations", barcode).then();
    }
}
