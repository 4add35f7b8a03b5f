import DossierStorage

extension ScriptsWithoutSpaces {
    /// The ranges as an SQLite GLOB character class, as schema/0013 and the writer use it.
    static var globClass: String { characterClass }
}
