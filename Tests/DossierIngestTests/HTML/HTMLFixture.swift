import Foundation
import Testing
@testable import DossierIngest
import DossierModel

/// One fixture page and what the reader must make of it.
struct HTMLFixture: CustomTestStringConvertible, Sendable {
    let file: String
    /// Sentences from the article: each must appear in the main text.
    let article: [String]
    /// Chrome: none of these may appear in the main text.
    let chrome: [String]
    var title: String?
    var byline: String?
    var published: String?
    var publisher: String?
    var url: String?
    var language: String?

    var testDescription: String { file }

    static func bytes(_ file: String) throws -> [UInt8] {
        let base = try #require(Bundle.module.resourceURL)
        let url = base.appendingPathComponent("Fixtures/html/\(file)")
        return [UInt8](try Data(contentsOf: url))
    }

    func document() throws -> ParsedDocument {
        try HTMLArticleReader.read(Self.bytes(file))
    }
}
