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
        } else if let url = Bundle.module.url(forResource: shippedName, withExtension: "dlm", subdirectory: "Resources") {
            path = url.path
        } else {
            throw LoadError(path: "\(shippedName).dlm", reason: "the language model is missing from the installed resources "
                            + "(reinstall Dossier, or set DOSSIER_LANGUAGE_MODEL to a model file)")
        }
        do { return try LanguageModel(contentsOf: path) } catch let error as LoadError { throw error } catch {
            throw LoadError(path: path, reason: "\(error)")
        }
    }
}
