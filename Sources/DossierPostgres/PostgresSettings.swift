import Foundation

/// Where a PostgreSQL archive is and how to reach it: a `postgres://` URL, completed by the usual
/// `PG*` environment variables as `psql` reads them (PGHOST, PGPORT, PGUSER, PGPASSWORD,
/// PGDATABASE, PGSSLMODE). What the URL says wins over the environment.
public struct PostgresSettings: Sendable, Equatable {
    /// How TLS is used, as libpq's `sslmode` names it.
    public enum TLSMode: String, Sendable, CaseIterable {
        /// Never.
        case disable
        /// When the server offers it (the default): encrypted, the certificate not checked.
        case prefer
        /// Always, the certificate not checked; refuses a server without TLS.
        case require
        /// Always, the certificate checked against the system's authorities, not the host name.
        case verifyCA = "verify-ca"
        /// Always, the certificate checked against the system's authorities and the host name.
        case verifyFull = "verify-full"
    }

    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    public var tls: TLSMode

    /// True when `reference` (a `--db` value) names a PostgreSQL server rather than a file.
    public static func isURL(_ reference: String) -> Bool {
        reference.hasPrefix("postgres://") || reference.hasPrefix("postgresql://")
    }

    /// Reads a `postgres://user:password@host:port/database?sslmode=…` URL; missing parts come from
    /// `environment`, then from PostgreSQL's defaults (localhost, 5432, the login name).
    public init(url: String, environment: [String: String]? = nil) throws {
        let environment = environment ?? ProcessInfo.processInfo.environment
        guard Self.isURL(url), let components = URLComponents(string: url) else {
            throw SettingsError("cannot read \(Self.redacted(url)) as a PostgreSQL URL; write postgres://USER@HOST:PORT/DATABASE")
        }
        func env(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        host = components.host.flatMap { $0.isEmpty ? nil : $0.removingPercentEncoding } ?? env("PGHOST") ?? "localhost"
        if let port = components.port {
            self.port = port
        } else if let text = env("PGPORT") {
            guard let port = Int(text), (1...65535).contains(port) else { throw SettingsError("PGPORT \(text) is not a port number") }
            self.port = port
        } else {
            port = 5432
        }
        user = components.user?.removingPercentEncoding ?? env("PGUSER") ?? env("USER") ?? "postgres"
        password = components.password?.removingPercentEncoding ?? env("PGPASSWORD")
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? (env("PGDATABASE") ?? user) : (path.removingPercentEncoding ?? path)
        let mode = components.queryItems?.first { $0.name == "sslmode" }?.value ?? env("PGSSLMODE") ?? "prefer"
        switch mode {
        case "disable", "allow": tls = .disable
        case "prefer": tls = .prefer
        case "require": tls = .require
        case "verify-ca": tls = .verifyCA
        case "verify-full": tls = .verifyFull
        default: throw SettingsError("sslmode \(mode) is not one of disable, prefer, require, verify-ca, verify-full")
        }
        if host.hasPrefix("/") {
            throw SettingsError("\(host) is a socket folder; Dossier connects over TCP: give a host name (127.0.0.1 for this machine)")
        }
    }

    /// The URL without its password, for messages and `dossier sources`.
    public var description: String {
        "postgres://\(user)@\(host.contains(":") ? "[\(host)]" : host):\(port)/\(database)"
    }

    /// A URL with any password replaced by `***`.
    static func redacted(_ url: String) -> String {
        guard var components = URLComponents(string: url), components.password != nil else { return url }
        components.password = "***"
        return components.string ?? url
    }
}

/// A PostgreSQL URL or setting that cannot be used.
public struct SettingsError: Error, CustomStringConvertible, Sendable {
    public var description: String
    init(_ description: String) { self.description = description }
}
