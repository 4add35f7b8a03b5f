-- 0001: documents, the files they were found in, and full-text search.
-- Never edit this file once shipped: add a new numbered file instead.

-- A root given to `dossier import` (a folder or a file), for `dossier sources`
-- and `dossier reindex`.
CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    root        TEXT NOT NULL UNIQUE,
    added_at    TEXT NOT NULL,
    last_run_at TEXT,
    last_result TEXT              -- JSON summary of the last import or reindex
);

-- Every file seen. A file holds zero or more documents; files with the same
-- bytes share their documents (documents.content_hash = files.content_hash).
CREATE TABLE files (
    id           INTEGER PRIMARY KEY,
    path         TEXT NOT NULL UNIQUE,
    source_id    INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    size         INTEGER NOT NULL,
    mtime_ns     INTEGER NOT NULL,
    content_hash TEXT,              -- SHA-256 of the bytes; NULL if never read
    status       TEXT NOT NULL CHECK (status IN ('ok', 'failed', 'missing')),
    error        TEXT,              -- why it failed
    seen_at      TEXT NOT NULL
);
CREATE INDEX files_content_hash ON files(content_hash);
CREATE INDEX files_source ON files(source_id);

CREATE TABLE documents (
    id                INTEGER PRIMARY KEY,
    content_hash      TEXT NOT NULL,   -- the file's SHA-256
    part              TEXT NOT NULL DEFAULT '',  -- which document inside the file
    text_hash         TEXT NOT NULL,   -- SHA-256 of the main text: syndicated copies share it
    kind              TEXT NOT NULL,   -- article | feed-item | wire | filing | text
    format            TEXT NOT NULL,   -- html, rss, atom, nitf, ixbrl, form-d, ...
    title             TEXT,
    byline            TEXT,
    publisher         TEXT,
    published         TEXT,            -- ISO 8601 as stated (date or timestamp)
    url               TEXT,
    language          TEXT,
    text              TEXT NOT NULL,   -- main text, paragraphs separated by a blank line
    metadata          TEXT NOT NULL DEFAULT '{}',  -- JSON object of format-specific extras
    imported_at       TEXT NOT NULL,
    parser_version    INTEGER NOT NULL,
    extractor_version INTEGER NOT NULL DEFAULT 0,
    UNIQUE (content_hash, part)
);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_text_hash ON documents(text_hash);
CREATE INDEX documents_kind ON documents(kind);
-- Covers "which content is current?" so a no-op reindex never reads the text.
CREATE INDEX documents_versions ON documents(content_hash, parser_version, extractor_version);

-- Full text over title and main text. External content: the text is stored
-- once, in documents; triggers keep the index in step inside the same
-- transaction, so a reader sees a document and its index entry together.
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title,
    text,
    content = 'documents',
    content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;

CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
