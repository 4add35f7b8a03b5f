-- 0004 (PostgreSQL): search in scripts written without spaces (Chinese, Japanese, Korean, Thai, Lao,
-- Myanmar, Khmer), which the word-based text search cannot split (see schema/0013-unspaced-scripts-search.sql).
-- Documents holding such characters are flagged, and their title and text indexed by trigrams
-- (pg_trgm, in Debian's postgresql-contrib; a trusted extension a database owner may create).
-- Never edit this file once shipped: add a new numbered file instead.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The character class is ScriptsWithoutSpaces.characterClass (DossierStorage): Thai, Lao, Myanmar, Khmer,
-- kana, CJK ideographs (and extension A, compatibility), Hangul syllables.
ALTER TABLE documents ADD COLUMN unspaced BOOLEAN
    GENERATED ALWAYS AS ((coalesce(title, '') || ' ' || text) ~ '[฀-໿က-႟ក-៿぀-ヿ㐀-䶿一-鿿가-힯豈-﫿]') STORED;
CREATE INDEX documents_unspaced ON documents (id) WHERE unspaced;
CREATE INDEX documents_unspaced_trigrams ON documents USING GIN ((coalesce(title, '') || ' ' || text) gin_trgm_ops)
    WHERE unspaced;
