import Foundation
import DossierKit

/// The fields of a query string or an `application/x-www-form-urlencoded` body, as browsers
/// send them (`+` for a space, `%XX` bytes), with typed readers that refuse bad values with a
/// 400 naming the field and what it accepts.
struct FormFields: Sendable {
    private(set) var pairs: [(name: String, value: String)] = []

    init(_ encoded: String?) {
        guard let encoded, !encoded.isEmpty else { return }
        for piece in encoded.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = piece.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            pairs.append((name, value))
        }
    }

    /// `+` is a space; `%XX` a byte; bytes that are not UTF-8 become U+FFFD.
    static func decode(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = Array(text.utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), iterator.count >= 2,
                      let high = hexValue(iterator[iterator.startIndex]), let low = hexValue(iterator[iterator.startIndex + 1]) {
                bytes.append(high << 4 | low)
                iterator = iterator.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// The field's last value, trimmed; nil when absent or empty (an empty form field means "any").
    func text(_ name: String) -> String? {
        guard let value = pairs.last(where: { $0.name == name })?.value.trimmingCharacters(in: .whitespacesAndNewlines),
              !value.isEmpty else { return nil }
        return value
    }

    func integer(_ name: String, default fallback: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let text = text(name) else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            throw WebError.badRequest("\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), not “\(text)”")
        }
        return value
    }

    func identifier(_ name: String) throws -> Int64? {
        guard let text = text(name) else { return nil }
        guard let value = Int64(text), value > 0 else { throw WebError.badRequest("\(name) must be a document or claim id (a positive number), not “\(text)”") }
        return value
    }

    func date(_ name: String) throws -> String? {
        guard let text = text(name) else { return nil }
        guard let bound = DateBound(argument: text) else { throw WebError.badRequest("\(name) must be a date (\(DateBound.accepted)), not “\(text)”") }
        return bound.value
    }

    func figure(_ name: String) throws -> Double? {
        guard let text = text(name) else { return nil }
        guard let bound = FigureBound(argument: text) else { throw WebError.badRequest("\(name) must be a figure such as 1B, $500M or 10%, not “\(text)”") }
        return bound.value
    }

    /// One of an enum's raw values; the error lists them.
    func choice<T: RawRepresentable & CaseIterable>(_ name: String, _ type: T.Type) throws -> T? where T.RawValue == String {
        guard let text = text(name) else { return nil }
        guard let value = T(rawValue: text) else {
            throw WebError.badRequest("\(name) must be one of \(T.allCases.map(\.rawValue).joined(separator: ", ")), not “\(text)”")
        }
        return value
    }
}
