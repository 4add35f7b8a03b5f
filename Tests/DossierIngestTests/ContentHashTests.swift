import Foundation
import Testing
@testable import DossierIngest

@Test func sha256OfABC() {
    #expect(ContentHash.sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(ContentHash.sha256("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
}

/// Every length around the padding boundaries (55/56/63/64 bytes and their
/// multiples), checked against the system's `sha256sum`, and the String and
/// byte entry points agree.
@Test func sha256AgreesWithSha256sumAcrossBlockBoundaries() throws {
    let tool = "/usr/bin/sha256sum"
    guard FileManager.default.isExecutableFile(atPath: tool) else { return }
    var lengths = Array(0...130)
    lengths += [183, 184, 191, 192, 1_000, 4_095, 4_096, 65_537]
    for length in lengths {
        let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ length) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(bytes))
        try input.fileHandleForWriting.close()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let expected = String(printed.prefix(64))
        #expect(ContentHash.sha256(bytes) == expected, "length \(length)")
    }
    let text = "Grüße — 价格 $4.2bn"
    #expect(ContentHash.sha256(text) == ContentHash.sha256(Array(text.utf8)))
}
