import Foundation
public import DossierStorage

/// A person's value for a claim as typed: one figure (`25M`, `$1.5bn`, `10%`) or a range
/// (`1M-10M`, `1M–10M`, `2..4`, `2 to 4`). Shared by `dossier claims correct` and the web form.
public struct CorrectedValue: Sendable, Equatable {
    public var low: Double
    /// The range's high end; nil for a single value.
    public var high: Double?

    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        for separator in ["..", "–", "—", " to ", "-"] {
            // A leading minus is a sign, not a range.
            guard let range = trimmed.range(of: separator, range: trimmed.index(after: trimmed.startIndex)..<trimmed.endIndex)
            else { continue }
            let left = String(trimmed[..<range.lowerBound]), right = String(trimmed[range.upperBound...])
            guard let low = FigureBound(argument: left)?.value, let high = FigureBound(argument: right)?.value else { continue }
            // "1-10M", "$1-$2M": the scale written once applies to both ends (after the currency sign).
            let scale = String(right.drop { !$0.isNumber }.drop { $0.isNumber || $0 == "." || $0 == "," })
            if left.last?.isNumber == true, !scale.isEmpty, let lowWithScale = FigureBound(argument: left + scale)?.value {
                self.low = Swift.min(lowWithScale, high)
                self.high = Swift.max(lowWithScale, high)
                return
            }
            self.low = low
            self.high = Swift.max(high, low)
            return
        }
        guard let value = FigureBound(argument: trimmed)?.value else { return nil }
        low = value
        high = nil
    }

    /// The correction of a claim to this value, with the other fields given.
    public func applied(to correction: CorrectionInput) -> CorrectionInput {
        var correction = correction
        if let high {
            correction.low = low
            correction.high = high
        } else {
            correction.value = low
        }
        return correction
    }
}
