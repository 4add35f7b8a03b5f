/// A table cell's text as the terminal shows it: colour escapes (`ESC [ … m`) take no columns, and
/// a cell is cut between characters, never inside an escape, with the colour closed after the cut.
enum TableCell {
    /// The columns the text takes (one per character, escapes excluded).
    static func width(_ text: String) -> Int {
        var count = 0
        var inEscape = false
        for character in text {
            if inEscape {
                if character.isLetter { inEscape = false }
            } else if character == "\u{1B}" {
                inEscape = true
            } else {
                count += 1
            }
        }
        return count
    }

    /// At most `width` columns: cut with `…`, escapes kept whole, and a reset added when a colour
    /// was left open by the cut.
    static func clip(_ text: String, to width: Int) -> String {
        guard self.width(text) > width else { return text }
        let keep = max(0, width - 1)
        var out = ""
        var shown = 0
        var inEscape = false
        var styled = false
        for character in text {
            if inEscape {
                out.append(character)
                if character.isLetter { inEscape = false }
            } else if character == "\u{1B}" {
                out.append(character)
                inEscape = true
                styled = true
            } else {
                guard shown < keep else { break }
                out.append(character)
                shown += 1
            }
        }
        return out + "…" + (styled ? "\u{1B}[0m" : "")
    }

    /// Padded with spaces to `width` columns.
    static func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - self.width(text)))
    }
}
