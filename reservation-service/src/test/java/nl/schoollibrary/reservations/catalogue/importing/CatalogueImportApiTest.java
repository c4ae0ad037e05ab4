package nl.schoollibrary.reservations.catalogue.importing;

import static io.restassured.RestAssured.given;
import static nl.schoollibrary.reservations.support.TestDatabase.count;
import static nl.schoollibrary.reservations.support.TestDatabase.insertId;
import static nl.schoollibrary.reservations.support.TestDatabase.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.schoollibrary.reservations.support.Clients;
import nl.schoollibrary.reservations.support.Fixtures;
import nl.schoollibrary.reservations.support.TestDatabase;
import nl.schoollibrary.reservations.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The catalogue import through the API on the real database: MARC 21 (ISO 2709 in UTF-8 and MARC-8, MARCXML), CSV and
 * JSON; the same file twice; damaged files refused whole; all-or-nothing; dry run; collection defaults with history;
 * moves of held copies refused; who may import what.
 *
 * <p>The organisation is the demo's ({@code BRL}, with the demo's location codes), made here, since the MARC test
 * files name those codes.
 */
@QuarkusTest
class CatalogueImportApiTest {

    private static final String PATH = "/api/catalogue/imports";
    private static final AtomicInteger SEQ = new AtomicInteger(5000);
    private static final String HASH = BCrypt.withDefaults().hashToString(4, Fixtures.PASSWORD.toCharArray());
    private static final String CLIENT_SECRET = "geheim-client-123";

    record Brl(long organisationId, long centrum, long noord, long regenboog, long wegwijzer) {
    }

    private static Brl brl;

    /** The demo organisation's locations, staff, themes and collection KBW-2026 (default block 7). */
    static synchronized Brl brl() {
        if (brl != null) {
            return brl;
        }
        brl = TestDatabase.inConnection(c -> {
            c.setAutoCommit(false);
            long org = insertId(c, "INSERT INTO organisation (code, name) VALUES ('BRL', 'Bibliotheek Rivierenland')"
                    + " RETURNING id");
            long centrum = branch(c, org, "BRL-CENTRUM");
            long noord = branch(c, org, "BRL-NOORD");
            branch(c, org, "BRL-OOST");
            long regenboog = school(c, org, "17RB", "SB-REGENBOOG");
            long wegwijzer = school(c, org, "08WW", "SB-WEGWIJZER");
            user(c, "brl.bieb", "LIBRARY_STAFF", "organisation_id, location_id", org + ", " + centrum);
            user(c, "brl.beheer", "ADMIN", "organisation_id", String.valueOf(org));
            long school = insertId(c, "SELECT school_id FROM location WHERE id = ?", regenboog);
            user(c, "brl.regenboog", "SCHOOL_STAFF", "school_id, location_id", school + ", " + regenboog);
            for (String[] theme : new String[][] {{"dieren", "Dieren"}, {"griezelen", "Griezelen"},
                    {"vriendschap", "Vriendschap"}, {"avontuur", "Avontuur"}, {"humor", "Humor"},
                    {"geschiedenis", "Geschiedenis"}, {"sprookjes", "Sprookjes"}, {"fantasy", "Fantasy"},
                    {"familie", "Familie"}, {"school", "School"}, {"detective", "Detective"}}) {
                TestDatabase.update(c, "INSERT INTO theme (code, name_nl, name_en) VALUES (?, ?, ?)"
                        + " ON CONFLICT (code) DO NOTHING", theme[0], theme[1], theme[1]);
            }
            TestDatabase.update(c, "INSERT INTO collection (organisation_id, code, name, default_reservation_block)"
                    + " VALUES (?, 'KBW-2026', 'Kinderboekenweek 2026', 'OWN_PATRONS_ONLY')", org);
            TestDatabase.update(c, "INSERT INTO collection (organisation_id, code, name) VALUES (?, 'PRENTEN',"
                    + " 'Prentenboeken')", org);
            TestDatabase.update(c, "INSERT INTO integration_client (client_id, secret_hash, name, scopes,"
                    + " organisation_id) VALUES ('brl-catalogus', ?, 'Catalogus BRL', '{catalogue:write}', ?)",
                    BCrypt.withDefaults().hashToString(4, CLIENT_SECRET.toCharArray()), org);
            TestDatabase.update(c, "INSERT INTO integration_client (client_id, secret_hash, name, scopes,"
                    + " school_id) VALUES ('regenboog-catalogus', ?, 'Catalogus Regenboog', '{catalogue:write}', ?)",
                    BCrypt.withDefaults().hashToString(4, CLIENT_SECRET.toCharArray()), school);
            c.commit();
            return new Brl(org, centrum, noord, regenboog, wegwijzer);
        });
        return brl;
    }

    private static long branch(Connection c, long org, String code) throws SQLException {
        return insertId(c, "INSERT INTO location (organisation_id, code, name, kind, city) VALUES (?, ?, ?, 'BRANCH',"
                + " 'Tiel') RETURNING id", org, code, "Bibliotheek " + code);
    }

    private static long school(Connection c, long org, String brin, String code) throws SQLException {
        long school = insertId(c, "INSERT INTO school (organisation_id, brin, name) VALUES (?, ?, ?) RETURNING id",
                org, brin, "School " + code);
        return insertId(c, "INSERT INTO location (organisation_id, code, name, kind, school_id) VALUES (?, ?, ?,"
                + " 'SCHOOL_LIBRARY', ?) RETURNING id", org, code, "Schoolbibliotheek " + code, school);
    }

    private static void user(Connection c, String username, String role, String columns, String values)
            throws SQLException {
        TestDatabase.update(c, "INSERT INTO app_user (username, password_hash, role, display_name, " + columns
                + ") VALUES (?, ?, ?, ?, " + values + ")", username, HASH, role, username);
    }

    private static String admin() {
        brl();
        return Tokens.login("brl.beheer");
    }

    private static String clientToken(String clientId) {
        return new Clients.Client(clientId, CLIENT_SECRET).token();
    }

    static ValidatableResponse post(String token, String type, byte[] body, Object... query) {
        var request = given().auth().oauth2(token).contentType(type).body(body);
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam((String) query[i], query[i + 1]);
        }
        return request.when().post(PATH).then();
    }

    static ValidatableResponse csv(String token, String text, Object... query) {
        return post(token, "text/csv", text.getBytes(StandardCharsets.UTF_8), query);
    }

    private static byte[] resource(String name) {
        try (InputStream in = CatalogueImportApiTest.class.getResourceAsStream("/catalogue/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh valid ISBN-13 (97890215…). */
    static String isbn() {
        return MarcTestFiles.isbn13("97890215" + String.format("%04d", SEQ.incrementAndGet()));
    }

    static String barcode() {
        return String.format("5%011d", SEQ.incrementAndGet());
    }

    /** Titles, copies and copy history: all that an import writes (its own record aside). */
    private static String tables() {
        return count("SELECT count(*) FROM title") + "/" + count("SELECT count(*) FROM copy") + "/"
                + count("SELECT count(*) FROM copy_change") + "/" + count("SELECT count(*) FROM title_theme") + "/"
                + string("SELECT coalesce(max(updated_at)::text, '') FROM title");
    }

    @Test
    void a_marc_file_gives_its_titles_and_copies_and_the_same_file_again_changes_nothing() {
        String token = admin();
        int copies = MarcTestFiles.books().stream().mapToInt(b -> b.holdings().size()).sum();
        byte[] marc = resource("kinderboeken.mrc");
        post(token, "application/marc", marc).statusCode(200).body("format", equalTo("MARC"))
                .body("titles.created", equalTo(22)).body("titles.rejected", equalTo(0))
                .body("copies.created", equalTo(copies)).body("copies.rejected", equalTo(0))
                .body("errors", hasSize(0)).body("notes[0]", containsString("Ridders"));

        String pluk = MarcTestFiles.isbn13("978902140011");
        assertThat(string("SELECT title || '|' || authors || '|' || publisher || '|' || publication_year || '|'"
                + " || language || '|' || age_group || '|' || reading_level || '|' || record_id FROM title"
                + " WHERE isbn = ?", pluk)).isEqualTo("Pluk van de Petteflet|Annie M.G. Schmidt|Querido|1971|nl|6-9|M5"
                        + "|BRL000101");
        String keel = MarcTestFiles.isbn13("978902140030");
        assertThat(string("SELECT title || '|' || subtitle || '|' || authors FROM title WHERE isbn = ?", keel))
                .isEqualTo("Het geheim van de keel|Één, twee, Gëtriebe|Dolf Verroen; Élise de Fiere");
        assertThat(string("SELECT description FROM title WHERE isbn = ?", keel)).contains("à la minute", "ë, é, ï, ü");
        String dolfje = MarcTestFiles.isbn13("978902140021");
        assertThat(string("SELECT series || ' ' || series_number || ' ' || string_agg(th.code, ',' ORDER BY th.code)"
                + " FROM title t JOIN title_theme tt ON tt.title_id = t.id JOIN theme th ON th.id = tt.theme_id"
                + " WHERE isbn = ? GROUP BY series, series_number", dolfje)).isEqualTo("Dolfje Weerwolfje 1 dieren,griezelen");
        assertThat(string("SELECT language FROM title WHERE isbn = ?", MarcTestFiles.isbn13("978902140031")))
                .isEqualTo("fy");
        assertThat(string("SELECT coalesce(age_group, 'none') FROM title WHERE isbn = ?",
                MarcTestFiles.isbn13("978902140032"))).isEqualTo("none");
        assertThat(string("SELECT l.code || ' ' || c.shelf_mark || ' ' || c.status FROM copy c JOIN location l"
                + " ON l.id = c.owner_location_id WHERE barcode = '401000000303'")).isEqualTo("SB-WEGWIJZER BECK ON_SHELF");
        assertThat(count("SELECT count(*) FROM copy_change h JOIN copy c ON c.id = h.copy_id WHERE h.what = 'CREATED'"
                + " AND c.barcode LIKE '4010000%'")).isEqualTo(copies);
        assertThat(count("SELECT count(*) FROM domain_event WHERE type = 'CatalogueImported'")).isPositive();

        String before = tables();
        post(token, "application/marc", marc).statusCode(200).body("titles.unchanged", equalTo(22))
                .body("titles.created", equalTo(0)).body("titles.updated", equalTo(0))
                .body("copies.unchanged", equalTo(copies)).body("copies.created", equalTo(0))
                .body("copies.updated", equalTo(0));
        // The same records as MARCXML, and five of them in MARC-8 (leader/09 blank): read alike, so nothing changes.
        post(token, "application/marcxml+xml", resource("kinderboeken.xml")).statusCode(200)
                .body("format", equalTo("MARCXML")).body("titles.unchanged", equalTo(22))
                .body("copies.unchanged", equalTo(copies));
        post(token, "application/marc", resource("kinderboeken-marc8.mrc")).statusCode(200)
                .body("titles.unchanged", equalTo(5)).body("titles.updated", equalTo(0));
        assertThat(tables()).isEqualTo(before);

        given().auth().oauth2(token).when().get(PATH).then().statusCode(200)
                .body("items.format", hasItem("MARCXML")).body("items[0].fileSha256", startsWith(""))
                .body("items.status", hasItem("APPLIED"));
    }

    @Test
    void a_marc_file_with_one_broken_record_is_refused_naming_the_record_and_writes_nothing() {
        String token = admin();
        String before = tables();
        long runs = count("SELECT count(*) FROM import_run WHERE status = 'REFUSED'");
        post(token, "application/marc", resource("kapot.mrc")).statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("IMPORT_FILE_MALFORMED"))
                .body("errors[0].field", equalTo("record 3"));
        assertThat(tables()).isEqualTo(before);
        assertThat(count("SELECT count(*) FROM import_run WHERE status = 'REFUSED'")).isEqualTo(runs + 1);
    }

    @Test
    void damaged_files_are_refused_whole_naming_the_line() {
        String token = admin();
        String isbn = isbn();
        String before = tables();
        String good = "isbn,title,authors,barcode,location,shelfMark\n" + isbn + ",Titel,Auteur," + barcode()
                + ",BRL-CENTRUM,JEUGD\n";
        csv(token, good + isbn + ",\"Titel,Auteur," + barcode() + ",BRL-CENTRUM,JEUGD\n").statusCode(400)
                .body("code", equalTo("IMPORT_FILE_MALFORMED")).body("errors[0].field", equalTo("line 3"))
                .body("errors[0].message", containsString("not closed"));
        csv(token, "isbn,title,kleur\n" + isbn + ",Titel,rood\n").statusCode(400)
                .body("code", equalTo("IMPORT_FILE_MALFORMED")).body("errors[0].field", equalTo("line 1"))
                .body("errors[0].message", containsString("kleur"));
        csv(token, good + isbn + ",Titel\n").statusCode(400).body("errors[0].field", equalTo("line 3"));
        byte[] latin1 = (good + isbn + ",Caf\u00e9,Auteur," + barcode() + ",BRL-CENTRUM,JEUGD\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        post(token, "text/csv", latin1).statusCode(400).body("code", equalTo("IMPORT_FILE_MALFORMED"))
                .body("errors[0].field", equalTo("line 3")).body("errors[0].message", containsString("UTF-8"));
        post(token, "application/json", "[1, 2]".getBytes(StandardCharsets.UTF_8)).statusCode(400)
                .body("code", equalTo("IMPORT_FILE_MALFORMED"));
        post(token, "application/json", "{\"titles\": [ {\"isbn\": ".getBytes(StandardCharsets.UTF_8))
                .statusCode(400).body("code", equalTo("IMPORT_FILE_MALFORMED"));
        post(token, "application/json", new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'}).statusCode(400)
                .body("code", equalTo("IMPORT_FILE_MALFORMED"));
        // An external entity would read the service's own files (XXE): MARCXML with a DOCTYPE is refused.
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<collection xmlns=\"http://www.loc.gov/MARC21/slim\"><record><leader>00000nam a2200000 i 4500"
                + "</leader><controlfield tag=\"001\">XXE1</controlfield><datafield tag=\"245\" ind1=\"1\""
                + " ind2=\"0\"><subfield code=\"a\">&x;</subfield></datafield></record></collection>";
        post(token, "application/marcxml+xml", xxe.getBytes(StandardCharsets.UTF_8)).statusCode(400)
                .body("code", equalTo("IMPORT_FILE_MALFORMED")).body("errors[0].field", equalTo("record 1"))
                .body("errors[0].message", containsString("DOCTYPE"));
        // MARCXML cut off in its second record.
        String xml = new String(resource("kinderboeken.xml"), StandardCharsets.UTF_8);
        int second = xml.indexOf("<marc:record", xml.indexOf("</marc:record>"));
        post(token, "application/marcxml+xml", xml.substring(0, second + 200).getBytes(StandardCharsets.UTF_8))
                .statusCode(400).body("code", equalTo("IMPORT_FILE_MALFORMED"))
                .body("errors[0].field", equalTo("record 2"));
        for (String type : List.of("text/csv", "application/marc", "application/marcxml+xml")) {
            given().auth().oauth2(token).contentType(type).body(new byte[] {' '}).when().post(PATH).then()
                    .statusCode(400).body("code", equalTo("IMPORT_FILE_MALFORMED"));
        }
        assertThat(tables()).isEqualTo(before);
    }

    @Test
    void an_absent_column_changes_nothing_and_a_changed_one_updates() {
        String token = admin();
        String isbn = isbn();
        String code = barcode();
        csv(token, "isbn,title,subtitle,authors,publisher,themes,barcode,location,shelfMark\n" + isbn
                + ",Het ijsvogeltje,een sprookje,Anna Visser,Leopold,dieren|sprookjes," + code
                + ",BRL-NOORD,JEUGD VISS\n").statusCode(200).body("titles.created", equalTo(1))
                .body("copies.created", equalTo(1));
        csv(token, "isbn,title\n" + isbn + ",Het ijsvogeltje\n").statusCode(200).body("titles.unchanged", equalTo(1));
        csv(token, "isbn,title,barcode,shelfMark\n" + isbn + ",Het IJsvogeltje," + code + ",JEUGD VISSER\n")
                .statusCode(200).body("titles.updated", equalTo(1)).body("copies.updated", equalTo(1));
        assertThat(string("SELECT title || '|' || subtitle || '|' || authors || '|' || publisher FROM title"
                + " WHERE isbn = ?", isbn)).isEqualTo("Het IJsvogeltje|een sprookje|Anna Visser|Leopold");
        assertThat(count("SELECT count(*) FROM title_theme tt JOIN title t ON t.id = tt.title_id WHERE t.isbn = ?",
                isbn)).isEqualTo(2);
        assertThat(string("SELECT l.code || ' ' || shelf_mark FROM copy c JOIN location l ON l.id = c.owner_location_id"
                + " WHERE barcode = ?", code)).isEqualTo("BRL-NOORD JEUGD VISSER");
        assertThat(string("SELECT string_agg(what, ',' ORDER BY id) FROM copy_change WHERE copy_id ="
                + " (SELECT id FROM copy WHERE barcode = ?)", code)).isEqualTo("CREATED,CHANGED");
    }

    @Test
    void a_dry_run_writes_nothing_but_reports_what_the_import_does() {
        String token = admin();
        String isbn = isbn();
        String file = "isbn,title,authors,barcode,location,shelfMark\n" + isbn + ",De kist,Jan Terlouw," + barcode()
                + ",BRL-CENTRUM,JEUGD TERL\n" + isbn + ",De kist,Jan Terlouw," + barcode() + ",SB-WEGWIJZER,TERL\n";
        String before = tables();
        csv(token, file, "dryRun", true).statusCode(200).body("dryRun", equalTo(true))
                .body("titles.created", equalTo(1)).body("copies.created", equalTo(2));
        assertThat(tables()).isEqualTo(before);
        assertThat(count("SELECT count(*) FROM import_run WHERE status = 'DRY_RUN'")).isPositive();
        csv(token, file).statusCode(200).body("dryRun", equalTo(false)).body("titles.created", equalTo(1))
                .body("copies.created", equalTo(2));
    }

    @Test
    void a_copy_new_in_or_moved_into_a_collection_with_a_default_block_gets_the_block_with_its_history() {
        String token = admin();
        String isbn = isbn();
        String fresh = barcode();
        String moved = barcode();
        csv(token, "isbn,title,authors,barcode,location,shelfMark,collection\n"
                + isbn + ",Lampje,Annet Schaap," + fresh + ",BRL-CENTRUM,JEUGD SCHA,KBW-2026\n"
                + isbn + ",Lampje,Annet Schaap," + moved + ",BRL-CENTRUM,JEUGD SCHA,PRENTEN\n").statusCode(200)
                .body("copies.created", equalTo(2));
        assertThat(string("SELECT reservation_block FROM copy WHERE barcode = ?", fresh)).isEqualTo("OWN_PATRONS_ONLY");
        assertThat(string("SELECT reservation_block FROM copy WHERE barcode = ?", moved)).isEqualTo("NONE");
        csv(token, "isbn,barcode,collection\n" + isbn + "," + moved + ",KBW-2026\n").statusCode(200)
                .body("copies.updated", equalTo(1));
        assertThat(string("SELECT reservation_block FROM copy WHERE barcode = ?", moved)).isEqualTo("OWN_PATRONS_ONLY");
        assertThat(string("SELECT string_agg(what, ',' ORDER BY id) FROM copy_change WHERE copy_id ="
                + " (SELECT id FROM copy WHERE barcode = ?)", fresh)).isEqualTo("CREATED,COLLECTION_DEFAULT");
        assertThat(string("SELECT string_agg(what, ',' ORDER BY id) FROM copy_change WHERE copy_id ="
                + " (SELECT id FROM copy WHERE barcode = ?)", moved)).isEqualTo("CREATED,CHANGED,COLLECTION_DEFAULT");
    }

    @Test
    void moving_a_copy_in_transit_or_held_for_a_ready_reservation_is_a_row_error() {
        String token = admin();
        Brl b = brl();
        String isbn = isbn();
        String transit = barcode();
        String held = barcode();
        csv(token, "isbn,title,authors,barcode,location,shelfMark\n" + isbn + ",Iep!,Joke van Leeuwen," + transit
                + ",BRL-CENTRUM,JEUGD LEEU\n" + isbn + ",Iep!,Joke van Leeuwen," + held + ",BRL-CENTRUM,JEUGD LEEU\n")
                .statusCode(200);
        TestDatabase.execute("UPDATE copy SET status = 'IN_TRANSIT', transit_to_location_id = ? WHERE barcode = ?",
                b.noord(), transit);
        TestDatabase.execute("UPDATE copy SET status = 'ON_HOLD_SHELF' WHERE barcode = ?", held);
        long pass = insertId("INSERT INTO patron (kind, last_name, owner_location_id) VALUES ('SPECIAL_PASS',"
                + " 'Tentoonstelling', ?) RETURNING id", b.centrum());
        TestDatabase.execute("INSERT INTO reservation (kind, patron_id, title_id, pickup_location_id, scope, status, placed_at,"
                + " placed_by, assigned_copy_id, captured_at, ready_at, pickup_by) SELECT 'TITLE', ?, c.title_id, ?,"
                + " 'LIBRARY', 'READY', now(), 'test', c.id, now(), now(), current_date + 7 FROM copy c"
                + " WHERE c.barcode = ?", pass, b.centrum(), held);
        String before = tables();
        csv(token, "isbn,barcode,location\n" + isbn + "," + transit + ",BRL-NOORD\n" + isbn + "," + held
                + ",BRL-NOORD\n").statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors", hasSize(2)).body("errors[0].field", equalTo("record 1 (line 2): location"))
                .body("errors[0].message", containsString("COPY_HELD_OR_IN_TRANSIT"))
                .body("errors[1].field", equalTo("record 2 (line 3): location"));
        assertThat(tables()).isEqualTo(before);
        // A shelf mark may still change: only the move is refused.
        csv(token, "isbn,barcode,shelfMark\n" + isbn + "," + held + ",JEUGD LEEUWEN\n").statusCode(200)
                .body("copies.updated", equalTo(1));
    }

    @Test
    void with_all_or_nothing_false_the_valid_rows_are_imported_and_the_rejected_listed() {
        String token = admin();
        String good = isbn();
        String file = "isbn,title,authors,publicationYear,barcode,location,shelfMark\n"
                + good + ",Oorlogswinter,Jan Terlouw,1972," + barcode() + ",BRL-CENTRUM,JEUGD TERL\n"
                + "9789021400000,Fout,Iemand,1972," + barcode() + ",BRL-CENTRUM,JEUGD\n"
                + isbn() + ",Te oud,Iemand,1234," + barcode() + ",BRL-CENTRUM,JEUGD\n"
                + isbn() + ",Elders,Iemand,2001," + barcode() + ",NERGENS,JEUGD\n";
        String before = tables();
        csv(token, file).statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors", hasSize(3))
                .body("errors[0].field", equalTo("record 2 (line 3): isbn"));
        assertThat(tables()).isEqualTo(before);
        csv(token, file, "allOrNothing", false).statusCode(200).body("titles.created", equalTo(2))
                .body("titles.rejected", equalTo(2)).body("copies.created", equalTo(1))
                .body("copies.rejected", equalTo(3)).body("errors", hasSize(3))
                .body("errors[1].record", equalTo(3)).body("errors[1].line", equalTo(4))
                .body("errors[1].field", equalTo("publicationYear"))
                .body("errors[2].field", equalTo("location"));
    }

    @Test
    void json_titles_with_copies_and_null_clears_an_optional_field() {
        String token = admin();
        String isbn = isbn();
        String code = barcode();
        String json = "{\"titles\": [{\"isbn\": \"" + isbn + "\", \"title\": \"Koning van Katoren\", \"subtitle\":"
                + " \"een sprookje\", \"authors\": \"Jan Terlouw\", \"seriesNumber\": 1, \"themes\": [\"avontuur\"],"
                + " \"copies\": [{\"barcode\": \"" + code + "\", \"location\": \"BRL-CENTRUM\", \"shelfMark\":"
                + " \"JEUGD TERL\"}]}]}";
        post(token, "application/json", json.getBytes(StandardCharsets.UTF_8)).statusCode(200)
                .body("format", equalTo("JSON")).body("titles.created", equalTo(1)).body("copies.created", equalTo(1));
        String clear = "{\"titles\": [{\"isbn\": \"" + isbn + "\", \"subtitle\": null}]}";
        post(token, "application/json", clear.getBytes(StandardCharsets.UTF_8)).statusCode(200)
                .body("titles.updated", equalTo(1));
        assertThat(string("SELECT coalesce(subtitle, 'none') || '|' || title FROM title WHERE isbn = ?", isbn))
                .isEqualTo("none|Koning van Katoren");
        String wrong = "{\"titles\": [{\"isbn\": \"" + isbn + "\", \"seriesNumber\": \"een\", \"kleur\": \"rood\"}]}";
        post(token, "application/json", wrong.getBytes(StandardCharsets.UTF_8)).statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors", hasSize(2));
    }

    @Test
    void who_may_import_what() {
        Brl b = brl();
        String isbn = isbn();
        String school = Tokens.login("brl.regenboog");
        csv(school, "isbn,title,authors,barcode,location,shelfMark\n" + isbn + ",Pim,Iemand," + barcode()
                + ",BRL-CENTRUM,JEUGD\n").statusCode(400).body("errors[0].field", equalTo("record 1 (line 2): location"));
        csv(school, "isbn,title,authors,barcode,location,shelfMark\n" + isbn + ",Pim,Iemand," + barcode()
                + ",SB-REGENBOOG,PIM\n").statusCode(200).body("copies.created", equalTo(1));
        // A copy of another location of the organisation is not the school's to change.
        String branchCopy = barcode();
        csv(admin(), "isbn,barcode,location,shelfMark\n" + isbn + "," + branchCopy + ",BRL-NOORD,JEUGD\n")
                .statusCode(200);
        csv(school, "isbn,barcode,shelfMark\n" + isbn + "," + branchCopy + ",ANDERS\n").statusCode(400)
                .body("errors[0].message", containsString("may not change"));
        csv(Tokens.login("brl.bieb"), "isbn,barcode,location\n" + isbn + "," + branchCopy + ",BRL-CENTRUM\n")
                .statusCode(200).body("copies.updated", equalTo(1));
        assertThat(string("SELECT string_agg(what, ',' ORDER BY id) FROM copy_change WHERE copy_id ="
                + " (SELECT id FROM copy WHERE barcode = ?)", branchCopy)).isEqualTo("CREATED,MOVED");

        csv(clientToken("brl-catalogus"), "isbn,title\n" + isbn + ",Pim\n").statusCode(200);
        csv(clientToken("regenboog-catalogus"), "isbn,barcode,location,shelfMark\n" + isbn + "," + barcode()
                + ",BRL-NOORD,JEUGD\n").statusCode(400);
        String readOnly = Clients.ofOrganisation(Fixtures.world().organisationId(), "catalogue:read").token();
        csv(readOnly, "isbn,title\n" + isbn + ",Pim\n").statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(readOnly).when().get(PATH).then().statusCode(403);
        Fixtures.world();
        csv(Tokens.login("test.sanne"), "isbn,title\n" + isbn + ",Pim\n").statusCode(403);
        given().auth().oauth2(school).when().get(PATH).then().statusCode(200).body("items.size()", greaterThanOrEqualTo(3));
        assertThat(b.organisationId()).isPositive();
    }

    @Test
    void other_content_types_are_refused() {
        given().auth().oauth2(admin()).contentType("application/pdf").body(new byte[] {1, 2}).when().post(PATH).then()
                .statusCode(415).body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }
}
