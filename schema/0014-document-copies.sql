-- 0014: a document found inside two containers (the same member in two zips, the same attachment in two
-- mailboxes) is stored once and remembers every place it was found.
-- Never edit this file once shipped: add a new numbered file instead.
--
-- `member_hash` is the SHA-256 of the member's own bytes (NULL for a document that is a whole file, or that
-- a web-archive record holds: a record's URL and capture date are its own). A container whose member is
-- already stored under another container gets a row here instead of a second copy of the document.
ALTER TABLE documents ADD COLUMN member_hash TEXT;
CREATE INDEX documents_member_hash ON documents(member_hash) WHERE member_hash IS NOT NULL;

CREATE TABLE document_copies (
    content_hash TEXT NOT NULL,     -- the container's bytes (files.content_hash) that also hold the document
    part         TEXT NOT NULL,     -- where in that container
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (content_hash, part)
) WITHOUT ROWID;
CREATE INDEX document_copies_document ON document_copies(document_id);

-- A document whose own container is gone (changed, removed) but that another container still holds is
-- not deleted: it moves to that container, keeping its id, claims, corrections and index entries.
CREATE TRIGGER documents_move_to_copy BEFORE DELETE ON documents
WHEN EXISTS (SELECT 1 FROM document_copies c JOIN files f ON f.content_hash = c.content_hash AND f.status IN ('ok', 'missing')
             WHERE c.document_id = old.id)
BEGIN
    UPDATE documents SET (content_hash, part) = (
        SELECT c.content_hash, c.part FROM document_copies c
        JOIN files f ON f.content_hash = c.content_hash AND f.status IN ('ok', 'missing')
        WHERE c.document_id = old.id ORDER BY c.content_hash, c.part LIMIT 1)
    WHERE id = old.id;
    DELETE FROM document_copies
    WHERE document_id = old.id
      AND content_hash = (SELECT content_hash FROM documents WHERE id = old.id)
      AND part = (SELECT part FROM documents WHERE id = old.id);
    SELECT RAISE(IGNORE);
END;
