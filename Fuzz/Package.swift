// swift-tools-version:5.3
import PackageDescription

// libFuzzer targets for Dossier (see README "Fuzzing"; run them with scripts/fuzz.sh).
// A separate package because every module must be built with
//   swift build -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
// which the main build must not be. Tools version 5.3 on purpose: later ones
// rename an executable's entry point for testing, which clashes with
// libFuzzer providing `main` (swift-protobuf's FuzzTesting does the same).
let kit: Target.Dependency = .product(name: "DossierKit", package: "Dossier")

let package = Package(
    name: "DossierFuzz",
    dependencies: [.package(name: "Dossier", path: "..")],
    targets: [
        // Each target reaches the layer it fuzzes through the DossierKit
        // product, which builds every library module.
        .target(name: "FuzzHTMLIngest", dependencies: [kit]),
        .target(name: "FuzzXMLIngest", dependencies: [kit]),
        .target(name: "FuzzClaimScanner", dependencies: [kit]),
        .target(name: "FuzzSearchQuery", dependencies: [kit]),
    ]
)
