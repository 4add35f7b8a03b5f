-- 0002 (PostgreSQL): a short name for each import root (see schema/0014-source-names.sql).
-- Never edit this file once shipped: add a new numbered file instead.

ALTER TABLE sources ADD COLUMN name TEXT;
CREATE UNIQUE INDEX sources_name ON sources(name) WHERE name IS NOT NULL;
