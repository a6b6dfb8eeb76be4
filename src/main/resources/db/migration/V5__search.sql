-- Search index: the language each free-text answer is written in, as detected from its text.
-- Derived data (the text never changes), kept so that rebuilding the search index does not have to
-- detect the language of every answer again (about a millisecond each). Deleting rows here is
-- harmless: they are detected again. Goes with its answer (ON DELETE CASCADE).
CREATE TABLE search_answer_language (
    answer_id  BIGINT      NOT NULL PRIMARY KEY REFERENCES answer (id) ON DELETE CASCADE,
    language   VARCHAR(16) NOT NULL
);
