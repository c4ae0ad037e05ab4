-- SPEC §8, one active title reservation per patron and title: the same unique index, with the title as its first
-- column. Counting a title's queue (title_id = ? AND status = 'WAITING' AND kind = 'TITLE') can use this index as well
-- as reservation_queue_idx, and the planner may pick either: when statistics were taken while no reservation was
-- waiting (a quiet summer, a fresh database) both partial indexes look empty and cost the same. Led by the patron, this
-- one was then scanned whole for every placement (measured: 4 ms instead of 0.03 ms); led by the title, both choices
-- read only the title's entries. A student's own active reservations are found through reservation_patron_idx.
DROP INDEX reservation_one_active_per_patron_title;
CREATE UNIQUE INDEX reservation_one_active_per_patron_title ON reservation (title_id, patron_id)
    WHERE kind = 'TITLE' AND status IN ('WAITING', 'IN_TRANSIT', 'READY');
