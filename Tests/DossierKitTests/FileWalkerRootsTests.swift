import Foundation
import Testing
@testable import DossierKit

/// Overlapping roots and links: every file is listed once, under the first
/// path that reached it, with its size and mtime from the file it points at.
@Suite struct FileWalkerRootsTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-roots-\(UUID().uuidString)")
        let sub = folder.appendingPathComponent("wire/2024")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try Data("alpha".utf8).write(to: folder.appendingPathComponent("a.html"))
        try Data("bravo!".utf8).write(to: sub.appendingPathComponent("b.xml"))
        try Data("hidden".utf8).write(to: sub.appendingPathComponent(".draft.html"))
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    @Test func aFileRootInsideAFolderRootIsListedOnce() {
        defer { remove() }
        let file = folder.appendingPathComponent("a.html").path
        let (files, problems) = FileWalker.walk([file, folder.path, file])
        #expect(problems.isEmpty)
        #expect(files.map(\.path).sorted() == [file, folder.appendingPathComponent("wire/2024/b.xml").path])
        #expect(files.first { $0.path == file }?.size == 5)
    }

    @Test func aFolderGivenTwiceOrInsideAnotherRootIsWalkedOnce() {
        defer { remove() }
        let sub = folder.appendingPathComponent("wire").path
        let (files, _) = FileWalker.walk([sub, folder.path, folder.path + "/"])
        #expect(files.count == 2)
        #expect(Set(files.map(\.path)).count == 2)
        #expect(files.first { $0.path.hasSuffix("b.xml") }?.root == sub)
    }

    @Test func filesAreStatedThroughSymlinksAndLinkedFoldersAreNotWalkedTwice() throws {
        defer { remove() }
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("latest.html").path,
                                                   withDestinationPath: folder.appendingPathComponent("a.html").path)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("mirror").path,
                                                   withDestinationPath: folder.appendingPathComponent("wire").path)
        let (files, problems) = FileWalker.walk([folder.path])
        #expect(problems.isEmpty)
        let names = files.map { String($0.path.dropFirst(folder.path.count + 1)) }.sorted()
        // The link to a file is a file of its own; the linked folder is the
        // same folder as wire/, so b.xml is listed once.
        #expect(names == ["a.html", "latest.html", "wire/2024/b.xml"] || names == ["a.html", "latest.html", "mirror/2024/b.xml"])
        #expect(files.first { $0.path.hasSuffix("latest.html") }?.size == 5)
    }
}
