package nl.schoollibrary.reservations.circulation;

import java.sql.ResultSet;
import java.sql.SQLException;
import nl.schoollibrary.reservations.reservation.ReservationFacts;
import nl.schoollibrary.reservations.reservation.policy.CopyFacts;

/** A copy as circulation sees it: its facts for the rules, plus barcode, title and organisation. */
record CopyRow(CopyFacts facts, String barcode, long titleId, long ownerOrganisationId, Long ownerSchoolId) {

    static final String SELECT = """
            SELECT c.id, c.barcode, c.title_id, c.owner_location_id, c.current_location_id, c.status,
                   c.reservation_block, c.reservation_block_until, c.loan_blocked, c.loan_block_until,
                   c.loan_block_reason, o.organisation_id AS owner_org, o.school_id AS owner_school
              FROM copy c JOIN location o ON o.id = c.owner_location_id
            """;

    static CopyRow of(ResultSet rs) throws SQLException {
        return new CopyRow(ReservationFacts.copyFacts(rs), rs.getString("barcode"), rs.getLong("title_id"),
                rs.getLong("owner_org"), rs.getObject("owner_school", Long.class));
    }

    long id() {
        return facts.copyId();
    }
}
