-- 0002: structured numeric facts from filings (XBRL, inline XBRL, forms).
-- Never edit this file once shipped: add a new numbered file instead.

CREATE TABLE facts (
    id             INTEGER PRIMARY KEY,
    document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    concept        TEXT NOT NULL,     -- prefix:LocalName, prefix by namespace
    value          REAL NOT NULL,     -- after scale, sign and format
    unit           TEXT,              -- USD, shares, USD/shares, pure
    period         TEXT,              -- YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD
    entity         TEXT,
    has_dimensions INTEGER NOT NULL DEFAULT 0,
    dimensions     TEXT,              -- JSON array of "dimension=member"
    decimals       TEXT,
    context        TEXT
);
CREATE INDEX facts_document ON facts(document_id);
CREATE INDEX facts_concept ON facts(concept);
CREATE INDEX facts_entity ON facts(entity);
