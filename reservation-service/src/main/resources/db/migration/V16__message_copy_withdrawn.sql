-- A student whose copy reservation ends because the copy is withdrawn gets a message of its own kind, worded by the
-- portal in the student's language (not a Dutch reason text from the service).
ALTER TABLE message
    DROP CONSTRAINT message_kind_check,
    ADD CONSTRAINT message_kind_check CHECK (kind::text = ANY (
        '{RESERVATION_READY,RESERVATION_EXPIRED,RESERVATION_CANCELLED,RESERVATION_CLOSED,RESERVATION_COPY_WITHDRAWN}'::text[]));
