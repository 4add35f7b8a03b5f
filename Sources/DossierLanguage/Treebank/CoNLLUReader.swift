/// Reads CoNLL-U (universaldependencies.org/format.html): sentences separated
/// by blank lines; ten tab-separated columns per word; `3-4` lines for
/// multi-word tokens; `8.1` lines for empty nodes.
public enum CoNLLU {
    /// A line that is not CoNLL-U, with its 1-based line number.
    public struct SyntaxError: Error, CustomStringConvertible, Sendable {
        public var line: Int
        public var reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    /// Reads every sentence of a file's text.
    public static func read(_ text: String) throws(SyntaxError) -> [TreebankSentence] {
        var sentences: [TreebankSentence] = []
        var current = TreebankSentence(words: [])
        var open = false
        var lineNumber = 0
        var firstLine = 1
        // Split on scalars, not Characters: "\r\n" is one Character and would hide every line break.
        for scalars in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(scalars)
            if line.unicodeScalars.last == "\r" { line = Substring(line.unicodeScalars.dropLast()) }
            if lineNumber == 1, line.unicodeScalars.first == "\u{FEFF}" { line = Substring(line.unicodeScalars.dropFirst()) }
            if line.isEmpty {
                if open { try check(current, firstLine: firstLine); sentences.append(current) }
                firstLine = lineNumber + 1
                current = TreebankSentence(words: [])
                open = false
                continue
            }
            open = true
            if line.first == "#" {
                var comment = line.dropFirst()
                if comment.first == " " { comment = comment.dropFirst() }
                current.comments.append(String(comment))
                continue
            }
            try readWordLine(line, number: lineNumber, into: &current)
        }
        if open { try check(current, firstLine: firstLine); sentences.append(current) }
        return sentences
    }

    /// Heads must name a word of the sentence (or 0) other than the word itself.
    private static func check(_ sentence: TreebankSentence, firstLine: Int) throws(SyntaxError) {
        for word in sentence.words where word.head > sentence.words.count || word.head == word.id {
            throw SyntaxError(line: firstLine, reason: "word \(word.id) of the sentence starting here has head \(word.head), "
                              + "which is not 0 or another word of the sentence")
        }
        for token in sentence.multiwordTokens where token.last > sentence.words.count {
            throw SyntaxError(line: firstLine, reason: "multi-word token \(token.first)-\(token.last) of the sentence "
                              + "starting here goes past its last word")
        }
    }

    private static func readWordLine(_ line: Substring, number: Int,
                                     into sentence: inout TreebankSentence) throws(SyntaxError) {
        let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard columns.count == 10 else {
            throw SyntaxError(line: number, reason: "expected 10 tab-separated columns, found \(columns.count)")
        }
        let id = columns[0]
        if id.contains(".") {
            sentence.emptyNodes.append(.init(after: sentence.words.count, line: String(line)))
            return
        }
        if let dash = id.firstIndex(of: "-") {
            guard let first = Int(id[..<dash]), let last = Int(id[id.index(after: dash)...]), first <= last else {
                throw SyntaxError(line: number, reason: "bad multi-word token range '\(id)'")
            }
            sentence.multiwordTokens.append(MultiwordToken(first: first, last: last, form: String(columns[1]),
                                                           rest: columns[2...].map(String.init)))
            return
        }
        guard let position = Int(id), position == sentence.words.count + 1 else {
            throw SyntaxError(line: number, reason: "word id '\(id)' out of sequence (expected \(sentence.words.count + 1))")
        }
        let upos: UPOS?
        if columns[3] == "_" { upos = nil } else {
            guard let tag = UPOS(name: columns[3]) else {
                throw SyntaxError(line: number, reason: "unknown UPOS tag '\(columns[3])'")
            }
            upos = tag
        }
        let head: Int
        if columns[6] == "_" { head = -1 } else {
            guard let value = Int(columns[6]), value >= 0 else {
                throw SyntaxError(line: number, reason: "bad head '\(columns[6])'")
            }
            head = value
        }
        sentence.words.append(TreebankWord(
            id: position, form: String(columns[1]), lemma: String(columns[2]), upos: upos,
            xpos: String(columns[4]), features: String(columns[5]), head: head,
            relation: DependencyRelation(rawValue: String(columns[7])), enhanced: String(columns[8]),
            misc: String(columns[9])))
    }
}
