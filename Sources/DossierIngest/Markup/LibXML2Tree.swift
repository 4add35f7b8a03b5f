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

    static func copy(_ root: xmlNodePtr, lowercaseNames: Bool) -> Element {
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
            let element = makeElement(done.node, children: done.children, lowercaseNames: lowercaseNames)
            if stack.isEmpty { return element }
            stack[stack.count - 1].children.append(.element(element))
        }
    }

    private static func makeElement(_ node: xmlNodePtr, children: [MarkupNode], lowercaseNames: Bool) -> Element {
        var name = node.pointee.name.map { String(cString: $0) } ?? ""
        if lowercaseNames { name = name.lowercased() }
        var namespace: String?
        var prefix: String?
        if let ns = node.pointee.ns {
            namespace = ns.pointee.href.map { String(cString: $0) }
            prefix = ns.pointee.prefix.map { String(cString: $0) }
        }
        var attributes: [Attribute] = []
        var property = node.pointee.properties
        while let attr = property {
            var attrName = attr.pointee.name.map { String(cString: $0) } ?? ""
            if lowercaseNames { attrName = attrName.lowercased() }
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
