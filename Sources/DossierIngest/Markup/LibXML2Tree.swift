internal import CLibXML2

/// Copies a libxml2 tree into ``Element`` values.
///
/// Iterative (an explicit stack), so a 100,000-deep document cannot overflow
/// the Swift stack. Entity-reference nodes are skipped, never expanded: that is
/// what keeps a quadratic entity blow-up from turning a 200 KB file into
/// hundreds of megabytes of text. Comments and processing instructions are
/// dropped.
enum LibXML2Tree {
    private struct Frame {
        let node: xmlNodePtr
        var cursor: xmlNodePtr?
        var children: [MarkupNode] = []
    }

    /// Element and attribute names already made into Strings, by libxml2's
    /// pointer: the parser interns names in its dictionary, so a page's
    /// thousands of `p`s and `class`es are converted once.
    private struct Names {
        var known: [UnsafePointer<xmlChar>: String] = [:]
        let lowercase: Bool

        mutating func name(_ pointer: UnsafePointer<xmlChar>?) -> String {
            guard let pointer else { return "" }
            if let name = known[pointer] { return name }
            var name = String(cString: pointer)
            if lowercase { name = name.lowercased() }
            known[pointer] = name
            return name
        }
    }

    static func copy(_ root: xmlNodePtr, lowercaseNames: Bool) -> Element {
        var names = Names(lowercase: lowercaseNames)
        var stack = [Frame(node: root, cursor: root.pointee.children)]
        while true {
            if let current = stack[stack.count - 1].cursor {
                stack[stack.count - 1].cursor = current.pointee.next
                switch current.pointee.type {
                case XML_ELEMENT_NODE:
                    stack.append(Frame(node: current, cursor: current.pointee.children))
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = current.pointee.content {
                        stack[stack.count - 1].children.append(.text(String(cString: content)))
                    }
                default:
                    break
                }
                continue
            }
            let done = stack.removeLast()
            let element = makeElement(done.node, children: done.children, names: &names)
            if stack.isEmpty { return element }
            stack[stack.count - 1].children.append(.element(element))
        }
    }

    private static func makeElement(_ node: xmlNodePtr, children: [MarkupNode], names: inout Names) -> Element {
        let name = names.name(node.pointee.name)
        var namespace: String?
        var prefix: String?
        if let ns = node.pointee.ns {
            namespace = ns.pointee.href.map { String(cString: $0) }
            prefix = ns.pointee.prefix.map { String(cString: $0) }
        }
        var attributes: [Attribute] = []
        var property = node.pointee.properties
        while let attr = property {
            let attrName = names.name(attr.pointee.name)
            let attrNamespace = attr.pointee.ns?.pointee.href.map { String(cString: $0) }
            var value = ""
            var child = attr.pointee.children
            while let c = child {
                if c.pointee.type == XML_TEXT_NODE, let content = c.pointee.content {
                    value += String(cString: content)
                }
                child = c.pointee.next
            }
            attributes.append(Attribute(name: attrName, namespace: attrNamespace, value: value))
            property = attr.pointee.next
        }
        return Element(
            name: name,
            namespace: namespace,
            prefix: prefix,
            attributes: attributes,
            children: children,
            line: Int(xmlGetLineNo(node))
        )
    }
}
