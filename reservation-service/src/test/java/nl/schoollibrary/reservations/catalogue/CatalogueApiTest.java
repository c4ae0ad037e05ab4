package nl.schoollibrary.reservations.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import nl.schoollibrary.reservations.support.Builders;
import nl.schoollibrary.reservations.support.Fixtures;
import nl.schoollibrary.reservations.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class CatalogueApiTest {

    private Fixtures.World world;

    @BeforeEach
    void setUp() {
        world = Fixtures.world();
    }

    /** The catalogue search for the words of {@code q}, answered. */
    private static ValidatableResponse search(String q) {
        return given().queryParam("q", q).when().get("/api/titles").then().statusCode(200);
    }

    @Test
    void searching_weerwolf_finds_dolfje_weerwolfje_by_prefix_and_stem() {
        search("weerwolf")
                .body("items.title", hasItem("Dolfje Weerwolfje"))
                .body("page", equalTo(0)).body("size", equalTo(20));
    }

    @Test
    void a_longer_title_is_not_ranked_below_shorter_ones_for_the_same_match() {
        long longer = Builders.title("Zoekwoord Zoveel");
        long shorter = Builders.title("Zoekwoordje");
        TestDatabase.execute("UPDATE title SET title = 'Aap Zoekwoord' WHERE id = ?", longer);
        TestDatabase.execute("UPDATE title SET title = 'Zoekwoordje' WHERE id = ?", shorter);
        search("zoekwoord").body("items.id", contains((int) longer, (int) shorter));
    }

    @Test
    void searching_boeken_finds_titles_with_boek_through_dutch_stemming() {
        search("boeken").body("items.title", hasItem("Het boek van alle dingen"));
    }

    @Test
    void accents_are_folded_both_ways() {
        search("cafe").body("items.title", hasItem("Het café van de vos"));
        search("Weerwölf").body("items.title", hasItem("Dolfje Weerwolfje"));
    }

    @Test
    void all_words_must_match_and_authors_count() {
        search("dolfje loon").body("items.title", contains("Dolfje Weerwolfje"));
        search("dolfje kuijer").body("total", equalTo(0)).body("items", hasSize(0));
    }

    @Test
    void a_query_of_only_stop_words_or_punctuation_finds_nothing_rather_than_everything() {
        search("de het een").body("total", equalTo(0));
        search("&|!:*()'\"\\").body("total", equalTo(0));
    }

    @Test
    void title_and_author_matches_come_before_description_matches() {
        long inTitle = Builders.title("Het grote vuurtorenboek");
        long inDescription = Builders.title("Aan zee");
        TestDatabase.execute("UPDATE title SET description = 'Over een oude vuurtoren.' WHERE id = ?", inDescription);
        search("vuurtoren")
                .body("items.id", contains((int) inTitle, (int) inDescription))
                .body("totalIsLowerBound", nullValue());
    }

    @Test
    void a_search_matching_more_than_five_hundred_titles_reports_a_lower_bound() {
        TestDatabase.execute("INSERT INTO title (isbn, title, authors, age_group) SELECT '979' || lpad(g::text, 10, '0'),"
                + " 'Veelvoorkomendwoord ' || g, 'Test', '9-12' FROM generate_series(1, 600) g");
        given().queryParam("q", "veelvoorkomendwoord").queryParam("size", 5).when().get("/api/titles")
                .then().statusCode(200)
                .body("items", hasSize(5))
                .body("total", equalTo(500))
                .body("totalIsLowerBound", equalTo(true));
        TestDatabase.execute("DELETE FROM title WHERE title LIKE 'Veelvoorkomendwoord %'");
    }

    @Test
    void results_carry_themes_and_copy_counts() {
        search("dolfje")
                .body("items[0].copiesTotal", equalTo(3))
                .body("items[0].copiesOnShelf", equalTo(1))
                .body("items[0].themes.code", contains("tst-griezelen"))
                .body("items[0].ageGroup", equalTo("6-9"));
    }

    @Test
    void filters_by_theme_age_group_location_and_availability() {
        given().queryParam("theme", "tst-dieren").when().get("/api/titles")
                .then().statusCode(200).body("items.title", contains("Het café van de vos"));
        given().queryParam("ageGroup", "9-12").queryParam("q", "boek").when().get("/api/titles")
                .then().statusCode(200).body("items.title", contains("Het boek van alle dingen"));
        given().queryParam("locationId", world.schoolLibraryId()).queryParam("availableNow", "true")
                .when().get("/api/titles")
                .then().statusCode(200)
                .body("items.title", hasItem("Het café van de vos"))
                .body("items.title", not(hasItem("Dolfje Weerwolfje")));
        given().queryParam("locationId", world.schoolLibraryId()).when().get("/api/titles")
                .then().statusCode(200).body("items.title", hasItem("Dolfje Weerwolfje"));
    }

    @Test
    void pages_report_the_total() {
        given().queryParam("size", 1).queryParam("page", 1).when().get("/api/titles")
                .then().statusCode(200)
                .body("items", hasSize(1)).body("page", equalTo(1)).body("size", equalTo(1))
                .body("total", greaterThanOrEqualTo(3));
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource({"page,-1", "page,abc", "size,0", "size,101", "size,1.5", "ageGroup,7-8", "availableNow,misschien",
            "locationId,abc", "locationId,-3", "theme,Bad Theme!"})
    void bad_query_parameters_are_validation_failures_naming_the_field(String name, String value) {
        given().queryParam(name, value).when().get("/api/titles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo(name))
                .body("errors[0].message", notNullValue());
    }

    @Test
    void an_overlong_query_is_refused() {
        given().queryParam("q", "a".repeat(201)).when().get("/api/titles")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("q"));
    }

    @Test
    void title_detail_shows_availability_per_location_and_the_copies() {
        given().when().get("/api/titles/{id}", world.dolfjeId())
                .then().statusCode(200)
                .body("title", equalTo("Dolfje Weerwolfje"))
                .body("description", notNullValue())
                .body("copiesTotal", equalTo(3))
                .body("copiesOnShelf", equalTo(1))
                .body("availability", hasSize(2))
                .body("availability.find { it.locationKind == 'SCHOOL_LIBRARY' }.onLoan", equalTo(2))
                .body("availability.find { it.locationKind == 'SCHOOL_LIBRARY' }.onShelf", equalTo(0))
                .body("availability.find { it.locationKind == 'SCHOOL_LIBRARY' }.nextDueDate", notNullValue())
                .body("availability.find { it.locationKind == 'BRANCH' }.onShelf", equalTo(1))
                .body("copies.barcode", hasItem("TST0001"))
                .body("copies.findAll { it.status == 'ON_LOAN' }.dueDate", everyItem(notNullValue()));
    }

    @Test
    void missing_copies_count_as_unavailable() {
        given().when().get("/api/titles/{id}", world.boekId())
                .then().statusCode(200)
                .body("availability[0].total", equalTo(2))
                .body("availability[0].onShelf", equalTo(1))
                .body("availability[0].unavailable", equalTo(1));
    }

    @ParameterizedTest
    @CsvSource({"999999999", "0", "-1", "abc", "99999999999999999999999"})
    void an_unknown_or_impossible_title_id_is_404(String id) {
        given().when().get("/api/titles/" + id)
                .then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"))
                .body("instance", equalTo("/api/titles/" + id));
    }

    @Test
    void themes_list_with_counts_and_sample_titles() {
        given().when().get("/api/themes")
                .then().statusCode(200)
                .body("find { it.code == 'tst-griezelen' }.titleCount", equalTo(1))
                .body("find { it.code == 'tst-griezelen' }.nameEn", equalTo("Spooky (test)"))
                .body("find { it.code == 'tst-griezelen' }.sampleTitleIds", contains((int) world.dolfjeId()));
    }
}
