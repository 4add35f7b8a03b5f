import Foundation

/// The suite's results as Markdown: a machine note, then per corpus size one
/// table where every figure stands beside its limit from the same run.
struct BenchmarkReport {
    let options: BenchmarkOptions
    let machine: MachineNote
    let results: [BenchmarkSuite.SizeResult]

    func markdown() -> String {
        var out = "## Run of \(machine.date)\n\n"
        out += "Machine: \(machine.cores) cores (\(machine.cpu)), \(machine.memoryGB) GB RAM; \(machine.swift); "
        out += "SQLite \(machine.sqlite); libxml2 \(machine.libxml2). "
        out += "Load average (1/5/15 min) before: \(machine.loadBefore), after: \(machine.loadAfter).\n"
        out += "Seed \(options.seed), \(options.runs) runs per figure: medians, with the range of the runs in parentheses.\n\n"
        for result in results { out += section(result) }
        return out
    }

    private func section(_ r: BenchmarkSuite.SizeResult) -> String {
        let c = r.corpus
        var out: String
        if let given = r.givenDatabase {
            out = "### \(given) (\(r.givenDocuments) documents)\n\nAn existing database (`--database`); queries from seed \(options.seed).\n\n"
        } else {
            out = "### \(r.files) files (\(c.documents) documents)\n\n"
            out += "Corpus: \(c.articles) article pages, \(c.feeds) RSS feeds, \(c.filings) EDGAR submissions; "
            out += "\(mb(c.fileBytes)) MB of files, \(mb(c.plainBytes)) MB of plain main text.\n\n"
        }
        out += "| Benchmark | Dossier | Limit, same run | Ratio | Target | Met |\n|---|---|---|---|---|---|\n"
        var commands: [String] = []

        if let i = r.importResult {
            let docs = Double(c.documents)
            let importRate = Sample(i.importSeconds.values.map { docs / $0 })
            let rawRate = Sample(i.rawSeconds.values.map { docs / $0 })
            let ratio = Sample(zip(i.rawSeconds.values, i.importSeconds.values).map { $0 / $1 })
            out += row("import, documents/s", importRate.formatted(0), "raw FTS5 insert: " + rawRate.formatted(0),
                       ratio.formatted(2), "≥ 0.50", ratio.median >= 0.5)
            let fileMB = Double(c.fileBytes) / 1_048_576
            let plainMB = Double(c.plainBytes) / 1_048_576
            out += row("import, MB/s", Sample(i.importSeconds.values.map { fileMB / $0 }).formatted(1) + " of HTML",
                       Sample(i.rawSeconds.values.map { plainMB / $0 }).formatted(1) + " of plain text", "", "", nil)
            out += row("import, CPU s / wall s", Sample(zip(i.importCPUSeconds.values, i.importSeconds.values).map { $0 / $1 }).formatted(2),
                       "\(machine.cores) cores", "", "", nil)
            out += row("import, peak RSS (MB)", i.peakRSSMB.formatted(0), "sqlite3 shell: " + i.rawPeakRSSMB.formatted(0),
                       "", "≤ 200, flat", i.peakRSSMB.max <= 200)
            if i.storedDocuments != c.documents {
                out += row("import, documents stored", "\(i.storedDocuments)", "\(c.documents) generated", "", "", nil)
            }
            for crash in i.crashes { commands.append("**import crashed** in \(crash); the run was repeated") }
            commands += ["import: `\(i.importCommand)`", "raw limit: `\(i.rawCommand)` (script generated from the corpus manifest)"]
        }
        if let p = r.parse {
            let ratio = p.dossierMBps.median / p.bareMBps.median
            out += row("parse, pages/s (1 core)", p.dossierPagesPerSecond.formatted(0),
                       "libxml2 htmlReadMemory + free: " + p.barePagesPerSecond.formatted(0), String(format: "%.2f", ratio), "", nil)
            out += row("parse, MB/s (1 core)", p.dossierMBps.formatted(1), "libxml2: " + p.bareMBps.formatted(1),
                       String(format: "%.2f", ratio), "", nil)
            commands.append("parse: in process, `Ingest.read` on \(p.pages) article pages (\(String(format: "%.1f", p.megabytes)) MB) held in memory")
        }
        if let k = r.containers {
            let warc = k.warcPagesPerSecond.median / k.loosePagesPerSecond.median
            let zip = k.zipPagesPerSecond.median / k.loosePagesPerSecond.median
            out += row("pages from a .warc.gz, pages/s (1 core)", k.warcPagesPerSecond.formatted(0),
                       "loose pages: " + k.loosePagesPerSecond.formatted(0), String(format: "%.2f", warc), "≥ 0.80", warc >= 0.8)
            out += row("pages from a .zip, pages/s (1 core)", k.zipPagesPerSecond.formatted(0),
                       "loose pages: " + k.loosePagesPerSecond.formatted(0), String(format: "%.2f", zip), "≥ 0.80", zip >= 0.8)
            if !k.importLoosePagesPerSecond.values.isEmpty {
                let warcImport = k.importWARCPagesPerSecond.median / k.importLoosePagesPerSecond.median
                let zipImport = k.importZipPagesPerSecond.median / k.importLoosePagesPerSecond.median
                out += row("import from a .warc.gz, pages/s", k.importWARCPagesPerSecond.formatted(0),
                           "import of the loose pages: " + k.importLoosePagesPerSecond.formatted(0), String(format: "%.2f", warcImport), "≥ 0.80", warcImport >= 0.8)
                out += row("import from a .zip, pages/s", k.importZipPagesPerSecond.formatted(0),
                           "import of the loose pages: " + k.importLoosePagesPerSecond.formatted(0), String(format: "%.2f", zipImport), "≥ 0.80", zipImport >= 0.8)
                commands.append("containers, import: `\(k.importCommand)`, each form into a fresh database, in turn")
            }
            commands.append("containers: in process, `Ingest.read` on the same \(k.pages) pages (\(String(format: "%.1f", k.megabytes)) MB) as loose files, as one per-record-gzip .warc.gz (\(String(format: "%.1f", k.warcMegabytes)) MB) and as one deflated .zip (\(String(format: "%.1f", k.zipMegabytes)) MB)")
        }
        if let e = r.extract {
            out += row("extract, MB/s (1 core)", e.extractorMBps.formatted(1), "bare number scan: " + e.scanMBps.formatted(0),
                       String(format: "%.3f", e.extractorMBps.median / e.scanMBps.median), "≥ 50 MB/s", e.extractorMBps.median >= 50)
            commands.append("extract: in process, `ClaimExtractor().extract` on \(String(format: "%.1f", e.megabytes)) MB of plain text (\(e.claims) claims)")
        }
        if let s = r.search {
            out += row("search p50, ms (in process)", ms(s.storeP50), "raw SQL via GRDB: " + ms(s.rawP50),
                       String(format: "%.2f", s.storeP50 / s.rawP50), "≤ 1.30", s.storeP50 / s.rawP50 <= 1.3)
            out += row("search p95, ms (in process)", ms(s.storeP95), "raw SQL via GRDB: " + ms(s.rawP95),
                       String(format: "%.2f", s.storeP95 / s.rawP95), "", nil)
            out += row("`dossier search` wall p50, ms", ms(s.cliP50), "sqlite3 shell, same SQL: " + ms(s.shellP50),
                       String(format: "%.2f", s.cliP50 / s.shellP50), "≤ 50 ms", s.cliP50 <= 50)
            out += row("`dossier search` wall p95, ms", ms(s.cliP95), "", "", "", nil)
            commands.append("search: \(s.queries) queries (\(s.hitQueries) with hits), per-query median of \(options.searchRounds) rounds, `SQLiteStore.search` vs the same SELECT through GRDB")
            commands.append("search CLI (\(s.cliMs.count) queries): `\(s.cliCommand)` vs `\(s.shellCommand)`")
        }
        if let w = r.web {
            out += row("search page, server p50, ms", ms(w.serverP50), "store search + facets in process: " + ms(w.storeP50),
                       String(format: "%.2f", w.serverP50 / w.storeP50), "≤ 20 ms", w.serverP50 <= 20)
            out += row("search page, server p95, ms", ms(w.serverP95), "store search + facets in process: " + ms(w.storeP95),
                       String(format: "%.2f", w.serverP95 / w.storeP95), "≤ 60 ms", w.serverP95 <= 60)
            out += row("search page, wall p50 over loopback, ms", ms(w.wallP50), "", "", "", nil)
            if w.wrkAvailable {
                out += row("`wrk` \(options.webConnections) connections, requests/s", String(format: "%.0f", w.requestsPerSecond), "", "",
                           "≥ 150, no errors", w.requestsPerSecond >= 150 && w.errors == 0 && w.non2xx == 0)
                out += row("`wrk` latency p50 / p99, ms", "\(ms(w.latencyP50Ms)) / \(ms(w.latencyP99Ms))", "", "", "p99 ≤ 300", w.latencyP99Ms <= 300)
                out += row("`wrk` socket errors / non-2xx", "\(w.errors) / \(w.non2xx)", "", "", "0", w.errors == 0 && w.non2xx == 0)
                commands.append("web load: `\(w.wrkCommand)` (the script cycles through the \(w.queries) search pages) against `\(w.serveCommand)`")
            }
            commands.append("web: \(w.queries) search pages (`/?q=…` with the query's filters), per-page median of \(options.searchRounds) rounds of the `Server-Timing` header, against `SQLiteStore.search` + `SQLiteStore.facets` for the same query in process")
        }
        if let e = r.evidence {
            let raw = Sample(e.rawSeconds)
            let all = Sample(e.allSeconds)
            out += row("`xref`, all groups, s (\(e.claims) claims)", all.formatted(2), "sqlite3 reading every claim: " + raw.formatted(2),
                       String(format: "%.1f", all.median / raw.median), "≤ 10 s", all.median <= 10)
            out += row("`xref`, all groups, peak RSS (MB)", Sample(e.allRSSMB).formatted(0), "", "", "≤ 300", Sample(e.allRSSMB).max <= 300)
            let one = Sample(e.subjectSeconds.map { $0 * 1000 })
            out += row("`xref --subject` (a subject in \(e.subjectDocuments) documents), ms", one.formatted(0), "", "", "≤ 200 ms", one.median <= 200)
            let export = Sample(e.exportSeconds)
            out += row("`export --format json`, s", export.formatted(2), "sqlite3 reading every claim: " + raw.formatted(2),
                       String(format: "%.1f", export.median / raw.median), "", nil)
            out += row("`export`, peak RSS (MB)", Sample(e.exportRSSMB).formatted(0), "", "", "≤ 300", Sample(e.exportRSSMB).max <= 300)
            commands += ["xref: `\(e.allCommand)`; one subject (the one in most documents): `\(e.subjectCommand)`",
                         "export: `\(e.exportCommand)`", "limit: `\(e.rawCommand)`"]
        }
        if let p = r.postgres {
            out += row("PostgreSQL `import`, 1 importer, s (\(p.documents) documents)", p.postgresImport.formatted(1),
                       "SQLite import: " + p.sqliteImport.formatted(1), String(format: "%.2f", p.postgresImport.median / p.sqliteImport.median), "", nil)
            out += row("PostgreSQL `import`, 2 importers at once (half the folders each), s", p.postgresTwoImporters.formatted(1),
                       "1 importer: " + p.postgresImport.formatted(1),
                       String(format: "%.2f", p.postgresTwoImporters.median / p.postgresImport.median), "< 1.0", p.postgresTwoImporters.median < p.postgresImport.median)
            let sq = Sample(p.sqliteSearchMS), pg = Sample(p.postgresSearchMS)
            out += row("search in process, p50 / p95 ms (\(p.sqliteSearchMS.count / max(1, options.searchRounds)) queries × \(options.searchRounds))",
                       "PostgreSQL \(ms(Sample.percentile(pg.values, 0.5))) / \(ms(Sample.percentile(pg.values, 0.95)))",
                       "SQLite \(ms(Sample.percentile(sq.values, 0.5))) / \(ms(Sample.percentile(sq.values, 0.95)))",
                       String(format: "%.1f", Sample.percentile(pg.values, 0.5) / Sample.percentile(sq.values, 0.5)), "", nil)
            out += row("`xref` (all groups), s", "PostgreSQL " + p.postgresXref.formatted(2), "SQLite " + p.sqliteXref.formatted(2),
                       String(format: "%.2f", p.postgresXref.median / p.sqliteXref.median), "", nil)
            out += row("`export --format json`, s", "PostgreSQL " + p.postgresExport.formatted(2), "SQLite " + p.sqliteExport.formatted(2),
                       String(format: "%.2f", p.postgresExport.median / p.sqliteExport.median), "", nil)
            commands += p.commands.map { "postgres: `\($0)`" }
        }
        if let w = r.walk {
            let rx = r.reindex
            if let rx, rx.available {
                out += row("no-op reindex, s", rx.noopSeconds.formatted(2), "walk + stat (`find`): " + w.findSeconds.formatted(2),
                           String(format: "%.2f", rx.noopSeconds.median / w.findSeconds.median), "≤ 2.0",
                           rx.noopSeconds.median / w.findSeconds.median <= 2)
                if let i = r.importResult {
                    let share = rx.changedSeconds.median / i.importSeconds.median
                    out += row("reindex after changing \(rx.changedFiles) files (1 %), s", rx.changedSeconds.formatted(2),
                               "full import: " + i.importSeconds.formatted(2), String(format: "%.3f", share), "≈ 0.01", share <= 0.03)
                }
                commands.append("reindex: `\(rx.noopCommand)`")
            } else {
                out += row("no-op reindex", "pending (`dossier reindex` not built yet)", "walk + stat (`find`): " + w.findSeconds.formatted(2) + " s",
                           "", "≤ 2.0", nil)
                out += row("reindex after 1 % changed", "pending", "", "", "≈ 0.01 of import", nil)
            }
            out += row("walk + stat, s (Dossier's FileWalker)", w.walkerSeconds.formatted(2), "`find`: " + w.findSeconds.formatted(2),
                       String(format: "%.2f", w.walkerSeconds.median / w.findSeconds.median), "", nil)
            commands.append("walk: `FileWalker.walk` in process over \(w.files) files vs `\(w.findCommand)`")
        }
        out += "\n" + commands.map { "- " + $0 }.joined(separator: "\n") + "\n\n"
        return out
    }

    private func row(_ name: String, _ value: String, _ limit: String, _ ratio: String, _ target: String, _ met: Bool?) -> String {
        "| \(name) | \(value) | \(limit) | \(ratio) | \(target) | \(met.map { $0 ? "yes" : "**no**" } ?? "") |\n"
    }

    private func mb(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / 1_048_576) }
    private func ms(_ x: Double) -> String { String(format: "%.2f", x) }
}
