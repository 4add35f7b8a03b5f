import ArgumentParser
import DossierKit
import DossierWeb
import Foundation

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the archive in a browser: search, documents, claims, cross-references, trace, fact sheets and a JSON API.",
        discussion: """
            Opens the archive read-only and listens on 127.0.0.1 (this machine only) unless --host says \
            otherwise. Every page is also JSON under /api/ (the same JSON as --format json). With \
            --allow-corrections, claims can be rejected or corrected from the browser by whoever holds the \
            token printed at start.

            Examples:
              dossier serve --db dossier-demo.sqlite
              dossier serve --port 0                      # any free port; the URL is printed
              dossier serve --allow-corrections --token "$DOSSIER_TOKEN"
              curl 'http://127.0.0.1:8080/api/search?q=valuation'
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "The address to listen on (127.0.0.1: this machine only; 0.0.0.0: every interface).")
    var host = "127.0.0.1"

    @Option(name: .long, help: "The port (0: any free port).")
    var port = 8080

    @Flag(name: .long, help: "Allow rejecting and correcting claims from the browser (needs the token).")
    var allowCorrections = false

    @Option(name: .long, help: "The write token (default: a random one, printed at start). Needs --allow-corrections.")
    var token: String?

    @Option(name: .long, help: "Read-only database connections serving requests side by side.")
    var readers = 4

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port must be from 0 to 65535") }
        if !(1...64).contains(readers) { throw ValidationError("--readers must be from 1 to 64") }
        if token != nil, !allowCorrections { throw ValidationError("--token needs --allow-corrections") }
        if let token, !WebServer.isValidToken(token) {
            throw ValidationError("--token must be at least 16 characters of letters, digits, '.', '_', '~' or '-' (or leave it out for a random one)")
        }
    }

    func run() async throws {
        let archive = try await database.openForServing(readers: readers)
        let writer = allowCorrections ? try await database.open() : nil
        let loopback = ["127.0.0.1", "localhost", "::1"].contains(host)
        let server = WebServer(archive: archive, writer: writer, token: token, loopbackOnly: loopback)
        if allowCorrections, !loopback {
            Terminal.warning("corrections are allowed on \(host) without TLS: the token crosses the network in clear; put a TLS proxy in front or listen on 127.0.0.1")
        }
        let shownHost = host.contains(":") ? "[\(host)]" : (host == "0.0.0.0" ? "127.0.0.1" : host)
        let path = archive.description
        let token = server.token
        do {
            try await serve(server, path: path, token: token, shownHost: shownHost)
        } catch {
            // Binding fails before anything is served: say where, why, and what to do.
            let reason = "\(error)"
            if reason.contains("Address already in use") {
                throw DossierFailure(message: "cannot listen on \(host):\(port): the port is in use (another dossier serve?); choose another --port, or --port 0 for any free one")
            }
            throw DossierFailure(message: "cannot listen on \(host):\(port): \(reason)")
        }
    }

    func serve(_ server: WebServer, path: String, token: String?, shownHost: String) async throws {
        try await server.run(host: host, port: port) { bound in
            var lines = ["Dossier is serving \(path) at http://\(shownHost):\(bound)/ (Ctrl-C to stop)"]
            if let token { lines.append("write token (corrections): \(token)") }
            // Written at once, unbuffered: a script waiting for the URL reads it now, not at exit.
            FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        }
    }
}
