package nl.schoollibrary.reservations.catalogue;

import static io.restassured.RestAssured.given;
import static nl.schoollibrary.reservations.catalogue.Intake.copy;
import static nl.schoollibrary.reservations.catalogue.Intake.createTitle;
import static nl.schoollibrary.reservations.catalogue.Intake.createdTitle;
import static nl.schoollibrary.reservations.catalogue.Intake.isbn;
import static nl.schoollibrary.reservations.catalogue.Intake.patchTitle;
import static nl.schoollibrary.reservations.catalogue.Intake.title;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.schoollibrary.reservations.support.Builders;
import nl.schoollibrary.reservations.support.Clients;
import nl.schoollibrary.reservations.support.TestDatabase;
import nl.schoollibrary.reservations.support.Tokens;
import org.junit.jupiter.api.Test;

/** Titles and themes through the catalogue intake API (issue 19): create, look up, patch, who may. */
@QuarkusTest
class CatalogueTitleApiTest extends CatalogueStaffTest {

    private static long count(String sql, Object... params) {
        return TestDatabase.count(sql, params);
    }

    @Test
    void a_new_title_is_stored_normalised_and_found_by_search_at_once() {
        String word = Intake.word();
        Map<String, Object> body = title(null, "Het geheim van de " + word);
        // ISBN-10 0-14-030169-0 is ISBN-13 9780140301694
        body.put("isbn", "0-14-030169-0");
        body.put("authors", " Paul van Loon ; Hugo van Poelgeest ");
        body.put("language", "dut");
        body.put("publisher", "Leopold");
        body.put("publicationYear", 2024);
        body.put("themes", List.of("tst-griezelen"));
        var created = createTitle(library, body).statusCode(201)
                .header("Location", startsWith("/api/titles/"))
                .body("isbn", equalTo("9780140301694"))
                .body("authors", equalTo("Paul van Loon; Hugo van Poelgeest"))
                .body("language", equalTo("nl"))
                .body("ageGroup", nullValue())
                .body("themes.code", contains("tst-griezelen"))
                .body("copies", empty())
                .extract().jsonPath();
        long id = created.getLong("id");
        given().queryParam("q", word).when().get("/api/titles").then().statusCode(200)
                .body("items.id", hasItem((int) id));
        // No age group: the public detail and the browse list still answer
        given().when().get("/api/titles/{id}", id).then().statusCode(200).body("ageGroup", nullValue())
                .body("isbn", equalTo("9780140301694")).body("copiesTotal", equalTo(0));
        given().auth().oauth2(school).when().get("/api/titles/lookup?isbn=978-0-14-030169-4").then().statusCode(200)
                .body("id", equalTo((int) id)).body("publisher", equalTo("Leopold"));
        given().auth().oauth2(school).when().get("/api/titles/lookup?isbn=0140301690").then().statusCode(200)
                .body("id", equalTo((int) id));
    }

    @Test
    void a_title_without_isbn_is_found_by_its_record_id() {
        Map<String, Object> body = title(null, "Zelf uitgegeven verhalen");
        body.put("recordId", "PPN-" + Intake.barcode());
        long id = createdTitle(library, body);
        given().auth().oauth2(library).queryParam("recordId", body.get("recordId")).when().get("/api/titles/lookup")
                .then().statusCode(200).body("id", equalTo((int) id)).body("isbn", nullValue());
        given().when().get("/api/titles/{id}", id).then().statusCode(200).body("$", not(hasKey("isbn")));
        given().auth().oauth2(library).queryParam("recordId", "PPN-NOPE").when().get("/api/titles/lookup")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(library).when().get("/api/titles/lookup").then().statusCode(400);
    }

    @Test
    void the_same_isbn_or_record_id_twice_is_title_exists_naming_the_title() {
        String isbn = isbn();
        Map<String, Object> body = title(isbn, "Eerste");
        body.put("recordId", "REC-" + Intake.barcode());
        long id = createdTitle(library, body);
        createTitle(school, title(isbn, "Tweede")).statusCode(409).body("code", equalTo("TITLE_EXISTS"))
                .body("titleId", equalTo((int) id));
        Map<String, Object> byRecord = title(isbn(), "Derde");
        byRecord.put("recordId", body.get("recordId"));
        createTitle(library, byRecord).statusCode(409).body("code", equalTo("TITLE_EXISTS"))
                .body("titleId", equalTo((int) id));
        long other = createdTitle(library, title(isbn(), "Vierde"));
        patchTitle(library, other, Map.of("isbn", isbn)).statusCode(409).body("code", equalTo("TITLE_EXISTS"))
                .body("titleId", equalTo((int) id));
    }

    @Test
    void every_field_error_is_answered_at_once_and_nothing_is_written() {
        long before = count("SELECT count(*) FROM title");
        Map<String, Object> body = new HashMap<>();
        body.put("isbn", "9780140301697");
        body.put("title", " ");
        body.put("authors", "A");
        body.put("publicationYear", 1200);
        body.put("language", "nederlands");
        body.put("ageGroup", "7-8");
        body.put("themes", List.of("bestaat-niet"));
        body.put("coverUrl", "javascript:alert(1)");
        createTitle(library, body).statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", containsInAnyOrder("isbn", "title", "publicationYear", "language", "ageGroup",
                        "themes", "coverUrl"));
        createTitle(library, Map.of("title", "Zonder sleutel", "authors", "")).statusCode(400)
                .body("errors.field", contains("isbn"));
        createTitle(library, Map.of("isbn", isbn(), "title", "Tekst", "authors", "A", "seriesNumber", "3"))
                .statusCode(400);
        assertThat(count("SELECT count(*) FROM title")).isEqualTo(before);
    }

    @Test
    void a_title_with_copies_is_all_or_nothing() {
        String isbn = isbn();
        String taken = Builders.copy(w.dolfjeId(), w.branchId(), "ON_SHELF");
        Map<String, Object> body = title(isbn, "Met exemplaren");
        body.put("copies", List.of(copy(Intake.barcode(), w.branchId()), copy(taken, w.branchId())));
        createTitle(library, body).statusCode(409).body("code", equalTo("BARCODE_TAKEN"));
        body.put("copies", List.of(copy(Intake.barcode(), w.branchId()), copy("x", w.branchId())));
        createTitle(library, body).statusCode(400).body("errors.field", contains("copies[1].barcode"));
        String twice = Intake.barcode();
        body.put("copies", List.of(copy(twice, w.branchId()), copy(twice, w.branchId())));
        createTitle(library, body).statusCode(400).body("errors.field", contains("copies[1].barcode"));
        // another organisation's location is not in scope
        long otherOrgBranch = count("SELECT id FROM location WHERE code = 'TST-ANDER-1'");
        body.put("copies", List.of(copy(Intake.barcode(), w.branchId()), copy(Intake.barcode(), otherOrgBranch)));
        createTitle(library, body).statusCode(404).body("code", equalTo("NOT_FOUND"));
        assertThat(count("SELECT count(*) FROM title WHERE isbn = ?", isbn)).isZero();

        String a = Intake.barcode();
        String b = Intake.barcode();
        body.put("copies", List.of(copy(a.toLowerCase(), w.branchId()), copy(b, w.otherBranchId())));
        long id = createTitle(library, body).statusCode(201).body("copies.barcode", containsInAnyOrder(a, b))
                .body("copies.status", contains("ON_SHELF", "ON_SHELF")).extract().jsonPath().getLong("id");
        given().when().get("/api/titles/{id}", id).then().statusCode(200).body("copiesTotal", equalTo(2))
                .body("copiesOnShelf", equalTo(2));
        assertThat(Intake.history(library, a)).containsExactly("CREATED");
    }

    @Test
    void a_patch_changes_what_it_names_and_null_clears() {
        String word = Intake.word();
        Map<String, Object> body = title(isbn(), "Oude titel");
        body.put("subtitle", "Een ondertitel");
        body.put("series", "Reeks");
        body.put("seriesNumber", 2);
        body.put("ageGroup", "6-9");
        long id = createdTitle(library, body);
        long cursor = Intake.lastEventId();
        Map<String, Object> patch = new HashMap<>();
        patch.put("title", "Nieuwe titel " + word);
        patch.put("subtitle", null);
        patch.put("themes", List.of("tst-dieren"));
        patchTitle(school, id, patch).statusCode(200)
                .body("title", equalTo("Nieuwe titel " + word))
                .body("subtitle", nullValue())
                .body("series", equalTo("Reeks")).body("seriesNumber", equalTo(2)).body("ageGroup", equalTo("6-9"))
                .body("themes.code", contains("tst-dieren"));
        assertThat(TestDatabase.string("SELECT updated_at::text FROM title WHERE id = ?", id)).isNotNull();
        given().queryParam("q", word).when().get("/api/titles").then().statusCode(200).body("items.id", hasItem((int) id));
        given().queryParam("q", "Oude").when().get("/api/titles").then().statusCode(200)
                .body("items.id", not(hasItem((int) id)));
        assertThat(TestDatabase.string("SELECT payload::text FROM domain_event WHERE id > ? AND type = 'TitleChanged'"
                + " AND aggregate_id = ?", cursor, id)).contains("\"title\"")
                .contains("\"fields\": [\"title\", \"subtitle\", \"themes\"]").contains("tst-dieren")
                .doesNotContain("series");
        // nothing changed: no event, same answer
        long after = Intake.lastEventId();
        patchTitle(library, id, Map.of("series", "Reeks")).statusCode(200);
        assertThat(count("SELECT count(*) FROM domain_event WHERE id > ? AND aggregate_id = ? AND type = 'TitleChanged'",
                after, id)).isZero();
        patchTitle(library, id, Map.of("ageGroup", "9-12", "seriesNumber", 3)).statusCode(200)
                .body("ageGroup", equalTo("9-12")).body("seriesNumber", equalTo(3)).body("title", startsWith("Nieuwe"));
    }

    @Test
    void a_patch_refuses_what_cannot_be() {
        long id = createdTitle(library, title(isbn(), "Streng"));
        Map<String, Object> nullTitle = new HashMap<>();
        nullTitle.put("title", null);
        patchTitle(library, id, nullTitle).statusCode(400).body("errors.field", contains("title"));
        Map<String, Object> noKey = new HashMap<>();
        noKey.put("isbn", null);
        patchTitle(library, id, noKey).statusCode(400).body("errors.field", contains("isbn"));
        patchTitle(library, id, Map.of("titel", "typo")).statusCode(400).body("errors.field", contains("titel"));
        patchTitle(library, id, Map.of("seriesNumber", "3")).statusCode(400).body("errors.field", contains("seriesNumber"));
        patchTitle(library, id, Map.of("publicationYear", 1.5)).statusCode(400);
        patchTitle(library, id, Map.of("title", 7)).statusCode(400);
        patchTitle(library, id, Map.of("themes", List.of("onbekend-thema"))).statusCode(400)
                .body("errors.field", contains("themes"));
        given().auth().oauth2(library).contentType(ContentType.JSON).body("[1]").when().patch("/api/titles/{id}", id)
                .then().statusCode(400);
        patchTitle(library, 999_999_999L, Map.of("title", "x")).statusCode(404);
        // still as it was
        given().when().get("/api/titles/{id}", id).then().statusCode(200).body("title", equalTo("Streng"));
    }

    @Test
    void who_may_change_titles_and_themes() {
        Map<String, Object> body = title(isbn(), "Rechten");
        createTitle(Builders.student(w.schoolId()).token(), body).statusCode(403);
        createTitle(Clients.ofOrganisation(w.organisationId(), "catalogue:read").token(), body).statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        createTitle(Clients.ofSchool(w.schoolId(), "catalogue:write").token(), body).statusCode(201);
        String admin = Tokens.login("test.admin");
        createTitle(admin, title(isbn(), "Beheerder")).statusCode(201);

        String code = "ci-thema-" + Intake.barcode().toLowerCase();
        Map<String, Object> theme = Map.of("code", code, "nameNl", "Ruimtevaart", "nameEn", "Space travel");
        given().auth().oauth2(school).contentType(ContentType.JSON).body(theme).when().post("/api/themes").then()
                .statusCode(403);
        given().auth().oauth2(library).contentType(ContentType.JSON).body(theme).when().post("/api/themes").then()
                .statusCode(201).body("code", equalTo(code)).body("titleCount", equalTo(0));
        given().auth().oauth2(library).contentType(ContentType.JSON).body(theme).when().post("/api/themes").then()
                .statusCode(409).body("code", equalTo("CONFLICT"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("nameNl", "Naar de sterren")).when()
                .patch("/api/themes/{code}", code).then().statusCode(200).body("nameNl", equalTo("Naar de sterren"))
                .body("nameEn", equalTo("Space travel"));
        given().auth().oauth2(Clients.ofOrganisation(w.organisationId(), "catalogue:write").token())
                .contentType(ContentType.JSON).body(Map.of("nameEn", "To the stars")).when()
                .patch("/api/themes/{code}", code).then().statusCode(200).body("nameEn", equalTo("To the stars"));
        given().auth().oauth2(library).contentType(ContentType.JSON).body(Map.of("nameNl", "x")).when()
                .patch("/api/themes/{code}", "bestaat-niet").then().statusCode(404);
        given().auth().oauth2(library).contentType(ContentType.JSON)
                .body(Map.of("code", "Fout Code", "nameNl", "", "nameEn", "x")).when().post("/api/themes").then()
                .statusCode(400).body("errors.field", containsInAnyOrder("code", "nameNl"));
        long id = createdTitle(library, Map.of("isbn", isbn(), "title", "Met nieuw thema", "authors", "",
                "themes", List.of(code)));
        given().when().get("/api/titles/{id}", id).then().statusCode(200).body("themes.nameNl", contains("Naar de sterren"))
                .body("authors", equalTo(""));
    }

    @Test
    void title_events_are_in_the_feed_of_the_actors_tenant() {
        String orgClient = Clients.ofOrganisation(w.organisationId(), "events:read").token();
        String zon = Clients.ofSchool(w.schoolId(), "events:read").token();
        String maan = Clients.ofSchool(w.otherSchoolId(), "events:read").token();
        long cursor = Intake.lastEventId();
        long byLibrary = createdTitle(library, title(isbn(), "Gebeurtenis bieb"));
        long bySchool = createdTitle(school, title(isbn(), "Gebeurtenis school"));
        Intake.events(orgClient, cursor).statusCode(200)
                .body("items.findAll { it.type == 'TitleCreated' }.aggregateId",
                        hasItems((int) byLibrary, (int) bySchool))
                .body("items.find { it.aggregateId == " + byLibrary + " && it.type == 'TitleCreated' }.aggregateType",
                        equalTo("TITLE"));
        Intake.events(zon, cursor).statusCode(200)
                .body("items.findAll { it.type == 'TitleCreated' }.aggregateId", contains((int) bySchool));
        Intake.events(maan, cursor).statusCode(200)
                .body("items.findAll { it.type == 'TitleCreated' }.aggregateId", empty());
        String other = Tokens.login("test.ander");
        assertThat(count("SELECT count(*) FROM domain_event WHERE id > ? AND type = 'TitleCreated' AND organisation_id"
                + " <> ?", cursor, w.organisationId())).isZero();
        given().auth().oauth2(other).when().get("/api/titles/{id}/catalogue", byLibrary).then().statusCode(200)
                .body("copies", empty()).body("id", notNullValue());
    }
}
