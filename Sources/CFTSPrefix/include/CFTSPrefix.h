#ifndef CFTSPREFIX_H
#define CFTSPREFIX_H

// sqlite3.h is not included here: GRDB's module exports it already, and
// two modules declaring the same functions would clash in Swift.
struct sqlite3;

/// The first character of a query string that `dossier_fts_register_exact_terms`
/// tokenizes without stemming. A control character: people cannot type one
/// into a search (DossierStore replaces them with spaces).
#define DOSSIER_FTS_EXACT_MARK '\x01'

/// Replaces, on this connection only, FTS5's "porter" tokenizer with one that
/// tokenizes documents exactly as it does, and queries as it does except:
/// - a query string starting with DOSSIER_FTS_EXACT_MARK is tokenized by
///   porter's parent tokenizer alone: its terms are matched as indexed, not
///   stemmed again;
/// - in a prefix query, the last token as typed is added as a synonym of its
///   stem when the two differ ("employ*" matches "emploi*" and "employ*").
/// The index itself is unchanged, so other programs (the sqlite3 shell,
/// Datasette) read and write it as before. Returns an SQLite result code.
int dossier_fts_register_exact_terms(struct sqlite3 *db);

#endif
