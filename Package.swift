// swift-tools-version:6.1
import PackageDescription

// Layers, dependencies pointing one way (see README "Architecture"):
//   DossierModel  ← DossierIngest (libxml2) / DossierClaims (pure Swift)
//   DossierModel  ← DossierStorage (the records and the `ArchiveStorage` protocol; no engine)
//   DossierStorage ← DossierSQLite (GRDB; all SQLite SQL) / DossierPostgres (PostgresNIO; all PostgreSQL SQL)
//   DossierLanguage (tokeniser, tagger, parser; depends on nothing) ← DossierClaims
//   DossierQuery  ← Storage + Model (xref, trace, export; never an engine)
//   DossierKit    ← everything: the facade the CLI (and a future web UI) calls
//   DossierWeb    ← DossierKit + Hummingbird: `dossier serve` (never GRDB or SQL)
//   dossier       ← DossierKit + DossierWeb + ArgumentParser, kept thin
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Dossier",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .executable(name: "dossier-language", targets: ["dossier-language"]),
        .library(name: "DossierKit", targets: ["DossierKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // The web front end. Its configuration-file support (swift-configuration) is not used.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
        // Already under Hummingbird; named for the header field names (HTTPTypes) and the server's logger.
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // The PostgreSQL backend, for teams sharing one archive.
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        // Already under postgres-nio; named for the TLS settings (`sslmode`).
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Gzip and zip members (DEFLATE), and brotli bodies inside web archives: the system libraries.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CBrotli", pkgConfig: "libbrotlidec", providers: [.apt(["libbrotli-dev"])]),
        // Lets DossierSQLite name indexed terms in a query without the porter stemmer changing them.
        .target(name: "CFTSPrefix", linkerSettings: [.linkedLibrary("sqlite3")]),
        .target(name: "DossierModel", swiftSettings: strict),
        // Tokeniser, tagger and dependency parser; pure Swift, knows nothing of figures. The model file
        // (CC BY-SA 4.0, trained on UD English EWT) and its licence note travel together in Resources.
        // Optimised in debug builds too: the claims extractor parses every sentence with a figure, and an
        // unoptimised tagger and parser make the debug test suite several times slower.
        .target(
            name: "DossierLanguage", resources: [.copy("Resources")],
            swiftSettings: strict + [.unsafeFlags(["-O"], .when(configuration: .debug))]
        ),
        // Trains and evaluates the language model from the treebank (reproduces the shipped file).
        .executableTarget(
            name: "dossier-language",
            dependencies: ["DossierLanguage", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict
        ),
        .target(name: "DossierIngest", dependencies: ["DossierModel", "CLibXML2", "CZlib", "CBrotli"], swiftSettings: strict),
        .target(name: "DossierClaims", dependencies: ["DossierModel", "DossierLanguage"], swiftSettings: strict),
        // What an archive stores and asks, with no engine: front ends and queries see only this.
        .target(name: "DossierStorage", dependencies: ["DossierModel"], swiftSettings: strict),
        // The embedded backend: one SQLite file.
        .target(
            name: "DossierSQLite",
            dependencies: ["DossierModel", "DossierStorage", "CFTSPrefix", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict
        ),
        // The shared backend: a PostgreSQL server (`--db postgres://…`).
        .target(
            name: "DossierPostgres",
            dependencies: [
                "DossierModel", "DossierStorage",
                .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .target(name: "DossierQuery", dependencies: ["DossierModel", "DossierStorage"], swiftSettings: strict),
        .target(
            name: "DossierKit",
            dependencies: ["DossierModel", "DossierIngest", "DossierClaims", "DossierStorage", "DossierSQLite", "DossierPostgres", "DossierQuery", "DossierLanguage"],
            swiftSettings: strict
        ),
        .target(
            name: "DossierWeb",
            dependencies: [
                "DossierKit", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"), .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "dossier",
            dependencies: ["DossierKit", "DossierWeb", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict
        ),
        // Benchmarks (BENCHMARKS.md): the suite is a library so a smoke test keeps it from rotting.
        .target(
            name: "DossierBenchmarks",
            dependencies: [
                "DossierKit", "DossierIngest", "DossierClaims", "DossierStorage", "DossierSQLite", "DossierModel", "DossierFixtures",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Benchmarks/Sources/DossierBenchmarks",
            swiftSettings: strict
        ),
        .executableTarget(
            name: "dossier-bench",
            dependencies: ["DossierBenchmarks"],
            path: "Benchmarks/Sources/dossier-bench",
            swiftSettings: strict
        ),
        .testTarget(
            name: "DossierBenchmarksTests",
            dependencies: ["DossierBenchmarks"],
            path: "Benchmarks/Tests/DossierBenchmarksTests"
        ),
        .testTarget(name: "DossierModelTests", dependencies: ["DossierModel"]),
        .testTarget(name: "DossierLanguageTests", dependencies: ["DossierLanguage"]),
        // Files the tests write byte by byte (gzip, zip, WARC, Word, PDF): shared by the test targets, never shipped.
        .target(name: "DossierFixtures", dependencies: ["CZlib"], path: "Tests/Support/DossierFixtures"),
        .testTarget(name: "DossierIngestTests", dependencies: ["DossierIngest", "DossierModel", "DossierFixtures"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "DossierClaimsTests", dependencies: ["DossierClaims", "DossierModel"], exclude: ["EvaluationDrafts"],
                    resources: [.copy("Evaluation")]),
        .testTarget(name: "DossierStorageTests", dependencies: ["DossierStorage", "DossierModel"]),
        .testTarget(name: "DossierSQLiteTests", dependencies: ["DossierSQLite", "DossierStorage", "DossierModel"]),
        .testTarget(name: "DossierQueryTests", dependencies: ["DossierQuery", "DossierStorage", "DossierSQLite", "DossierModel"]),
        // The cross-reference test corpus is read by path (#filePath), not bundled.
        .testTarget(name: "DossierKitTests", dependencies: ["DossierKit", "DossierQuery", "DossierStorage", "DossierSQLite"], exclude: ["XrefCorpus"]),
        .testTarget(name: "DossierWebTests", dependencies: [
            "DossierWeb", "DossierKit",
            .product(name: "HummingbirdTesting", package: "hummingbird"), .product(name: "HTTPTypes", package: "swift-http-types"),
        ]),
        // The storage contract, run against every backend: SQLite always, PostgreSQL when
        // DOSSIER_TEST_POSTGRES_URL names a server (required when DOSSIER_REQUIRE_POSTGRES=1; .ci/run starts one).
        .testTarget(name: "DossierConformanceTests", dependencies: [
            "DossierKit", "DossierStorage", "DossierSQLite", "DossierPostgres", "DossierModel", "DossierFixtures",
            .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "Logging", package: "swift-log"),
        ]),
        // Golden files are read by path (#filePath), not bundled.
        .testTarget(name: "DossierCLITests", dependencies: ["dossier", "DossierFixtures"], exclude: ["Golden"]),
    ]
)
