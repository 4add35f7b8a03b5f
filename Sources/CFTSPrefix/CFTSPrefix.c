// See include/CFTSPrefix.h. Why: with the porter stemmer, a prefix query is
// stemmed before it is matched ("employ*" becomes "emploi*"), so it misses the
// very words it was typed from ("employees" is indexed as "employe"). Here a
// prefix's last token is also offered as typed (a synonym FTS5 matches as a
// prefix too), and DossierStore's PrefixTerms adds the shorter stems porter
// may have cut the word to, named with the exact mark so porter leaves them.
#include <string.h>
#include <sqlite3.h>
#include "CFTSPrefix.h"

// The FTS5 extension API (fts5_api, fts5_tokenizer) is declared at the end of sqlite3.h.

/// What the replacement needs of the connection: its FTS5 API and the
/// original porter tokenizer.
typedef struct {
    fts5_api *api;
    fts5_tokenizer porter;
    void *porterContext;
} ExactContext;

/// One tokenizer instance: porter as configured, and its parent alone.
typedef struct {
    fts5_tokenizer porter;
    Fts5Tokenizer *porterInstance;
    fts5_tokenizer parent;
    Fts5Tokenizer *parentInstance;
} ExactTokenizer;

static void exactDelete(Fts5Tokenizer *pTok) {
    ExactTokenizer *t = (ExactTokenizer *)pTok;
    if (!t) return;
    if (t->porterInstance) t->porter.xDelete(t->porterInstance);
    if (t->parentInstance) t->parent.xDelete(t->parentInstance);
    sqlite3_free(t);
}

static int exactCreate(void *pContext, const char **azArg, int nArg, Fts5Tokenizer **ppOut) {
    ExactContext *context = (ExactContext *)pContext;
    ExactTokenizer *t = sqlite3_malloc(sizeof(ExactTokenizer));
    *ppOut = 0;
    if (!t) return SQLITE_NOMEM;
    memset(t, 0, sizeof(ExactTokenizer));
    t->porter = context->porter;
    int rc = t->porter.xCreate(context->porterContext, azArg, nArg, &t->porterInstance);
    if (rc == SQLITE_OK) {
        // Porter's arguments: its parent tokenizer's name, then the parent's own.
        const char *parentName = nArg > 0 ? azArg[0] : "unicode61";
        void *parentContext = 0;
        rc = context->api->xFindTokenizer(context->api, parentName, &parentContext, &t->parent);
        if (rc == SQLITE_OK) {
            rc = t->parent.xCreate(parentContext, nArg > 0 ? &azArg[1] : 0, nArg > 0 ? nArg - 1 : 0, &t->parentInstance);
        }
    }
    if (rc != SQLITE_OK) {
        exactDelete((Fts5Tokenizer *)t);
        return rc;
    }
    *ppOut = (Fts5Tokenizer *)t;
    return SQLITE_OK;
}

/// The last token a tokenizer produced: a copy, as the tokenizer's buffer
/// does not outlive its callback.
typedef struct {
    char *token;
    int size;
    int capacity;
    int count;  // tokens seen
} LastToken;

static int keepLast(void *pCtx, int tflags, const char *pToken, int nToken, int iStart, int iEnd) {
    LastToken *last = (LastToken *)pCtx;
    (void)tflags;
    (void)iStart;
    (void)iEnd;
    if (nToken > last->capacity) {
        char *grown = sqlite3_realloc(last->token, nToken);
        if (!grown) return SQLITE_NOMEM;
        last->token = grown;
        last->capacity = nToken;
    }
    memcpy(last->token, pToken, nToken);
    last->size = nToken;
    last->count += 1;
    return SQLITE_OK;
}

/// Passes porter's tokens on, and counts them, so that the last can be told.
typedef struct {
    void *pCtx;
    int (*xToken)(void *, int, const char *, int, int, int);
    int total;
    int seen;
    LastToken *raw;
} PrefixEmitter;

static int emitWithSynonym(void *pCtx, int tflags, const char *pToken, int nToken, int iStart, int iEnd) {
    PrefixEmitter *e = (PrefixEmitter *)pCtx;
    int rc = e->xToken(e->pCtx, tflags, pToken, nToken, iStart, iEnd);
    e->seen += 1;
    // The prefix applies to the last token: there, the typed form (unstemmed)
    // is offered beside the stem, when they differ.
    if (rc == SQLITE_OK && e->seen == e->total && e->raw->count == e->total
        && (e->raw->size != nToken || memcmp(e->raw->token, pToken, nToken) != 0)) {
        rc = e->xToken(e->pCtx, FTS5_TOKEN_COLOCATED, e->raw->token, e->raw->size, iStart, iEnd);
    }
    return rc;
}

static int exactTokenize(Fts5Tokenizer *pTok, void *pCtx, int flags, const char *pText, int nText,
                         int (*xToken)(void *, int, const char *, int, int, int)) {
    ExactTokenizer *t = (ExactTokenizer *)pTok;
    if (!(flags & FTS5_TOKENIZE_QUERY)) {
        return t->porter.xTokenize(t->porterInstance, pCtx, flags, pText, nText, xToken);
    }
    if (nText > 0 && pText[0] == DOSSIER_FTS_EXACT_MARK) {
        return t->parent.xTokenize(t->parentInstance, pCtx, flags, pText + 1, nText - 1, xToken);
    }
    if (!(flags & FTS5_TOKENIZE_PREFIX)) {
        return t->porter.xTokenize(t->porterInstance, pCtx, flags, pText, nText, xToken);
    }
    // A prefix: the last token as typed, and how many tokens porter makes.
    LastToken raw = {0};
    int rc = t->parent.xTokenize(t->parentInstance, &raw, flags, pText, nText, keepLast);
    LastToken counted = {0};
    if (rc == SQLITE_OK) rc = t->porter.xTokenize(t->porterInstance, &counted, flags, pText, nText, keepLast);
    if (rc == SQLITE_OK) {
        PrefixEmitter emitter = {pCtx, xToken, counted.count, 0, &raw};
        rc = t->porter.xTokenize(t->porterInstance, &emitter, flags, pText, nText, emitWithSynonym);
    }
    sqlite3_free(raw.token);
    sqlite3_free(counted.token);
    return rc;
}

static fts5_api *fts5Api(sqlite3 *db) {
    fts5_api *api = 0;
    sqlite3_stmt *statement = 0;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, 0) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, (void *)&api, "fts5_api_ptr", 0);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

int dossier_fts_register_exact_terms(sqlite3 *db) {
    fts5_api *api = fts5Api(db);
    if (!api || api->iVersion < 2) return SQLITE_ERROR;
    fts5_tokenizer porter;
    void *porterContext = 0;
    int rc = api->xFindTokenizer(api, "porter", &porterContext, &porter);
    if (rc != SQLITE_OK) return rc;
    if (porter.xCreate == exactCreate) return SQLITE_OK;  // registered on this connection already
    ExactContext *context = sqlite3_malloc(sizeof(ExactContext));
    if (!context) return SQLITE_NOMEM;
    context->api = api;
    context->porter = porter;
    context->porterContext = porterContext;
    fts5_tokenizer exact = {exactCreate, exactDelete, exactTokenize};
    rc = api->xCreateTokenizer(api, "porter", context, &exact, sqlite3_free);
    if (rc != SQLITE_OK) sqlite3_free(context);
    return rc;
}
