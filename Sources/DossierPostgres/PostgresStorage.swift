import Foundation
import Synchronization
public import DossierStorage
import DossierModel
import PostgresNIO
import NIOSSL
import Logging

/// The shared backend: `ArchiveStorage` over a PostgreSQL server, for a team importing into and
/// searching one archive from several machines.
///
/// Several importers may write at once: each file is written in its own transaction, under an
/// advisory transaction lock on its path and on the content hashes it touches, so two processes
/// reading the same bytes store them once and neither loses a document. Removing a source or
/// repairing takes the archive's exclusive lock, which every file write holds shared. Reads never
/// wait for writes (MVCC). Migrations run under a session lock, once.
public final class PostgresStorage: ArchiveStorage {
    let client: PostgresClient
    let logger: Logger
    let settings: PostgresSettings
    private let running: Task<Void, Never>

    /// Held exclusive by source removal and repair, shared by every file write.
    static let archiveLock: Int64 = 0x646F_7373_6965_7202

    public var description: String { settings.description }

    private init(client: PostgresClient, settings: PostgresSettings, logger: Logger) {
        self.client = client
        self.settings = settings
        self.logger = logger
        running = Task { await client.run() }
    }

    /// Connects, checks the server answers as `settings` says, and brings the schema up to date
    /// (or, with `readOnly`, checks that it is: a read-only user cannot migrate).
    public static func connect(_ settings: PostgresSettings, readOnly: Bool = false, connections: Int = 8) async throws -> PostgresStorage {
        var configuration = PostgresClient.Configuration(
            host: settings.host, port: settings.port, username: settings.user, password: settings.password,
            database: settings.database, tls: try tls(settings.tls))
        configuration.options.maximumConnections = max(2, connections)
        configuration.options.connectTimeout = .seconds(10)
        var logger = Logger(label: "dossier.postgres")
        logger.logLevel = .critical
        // One connection first, on its own: the server's own error (a wrong password, a missing
        // database) reaches the person, where the pool would only say that it gave up.
        do {
            let first = try await PostgresConnection.connect(
                configuration: try connectionConfiguration(settings), id: 0, logger: logger)
            do {
                try await PostgresSchema.migrate(first, logger: logger, readOnly: readOnly)
            } catch {
                try? await first.close()
                throw error
            }
            try? await first.close()
        } catch {
            throw explain(error, settings)
        }
        return PostgresStorage(client: PostgresClient(configuration: configuration, backgroundLogger: logger),
                               settings: settings, logger: logger)
    }

    static func connectionConfiguration(_ settings: PostgresSettings) throws -> PostgresConnection.Configuration {
        let tls: PostgresConnection.Configuration.TLS
        if settings.tls == .disable {
            tls = .disable
        } else {
            var client = TLSConfiguration.makeClientConfiguration()
            switch settings.tls {
            case .verifyFull: break
            case .verifyCA: client.certificateVerification = .noHostnameVerification
            default: client.certificateVerification = .none
            }
            let context = try NIOSSLContext(configuration: client)
            tls = settings.tls == .prefer ? .prefer(context) : .require(context)
        }
        var configuration = PostgresConnection.Configuration(host: settings.host, port: settings.port, username: settings.user,
                                                             password: settings.password, database: settings.database, tls: tls)
        configuration.options.connectTimeout = .seconds(10)
        if settings.tls == .verifyFull { configuration.options.tlsServerName = settings.host }
        return configuration
    }

    static func tls(_ mode: PostgresSettings.TLSMode) throws -> PostgresClient.Configuration.TLS {
        var unverified = TLSConfiguration.makeClientConfiguration()
        unverified.certificateVerification = .none
        switch mode {
        case .disable: return .disable
        case .prefer: return .prefer(unverified)
        case .require: return .require(unverified)
        case .verifyCA:
            var chainOnly = TLSConfiguration.makeClientConfiguration()
            chainOnly.certificateVerification = .noHostnameVerification
            return .require(chainOnly)
        case .verifyFull: return .require(TLSConfiguration.makeClientConfiguration())
        }
    }

    /// A server's or connection's error as one line a person can act on.
    func explained(_ error: any Error) -> any Error { Self.explain(error, settings) }

    static func explain(_ error: any Error, _ settings: PostgresSettings) -> any Error {
        // A transaction's error wraps the one that stopped it.
        if let failed = error as? PostgresTransactionError,
           let cause = failed.closureError ?? failed.beginError ?? failed.commitError ?? failed.rollbackError {
            return explain(cause, settings)
        }
        guard let error = error as? PSQLError else {
            if error is StorageError || error is SearchError || error is CancellationError { return error }
            return StorageError("PostgreSQL at \(settings.host):\(settings.port): \(error)")
        }
        let server = "\(settings.host):\(settings.port)"
        let state = error.serverInfo?[.sqlState]
        let message = error.serverInfo?[.message] ?? ""
        switch state {
        case "28P01":
            return StorageError("PostgreSQL at \(server) refused the password of user \(settings.user) (give it in the URL or PGPASSWORD)")
        case "3D000":
            return StorageError("there is no database \(settings.database) on \(server); create it first: createdb -h \(settings.host) -p \(settings.port) -U \(settings.user) \(settings.database)")
        case "28000":
            return StorageError("PostgreSQL at \(server) does not let user \(settings.user) in: \(message)")
        case "42501":
            return StorageError("user \(settings.user) may not do this on \(settings.database): \(message)")
        case "23505":
            return StorageError("already taken: \(error.serverInfo?[.detail] ?? message)")
        case "40P01", "55P03":
            return StorageError("another writer held what this needed (\(message)); run it again")
        case .some(let code):
            return StorageError("PostgreSQL error \(code): \(message)")
        case nil:
            break
        }
        switch error.code {
        case .connectionError, .serverClosedConnection, .poolClosed:
            let cause = error.underlying.map { " (\($0))" } ?? ""
            return StorageError("cannot connect to PostgreSQL at \(server)\(cause); is the server running, and is the host and port right?")
        case .sslUnsupported:
            return StorageError("PostgreSQL at \(server) does not offer TLS, which sslmode=\(settings.tls.rawValue) requires")
        case .authMechanismRequiresPassword:
            return StorageError("PostgreSQL at \(server) asks for a password for user \(settings.user) (give it in the URL or PGPASSWORD)")
        default:
            return StorageError("PostgreSQL at \(server): \(String(reflecting: error))")
        }
    }

    /// Runs `body` on a pooled connection (outside a transaction), with errors explained.
    func connected<T>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        do { return try await client.withConnection { try await body($0) } } catch { throw explained(error) }
    }

    func rows(_ sql: SQL, on connection: PostgresConnection) async throws -> [PostgresRandomAccessRow] {
        var out: [PostgresRandomAccessRow] = []
        for try await row in try await connection.query(sql.query, logger: logger) { out.append(row.makeRandomAccess()) }
        return out
    }

    /// Runs a statement and reads its result to the end: an error raised while it runs (a
    /// deadlock, a lock timeout, a refused `setval`) arrives with the rows, not with the call.
    func execute(_ sql: SQL, on connection: PostgresConnection) async throws {
        for try await _ in try await connection.query(sql.query, logger: logger) {}
    }

    public func changeStamp() async -> String {
        let stamp = try? await connected { connection in
            try await rows(SQL("""
                SELECT (CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_lsn() END)::text AS lsn
                """), on: connection).first?.get("lsn", as: String.self)
        }
        return stamp.flatMap { $0 } ?? "unknown-\(UUID().uuidString)"
    }

    public func close() async throws {
        running.cancel()
    }

    deinit { running.cancel() }

    /// Imports run side by side and short writes need no lock, so only `.exclusive` holds one: the
    /// archive's lock, on a connection of its own until the lease is dropped (every file write
    /// waits for it meanwhile). Source removal and repair take the same lock inside their own
    /// transaction instead.
    public func lease(_ purpose: WritePurpose, wait: Double) async throws -> WriterLease {
        guard purpose == .exclusive else { return .none }
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(configuration: try Self.connectionConfiguration(settings), id: 1, logger: logger)
        } catch {
            throw explained(error)
        }
        let deadline = ContinuousClock.now + .milliseconds(Int(max(0, wait) * 1000))
        // A lease this process dropped a moment ago is still letting go (its connection closes in the
        // background): that is not another writer, so its release is waited for, whatever `wait` says.
        let graceDeadline = ContinuousClock.now + Self.releaseGrace
        while true {
            let taken = try? await connection.query("SELECT pg_try_advisory_lock(\(Self.archiveLock)) AS taken", logger: logger)
                .collect().first?.decode(Bool.self)
            if taken == true { break }
            let releasing = Self.releasing.withLock { $0 } > 0 && ContinuousClock.now < graceDeadline
            guard ContinuousClock.now < deadline || releasing else {
                try? await connection.close()
                throw WriterBusy("another writer is changing \(description) (an import, a removal or a copy); stopped \(wait > 0 ? "after waiting \(Int(wait)) s" : "now"). Wait for it, or use --wait SECONDS")
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        return WriterLease {
            Self.releasing.withLock { $0 += 1 }
            Task {
                try? await connection.close()
                Self.releasing.withLock { $0 -= 1 }
            }
        }
    }

    /// Leases of this process whose lock connection is still closing.
    static let releasing = Mutex(0)

    /// How long a lease being released by this process is waited for, at most.
    static let releaseGrace: Duration = .seconds(10)

    public func runStarted() async throws -> String { Self.preciseNow() }

    static func now() -> String { StorageFormats.now() }
    static func preciseNow() -> String { StorageFormats.preciseNow() }
    static func json(_ value: some Encodable) -> String { StorageFormats.json(value) }
    static func escapeLike(_ s: String) -> String { StorageFormats.escapeLike(s) }
}
