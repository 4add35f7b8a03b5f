import DossierKit
import DossierPostgres
import Foundation
import Logging
import PostgresNIO
import Testing

/// A storage backend the conformance suite runs against.
enum Backend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    /// The server the PostgreSQL runs use (each test gets a database of its own on it).
    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["DOSSIER_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    static var postgresRequired: Bool { ProcessInfo.processInfo.environment["DOSSIER_REQUIRE_POSTGRES"] == "1" }
}

/// A fresh, empty archive on one backend, and what to remove afterwards.
struct TestArchive: Sendable {
    /// What `--db` would say: a file path, or the test database's URL.
    let reference: String
    let folder: URL
    private let dropDatabase: String?

    /// Nil when the backend is not available here (PostgreSQL without a server), which is a test
    /// failure when `DOSSIER_REQUIRE_POSTGRES=1`.
    static func make(_ backend: Backend) async throws -> TestArchive? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-conformance-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        switch backend {
        case .sqlite:
            return TestArchive(reference: folder.appendingPathComponent("archive.sqlite").path, folder: folder, dropDatabase: nil)
        case .postgres:
            guard let url = Backend.postgresURL else {
                if Backend.postgresRequired { Issue.record("DOSSIER_REQUIRE_POSTGRES=1 but DOSSIER_TEST_POSTGRES_URL is not set") }
                return nil
            }
            let name = "dossier_t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
            try await Admin.run(url, "CREATE DATABASE \(name)")
            var components = URLComponents(string: url)!
            components.path = "/" + name
            return TestArchive(reference: components.string!, folder: folder, dropDatabase: name)
        }
    }

    func open(_ access: Archive.Access = .open) async throws -> Archive {
        try await Archive.open(reference, access)
    }

    func remove() async {
        try? FileManager.default.removeItem(at: folder)
        if let name = dropDatabase, let url = Backend.postgresURL {
            try? await Admin.run(url, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        }
    }

    /// Writes `files` (relative path → content) under the test's folder and returns the folder's path.
    @discardableResult
    func write(_ files: [String: String], under name: String = "docs") throws -> String {
        let root = folder.appendingPathComponent(name)
        for (path, content) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content.utf8).write(to: url)
        }
        return root.path
    }
}

/// Statements on the test server's own database (creating and dropping the tests' databases).
enum Admin {
    static func run(_ url: String, _ statement: String) async throws {
        let settings = try PostgresSettings(url: url)
        let configuration = PostgresClient.Configuration(host: settings.host, port: settings.port, username: settings.user,
                                                         password: settings.password, database: settings.database, tls: .disable)
        let client = PostgresClient(configuration: configuration, backgroundLogger: Logger(label: "dossier.tests"))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            try await client.query(PostgresQuery(unsafeSQL: statement))
        }
    }
}

/// Runs `body` on a fresh archive of `backend`, removed afterwards; skipped when the backend is not here.
func withArchive(_ backend: Backend, _ body: (TestArchive) async throws -> Void) async throws {
    guard let archive = try await TestArchive.make(backend) else { return }
    do {
        try await body(archive)
    } catch {
        await archive.remove()
        throw error
    }
    await archive.remove()
}
