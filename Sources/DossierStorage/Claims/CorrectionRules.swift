package import DossierModel

/// What both backends do with a stored judgement when they read a claim, and where a search
/// snippet's first match stands in its document: the same rules, written once.
package enum CorrectionRules {
    /// The claim as a person corrected it: their value or range replaces the machine's; a metric
    /// they name replaces the parse's measure too (the figure is then grouped on the metric,
    /// coarsely); their subject replaces the machine's. A rejection changes nothing here (queries
    /// hide rejected claims).
    package static func apply(_ action: CorrectionAction, value: Double?, low: Double?, high: Double?, metric: String?,
                              subject: String?, to claim: inout Claim) {
        guard action == .correct else { return }
        if let value { claim.value = value; claim.low = nil; claim.high = nil }
        if let low, let high { claim.value = nil; claim.low = low; claim.high = high }
        if let metric { claim.metric = metric; claim.measure = nil }
        if let subject { claim.subject = subject }
    }
}

/// A snippet's text to look for in its document, and how far into it the first match is: the
/// page a search hit stands on is the page of that spot.
package struct SnippetProbe: Equatable {
    /// The fragment holding the first match, markers removed.
    package var text: String
    /// Unicode scalars from the fragment's start to the first match.
    package var matchOffset: Int

    /// Nil when the snippet has no fragment long enough to find reliably.
    package init?(snippet: String, highlight: (String, String)) {
        func plain(_ s: String) -> String { s.replacingOccurrences(of: highlight.0, with: "").replacingOccurrences(of: highlight.1, with: "") }
        let pieces = snippet.components(separatedBy: "…")
        guard let piece = pieces.first(where: { $0.contains(highlight.0) }) ?? pieces.max(by: { $0.count < $1.count }) else { return nil }
        let beforeMatch = piece.range(of: highlight.0).map { plain(String(piece[..<$0.lowerBound])) } ?? ""
        text = plain(piece)
        matchOffset = beforeMatch.unicodeScalars.count
        guard text.count >= 3 else { return nil }
    }
}
