-- 0007: what a claim means, read from the sentence's parse (extractor version 5):
-- the quantity it states, the time it holds for, which way it changes, and the
-- date it is "as of" (its period, else the document's date) for comparing like with like.
-- Never edit this file once shipped: add a new numbered file instead.
ALTER TABLE claims ADD COLUMN measure TEXT;     -- short lower-case phrase: "cost of sales", "job"
ALTER TABLE claims ADD COLUMN period TEXT;      -- ISO 8601: 2025, 2025-Q3, 2025-03-14, 2025-W23, 2025-01/2025-09
ALTER TABLE claims ADD COLUMN direction TEXT CHECK (direction IN ('up', 'down'));
ALTER TABLE claims ADD COLUMN as_of TEXT;       -- period, else the document's published date (YYYY-MM-DD)
ALTER TABLE claims ADD COLUMN per TEXT;         -- a rate's denominator: month, share, barrel
CREATE INDEX claims_period ON claims(period);
