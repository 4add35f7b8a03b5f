-- 0010: the documents' full-text index declared as Datasette and sqlite-utils look for it.
-- Never edit this file once shipped: add a new numbered file instead.
--
-- Datasette offers a search box on a table when a virtual table's CREATE statement reads
-- content="TABLE" (double quotes, no spaces); 0001 wrote content = 'documents', which FTS5
-- reads the same way but Datasette does not recognise. The index is declared again with the same
-- columns, tokenizer and external content, and rebuilt from the documents. The triggers of 0001
-- and 0005 name the index, not its definition, and keep working.
DROP TABLE documents_fts;
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title,
    text,
    content="documents",
    content_rowid="id",
    tokenize="porter unicode61 remove_diacritics 2"
);
INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
