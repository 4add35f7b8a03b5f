public import DossierKit
public import Hummingbird
import Logging

/// `dossier serve`: the archive in a browser, and its JSON API. Reads go through a pool of
/// read-only connections; writes (corrections, when allowed) through a second archive opened for
/// writing, each under the database's writer lock.
public struct WebServer: Sendable {
    let archive: Archive
    let writer: Archive?
    let access: WriteAccess
    /// Answer only requests addressed to this machine by a loopback name (see `SafetyMiddleware`).
    let loopbackOnly: Bool
    /// Cross-references kept while the archive is unchanged.
    let crossReferences = CrossReferenceCache()

    /// - Parameters:
    ///   - archive: opened for reading (`Archive.openForServing`).
    ///   - writer: opened for writing when corrections are allowed, else nil.
    ///   - token: the write token; nil makes one (read it back from `token`).
    ///   - loopbackOnly: true when listening on a loopback address: requests that name another host
    ///     (a DNS-rebinding page in a browser) are refused.
    public init(archive: Archive, writer: Archive? = nil, token: String? = nil, loopbackOnly: Bool = true) {
        self.archive = archive
        self.writer = writer
        self.loopbackOnly = loopbackOnly
        access = WriteAccess(token: writer == nil ? nil : (token ?? WriteAccess.randomToken()))
    }

    /// The token writing requests must carry, when corrections are allowed.
    public var token: String? { access.token }

    /// Whether `token` can be used as a write token: 16 characters or more, letters, digits and `._~-`
    /// (it travels unquoted in a cookie and a header).
    public static func isValidToken(_ token: String) -> Bool { WriteAccess.isValidToken(token) }

    /// The routes, for a server or for tests.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: SafetyMiddleware(loopbackOnly: loopbackOnly))
        Pages(server: self).register(on: router)
        API(server: self).register(on: router)
        return router
    }

    /// Serves until cancelled (or SIGINT/SIGTERM). `started` receives the bound port (useful with port 0).
    public func run(host: String, port: Int, started: @escaping @Sendable (Int) async -> Void) async throws {
        var logger = Logger(label: "dossier.serve")
        logger.logLevel = .warning
        let app = Application(
            router: router(),
            configuration: .init(address: .hostname(host, port: port), serverName: "Dossier"),
            onServerRunning: { channel in await started(channel.localAddress?.port ?? port) },
            logger: logger
        )
        try await app.runService()
    }
}
