#ifndef DOSSIER_CBROTLI_SHIM_H
#define DOSSIER_CBROTLI_SHIM_H
// Brotli only arrives as an HTTP content encoding inside web archives.
#include <brotli/decode.h>
#endif
