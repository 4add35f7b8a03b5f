import DossierModel
import DossierStorage

// Enums are stored as their raw text. A value this build does not know (written by a newer
// Dossier, or damaged) reads as the nearest safe case instead of stopping the read.

extension DocumentKind {
    init(stored: String?) { self = stored.flatMap(DocumentKind.init(rawValue:)) ?? .text }
}

extension FileStatus {
    init(stored: String?) { self = stored.flatMap(FileStatus.init(rawValue:)) ?? .failed }
}

extension CorrectionAction {
    /// An unknown action is read as a rejection: the claim stays hidden rather than shown wrongly.
    init(stored: String?) { self = stored.flatMap(CorrectionAction.init(rawValue:)) ?? .reject }
}
