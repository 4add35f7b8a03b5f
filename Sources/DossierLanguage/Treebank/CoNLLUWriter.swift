extension CoNLLU {
    /// Writes sentences as CoNLL-U text, the inverse of ``read(_:)``.
    ///
    /// Each sentence is its comments (`# ` + comment), then its lines in file
    /// order (an empty node `n.k` after word `n`, a multi-word token `a-b`
    /// just before word `a`), then a blank line. Reading a well-formed file and
    /// writing it back gives the same bytes.
    public static func write(_ sentences: [TreebankSentence]) -> String {
        var out = ""
        for sentence in sentences { write(sentence, to: &out) }
        return out
    }

    private static func write(_ sentence: TreebankSentence, to out: inout String) {
        for comment in sentence.comments {
            out += "# "
            out += comment
            out += "\n"
        }
        // Both lists are already in file order when they come from the reader;
        // sorting (stably) keeps hand-built sentences in CoNLL-U order too.
        let tokens = sentence.multiwordTokens.sorted { $0.first < $1.first }
        let empties = sentence.emptyNodes.enumerated()
            .sorted { ($0.element.after, $0.offset) < ($1.element.after, $1.offset) }.map(\.element)
        var nextToken = 0
        var nextEmpty = 0
        func writeEmptyNodes(through position: Int) {
            while nextEmpty < empties.count, empties[nextEmpty].after <= position {
                out += empties[nextEmpty].line
                out += "\n"
                nextEmpty += 1
            }
        }
        writeEmptyNodes(through: 0)
        // Placement goes by position, as the reader counts it, not by the word's own id.
        for (index, word) in sentence.words.enumerated() {
            let position = index + 1
            while nextToken < tokens.count, tokens[nextToken].first <= position {
                write(tokens[nextToken], to: &out)
                nextToken += 1
            }
            write(word, to: &out)
            writeEmptyNodes(through: position)
        }
        // Nothing a reader produced is left over; a hand-built sentence whose
        // token or empty node points past its last word still keeps every line.
        for token in tokens[nextToken...] { write(token, to: &out) }
        writeEmptyNodes(through: Int.max)
        out += "\n"
    }

    private static func write(_ token: MultiwordToken, to out: inout String) {
        out += "\(token.first)-\(token.last)\t"
        out += token.form
        for column in token.rest {
            out += "\t"
            out += column
        }
        out += "\n"
    }

    private static func write(_ word: TreebankWord, to out: inout String) {
        let columns = [
            String(word.id), word.form, word.lemma, word.upos?.name ?? "_", word.xpos, word.features,
            word.head < 0 ? "_" : String(word.head), word.relation.rawValue, word.enhanced, word.misc,
        ]
        out += columns.joined(separator: "\t")
        out += "\n"
    }
}
