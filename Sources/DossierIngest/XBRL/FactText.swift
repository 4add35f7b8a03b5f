import DossierModel

/// Facts as readable lines: `us-gaap:Revenues 2024-01-01/2024-12-31: 1250000000 USD`.
enum FactText {
    static func lines(_ facts: [Fact]) -> String {
        var builder = TextBuilder()
        for fact in facts {
            var line = fact.concept
            if let period = fact.period { line += " " + period }
            if !fact.dimensions.isEmpty { line += " [" + fact.dimensions.joined(separator: ", ") + "]" }
            line += ": " + format(fact.value)
            if let unit = fact.unit { line += " " + unit }
            builder.append(line)
            builder.lineBreak()
        }
        return builder.text
    }

    /// Integers without a trailing `.0`; others as Swift prints them.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e17 { return String(Int64(value)) }
        return String(value)
    }
}
