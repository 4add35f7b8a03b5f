-- 0006: the file patterns an import root leaves out (`dossier import --exclude`),
-- kept with the root so that `dossier reindex` leaves out the same files.
-- Never edit this file once shipped: add a new numbered file instead.
ALTER TABLE sources ADD COLUMN excludes TEXT NOT NULL DEFAULT '[]';  -- JSON array of glob patterns
