import DossierFixtures
import DossierIngest
import DossierModel
import Testing

/// Which member of a container each document was read from: what lets the store keep the same
/// bytes found in two containers once.
@Suite struct ContainerMemberTests {
    typealias F = ArchiveFixtures

    static let page = F.bytes("<html><head><title>Ferry fares</title></head><body><article><p>Ferry fares rise 4% in May, the operator said on Monday.</p></article></body></html>")

    @Test func aZipMemberIsKeyedByItsOwnBytes() throws {
        let zip = F.zip([.init(name: "news/ferry.html", contents: Self.page), .init(name: "again/ferry.html", contents: Self.page, compress: false)])
        let result = try Ingest.read(zip, fileName: "bundle.zip")
        #expect(result.documents.map(\.part) == ["news/ferry.html", "again/ferry.html"])
        let members = result.documents.map(\.member)
        #expect(members[0] == ContainerMember(part: "news/ferry.html", contentHash: ContentHash.sha256(Self.page), size: Int64(Self.page.count)))
        #expect(members[1]?.contentHash == members[0]?.contentHash, "the same bytes, stored or deflated, are one content")
        #expect(members[1]?.part == "again/ferry.html")
    }

    @Test func aLooseFileIsNoMember() throws {
        #expect(try Ingest.read(Self.page, fileName: "ferry.html").documents.first?.member == nil)
        #expect(try Ingest.read(F.gzip(Self.page), fileName: "ferry.html.gz").documents.first?.member == nil,
                "a compressed file is the file itself")
    }

    @Test func aMemberInsideAMemberIsTheInnerOneWithItsWholeLocation() throws {
        let inner = F.zip([.init(name: "ferry.html", contents: Self.page)])
        let outer = F.zip([.init(name: "2025/inner.zip", contents: inner, compress: false)])
        let document = try #require(try Ingest.read(outer, fileName: "outer.zip").documents.first)
        #expect(document.part == "2025/inner.zip#ferry.html")
        #expect(document.member?.part == "2025/inner.zip#ferry.html")
        #expect(document.member?.contentHash == ContentHash.sha256(Self.page))
    }

    @Test func aFeedMembersItemsShareTheFeedAsTheirMember() throws {
        let feed = F.bytes("""
            <?xml version="1.0"?><rss version="2.0"><channel><title>Port news</title>
            <item><guid>a1</guid><title>Fares</title><description>Ferry fares rise 4% in May.</description></item>
            <item><guid>b2</guid><title>Berths</title><description>Two new berths cost $12 million.</description></item>
            </channel></rss>
            """)
        let documents = try Ingest.read(F.zip([.init(name: "feeds/port.xml", contents: feed)]), fileName: "feeds.zip").documents
        #expect(documents.count == 2)
        #expect(documents.allSatisfy { $0.member?.part == "feeds/port.xml" && $0.member?.contentHash == ContentHash.sha256(feed) })
        #expect(documents.compactMap { d in d.member?.relativePart(of: d.part) }.allSatisfy { !$0.isEmpty }, "each item keeps its own part")
    }

    @Test func aWebArchiveRecordIsKeyedByItsIdentityAndARevisitBelongsToTheArchive() throws {
        let result = try Ingest.read(WebArchiveTests.records.joined().map { $0 }, fileName: "crawl.warc")
        let bridge = try #require(result.documents.first)
        #expect(bridge.member?.part == "urn:uuid:00000000-0000-4000-8000-000000000003")
        #expect(bridge.member?.contentHash != nil && bridge.member?.contentHash != ContentHash.sha256(Self.page))
        let revisit = try #require(result.documents.last)
        #expect(revisit.metadata["revisit_of"] != nil)
        #expect(revisit.member == nil, "made from another record's payload at this record's URL and date")
        // The same record in another file (a WACZ's WARC) is the same member content.
        let again = try Ingest.read(WebArchiveTests.records.flatMap(F.gzip), fileName: "crawl.warc.gz")
        #expect(again.documents.first?.member?.contentHash == bridge.member?.contentHash)
    }

    @Test func aZipCapturedInAWebArchiveTakesTheRecordIntoItsIdentity() throws {
        let zip = F.zip([.init(name: "ferry.html", contents: Self.page)])
        let record = F.warcRecord(type: "resource", id: "urn:uuid:53000000-0000-4000-8000-000000000001",
                                  uri: "https://port.example/pack.zip", contentType: "application/zip", block: zip)
        let document = try #require(try Ingest.read(record, fileName: "pack.warc").documents.first)
        #expect(document.part == "urn:uuid:53000000-0000-4000-8000-000000000001#ferry.html")
        #expect(document.url == "https://port.example/pack.zip", "the capture's URL is stamped on it")
        #expect(document.member?.part == document.part)
        #expect(document.member?.contentHash != ContentHash.sha256(Self.page), "so it is not the same content as the page loose")
    }

    @Test func anEmailsAttachmentsBelongToTheirMessage() throws {
        let documents = try Ingest.read(F.bytes(EmailTests.message), fileName: "note.eml").documents
        #expect(documents.count > 1)
        #expect(documents.allSatisfy { $0.member == nil }, "linked to and dated by their message")
    }

    @Test func relativePartsAreWhatFollowsTheMember() {
        let member = ContainerMember(part: "a/feed.xml", contentHash: "h", size: 1)
        #expect(member.relativePart(of: "a/feed.xml") == "")
        #expect(member.relativePart(of: "a/feed.xml#item-3") == "item-3")
        #expect(member.relativePart(of: "a/feed.xml.bak") == nil)
        #expect(member.relativePart(of: "b/other.html") == nil)
    }
}
