public import DossierModel

/// Reads a Form 13F information table (`<informationTable>`): one line per
/// holding and two facts per holding, its market value (`thirteenf:Value`,
/// USD) and its size (`thirteenf:SharesOrPrincipalAmount`, shares or USD of
/// principal), with the issuer, class and CUSIP as dimensions.
///
/// Until the end of 2022 filers reported values in thousands of dollars. The
/// table itself does not say which, so a caller that knows the filing date
/// passes it and values from older filings are multiplied by 1,000.
public enum InformationTableReader {
    /// - Parameter filingDate: `YYYY-MM-DD` when known (from the submission).
    public static func read(_ root: Element, filingDate: String? = nil, period: String? = nil) throws(IngestError) -> ParsedDocument {
        let inThousands = filingDate.map { $0 < "2023-01-03" } ?? false
        var builder = TextBuilder()
        builder.paragraph("Form 13F information table" + (inThousands ? " (values reported in thousands of dollars)" : ""))
        var facts: [Fact] = []
        var total = 0.0
        for (index, row) in root.childrenNamed("infoTable").enumerated() {
            let issuer = row.textAt("nameOfIssuer") ?? "issuer"
            let title = row.textAt("titleOfClass")
            let cusip = row.textAt("cusip")
            let reported = number(row.textAt("value"))
            let value = reported.map { inThousands ? $0 * 1000 : $0 }
            let amount = number(row.textAt("shrsOrPrnAmt", "sshPrnamt"))
            let amountType = row.textAt("shrsOrPrnAmt", "sshPrnamtType") ?? "SH"
            let putCall = row.textAt("putCall")
            let discretion = row.textAt("investmentDiscretion")

            var cells = [issuer]
            if let title { cells.append(title) }
            if let cusip { cells.append("CUSIP " + cusip) }
            if let value { cells.append("$" + FactText.format(value)) }
            if let amount { cells.append(FactText.format(amount) + (amountType == "PRN" ? " principal" : " shares")) }
            if let putCall { cells.append(putCall) }
            if let discretion { cells.append("discretion " + discretion) }
            let voting = row.childNamed("votingAuthority")
            if let voting {
                let parts = ["Sole", "Shared", "None"].compactMap { key in voting.textAt(key).map { "\(key.lowercased()) \($0)" } }
                if !parts.isEmpty { cells.append("voting " + parts.joined(separator: ", ")) }
            }
            builder.append(cells.joined(separator: " | "))
            builder.lineBreak()

            var dimensions = ["thirteenf:Issuer=" + issuer]
            if let title { dimensions.append("thirteenf:TitleOfClass=" + title) }
            if let cusip { dimensions.append("thirteenf:Cusip=" + cusip) }
            if let putCall { dimensions.append("thirteenf:PutCall=" + putCall) }
            let context = "infoTable-\(index + 1)"
            if let value {
                total += value
                facts.append(Fact(concept: "thirteenf:Value", value: value, unit: "USD", period: period, hasDimensions: true,
                                  dimensions: dimensions, context: context))
            }
            if let amount {
                facts.append(Fact(concept: "thirteenf:SharesOrPrincipalAmount", value: amount, unit: amountType == "PRN" ? "USD" : "shares",
                                  period: period, hasDimensions: true, dimensions: dimensions, context: context))
            }
        }
        guard !facts.isEmpty else { throw .empty }
        builder.paragraph("Total value: $" + FactText.format(total))
        var metadata = ["form_type": "13F-HR", "holdings": String(facts.filter { $0.concept == "thirteenf:Value" }.count)]
        if let period { metadata["period"] = period }
        return ParsedDocument(kind: .filing, format: "form-13f", title: "Form 13F information table", text: builder.text,
                              metadata: metadata, facts: facts)
    }

    static func number(_ text: String?) -> Double? {
        guard let text else { return nil }
        // "NaN" and "inf" parse as Doubles; no form means them.
        return Double(text.filter { $0 != "," && $0 != "$" && $0 != " " }).flatMap { $0.isFinite ? $0 : nil }
    }
}
