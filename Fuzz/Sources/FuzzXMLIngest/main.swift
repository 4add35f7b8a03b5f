import DossierIngest

/// libFuzzer entry point: arbitrary bytes as an XML file, and as the `<XML>`
/// body of an EDGAR submission (the SGML wrapper has its own scanner).
///
/// A thrown `IngestError` is an expected outcome; a crash, a trap, a
/// sanitizer report, a timeout or runaway memory is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXMLIngest(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? Ingest.read(bytes, fileName: "fuzz.xml")
    _ = try? Ingest.read(submissionHead + bytes + submissionTail, fileName: "fuzz.txt")
    // The wrapper's own SGML scanner, on raw bytes after a valid start.
    _ = try? Ingest.read(Array("<SEC-DOCUMENT>\n".utf8) + bytes, fileName: "fuzz.txt")
    return 0
}

private let submissionHead = Array("""
    <SEC-DOCUMENT>0000000000-26-000001.txt : 20260101
    <SEC-HEADER>0000000000-26-000001.hdr.sgml : 20260101
    CONFORMED SUBMISSION TYPE:\t4
    FILED AS OF DATE:\t\t20260101
    </SEC-HEADER>
    <DOCUMENT>
    <TYPE>4
    <SEQUENCE>1
    <FILENAME>form4.xml
    <TEXT>
    <XML>

    """.utf8)

private let submissionTail = Array("""

    </XML>
    </TEXT>
    </DOCUMENT>
    </SEC-DOCUMENT>

    """.utf8)
