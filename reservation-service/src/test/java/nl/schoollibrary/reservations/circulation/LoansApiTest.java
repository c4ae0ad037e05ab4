package nl.schoollibrary.reservations.circulation;

import static io.restassured.RestAssured.given;
import static nl.schoollibrary.reservations.support.Api.checkIn;
import static nl.schoollibrary.reservations.support.Api.checkOut;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import nl.schoollibrary.reservations.support.Builders;
import nl.schoollibrary.reservations.support.Builders.Student;
import nl.schoollibrary.reservations.support.Clients;
import nl.schoollibrary.reservations.support.Fixtures;
import nl.schoollibrary.reservations.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 7: GET /api/loans for integration clients (scope loans:read) and staff, scoped like GET /api/reservations. */
@QuarkusTest
class LoansApiTest {

    private Builders.School schoolA;
    private Builders.School schoolB;
    private Student annaA;
    private Student bramA;
    private Student carlaB;
    private int openLoanA;
    private int returnedLoanA;
    private int loanB;

    /** School A: an open loan (Anna) and a returned one (Bram); school B: an open loan (Carla). */
    @BeforeEach
    void setUp() {
        Fixtures.world();
        schoolA = Builders.school(true, false, true, 3);
        schoolB = Builders.school(true, false, true, 3);
        annaA = Builders.student(schoolA.schoolId());
        bramA = Builders.student(schoolA.schoolId());
        carlaB = Builders.student(schoolB.schoolId());
        long title = Builders.title("Uitleenlijst");
        String deskA = Tokens.login(schoolA.staffUsername());
        String deskB = Tokens.login(schoolB.staffUsername());
        String copyA1 = Builders.copy(title, schoolA.libraryId(), "ON_SHELF");
        String copyA2 = Builders.copy(title, schoolA.libraryId(), "ON_SHELF");
        String copyB = Builders.copy(title, schoolB.libraryId(), "ON_SHELF");
        openLoanA = checkOut(deskA, copyA1, annaA.patronId()).statusCode(201).extract().path("id");
        returnedLoanA = checkOut(deskA, copyA2, bramA.patronId()).statusCode(201).extract().path("id");
        checkIn(deskA, copyA2).statusCode(200);
        loanB = checkOut(deskB, copyB, carlaB.patronId()).statusCode(201).extract().path("id");
    }

    @Test
    void a_client_with_loans_read_lists_its_schools_loans_newest_first_with_filters() {
        String token = Clients.ofSchool(schoolA.schoolId(), "loans:read").token();
        given().auth().oauth2(token).when().get("/api/loans").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", contains(returnedLoanA, openLoanA))
                .body("items.patron", everyItem(nullValue()));
        given().auth().oauth2(token).queryParam("status", "open").when().get("/api/loans").then().statusCode(200)
                .body("items.id", contains(openLoanA)).body("items[0].status", equalTo("OPEN"))
                .body("items[0].returnedAt", nullValue());
        given().auth().oauth2(token).queryParam("status", "RETURNED").when().get("/api/loans").then().statusCode(200)
                .body("items.id", contains(returnedLoanA)).body("items[0].status", equalTo("RETURNED"))
                .body("items[0].returnedAt", notNullValue()).body("items[0].overdue", equalTo(false));
        given().auth().oauth2(token).queryParam("studentNumber", Builders.studentNumberOf(annaA)).when()
                .get("/api/loans").then().statusCode(200).body("items.id", contains(openLoanA));
        given().auth().oauth2(token).queryParam("patronId", bramA.patronId()).when().get("/api/loans").then()
                .statusCode(200).body("items.id", contains(returnedLoanA));
        given().auth().oauth2(token).queryParam("size", 1).queryParam("page", 1).when().get("/api/loans").then()
                .statusCode(200).body("items.id", contains(openLoanA)).body("total", equalTo(2));
        given().auth().oauth2(token).when().get("/api/loans/{id}", openLoanA).then().statusCode(200)
                .body("barcode", notNullValue()).body("title.title", notNullValue());
    }

    @Test
    void a_client_of_school_a_sees_nothing_of_school_b() {
        String token = Clients.ofSchool(schoolA.schoolId(), "loans:read").token();
        given().auth().oauth2(token).when().get("/api/loans").then().statusCode(200)
                .body("items.id", not(hasItems(loanB)));
        given().auth().oauth2(token).queryParam("patronId", carlaB.patronId()).when().get("/api/loans").then()
                .statusCode(200).body("items", empty()).body("total", equalTo(0));
        given().auth().oauth2(token).queryParam("studentNumber", Builders.studentNumberOf(carlaB)).when()
                .get("/api/loans").then().statusCode(200).body("items", empty());
        given().auth().oauth2(token).when().get("/api/loans/{id}", loanB).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void an_organisation_client_sees_the_loans_of_every_school_of_its_organisation() {
        String token = Clients.ofOrganisation(Fixtures.world().organisationId(), "loans:read").token();
        given().auth().oauth2(token).queryParam("size", 100).when().get("/api/loans").then().statusCode(200)
                .body("items.id", hasItems(openLoanA, returnedLoanA, loanB));
    }

    @Test
    void a_client_without_loans_read_is_forbidden() {
        String token = Clients.ofSchool(schoolA.schoolId(), "reservations:read", "events:read").token();
        given().auth().oauth2(token).when().get("/api/loans").then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(token).when().get("/api/loans/{id}", openLoanA).then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void without_a_token_loans_need_authentication() {
        given().when().get("/api/loans").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer").body("code", equalTo("AUTHENTICATION_REQUIRED"));
    }

    @Test
    void bad_filters_and_pages_are_validation_problems() {
        String token = Clients.ofSchool(schoolA.schoolId(), "loans:read").token();
        record Bad(String param, String value) {
        }
        for (Bad bad : new Bad[] {new Bad("status", "lost"), new Bad("patronId", "abc"), new Bad("patronId", "0"),
                new Bad("page", "-1"), new Bad("size", "1000"), new Bad("size", "x"),
                new Bad("studentNumber", "x".repeat(41))}) {
            given().auth().oauth2(token).queryParam(bad.param(), bad.value()).when().get("/api/loans").then()
                    .statusCode(400).contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"))
                    .body("errors[0].field", equalTo(bad.param()));
        }
        given().auth().oauth2(token).when().get("/api/loans/{id}", "abc").then().statusCode(404);
    }

    @Test
    void staff_see_loans_of_their_school_or_organisation_with_the_patron_and_students_are_refused() {
        given().auth().oauth2(Tokens.login(schoolA.staffUsername())).when().get("/api/loans").then().statusCode(200)
                .body("items.id", containsInAnyOrder(returnedLoanA, openLoanA))
                .body("items.patron.id", containsInAnyOrder((int) bramA.patronId(), (int) annaA.patronId()));
        given().auth().oauth2(Tokens.login(schoolB.staffUsername())).when().get("/api/loans/{id}", openLoanA).then()
                .statusCode(404);
        given().auth().oauth2(Tokens.login("test.bieb")).queryParam("size", 100).when().get("/api/loans").then()
                .statusCode(200).body("items.id", hasItems(openLoanA, loanB));
        given().auth().oauth2(Tokens.login("test.ander")).when().get("/api/loans/{id}", openLoanA).then()
                .statusCode(404);
        given().auth().oauth2(annaA.token()).when().get("/api/loans").then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
    }
}
