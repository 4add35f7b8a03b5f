public import DossierModel

/// Facts and cover metadata from an inline XBRL (iXBRL) document.
///
/// Works on a tree from either parser: the XML parser (names and namespaces
/// as declared) or the HTML parser (names lowercased, `ix:` left in the name),
/// because filings that are not quite well-formed XHTML still carry facts.
public enum InlineXBRL {
    /// What an inline document states in machine-readable form.
    public struct Extract: Sendable, Equatable {
        public var facts: [Fact]
        /// Cover data from `dei:` facts: `company`, `form_type`, `cik`,
        /// `period`, `ticker`, `fiscal_year`, `fiscal_period`, …
        public var metadata: [String: String]
    }

    /// True when the tree holds inline XBRL markup.
    public static func isInline(_ root: Element) -> Bool {
        var stack: [Element] = [root]
        while let next = stack.popLast() {
            if isIX(next), next.plainName == "header" || next.plainName == "nonfraction" { return true }
            stack.append(contentsOf: next.elements.reversed())
        }
        return false
    }

    /// Reads every numeric fact (`ix:nonFraction`, hidden ones in `ix:header`
    /// included) and the `dei:` cover facts.
    public static func extract(_ root: Element, bytes: [UInt8]) -> Extract {
        // One walk collects everything the fact reader needs.
        var ixElements: [Element] = []
        var resourceElements: [Element] = []
        var prefixed: [Element] = []
        var stack: [Element] = [root]
        while let element = stack.popLast() {
            if element.prefix != nil { prefixed.append(element) }
            let name = element.plainName
            if name == "context" || name == "unit" { resourceElements.append(element) }
            else if isIX(element) { ixElements.append(element) }
            stack.append(contentsOf: element.elements.reversed())
        }
        let names = ConceptNames(bytes: bytes, elements: prefixed)
        let resources = XBRLResources(elements: resourceElements, names: names)
        var facts: [Fact] = []
        var seen = Set<Fact>()
        var continuations: [String: Element] = [:]
        var nonNumeric: [Element] = []
        for element in ixElements {
            switch element.plainName {
            case "continuation": if let id = element.attributeNamed("id") { continuations[id] = element }
            case "nonnumeric": nonNumeric.append(element)
            default: break
            }
        }
        for element in ixElements where element.plainName == "nonfraction" {
            guard let fact = fact(element, names: names, resources: resources), seen.insert(fact).inserted else { continue }
            facts.append(fact)
        }
        var metadata: [String: String] = [:]
        for element in nonNumeric {
            guard let name = element.attributeNamed("name"), let key = coverKeys[names.conventional(name)],
                  metadata[key] == nil else { continue }
            // Cover facts belong to the company-wide context; skip dimensional ones (class-specific tickers etc.).
            if let contextID = element.attributeNamed("contextRef"), resources.contexts[contextID]?.hasDimensions == true,
               key != "ticker" { continue }
            var value = text(of: element, continuations: continuations)
            if key == "period" { value = date(value, format: element.attributeNamed("format")) ?? value }
            if let cleaned = TextBuilder.clean(value) { metadata[key] = cleaned }
        }
        return Extract(facts: facts, metadata: metadata)
    }

    /// The `dei:` concepts that fill document metadata.
    static let coverKeys: [String: String] = [
        "dei:DocumentType": "form_type", "dei:EntityRegistrantName": "company", "dei:EntityCentralIndexKey": "cik",
        "dei:DocumentPeriodEndDate": "period", "dei:TradingSymbol": "ticker", "dei:DocumentFiscalYearFocus": "fiscal_year",
        "dei:DocumentFiscalPeriodFocus": "fiscal_period", "dei:EntityFileNumber": "commission_file_number",
        "dei:AmendmentFlag": "amendment", "dei:SecurityExchangeName": "exchange",
    ].merging(CoverAddress.concepts.map { ($0.concept, $0.key) }) { first, _ in first }

    /// True for an element of the inline XBRL vocabulary. libxml2's HTML
    /// parser drops prefixes (`ix:nonFraction` becomes `nonfraction`), so
    /// without a namespace the local name decides; `header` counts only when
    /// it holds ix content, since HTML has a `<header>` of its own.
    static func isIX(_ element: Element) -> Bool {
        if let ns = element.namespace {
            // The two published inline XBRL namespaces, then any other spelling.
            if ns == "http://www.xbrl.org/2013/inlineXBRL" || ns == "http://www.xbrl.org/2008/inlineXBRL" { return true }
            if ns == "http://www.w3.org/1999/xhtml" { return false }
            let lower = ns.lowercased()
            return UTF8Search.contains(lower, "inlinexbrl") && !UTF8Search.contains(lower, "transformation")
        }
        let lower = element.name.lowercased()
        if lower.hasPrefix("ix:") || unprefixedNames.contains(lower) { return true }
        if lower == "header" {
            return element.elements.contains { ["hidden", "references", "resources"].contains($0.plainName) }
        }
        return false
    }

    private static let unprefixedNames: Set<String> = [
        "nonfraction", "nonnumeric", "continuation", "exclude", "hidden", "references", "resources", "fraction", "tuple",
        "footnote", "relationship",
    ]

    /// One `ix:nonFraction` as a fact; nil for nil-valued or unreadable ones.
    static func fact(_ element: Element, names: ConceptNames, resources: XBRLResources) -> Fact? {
        guard let name = element.attributeNamed("name") else { return nil }
        if element.attributeNamed("nil")?.lowercased() == "true" { return nil }
        guard var value = IXTransform.value(element.textContent, format: element.attributeNamed("format")) else { return nil }
        if let scaleText = element.attributeNamed("scale"), let scale = Int(scaleText.trimmingSpaces()) {
            value = DecimalText.applyScale(value, scale)
        }
        if element.attributeNamed("sign")?.trimmingSpaces() == "-" { value = -value }
        if value == 0 { value = 0 } // no negative zero from sign="-" on a dash
        let contextID = element.attributeNamed("contextRef")
        let context = contextID.flatMap { resources.contexts[$0] }
        return Fact(
            concept: names.conventional(name),
            value: value,
            unit: element.attributeNamed("unitRef").flatMap { resources.units[$0] ?? $0 },
            period: context?.period,
            entity: context?.entity,
            hasDimensions: context?.hasDimensions ?? false,
            dimensions: context?.dimensions ?? [],
            decimals: element.attributeNamed("decimals"),
            context: contextID
        )
    }

    /// A non-numeric fact's text: `ix:exclude` content left out, the
    /// `continuedAt` chain followed (with a guard against cycles).
    static func text(of element: Element, continuations: [String: Element]) -> String {
        var out = visibleText(element)
        var next = element.attributeNamed("continuedAt")
        var visited = Set<String>()
        while let id = next, visited.insert(id).inserted, let continuation = continuations[id] {
            out += " " + visibleText(continuation)
            next = continuation.attributeNamed("continuedAt")
        }
        return out
    }

    private static func visibleText(_ element: Element) -> String {
        var out = ""
        var stack: [MarkupNode] = element.children.reversed()
        while let node = stack.popLast() {
            switch node {
            case .text(let s): out += s
            case .element(let e):
                if isIX(e), e.plainName == "exclude" { continue }
                out += " "
                stack.append(contentsOf: e.children.reversed())
            }
        }
        return out
    }

    /// A cover date under its ixt format: month-name forms go through
    /// ``PublishedDate``; numeric `MM/DD/YYYY` and `DD/MM/YYYY` by the rule name.
    static func date(_ text: String, format: String?) -> String? {
        let rule = format.map { String(ConceptNames.localPart($0).lowercased().filter { $0 != "-" }) } ?? ""
        let numbers = text.split(whereSeparator: { !($0.isASCII && $0.isNumber) }).compactMap { Int($0) }
        if numbers.count == 3, rule.hasPrefix("datemonthdayyear") || rule.hasPrefix("datedaymonthyear") || rule == "dateslashus" || rule == "dateslasheu" {
            let monthFirst = rule.hasPrefix("datemonthdayyear") || rule == "dateslashus"
            let (m, d) = monthFirst ? (numbers[0], numbers[1]) : (numbers[1], numbers[0])
            let y = numbers[2] < 100 ? 2000 + numbers[2] : numbers[2]
            guard (1...12).contains(m), (1...31).contains(d) else { return nil }
            return "\(y)-" + (m < 10 ? "0" : "") + "\(m)-" + (d < 10 ? "0" : "") + "\(d)"
        }
        return PublishedDate.day(text)
    }
}
