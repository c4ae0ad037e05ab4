-- A series mutation over 100,000+ copies writes one item row per copy. The two foreign keys on those rows each ran a
-- per-row check (~1.4 s per 167,000 copies, more than a third of the apply). The rows are written by one statement
-- only (SeriesMutationService.apply) from the mutation row it just inserted and from copy rows it holds locked;
-- copies and mutations are never deleted. Integrity is by construction, so the checks go.
ALTER TABLE series_mutation_item
    DROP CONSTRAINT series_mutation_item_mutation_id_fkey,
    DROP CONSTRAINT series_mutation_item_copy_id_fkey;
