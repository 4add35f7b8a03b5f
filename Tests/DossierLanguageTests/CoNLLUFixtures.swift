/// Builds CoNLL-U from readable fixtures: on word lines, single spaces stand for tabs.
func conllu(_ lines: String) -> String {
    lines.split(separator: "\n", omittingEmptySubsequences: false).map { line in
        line.hasPrefix("#") ? String(line) : line.split(separator: " ").joined(separator: "\t")
    }.joined(separator: "\n")
}
