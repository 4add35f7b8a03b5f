package import DossierModel

/// What revising a document's stored claims to a new extraction does, decided without a database,
/// so every backend revises the same way.
///
/// Claims that come again keep their rows (and their full-text entries), new ones are inserted and
/// dropped ones removed. People's corrections are keyed by the claim's span. When a kept claim
/// moved in a changed text, its corrections move with it. A claim whose sentence or reading changed
/// (another figure of its sentence was edited, or the sentence was reworded around it) but whose own
/// figure is still there — the same words, kind and value — is stored anew, and its corrections
/// follow it. A correction whose figure
/// is gone from a changed text is kept but detached, so it can never apply to another claim that
/// happens to sit at the old offsets. When the text did not change (a newer extractor), corrections
/// stay where they are, as a later extractor may find the claim again.
package struct ClaimRevisionPlan {
    /// A claim's offsets in its document's text.
    package struct Span: Hashable {
        package var start: Int
        package var end: Int

        package init(start: Int, end: Int) {
            self.start = start
            self.end = end
        }
    }

    /// A stored claim as the revision reads it.
    package struct Stored {
        package var id: Int64
        package var claim: Claim
        package var subjectKey: String?
        package var factID: Int64?
        package var asOf: String?
        package var extractorVersion: Int

        package init(id: Int64, claim: Claim, subjectKey: String?, factID: Int64?, asOf: String?, extractorVersion: Int) {
            self.id = id
            self.claim = claim
            self.subjectKey = subjectKey
            self.factID = factID
            self.asOf = asOf
            self.extractorVersion = extractorVersion
        }

        var span: Span { Span(start: claim.start, end: claim.end) }
    }

    /// One step per new claim, in the new extraction's order.
    package enum Step: Equatable {
        /// Insert the new claim at this index.
        case insert(Int)
        /// The stored claim comes again: give it these offsets and the running extractor's version.
        case update(id: Int64, span: Span)
        /// The stored claim comes again unchanged.
        case keep(id: Int64)
    }

    /// What becomes of a correction recorded at a span.
    package enum CorrectionFate: Equatable {
        case stays
        case moves(to: Span)
        /// Its figure left the text: detach it, naming the figure as it stood.
        case detaches(figure: String?)
    }

    package private(set) var steps: [Step] = []
    /// Stored claims that did not come again.
    package private(set) var removed: [Int64] = []
    private var moves: [Span: Span] = [:]
    private var figures: [Span: String] = [:]
    private let textChanged: Bool

    /// - Parameters:
    ///   - stored: the document's stored claims, ordered by start then id.
    ///   - new: the new extraction's claims; `factIDs` are the ids of the document's facts, in order.
    package init(stored: [Stored], new: [ClaimInput], factIDs: [Int64], extractorVersion: Int, textChanged: Bool) {
        self.textChanged = textChanged
        let old = stored.map { ClaimKey($0.claim, subjectKey: $0.subjectKey, factID: $0.factID, asOf: $0.asOf) }
        let fresh = new.map { ClaimKey($0.claim, subjectKey: $0.subjectKey, factID: $0.factID(in: factIDs), asOf: $0.asOf) }
        let matches = RowMatching.inOrder(old: old, new: fresh)

        // Second pass: the same figure whose sentence or reading changed. Its row is replaced (as
        // unmatched old and new), and its corrections move to it. Only in a changed text, and only
        // within the same sentence but for its figures.
        let leftOld = RowMatching.unmatched(matches, count: stored.count)
        let leftNew = matches.indices.filter { matches[$0] == nil }
        if textChanged {
            let sameFigure = RowMatching.inOrder(old: leftOld.map { FigureKey(stored[$0].claim) },
                                                 new: leftNew.map { FigureKey(new[$0].claim) })
            for (position, match) in sameFigure.enumerated() {
                guard let match else { continue }
                let claim = new[leftNew[position]].claim
                moves[stored[leftOld[match]].span] = Span(start: claim.start, end: claim.end)
            }
            // Third pass: the same figure in a sentence reworded around it ("on Monday" → "on
            // Tuesday"). The figure is still in the text, so its corrections follow it rather than
            // being detached; among equal figures, in the order they stand.
            let stillOld = sameFigure.isEmpty ? leftOld : RowMatching.unmatched(sameFigure, count: leftOld.count).map { leftOld[$0] }
            let stillNew = leftNew.indices.filter { sameFigure[$0] == nil }.map { leftNew[$0] }
            let reworded = RowMatching.inOrder(old: stillOld.map { FigureKey(stored[$0].claim, sentence: false) },
                                               new: stillNew.map { FigureKey(new[$0].claim, sentence: false) })
            for (position, match) in reworded.enumerated() {
                guard let match else { continue }
                let claim = new[stillNew[position]].claim
                moves[stored[stillOld[match]].span] = Span(start: claim.start, end: claim.end)
            }
        }
        for (index, match) in matches.enumerated() {
            guard let match else {
                steps.append(.insert(index))
                continue
            }
            let row = stored[match]
            let claim = new[index].claim
            let now = Span(start: claim.start, end: claim.end)
            moves[row.span] = now
            steps.append(row.span != now || row.extractorVersion != extractorVersion ? .update(id: row.id, span: now) : .keep(id: row.id))
        }
        removed = leftOld.map { stored[$0].id }
        figures = Dictionary(stored.map { ($0.span, $0.claim.text) }) { first, _ in first }
    }

    /// What becomes of a correction recorded at `span` (a live one: detached corrections are left alone).
    package func fate(of span: Span) -> CorrectionFate {
        if let moved = moves[span] { return moved == span ? .stays : .moves(to: moved) }
        return textChanged ? .detaches(figure: figures[span]) : .stays
    }
}

extension ClaimInput {
    /// The stored id of the fact this claim was made from, given the document's fact ids in order.
    package func factID(in factIDs: [Int64]) -> Int64? {
        factIndex.flatMap { $0 < factIDs.count ? factIDs[$0] : nil }
    }
}
