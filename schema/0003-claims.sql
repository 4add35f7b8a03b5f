-- 0003: claims (figures with their evidence), people's corrections, aliases.
-- Never edit this file once shipped: add a new numbered file instead.

CREATE TABLE claims (
    id                INTEGER PRIMARY KEY,
    document_id       INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    origin            TEXT NOT NULL CHECK (origin IN ('prose', 'filing')),
    kind              TEXT NOT NULL,   -- money | percent | duration | date | count | multiple
    text              TEXT NOT NULL,   -- the exact span
    start             INTEGER NOT NULL,  -- offsets in Unicode scalars of documents.text
    "end"             INTEGER NOT NULL,
    value             REAL,
    low               REAL,
    high              REAL,
    currency          TEXT,
    unit              TEXT,
    date              TEXT,
    qualifier         TEXT NOT NULL,
    metric            TEXT,
    subject           TEXT,
    subject_key       TEXT,            -- normalised subject for grouping
    attribution       TEXT,
    sentence          TEXT NOT NULL,
    fact_id           INTEGER REFERENCES facts(id) ON DELETE CASCADE,
    extractor_version INTEGER NOT NULL
);
CREATE INDEX claims_document ON claims(document_id);
CREATE INDEX claims_metric ON claims(metric);
CREATE INDEX claims_subject_key ON claims(subject_key);
CREATE INDEX claims_value ON claims(value);

CREATE VIRTUAL TABLE claims_fts USING fts5(
    sentence,
    content = 'claims',
    content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
    INSERT INTO claims_fts(rowid, sentence) VALUES (new.id, new.sentence);
END;

CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
    INSERT INTO claims_fts(claims_fts, rowid, sentence) VALUES ('delete', old.id, old.sentence);
END;

CREATE TRIGGER claims_fts_update AFTER UPDATE OF sentence ON claims BEGIN
    INSERT INTO claims_fts(claims_fts, rowid, sentence) VALUES ('delete', old.id, old.sentence);
    INSERT INTO claims_fts(rowid, sentence) VALUES (new.id, new.sentence);
END;

-- A person's judgement on a claim. Keyed by the document and the span, not by
-- the claim's id, so it survives re-extraction; the machine's claim is kept.
CREATE TABLE claim_corrections (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('reject', 'correct')),
    value       REAL,
    low         REAL,
    high        REAL,
    metric      TEXT,
    subject     TEXT,
    reason      TEXT,
    created_at  TEXT NOT NULL
);
CREATE INDEX claim_corrections_span ON claim_corrections(document_id, start, "end");

-- User-defined subject aliases: alias_key (normalised) → the subject to group under.
CREATE TABLE aliases (
    alias_key TEXT PRIMARY KEY,
    alias     TEXT NOT NULL,
    subject   TEXT NOT NULL
);
