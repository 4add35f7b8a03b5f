/// An EDGAR full-submission `.txt`: an SGML header with the filer's name,
/// CIK and form type, and one HTML document with item headings, prose and a
/// small financial table.
struct FilingDocument {
    let prose: ProseWriter

    func make(index: Int, random: inout SeededRandom) -> GeneratedDocument {
        let company = random.pick(prose.organisations)
        let form = random.pick(["10-Q", "10-K", "8-K"])
        let cik = String(format3: 0) + String(9_000_000 + index)
        let year = random.int(2015...2025)
        let filed = "\(year)\(two(random.int(1...12)))\(two(random.int(1...28)))"
        let accession = "\(cik)-\(year % 100)-\(String(format3: index % 1000))"
        var t = "<SEC-DOCUMENT>\(accession).txt : \(filed)\n<SEC-HEADER>\(accession).hdr.sgml : \(filed)\n"
        t += "ACCESSION NUMBER:\t\t\(accession)\nCONFORMED SUBMISSION TYPE:\t\(form)\nPUBLIC DOCUMENT COUNT:\t\t1\n"
        t += "FILED AS OF DATE:\t\t\(filed)\n\nFILER:\n\n\tCOMPANY DATA:\t\n\t\tCOMPANY CONFORMED NAME:\t\t\t\(company.uppercased())\n"
        t += "\t\tCENTRAL INDEX KEY:\t\t\t\(cik)\n\t\tSTATE OF INCORPORATION:\t\t\tDE\n\n\tFILING VALUES:\n\t\tFORM TYPE:\t\t\(form)\n"
        t += "</SEC-HEADER>\n<DOCUMENT>\n<TYPE>\(form)\n<SEQUENCE>1\n<FILENAME>filing-\(index).htm\n<DESCRIPTION>\(form)\n<TEXT>\n"
        t += "<html><head><title>\(company.escapedForMarkup) \(form)</title></head><body style=\"font-family:Times New Roman\">\n"
        t += "<p style=\"text-align:center\"><b>UNITED STATES<br>SECURITIES AND EXCHANGE COMMISSION</b></p>\n"
        t += "<p style=\"text-align:center\"><b>FORM \(form)</b></p>\n"
        var paragraphs: [String] = []
        for item in 1...random.int(3...7) {
            let heading = "Item \(item). " + prose.capitalised((0..<random.int(2...5)).map { _ in prose.vocabulary.contentWord(&random) }.joined(separator: " "))
            t += "<p><b>\(heading.escapedForMarkup)</b></p>\n"
            paragraphs.append(heading)
            for _ in 0..<random.int(1...3) {
                let paragraph = prose.paragraph(&random, sentences: random.int(3...7))
                t += "<p style=\"text-indent:2em\">\(paragraph.escapedForMarkup)</p>\n"
                paragraphs.append(paragraph)
            }
        }
        t += "<table><tr><td>(in millions)</td><td>\(year)</td><td>\(year - 1)</td></tr>\n"
        var rows = ["(in millions) | \(year) | \(year - 1)"]
        for label in ["Revenue", "Cost of revenue", "Operating income", "Net income"] {
            let a = "\(random.int(10...9000)).\(random.int(0...9))"
            let b = "\(random.int(10...9000)).\(random.int(0...9))"
            t += "<tr><td>\(label)</td><td>$\(a)</td><td>$\(b)</td></tr>\n"
            rows.append("\(label) | $\(a) | $\(b)")
        }
        t += "</table>\n</body></html>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n"
        paragraphs.append(rows.joined(separator: "\n"))
        return GeneratedDocument(
            relativePath: "filings/\(index / 1000)/\(accession).txt",
            contents: t,
            plains: [.init(title: "\(company) \(form)", text: paragraphs.joined(separator: "\n\n"))]
        )
    }
}
