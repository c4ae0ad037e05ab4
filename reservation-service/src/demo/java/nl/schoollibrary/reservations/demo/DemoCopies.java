package nl.schoollibrary.reservations.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Copies with their collections, blocks and statuses, the open loans of the copies on loan and some loan history.
 * The special situations documented in {@link DemoDataSeeder} get fixed barcodes {@code 3LL000000NNN}
 * (LL = location number 01–06); all other copies are numbered {@code 3LL1NNNNNNNN}.
 */
final class DemoCopies {

    /** Popular titles of which every copy, at every location, is on loan. */
    static final Set<String> ALL_ON_LOAN = Set.of(
            "Harry Potter en de Steen der Wijzen", "Dagboek van een muts", "Het leven van een loser",
            "Dummie de mummie", "Gangsta oma");
    static final String DOLFJE = "Dolfje Weerwolfje";
    static final String REASON_KBW = "Tentoonstelling Kinderboekenweek";
    static final String REASON_REPAIR = "Beschadigd, wacht op reparatie";

    /** One copy to insert. */
    static final class CopyPlan {
        String barcode;
        DemoCatalogue.TitleRow title;
        int owner;
        int current;
        String collection;
        String shelfMark;
        String status = "ON_SHELF";
        String reservationBlock = "NONE";
        LocalDate reservationBlockUntil;
        String reservationBlockSetBy;
        OffsetDateTime reservationBlockSetAt;
        boolean loanBlocked;
        LocalDate loanBlockUntil;
        String loanBlockReason;
        String loanBlockSetBy;
        OffsetDateTime loanBlockSetAt;
        LoanPlan openLoan;
        final List<LoanPlan> history = new ArrayList<>();
    }

    /** One loan (open when {@code returnedAt} is null). */
    static final class LoanPlan {
        long patronId;
        int location;
        OffsetDateTime checkedOutAt;
        LocalDate dueDate;
        OffsetDateTime returnedAt;
    }

    private final DemoWorld world;
    private final DemoCatalogue catalogue;
    private final DemoPeople people;
    private final LocalDate today;
    private final ZoneId zone;
    private final Random random = new Random(20261122L);
    private final List<CopyPlan> copies = new ArrayList<>();
    private final int[] specialSequence = new int[DemoWorld.LOCATIONS];
    private final int[] sequence = new int[DemoWorld.LOCATIONS];
    private final List<List<DemoPeople.Student>> schoolPools = new ArrayList<>();
    private final List<DemoPeople.Student> memberPool = new ArrayList<>();

    private DemoCopies(DemoWorld world, DemoCatalogue catalogue, DemoPeople people, Clock clock) {
        this.world = world;
        this.catalogue = catalogue;
        this.people = people;
        this.today = LocalDate.now(clock);
        this.zone = clock.getZone();
        for (int school = 0; school < DemoWorld.SCHOOLS; school++) {
            schoolPools.add(new ArrayList<>());
        }
        for (DemoPeople.Student s : people.students) {
            if (s.fixedDemoLogin) {
                continue; // the fixed demo logins only get the loans documented for them
            }
            schoolPools.get(s.school).add(s);
            if (s.hasValidMembership(today)) {
                memberPool.add(s);
            }
        }
    }

    /** Plans and inserts all copies and loans; returns the number of copies. */
    static int create(Connection c, DemoWorld world, DemoCatalogue catalogue, DemoPeople people, Clock clock)
            throws SQLException {
        DemoCopies plan = new DemoCopies(world, catalogue, people, clock);
        plan.planSpecialCopies();
        plan.planCatalogueCopies();
        plan.planHistory();
        plan.insert(c);
        return plan.copies.size();
    }

    // ---------------------------------------------------------------- the documented situations

    private void planSpecialCopies() {
        // Centrum (01)
        CopyPlan lampje = special(DemoWorld.CENTRUM, "Lampje", DemoCatalogue.KBW);
        lampje.reservationBlockUntil = today.plusWeeks(3);
        special(DemoWorld.CENTRUM, "Een kerstlied", DemoCatalogue.KERST);
        lendToPass(special(DemoWorld.CENTRUM, "Jip en Janneke", DemoCatalogue.JEUGD), DemoPeople.PASS_VOORLEESHOEK, 28);
        CopyPlan minoes = special(DemoWorld.CENTRUM, "Minoes", DemoCatalogue.JEUGD);
        minoes.status = "IN_TRANSIT";
        minoes.current = DemoWorld.NOORD;
        special(DemoWorld.CENTRUM, DOLFJE, DemoCatalogue.JEUGD);
        special(DemoWorld.CENTRUM, DOLFJE, DemoCatalogue.JEUGD);
        lendTo(special(DemoWorld.CENTRUM, "Harry Potter en de Geheime Kamer", DemoCatalogue.JEUGD), "daan", -2);

        // Noord (02): the Kinderboekenweek exhibition
        CopyPlan iep = special(DemoWorld.NOORD, "Iep!", DemoCatalogue.KBW);
        loanBlock(iep, REASON_KBW, null);
        CopyPlan boek = special(DemoWorld.NOORD, "Het boek van alle dingen", DemoCatalogue.KBW);
        loanBlock(boek, REASON_KBW, today.plusDays(14));
        lendToPass(special(DemoWorld.NOORD, "Mister Orange", DemoCatalogue.KBW), DemoPeople.PASS_KBW, 28);
        lendToPass(special(DemoWorld.NOORD, "Toen mijn vader een struik werd", DemoCatalogue.KBW),
                DemoPeople.PASS_KBW, 28);
        CopyPlan dolfjeNoord = special(DemoWorld.NOORD, DOLFJE, DemoCatalogue.JEUGD);
        lendToRandomPatron(dolfjeNoord);

        // Oost (03): a small branch
        CopyPlan pluk = special(DemoWorld.OOST, "Pluk van de Petteflet", DemoCatalogue.JEUGD);
        reservationBlock(pluk, "NOT_RESERVABLE");
        lendToPass(special(DemoWorld.OOST, "De Gruffalo", DemoCatalogue.JEUGD), DemoPeople.PASS_VOORLEESDAGEN, -3);
        special(DemoWorld.OOST, DOLFJE, DemoCatalogue.JEUGD);

        // De Regenboog (04): every copy of Dolfje Weerwolfje is on loan, so it can be reserved at school.
        List<DemoPeople.Student> regenboog = schoolPools.get(DemoWorld.SCHOOL_A);
        int[] dolfjeDue = { 2, 5, 9, -2 };
        for (int i = 0; i < dolfjeDue.length; i++) {
            lendTo(special(DemoWorld.SB_REGENBOOG, DOLFJE, DemoCatalogue.JEUGD), regenboog.get(i), dolfjeDue[i]);
        }
        lendTo(special(DemoWorld.SB_REGENBOOG, "De Griezelbus", DemoCatalogue.JEUGD), "sanne", 6);

        // De Wegwijzer (05): Dolfje Weerwolfje on the shelf (AVAILABLE_ON_SHELF for a school reservation).
        special(DemoWorld.SB_WEGWIJZER, DOLFJE, DemoCatalogue.JEUGD);
        special(DemoWorld.SB_WEGWIJZER, DOLFJE, DemoCatalogue.JEUGD);
        lendTo(special(DemoWorld.SB_WEGWIJZER, "Koning van Katoren", DemoCatalogue.JEUGD), "daan", 4);
        lendTo(special(DemoWorld.SB_WEGWIJZER, "Alaska", DemoCatalogue.JEUGD), "lotte", 10);
        lendTo(special(DemoWorld.SB_WEGWIJZER, "Minoes", DemoCatalogue.JEUGD), "emma", 8);

        // Het Palet (06)
        special(DemoWorld.SB_PALET, DOLFJE, DemoCatalogue.JEUGD);
        lendTo(special(DemoWorld.SB_PALET, "Pippi Langkous", DemoCatalogue.JEUGD), "noah", 3);
    }

    private CopyPlan special(int location, String titleName, String collection) {
        CopyPlan copy = newCopy(catalogue.title(titleName), location, collection);
        copy.barcode = "3" + DemoWorld.barcodeLocation(location) + String.format("%09d", ++specialSequence[location]);
        copies.add(copy);
        return copy;
    }

    private CopyPlan newCopy(DemoCatalogue.TitleRow title, int location, String collection) {
        CopyPlan copy = new CopyPlan();
        copy.title = title;
        copy.owner = location;
        copy.current = location;
        copy.collection = collection;
        copy.shelfMark = DemoShelfMarks.of(title);
        if (DemoCatalogue.KBW.equals(collection)) {
            reservationBlock(copy, "OWN_PATRONS_ONLY");
        } else if (DemoCatalogue.KERST.equals(collection) || DemoCatalogue.SINT.equals(collection)) {
            reservationBlock(copy, "NOT_RESERVABLE");
        }
        return copy;
    }

    private void reservationBlock(CopyPlan copy, String block) {
        copy.reservationBlock = block;
        copy.reservationBlockSetBy = DemoWorld.STAFF_USERNAMES[copy.owner];
        copy.reservationBlockSetAt = at(today.minusDays("OWN_PATRONS_ONLY".equals(block) ? 63 : 20), 9, 15);
    }

    private void loanBlock(CopyPlan copy, String reason, LocalDate until) {
        copy.loanBlocked = true;
        copy.loanBlockReason = reason;
        copy.loanBlockUntil = until;
        copy.loanBlockSetBy = DemoWorld.STAFF_USERNAMES[copy.owner];
        copy.loanBlockSetAt = at(today.minusDays(until == null ? 55 : 6), 10, 40);
    }

    private void lendTo(CopyPlan copy, String username, int dueInDays) {
        lendTo(copy, people.student(username), dueInDays);
    }

    private void lendTo(CopyPlan copy, DemoPeople.Student student, int dueInDays) {
        int loanDays = DemoWorld.loanDays(copy.current);
        LocalDate due = today.plusDays(dueInDays);
        copy.status = "ON_LOAN";
        copy.openLoan = loan(student.id, copy.current, due.minusDays(loanDays), due);
        student.openLoans++;
    }

    private void lendToPass(CopyPlan copy, String passName, int dueInDays) {
        DemoPeople.Pass pass = people.pass(passName);
        copy.status = "ON_LOAN";
        copy.openLoan = loan(pass.id, copy.current, today.minusDays(Math.max(7, 35 - dueInDays)),
                today.plusDays(dueInDays));
    }

    // ---------------------------------------------------------------- the rest of the catalogue

    private void planCatalogueCopies() {
        for (DemoCatalogue.TitleRow title : catalogue.titles) {
            if (title.title().equals(DOLFJE)) {
                continue; // only the documented copies above
            }
            int count = copyCount(title);
            for (int i = 0; i < count; i++) {
                int location = location(title);
                CopyPlan copy = newCopy(title, location, collection(title, location));
                copy.barcode = "3" + DemoWorld.barcodeLocation(location) + "1"
                        + String.format("%08d", ++sequence[location]);
                copies.add(copy);
                status(copy);
            }
        }
    }

    private int copyCount(DemoCatalogue.TitleRow title) {
        if (title.publicationYear() != null && title.publicationYear() < 1950) {
            return 3 + random.nextInt(5);
        }
        boolean popular = !title.series().isEmpty() || ALL_ON_LOAN.contains(title.title())
                || title.hasTheme("kinderboekenweek");
        int count = 6 + random.nextInt(9) + (popular ? 3 : 0);
        return Math.min(15, count);
    }

    /** Where a copy lives: picture books mostly in branches, holiday titles only there, young adult less at school. */
    private int location(DemoCatalogue.TitleRow title) {
        int[] weights;
        if (title.hasTheme("feestdagen")) {
            weights = new int[] { 50, 25, 25, 0, 0, 0 };
        } else if ("0-4".equals(title.ageGroup())) {
            weights = new int[] { 40, 25, 25, 4, 3, 3 };
        } else if ("12-15".equals(title.ageGroup())) {
            weights = new int[] { 35, 20, 20, 8, 9, 8 };
        } else {
            weights = new int[] { 22, 14, 14, 17, 17, 16 };
        }
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int location = 0; location < weights.length; location++) {
            r -= weights[location];
            if (r < 0) {
                return location;
            }
        }
        return DemoWorld.CENTRUM;
    }

    private static String collection(DemoCatalogue.TitleRow title, int location) {
        if (!DemoWorld.isBranch(location)) {
            return DemoCatalogue.JEUGD;
        }
        if (title.isSinterklaas()) {
            return DemoCatalogue.SINT;
        }
        if (title.isChristmas()) {
            return DemoCatalogue.KERST;
        }
        if (title.hasTheme("kinderboekenweek")) {
            return DemoCatalogue.KBW;
        }
        if (DemoCatalogue.GRIFFEL_TITLES.contains(title.title())) {
            return DemoCatalogue.GRIFFELS;
        }
        return DemoCatalogue.JEUGD;
    }

    private void status(CopyPlan copy) {
        if (ALL_ON_LOAN.contains(copy.title.title())) {
            if (!lendToRandomPatron(copy)) {
                throw new IllegalStateException("No patron left for " + copy.title.title());
            }
            return;
        }
        double loanChance = DemoCatalogue.KBW.equals(copy.collection) ? 0.05
                : DemoCatalogue.KERST.equals(copy.collection) || DemoCatalogue.SINT.equals(copy.collection) ? 0.08
                : 0.19;
        double r = random.nextDouble();
        if (DemoWorld.isBranch(copy.owner) && r < 0.012) {
            copy.status = "IN_TRANSIT"; // checked in at another branch, on its way home
            copy.current = (copy.owner + 1 + random.nextInt(2)) % 3;
            return;
        }
        if (r >= 0.012 && r < 0.016) {
            copy.status = "MISSING";
            return;
        }
        if (r < 0.016 + loanChance && lendToRandomPatron(copy)) {
            return;
        }
        if ("JEUGD".equals(copy.collection) && copy.owner == DemoWorld.OOST && random.nextDouble() < 0.03) {
            reservationBlock(copy, "NOT_RESERVABLE"); // small branch keeps its own copy
        }
        if (DemoCatalogue.KBW.equals(copy.collection) && copy.owner == DemoWorld.NOORD && random.nextDouble() < 0.3) {
            loanBlock(copy, REASON_KBW, null);
        } else if (random.nextDouble() < 0.005) {
            loanBlock(copy, REASON_REPAIR, today.plusDays(7 + random.nextInt(24)));
        }
    }

    /** Lends the copy to an eligible patron: a student of the school, or a member for a branch copy. */
    private boolean lendToRandomPatron(CopyPlan copy) {
        DemoPeople.Student student = pick(copy.current, true);
        if (student == null) {
            return false;
        }
        int loanDays = DemoWorld.loanDays(copy.current);
        // about one loan in eight is overdue, by up to two weeks
        int daysAgo = random.nextDouble() < 0.88 ? 1 + random.nextInt(loanDays) : loanDays + 1 + random.nextInt(13);
        LocalDate out = openDay(copy.current, today.minusDays(daysAgo));
        copy.status = "ON_LOAN";
        copy.openLoan = loan(student.id, copy.current, out, out.plusDays(loanDays));
        student.openLoans++;
        return true;
    }

    private DemoPeople.Student pick(int location, boolean open) {
        List<DemoPeople.Student> pool = DemoWorld.isBranch(location)
                ? memberPool : schoolPools.get(DemoWorld.schoolOf(location));
        int max = DemoWorld.isBranch(location) ? 6 : 4;
        for (int attempt = 0; attempt < 40; attempt++) {
            DemoPeople.Student s = pool.get(random.nextInt(pool.size()));
            if (!open || s.openLoans < max) {
                return s;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- loan history

    private void planHistory() {
        LocalDate latestReturn = today.minusDays(40); // before any open loan started
        for (CopyPlan copy : copies) {
            if ("MISSING".equals(copy.status)) {
                continue;
            }
            double r = random.nextDouble();
            int loans = r < 0.12 ? 2 : r < 0.47 ? 1 : 0;
            LocalDate start = today.minusDays(120 + random.nextInt(120));
            for (int i = 0; i < loans; i++) {
                int location = copy.owner;
                int loanDays = DemoWorld.loanDays(location);
                LocalDate out = openDay(location, start);
                LocalDate back = openDay(location, out.plusDays(3 + random.nextInt(loanDays + 5)));
                if (back.isAfter(latestReturn)) {
                    break;
                }
                DemoPeople.Student student = pick(location, false);
                LoanPlan loan = loan(student.id, location, out, out.plusDays(loanDays));
                loan.returnedAt = at(back, 10 + random.nextInt(6), random.nextInt(60));
                if (!loan.returnedAt.isAfter(loan.checkedOutAt)) {
                    loan.returnedAt = loan.checkedOutAt.plusHours(2);
                }
                copy.history.add(loan);
                start = back.plusDays(2 + random.nextInt(20));
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private LoanPlan loan(long patronId, int location, LocalDate out, LocalDate due) {
        LoanPlan loan = new LoanPlan();
        loan.patronId = patronId;
        loan.location = location;
        boolean branch = DemoWorld.isBranch(location);
        loan.checkedOutAt = at(out, branch ? 10 + random.nextInt(7) : 8 + random.nextInt(6), random.nextInt(60));
        loan.dueDate = due;
        return loan;
    }

    /** The latest day on or before {@code day} the location is open (branches Tue–Sat, schools Mon–Fri). */
    private static LocalDate openDay(int location, LocalDate day) {
        LocalDate d = day;
        while (true) {
            DayOfWeek w = d.getDayOfWeek();
            boolean open = DemoWorld.isBranch(location)
                    ? w != DayOfWeek.SUNDAY && w != DayOfWeek.MONDAY
                    : w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY;
            if (open) {
                return d;
            }
            d = d.minusDays(1);
        }
    }

    private OffsetDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(zone).toOffsetDateTime();
    }

    // ---------------------------------------------------------------- inserts

    private void insert(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO copy (barcode, title_id, owner_location_id,"
                + " current_location_id, collection_id, shelf_mark, status, reservation_block, reservation_block_until,"
                + " reservation_block_set_by, reservation_block_set_at, loan_blocked, loan_block_until,"
                + " loan_block_reason, loan_block_set_by, loan_block_set_at, transit_to_location_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (CopyPlan copy : copies) {
                ps.setString(1, copy.barcode);
                ps.setLong(2, catalogue.titleId(copy.title));
                ps.setLong(3, world.location(copy.owner));
                ps.setLong(4, world.location(copy.current));
                ps.setLong(5, catalogue.collectionId(copy.collection));
                ps.setString(6, copy.shelfMark);
                ps.setString(7, copy.status);
                ps.setString(8, copy.reservationBlock);
                DemoJdbc.setDate(ps, 9, copy.reservationBlockUntil);
                ps.setString(10, copy.reservationBlockSetBy);
                DemoJdbc.setTimestamp(ps, 11, copy.reservationBlockSetAt);
                ps.setBoolean(12, copy.loanBlocked);
                DemoJdbc.setDate(ps, 13, copy.loanBlockUntil);
                ps.setString(14, copy.loanBlockReason);
                ps.setString(15, copy.loanBlockSetBy);
                DemoJdbc.setTimestamp(ps, 16, copy.loanBlockSetAt);
                // a copy in transit is on its way home to its owner
                ps.setObject(17, "IN_TRANSIT".equals(copy.status) ? world.location(copy.owner) : null);
                ps.addBatch();
                if (++n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, barcode FROM copy WHERE owner_location_id = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("bigint", DemoPeople.box(world.locationIds)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(2), rs.getLong(1));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO loan (copy_id, patron_id, location_id,"
                + " checked_out_at, due_date, returned_at, returned_location_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (CopyPlan copy : copies) {
                long copyId = ids.get(copy.barcode);
                List<LoanPlan> loans = new ArrayList<>(copy.history);
                if (copy.openLoan != null) {
                    loans.add(copy.openLoan);
                }
                for (LoanPlan loan : loans) {
                    ps.setLong(1, copyId);
                    ps.setLong(2, loan.patronId);
                    ps.setLong(3, world.location(loan.location));
                    DemoJdbc.setTimestamp(ps, 4, loan.checkedOutAt);
                    DemoJdbc.setDate(ps, 5, loan.dueDate);
                    DemoJdbc.setTimestamp(ps, 6, loan.returnedAt);
                    DemoJdbc.setLong(ps, 7, loan.returnedAt == null ? null : world.location(loan.location));
                    ps.addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
            }
            ps.executeBatch();
        }
    }
}
