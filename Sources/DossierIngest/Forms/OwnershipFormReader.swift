public import DossierModel

/// Reads SEC ownership forms in XML (Forms 3, 4 and 5, `<ownershipDocument>`):
/// issuer, reporting owners and every transaction and holding as readable
/// lines, with shares, prices and holdings after each transaction as facts.
///
/// Fact concepts use the `ownership:` prefix (these forms have no XBRL
/// taxonomy); each fact's dimensions say which security, transaction code and
/// reporting owner it belongs to, so `hasDimensions` is true: a Form 4 amount
/// is never a company-wide total.
public enum OwnershipFormReader {
    public static func read(_ root: Element) throws(IngestError) -> ParsedDocument {
        let form = root.textAt("documentType") ?? "4"
        let period = root.textAt("periodOfReport").map { PublishedDate.day($0) ?? $0 }
        let issuer = root.childNamed("issuer")
        let issuerName = issuer?.textAt("issuerName")
        let issuerCIK = issuer?.textAt("issuerCik")
        let ticker = issuer?.textAt("issuerTradingSymbol")

        var metadata: [String: String] = ["form_type": form]
        if let period { metadata["period"] = period }
        if let issuerName { metadata["company"] = issuerName }
        if let issuerCIK { metadata["cik"] = issuerCIK }
        if let ticker { metadata["ticker"] = ticker }

        var builder = TextBuilder()
        builder.paragraph("Form \(form)" + (period.map { ", period of report \($0)" } ?? ""))
        var issuerLine = "Issuer: " + (issuerName ?? "unknown")
        if let ticker { issuerLine += " (\(ticker))" }
        if let issuerCIK { issuerLine += ", CIK \(issuerCIK)" }
        builder.paragraph(issuerLine)

        var ownerNames: [String] = []
        var ownerCIKs: [String] = []
        for owner in root.childrenNamed("reportingOwner") {
            let name = owner.textAt("reportingOwnerId", "rptOwnerName") ?? "unknown"
            let cik = owner.textAt("reportingOwnerId", "rptOwnerCik")
            ownerNames.append(name)
            if let cik { ownerCIKs.append(cik) }
            var line = "Reporting owner: " + name + (cik.map { ", CIK \($0)" } ?? "")
            let roles = relationship(owner.childNamed("reportingOwnerRelationship"))
            if !roles.isEmpty { line += "; " + roles.joined(separator: ", ") }
            builder.paragraph(line)
        }
        if !ownerNames.isEmpty { metadata["reporting_owner"] = ownerNames.joined(separator: "; ") }
        if !ownerCIKs.isEmpty { metadata["reporting_owner_cik"] = ownerCIKs.joined(separator: "; ") }

        var facts: [Fact] = []
        let owner = ownerCIKs.first ?? ownerNames.first
        let rows = FormRows(entity: issuerCIK, owner: owner, period: period)
        if let table = root.childNamed("nonDerivativeTable") {
            for (i, t) in table.childrenNamed("nonDerivativeTransaction").enumerated() {
                rows.transaction(t, derivative: false, index: i + 1, builder: &builder, facts: &facts)
            }
            for (i, h) in table.childrenNamed("nonDerivativeHolding").enumerated() {
                rows.holding(h, derivative: false, index: i + 1, builder: &builder, facts: &facts)
            }
        }
        if let table = root.childNamed("derivativeTable") {
            for (i, t) in table.childrenNamed("derivativeTransaction").enumerated() {
                rows.transaction(t, derivative: true, index: i + 1, builder: &builder, facts: &facts)
            }
            for (i, h) in table.childrenNamed("derivativeHolding").enumerated() {
                rows.holding(h, derivative: true, index: i + 1, builder: &builder, facts: &facts)
            }
        }
        for footnote in root.childNamed("footnotes")?.childrenNamed("footnote") ?? [] {
            if let text = footnote.foldedText { builder.paragraph("(\(footnote.attributeNamed("id") ?? "")) " + text) }
        }
        if let remarks = root.textAt("remarks") { builder.paragraph("Remarks: " + remarks) }
        for signature in root.childrenNamed("ownerSignature") {
            if let name = signature.textAt("signatureName") {
                builder.paragraph("Signed: " + name + (signature.textAt("signatureDate").map { ", \($0)" } ?? ""))
            }
            if metadata["signature_date"] == nil, let date = PublishedDate.day(signature.textAt("signatureDate")) {
                metadata["signature_date"] = date
            }
        }
        let title = "Form \(form): " + (ownerNames.first ?? "reporting owner") + " — " + (issuerName ?? "issuer")
        return ParsedDocument(
            kind: .filing, format: "form-\(form.lowercased())", title: title, text: builder.text, metadata: metadata, facts: facts
        )
    }

    /// "Director, Officer (Chief Executive Officer), 10% owner".
    static func relationship(_ element: Element?) -> [String] {
        guard let element else { return [] }
        func yes(_ name: String) -> Bool {
            let v = element.textAt(name)?.lowercased()
            return v == "1" || v == "true"
        }
        var roles: [String] = []
        if yes("isDirector") { roles.append("Director") }
        if yes("isOfficer") { roles.append("Officer" + (element.textAt("officerTitle").map { " (\($0))" } ?? "")) }
        if yes("isTenPercentOwner") { roles.append("10% owner") }
        if yes("isOther") { roles.append("Other" + (element.textAt("otherText").map { " (\($0))" } ?? "")) }
        return roles
    }
}

/// Turns the rows of the ownership tables into lines and facts.
struct FormRows {
    let entity: String?
    let owner: String?
    let period: String?

    /// Codes of Form 4's transaction table, for readable lines.
    static let codes: [String: String] = [
        "P": "open market purchase", "S": "open market sale", "A": "grant or award", "D": "disposition to the issuer",
        "F": "tax withholding", "M": "option exercise", "C": "conversion", "G": "gift", "X": "exercise of derivative",
        "J": "other", "W": "will or inheritance", "I": "discretionary", "V": "voluntary report",
    ]

    func transaction(_ t: Element, derivative: Bool, index: Int, builder: inout TextBuilder, facts: inout [Fact]) {
        let security = t.textAt("securityTitle", "value") ?? t.textAt("securityTitle") ?? "security"
        let date = t.textAt("transactionDate", "value").map { PublishedDate.day($0) ?? $0 } ?? period
        let code = t.textAt("transactionCoding", "transactionCode")
        let amounts = t.childNamed("transactionAmounts")
        let shares = number(amounts?.textAt("transactionShares", "value"))
        let price = number(amounts?.textAt("transactionPricePerShare", "value"))
        let acquired = amounts?.textAt("transactionAcquiredDisposedCode", "value")
        let after = number(t.textAt("postTransactionAmounts", "sharesOwnedFollowingTransaction", "value"))
        let ownership = t.textAt("ownershipNature", "directOrIndirectOwnership", "value")
        let exercise = number(t.textAt("conversionOrExercisePrice", "value"))
        let underlyingTitle = t.textAt("underlyingSecurity", "underlyingSecurityTitle", "value")
        let underlyingShares = number(t.textAt("underlyingSecurity", "underlyingSecurityShares", "value"))

        var cells: [String] = [date ?? "", security]
        if let code { cells.append(code + (Self.codes[code].map { " (\($0))" } ?? "")) }
        if let acquired { cells.append(acquired == "A" ? "acquired" : acquired == "D" ? "disposed" : acquired) }
        if let shares { cells.append(FactText.format(shares) + " shares") }
        if let price { cells.append("$" + FactText.format(price) + " per share") }
        if let exercise { cells.append("exercise price $" + FactText.format(exercise)) }
        if let underlyingTitle {
            cells.append("underlying " + underlyingTitle + (underlyingShares.map { " " + FactText.format($0) } ?? ""))
        }
        if let after { cells.append(FactText.format(after) + " owned after") }
        if let ownership { cells.append(ownership == "D" ? "direct" : ownership == "I" ? "indirect" : ownership) }
        builder.paragraph((derivative ? "Derivative transaction: " : "Transaction: ") + cells.filter { !$0.isEmpty }.joined(separator: " | "))

        var dimensions = ["ownership:Security=" + security]
        if let code { dimensions.append("ownership:TransactionCode=" + code) }
        if let acquired { dimensions.append("ownership:AcquiredDisposed=" + acquired) }
        if let owner { dimensions.append("ownership:ReportingOwner=" + owner) }
        let context = (derivative ? "derivativeTransaction-" : "nonDerivativeTransaction-") + String(index)
        let stem = derivative ? "ownership:Derivative" : "ownership:"
        func add(_ name: String, _ value: Double?, _ unit: String) {
            guard let value else { return }
            facts.append(Fact(concept: name, value: value, unit: unit, period: date, entity: entity, hasDimensions: true,
                              dimensions: dimensions, context: context))
        }
        add(stem + "TransactionShares", shares, "shares")
        add(stem + "TransactionPricePerShare", price, "USD/shares")
        add(stem + "SharesOwnedFollowingTransaction", after, "shares")
        add("ownership:ConversionOrExercisePrice", exercise, "USD/shares")
        add("ownership:UnderlyingSecurityShares", underlyingShares, "shares")
    }

    func holding(_ h: Element, derivative: Bool, index: Int, builder: inout TextBuilder, facts: inout [Fact]) {
        let security = h.textAt("securityTitle", "value") ?? "security"
        let owned = number(h.textAt("postTransactionAmounts", "sharesOwnedFollowingTransaction", "value"))
        let ownership = h.textAt("ownershipNature", "directOrIndirectOwnership", "value")
        var cells = [security]
        if let owned { cells.append(FactText.format(owned) + " shares owned") }
        if let ownership { cells.append(ownership == "D" ? "direct" : ownership == "I" ? "indirect" : ownership) }
        builder.paragraph((derivative ? "Derivative holding: " : "Holding: ") + cells.joined(separator: " | "))
        guard let owned else { return }
        var dimensions = ["ownership:Security=" + security]
        if let owner { dimensions.append("ownership:ReportingOwner=" + owner) }
        facts.append(Fact(concept: derivative ? "ownership:DerivativeSharesOwned" : "ownership:SharesOwned", value: owned,
                          unit: "shares", period: period, entity: entity, hasDimensions: true, dimensions: dimensions,
                          context: (derivative ? "derivativeHolding-" : "nonDerivativeHolding-") + String(index)))
    }

    /// Form numbers are plain decimals, sometimes with group commas.
    func number(_ text: String?) -> Double? {
        guard let text else { return nil }
        // "NaN" and "inf" parse as Doubles; no form means them.
        return Double(text.filter { $0 != "," && $0 != "$" && $0 != " " }).flatMap { $0.isFinite ? $0 : nil }
    }
}
