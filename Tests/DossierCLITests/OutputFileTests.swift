import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `export -o PATH` writes to what PATH is: a regular file is replaced whole
/// with its mode kept; a symlink is written through; a FIFO (like a device)
/// is written in place, never replaced by a regular file.
@Suite struct OutputFileTests {
    static func archive() throws -> CLIRunner {
        let cli = try CLIRunner()
        try cli.write("docs/a.txt", "The ferry terminal will cost $48 million, the port said.\n")
        _ = try cli.run(["import", "docs"])
        return cli
    }

    static func mode(_ path: String, follow: Bool = false) -> mode_t {
        var info = stat()
        _ = follow ? stat(path, &info) : lstat(path, &info)
        return info.st_mode
    }

    @Test func aRegularFileIsReplacedAndKeepsItsMode() throws {
        let cli = try Self.archive()
        defer { cli.cleanUp() }
        let path = try cli.write("out/sheet.md", "old contents")
        chmod(path, 0o640)
        let run = try cli.run(["export", "--format", "md", "-o", path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("$48 million"))
        #expect(Self.mode(path) & 0o777 == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.folder.appendingPathComponent("out").path) == ["sheet.md"],
                "no temporary file left behind")
    }

    @Test func aSymlinkIsWrittenThroughNotReplaced() throws {
        let cli = try Self.archive()
        defer { cli.cleanUp() }
        let target = try cli.write("real/sheet.md", "old")
        let link = cli.folder.appendingPathComponent("link.md").path
        #expect(symlink(target, link) == 0)
        let run = try cli.run(["export", "--format", "md", "-o", link])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(Self.mode(link) & S_IFMT == S_IFLNK, "the link is still a link")
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains("$48 million"), "its target holds the sheet")
    }

    @Test func aDanglingSymlinkCreatesItsTarget() throws {
        let cli = try Self.archive()
        defer { cli.cleanUp() }
        let target = cli.folder.appendingPathComponent("made.md").path
        let link = cli.folder.appendingPathComponent("dangling.md").path
        #expect(symlink(target, link) == 0)
        #expect(try cli.run(["export", "--format", "md", "-o", link]).status == 0)
        #expect(Self.mode(link) & S_IFMT == S_IFLNK)
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains("$48 million"))
    }

    @Test func aFIFOIsWrittenInPlaceAndStaysAFIFO() throws {
        let cli = try Self.archive()
        defer { cli.cleanUp() }
        let fifo = cli.folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // A reader on the other end, as a shell's `cat pipe` would be. The test holds a write end of
        // its own until the export is done, so the reader neither ends early nor waits forever.
        // Close-on-exec: another test's child must not inherit a write end and delay the end of file.
        let readEnd = open(fifo, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        let ownWriteEnd = open(fifo, O_WRONLY | O_NONBLOCK | O_CLOEXEC)
        #expect(readEnd >= 0 && ownWriteEnd >= 0)
        _ = fcntl(readEnd, F_SETFL, fcntl(readEnd, F_GETFL) & ~O_NONBLOCK)
        nonisolated(unsafe) var received = Data()
        let done = DispatchSemaphore(value: 0)
        let handle = FileHandle(fileDescriptor: readEnd, closeOnDealloc: true)
        DispatchQueue.global().async {
            received = handle.readDataToEndOfFile()
            done.signal()
        }
        let run = try cli.run(["export", "--format", "md", "-o", fifo])
        close(ownWriteEnd)
        done.wait()
        #expect(run.status == 0, "\(run.stderr)")
        #expect(Self.mode(fifo) & S_IFMT == S_IFIFO, "still a FIFO, not a regular file")
        #expect(String(decoding: received, as: UTF8.self).contains("$48 million"))
    }

    @Test func standardOutputByNameIsWrittenWhereItPoints() throws {
        let cli = try Self.archive()
        defer { cli.cleanUp() }
        let run = try cli.run(["export", "--format", "md", "-o", "/dev/stdout"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("$48 million"))
    }

    @Test func aFolderIsRefusedWithAReason() throws {
        let cli = try Self.archive()
        defer { cli.cleanUp() }
        let run = try cli.run(["export", "--format", "md", "-o", cli.folder.path])
        #expect(run.status != 0)
        #expect(run.stderr.contains("it is a folder"), "\(run.stderr)")
    }
}
