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
        var children: [MarkupNode]
        var elements: [Element]

        /// Sized for the node's children up front: growing the arrays one
        /// append at a time was a good part of the copy's allocations.
        init(node: xmlNodePtr) {
            self.node = node
            cursor = node.pointee.children
            var nodes = 0, elementCount = 0
            var child = node.pointee.children
            while let c = child {
                switch c.pointee.type {
                case XML_ELEMENT_NODE: nodes += 1; elementCount += 1
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: nodes += 1
                default: break
                }
                child = c.pointee.next
            }
            children = []
            children.reserveCapacity(nodes)
            elements = []
            elements.reserveCapacity(elementCount)
        }
    }

    /// Element and attribute names already made into Strings, by libxml2's
    /// pointer: the parser interns names in its dictionary, so a page's
    /// thousands of `p`s and `class`es are converted once. A small
    /// direct-mapped cache: cheaper than hashing into a dictionary.
    private struct Names {
        private var pointers = [UnsafePointer<xmlChar>?](repeating: nil, count: 128)
        private var strings = [String](repeating: "", count: 128)
        let lowercase: Bool

        init(lowercase: Bool) { self.lowercase = lowercase }

        mutating func name(_ pointer: UnsafePointer<xmlChar>?) -> String {
            guard let pointer else { return "" }
            let slot = (Int(bitPattern: pointer) >> 3) & 127
            if pointers[slot] == pointer { return strings[slot] }
            var name = String(cString: pointer)
            if lowercase { name = name.lowercased() }
            pointers[slot] = pointer
            strings[slot] = name
            return name
        }
    }

    static func copy(_ root: xmlNodePtr, lowercaseNames: Bool) -> Element {
        var names = Names(lowercase: lowercaseNames)
        var stack = [Frame(node: root)]
        while true {
            if let current = stack[stack.count - 1].cursor {
                stack[stack.count - 1].cursor = current.pointee.next
                switch current.pointee.type {
                case XML_ELEMENT_NODE:
                    stack.append(Frame(node: current))
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
            let element = makeElement(done.node, children: done.children, elements: done.elements, names: &names)
            if stack.isEmpty { return element }
            stack[stack.count - 1].children.append(.element(element))
            stack[stack.count - 1].elements.append(element)
        }
    }

    private static func makeElement(_ node: xmlNodePtr, children: [MarkupNode], elements: [Element], names: inout Names) -> Element {
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
                    if value.isEmpty { value = String(cString: content) } else { value += String(cString: content) }
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
            elements: elements,
            line: Int(xmlGetLineNo(node))
        )
    }
}
