-- 0003 (PostgreSQL): members of containers as files of their own (see schema/0015-container-members.sql).
-- Never edit this file once shipped: add a new numbered file instead.

ALTER TABLE files ADD COLUMN container_id BIGINT REFERENCES files(id) ON DELETE CASCADE;
CREATE INDEX files_container ON files(container_id) WHERE container_id IS NOT NULL;
