import ArgumentParser
import DossierKit
import Foundation

/// `--db PATH`, shared by every command that touches the database.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file (default: $DOSSIER_DB, else dossier.sqlite).", valueName: "path"))
    var db: String?

    var path: String { db ?? Archive.defaultPath() }

    /// A folder is not a database: say so, rather than let SQLite answer "disk I/O error".
    func checkedPath() throws -> String {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            let example = (path.hasSuffix("/") ? path : path + "/") + "dossier.sqlite"
            throw DossierFailure(message: "\(path) is a folder, not a database file; give a file name, e.g. --db \(example)")
        }
        return path
    }

    /// Takes the database's single-writer lock (see `WriterLock`), then opens it.
    func openForWriting(wait: Double) throws -> Archive {
        do {
            return try Archive.openForWriting(path: checkedPath(), wait: wait)
        } catch let failure as DossierFailure {
            throw failure
        } catch {
            throw DossierFailure(message: "\(error)")
        }
    }

    func open() throws -> Archive {
        do {
            return try Archive.open(path: checkedPath())
        } catch let failure as DossierFailure {
            throw failure
        } catch {
            throw DossierFailure(message: "\(error)")
        }
    }

    /// Opens the existing database with a pool of read-only connections, for `serve`.
    func openForServing(readers: Int) throws -> Archive {
        do {
            return try Archive.openForServing(path: checkedPath(), readers: readers)
        } catch let failure as DossierFailure {
            throw failure
        } catch {
            throw DossierFailure(message: "\(error)")
        }
    }

    /// Opens the existing database read-only, for commands that only read.
    func openForReading() throws -> Archive {
        do {
            return try Archive.openForReading(path: checkedPath())
        } catch let failure as DossierFailure {
            throw failure
        } catch {
            throw DossierFailure(message: "\(error)")
        }
    }
}
