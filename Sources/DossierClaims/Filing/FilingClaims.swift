public import DossierModel

/// Turns structured facts from filings (XBRL, inline XBRL, Form D/4/13F
/// amounts) into claims with origin `.filing`, so that figures quoted in
/// prose can be checked against what the filer stated.
///
/// Concepts map to metrics by name (`Revenues`,
/// `RevenueFromContractWithCustomer…` → revenue; `NetIncomeLoss` → profit or
/// loss by sign, the value kept positive as prose states a loss; `CostOf…`,
/// `…Expense` → cost; …). Units: ISO currency → money; `shares` → count of
/// `share`; `pure` → percent (× 100); `USD/shares` → money per share.
/// The period end is the claim's `date`.
public enum FilingClaims {
    /// Claims for `facts`. `entityName` becomes the subject; when the
    /// filing's `text` is given, a fact whose value is written in it
    /// (`94,930`, `94.9 billion`) gets that span and sentence. Facts with
    /// dimensions (segment breakdowns) are left out unless asked for.
    public static func claims(from facts: [Fact], entityName: String? = nil, text: String? = nil,
                              includeDimensioned: Bool = false) -> [Claim] {
        let locator = text.map { FactLocator($0) }
        let concepts = Set(facts.map { localName($0.concept) })
        var out: [Claim] = []
        for fact in facts where includeDimensioned || !fact.hasDimensions {
            guard fact.value.isFinite, let shape = shape(of: fact) else { continue }
            var claim = Claim(kind: shape.kind, text: shape.text, start: 0, end: 0, value: shape.value,
                              currency: shape.currency, unit: shape.unit, date: periodEnd(fact.period),
                              metric: metric(for: fact)?.rawValue, subject: entityName,
                              measure: ConceptMeasure.measure(for: fact, concepts: concepts), period: fact.period,
                              per: shape.per,
                              sentence: "\(fact.concept) = \(shape.text)\(fact.period.map { " (\($0))" } ?? "")",
                              origin: .filing)
            if let locator, let found = locator.locate(fact) {
                claim.text = found.text
                claim.start = found.start
                claim.end = found.end
                claim.sentence = found.sentence
            }
            out.append(claim)
        }
        return out
    }

    struct Shape { var kind: FigureKind; var value: Double; var currency: String?; var unit: String?; var text: String; var per: String? = nil }

    static func shape(of fact: Fact) -> Shape? {
        let unit = fact.unit ?? ""
        let lower = unit.lowercased()
        let local = localName(fact.concept)
        let isLossConcept = local.contains("IncomeLoss") || local.contains("ProfitLoss") || local == "NetIncomeLoss"
        let value = isLossConcept ? abs(fact.value) : fact.value
        if lower == "pure" || lower == "percent" || lower.hasSuffix("/pure") {
            let v = lower == "percent" ? fact.value : fact.value * 100
            return Shape(kind: .percent, value: v, currency: nil, unit: nil, text: "\(format(v))%")
        }
        if lower == "shares" || lower == "share" {
            return Shape(kind: .count, value: value, currency: nil, unit: "share", text: "\(format(value)) shares")
        }
        let parts = unit.split(separator: "/").map(String.init)
        if let code = parts.first, isCurrencyCode(code) {
            if parts.count == 2 {
                let denominator = parts[1].lowercased().hasSuffix("s") ? String(parts[1].lowercased().dropLast()) : parts[1].lowercased()
                return Shape(kind: .money, value: value, currency: code, unit: "per \(denominator)",
                             text: "\(code) \(format(value)) per \(parts[1])", per: denominator)
            }
            return Shape(kind: .money, value: value, currency: code, unit: nil, text: "\(code) \(format(value))")
        }
        if local.contains("NumberOfEmployees") {
            return Shape(kind: .count, value: value, currency: nil, unit: "employee", text: "\(format(value)) employees")
        }
        guard !unit.isEmpty else { return nil }
        return Shape(kind: .count, value: value, currency: nil, unit: lower, text: "\(format(value)) \(unit)")
    }

    static func isCurrencyCode(_ s: String) -> Bool {
        s.utf8.count == 3 && s.utf8.allSatisfy { $0 >= 65 && $0 <= 90 } && s != "PCT"
    }

    static func localName(_ concept: String) -> String {
        if let colon = concept.lastIndex(of: ":") { return String(concept[concept.index(after: colon)...]) }
        return concept
    }

    /// The metric a concept reports, by its local name.
    static func metric(for fact: Fact) -> Metric? {
        let n = localName(fact.concept)
        func has(_ s: String) -> Bool { n.contains(s) }
        if has("NumberOfEmployees") { return .employees }
        if has("PerShare") && (has("Earnings") || has("IncomeLoss")) { return fact.value < 0 ? .loss : .profit }
        if has("PricePerShare") || has("SharePrice") || has("OfferingPrice") { return .price }
        if has("SharesOutstanding") || has("SharesIssued") || (fact.unit?.lowercased() == "shares") { return .shares }
        if has("PublicFloat") || has("MarketCapitalization") { return .valuation }
        if has("Revenue") || has("SalesRevenue") || n == "Revenues" { return .revenue }
        if has("IncomeLoss") || has("ProfitLoss") || has("GrossProfit") || has("NetIncome") || has("OperatingIncome") {
            return fact.value < 0 ? .loss : .profit
        }
        if has("Compensation") || has("Salary") || has("Bonus") { return .compensation }
        if has("OfferingAmount") || has("AmountSold") || has("ProceedsFromIssuance") { return .funding }
        if has("PaymentsToAcquire") || has("CapitalExpenditure") || has("Investment") { return .investment }
        if has("Debt") || has("Borrowing") || has("NotesPayable") || has("LoansPayable") { return .debt }
        if has("IncomeTax") || has("Tax") { return .tax }
        if has("Cost") || has("Expense") { return .cost }
        if has("LitigationSettlement") || has("LossContingency") || has("Penalt") { return .fine }
        return nil
    }

    /// The end of a period: the instant itself, or the second half of `start/end`.
    static func periodEnd(_ period: String?) -> String? {
        guard let p = period else { return nil }
        if let slash = p.lastIndex(of: "/") { return String(p[p.index(after: slash)...]) }
        return p
    }

    /// A value without a trailing `.0` and without exponent notation.
    static func format(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e18 { return String(Int64(v)) }
        return "\(v)"
    }
}
