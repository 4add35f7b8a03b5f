-- 0009: who made a correction, as they gave their name (`claims reject --by`, the web form), so a
-- claim's page can say who judged it and when. Older corrections have none.
ALTER TABLE claim_corrections ADD COLUMN author TEXT;
