import DossierKit
import DossierPostgres
import Foundation
import Testing

/// Connection settings and the errors a team meets when reaching a shared archive.
@Suite struct PostgresOperationsTests {
    @Test func settingsComeFromTheURLThenTheEnvironment() throws {
        let environment = ["PGHOST": "db.internal", "PGPORT": "6543", "PGUSER": "ana", "PGPASSWORD": "from-env",
                           "PGDATABASE": "archive", "PGSSLMODE": "require"]
        let bare = try PostgresSettings(url: "postgres://", environment: environment)
        #expect(bare.host == "db.internal" && bare.port == 6543 && bare.user == "ana" && bare.password == "from-env")
        #expect(bare.database == "archive" && bare.tls == .require)
        let full = try PostgresSettings(url: "postgresql://b%40x:p%2Fw@host.example:5433/news%20room?sslmode=disable", environment: environment)
        #expect(full.host == "host.example" && full.port == 5433 && full.user == "b@x" && full.password == "p/w")
        #expect(full.database == "news room" && full.tls == .disable)
        #expect(!full.description.contains("p/w") && full.description == "postgres://b@x@host.example:5433/news room")
        let defaults = try PostgresSettings(url: "postgres://localhost", environment: ["USER": "reporter"])
        #expect(defaults.port == 5432 && defaults.user == "reporter" && defaults.database == "reporter" && defaults.tls == .prefer)
        #expect(throws: SettingsError.self) { try PostgresSettings(url: "postgres://h/db?sslmode=sometimes", environment: [:]) }
        #expect(throws: SettingsError.self) { try PostgresSettings(url: "postgres://h/db", environment: ["PGPORT": "http"]) }
        #expect(!PostgresSettings.isURL("/home/me/postgres.sqlite") && PostgresSettings.isURL("postgres://h/d"))
    }

    /// The message of opening `reference`, which must fail.
    static func failure(_ reference: String) async -> String {
        do {
            _ = try await Archive.open(reference, .read)
            return "opened"
        } catch {
            return "\(error)"
        }
    }

    @Test func connectionProblemsAreSaidPlainly() async throws {
        guard let url = Backend.postgresURL else {
            if Backend.postgresRequired { Issue.record("DOSSIER_TEST_POSTGRES_URL is not set") }
            return
        }
        var components = try #require(URLComponents(string: url))
        var wrong = components
        wrong.password = "not-the-password"
        #expect(await Self.failure(wrong.string!).contains("refused the password"))
        var missing = components
        missing.path = "/no_such_archive_here"
        #expect(await Self.failure(missing.string!).contains("there is no database no_such_archive_here"))
        var closed = components
        closed.port = 1
        #expect(await Self.failure(closed.string!).contains("cannot connect to PostgreSQL at 127.0.0.1:1"))
        components.query = "sslmode=require"
        #expect(await Self.failure(components.string!).contains("does not offer TLS"), "the test server has no TLS")
    }

    @Test func aNewerSchemaAndAnEmptyDatabaseAreRefusedForReading() async throws {
        try await withArchive(.postgres) { test in
            #expect(await Self.failure(test.reference).contains("holds no Dossier archive yet"), "read-only opening never creates")
            let archive = try await test.open(.open)
            try await archive.close()
            try await Admin.run(test.reference, "INSERT INTO dossier_migrations (name) VALUES ('9999-from-the-future.sql')")
            #expect(await Self.failure(test.reference).contains("written by a newer Dossier"))
        }
    }

    @Test func aReadOnlyUserSearchesButCannotWrite() async throws {
        try await withArchive(.postgres) { test in
            let root = try test.write(ConformanceCorpus.files)
            let owner = try await test.open(.write(wait: 30))
            _ = try await owner.importPaths([root])
            try await owner.close()
            let role = "dossier_reader_" + UUID().uuidString.prefix(8).lowercased()
            let name = String(try #require(URLComponents(string: test.reference)).path.dropFirst())
            try await Admin.run(test.reference, "CREATE ROLE \(role) LOGIN PASSWORD 'reader-pass'")
            try await Admin.run(test.reference, "GRANT SELECT ON ALL TABLES IN SCHEMA public TO \(role)")
            var reader = try #require(URLComponents(string: test.reference))
            reader.user = role
            reader.password = "reader-pass"
            let archive = try await Archive.open(reader.string!, .open)
            #expect(try await archive.search(SearchQuery(text: "regulators")).hits.count == 1)
            do {
                _ = try await archive.addAlias("Acme", subject: "Acme Robotics")
                Issue.record("a read-only user wrote an alias")
            } catch {
                #expect("\(error)".contains("may not do this on \(name)"), "\(error)")
            }
            try await archive.close()
            try await Admin.run(test.reference, "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM \(role)")
            try await Admin.run(test.reference, "DROP ROLE \(role)")
        }
    }
}
