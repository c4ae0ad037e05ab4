-- The CHECK constraints of the tables every placement and check-in writes (reservation, copy, message), with the same
-- meaning, written so that PostgreSQL stores a constant list. A check constraint is kept as a node tree in text and is
-- read back and simplified for every INSERT or UPDATE statement (ExecConstraints: stringToNode, expression_planner).
-- `status IN ('A', 'B')` on a varchar column is stored as an ARRAY[...] of varchar constants cast to text[], which the
-- planner folds by running a small executor each time; `status::text = ANY ('{A,B}'::text[])` is stored as one
-- constant array. Measured (docs/benchmarks.md): the nine checks of reservation were 8% of the database CPU of a
-- placement, 92% of that reading and folding the stored trees.
ALTER TABLE reservation
    DROP CONSTRAINT reservation_kind_check,
    DROP CONSTRAINT reservation_status_check,
    DROP CONSTRAINT reservation_scope_check,
    DROP CONSTRAINT reservation_captured_has_copy,
    DROP CONSTRAINT reservation_closed_has_time,
    DROP CONSTRAINT reservation_anonymised_only_when_closed,
    ADD CONSTRAINT reservation_kind_check CHECK (kind::text = ANY ('{TITLE,COPY}'::text[])),
    ADD CONSTRAINT reservation_status_check
        CHECK (status::text = ANY ('{WAITING,IN_TRANSIT,READY,FULFILLED,CANCELLED,EXPIRED}'::text[])),
    ADD CONSTRAINT reservation_scope_check CHECK (scope::text = ANY ('{SCHOOL,LIBRARY}'::text[])),
    ADD CONSTRAINT reservation_captured_has_copy
        CHECK (status::text <> ALL ('{IN_TRANSIT,READY,FULFILLED}'::text[]) OR assigned_copy_id IS NOT NULL),
    ADD CONSTRAINT reservation_closed_has_time
        CHECK ((status::text = ANY ('{FULFILLED,CANCELLED,EXPIRED}'::text[])) = (closed_at IS NOT NULL)),
    ADD CONSTRAINT reservation_anonymised_only_when_closed
        CHECK (anonymised_at IS NULL OR status::text = ANY ('{FULFILLED,CANCELLED,EXPIRED}'::text[]));

ALTER TABLE copy
    DROP CONSTRAINT copy_status_check,
    DROP CONSTRAINT copy_reservation_block_check,
    ADD CONSTRAINT copy_status_check
        CHECK (status::text = ANY ('{ON_SHELF,ON_LOAN,ON_HOLD_SHELF,IN_TRANSIT,MISSING}'::text[])),
    ADD CONSTRAINT copy_reservation_block_check
        CHECK (reservation_block::text = ANY ('{NONE,OWN_PATRONS_ONLY,NOT_RESERVABLE}'::text[]));

ALTER TABLE message
    DROP CONSTRAINT message_kind_check,
    ADD CONSTRAINT message_kind_check CHECK (kind::text = ANY (
        '{RESERVATION_READY,RESERVATION_EXPIRED,RESERVATION_CANCELLED,RESERVATION_CLOSED}'::text[]));
