#ifndef DOSSIER_CZLIB_SHIM_H
#define DOSSIER_CZLIB_SHIM_H
#include <zlib.h>

// `inflateInit2` is a macro (it passes the library version and the stream's
// size so a mismatched header is caught); Swift cannot call macros.
static inline int dossier_inflateInit2(z_streamp stream, int windowBits) {
    return inflateInit2(stream, windowBits);
}
static inline int dossier_deflateInit2(z_streamp stream, int level, int windowBits) {
    return deflateInit2(stream, level, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY);
}
#endif
