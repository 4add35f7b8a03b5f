-- 0014: a short name for each import root, so citations read `name:relative/path` (which a colleague
-- on another machine can follow) instead of this machine's absolute path.
-- Never edit this file once shipped: add a new numbered file instead.

ALTER TABLE sources ADD COLUMN name TEXT;  -- NULL until named: shown as the root's last component
CREATE UNIQUE INDEX sources_name ON sources(name) WHERE name IS NOT NULL;
