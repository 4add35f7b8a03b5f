import Foundation

extension LanguageModel {
    /// The file name of the shipped model in the target's resources.
    static let shippedName = "english-ewt"

    /// The shipped English model (trained on UD English EWT; CC BY-SA 4.0), read on first use.
    ///
    /// `DOSSIER_LANGUAGE_MODEL` names another model file, for trying a retrained model without rebuilding.
    public static func english() throws -> LanguageModel { try shipped.get() }

    private static let shipped: Result<LanguageModel, LoadError> = Result { () throws(LoadError) -> LanguageModel in
        let path: String
        if let override = ProcessInfo.processInfo.environment["DOSSIER_LANGUAGE_MODEL"], !override.isEmpty {
            path = override
        } else if let found = shippedCandidates().first(where: { FileManager.default.fileExists(atPath: $0) }) {
            path = found
        } else {
            throw LoadError(path: "\(shippedName).dlm", reason: "the language model is not beside the program (copy the "
                            + "\(bundleName) folder next to the dossier binary, or set DOSSIER_LANGUAGE_MODEL to a model file)")
        }
        do { return try LanguageModel(contentsOf: path) } catch let error as LoadError { throw error } catch {
            throw LoadError(path: path, reason: "\(error)")
        }
    }

    /// SwiftPM's resource bundle, by the name it gives it on Linux.
    static let bundleName = "Dossier_DossierLanguage.resources"

    /// Where the shipped model can be, in order. Not `Bundle.module`: its accessor stops the process
    /// when the bundle is missing (a binary copied without its resources), and Dossier must say so instead.
    static func shippedCandidates() -> [String] {
        let file = "Resources/\(shippedName).dlm"
        var candidates = [Bundle.main.bundleURL.appendingPathComponent(bundleName).appendingPathComponent(file).path]
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            candidates.append(executable.deletingLastPathComponent().appendingPathComponent(bundleName)
                .appendingPathComponent(file).path)
        }
        // A checkout: the file this source was compiled from sits beside the model.
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(file).path)
        return candidates
    }
}
