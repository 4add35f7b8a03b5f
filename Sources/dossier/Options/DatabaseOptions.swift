import ArgumentParser
import DossierKit

/// `--db PATH`, shared by every command that touches the database.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file (default: $DOSSIER_DB, else dossier.sqlite).", valueName: "path"))
    var db: String?

    var path: String { db ?? Archive.defaultPath() }

    /// Takes the database's single-writer lock (see `WriterLock`), then opens it.
    func openForWriting(wait: Double) throws -> Archive {
        do {
            return try Archive.openForWriting(path: path, wait: wait)
        } catch {
            throw DossierFailure(message: "\(error)")
        }
    }

    func open() throws -> Archive {
        do {
            return try Archive.open(path: path)
        } catch {
            throw DossierFailure(message: "\(error)")
        }
    }

    /// Opens the existing database with a pool of read-only connections, for `serve`.
    func openForServing(readers: Int) throws -> Archive {
        do {
            return try Archive.openForServing(path: path, readers: readers)
        } catch {
            throw DossierFailure(message: "\(error)")
        }
    }

    /// Opens the existing database read-only, for commands that only read.
    func openForReading() throws -> Archive {
        do {
            return try Archive.openForReading(path: path)
        } catch {
            throw DossierFailure(message: "\(error)")
        }
    }
}
