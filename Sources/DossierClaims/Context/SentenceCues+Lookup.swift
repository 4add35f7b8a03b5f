import DossierModel

/// Lookups over a sentence's cue hits, clause starts and figures by binary search, so that weighing
/// every cue against every figure costs figures × cues × log, not figures² × cues: in a long
/// sentence the linear searches these replace made the classifier cubic.
///
/// Each answers exactly what the linear search it replaces did; the figure lookups rely on the
/// figures being ordered (``MetricClassifier/SentenceCues/ordered``) and are used only when they are.
extension MetricClassifier.SentenceCues {
    /// True when figures do not overlap and both their first and last tokens increase: what the
    /// scanner produces. Computed once per sentence.
    static func isOrdered(_ figures: [Figure]) -> Bool {
        var k = 1
        while k < figures.count {
            if figures[k].first <= figures[k - 1].last || figures[k].last <= figures[k - 1].last { return false }
            k += 1
        }
        return true
    }

    /// The first hit covering token `k`, or -1 (as `hits.firstIndex { k >= $0.first && k <= $0.last }`).
    /// Hits start at increasing tokens and span at most three (a pair joined by a dash).
    static func hit(at k: Int, in hits: [MetricClassifier.Hit]) -> Int {
        var lo = 0, hi = hits.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if hits[mid].first < k - 2 { lo = mid + 1 } else { hi = mid }
        }
        while lo < hits.count, hits[lo].first <= k {
            if hits[lo].last >= k { return lo }
            lo += 1
        }
        return -1
    }

    /// The first hit covering token `k`, or -1.
    func hit(at k: Int) -> Int { Self.hit(at: k, in: hits) }

    /// True when a clause starts in `lo + 1 ... hi` (clause starts increase).
    func clauseStarts(after lo: Int, upTo hi: Int) -> Bool {
        var a = 0, b = clauseStarts.count
        while a < b {
            let mid = (a + b) / 2
            if clauseStarts[mid] <= lo { a = mid + 1 } else { b = mid }
        }
        return a < clauseStarts.count && clauseStarts[a] <= hi
    }

    /// True when a hit other than the one of figure `index` governs another figure.
    func governsAnother(_ hit: Int, besides index: Int) -> Bool {
        governedCount[hit] - (governing[index] == hit ? 1 : 0) > 0
    }

    /// The first figure in order (other than `f`) lying strictly between `hit` and `f`, as the
    /// classifier's linear search finds it; nil when none does. Needs ordered figures.
    static func figureBetween(_ hit: MetricClassifier.Hit, _ f: Figure, index: Int, _ figures: [Figure]) -> Int? {
        if hit.first < f.first {
            // The first figure starting after the hit; the ones after it end later still.
            var lo = 0, hi = figures.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if figures[mid].first <= hit.first { lo = mid + 1 } else { hi = mid }
            }
            return lo < figures.count && lo != index && figures[lo].last < f.first ? lo : nil
        }
        let q = index + 1
        return q < figures.count && figures[q].last < hit.first ? q : nil
    }

    /// True when a figure of `f`'s kind other than `f` lies nearer to `hit` than `d` (measured as the
    /// classifier does: from the hit's start back to a figure's end, or from a figure's start back to
    /// the hit's end). Needs ordered figures and `byKind`.
    func sameKindNearer(_ hit: MetricClassifier.Hit, _ f: Figure, index: Int, than d: Int, _ figures: [Figure]) -> Bool {
        let list = byKind[MetricClassifier.SentenceCues.slot(f.kind)]
        // Figures ending before the hit starts come first: the nearest of them is the last one.
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if figures[list[mid]].last < hit.first { lo = mid + 1 } else { hi = mid }
        }
        var x = lo - 1
        if x >= 0, list[x] == index { x -= 1 }
        if x >= 0, hit.first - figures[list[x]].last < d { return true }
        var y = lo
        if y < list.count, list[y] == index { y += 1 }
        if y < list.count, figures[list[y]].first - hit.last < d { return true }
        return false
    }

    static func slot(_ kind: FigureKind) -> Int {
        switch kind {
        case .money: 0
        case .percent: 1
        case .duration: 2
        case .date: 3
        case .count: 4
        case .multiple: 5
        case .quantity: 6
        }
    }

    /// Fills `governedCount`, `ordered` and `byKind` from `governing` and the figures.
    mutating func index(_ figures: [Figure]) {
        governedCount.removeAll(keepingCapacity: true)
        governedCount.append(contentsOf: repeatElement(0, count: hits.count))
        for g in governing where g >= 0 { governedCount[g] += 1 }
        ordered = Self.isOrdered(figures)
        if byKind.count != 7 { byKind = Array(repeating: [], count: 7) }
        for k in byKind.indices { byKind[k].removeAll(keepingCapacity: true) }
        guard ordered else { return }
        for (i, f) in figures.enumerated() { byKind[Self.slot(f.kind)].append(i) }
    }
}
