#ifndef DOSSIER_CLIBXML2_SHIM_H
#define DOSSIER_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU; its headers then drag in the system ICU,
// which clashes with the ICU inside Foundation on a cold debug build
// ("'UErrorCode' has different definitions in different modules").
// Dossier never uses libxml2's ICU converters, so switch them off here.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>

// `xmlFree` is a C global function pointer; touching it from Swift 6 is a
// concurrency error, so wrap it.
static inline void dossier_xmlFree(void *ptr) { xmlFree(ptr); }

// Silence libxml2's default error printing on this thread (the handlers are
// per thread in 2.9): errors are collected through the parser context instead.
static void dossier_xml_silent(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void dossier_silence_errors(void) {
    xmlSetGenericErrorFunc(NULL, dossier_xml_silent);
    xmlSetStructuredErrorFunc(NULL, NULL);
}

// Refuse every external entity / DTD load: imported documents are untrusted
// and must never reach the file system or the network through the parser.
static xmlParserInputPtr dossier_refuse_loader(const char *URL, const char *ID, xmlParserCtxtPtr ctxt) {
    (void)URL; (void)ID; (void)ctxt;
    return NULL;
}
static inline void dossier_install_refusing_loader(void) {
    xmlSetExternalEntityLoader(dossier_refuse_loader);
}

#endif
