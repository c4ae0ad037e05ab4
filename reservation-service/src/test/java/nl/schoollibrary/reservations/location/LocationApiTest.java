package nl.schoollibrary.reservations.location;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import nl.schoollibrary.reservations.support.Builders;
import nl.schoollibrary.reservations.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LocationApiTest {

    private Fixtures.World world;

    @BeforeEach
    void setUp() {
        world = Fixtures.world();
    }

    /** The shelf of a location, a page of it with {@code paging} (page, size). */
    private static ValidatableResponse shelf(long locationId, Map<String, ?> paging) {
        return given().queryParams(paging).when().get("/api/locations/{id}/shelf", locationId).then();
    }

    @Test
    void locations_list_with_kind_hours_and_closed_periods() {
        given().when().get("/api/locations")
                .then().statusCode(200)
                .body("find { it.code == 'TST-SB-ZON' }.kind", equalTo("SCHOOL_LIBRARY"))
                .body("find { it.code == 'TST-SB-ZON' }.schoolId", equalTo((int) world.schoolId()))
                .body("find { it.code == 'TST-SB-ZON' }.pickupDays", equalTo(5))
                .body("find { it.code == 'TST-SB-ZON' }.openingHours", hasSize(5))
                .body("find { it.code == 'TST-SB-ZON' }.openingHours[0].opens", equalTo("08:30"))
                .body("find { it.code == 'TST-SB-ZON' }.closedPeriods[0].reason", equalTo("Kerstvakantie"))
                .body("find { it.code == 'TST-CENTRUM' }.kind", equalTo("BRANCH"));
    }

    @Test
    void the_shelf_lists_titles_in_shelf_mark_order() {
        long kast = Builders.branch("Kast");
        Builders.shelvedCopy(world.cafeId(), kast, "PRENT TEST", "ON_SHELF");
        Builders.shelvedCopy(world.dolfjeId(), kast, "AVI-E4 LOON", "ON_LOAN");
        Builders.shelvedCopy(world.dolfjeId(), kast, "AVI-E4 LOON", "ON_SHELF");
        shelf(kast, Map.of()).statusCode(200)
                .body("items.shelfMark", contains("AVI-E4 LOON", "PRENT TEST"))
                .body("items[0].title.title", equalTo("Dolfje Weerwolfje"))
                .body("items[0].copies", equalTo(2))
                .body("items[0].onShelf", equalTo(1))
                .body("total", equalTo(2));
    }

    @Test
    void shelf_pages_count_the_whole_shelf() {
        long kast = Builders.branch("Kast");
        Builders.shelvedCopy(world.boekId(), kast, "JEUGD KUIJ", "ON_SHELF");
        Builders.shelvedCopy(world.dolfjeId(), kast, "JEUGD LOON", "ON_SHELF");
        Builders.shelvedCopy(world.cafeId(), kast, "PRENT TEST", "ON_SHELF");
        shelf(kast, Map.of("size", 1, "page", 1)).statusCode(200)
                .body("items", hasSize(1)).body("items[0].shelfMark", equalTo("JEUGD LOON")).body("total", equalTo(3));
    }

    @Test
    void an_unknown_location_is_404_and_bad_paging_400() {
        given().when().get("/api/locations/987654/shelf")
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        given().when().get("/api/locations/abc/shelf")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        shelf(world.branchId(), Map.of("size", "x"))
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("size"));
    }
}
