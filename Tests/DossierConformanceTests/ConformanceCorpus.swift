/// A small corpus written for the conformance suite: three outlets and a plain-text report on
/// one made-up robotics company, with dates, publishers and figures to filter and group on.
enum ConformanceCorpus {
    static func page(title: String, site: String, published: String, paragraphs: [String]) -> String {
        """
        <!doctype html><html><head><title>\(title)</title>
        <meta property="og:site_name" content="\(site)">
        <meta property="article:published_time" content="\(published)">
        </head><body><article><h1>\(title)</h1>
        \(paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        </article></body></html>
        """
    }

    static let harbor = page(
        title: "Acme raises funds", site: "Harbor Ledger", published: "2025-03-04T09:00:00Z",
        paragraphs: [
            "Acme Robotics raised $40 million in new funding, the company said on Tuesday. The round values Acme Robotics at $400 million.",
            "The startup employs 120 people and plans to hire more engineers in Lisbon over the next two years.",
        ])

    static let coastline = page(
        title: "Warehouse robots draw regulators", site: "Coastline Times", published: "2025-06-10T07:30:00Z",
        paragraphs: [
            "Acme Robotics, which raised $45 million this spring, faces new export controls on its warehouse arms.",
            "Regulators said the controls would apply from September; the company expects revenue to grow 30% this year.",
        ])

    static let report = """
        Quarterly widget report

        Widget revenue rose 12% to $3.1 billion in 2024, the trade association said. Shipments of warehouse
        widgets reached 9,400 units, and prices held steady.
        """

    /// Path → content, as the suite writes them.
    static let files: [String: String] = [
        "harbor/acme-raises.html": harbor,
        "coastline/robots-regulators.html": coastline,
        "reports/widgets.txt": report,
    ]
}
