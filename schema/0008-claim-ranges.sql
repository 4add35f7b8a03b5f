-- 0008: range claims ("$1 million to $10 million") by their ends, so `trace` finds the
-- documents with a figure near a value through indexes (points through claims_value)
-- instead of reading every claim. Partial: only claims that are ranges.
-- Never edit this file once shipped: add a new numbered file instead.
CREATE INDEX claims_ranges ON claims(low, high) WHERE value IS NULL;
