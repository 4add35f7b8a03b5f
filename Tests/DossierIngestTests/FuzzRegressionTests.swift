import DossierIngest
import Foundation
import Testing

/// Inputs the fuzzers (scripts/fuzz.sh) found crashing, named after what
/// broke. Each must now give a value or an IngestError, never a trap.
@Suite struct FuzzRegressionTests {
    static func regression(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/regressions/" + name, withExtension: nil))
        return Array(try Data(contentsOf: url))
    }

    /// `<SEC-HEADER>` after the first `<DOCUMENT>` and never closed: the
    /// header's range ran backwards (a Range trap in EDGARSubmissionReader).
    @Test func edgarUnclosedHeaderAfterFirstDocument() throws {
        let found = try Self.regression("edgar-unclosed-header-after-first-document.bin")
        _ = try? Ingest.read(Array("<SEC-DOCUMENT>\n".utf8) + found, fileName: "fuzz.txt")
        let minimal = """
            <SEC-DOCUMENT>0000000000-26-000001.txt
            <DOCUMENT>
            <TYPE>8-K
            <SEQUENCE>1
            <TEXT>
            The board approved a dividend of $0.12 per share on Monday.
            </TEXT>
            </DOCUMENT>
            <SEC-HEADER>
            CONFORMED SUBMISSION TYPE:\t8-K
            """
        let result = try Ingest.read(Array(minimal.utf8), fileName: "submission.txt")
        #expect(result.documents.count == 1)
        #expect(result.documents.first?.text.contains("dividend of $0.12 per share") == true)
    }
}
