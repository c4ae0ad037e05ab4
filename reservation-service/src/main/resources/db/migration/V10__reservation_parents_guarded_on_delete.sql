-- Placing a reservation is the busiest write. Its foreign keys to title, patron and pickup location made every insert
-- take a KEY SHARE lock on three parent rows: a WAL record and a dirtied page each, and a multixact on the pickup
-- location's row whenever placements at the same library overlap (measured on the 1M-copy benchmark: ~10% of the
-- database CPU of a placement; docs/benchmarks.md, ADR 0007).
--
-- The same guarantee from the other side: title, patron and location rows are never deleted by the product (titles are
-- withdrawn, patrons deactivated and anonymised, locations closed), and a delete of one that reservations still refer
-- to is refused here. Every insert path reads the parent rows in its own transaction first; placing takes the title's
-- and the patron's advisory lock and a shared lock on the pickup location's key (ADR 0006), and the guard takes the
-- same keys exclusively before it looks, so a delete and a placement at the same moment cannot both pass.
ALTER TABLE reservation
    DROP CONSTRAINT reservation_title_id_fkey,
    DROP CONSTRAINT reservation_patron_id_fkey,
    DROP CONSTRAINT reservation_pickup_location_id_fkey;

-- TG_ARGV[0]: the reservation column that refers to the row; TG_ARGV[1]: added to the id for the advisory-lock key
-- (titles: 0, locations: 2^61, patrons: 2^62, as ReservationService.titleLockKey / locationLockKey / patronLockKey).
CREATE FUNCTION refuse_delete_while_reserved() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    referenced boolean;
BEGIN
    PERFORM pg_advisory_xact_lock(OLD.id | TG_ARGV[1]::bigint);
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM reservation WHERE %I = $1)', TG_ARGV[0]) INTO referenced USING OLD.id;
    IF referenced THEN
        RAISE EXCEPTION '% % is referred to by reservations', TG_TABLE_NAME, OLD.id
            USING ERRCODE = 'foreign_key_violation', TABLE = 'reservation',
                  CONSTRAINT = 'reservation_' || TG_ARGV[0] || '_guard';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER title_not_reserved BEFORE DELETE OR UPDATE OF id ON title
    FOR EACH ROW EXECUTE FUNCTION refuse_delete_while_reserved('title_id', '0');
CREATE TRIGGER patron_not_reserved BEFORE DELETE OR UPDATE OF id ON patron
    FOR EACH ROW EXECUTE FUNCTION refuse_delete_while_reserved('patron_id', '4611686018427387904');
CREATE TRIGGER location_not_reserved BEFORE DELETE OR UPDATE OF id ON location
    FOR EACH ROW EXECUTE FUNCTION refuse_delete_while_reserved('pickup_location_id', '2305843009213693952');
