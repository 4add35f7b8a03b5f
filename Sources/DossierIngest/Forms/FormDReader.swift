public import DossierModel

/// Reads Form D (notice of an exempt offering of securities, the
/// `<edgarSubmission>` with `<offeringData>`): issuer, related persons and
/// offering terms as text; the offering amounts as facts.
///
/// Facts use the `formd:` prefix: `formd:TotalOfferingAmount`,
/// `formd:TotalAmountSold`, `formd:TotalRemaining` (USD), plus the minimum
/// investment, commissions, finders' fees, proceeds used and investor counts.
/// An "Indefinite" amount is stated in the text and has no fact. The period is
/// the signature date, the day the issuer stated these amounts.
public enum FormDReader {
    public static func read(_ root: Element) throws(IngestError) -> ParsedDocument {
        guard let offering = root.childNamed("offeringData") else { throw .unsupported("edgarSubmission without offeringData") }
        let issuer = root.childNamed("primaryIssuer")
        let company = issuer?.textAt("entityName")
        let cik = issuer?.textAt("cik")
        let form = root.textAt("submissionType") ?? "D"
        let signatureDate = offering.childNamed("signatureBlock")?.descendantNamed("signatureDate")?.foldedText
            .flatMap { PublishedDate.day($0) }
        let firstSale = offering.textAt("typeOfFiling", "dateOfFirstSale", "value").flatMap { PublishedDate.day($0) }

        var metadata: [String: String] = ["form_type": form]
        if let company { metadata["company"] = company }
        if let cik { metadata["cik"] = cik }
        if let signatureDate { metadata["signature_date"] = signatureDate }
        if let firstSale { metadata["date_of_first_sale"] = firstSale }

        var builder = TextBuilder()
        builder.paragraph("Form \(form): notice of exempt offering of securities")
        var issuerLine = "Issuer: " + (company ?? "unknown") + (cik.map { ", CIK \($0)" } ?? "")
        if let type = issuer?.textAt("entityType") { issuerLine += "; \(type)" }
        if let jurisdiction = issuer?.textAt("jurisdictionOfInc") { issuerLine += ", incorporated in \(jurisdiction)" }
        if let year = issuer?.textAt("yearOfInc", "value") { issuerLine += " (\(year))" }
        builder.paragraph(issuerLine)
        if let address = issuer?.childNamed("issuerAddress") {
            let parts = ["street1", "street2", "city", "stateOrCountryDescription", "zipCode"].compactMap { address.textAt($0) }
            if !parts.isEmpty { builder.paragraph("Address: " + parts.joined(separator: ", ")) }
        }
        for person in root.childNamed("relatedPersonsList")?.childrenNamed("relatedPersonInfo") ?? [] {
            let nameParts = ["firstName", "middleName", "lastName"].compactMap { person.textAt("relatedPersonName", $0) }
            let roles = (person.childNamed("relatedPersonRelationshipList")?.childrenNamed("relationship") ?? []).compactMap(\.foldedText)
            guard !nameParts.isEmpty else { continue }
            var line = "Related person: " + nameParts.joined(separator: " ") + (roles.isEmpty ? "" : " (" + roles.joined(separator: ", ") + ")")
            // The title the filer wrote ("Chief Executive Officer", "Managing Member of the General Partner").
            if let title = person.textAt("relationshipClarification") { line += ", " + title }
            if let address = person.childNamed("relatedPersonAddress") {
                let parts = ["street1", "street2", "city", "stateOrCountryDescription", "zipCode"].compactMap { address.textAt($0) }
                if !parts.isEmpty { line += "; " + parts.joined(separator: ", ") }
            }
            builder.paragraph(line)
        }
        if let industry = offering.textAt("industryGroup", "industryGroupType") {
            builder.paragraph("Industry group: " + industry)
            metadata["industry"] = industry
        }
        if let size = offering.textAt("issuerSize", "revenueRange") ?? offering.textAt("issuerSize", "aggregateNetAssetValueRange") {
            builder.paragraph("Issuer size: " + size)
        }
        let exemptions = (offering.childNamed("federalExemptionsExclusions")?.childrenNamed("item") ?? []).compactMap(\.foldedText)
        if !exemptions.isEmpty { builder.paragraph("Exemptions claimed: " + exemptions.joined(separator: ", ")) }
        if let firstSale { builder.paragraph("Date of first sale: " + firstSale) }
        if let amendment = offering.textAt("typeOfFiling", "newOrAmendment", "isAmendment") {
            builder.paragraph("Amendment: " + (amendment == "true" ? "yes" : "no"))
        }
        let securities = offering.childNamed("typesOfSecuritiesOffered")?.elements
            .filter { $0.foldedText == "true" }.map { label($0.name) } ?? []
        if !securities.isEmpty { builder.paragraph("Securities offered: " + securities.joined(separator: ", ")) }

        var facts: [Fact] = []
        let period = signatureDate ?? firstSale
        func amount(_ label: String, _ concept: String, _ raw: String?, unit: String = "USD") {
            guard let raw else { return }
            if let value = Double(raw.filter { $0 != "," && $0 != "$" && $0 != " " }), value.isFinite {
                builder.paragraph(label + ": " + (unit == "USD" ? "$" : "") + FactText.format(value))
                facts.append(Fact(concept: "formd:" + concept, value: value, unit: unit, period: period, entity: cik))
            } else {
                builder.paragraph(label + ": " + raw)
            }
        }
        let sales = offering.childNamed("offeringSalesAmounts")
        amount("Minimum investment accepted", "MinimumInvestmentAccepted", offering.textAt("minimumInvestmentAccepted"))
        amount("Total offering amount", "TotalOfferingAmount", sales?.textAt("totalOfferingAmount"))
        amount("Total amount sold", "TotalAmountSold", sales?.textAt("totalAmountSold"))
        amount("Total remaining to be sold", "TotalRemaining", sales?.textAt("totalRemaining"))
        if let note = sales?.textAt("clarificationOfResponse") { builder.paragraph("Clarification: " + note) }
        let investors = offering.childNamed("investors")
        amount("Investors who have already invested", "TotalNumberAlreadyInvested", investors?.textAt("totalNumberAlreadyInvested"), unit: "investors")
        amount("Non-accredited investors", "NumberNonAccreditedInvestors", investors?.textAt("numberNonAccreditedInvestors"), unit: "investors")
        let fees = offering.childNamed("salesCommissionsFindersFees")
        amount("Sales commissions", "SalesCommissions", fees?.textAt("salesCommissions", "dollarAmount"))
        amount("Finders' fees", "FindersFees", fees?.textAt("findersFees", "dollarAmount"))
        amount("Gross proceeds used for payments to related persons", "GrossProceedsUsed",
               offering.textAt("useOfProceeds", "grossProceedsUsed", "dollarAmount"))
        for signature in offering.childNamed("signatureBlock")?.childrenNamed("signature") ?? [] {
            let parts = ["nameOfSigner", "signatureTitle", "signatureDate"].compactMap { signature.textAt($0) }
            if !parts.isEmpty { builder.paragraph("Signed: " + parts.joined(separator: ", ")) }
        }
        return ParsedDocument(
            kind: .filing, format: "form-d", title: "Form \(form): " + (company ?? "exempt offering"),
            text: builder.text, metadata: metadata, facts: facts
        )
    }

    /// `isEquityType` → `equity`, `isPooledInvestmentFundType` → `pooled investment fund`.
    static func label(_ name: String) -> String {
        var core = Substring(name)
        if core.hasPrefix("is") { core = core.dropFirst(2) }
        if core.hasSuffix("Type") { core = core.dropLast(4) }
        var out = ""
        for ch in core {
            if ch.isUppercase, !out.isEmpty { out.append(" ") }
            out.append(Character(ch.lowercased()))
        }
        return out
    }
}
