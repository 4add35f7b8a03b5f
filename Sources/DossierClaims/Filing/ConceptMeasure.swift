import DossierModel

/// The measure a filing fact states, from its concept's name, in the words
/// prose uses for it: `Revenues` → "revenue", `NetIncomeLoss` → "net income"
/// (or "net loss" for a negative value), `EarningsPerShareDiluted` → "diluted
/// earnings per share". Two concepts never share a measure unless prose means
/// the same by them: basic and diluted earnings per share stay apart. Concepts
/// not in the table are read from their camel-case name ("PurchaseObligation"
/// → "purchase obligation").
enum ConceptMeasure {
    /// - Parameter concepts: the local names of every concept the filing states, to tell its
    ///   total revenue: `RevenueFromContractWithCustomer…` is the revenue unless `Revenues` is also
    ///   stated, when it is only the part from contracts with customers.
    static func measure(for fact: Fact, concepts: Set<String> = []) -> String? {
        let local = FilingClaims.localName(fact.concept)
        let loss = fact.value < 0
        if let known = MeaningWords.conceptMeasures[local] { return known }
        if local.hasPrefix("RevenueFromContractWithCustomer") {
            return concepts.contains("Revenues") ? "revenue from contracts with customers" : "revenue"
        }
        // Only the company's own net income; the share of noncontrolling interests is another figure.
        if local == "NetIncomeLoss" || local == "NetIncomeLossAttributableToParent" { return loss ? "net loss" : "net income" }
        if local == "OperatingIncomeLoss" { return loss ? "operating loss" : "operating income" }
        let words = camelWords(local)
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// "ResearchAndDevelopmentExpense" → ["research", "and", "development", "expense"].
    static func camelWords(_ name: String) -> [String] {
        var words: [String] = []
        var current = ""
        for ch in name {
            if ch.isUppercase, !current.isEmpty, !(current.last?.isUppercase ?? false) {
                words.append(current)
                current = ""
            }
            current.append(ch)
        }
        if !current.isEmpty { words.append(current) }
        return words.map { $0.lowercased() }
    }
}
