import Foundation
import Testing

/// `dossier serve` on the demo corpus, driven through headless Chromium as a journalist would use
/// it: search, open a hit, see the figure, open its cross-reference group and its verdict, reject
/// the claim with the write token, see it marked, download the HTML fact sheet. Assertions are on
/// the DOM; a screenshot of each step is saved in a temporary folder (printed) as an artefact.
///
/// CI installs Chromium and chromedriver (`.ci/run`) and sets DOSSIER_REQUIRE_BROWSER=1, which
/// makes a missing browser a failure; elsewhere the test is skipped with a note when they are absent.
@Suite(.serialized) struct BrowserEndToEndTests {
    static let chromium = "/usr/bin/chromium"
    static let chromedriver = "/usr/bin/chromedriver"
    static let token = "e2e-write-token-0123456789"

    static var browserAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: chromium) && FileManager.default.isExecutableFile(atPath: chromedriver)
    }

    /// True when the browser is here; otherwise records a failure (in CI) or says why the test is skipped.
    static func requireBrowser() -> Bool {
        guard browserAvailable else {
            if ProcessInfo.processInfo.environment["DOSSIER_REQUIRE_BROWSER"] == "1" {
                Issue.record("Chromium and chromedriver are required (apt-get install chromium chromium-driver)")
            } else {
                print("skipped: install chromium and chromium-driver to run the browser end-to-end test")
            }
            return false
        }
        return true
    }

    @Test func aJournalistSearchesOpensAFigureChecksItsGroupRejectsItAndDownloadsTheFactSheet() async throws {
        guard Self.requireBrowser() else { return }
        let runner = try CLIRunner()
        defer { runner.cleanUp() }
        let demo = try runner.run(["demo"], useDatabase: false)
        #expect(demo.status == 0, "\(demo.stderr)")
        #expect(demo.stderr.contains("dossier serve --db dossier-demo.sqlite") || demo.stdout.contains("dossier serve --db dossier-demo.sqlite"))
        try await Self.serveAndWalk(runner, database: "dossier-demo.sqlite")
    }

    /// The same journey on a PostgreSQL archive (the demo copied into it): the web front end works
    /// unchanged with `--db postgres://…`. Runs when DOSSIER_TEST_POSTGRES_URL names a server.
    @Test func theSameJourneyOnPostgreSQL() async throws {
        guard Self.requireBrowser(), let url = try PostgresCLITests.database() else { return }
        defer { PostgresCLITests.drop(url) }
        let runner = try CLIRunner()
        defer { runner.cleanUp() }
        let demo = try runner.run(["demo"], useDatabase: false)
        #expect(demo.status == 0, "\(demo.stderr)")
        let copy = try runner.run(["copy", "--from", "dossier-demo.sqlite", "--to", url], useDatabase: false)
        #expect(copy.status == 0, "\(copy.stderr)")
        try await Self.serveAndWalk(runner, database: url)
    }

    /// `dossier serve` on `database` with corrections allowed, Chromium through chromedriver, and the journey.
    static func serveAndWalk(_ runner: CLIRunner, database: String) async throws {
        let artefacts = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-e2e-\(UUID().uuidString)")
        let downloads = artefacts.appendingPathComponent("downloads")
        try FileManager.default.createDirectory(at: downloads, withIntermediateDirectories: true)
        print("browser test screenshots: \(artefacts.path)")
        let server = try ServerProcess(CLIRunner.executable, ["serve", "--db", database, "--port", "0",
                                                              "--allow-corrections", "--token", Self.token], folder: runner.folder)
        defer { server.stop() }
        let started = try await server.line(containing: "is serving")
        let base = try #require(started.range(of: #"http://127\.0\.0\.1:\d+"#, options: .regularExpression).map { String(started[$0]) })
        let driverProcess = try ServerProcess(URL(fileURLWithPath: Self.chromedriver), ["--port=0"], folder: runner.folder)
        defer { driverProcess.stop() }
        let driverLine = try await driverProcess.line(containing: "started successfully on port")
        let driverPort = try #require(Int(driverLine.split(separator: " ").last?.trimmingCharacters(in: CharacterSet(charactersIn: ". ")) ?? ""))
        let browser = try await WebDriver.start(driver: driverPort, downloads: downloads)
        do {
            try await Self.journey(browser, base: base, artefacts: artefacts, downloads: downloads)
        } catch {
            await browser.quit()
            throw error
        }
        await browser.quit()
    }

    static func journey(_ browser: WebDriver, base: String, artefacts: URL, downloads: URL) async throws {
        var step = 0
        func snap(_ name: String) async throws {
            step += 1
            try await browser.screenshot(to: artefacts.appendingPathComponent(String(format: "%02d-%@.png", step, name)))
        }

        // 1. Search.
        try await browser.open(base + "/")
        try await browser.type("\"post-money valuation\"", into: try await browser.element("form.filters input[name=q]"))
        try await browser.click(try await browser.element("form.filters button"))
        let firstHit = try await browser.element("article.hit h2 a")
        #expect(try await browser.currentURL().contains("q=%22post-money+valuation%22"))
        // The snippet marks the search terms (SQLite marks the phrase whole, PostgreSQL word by word).
        var hitMarks: [String] = []
        for mark in try await browser.elements("article.hit mark") { hitMarks.append(try await browser.text(mark).lowercased()) }
        #expect(hitMarks.contains { $0.contains("valuation") }, "\(hitMarks)")
        try await snap("search")

        // 2. Open the hit: the figure is highlighted and linked to its claim; the search terms are marked.
        try await browser.click(firstHit)
        let figures = try await browser.elements("a.figure")
        var target: String?
        for figure in figures where try await browser.text(figure) == "$61.5 billion" { target = figure }
        let figure = try #require(target, "the $61.5 billion figure is highlighted")
        #expect(try await browser.elements("article.text mark").count >= 1)
        try await snap("document")

        // 3. Its claim, then its cross-reference group with the verdict.
        try await browser.click(figure)
        let claimURL = try await browser.currentURL()
        let claimID = try #require(claimURL.split(separator: "/").last.map(String.init))
        try await browser.click(try await browser.element("dd a[href^='/xref/']"))
        let badge = try await browser.element("main .badge")
        let verdict = try #require(try await browser.attribute("data-verdict", of: badge))
        #expect(["agree", "conflict", "changed", "related"].contains(verdict))
        #expect(try await browser.elements("tr[id='claim-\(claimID)']").count == 1, "the group lists the claim")
        try await snap("xref-group")

        // 4. Reject the claim with the token: enter it, then the form (its confirm dialog accepted).
        try await browser.open(base + "/login?next=/claims/\(claimID)")
        try await browser.type(Self.token, into: try await browser.element("input[name=token]"))
        try await browser.click(try await browser.element("main form button"))
        try await browser.type("a test rejection", into: try await browser.element("form[action$='/reject'] input[name=reason]"))
        try await browser.type("Ana Reyes", into: try await browser.element("form[action$='/reject'] input[name=author]"))
        try await browser.click(try await browser.element("form[action$='/reject'] button"))
        try await browser.acceptDialog()
        let marked = try await browser.element("[data-correction='reject']")
        #expect(try await browser.text(marked).contains("a test rejection"))
        #expect(try await browser.text(marked).contains("Rejected by Ana Reyes on "))
        try await snap("rejected")

        // 5. The claim is marked in its document.
        try await browser.open(claimURL)
        try await browser.click(try await browser.element("dd a[href^='/documents/']"))
        #expect(try await browser.attribute("class", of: try await browser.element("#side-\(claimID)")) == "rejected")
        try await snap("document-after")

        // 6. Download the HTML fact sheet from the cross-reference page.
        try await browser.open(base + "/xref?subject=Anthropic")
        var htmlLink: String?
        for link in try await browser.elements(".downloads a") where try await browser.text(link) == "html" { htmlLink = link }
        try await browser.click(try #require(htmlLink))
        let sheet = downloads.appendingPathComponent("fact-sheet.html")
        for _ in 0..<600 where !FileManager.default.fileExists(atPath: sheet.path) { try await Task.sleep(nanoseconds: 50_000_000) }
        let contents = try String(contentsOf: sheet, encoding: .utf8)
        #expect(contents.contains("<html"))
        #expect(contents.contains("Anthropic"))
        try await snap("downloaded")
    }
}
