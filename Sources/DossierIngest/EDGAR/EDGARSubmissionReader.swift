public import DossierModel

/// Reads EDGAR SGML wrappers and full submission `.txt` files.
public enum EDGARSubmissionReader {
    public static func read(_ bytes: [UInt8]) throws(IngestError) -> IngestResult {
        throw .unsupported("EDGAR submission")
    }
}
