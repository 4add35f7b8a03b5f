import DossierIngest

/// libFuzzer entry point: arbitrary bytes as a web page.
///
/// A thrown `IngestError` is an expected outcome; a crash, a trap, a
/// sanitizer report, a timeout or runaway memory is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTMLIngest(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // As found on disk: format detection decides (a .html name is only a hint).
    _ = try? Ingest.read(bytes, fileName: "fuzz.html")
    // The same bytes steered into the HTML reader, whatever they start with.
    _ = try? Ingest.read(Array("<!doctype html><html><body>".utf8) + bytes, fileName: "fuzz.html")
    return 0
}
