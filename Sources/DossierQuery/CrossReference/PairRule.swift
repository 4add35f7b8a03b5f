/// The rules that decide how two claims stating one quantity relate. Order
/// matters: a reason not to compare is checked before values are compared,
/// and a conflict is the last thing left, never a default.
enum PairRule {
    static func relation(_ a: EvidenceEntry, _ b: EvidenceEntry, behaviour: MetricBehaviour) -> Relation {
        // Two figures from one text (one document, a syndicated copy, one
        // filing's files) are one source's account, never independent agreement or contradiction.
        if a.stored.document == b.stored.document || a.copyRoot == b.copyRoot {
            return .notCompared
        }
        if a.dimension != b.dimension { return .sideBySide(.differentUnits) }
        guard let ia = a.interval, let ib = b.interval else { return .notCompared }

        // Two estimates are compared only when one named person or firm made both (and then a
        // difference is a revision, below); "analysts expect" beside "Whitfield expects" is two views.
        if a.isEstimate, b.isEstimate, a.estimator == nil || a.estimator != b.estimator {
            return ia.agrees(with: ib) ? .agree : .sideBySide(.differentAnalysts)
        }
        if a.isEstimate != b.isEstimate {
            // An estimate beside a reported figure is a forecast and its outcome, not two accounts.
            return .sideBySide(.estimateAndFiling)
        }
        switch (a.period, b.period) {
        case let (pa?, pb?) where !Period.overlap(pa, pb) || (behaviour == .flow && pa != pb):
            // A flow over a year and over one of its quarters are two quantities, however they overlap.
            return .sideBySide(.differentPeriods)
        case (nil, _), (_, nil):
            // "Revenue of $412.6 million" without a quarter meets the filing's
            // Q3 fact when the values match (its period is then inferred);
            // a different undated flow figure may be for any period.
            if behaviour == .flow, !ia.agrees(with: ib) { return .sideBySide(.periodNotStated) }
        default:
            break
        }
        let sameSource = a.source == b.source
        if ia.agrees(with: ib) {
            // One publisher repeating itself is not two sources agreeing.
            return sameSource ? .notCompared : .agree
        }
        // A publisher or filer stating a new figure updates its own account.
        if sameSource { return .update }
        // An analyst revising her own estimate is a change, whatever the metric.
        if a.isEstimate, b.isEstimate, a.estimator != nil, a.estimator == b.estimator, differentMoments(a, b) {
            return .changed
        }
        // Grouped on a coarse metric ("cost"): the figures may be different line items.
        if !a.measureIsPrecise || !b.measureIsPrecise { return .sideBySide(.measureNotStated) }
        // "Cut from $20 billion to $5 billion": which figure its sentence's time belongs to is not known.
        if a.periodDoubted || b.periodDoubted {
            return behaviour.movesOverTime ? .changed : .sideBySide(.periodNotStated)
        }
        if behaviour.movesOverTime, differentMoments(a, b) { return .changed }
        // A level with no stated period speaks for the moment it was published: two reports an hour
        // apart of a rising count are a timeline, not a contradiction.
        if behaviour == .level, a.period == nil || b.period == nil, differentInstants(a, b) { return .changed }
        return .conflict
    }

    static func differentInstants(_ a: EvidenceEntry, _ b: EvidenceEntry) -> Bool {
        guard let x = PublicationInstant.seconds(a.stored.source.published),
              let y = PublicationInstant.seconds(b.stored.source.published) else { return true }
        return x != y
    }

    /// True unless both figures are known to speak for the same moment (the
    /// same day, or the same stated period). An unknown moment cannot establish
    /// "at the same time", and neither can a coarse one: "in 2024" against a
    /// report of 18 November 2024 may be months apart.
    static func differentMoments(_ a: EvidenceEntry, _ b: EvidenceEntry) -> Bool {
        guard let ma = a.moment, let mb = b.moment else { return true }
        return ma != mb
    }
}
