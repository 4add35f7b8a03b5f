/// Name-based lookups the XML readers share.
///
/// Readers match elements by local name and, where formats differ only in
/// namespace version (Atom 0.3 vs 1.0, NITF with or without a namespace), by
/// local name alone. Matching ignores case so that the same code reads trees
/// from the XML parser (case kept) and from the HTML parser (lowercased).
extension Element {
    /// The local name lowercased, without any `prefix:` the HTML parser left in it.
    var plainName: String { Self.plain(name) }

    /// `Prefix:LocalName` → `localname`, allocation-free for names that are
    /// already lowercase and unprefixed (most of them).
    static func plain(_ name: String) -> String {
        var simple = true
        for b in name.utf8 where (b >= 0x41 && b <= 0x5A) || b == 0x3A { simple = false; break }
        if simple { return name }
        let lower = name.lowercased()
        if let colon = lower.utf8.lastIndex(of: 0x3A) { return String(lower[lower.utf8.index(after: colon)...]) }
        return lower
    }

    /// The first child element with this local name, ignoring case and namespace.
    func childNamed(_ name: String) -> Element? {
        let target = Self.plain(name)
        for case .element(let e) in children where e.plainName == target { return e }
        return nil
    }

    /// All child elements with this local name, ignoring case and namespace.
    func childrenNamed(_ name: String) -> [Element] {
        let target = Self.plain(name)
        return elements.filter { $0.plainName == target }
    }

    /// The first descendant with this local name, ignoring case and namespace.
    func descendantNamed(_ name: String) -> Element? {
        let target = Self.plain(name)
        var stack: [Element] = elements.reversed()
        while let next = stack.popLast() {
            if next.plainName == target { return next }
            stack.append(contentsOf: next.elements.reversed())
        }
        return nil
    }

    /// All descendants with this local name, in document order.
    func descendantsNamed(_ name: String) -> [Element] {
        let target = Self.plain(name)
        return descendants { $0.plainName == target }
    }

    /// Follows a path of local names from this element (`"issuer", "issuerCik"`).
    func childAt(_ names: String...) -> Element? {
        var current: Element? = self
        for name in names { current = current?.childNamed(name) }
        return current
    }

    /// The whitespace-folded text of the element at a path; nil when empty.
    func textAt(_ names: String...) -> String? {
        var current: Element? = self
        for name in names { current = current?.childNamed(name) }
        return TextBuilder.clean(current?.textContent)
    }

    /// The attribute with this local name, ignoring case and any `prefix:`.
    func attributeNamed(_ name: String) -> String? {
        for attribute in attributes where attribute.name == name { return attribute.value }
        let target = Self.plain(name)
        for attribute in attributes where Self.plain(attribute.name) == target { return attribute.value }
        return nil
    }

    /// This element's own text, folded; nil when empty.
    var foldedText: String? { TextBuilder.clean(textContent) }
}
