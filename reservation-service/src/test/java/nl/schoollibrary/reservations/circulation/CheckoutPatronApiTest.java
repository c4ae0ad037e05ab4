package nl.schoollibrary.reservations.circulation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import nl.schoollibrary.reservations.support.Builders;
import nl.schoollibrary.reservations.support.Builders.Student;
import nl.schoollibrary.reservations.support.TestDatabase;
import nl.schoollibrary.reservations.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /api/checkouts/patron: the desk sees whom it lends to (name, group, school) before the first book. */
@QuarkusTest
class CheckoutPatronApiTest {

    private Builders.School schoolA;
    private Builders.School schoolB;
    private Student annaA;
    private Student carlaB;

    @BeforeEach
    void setUp() {
        schoolA = Builders.school(true, false, true, 3);
        schoolB = Builders.school(true, false, true, 3);
        annaA = Builders.student(schoolA.schoolId(), true, Builders.branch("Pasvestiging"), LocalDate.now().plusYears(1));
        carlaB = Builders.student(schoolB.schoolId());
    }

    @Test
    void school_staff_find_their_student_by_patron_number_with_name_group_and_school() {
        given().auth().oauth2(Tokens.login(schoolA.staffUsername())).queryParam("patronId", annaA.patronId())
                .when().get("/api/checkouts/patron").then().statusCode(200)
                .body("id", equalTo((int) annaA.patronId()))
                .body("name", equalTo("Leerling Nummer" + annaA.username().substring("leerling".length())))
                .body("groupName", equalTo("groep 6"))
                .body("schoolName", equalTo(schoolName(schoolA)));
    }

    @Test
    void library_staff_find_a_student_of_their_organisation_by_card_number() {
        given().auth().oauth2(Tokens.login("test.bieb")).queryParam("cardNumber", " " + Builders.cardOf(annaA) + " ")
                .when().get("/api/checkouts/patron").then().statusCode(200)
                .body("id", equalTo((int) annaA.patronId())).body("schoolName", equalTo(schoolName(schoolA)));
    }

    @Test
    void a_student_of_another_school_or_organisation_or_an_unknown_card_is_not_found() {
        String deskA = Tokens.login(schoolA.staffUsername());
        given().auth().oauth2(deskA).queryParam("patronId", carlaB.patronId()).when().get("/api/checkouts/patron")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(Tokens.login("test.ander")).queryParam("patronId", annaA.patronId()).when()
                .get("/api/checkouts/patron").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(deskA).queryParam("cardNumber", "GEEN-PAS").when().get("/api/checkouts/patron")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void neither_or_both_ways_of_naming_the_patron_is_a_bad_request_and_students_are_refused() {
        String deskA = Tokens.login(schoolA.staffUsername());
        given().auth().oauth2(deskA).when().get("/api/checkouts/patron").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        given().auth().oauth2(deskA).queryParam("patronId", annaA.patronId())
                .queryParam("cardNumber", Builders.cardOf(annaA)).when().get("/api/checkouts/patron").then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        given().auth().oauth2(deskA).queryParam("patronId", "abc").when().get("/api/checkouts/patron").then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        given().auth().oauth2(Tokens.login(annaA.username())).queryParam("patronId", annaA.patronId()).when()
                .get("/api/checkouts/patron").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    private static String schoolName(Builders.School school) {
        return TestDatabase.string("SELECT name FROM school WHERE id = ?",
                school.schoolId());
    }
}
