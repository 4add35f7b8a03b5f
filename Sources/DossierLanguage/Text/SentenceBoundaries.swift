/// The sentence splitter's pass over one text's tokens.
struct SentenceBoundaries {
    let text: UTF8Window
    let tokens: [TextToken]
    private var finished: [TextSentence] = []
    private var current: [TextToken] = []

    init(text: UTF8Window, tokens: [TextToken]) {
        self.text = text
        self.tokens = tokens
    }

    mutating func sentences() -> [TextSentence] {
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if isTerminator(token) {
                var last = index
                while last + 1 < tokens.count && closesSentence(tokens[last + 1], after: tokens[last]) { last += 1 }
                current.append(contentsOf: tokens[index...last])
                if last + 1 == tokens.count || breakBetween(last, last + 1)
                    || opensSentence(tokens[last + 1], after: token, previous: index > 0 ? tokens[index - 1] : nil) {
                    close()
                }
                index = last + 1
                continue
            }
            if index + 1 < tokens.count && isAbbreviation(token) && !isTitleOrInitial(token)
                && (breakBetween(index, index + 1) || startsTypicalSentence(at: index + 1)) {
                // EWT cuts the abbreviation's period off as the sentence's own ("Inc" ".").
                current.append(TextToken(start: token.start, end: token.end - 1, form: String(token.form.dropLast()),
                                         spaceAfter: false))
                current.append(TextToken(start: token.end - 1, end: token.end, form: ".", spaceAfter: token.spaceAfter))
                close()
                index += 1
                continue
            }
            current.append(token)
            if index + 1 < tokens.count && breakBetween(index, index + 1) { close() }
            index += 1
        }
        close()
        return finished
    }

    /// Ends the sentence being built, cutting it into pieces no longer than the maximum.
    private mutating func close() {
        var pending = current[...]
        current.removeAll(keepingCapacity: true)
        let limit = SentenceSplitter.maximumLength
        while pending.count > limit {
            let window = pending.prefix(limit)
            let floor = window.startIndex + limit / 2
            let cut = window.lastIndex(where: { $0.form == ";" }).flatMap { $0 >= floor ? $0 : nil }
                ?? window.lastIndex(where: { $0.form == "," }).flatMap { $0 >= floor ? $0 : nil }
                ?? window.endIndex - 1
            finished.append(TextSentence(tokens: Array(pending[...cut])))
            pending = pending[(cut + 1)...]
        }
        if !pending.isEmpty { finished.append(TextSentence(tokens: Array(pending))) }
    }

    /// ".", "!", "?", "...", "…" and runs of them (checked on bytes: this runs for every token).
    private func isTerminator(_ token: TextToken) -> Bool {
        var index = token.start
        while index < token.end {
            let byte = text[index]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                index += 1
            } else if byte == 0xE2 && index + 2 < token.end
                        && text[index + 1] == 0x80 && text[index + 2] == 0xA6 {
                index += 3
            } else {
                return false
            }
        }
        return true
    }

    /// Closing quotes and brackets after a terminator belong to its sentence; a straight quote
    /// does only when written against it (`said."` but not `said. "Next`).
    private func closesSentence(_ token: TextToken, after previous: TextToken) -> Bool {
        switch token.form {
        case ")", "]", "}", "”", "’", "»", "''": return true
        case "\"", "'": return !previous.spaceAfter
        default: return isTerminator(token) && !previous.spaceAfter
        }
    }

    /// True when `token` can open a sentence after `terminator`: anything but a mark that continues
    /// one, and a lowercase word only after a full stop that follows a word too long to be an
    /// unlisted abbreviation (web text often opens sentences in lowercase; "approx. five" does not).
    private func opensSentence(_ token: TextToken, after terminator: TextToken, previous: TextToken?) -> Bool {
        let first = text[token.start]
        if first.isASCIILower {
            guard terminator.form == ".", terminator.spaceAfter, let previous, previous.end == terminator.start
            else { return false }
            return previous.end - previous.start > 4 || !text[previous.start].isASCIILetter
        }
        switch first {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: ")"), UInt8(ascii: "%"): return false
        default: break
        }
        if first >= 0x80, let scalar = token.form.unicodeScalars.first, scalar.properties.isLowercase { return false }
        return true
    }

    /// True for a word ending in its own period: "Inc.", "U.S.", "J.".
    private func isAbbreviation(_ token: TextToken) -> Bool {
        token.end - token.start > 1 && text[token.end - 1] == UInt8(ascii: ".") && text[token.start] != UInt8(ascii: ".")
    }

    private func isTitleOrInitial(_ token: TextToken) -> Bool {
        (token.end - token.start == 2 && text[token.start].isASCIIUpper) || EnglishWords.titles.contains(token.form)
    }

    /// A capitalised word that usually opens a sentence, or an opening quote before a capital.
    private func startsTypicalSentence(at index: Int) -> Bool {
        let token = tokens[index]
        if EnglishWords.sentenceStarters.contains(token.form) { return true }
        if ["\"", "“", "‘", "'"].contains(token.form) && index + 1 < tokens.count {
            return text[tokens[index + 1].start].isASCIIUpper
        }
        return false
    }

    /// True when the whitespace between tokens `before` and `after` ends a sentence: a blank line always,
    /// a single line break unless the text runs on.
    private func breakBetween(_ before: Int, _ after: Int) -> Bool {
        var newlines = 0
        for index in tokens[before].end..<tokens[after].start where text[index] == UInt8(ascii: "\n") {
            newlines += 1
        }
        if newlines >= 2 { return true }
        return newlines == 1 && SentenceSplitter.lineBreakEndsSentence(after: tokens[before].form,
                                                                       before: tokens[after].form)
    }
}

extension SentenceSplitter {
    /// Whether a single line break between two tokens ends a sentence. Headlines, datelines and list
    /// items end at their line; hard-wrapped prose runs on, which shows when the next line starts in
    /// lowercase or the line ends on a comma, a hyphen or a word that cannot end a sentence ("the", "of").
    static func lineBreakEndsSentence(after last: String, before next: String) -> Bool {
        if let first = next.unicodeScalars.first, first.properties.isLowercase { return false }
        if [",", "-", "–", "—", "(", "&", "/"].contains(last) { return false }
        return !EnglishWords.continuationWords.contains(last.lowercased())
    }
}
