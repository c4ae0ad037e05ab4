package nl.schoollibrary.reservations.collection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import nl.schoollibrary.reservations.support.Builders;
import nl.schoollibrary.reservations.support.Fixtures;
import nl.schoollibrary.reservations.support.TestDatabase;
import nl.schoollibrary.reservations.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Series mutations — dry run, set-based apply with a record, undo, scope. */
@QuarkusTest
class SeriesMutationApiTest {

    private Fixtures.World w;
    private String desk;

    @BeforeEach
    void setUp() {
        w = Fixtures.world();
        desk = Tokens.login("test.bieb");
    }

    private Map<String, Object> request(List<String> barcodes, String level) {
        return Map.of("selection", Map.of("barcodes", barcodes),
                "change", Map.of("reservationBlock", Map.of("level", level)));
    }

    @Test
    void dry_run_counts_and_changes_nothing_apply_changes_exactly_those_and_undo_restores_them() {
        long title = Builders.title("Serie");
        String a = Builders.copy(title, w.branchId(), "ON_SHELF");
        String b = Builders.copy(title, w.branchId(), "ON_SHELF");
        TestDatabase.execute("UPDATE copy SET reservation_block = 'OWN_PATRONS_ONLY' WHERE barcode = ?", b);
        String foreign = Builders.copy(title, TestDatabase.count("SELECT id FROM location WHERE code = 'TST-ANDER-1'"),
                "ON_SHELF");
        Map<String, Object> body = request(List.of(a, b, foreign), "NOT_RESERVABLE");
        given().auth().oauth2(desk).contentType(ContentType.JSON).body(body).when().post("/api/series-mutations/dry-run")
                .then().statusCode(200).body("matched", equalTo(2)).body("outOfScope", equalTo(1))
                .body("sample", hasSize(2));
        assertThat(TestDatabase.count("SELECT count(*) FROM copy WHERE barcode IN (?, ?) AND reservation_block ="
                + " 'NOT_RESERVABLE'", a, b)).isZero();

        long id = given().auth().oauth2(desk).contentType(ContentType.JSON).body(body).when().post("/api/series-mutations")
                .then().statusCode(201).body("changed", equalTo(2)).body("outOfScope", equalTo(1))
                .body("createdBy", equalTo("test.bieb")).extract().jsonPath().getLong("id");
        assertThat(TestDatabase.count("SELECT count(*) FROM copy WHERE barcode IN (?, ?) AND reservation_block ="
                + " 'NOT_RESERVABLE'", a, b)).isEqualTo(2);
        assertThat(TestDatabase.string("SELECT reservation_block FROM copy WHERE barcode = ?", foreign)).isEqualTo("NONE");
        given().auth().oauth2(desk).when().get("/api/series-mutations").then().statusCode(200)
                .body("items[0].id", equalTo((int) id));
        given().auth().oauth2(desk).when().get("/api/copies/{barcode}", a).then()
                .body("history[0].what", equalTo("SERIES_MUTATION"));

        given().auth().oauth2(desk).when().post("/api/series-mutations/{id}/undo", id).then().statusCode(200)
                .body("restored", equalTo(2)).body("skipped", equalTo(0));
        assertThat(TestDatabase.string("SELECT reservation_block FROM copy WHERE barcode = ?", a)).isEqualTo("NONE");
        assertThat(TestDatabase.string("SELECT reservation_block FROM copy WHERE barcode = ?", b))
                .isEqualTo("OWN_PATRONS_ONLY");
        given().auth().oauth2(desk).when().post("/api/series-mutations/{id}/undo", id).then().statusCode(409)
                .body("code", equalTo("CONFLICT"));
    }

    @Test
    void undo_refuses_copies_changed_again_since_unless_asked_to_skip_them() {
        long title = Builders.title("Later gewijzigd");
        String a = Builders.copy(title, w.branchId(), "ON_SHELF");
        String b = Builders.copy(title, w.branchId(), "ON_SHELF");
        long id = given().auth().oauth2(desk).contentType(ContentType.JSON)
                .body(request(List.of(a, b), "NOT_RESERVABLE")).when().post("/api/series-mutations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(desk).contentType(ContentType.JSON).body(Map.of("level", "OWN_PATRONS_ONLY"))
                .when().put("/api/copies/{barcode}/reservation-block", b).then().statusCode(200);
        given().auth().oauth2(desk).when().post("/api/series-mutations/{id}/undo", id).then().statusCode(409)
                .body("code", equalTo("CONFLICT"));
        assertThat(TestDatabase.string("SELECT reservation_block FROM copy WHERE barcode = ?", a))
                .isEqualTo("NOT_RESERVABLE");
        given().auth().oauth2(desk).queryParam("skipChanged", "true").when().post("/api/series-mutations/{id}/undo", id)
                .then().statusCode(200).body("restored", equalTo(1)).body("skipped", equalTo(1));
        assertThat(TestDatabase.string("SELECT reservation_block FROM copy WHERE barcode = ?", a)).isEqualTo("NONE");
        assertThat(TestDatabase.string("SELECT reservation_block FROM copy WHERE barcode = ?", b))
                .isEqualTo("OWN_PATRONS_ONLY");
    }

    @Test
    void selection_by_collection_with_a_loan_block_and_the_collection_default() {
        given().auth().oauth2(desk).contentType(ContentType.JSON).body(Map.of("code", "TST-KERST", "name", "Kerst test"))
                .when().post("/api/collections").then().statusCode(201);
        long title = Builders.title("Kerst");
        String copy = Builders.copy(title, w.branchId(), "ON_SHELF");
        TestDatabase.execute("UPDATE copy SET collection_id = (SELECT id FROM collection WHERE code = 'TST-KERST')"
                + " WHERE barcode = ?", copy);
        given().auth().oauth2(desk).contentType(ContentType.JSON)
                .body(Map.of("selection", Map.of("collectionCode", "TST-KERST"),
                        "change", Map.of("reservationBlock", Map.of("level", "NOT_RESERVABLE"),
                                "loanBlock", Map.of("blocked", true, "reason", "Kerstetalage"),
                                "setCollectionDefault", true)))
                .when().post("/api/series-mutations").then().statusCode(201).body("changed", equalTo(1));
        assertThat(TestDatabase.string("SELECT loan_block_reason FROM copy WHERE barcode = ?", copy)).isEqualTo("Kerstetalage");
        assertThat(TestDatabase.string("SELECT default_reservation_block FROM collection WHERE code = 'TST-KERST'"))
                .isEqualTo("NOT_RESERVABLE");
    }

    @Test
    void bad_mutations_are_refused_with_codes_and_change_nothing() {
        long before = TestDatabase.count("SELECT count(*) FROM series_mutation");
        given().auth().oauth2(desk).contentType(ContentType.JSON)
                .body(Map.of("selection", Map.of(), "change", Map.of("reservationBlock", Map.of("level", "NONE"))))
                .when().post("/api/series-mutations").then().statusCode(400).body("errors[0].field", equalTo("selection"));
        given().auth().oauth2(desk).contentType(ContentType.JSON)
                .body(Map.of("selection", Map.of("collectionCode", "BESTAAT-NIET"),
                        "change", Map.of("reservationBlock", Map.of("level", "NONE"))))
                .when().post("/api/series-mutations/dry-run").then().statusCode(400)
                .body("errors[0].field", equalTo("selection.collectionCode"));
        given().auth().oauth2(desk).contentType(ContentType.JSON)
                .body(Map.of("selection", Map.of("barcodes", List.of("TST0003")),
                        "change", Map.of("reservationBlock", Map.of("level", "NOT_RESERVABLE", "until", "2001-01-01"))))
                .when().post("/api/series-mutations").then().statusCode(400)
                .body("errors[0].field", equalTo("change.reservationBlock.until"));
        given().auth().oauth2(desk).contentType(ContentType.JSON)
                .body(Map.of("selection", Map.of("barcodes", List.of("TST0003")),
                        "change", Map.of("loanBlock", Map.of("blocked", false, "reason", "tegenstrijdig"))))
                .when().post("/api/series-mutations").then().statusCode(400).body("errors[0].field",
                        equalTo("change.loanBlock"));
        given().auth().oauth2(desk).contentType(ContentType.JSON)
                .body(Map.of("selection", Map.of("barcodes", List.of("TST0003")), "change", Map.of()))
                .when().post("/api/series-mutations").then().statusCode(400).body("errors[0].field", equalTo("change"));
        given().auth().oauth2(Tokens.login("test.sanne")).contentType(ContentType.JSON)
                .body(request(List.of("TST0003"), "NONE")).when().post("/api/series-mutations").then().statusCode(403);
        assertThat(TestDatabase.count("SELECT count(*) FROM series_mutation")).isEqualTo(before);
    }
}
