import Foundation
import Testing

/// xref, trace, show, export, alias and claim corrections end to end, on
/// small articles written here.
@Suite struct EvidenceCLITests {
    static func page(title: String, site: String, published: String, paragraphs: [String]) -> String {
        """
        <!doctype html><html lang="en"><head><title>\(title)</title>
        <meta property="og:site_name" content="\(site)">
        <meta property="article:published_time" content="\(published)"></head>
        <body><article><h1>\(title)</h1>
        \(paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        </article></body></html>
        """
    }

    static let first = page(title: "Anthropic valued at $18.4 billion", site: "Northgate Wire", published: "2024-03-12T09:00:00Z", paragraphs: [
        "Anthropic was valued at $18.4 billion in its latest funding round, people familiar with the matter said.",
        "Training a frontier model costs roughly $100 million in compute, analysts said.",
        "The extraction of Corvid-3 took two to four months, according to the complaint.",
    ])
    static let later = page(title: "Anthropic now worth $61.5 billion", site: "Byteline", published: "2025-03-04T12:00:00Z", paragraphs: [
        "Anthropic was valued at $61.5 billion after the round closed.",
        "Training a frontier model costs about $100 million in compute, engineers said.",
    ])
    static let rival = page(title: "Corvid copy took three weeks", site: "The Circuit Register", published: "2025-02-11T08:00:00Z", paragraphs: [
        "The extraction of Corvid-3 took three weeks, according to planning documents.",
        "A reader wrote &lt;script&gt;alert(1)&lt;/script&gt; | &quot;quoted&quot; that the copy cost $5 million.",
    ])

    func archive() throws -> CLIRunner {
        let cli = try CLIRunner()
        try cli.write("docs/first.html", Self.first)
        try cli.write("docs/later.html", Self.later)
        try cli.write("docs/rival.html", Self.rival)
        let result = try cli.run(["import", "docs"])
        #expect(result.status == 0, "\(result.stderr)")
        return cli
    }

    func json(_ result: CLIRunner.Result) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    /// The id of the stored claim whose span is `text`.
    func claimID(_ cli: CLIRunner, text: String) throws -> Int {
        let claims = try #require(try json(try cli.run(["claims", "--format", "json", "--include-rejected"])) as? [[String: Any]])
        return try #require(claims.first { $0["text"] as? String == text }?["id"] as? Int, "no claim \(text)")
    }

    @Test func xrefFiltersByVerdictPagesAndExplainsAGroup() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        let conflicts = try #require(try json(try cli.run(["xref", "--verdict", "conflict", "--format", "json"])) as? [[String: Any]])
        #expect(!conflicts.isEmpty && conflicts.allSatisfy { $0["verdict"] as? String == "conflict" })
        let all = try #require(try json(try cli.run(["xref", "--format", "json"])) as? [[String: Any]])
        let second = try #require(try json(try cli.run(["xref", "--format", "json", "--offset", "1", "--limit", "1"])) as? [[String: Any]])
        #expect(second.map { $0["id"] as? String } == [all[1]["id"] as? String])
        let id = try #require(conflicts.first?["id"] as? String)
        #expect(id.count == 16)
        let explained = try cli.run(["xref", "--explain", String(id.prefix(8))])
        #expect(explained.status == 0, "\(explained.stderr)")
        #expect(explained.stdout.hasPrefix("group \(id): "))
        #expect(explained.stdout.contains("verdict conflict"))
        #expect(explained.stdout.contains("conflicts with claim "))
        let unknown = try cli.run(["xref", "--explain", "ffffffffffffffff"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no cross-reference group has the id ffffffffffffffff"))
        let bad = try cli.run(["xref", "--verdict", "maybe"])
        #expect(bad.status == 2)
    }

    @Test func xrefGroupsSourcesWithVerdictsInEveryFormat() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        let result = try cli.run(["xref", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let groups = try #require(try json(result) as? [[String: Any]])
        let corvid = try #require(groups.first { ($0["subjectKey"] as? String)?.contains("corvid") == true })
        #expect(corvid["verdict"] as? String == "conflict")
        let training = try #require(groups.first { ($0["subject"] as? String)?.lowercased().contains("training") == true })
        #expect(training["verdict"] as? String == "agree")
        #expect(training["independent"] as? Int == 2)
        for group in groups {
            #expect(["agree", "conflict", "changed", "related"].contains(group["verdict"] as? String ?? ""))
            for claim in try #require(group["claims"] as? [[String: Any]]) {
                for key in ["id", "kind", "text", "start", "end", "value", "low", "high", "currency", "unit", "date", "qualifier",
                            "metric", "subject", "attribution", "sentence", "origin", "source"] {
                    #expect(claim.keys.contains(key), "xref claim lacks \(key)")
                }
                let source = try #require(claim["source"] as? [String: Any])
                #expect(source["publisher"] is String && source["published"] is String)
            }
        }
        // Sources within a group come earliest first.
        let dates = (corvid["claims"] as? [[String: Any]])?.compactMap { ($0["source"] as? [String: Any])?["published"] as? String }
        #expect(dates == dates?.sorted())

        let table = try cli.run(["xref"])
        #expect(table.status == 0)
        #expect(table.stdout.contains("CONFLICT"))
        #expect(table.stdout.contains("· conflict: 2–4 months (Northgate Wire"))

        let lines = try cli.run(["xref", "--format", "jsonl"]).stdout.split(separator: "\n")
        #expect(lines.count == groups.count)
        let csv = try cli.run(["xref", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("citation,group_subject,group_metric,verdict,"))

        let filtered = try #require(try json(try cli.run(["xref", "--subject", "extraction of corvid-3", "--format", "json"])) as? [[String: Any]])
        #expect(filtered.count == 1)
        let byText = try #require(try json(try cli.run(["xref", "three weeks", "--format", "json"])) as? [[String: Any]])
        #expect(byText.map { $0["verdict"] as? String } == ["conflict"])
    }

    @Test func correctionsWinAndRejectionsHideButTheMachinesClaimIsKept() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        let old = try claimID(cli, text: "$18.4 billion")
        let corrected = try cli.run(["claims", "correct", String(old), "--metric", "valuation", "--subject", "Anthropic",
                                     "--reason", "a valuation, not a raise", "--format", "json"])
        #expect(corrected.status == 0, "\(corrected.stderr)")
        let shown = try #require(try json(corrected) as? [[String: Any]])
        #expect(shown.first?["metric"] as? String == "valuation")
        #expect((shown.first?["correction"] as? [String: Any])?["reason"] as? String == "a valuation, not a raise")

        let valuation = try #require(try json(try cli.run(["xref", "--metric", "valuation", "--format", "json"])) as? [[String: Any]])
        #expect(valuation.count == 1)
        #expect(valuation.first?["verdict"] as? String == "changed", "$18.4 billion in 2024, then $61.5 billion in 2025")

        let later = try claimID(cli, text: "$61.5 billion")
        let rejected = try cli.run(["claims", "reject", String(later), "--reason", "test", "--by", "Ana Reyes"])
        #expect(rejected.status == 0, "\(rejected.stderr)")
        let after = try #require(try json(try cli.run(["xref", "--metric", "valuation", "--format", "json"])) as? [[String: Any]])
        #expect(after.isEmpty, "one document left: nothing to cross-reference")
        let listed = try #require(try json(try cli.run(["claims", "--format", "json"])) as? [[String: Any]])
        #expect(!listed.contains { $0["id"] as? Int == later })
        let kept = try #require(try json(try cli.run(["claims", "--include-rejected", "--format", "json"])) as? [[String: Any]])
        let machine = try #require(kept.first { $0["id"] as? Int == later })
        #expect(machine["value"] as? Double == 61.5e9)
        #expect((machine["correction"] as? [String: Any])?["action"] as? String == "reject")
        #expect((machine["correction"] as? [String: Any])?["author"] as? String == "Ana Reyes")

        let range = try cli.run(["claims", "correct", String(old), "--value", "18-19B", "--format", "json"])
        let ranged = try #require(try json(range) as? [[String: Any]]).first
        #expect(ranged?["low"] as? Double == 18e9 && ranged?["high"] as? Double == 19e9)

        #expect(try cli.run(["claims", "reject", "999999"]).status == 1)
        #expect(try cli.run(["claims", "correct", String(old)]).status == 2, "nothing to correct is a usage error")
        #expect(try cli.run(["claims", "correct", String(old), "--value", "lots"]).status == 2)
        // The default subcommand still lists claims with a query.
        #expect(try cli.run(["claims", "frontier", "--format", "json"]).status == 0)
    }

    @Test func traceNamesTheEarliestSource() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        let result = try cli.run(["trace", "$100 million", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let trace = try #require(try json(result) as? [String: Any])
        let matches = try #require(trace["matches"] as? [[String: Any]])
        #expect(matches.count == 2)
        #expect((matches.first?["source"] as? [String: Any])?["publisher"] as? String == "Northgate Wire")
        #expect(matches.first?["role"] as? String == "first")
        #expect(matches.last?["role"] as? String == "repeated")
        #expect(trace["first"] as? Int == matches.first?["id"] as? Int)

        let table = try cli.run(["trace", "100M"])
        #expect(table.stdout.hasPrefix("100M: first reported by Northgate Wire on 2024-03-12"))
        let none = try cli.run(["trace", "$7 trillion"])
        #expect(none.status == 0)
        #expect(none.stderr.contains("no claim states"))
        let months = try #require(try json(try cli.run(["trace", "3 months", "--format", "json"])) as? [String: Any])
        #expect((months["ranges"] as? [[String: Any]])?.count == 1, "two to four months contains three months")
        #expect(try cli.run(["trace", "lots"]).status == 2)
    }

    @Test func showPrintsMetadataMarkedTextAndClaims() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        let id = try claimID(cli, text: "$18.4 billion")
        let document = try #require(try json(try cli.run(["claims", "--format", "json"])) as? [[String: Any]])
            .first { $0["id"] as? Int == id }?["source"] as? [String: Any]
        let doc = try #require(document?["document"] as? Int)
        let table = try cli.run(["show", String(doc)])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("Publisher: Northgate Wire"))
        #expect(table.stdout.contains("**$18.4 billion**[\(id)]"))
        #expect(table.stdout.contains("Claims (3)"))

        let shown = try #require(try json(try cli.run(["show", String(doc), "--format", "json"])) as? [String: Any])
        #expect((shown["text"] as? String)?.contains("Training a frontier model") == true)
        #expect(shown["metadata"] is [String: Any])
        #expect((shown["claims"] as? [[String: Any]])?.count == 3)
        #expect(shown["locations"] as? [String] != nil)

        #expect(try cli.run(["show", "docs/first.html"]).stdout.contains("Document \(doc)"))
        #expect(try cli.run(["show", "424242"]).status == 1)
    }

    @Test func exportWritesEveryFormatWithCitationsAndEscaping() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        let environment = ["SOURCE_DATE_EPOCH": "0"]
        for format in ["md", "csv", "json", "html"] {
            let result = try cli.run(["export", "--format", format, "-o", "sheet.\(format)"], environment: environment)
            #expect(result.status == 0, "\(format): \(result.stderr)")
        }
        let claims = try #require(try json(try cli.run(["claims", "--format", "json"])) as? [[String: Any]])

        let md = try String(contentsOfFile: cli.folder.appendingPathComponent("sheet.md").path, encoding: .utf8)
        #expect(md.contains("Generated 1970-01-01T00:00:00Z."))
        for n in 1...claims.count {
            #expect(md.contains("[^\(n)]: "), "footnote \(n) missing")
            #expect(md.contains(" [^\(n)] |"), "footnote \(n) not cited")
        }
        #expect(!md.contains("<script>"))
        #expect(md.contains("\\<script\\>"))
        #expect(md.contains("**Verdict: conflict**"))

        let html = try String(contentsOfFile: cli.folder.appendingPathComponent("sheet.html").path, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("src="), "no external assets")
        #expect(html.contains("id=\"c\(claims.count)\""))

        let csv = try String(contentsOfFile: cli.folder.appendingPathComponent("sheet.csv").path, encoding: .utf8)
        #expect(csv.hasPrefix("citation,group_subject,"))
        #expect(csv.contains("\"\"quoted\"\""))

        let data = try Data(contentsOf: cli.folder.appendingPathComponent("sheet.json"))
        let sheet = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect((sheet["citations"] as? [Any])?.count == claims.count)
        #expect((sheet["groups"] as? [[String: Any]])?.allSatisfy { $0["verdict"] is String } == true)

        let stdout = try cli.run(["export", "--subject", "Anthropic", "--format", "md"], environment: environment)
        #expect(stdout.status == 0)
        #expect(stdout.stdout.hasPrefix("# Fact sheet\n"))
        #expect(stdout.stdout.contains("Scope: subject Anthropic."))
        #expect(try cli.run(["export", "--format", "pdf"]).status == 2)
    }

    @Test func anUnknownMetricOrSubjectNamesTheClosestKnownOnes() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        let metric = try cli.run(["claims", "--metric", "valuaton"])
        #expect(metric.stderr.contains("no claim has the metric 'valuaton'; closest known: valuation"), "\(metric.stderr)")
        let subject = try cli.run(["xref", "--subject", "Anthropik"])
        #expect(subject.stderr.contains("closest known: Anthropic"), "\(subject.stderr)")
        // A known metric with no match says nothing of the kind.
        #expect(!(try cli.run(["claims", "--metric", "valuation", "--min", "1T"])).stderr.contains("closest"))
    }

    @Test func aliasesAreAddedListedAndRemoved() throws {
        let cli = try archive()
        defer { cli.cleanUp() }
        let added = try cli.run(["alias", "add", "Corvid copy", "extraction of Corvid-3"])
        #expect(added.status == 0, "\(added.stderr)")
        let listed = try #require(try json(try cli.run(["alias", "list", "--format", "json"])) as? [[String: Any]])
        #expect(listed.count == 1)
        #expect(listed.first?["alias"] as? String == "Corvid copy")
        #expect(listed.first?["subject"] as? String == "extraction of Corvid-3")
        #expect(added.stderr.contains("alias 'Corvid copy' → subject 'extraction of Corvid-3'"), "says which name is the alias")
        // Never silently replaced: another subject for the same alias needs --replace.
        let clash = try cli.run(["alias", "add", "corvid copy", "Tessellate"])
        #expect(clash.status == 2)
        #expect(clash.stderr.contains("already an alias of 'extraction of Corvid-3'") && clash.stderr.contains("--replace"))
        let replaced = try cli.run(["alias", "add", "corvid copy", "Tessellate", "--replace"])
        #expect(replaced.status == 0)
        #expect(replaced.stderr.contains("it stood for 'extraction of Corvid-3' until now"))
        #expect(try cli.run(["alias", "remove", "corvid   COPY"]).status == 0, "removal matches the normalised alias")
        #expect(try cli.run(["alias", "remove", "Corvid copy"]).status == 1)
        #expect(try cli.run(["alias", "add", "", "x"]).status == 2)
    }
}
