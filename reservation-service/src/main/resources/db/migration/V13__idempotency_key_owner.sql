-- An Idempotency-Key left unfinished by a service instance that stopped mid-request (killed, crashed, lost its
-- database) is taken over by a retry instead of answering "still in progress" until the key expires
-- (common/IdempotencyKeys, docs/error-codes.md).
--
-- owner_id:    the service instance that claimed the key. Each running instance holds a session-level advisory lock
--              (classid 467, objid = its id) on a connection of its own for as long as it lives (common/ServiceInstance);
--              the lock disappears with the instance's session, so a claim whose owner holds no such lock is dead.
-- claim_token: the claim of one request; its answer is written only while the key is still claimed by it.
-- claimed_at:  when the claim was made or last renewed (the database's clock); a claim older than the in-progress
--              timeout is taken over even when its owner lives (its request ended without its answer being kept).
ALTER TABLE idempotency_key
    ADD COLUMN owner_id    integer,
    ADD COLUMN claim_token bigint,
    ADD COLUMN claimed_at  timestamptz;

-- Ids of service instances: never reused while any instance could remember one.
CREATE SEQUENCE service_instance_seq AS integer MINVALUE 1 MAXVALUE 2147483647 CYCLE;
