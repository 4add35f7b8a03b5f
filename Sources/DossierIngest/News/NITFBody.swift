/// NITF body markup as text: NITF's block elements (`block`, `hl2`, `bq`,
/// `media-caption`, `note`) are renamed to their HTML equivalents and the tree
/// is read like HTML, so tables and lists keep one shape everywhere.
enum NITFBody {
    private static let renames: [String: String] = [
        "block": "div", "hl2": "h2", "hl1": "h1", "bq": "blockquote", "media-caption": "figcaption", "note": "div",
        "fn": "p", "body.content": "div", "body.end": "div", "tagline": "p", "credit": "p", "abstract": "div",
        "nitf-table": "div", "media": "div", "tbody": "tbody", "thead": "thead",
    ]
    private static let dropped: Set<String> = ["media-reference", "media-object", "media-metadata", "media-producer", "table-reference", "nitf-table-metadata", "classifier"]

    static func text(_ element: Element) -> String {
        HTMLText.blocks(of: htmlShaped(element))
    }

    /// A copy of the tree with HTML names (iterative, so deep nesting is safe).
    static func htmlShaped(_ root: Element) -> Element {
        struct Frame { let source: Element; var index = 0; var children: [MarkupNode] = [] }
        var stack = [Frame(source: root)]
        while true {
            let top = stack.count - 1
            if stack[top].index < stack[top].source.children.count {
                let child = stack[top].source.children[stack[top].index]
                stack[top].index += 1
                switch child {
                case .text: stack[top].children.append(child)
                case .element(let e):
                    if dropped.contains(e.plainName) { continue }
                    stack.append(Frame(source: e))
                }
                continue
            }
            let done = stack.removeLast()
            let name = renames[done.source.plainName] ?? done.source.plainName
            let copy = Element(name: name, attributes: done.source.attributes, children: done.children, line: done.source.line)
            if stack.isEmpty { return copy }
            stack[stack.count - 1].children.append(.element(copy))
        }
    }
}
