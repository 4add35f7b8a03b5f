-- 0013: full-text search in scripts written without spaces (Chinese, Japanese, Korean, Thai…).
-- Never edit this file once shipped: add a new numbered file instead.
--
-- The main index splits text at spaces and punctuation, so a run of Chinese or Japanese characters is
-- one long "word" and a search for two of its characters finds nothing. This second index cuts the
-- text of the documents that hold such scripts into trigrams (every three characters), which answers
-- substring searches (`LIKE '%商標%'`) for any length of query. Only those documents are in it: English
-- search and the English index are untouched. It stores its own copy of their text (a contentless
-- table cannot delete rows on this SQLite), and new documents join it at the end of each write
-- transaction with the main index (DossierStore's FullTextBacklog).
CREATE VIRTUAL TABLE documents_cjk USING fts5(title, text, tokenize = 'trigram');

CREATE TRIGGER documents_cjk_delete AFTER DELETE ON documents BEGIN
    DELETE FROM documents_cjk WHERE rowid = old.id;
END;

-- A revised text leaves the index; the writer indexes the new text again if it still holds such scripts.
CREATE TRIGGER documents_cjk_update AFTER UPDATE OF title, text ON documents BEGIN
    DELETE FROM documents_cjk WHERE rowid = old.id;
END;

-- The character class of ScriptsWithoutSpaces.glob (DossierStore): Thai, Lao, Myanmar, Khmer, kana,
-- CJK ideographs (and extension A and compatibility forms), Hangul syllables.
INSERT INTO documents_cjk(rowid, title, text)
SELECT id, title, text FROM documents
WHERE coalesce(title, '') GLOB '*[฀-໿က-႟ក-៿぀-ヿ㐀-䶿一-鿿가-힯豈-﫿]*' OR text GLOB '*[฀-໿က-႟ក-៿぀-ヿ㐀-䶿一-鿿가-힯豈-﫿]*';
