-- 0015: members of containers (a page inside a zip, a capture inside a web archive) recorded as
-- files of their own, located `container#member`, with the member's own content hash: the same
-- bytes inside two containers (or inside a zip and loose in a folder) are then stored once, with
-- every location, and a changed member revises only its own documents.
-- Never edit this file once shipped: add a new numbered file instead.

-- NULL for a file on disk; for a member, the container's row (which its row goes with).
ALTER TABLE files ADD COLUMN container_id INTEGER REFERENCES files(id) ON DELETE CASCADE;
CREATE INDEX files_container ON files(container_id) WHERE container_id IS NOT NULL;
