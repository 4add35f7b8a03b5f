import DossierModel

/// Figures as the forms readers write them in their text: integers without a fraction.
enum FactText {
    /// Integers without a trailing `.0`; others as Swift prints them.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e17 { return String(Int64(value)) }
        return String(value)
    }
}
