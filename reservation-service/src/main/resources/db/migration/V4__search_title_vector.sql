-- Search in two tiers (docs/adr/0003): title, subtitle, authors and series first (their own, much smaller GIN index);
-- descriptions only when those give too few results. Browsing without search words walks the title order index.
ALTER TABLE title ADD COLUMN title_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('nl_unaccent', coalesce(title, '') || ' ' || coalesce(subtitle, '')), 'A') ||
    setweight(to_tsvector('nl_unaccent', coalesce(authors, '') || ' ' || coalesce(series, '')), 'B')
) STORED;
CREATE INDEX title_title_vector_idx ON title USING gin (title_vector);
CREATE INDEX title_sort_idx ON title (title, id);
