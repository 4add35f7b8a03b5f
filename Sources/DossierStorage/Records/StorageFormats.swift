import Foundation

/// The text forms both backends store, so a row means the same in either (and `dossier copy`
/// moves it unchanged): times as ISO 8601 UTC, JSON with sorted keys, LIKE patterns escaped.
package enum StorageFormats {
    /// Now, to the second: `imported_at`, `seen_at`, `added_at`.
    package static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }

    /// Now to the millisecond, for stamps a run compares against its own start (two runs may fall in one second).
    package static func preciseNow() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date())
    }

    package static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// `s` as a literal inside a LIKE pattern with `ESCAPE '\'`.
    package static func escapeLike(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }
}
