import DossierFixtures
import DossierIngest
import Testing

/// Hostile and damaged containers, each written here: they fail with a
/// reason (or fail alone), never crash, hang or expand without bound.
@Suite struct HostileContainerTests {
    typealias F = ArchiveFixtures

    @Test func aZip64RecordPointingPastTheEndIsDamageNotACrash() {
        var archive = F.zip([.init(name: "a.txt", contents: F.bytes("Wharf rent is $2,000 a month."))])
        // A zip64 end-of-directory locator, just before the end record, pointing at 2^64 - 1.
        let end = archive.count - 22
        let locator = F.le32(0x0706_4B50) + F.le32(0) + F.le32(0xFFFF_FFFF) + F.le32(0xFFFF_FFFF) + F.le32(1)
        archive.insert(contentsOf: locator, at: end)
        do {
            _ = try Ingest.read(archive, fileName: "z64.zip")
            Issue.record("a zip with an impossible zip64 record was read")
        } catch {
            #expect(error.description.contains("zip64"), "\(error)")
        }
    }

    @Test func membersSharingOneStreamAreRefused() {
        // Two directory entries pointing at the same data: the overlapping-entries bomb.
        var archive = F.zip([.init(name: "a.txt", contents: F.bytes("Berth 4 closes in May.")),
                             .init(name: "b.txt", contents: F.bytes("Berth 4 closes in May."))])
        // Point the second central entry's local-header offset (entry start + 42) at the first member.
        let directory = archive.indices.filter { i in i + 4 <= archive.count && Array(archive[i..<(i + 4)]) == F.le32(0x0201_4B50) }
        let second = directory[1]
        archive.replaceSubrange((second + 42)..<(second + 46), with: F.le32(0))
        let result = try? Ingest.read(archive, fileName: "overlap.zip")
        #expect(result?.documents.count == 1)
        #expect(result?.failures.first?.reason.contains("overlaps another member") == true, "\(String(describing: result?.failures))")
    }

    @Test func forwardedMessagesNestedWithoutEndStopAtTheDepthLimit() throws {
        var message = "From: a@example.org\nSubject: innermost\nDate: Mon, 03 Mar 2025 10:00:00 +0000\n\nThe levy is $3 million.\n"
        for level in 0..<40 {
            message = "From: a@example.org\nSubject: level \(level)\nDate: Mon, 03 Mar 2025 10:00:00 +0000\nContent-Type: message/rfc822\n\n" + message
        }
        let result = try Ingest.read(F.bytes(message), fileName: "bomb.eml")
        #expect(result.documents.count <= 5)
        #expect(result.failures.contains { $0.reason.contains("nested more than") }, "\(result.failures)")
    }

    @Test func aHeaderFullOfUnfinishedEncodedWordsIsReadInLinearTime() throws {
        // If each `=?` searched the rest of the header for its end, this would take minutes.
        let subject = String(repeating: "=?ab", count: 60_000)
        let mail = "From: a@example.org\nSubject: \(subject)\nDate: Mon, 03 Mar 2025 10:00:00 +0000\n\nFerry fares rise 4%.\n"
        let document = try #require(try Ingest.read(F.bytes(mail), fileName: "odd.eml").documents.first)
        #expect(document.title?.count == subject.count)
    }

    @Test func aRecordWithABadLengthIsSkippedAndTheRestRead() throws {
        let good = { (n: Int) in
            F.warcRecord(type: "response", id: "urn:uuid:50000000-0000-4000-8000-00000000000\(n)", uri: "https://example.org/\(n)",
                         contentType: "application/http; msgtype=response",
                         block: F.http(headers: [("Content-Type", "text/plain")], body: F.bytes("Story \(n): tolls rise \(n)%.\n")))
        }
        var bad = F.warcRecord(type: "response", id: "urn:uuid:50000000-0000-4000-8000-000000000009", uri: "https://example.org/bad",
                               contentType: "application/http; msgtype=response", block: F.bytes("HTTP/1.1 200 OK\r\n\r\nbody"))
        let text = String(decoding: bad, as: UTF8.self).replacingOccurrences(of: "Content-Length: ", with: "Content-Length: x")
        bad = F.bytes(text)
        for (name, bytes) in [("bad.warc", good(1) + bad + good(2)), ("bad.warc.gz", F.gzip(good(1)) + F.gzip(bad) + F.gzip(good(2)))] {
            let result = try Ingest.read(bytes, fileName: name)
            #expect(result.documents.count == 2, "\(name): \(result.failures)")
            #expect(result.failures.map(\.part) == ["urn:uuid:50000000-0000-4000-8000-000000000009"], "\(name)")
        }
    }

    @Test func manySmallBombsAddUpToARefusal() throws {
        // Each member is under the 4 MiB floor of the ratio check; together they expand a thousandfold.
        let filler = F.bytes(String(repeating: "Harbour dues rose again. ", count: 40_000))
        let archive = F.zip((0..<20).map { .init(name: "part\($0).txt", contents: filler) })
        let result = try Ingest.read(archive, fileName: "many.zip")
        #expect(result.documents.count < 20)
        #expect(result.failures.contains { $0.reason.contains("decompression bomb") && $0.reason.contains("together") }, "\(result.failures)")
    }

    @Test func aRecordWhoseLengthRunsPastTheNextRecordIsSkipped() throws {
        func record(_ n: Int, length: Int? = nil) -> [UInt8] {
            F.warcRecord(type: "response", id: "urn:uuid:70000000-0000-4000-8000-00000000000\(n)", uri: "https://example.org/\(n)",
                         contentType: "application/http; msgtype=response",
                         block: F.http(headers: [("Content-Type", "text/plain")], body: F.bytes("Story \(n): fares rise \(n)%.\n")),
                         declaredLength: length)
        }
        let bad = record(5, length: 99_999_999)
        for (name, bytes) in [("long.warc", record(1) + bad + record(2)),
                              ("long.warc.gz", F.gzip(record(1)) + F.gzip(bad) + F.gzip(record(2))),
                              ("one-member.warc.gz", F.gzip(record(1) + bad + record(2)))] {
            let result = try Ingest.read(bytes, fileName: name)
            #expect(result.documents.count == 2, "\(name): \(result.failures)")
            #expect(result.failures.map(\.part) == ["urn:uuid:70000000-0000-4000-8000-000000000005"], "\(name): \(result.failures)")
        }
    }

    @Test func aWARCGzippedAsOneStreamSaysWhatCouldNotBeRead() throws {
        let records = (0..<24).flatMap { n in
            F.warcRecord(type: "response", id: "urn:uuid:60000000-0000-4000-8000-0000000000\(n < 10 ? "0" : "")\(n)",
                         uri: "https://example.org/\(n)", contentType: "application/http; msgtype=response",
                         block: F.http(headers: [("Content-Type", "text/plain")],
                                       body: F.bytes("Report \(n). " + String(repeating: "Cargo volumes and costs rose again this year. ", count: 2_000))))
        }
        let result = try Ingest.read(F.gzip(records), fileName: "whole.warc.gz", maxSize: 1 << 20)
        #expect(!result.documents.isEmpty)
        #expect(result.documents.count < 24)
        #expect(result.failures.contains { $0.reason.contains("compressed as one stream") }, "\(result.failures)")
    }

    @Test func aWordTextBoxIsReadOnceNotWithItsFallbackCopy() throws {
        let body = """
            <w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">\
            <mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>Boxed: fares up 4%</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>\
            <mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Boxed: fares up 4%</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>\
            </mc:AlternateContent></w:r></w:p>
            """
        let document = try #require(try Ingest.read(F.docx(body: body, core: nil), fileName: "box.docx").documents.first)
        #expect(document.text == "Boxed: fares up 4%")
    }

    @Test func aFileNameSplitAcrossRFC2231SectionsIsDecodedWhole() throws {
        // "€" is E2 82 AC in UTF-8, split between two sections.
        let mail = """
            From: a@example.org
            Subject: budget
            Date: Mon, 03 Mar 2025 10:00:00 +0000
            Content-Type: multipart/mixed; boundary="b"

            --b
            Content-Type: text/plain

            See the attached note.
            --b
            Content-Type: text/plain
            Content-Disposition: attachment; filename*0*=utf-8''cost%E2%82; filename*1*=%AC.txt

            Dredging: 14 million.
            --b--
            """
        let result = try Ingest.read(F.bytes(mail), fileName: "split.eml")
        #expect(result.documents.map(\.part) == ["", "cost€.txt"])
    }
}
