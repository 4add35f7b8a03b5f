/// A node of a parsed HTML or XML document, as plain Swift values.
///
/// libxml2's tree is not `Sendable` and must be freed by hand; Dossier parses,
/// copies the tree into these values and frees the C tree inside one
/// synchronous call, so the readers above work on immutable values only.
public enum MarkupNode: Sendable {
    case element(Element)
    /// Character data (CDATA sections are merged into text).
    case text(String)
}

/// An element with its attributes and children. Immutable, so it can be shared
/// between tasks.
public final class Element: Sendable {
    /// The local name; lowercased for HTML.
    public let name: String
    /// The namespace URI for XML (nil in HTML and for unqualified XML).
    public let namespace: String?
    /// The prefix as written in the source, for diagnostics only: readers
    /// resolve names by ``namespace``, never by prefix.
    public let prefix: String?
    public let attributes: [Attribute]
    public let children: [MarkupNode]
    /// The child elements, in document order. Stored: every reader asks for
    /// them, often several times per element.
    public let elements: [Element]
    /// The 1-based source line, when known.
    public let line: Int

    public init(
        name: String,
        namespace: String? = nil,
        prefix: String? = nil,
        attributes: [Attribute] = [],
        children: [MarkupNode] = [],
        line: Int = 0
    ) {
        self.name = name
        self.namespace = namespace
        self.prefix = prefix
        self.attributes = attributes
        self.children = children
        self.elements = children.compactMap { if case .element(let e) = $0 { e } else { nil } }
        self.line = line
    }

    /// The tree copy's initialiser: `elements` are the element children
    /// of `children`, in order, already collected.
    init(
        name: String,
        namespace: String?,
        prefix: String?,
        attributes: [Attribute],
        children: [MarkupNode],
        elements: [Element],
        line: Int
    ) {
        self.name = name
        self.namespace = namespace
        self.prefix = prefix
        self.attributes = attributes
        self.children = children
        self.elements = elements
        self.line = line
    }

    /// The value of the attribute with this local name (any namespace unless given).
    public func attribute(_ name: String, namespace: String? = nil) -> String? {
        for attribute in attributes where attribute.name == name {
            if namespace == nil || attribute.namespace == namespace { return attribute.value }
        }
        return nil
    }

    /// The first child element with this local name (and namespace, if given).
    public func child(_ name: String, namespace: String? = nil) -> Element? {
        for case .element(let e) in children where e.name == name {
            if namespace == nil || e.namespace == namespace { return e }
        }
        return nil
    }

    /// All child elements with this local name (and namespace, if given).
    public func children(_ name: String, namespace: String? = nil) -> [Element] {
        elements.filter { $0.name == name && (namespace == nil || $0.namespace == namespace) }
    }

    /// Every descendant element (not self) in document order, depth first.
    /// Iterative, so pathological nesting cannot overflow the stack.
    public func descendants(where predicate: (Element) -> Bool = { _ in true }) -> [Element] {
        var result: [Element] = []
        var stack: [Element] = elements.reversed()
        while let next = stack.popLast() {
            if predicate(next) { result.append(next) }
            stack.append(contentsOf: next.elements.reversed())
        }
        return result
    }

    /// The first descendant with this local name (and namespace, if given).
    public func first(_ name: String, namespace: String? = nil) -> Element? {
        var stack: [Element] = elements.reversed()
        while let next = stack.popLast() {
            if next.name == name && (namespace == nil || next.namespace == namespace) { return next }
            stack.append(contentsOf: next.elements.reversed())
        }
        return nil
    }

    /// All the character data below this element, concatenated as is.
    public var textContent: String {
        var out = ""
        var stack: [MarkupNode] = children.reversed()
        while let node = stack.popLast() {
            switch node {
            case .text(let s): out += s
            case .element(let e): stack.append(contentsOf: e.children.reversed())
            }
        }
        return out
    }
}

/// An attribute: local name, namespace URI and value (entities decoded).
public struct Attribute: Sendable, Equatable {
    public let name: String
    public let namespace: String?
    public let value: String

    public init(name: String, namespace: String? = nil, value: String) {
        self.name = name
        self.namespace = namespace
        self.value = value
    }
}
