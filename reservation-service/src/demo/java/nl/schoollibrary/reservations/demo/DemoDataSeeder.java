package nl.schoollibrary.reservations.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Objects;

/**
 * Loads the demo data set into an empty database: plain JDBC, in the caller's transaction, deterministic
 * (fixed random seeds) and with every date relative to the given clock. Data files: {@code /demo/themes.csv} and
 * {@code /demo/titles.csv}; the same facts for visitors are in {@code /demo/README-demo.md}.
 *
 * <h2>Organisation and policies</h2>
 * Organisation "Bibliotheek Rivierenland" (BRL) with branches BRL-CENTRUM, BRL-NOORD, BRL-OOST (open Tue–Sat,
 * pickup 7 days, loan 21 days) and three schools with a school library each (open Mon–Fri, pickup 5, loan 14):
 * <ul>
 * <li>A — OBS De Regenboog (BRIN 17RB, SB-REGENBOOG): reserve at school only, max 3 active reservations;</li>
 * <li>B — CBS De Wegwijzer (BRIN 08WW, SB-WEGWIJZER): reserve at school and in branches, max 5;</li>
 * <li>C — Montessorischool Het Palet (BRIN 21PL, SB-PALET): no reservations at all (no reserve button), max 3.</li>
 * </ul>
 * Closed periods: Kerstvakantie 19 Dec – 3 Jan and voorjaarsvakantie (ISO week 8) for the school libraries;
 * Christmas days, New Year's Day and Koningsdag for the branches (current and next school year).
 *
 * <h2>Logins (password {@code demo1234} for everyone)</h2>
 * <ul>
 * <li>{@code sanne} — Sanne de Vries, groep 6, De Regenboog, no library link; one loan (De Griezelbus).</li>
 * <li>{@code daan} — Daan Jansen, groep 7, De Wegwijzer, link + valid membership (home branch Centrum);
 * two loans, one overdue (Harry Potter en de Geheime Kamer at Centrum).</li>
 * <li>{@code emma} — Emma Bakker, groep 5, De Wegwijzer, no link, no membership (LIBRARY_LINK_MISSING).</li>
 * <li>{@code lotte} — Lotte Smit, groep 6, De Wegwijzer, link but membership expired 30 days ago
 * (LIBRARY_MEMBERSHIP_REQUIRED).</li>
 * <li>{@code noah} — Noah Visser, groep 8, Het Palet: the school allows nothing (RESERVATIONS_NOT_ALLOWED).</li>
 * <li>{@code school.regenboog}, {@code school.wegwijzer}, {@code school.palet} — school staff of that school
 * library.</li>
 * <li>{@code bieb.centrum}, {@code bieb.noord}, {@code bieb.oost} — library staff of BRL at that branch.</li>
 * <li>{@code admin} — administrator of BRL.</li>
 * <li>every other student: {@code firstname.lastnameN} (lower-case ASCII, tussenvoegsel included, N = 1…295).</li>
 * <li>integration client {@code wegwijzer-sis} (secret {@code demo1234}) for school B with scopes students:write,
 * reservations:read, loans:read, events:read, catalogue:read.</li>
 * </ul>
 *
 * <h2>Situations (fixed barcodes 3LL000000NNN, LL = 01 Centrum, 02 Noord, 03 Oost, 04 Regenboog, 05 Wegwijzer,
 * 06 Palet)</h2>
 * <ul>
 * <li>"Dolfje Weerwolfje": all four copies at SB-REGENBOOG (304000000001–004) are on loan (one overdue), so Sanne can
 * reserve it at school; at SB-WEGWIJZER two copies are on the shelf (305000000001–002: AVAILABLE_ON_SHELF for a
 * school reservation); on the shelf at Centrum (301000000005–006), Oost (303000000003) and Palet (306000000001); on
 * loan at Noord (302000000005).</li>
 * <li>Every copy everywhere on loan: "Harry Potter en de Steen der Wijzen", "Dagboek van een muts",
 * "Het leven van een loser", "Dummie de mummie", "Gangsta oma" (Daan can reserve them at a branch).</li>
 * <li>Reservation block OWN_PATRONS_ONLY (code 7) on every branch copy of a Kinderboekenweek title (collection
 * KBW-2026); 301000000001 "Lampje" at Centrum has it with an end date three weeks ahead.</li>
 * <li>Reservation block NOT_RESERVABLE (code 8) without end date on every branch copy of the Christmas (PSK-KERST,
 * e.g. 301000000002 "Een kerstlied") and Sinterklaas (PSK-SINT) titles — these titles have no other copies, so
 * they are TITLE_NOT_RESERVABLE — and on 303000000001 "Pluk van de Petteflet" at the small branch Oost.</li>
 * <li>Loan blocks "Tentoonstelling Kinderboekenweek": 302000000001 "Iep!" (no end date), 302000000002
 * "Het boek van alle dingen" (until two weeks ahead), plus about a third of the other KBW copies at Noord.</li>
 * <li>Special passes with copies lent to them: "Tentoonstelling Kinderboekenweek" (Noord: 302000000003
 * "Mister Orange", 302000000004 "Toen mijn vader een struik werd"), "Voorleeshoek" (Centrum: 301000000003
 * "Jip en Janneke"), "Nationale Voorleesdagen" (Oost: 303000000002 "De Gruffalo", overdue); two more passes
 * without loans.</li>
 * <li>In transit: 301000000004 "Minoes" (owner Centrum, checked in at Noord) and about one percent of the branch
 * copies; a few copies MISSING.</li>
 * <li>About a fifth of all copies on loan to students of the right school (school library) or to students with a
 * valid membership (branch), some overdue; returned loans as history.</li>
 * </ul>
 * Not in this data set: reservations and messages (the schema of V1 has no tables for them yet).
 */
public class DemoDataSeeder {

    private final Clock clock;
    private final String passwordHash;

    /**
     * @param clock        the application clock; every demo date is relative to {@code LocalDate.now(clock)}
     * @param passwordHash one bcrypt hash (of "demo1234") used for every demo login and the integration client secret
     */
    public DemoDataSeeder(Clock clock, String passwordHash) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    }

    /**
     * Inserts the demo data when table {@code organisation} is empty, inside the caller's transaction (the caller
     * commits; the connection should not be in auto-commit mode). The title and theme inserts skip ISBNs and codes
     * that already exist.
     *
     * @return false when the database already holds an organisation (nothing is changed), true when seeded
     */
    public boolean seedIfEmpty(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM organisation)")) {
            rs.next();
            if (rs.getBoolean(1)) {
                return false;
            }
        }
        DemoWorld world = DemoOrganisation.create(c, java.time.LocalDate.now(clock));
        DemoCatalogue catalogue = DemoCatalogue.create(c, world.organisationId);
        DemoPeople people = DemoPeople.create(c, world, clock, passwordHash);
        try (Statement s = c.createStatement()) {
            // The consent audit as the school's administration would have recorded it.
            s.execute("INSERT INTO library_link_consent (patron_id, library_link, consent_by, consent_at, recorded_at,"
                    + " recorded_by, source) SELECT id, library_link, library_link_consent_by, library_link_consent_at,"
                    + " coalesce(library_link_consent_at, created_at), 'schooladministratie (demo)', 'DEMO'"
                    + " FROM patron"
                    + " WHERE library_link OR library_link_consent_by IS NOT NULL");
            // Parents who agreed to mails about reservations (example.org: no real mailbox), recorded as the
            // administration would: sanne's, daan's and lotte's, and two in three of the other students with a library
            // link; emma's and noah's not (the portal's "no address" case).
            s.execute("UPDATE patron SET parent_email = 'ouder.' || lower(regexp_replace(student_number, '[^A-Za-z0-9]',"
                    + " '', 'g')) || '@example.org', parent_email_consent_by = 'ouder/verzorger via schooladministratie',"
                    + " parent_email_consent_at = coalesce(library_link_consent_at, created_at)"
                    + " WHERE kind = 'STUDENT' AND active AND student_number IS NOT NULL"
                    + " AND (id IN (SELECT patron_id FROM app_user WHERE username IN ('sanne', 'daan', 'lotte'))"
                    + " OR (library_link AND id % 3 <> 0 AND id NOT IN (SELECT patron_id FROM app_user"
                    + " WHERE username IN ('emma', 'noah') AND patron_id IS NOT NULL)))");
            s.execute("INSERT INTO parent_email_consent (patron_id, parent_email, consent_by, consent_at, recorded_at,"
                    + " recorded_by, source) SELECT id, parent_email, parent_email_consent_by, parent_email_consent_at,"
                    + " parent_email_consent_at, 'schooladministratie (demo)', 'DEMO' FROM patron"
                    + " WHERE parent_email IS NOT NULL ORDER BY id");
        }
        DemoCopies.create(c, world, catalogue, people, clock);
        DemoReservations.create(c, clock);
        return true;
    }
}
