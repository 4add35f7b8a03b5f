-- 0012: when a person's correction was detached from the text, and from which figure.
-- Never edit this file once shipped: add a new numbered file instead.
--
-- A re-import detaches a correction only when its figure is gone from the document's new text
-- (span -1..-1). The run then reports each detachment: when, and the figure as it stood, so the
-- person can find it again.
ALTER TABLE claim_corrections ADD COLUMN detached_at TEXT;
ALTER TABLE claim_corrections ADD COLUMN detached_figure TEXT;
