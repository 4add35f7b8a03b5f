/// Why a system output cannot be scored against its gold file.
public enum EvaluationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Gold-token evaluation: the files hold different numbers of sentences.
    case sentenceCount(gold: Int, system: Int)
    /// Gold-token evaluation: sentence `sentence` (1-based) has a different number of words.
    case wordCount(sentence: Int, gold: Int, system: Int)
    /// Gold-token evaluation: word `word` of sentence `sentence` (both 1-based) has another form.
    case form(sentence: Int, word: Int, gold: String, system: String)
    /// Raw-text evaluation: the texts differ from non-whitespace character
    /// `offset` (0-based) on, in gold sentence `sentence` (1-based); `gold`
    /// and `system` show up to 20 characters from there.
    case text(offset: Int, sentence: Int, gold: String, system: String)

    public var description: String {
        switch self {
        case let .sentenceCount(gold, system):
            return "gold has \(gold) sentences, system has \(system)" + Self.goldTokensRemedy
        case let .wordCount(sentence, gold, system):
            return "sentence \(sentence): gold has \(gold) words, system has \(system)" + Self.goldTokensRemedy
        case let .form(sentence, word, gold, system):
            return "sentence \(sentence), word \(word): gold form '\(gold)', system form '\(system)'"
                + Self.goldTokensRemedy
        case let .text(offset, sentence, gold, system):
            return "texts differ at non-whitespace character \(offset) (gold sentence \(sentence)): "
                + "gold '\(gold)', system '\(system)'; the system must keep every character of the text "
                + "it was given, changing only where tokens and sentences break"
        }
    }

    private static let goldTokensRemedy =
        "; gold-token evaluation needs the gold words in order, use raw-text evaluation for system tokenisation"
}
