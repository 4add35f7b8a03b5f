import DossierFixtures
import Foundation
import Testing

/// The same member bytes inside two containers are stored once, with both
/// locations; when one container goes, the document stays with the other.
@Suite struct ContainerCopiesCLITests {
    typealias F = ArchiveFixtures

    static let shared = F.bytes("Quay 7 will close for repairs costing $2.4 million, the harbour board said.\n")

    static func hits(_ cli: CLIRunner, _ query: String) throws -> [[String: Any]] {
        let run = try cli.run(["search", query, "--format", "json"])
        return try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]] ?? []
    }

    @Test func aMemberInTwoArchivesIsOneDocumentFoundInBoth() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("pile/a.zip", Data(F.zip([.init(name: "notes/quay.txt", contents: Self.shared),
                                                 .init(name: "notes/ferry.txt", contents: F.bytes("Ferry fares rise 4% in May.\n"))])))
        try cli.write("pile/b.zip", Data(F.zip([.init(name: "copy-of-quay.txt", contents: Self.shared),
                                                 .init(name: "tolls.txt", contents: F.bytes("Bridge tolls stay at $3.\n"))])))
        #expect(try cli.run(["import", "pile"]).status == 0)
        let quay = try Self.hits(cli, "quay")
        #expect(quay.count == 1, "stored once: \(quay)")
        let id = try #require(quay.first?["document"] as? Int)
        let shown = try JSONSerialization.jsonObject(with: Data(try cli.run(["show", String(id), "--format", "json"]).stdout.utf8)) as? [String: Any]
        let locations = (shown?["locations"] as? [String] ?? []).map { $0.components(separatedBy: "/pile/").last ?? $0 }
        #expect(Set(locations) == ["a.zip#notes/quay.txt", "b.zip#copy-of-quay.txt"], "\(locations)")
        #expect(try cli.run(["show", "pile/b.zip#copy-of-quay.txt", "--format", "json"]).stdout.contains("Quay 7"))
        #expect(try cli.run(["check"]).status == 0)
        let claims = try cli.run(["claims", "--format", "jsonl"]).stdout.split(separator: "\n").filter { $0.contains("$2.4 million") }
        #expect(claims.count == 1, "its figure is one claim")

        // The archive it is stored under goes (whichever the parallel import stored first): the document
        // stays, found in the other.
        let holder = (locations.first ?? "").hasPrefix("a.zip") ? "a.zip" : "b.zip"
        let other = holder == "a.zip" ? "b.zip" : "a.zip"
        try FileManager.default.removeItem(atPath: cli.folder.appendingPathComponent("pile/\(holder)").path)
        #expect(try cli.run(["reindex"]).status == 0)
        let after = try Self.hits(cli, "quay")
        #expect(after.count == 1)
        #expect(after.first?["document"] as? Int == id, "the same document, its id kept")
        #expect((after.first?["location"] as? String)?.contains("/pile/\(other)#") == true, "\(after)")
        #expect(try Self.hits(cli, holder == "a.zip" ? "ferry" : "tolls").isEmpty)
        #expect(try cli.run(["check"]).status == 0)
        #expect(try cli.run(["reindex", "--dry-run"]).stderr.contains("0 new, 0 changed, 0 removed, 1 unchanged"))

        // The remaining archive changes that member: the new text replaces the old.
        try cli.write("pile/\(other)", Data(F.zip([.init(name: "copy-of-quay.txt", contents: F.bytes("Quay 7 reopened after repairs costing $2.9 million.\n"))])))
        #expect(try cli.run(["reindex"]).status == 0)
        let changed = try Self.hits(cli, "quay")
        #expect(changed.count == 1)
        #expect((changed.first?["snippet"] as? String)?.contains("reopened") == true)
        #expect(try cli.run(["check"]).status == 0)
    }

    @Test func whenTheHoldingArchiveChangesTheOtherKeepsTheOldDocument() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("pile/a.zip", Data(F.zip([.init(name: "quay.txt", contents: Self.shared)])))
        #expect(try cli.run(["import", "pile"]).status == 0)
        try cli.write("pile/b.zip", Data(F.zip([.init(name: "quay.txt", contents: Self.shared)])))
        #expect(try cli.run(["import", "pile"]).status == 0)
        // a.zip, which holds the stored document, now says something else.
        try cli.write("pile/a.zip", Data(F.zip([.init(name: "quay.txt", contents: F.bytes("Quay 7 repairs were cancelled, a board member said.\n"))])))
        #expect(try cli.run(["reindex"]).status == 0)
        let hits = try Self.hits(cli, "quay")
        #expect(hits.count == 2, "\(hits)")
        let locations = Set(hits.compactMap { ($0["location"] as? String).map { $0.components(separatedBy: "/pile/").last ?? $0 } })
        #expect(locations == ["a.zip#quay.txt", "b.zip#quay.txt"])
        #expect(try Self.hits(cli, "cancelled").count == 1)
        #expect(try Self.hits(cli, "\"costing $2.4 million\"").count == 1, "b.zip still says what it said")
        #expect(try cli.run(["check"]).status == 0)
    }
}
