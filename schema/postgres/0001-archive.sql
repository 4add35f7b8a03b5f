-- 0001 (PostgreSQL): the archive as the SQLite schema stands at its 0013, for the shared backend.
-- Never edit this file once shipped: add a new numbered file instead. Column names and meanings
-- follow schema/*.sql, so both backends answer the same questions the same way.

-- Words stemmed as English and accents ignored, as SQLite's porter + remove_diacritics do.
-- unaccent is a trusted extension (PostgreSQL 13+): a database owner may create it.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION dossier (COPY = english);
ALTER TEXT SEARCH CONFIGURATION dossier
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

-- A root given to `dossier import` (a folder or a file).
CREATE TABLE sources (
    id          BIGSERIAL PRIMARY KEY,
    root        TEXT NOT NULL UNIQUE,
    added_at    TEXT NOT NULL,
    last_run_at TEXT,
    last_result TEXT,                        -- JSON counts of the last import or reindex
    excludes    TEXT NOT NULL DEFAULT '[]'   -- JSON array of glob patterns
);

-- Every file seen; files with the same bytes share their documents (by content_hash).
CREATE TABLE files (
    id           BIGSERIAL PRIMARY KEY,
    path         TEXT NOT NULL UNIQUE,
    source_id    BIGINT REFERENCES sources(id) ON DELETE SET NULL,
    size         BIGINT NOT NULL,
    mtime_ns     BIGINT NOT NULL,
    content_hash TEXT,
    status       TEXT NOT NULL CHECK (status IN ('ok', 'failed', 'missing')),
    error        TEXT,
    seen_at      TEXT NOT NULL
);
CREATE INDEX files_content_hash ON files(content_hash);
CREATE INDEX files_source ON files(source_id);

CREATE TABLE documents (
    id                BIGSERIAL PRIMARY KEY,
    content_hash      TEXT NOT NULL,
    part              TEXT NOT NULL DEFAULT '',
    text_hash         TEXT NOT NULL,
    kind              TEXT NOT NULL,
    format            TEXT NOT NULL,
    title             TEXT,
    byline            TEXT,
    publisher         TEXT,
    published         TEXT,
    url               TEXT,
    language          TEXT,
    text              TEXT NOT NULL,
    metadata          JSONB NOT NULL DEFAULT '{}',
    imported_at       TEXT NOT NULL,
    parser_version    INTEGER NOT NULL,
    extractor_version INTEGER NOT NULL DEFAULT 0,
    UNIQUE (content_hash, part)
);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_text_hash ON documents(text_hash);
CREATE INDEX documents_kind ON documents(kind);
CREATE INDEX documents_publisher ON documents(lower(publisher));
CREATE INDEX documents_versions ON documents(content_hash, parser_version, extractor_version);

-- The full-text index of a document, in pieces: a tsvector holds at most 1 MB, so a long
-- document is indexed as several chunks (the title, weighted A, with the first).
CREATE TABLE document_chunks (
    document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    chunk       INTEGER NOT NULL,
    search      TSVECTOR NOT NULL,
    PRIMARY KEY (document_id, chunk)
);
CREATE INDEX document_chunks_search ON document_chunks USING GIN (search);

CREATE TABLE facts (
    id             BIGSERIAL PRIMARY KEY,
    document_id    BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    concept        TEXT NOT NULL,
    value          DOUBLE PRECISION NOT NULL,
    unit           TEXT,
    period         TEXT,
    entity         TEXT,
    has_dimensions BOOLEAN NOT NULL DEFAULT FALSE,
    dimensions     TEXT,
    decimals       TEXT,
    context        TEXT
);
CREATE INDEX facts_document ON facts(document_id);
CREATE INDEX facts_concept ON facts(lower(concept));
CREATE INDEX facts_entity ON facts(entity);

CREATE TABLE claims (
    id                BIGSERIAL PRIMARY KEY,
    document_id       BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    origin            TEXT NOT NULL CHECK (origin IN ('prose', 'filing')),
    kind              TEXT NOT NULL,
    text              TEXT NOT NULL,
    start             INTEGER NOT NULL,
    "end"             INTEGER NOT NULL,
    value             DOUBLE PRECISION,
    low               DOUBLE PRECISION,
    high              DOUBLE PRECISION,
    currency          TEXT,
    unit              TEXT,
    date              TEXT,
    qualifier         TEXT NOT NULL,
    metric            TEXT,
    subject           TEXT,
    subject_key       TEXT,
    attribution       TEXT,
    sentence          TEXT NOT NULL,
    fact_id           BIGINT REFERENCES facts(id) ON DELETE CASCADE,
    extractor_version INTEGER NOT NULL,
    measure           TEXT,
    period            TEXT,
    direction         TEXT CHECK (direction IN ('up', 'down')),
    as_of             TEXT,
    per               TEXT,
    sentence_search   TSVECTOR GENERATED ALWAYS AS (to_tsvector('dossier', sentence)) STORED
);
CREATE INDEX claims_document ON claims(document_id, start);
CREATE INDEX claims_metric ON claims(metric);
CREATE INDEX claims_subject_key ON claims(subject_key);
CREATE INDEX claims_value ON claims(value);
CREATE INDEX claims_ranges ON claims(low, high) WHERE value IS NULL;
CREATE INDEX claims_period ON claims((period COLLATE "C"));
CREATE INDEX claims_fact ON claims(fact_id);
CREATE INDEX claims_sentence_search ON claims USING GIN (sentence_search);

-- A person's judgement on a claim, keyed by document and span so it survives re-extraction.
CREATE TABLE claim_corrections (
    id              BIGSERIAL PRIMARY KEY,
    document_id     BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start           INTEGER NOT NULL,
    "end"           INTEGER NOT NULL,
    kind            TEXT NOT NULL,
    action          TEXT NOT NULL CHECK (action IN ('reject', 'correct')),
    value           DOUBLE PRECISION,
    low             DOUBLE PRECISION,
    high            DOUBLE PRECISION,
    metric          TEXT,
    subject         TEXT,
    reason          TEXT,
    created_at      TEXT NOT NULL,
    author          TEXT,
    detached_at     TEXT,
    detached_figure TEXT
);
CREATE INDEX claim_corrections_span ON claim_corrections(document_id, start, "end");
CREATE INDEX claim_corrections_detached ON claim_corrections(detached_at) WHERE detached_at IS NOT NULL;

CREATE TABLE aliases (
    alias_key TEXT PRIMARY KEY,
    alias     TEXT NOT NULL,
    subject   TEXT NOT NULL
);
