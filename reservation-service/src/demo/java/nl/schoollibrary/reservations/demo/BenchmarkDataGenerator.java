package nl.schoollibrary.reservations.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.function.Consumer;

/**
 * Adds a benchmark catalogue of the same shape as the demo data on top of whatever is in the database, with
 * set-based SQL only ({@code INSERT … SELECT … generate_series}): Dutch-looking titles with valid unique ISBNs
 * (978 94 + 7 digits + check digit), theme links, benchmark students (half of them library members, each with a
 * login {@code bench.bNNNNNNNNN} sharing the admin's password hash), copies spread over all locations of the demo
 * organisation with shelf marks, about 30% on loan (with open loans) and about 5% blocked; then ANALYZE.
 *
 * <p>The demo organisation (BRL) must exist: {@link DemoData} seeds it first ({@code generate-benchmark-data}).
 * {@link #generate} works in the caller's transaction (auto-commit off; the caller commits) and may run repeatedly:
 * ISBNs, barcodes ({@code 8} + 11 digits), student and card numbers continue after the highest ones present.
 */
public final class BenchmarkDataGenerator {

    private static final String[] FIRST_NAMES = {
        "Sanne", "Daan", "Lotte", "Bram", "Emma", "Noah", "Julia", "Sem", "Mila", "Finn", "Tess", "Levi", "Sophie",
        "Luuk", "Zoë", "Milan", "Saar", "Jesse", "Anna", "Thijs", "Fenna", "Liam", "Nina", "Sven", "Isa", "Ruben",
        "Lieke", "Jens", "Femke", "Stijn", "Noor", "Lars", "Fleur", "Max", "Eva", "Gijs", "Roos", "Siem", "Yara",
        "Mees", "Amira", "Yusuf", "Elif", "Mohammed", "Hiba", "Ayoub", "Pien", "Teun", "Guus", "Merel" };
    private static final String[] SURNAMES = {
        "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
        "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
        "Dijkstra", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen",
        "van den Heuvel", "van der Veen", "de Bruijn", "Schouten", "van Beek", "Willems", "van Vliet", "Hoekstra",
        "Maas", "Verhoeven", "Koster", "van Dam", "Prins", "Blom", "Huisman", "Kramer", "Postma", "Yilmaz",
        "El Amrani", "Öztürk", "Nguyen", "Kaya" };
    /** De-words (masculine/feminine nouns): "de geheime zolder". */
    private static final String[] DE_NOUNS = {
        "tuin", "zolder", "sleutel", "brief", "kaart", "trein", "storm", "vuurtoren", "boomhut", "kist", "school",
        "bibliotheek", "uil", "vos", "draak", "heks", "ridder", "piraat", "kat", "hond", "pony", "muis", "wolf",
        "beer", "reus", "spin", "maan", "zee", "rivier", "berg", "kelder", "molen", "fiets", "ballon", "raket",
        "robot", "prinses", "koning", "juf", "meester", "tovenaar", "weerwolf", "vampier", "zeemeermin", "dino",
        "schat", "klok", "deur", "lift", "brug" };
    /** Het-words (neuter nouns): "het geheim van het kasteel". */
    private static final String[] HET_NOUNS = {
        "geheim", "avontuur", "kasteel", "eiland", "bos", "spookhuis", "paard", "konijn", "boek", "dagboek",
        "raadsel", "monster", "schip", "feest", "circus", "museum", "dorp", "kamp", "ei", "huis", "spook",
        "zwembad", "toverboek", "moeras", "labyrint" };
    private static final String[] ADJECTIVES = {
        "geheime", "verdwenen", "vliegende", "betoverde", "gouden", "zilveren", "verborgen", "gestolen", "vergeten",
        "donkere", "wilde", "kleine", "grote", "laatste", "magische", "mysterieuze", "dappere", "gekke", "boze",
        "verdwaalde" };
    private static final String[] TOPICS = {
        "dieren", "voetbal", "heksen", "ridders", "piraten", "dino", "ruimte", "natuur", "sinterklaas", "kerst",
        "sprookjes", "griezel", "paarden", "detective", "vriendschap", "school", "zee", "weer", "uitvinders",
        "kabouter" };
    private static final String[] MOODS = {
        "spannend", "grappig", "ontroerend", "avontuurlijk", "griezelig", "mooi", "vrolijk", "bijzonder",
        "heerlijk", "geheimzinnig" };
    /** What a description calls the book (all het-words); only some say "boek", so searching for it stays selective. */
    private static final String[] KINDS = {
        "verhaal", "boek", "avontuur", "voorleesverhaal", "prentenboek", "leesboek", "kinderboek",
        "detectiveverhaal" };
    private static final String[] SERIES = {
        "De Speurneuzen", "Het Geheime Genootschap", "De Boomhutclub", "Drakenjagers", "Heksenschool",
        "Team Voetbal", "De Spookjagers", "Ridders van de Maan", "Dierenkliniek De Vrolijke Snuit", "Piratenpret" };

    private BenchmarkDataGenerator() {
    }

    /**
     * Adds {@code titles} titles and {@code copies} copies (see the class comment) in the caller's transaction
     * (auto-commit off: {@code SET LOCAL} and {@code ON COMMIT DROP} need one transaction), reporting each step.
     */
    static void generate(Connection c, int titles, int copies, Consumer<String> log) throws SQLException {
        if (titles < 1 || copies < titles) {
            throw new IllegalArgumentException("Need at least one title and at least as many copies as titles");
        }
        long organisationId = single(c, "SELECT id FROM organisation WHERE code = '"
                + DemoWorld.ORGANISATION_CODE + "'", -1);
        if (organisationId < 0) {
            throw new IllegalStateException("Demo organisation " + DemoWorld.ORGANISATION_CODE
                    + " not found: seed the demo data first (DemoData seed)");
        }
        if (single(c, "SELECT count(*) FROM location WHERE organisation_id = " + organisationId
                + " AND kind = 'BRANCH'", 0) == 0
                || single(c, "SELECT count(*) FROM location WHERE organisation_id = " + organisationId
                        + " AND kind = 'SCHOOL_LIBRARY'", 0) == 0) {
            throw new IllegalStateException("The demo organisation needs at least one branch and one school library");
        }
        exec(c, "SET LOCAL synchronous_commit = off");
        exec(c, "SET LOCAL work_mem = '128MB'");
        exec(c, "SELECT setseed(0.20261122)");

        long isbnStart = single(c, "SELECT coalesce(max(substr(isbn, 6, 7)::int) + 1, 0) FROM title"
                + " WHERE isbn LIKE '97894%'", 0);
        if (isbnStart + titles > 10_000_000L) {
            throw new IllegalStateException("The benchmark ISBN range 97894xxxxxxx is full");
        }
        long maxTitle = single(c, "SELECT coalesce(max(id), 0) FROM title", 0);
        long maxPatron = single(c, "SELECT coalesce(max(id), 0) FROM patron", 0);
        long maxCopy = single(c, "SELECT coalesce(max(id), 0) FROM copy", 0);

        long t = System.nanoTime();
        int n = insertTitles(c, isbnStart, titles);
        t = step(log, "titles", n, t);
        n = linkThemes(c, maxTitle);
        t = step(log, "title themes", n, t);
        n = insertStudents(c, organisationId, Math.max(1000, copies / 25));
        t = step(log, "students", n, t);
        n = insertLogins(c, maxPatron);
        t = step(log, "student logins", n, t);
        prepareTemporaryTables(c, organisationId, maxTitle, maxPatron);
        t = step(log, "lookup tables", 0, t);
        n = insertCopies(c, organisationId, titles, copies);
        t = step(log, "copies", n, t);
        n = insertLoans(c, maxCopy);
        t = step(log, "open loans", n, t);
        exec(c, "DROP TABLE bench_title, bench_pool, bench_pool_size");
        for (String table : new String[] { "title", "title_theme", "patron", "app_user", "copy", "loan" }) {
            exec(c, "ANALYZE " + table);
        }
        step(log, "analyze", 0, t);
    }

    private static int insertTitles(Connection c, long isbnStart, int titles) throws SQLException {
        String sql = "WITH w AS (SELECT " + array(FIRST_NAMES) + " AS names, " + array(SURNAMES) + " AS surnames, "
                + array(DE_NOUNS) + " AS de, " + array(HET_NOUNS) + " AS het, " + array(ADJECTIVES) + " AS adj, "
                + array(TOPICS) + " AS topics, " + array(MOODS) + " AS moods, " + array(SERIES) + " AS series, "
                + array(KINDS) + " AS kinds),"
                + " g AS (SELECT '97894' || lpad((? + i)::text, 7, '0') AS body,"
                + "  floor(random() * 10)::int AS pattern,"
                + "  w.names[1 + floor(random() * cardinality(w.names))::int] AS name,"
                + "  w.names[1 + floor(random() * cardinality(w.names))::int] AS author_first,"
                + "  w.surnames[1 + floor(random() * cardinality(w.surnames))::int] AS author_last,"
                + "  CASE WHEN random() < 0.1 THEN '; ' || w.names[1 + floor(random() * cardinality(w.names))::int]"
                + "   || ' ' || w.surnames[1 + floor(random() * cardinality(w.surnames))::int] ELSE '' END AS coauthor,"
                + "  w.de[1 + floor(random() * cardinality(w.de))::int] AS de,"
                + "  w.het[1 + floor(random() * cardinality(w.het))::int] AS het,"
                + "  w.adj[1 + floor(random() * cardinality(w.adj))::int] AS adj,"
                + "  w.topics[1 + floor(random() * cardinality(w.topics))::int] AS topic,"
                + "  w.moods[1 + floor(random() * cardinality(w.moods))::int] AS mood,"
                + "  w.kinds[1 + floor(random() * cardinality(w.kinds))::int] AS kind,"
                + "  w.names[1 + floor(random() * cardinality(w.names))::int] || ' '"
                + "   || w.surnames[1 + floor(random() * cardinality(w.surnames))::int] AS illustrator,"
                + "  floor(random() * 4)::int AS closing,"
                + "  CASE WHEN random() < 0.15 THEN w.series[1 + floor(random() * cardinality(w.series))::int] END"
                + "   AS series,"
                + "  random() AS age, random() AS level"
                + "  FROM generate_series(0, ? - 1) AS i CROSS JOIN w),"
                + " a AS (SELECT g.*, CASE WHEN age < 0.10 THEN '0-4' WHEN age < 0.25 THEN '4-6' WHEN age < 0.50"
                + "  THEN '6-9' WHEN age < 0.85 THEN '9-12' ELSE '12-15' END AS age_group FROM g)"
                + " INSERT INTO title (isbn, title, authors, publication_year, series, series_number, age_group,"
                + " reading_level, description)"
                + " SELECT body || ((10 - (" + checkDigitSum("body") + ") % 10) % 10)::text,"
                + "  CASE pattern"
                + "   WHEN 0 THEN 'De ' || adj || ' ' || de"
                + "   WHEN 1 THEN 'Het avontuur van ' || name || ' en de ' || de"
                + "   WHEN 2 THEN 'Het geheim van de ' || adj || ' ' || de"
                + "   WHEN 3 THEN name || ' en het ' || het"
                + "   WHEN 4 THEN 'Het ' || het || ' van ' || name"
                + "   WHEN 5 THEN name || ' gaat naar de ' || de"
                + "   WHEN 6 THEN 'Op zoek naar het ' || het"
                + "   WHEN 7 THEN 'Het grote ' || topic || 'boek'"
                + "   WHEN 8 THEN 'De ' || de || ' van ' || name"
                + "   ELSE name || ' en de ' || adj || ' ' || de END,"
                + "  author_first || ' ' || author_last || coauthor,"
                + "  1980 + floor(random() * 46)::int,"
                + "  series, CASE WHEN series IS NOT NULL THEN 1 + floor(random() * 12)::int END,"
                + "  age_group,"
                + "  CASE age_group"
                + "   WHEN '6-9' THEN (ARRAY['E3','M4','E4','M5','E5','M6'])[1 + floor(level * 6)::int]"
                + "   WHEN '9-12' THEN (ARRAY['M6','E6','M7','E7','Plus'])[1 + floor(level * 5)::int]"
                + "   WHEN '12-15' THEN 'Plus' END,"
                + "  'Een ' || mood || ' ' || kind || ' over ' || name || ' en de ' || adj || ' ' || de || '. '"
                + "   || CASE closing WHEN 0 THEN 'Voor kinderen die van ' || topic || ' houden.'"
                + "   WHEN 1 THEN 'Een van de leukste boeken over ' || topic || ' en ' || het || '.'"
                + "   WHEN 2 THEN 'Met tekeningen van ' || illustrator || '.'"
                + "   ELSE 'Wat is er aan de hand met het ' || het || '?' END"
                + " FROM a";
        return DemoJdbc.update(c, sql, isbnStart, titles);
    }

    /** One or two themes per new title. */
    private static int linkThemes(Connection c, long maxTitle) throws SQLException {
        return DemoJdbc.update(c, "INSERT INTO title_theme (title_id, theme_id)"
                + " SELECT t.id, th.ids[1 + ((t.id * 7) % cardinality(th.ids))::int]"
                + " FROM title t, (SELECT array_agg(id ORDER BY id) AS ids FROM theme) th"
                + " WHERE t.id > ? AND cardinality(th.ids) > 0"
                + " UNION ALL"
                + " SELECT t.id, th.ids[1 + ((t.id * 13 + 5) % cardinality(th.ids))::int]"
                + " FROM title t, (SELECT array_agg(id ORDER BY id) AS ids FROM theme) th"
                + " WHERE t.id > ? AND t.id % 3 = 0 AND cardinality(th.ids) > 0"
                + " ON CONFLICT DO NOTHING", maxTitle, maxTitle);
    }

    /** Benchmark students over the organisation's schools; half have the library link and a membership. */
    private static int insertStudents(Connection c, long organisationId, int students) throws SQLException {
        long numberStart = single(c, "SELECT coalesce(max(substr(student_number, 2)::bigint) + 1, 0) FROM patron"
                + " WHERE student_number ~ '^B[0-9]{9}$'", 0);
        long cardStart = single(c, "SELECT coalesce(max(substr(membership_card_number, 3)::bigint) + 1, 0)"
                + " FROM patron WHERE membership_card_number ~ '^29[0-9]{12}$'", 0);
        return DemoJdbc.update(c, "WITH o AS (SELECT"
                + "  (SELECT array_agg(id ORDER BY id) FROM school WHERE organisation_id = ?) AS schools,"
                + "  (SELECT array_agg(id ORDER BY id) FROM location WHERE organisation_id = ? AND kind = 'BRANCH')"
                + "   AS branches,"
                + "  " + array(FIRST_NAMES) + " AS names, " + array(SURNAMES) + " AS surnames),"
                + " s AS (SELECT i, random() < 0.5 AS member, o.* FROM generate_series(0, ? - 1) AS i CROSS JOIN o)"
                + " INSERT INTO patron (kind, first_name, last_name, school_id, group_name, student_number,"
                + " library_link, library_link_consent_by, library_link_consent_at, membership_card_number,"
                + " membership_home_branch_id, membership_valid_until)"
                + " SELECT 'STUDENT', names[1 + floor(random() * cardinality(names))::int],"
                + "  surnames[1 + floor(random() * cardinality(surnames))::int],"
                + "  schools[1 + (i % cardinality(schools))], 'groep ' || (3 + (i / cardinality(schools)) % 6),"
                + "  'B' || lpad((? + i)::text, 9, '0'),"
                + "  member, CASE WHEN member THEN '" + DemoPeople.CONSENT_BY + "' END,"
                + "  CASE WHEN member THEN now() - interval '200 days' END,"
                + "  CASE WHEN member THEN '29' || lpad((? + i)::text, 12, '0') END,"
                + "  CASE WHEN member THEN branches[1 + (i % cardinality(branches))] END,"
                + "  CASE WHEN member THEN current_date + 365 END"
                + " FROM s", organisationId, organisationId, students, numberStart, cardStart);
    }

    /** Logins for the new students, with the admin's password hash (none when there is no admin). */
    private static int insertLogins(Connection c, long maxPatron) throws SQLException {
        return DemoJdbc.update(c, "INSERT INTO app_user (username, password_hash, role,"
                + " display_name, patron_id, school_id)"
                + " SELECT 'bench.' || lower(p.student_number), a.password_hash, 'STUDENT',"
                + "  p.first_name || ' ' || p.last_name, p.id, p.school_id"
                + " FROM patron p CROSS JOIN (SELECT password_hash FROM app_user WHERE username = 'admin') a"
                + " WHERE p.id > ? AND p.kind = 'STUDENT' AND p.student_number LIKE 'B%'"
                + " ON CONFLICT DO NOTHING", maxPatron);
    }

    private static void prepareTemporaryTables(Connection c, long organisationId, long maxTitle, long maxPatron)
            throws SQLException {
        exec(c, "CREATE TEMP TABLE bench_title ON COMMIT DROP AS"
                + " SELECT row_number() OVER (ORDER BY id) AS rn, id,"
                + "  CASE age_group WHEN '0-4' THEN 'PRENT' WHEN '4-6' THEN 'PRENT'"
                + "   WHEN '6-9' THEN coalesce('AVI-' || nullif(reading_level, 'Plus'), 'JEUGD')"
                + "   WHEN '12-15' THEN 'YA' ELSE 'JEUGD' END || ' '"
                + "  || left(upper(regexp_replace(f_unaccent_lower(split_part(split_part(authors, ';', 1), ' ', -1)),"
                + "   '[^a-z]', '', 'g')), 4) AS shelf_mark"
                + " FROM title WHERE id > " + maxTitle);
        exec(c, "CREATE TEMP TABLE bench_pool ON COMMIT DROP AS"
                + " SELECT l.id AS location_id, row_number() OVER (PARTITION BY l.id ORDER BY p.id) AS rn,"
                + "  p.id AS patron_id"
                + " FROM location l JOIN patron p ON p.id > " + maxPatron + " AND p.kind = 'STUDENT'"
                + "  AND ((l.kind = 'SCHOOL_LIBRARY' AND p.school_id = l.school_id)"
                + "   OR (l.kind = 'BRANCH' AND p.membership_card_number IS NOT NULL))"
                + " WHERE l.organisation_id = " + organisationId);
        exec(c, "CREATE TEMP TABLE bench_pool_size ON COMMIT DROP AS"
                + " SELECT location_id, count(*) AS n FROM bench_pool GROUP BY location_id");
        exec(c, "ANALYZE bench_title");
        exec(c, "ANALYZE bench_pool");
        exec(c, "ANALYZE bench_pool_size");
    }

    /** Copies: one per new title, the rest skewed towards the first titles; ~30% on loan, ~5% blocked. */
    private static int insertCopies(Connection c, long organisationId, int titles, int copies) throws SQLException {
        long barcodeStart = single(c, "SELECT coalesce(max(substr(barcode, 2)::bigint) + 1, 0) FROM copy"
                + " WHERE barcode ~ '^8[0-9]{11}$'", 0);
        long jeugd = single(c, "SELECT id FROM collection WHERE organisation_id = " + organisationId
                + " AND code = '" + DemoCatalogue.JEUGD + "'", -1);
        try (PreparedStatement ps = c.prepareStatement("WITH l AS (SELECT array_agg(id ORDER BY id) AS ids,"
                + "  count(*)::int AS n FROM location WHERE organisation_id = ?),"
                + " g AS (SELECT i,"
                + "  CASE WHEN i < ? THEN i + 1 ELSE 1 + floor(? * power(random(), 1.6))::int END AS rn,"
                + "  floor(random() * l.n)::int AS li, random() AS r, random() AS b, l.ids, l.n"
                + "  FROM generate_series(0, ? - 1) AS i CROSS JOIN l),"
                + " s AS (SELECT g.*, g.ids[1 + g.li] AS loc,"
                + "  CASE WHEN g.r < 0.30 AND ps.n > 0 THEN 'ON_LOAN' WHEN g.r < 0.31 THEN 'IN_TRANSIT'"
                + "   WHEN g.r < 0.313 THEN 'MISSING' ELSE 'ON_SHELF' END AS status"
                + "  FROM g LEFT JOIN bench_pool_size ps ON ps.location_id = g.ids[1 + g.li])"
                + " INSERT INTO copy (barcode, title_id, owner_location_id, current_location_id, collection_id,"
                + " shelf_mark, status, reservation_block, reservation_block_until, reservation_block_set_by,"
                + " reservation_block_set_at, loan_blocked, loan_block_until, loan_block_reason, loan_block_set_by,"
                + " loan_block_set_at, transit_to_location_id)"
                + " SELECT '8' || lpad((? + row_number() OVER (ORDER BY bt.id, s.i) - 1)::text, 11, '0'),"
                + "  bt.id, s.loc,"
                + "  CASE WHEN s.status = 'IN_TRANSIT' THEN s.ids[1 + (s.li + 1) % s.n] ELSE s.loc END,"
                + "  ?, bt.shelf_mark, s.status,"
                + "  CASE WHEN s.b < 0.02 THEN 'NOT_RESERVABLE' WHEN s.b < 0.035 THEN 'OWN_PATRONS_ONLY'"
                + "   ELSE 'NONE' END,"
                + "  CASE WHEN s.b >= 0.02 AND s.b < 0.0275 THEN current_date + 21 END,"
                + "  CASE WHEN s.b < 0.035 THEN 'benchmark' END,"
                + "  CASE WHEN s.b < 0.035 THEN now() END,"
                + "  s.b >= 0.035 AND s.b < 0.05 AND s.status = 'ON_SHELF',"
                + "  CASE WHEN s.b >= 0.035 AND s.b < 0.0425 AND s.status = 'ON_SHELF' THEN current_date + 14 END,"
                + "  CASE WHEN s.b >= 0.035 AND s.b < 0.05 AND s.status = 'ON_SHELF'"
                + "   THEN 'Tentoonstelling Kinderboekenweek' END,"
                + "  CASE WHEN s.b >= 0.035 AND s.b < 0.05 AND s.status = 'ON_SHELF' THEN 'benchmark' END,"
                + "  CASE WHEN s.b >= 0.035 AND s.b < 0.05 AND s.status = 'ON_SHELF' THEN now() END,"
                + "  CASE WHEN s.status = 'IN_TRANSIT' THEN s.loc END"
                + " FROM s JOIN bench_title bt ON bt.rn = s.rn"
                + " ORDER BY bt.id, s.i")) { // title order keeps the index inserts mostly sequential
            ps.setLong(1, organisationId);
            ps.setInt(2, titles);
            ps.setInt(3, titles);
            ps.setInt(4, copies);
            ps.setLong(5, barcodeStart);
            if (jeugd < 0) {
                ps.setNull(6, Types.BIGINT);
            } else {
                ps.setLong(6, jeugd);
            }
            return ps.executeUpdate();
        }
    }

    /** An open loan for every new copy on loan, to a student of its school or a member for a branch copy. */
    private static int insertLoans(Connection c, long maxCopy) throws SQLException {
        return DemoJdbc.update(c, "INSERT INTO loan (copy_id, patron_id, location_id,"
                + " checked_out_at, due_date, school_id)"
                + " SELECT s.id, bp.patron_id, s.location_id, s.out_at, s.out_at::date + s.loan_days,"
                + " (SELECT school_id FROM patron WHERE id = bp.patron_id)"
                + " FROM (SELECT c.id, c.current_location_id AS location_id, l.loan_days,"
                + "   1 + (c.id * 7919) % ps.n AS rn,"
                + "   now() - random() * (l.loan_days + 5) * interval '1 day' AS out_at"
                + "  FROM copy c JOIN location l ON l.id = c.current_location_id"
                + "  JOIN bench_pool_size ps ON ps.location_id = c.current_location_id"
                + "  WHERE c.id > ? AND c.status = 'ON_LOAN') s"
                + " JOIN bench_pool bp ON bp.location_id = s.location_id AND bp.rn = s.rn", maxCopy);
    }

    /** The weighted digit sum of an ISBN-13 body: digits 1, 3, … count once, digits 2, 4, … three times. */
    static String checkDigitSum(String column) {
        StringBuilder sum = new StringBuilder();
        for (int position = 1; position <= 12; position++) {
            sum.append(position == 1 ? "" : " + ")
                    .append(position % 2 == 0 ? "3 * " : "")
                    .append("substr(").append(column).append(", ").append(position).append(", 1)::int");
        }
        return sum.toString();
    }

    private static String array(String[] values) {
        StringBuilder sb = new StringBuilder("ARRAY[");
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ",").append('\'').append(values[i].replace("'", "''")).append('\'');
        }
        return sb.append("]::text[]").toString();
    }

    private static long single(Connection c, String sql, long whenEmpty) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() && rs.getObject(1) != null ? rs.getLong(1) : whenEmpty;
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long step(Consumer<String> log, String what, int rows, long started) {
        long now = System.nanoTime();
        log.accept(String.format("  %-15s %,10d rows %8.1f s", what, rows, (now - started) / 1e9));
        return now;
    }
}
