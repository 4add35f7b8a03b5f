import DossierModel
import DossierStore

/// libFuzzer entry point: arbitrary bytes as what a person types into search.
///
/// Every query must either run or be refused with a `SearchError` (one line
/// for the user). Any other error is SQLite rejecting text that reached it
/// unescaped, which the search layer promises never happens.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSearchQuery(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    for literal in [false, true] {
        let query = SearchQuery(text: text, literal: literal)
        do {
            _ = try store.search(query)
            _ = try store.count(query)
        } catch is SearchError {
            // Refused with a message for the user: fine.
        } catch {
            fatalError("query \(text.debugDescription) (literal: \(literal)) leaked an error: \(error)")
        }
    }
    return 0
}

/// A small in-memory archive, so queries run against real FTS5 tables with rows.
private let store: Store = {
    do {
        let store = try Store.inMemory()
        let pages: [(String, String)] = [
            ("Export controls tighten on AI chips", "Training a frontier model costs more than $100 million, analysts said."),
            ("AT&T and U.S. officials meet", "AT&T and U.S. officials met on Tuesday to discuss GPT-4 and co-founder pay."),
            ("Quarterly results", "Revenue rose 12% to €2.4 billion (\"record\") in Q3 2025; NEAR the top."),
        ]
        let outcomes = pages.enumerated().map { index, page in
            let document = ParsedDocument(kind: .article, format: "html", title: page.0, publisher: "Fuzz Wire",
                                          published: "2025-0\(index + 1)-01", text: page.1)
            return FileOutcome(path: "/fuzz/\(index).html", size: Int64(page.1.utf8.count), mtimeNanoseconds: 1,
                               result: .parsed(contentHash: "hash-\(index)",
                                               documents: [DocumentInput(document: document, textHash: "text-\(index)", claims: [])],
                                               warnings: []))
        }
        _ = try store.write(outcomes, sourceID: nil, parserVersion: 1, extractorVersion: 1)
        return store
    } catch {
        fatalError("cannot build the fuzzing store: \(error)")
    }
}()
