package nl.schoollibrary.reservations.catalogue;

import nl.schoollibrary.reservations.support.Fixtures;
import nl.schoollibrary.reservations.support.Tokens;
import org.junit.jupiter.api.BeforeEach;

/** What the catalogue intake tests start from: the test world, and the tokens of its library and school staff. */
abstract class CatalogueStaffTest {

    Fixtures.World w;
    String library;
    String school;

    @BeforeEach
    void logInStaff() {
        w = Fixtures.world();
        library = Tokens.login("test.bieb");
        school = Tokens.login("test.school");
    }
}
