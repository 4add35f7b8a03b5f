import Foundation

extension LanguageModel {
    /// Why a model could not be loaded: the file and the reason.
    public struct LoadError: Error, CustomStringConvertible, Sendable {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// The model in its file format (same model, same bytes).
    public func encoded() -> [UInt8] { ModelFile.encode(self) }

    /// Reads a model from its file bytes.
    public init(encoded bytes: [UInt8]) throws {
        do { self = try ModelFile.decode(bytes) } catch {
            throw LoadError(path: "<bytes>", reason: error.reason)
        }
    }

    /// Reads a model file.
    public init(contentsOf path: String) throws {
        // Mapped, not read: the bytes are the page cache's, so loading asks the system for no fresh
        // memory to fill (on a virtual machine, first-touched memory is much of a load's time).
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else {
            throw LoadError(path: path, reason: "cannot read the file")
        }
        let decoded = data.withUnsafeBytes { raw in Result { () throws(ModelFile.Failure) in try ModelFile.decode(raw) } }
        do { self = try decoded.get() } catch {
            throw LoadError(path: path, reason: error.reason)
        }
    }

    /// Sizes of the three weight tables, for reports.
    public var statistics: String {
        func line(_ name: String, _ t: WeightTable) -> String {
            "\(name): \(t.featureCount) features, \(t.entryCount) weights, \(t.classCount) classes"
        }
        return [line("tagger pass 1", tagger.firstPass), line("tagger pass 2", tagger.secondPass),
                line("parser", parser.weights)].joined(separator: "\n")
    }
}

extension LanguageModel {
    /// A dependency tree for one sentence whose tags are already known (for evaluating the parser alone).
    public func parse(_ words: [String], tags: [UPOS]) -> [ParsedWord] {
        let codes = words.map(WordCodes.init)
        let arcs = parser.parse(codes, tags: tags)
        return words.indices.map { i in
            ParsedWord(form: words[i], upos: tags[i], head: arcs[i].head, relation: parser.labels[arcs[i].label])
        }
    }
}
