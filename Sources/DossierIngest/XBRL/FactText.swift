import DossierModel

/// Facts as readable lines: `us-gaap:Revenues 2024-01-01/2024-12-31: 1250000000 USD`.
enum FactText {
    /// Integers without a trailing `.0`; others as Swift prints them.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e17 { return String(Int64(value)) }
        return String(value)
    }
}
