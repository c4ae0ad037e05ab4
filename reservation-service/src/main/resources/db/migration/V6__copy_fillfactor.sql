-- Leave room on each page of copy so that changing blocks and status (no indexed column) is a HOT update that
-- touches none of the seven indexes: series mutations over 100k+ copies and their undo got ~2x faster (docs/benchmarks.md).
-- Existing data keeps its packing until rewritten (VACUUM FULL copy); new rows use it at once.
ALTER TABLE copy SET (fillfactor = 80);
