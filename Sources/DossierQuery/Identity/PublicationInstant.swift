import DossierModel

/// When a document was published, as one instant on one clock: "06:30 −08:00"
/// is after "07:00 −05:00", though its local time is earlier. Used to order
/// `trace` and timelines; a date without a time counts as the start of its day (UTC).
public enum PublicationInstant {
    /// Seconds since 1970-01-01T00:00:00Z, or nil when `text` does not start with a date.
    public static func seconds(_ text: String?) -> Int? {
        guard let text, let day = CalendarDay(iso: text) else { return nil }
        var seconds = day.ordinal * 86_400
        let b = Array(text.utf8)
        guard b.count >= 16, b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: " "),
              let hour = number(b, 11, 2), let minute = number(b, 14, 2), b[13] == UInt8(ascii: ":") else { return seconds }
        seconds += hour * 3_600 + minute * 60
        var i = 16
        if i + 2 < b.count, b[i] == UInt8(ascii: ":"), let second = number(b, i + 1, 2) {
            seconds += second
            i += 3
        }
        while i < b.count, b[i] == UInt8(ascii: ".") || (b[i] >= 48 && b[i] <= 57) { i += 1 }  // fractions
        guard i < b.count else { return seconds }
        // An offset east of UTC means the same local time happened earlier in UTC.
        if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-"), let oh = number(b, i + 1, 2) {
            let om = (i + 4 < b.count && b[i + 3] == UInt8(ascii: ":")) ? number(b, i + 4, 2) ?? 0 : (number(b, i + 3, 2) ?? 0)
            let offset = oh * 3_600 + om * 60
            seconds += b[i] == UInt8(ascii: "+") ? -offset : offset
        }
        return seconds
    }

    static func number(_ b: [UInt8], _ start: Int, _ count: Int) -> Int? {
        guard start + count <= b.count else { return nil }
        var n = 0
        for i in start..<(start + count) {
            guard b[i] >= 48 && b[i] <= 57 else { return nil }
            n = n * 10 + Int(b[i] - 48)
        }
        return n
    }
}
