import ArgumentParser
import DossierKit
import Foundation

/// `--db PATH|URL`, shared by every command that touches the database.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The database: a SQLite file, or a PostgreSQL server as postgres://USER@HOST:PORT/DATABASE (default: $DOSSIER_DB, else dossier.sqlite).",
        valueName: "path|url"))
    var db: String?

    var path: String { db ?? Archive.defaultPath() }

    /// A folder is not a database: say so, rather than let SQLite answer "disk I/O error".
    func checkedPath() throws -> String {
        guard !Archive.isServer(path) else { return path }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            let example = (path.hasSuffix("/") ? path : path + "/") + "dossier.sqlite"
            throw DossierFailure(message: "\(path) is a folder, not a database file; give a file name, e.g. --db \(example)")
        }
        return path
    }

    /// Takes the database's writer lock where the engine has one (SQLite), then opens it.
    func openForWriting(wait: Double) async throws -> Archive { try await open(.write(wait: wait)) }

    func open() async throws -> Archive { try await open(.open) }

    /// Opens the existing database with a pool of read-only connections, for `serve`.
    func openForServing(readers: Int) async throws -> Archive { try await open(.serve(readers: readers)) }

    /// Opens the existing database read-only, for commands that only read.
    func openForReading() async throws -> Archive { try await open(.read) }

    private func open(_ access: Archive.Access) async throws -> Archive {
        do {
            return try await Archive.open(checkedPath(), access)
        } catch let failure as DossierFailure {
            throw failure
        } catch {
            throw DossierFailure(message: "\(error)")
        }
    }
}
