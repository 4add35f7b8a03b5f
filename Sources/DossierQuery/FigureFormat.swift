public import DossierModel

/// Figures written for people: `$100 million`, `~$1.5 billion`, `0.1–1%`,
/// `6–12 months`, `> $30 billion`. Used by tables, fact sheets and exports so
/// a figure reads the same everywhere.
public enum FigureFormat {
    public static func describe(_ claim: Claim) -> String {
        let body: String
        if claim.value == nil, let low = claim.low, let high = claim.high {
            body = range(low, high, claim)
        } else if let value = claim.value {
            body = single(value, claim)
        } else if let date = claim.date {
            body = date
        } else {
            body = claim.text
        }
        return prefix(claim.qualifier) + body
    }

    static func prefix(_ qualifier: Qualifier) -> String {
        switch qualifier {
        case .exact: return ""
        case .approximate: return "~"
        case .atLeast: return "≥ "
        case .moreThan: return "> "
        case .atMost: return "≤ "
        case .lessThan: return "< "
        }
    }

    static func single(_ value: Double, _ claim: Claim) -> String {
        switch claim.kind {
        case .money: return money(value, currency: claim.currency)
        case .percent: return number(value) + "%"
        case .duration: return number(value) + " " + unit(claim.unit, plural: value != 1)
        case .count: return grouped(value) + (claim.unit.map { " " + $0 } ?? "")
        case .quantity: return number(value) + (claim.unit.map { " " + $0 } ?? "")
        case .multiple: return number(value) + "×"
        case .date: return claim.date ?? number(value)
        }
    }

    static func range(_ low: Double, _ high: Double, _ claim: Claim) -> String {
        switch claim.kind {
        case .money:
            let (scaledHigh, word) = scale(high)
            let divisor = high == 0 ? 1 : high / scaledHigh
            if word.isEmpty || low / divisor < 1 {
                return money(low, currency: claim.currency) + "–" + money(high, currency: claim.currency)
            }
            return symbol(claim.currency) + number(low / divisor) + "–" + number(scaledHigh) + " " + word + suffix(claim.currency)
        case .percent: return number(low) + "–" + number(high) + "%"
        case .duration: return number(low) + "–" + number(high) + " " + unit(claim.unit, plural: true)
        case .count: return grouped(low) + "–" + grouped(high) + (claim.unit.map { " " + $0 } ?? "")
        case .quantity: return number(low) + "–" + number(high) + (claim.unit.map { " " + $0 } ?? "")
        case .multiple: return number(low) + "–" + number(high) + "×"
        case .date: return (claim.date ?? "")
        }
    }

    /// `$100 million`, `€2.5 billion`, `CHF 300,000`.
    public static func money(_ value: Double, currency: String?) -> String {
        let sign = value < 0 ? "-" : ""
        let (scaled, word) = scale(abs(value))
        let amount = word.isEmpty ? grouped(abs(value)) : number(scaled) + " " + word
        return sign + symbol(currency) + amount + suffix(currency)
    }

    static func symbol(_ currency: String?) -> String {
        switch currency {
        case "USD", nil: return "$"
        case "EUR": return "€"
        case "GBP": return "£"
        case "JPY": return "¥"
        case let code?: return code + " "
        }
    }

    static func suffix(_ currency: String?) -> String { "" }

    static func scale(_ value: Double) -> (Double, String) {
        if value >= 1e12 { return (value / 1e12, "trillion") }
        if value >= 1e9 { return (value / 1e9, "billion") }
        if value >= 1e6 { return (value / 1e6, "million") }
        return (value, "")
    }

    static func unit(_ unit: String?, plural: Bool) -> String {
        guard let unit else { return "" }
        return plural && !unit.hasSuffix("s") ? unit + "s" : unit
    }

    /// Up to three decimals, no trailing zeros, no exponent.
    public static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.3f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// Thousands separated by commas.
    public static func grouped(_ value: Double) -> String {
        guard value == value.rounded(), abs(value) < 1e15 else { return number(value) }
        let digits = String(Int64(abs(value)))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (value < 0 ? "-" : "") + out
    }
}

import Foundation
