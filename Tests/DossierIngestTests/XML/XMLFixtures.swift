import Foundation
import Testing
@testable import DossierIngest
import DossierModel

/// Loads the fixtures written for the XML, feed and EDGAR readers.
enum XMLFixtures {
    static func bytes(_ path: String) throws -> [UInt8] {
        guard let base = Bundle.module.resourceURL else { throw CocoaError(.fileNoSuchFile) }
        let url = base.appendingPathComponent("Fixtures").appendingPathComponent(path)
        return Array(try Data(contentsOf: url))
    }

    /// Reads a fixture through the public dispatch, as `dossier import` would.
    static func ingest(_ path: String) throws -> IngestResult {
        try Ingest.read(try bytes(path), fileName: (path as NSString).lastPathComponent)
    }
}
