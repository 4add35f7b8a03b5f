import DossierModel

/// The measure a filing fact states, from its concept's name, in the words
/// prose uses for it: `Revenues` → "revenue", `NetIncomeLoss` → "net income"
/// (or "net loss" for a negative value), `ResearchAndDevelopmentExpense` →
/// "research and development expense". Concepts not in the table are read
/// from their camel-case name ("PurchaseObligation" → "purchase obligation").
enum ConceptMeasure {
    static func measure(for fact: Fact) -> String? {
        let local = FilingClaims.localName(fact.concept)
        let loss = fact.value < 0
        if let known = MeaningWords.conceptMeasures[local] { return known }
        if local.hasPrefix("RevenueFromContractWithCustomer") || local.hasPrefix("Revenues") { return "revenue" }
        if local == "NetIncomeLoss" || local == "ProfitLoss" || local.hasPrefix("NetIncomeLossAttributable") {
            return loss ? "net loss" : "net income"
        }
        if local == "OperatingIncomeLoss" { return loss ? "operating loss" : "operating income" }
        if local.hasPrefix("EarningsPerShare") { return "earnings per share" }
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
