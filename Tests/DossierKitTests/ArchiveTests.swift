import Foundation
import Testing
@testable import DossierKit

@Suite struct ArchiveTests {
    @Test func databasePathComesFromTheEnvironmentOrTheDefault() {
        #expect(Archive.defaultPath(environment: ["DOSSIER_DB": "/data/newsroom.sqlite"]) == "/data/newsroom.sqlite")
        #expect(Archive.defaultPath(environment: ["DOSSIER_DB": ""]) == "dossier.sqlite")
        #expect(Archive.defaultPath(environment: [:]) == "dossier.sqlite")
    }

    @Test func absolutePathsAreNormalised() {
        #expect(FileWalker.absolutePath("/a/./b//c/../d") == "/a/b/d")
        #expect(FileWalker.absolutePath("x").hasSuffix("/x"))
        #expect(FileWalker.absolutePath("x").hasPrefix("/"))
    }

    @Test func importThenReimportInProcess() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-kit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Quarterly note\n\nRevenue rose 12% to $4.2 billion in the third quarter of 2025.\n"
            .write(to: folder.appendingPathComponent("note.txt"), atomically: true, encoding: .utf8)
        let archive = try Archive.open(path: folder.appendingPathComponent("k.sqlite").path)
        let first = try await archive.importPaths([folder.appendingPathComponent("note.txt").path])
        #expect(first.imported == 1)
        #expect(first.documents == 1)
        #expect(first.claims >= 2, "a percent and a money figure")
        let second = try await archive.importPaths([folder.appendingPathComponent("note.txt").path])
        #expect(second.unchanged == 1)
        #expect(second.imported == 0)
    }
}

/// Regression: the walker copied each directory entry's 256-byte `d_name`
/// array, reading past the end of the kernel's tightly packed entry buffer;
/// on a folder of 10,000 files the last entry of a buffer could end at an
/// unmapped page and the import crashed (SIGSEGV) before reading any file.
@Suite struct FileWalkerLargeFolderTests {
    @Test func walksAFolderOfThousandsOfFilesWithVaryingNames() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-walk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let count = 6_000
        for i in 0..<count {
            let name = "story-\(i)-" + String(repeating: "x", count: i % 97) + ".txt"
            _ = FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data("x".utf8))
        }
        let (files, problems) = FileWalker.walk([folder.path])
        #expect(problems.isEmpty)
        #expect(files.count == count)
        #expect(Set(files.map(\.path)).count == count)
        #expect(files.allSatisfy { $0.path.hasSuffix(".txt") && $0.size == 1 })
    }
}
