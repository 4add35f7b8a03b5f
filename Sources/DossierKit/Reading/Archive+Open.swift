import Foundation
import DossierStorage
import DossierPostgres

extension Archive {
    /// How a front end means to use an archive.
    public enum Access: Sendable, Equatable {
        /// Reads and short writes (corrections, aliases); creates an embedded archive that is not there yet.
        case open
        /// An import or reindex: on SQLite, the one-writer lock, waiting up to `wait` seconds for another writer.
        case write(wait: Double)
        /// Reads only; fails when there is no archive.
        case read
        /// A server's reads, up to `readers` at once.
        case serve(readers: Int)
    }

    /// True when `reference` (a `--db` value or `DOSSIER_DB`) names a PostgreSQL server.
    public static func isServer(_ reference: String) -> Bool { PostgresSettings.isURL(reference) }

    /// Opens the archive `reference` names: a SQLite file path, or a `postgres://` URL (completed
    /// by the `PG*` environment variables). Errors are `ArchiveError` cases.
    public static func open(_ reference: String, _ access: Access) async throws -> Archive {
        guard isServer(reference) else {
            switch access {
            case .open: return try open(path: reference)
            case .write(let wait): return try openForWriting(path: reference, wait: wait)
            case .read: return try openForReading(path: reference)
            case .serve(let readers): return try openForServing(path: reference, readers: readers)
            }
        }
        do {
            let settings = try PostgresSettings(url: reference)
            let connections: Int
            switch access {
            case .serve(let readers): connections = max(2, readers)
            case .write: connections = 4
            default: connections = 2
            }
            let readOnly: Bool
            switch access {
            case .read, .serve: readOnly = true
            case .open, .write: readOnly = false
            }
            let storage = try await PostgresStorage.connect(settings, readOnly: readOnly, connections: connections)
            return Archive(storage: storage)
        } catch let error as SettingsError {
            throw ArchiveError.invalidRequest(error.description)
        } catch {
            throw ArchiveError.wrapping(error)
        }
    }
}
