-- The outbox (domain_event) is an append-only log of what happened; organisation_id and school_id are there to filter
-- the feed per tenant. Their foreign keys made every event insert take a KEY SHARE lock on the one organisation row and
-- the school row: with concurrent placements those locks pile up as multixacts on a handful of hot rows (measured:
-- ~15% of the database CPU of a placement). Events are written only by the service, from rows it has just read, and
-- organisations and schools are never deleted, so the log does not lock master data.
ALTER TABLE domain_event
    DROP CONSTRAINT domain_event_organisation_id_fkey,
    DROP CONSTRAINT domain_event_school_id_fkey;
