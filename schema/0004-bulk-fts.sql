-- 0004: new documents and claims are indexed in bulk at the end of each write
-- transaction, not row by row by a trigger.
-- Never edit this file once shipped: add a new numbered file instead.
--
-- Why: once an FTS5 table has been written in a transaction, SQLite opens a
-- statement savepoint for every later statement, and FTS5 writes its pending
-- terms to a new segment at each savepoint. Indexed row by row, every claim
-- insert made a segment of its own, and merging them was most of an import's
-- writing time. The store now inserts the rows first and the index entries of
-- the whole batch in one statement per table (DossierStore's FullTextBacklog).
-- Deletions and updates keep their triggers: they are rare, and they need the
-- old values that only the trigger has at hand.
DROP TRIGGER documents_fts_insert;
DROP TRIGGER claims_fts_insert;
