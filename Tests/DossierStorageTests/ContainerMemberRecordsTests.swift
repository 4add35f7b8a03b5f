import DossierModel
import DossierStorage
import Testing

/// Splitting a container's documents into its own and its members', and reading a location back.
@Suite struct ContainerMemberRecordsTests {
    static func input(_ part: String, member: ContainerMember?) -> DocumentInput {
        var document = ParsedDocument(part: part, kind: .article, format: "html", text: "text of \(part)")
        document.member = member
        return DocumentInput(document: document, textHash: part, claims: [])
    }

    @Test func documentsAreGroupedByMemberWithPartsRelativeToIt() {
        let feed = ContainerMember(part: "feeds/port.xml", contentHash: "f", size: 10)
        let page = ContainerMember(part: "news/a.html", contentHash: "p", size: 5)
        let copy = ContainerMember(part: "copy/a.html", contentHash: "p", size: 5)
        let (own, members) = MemberInput.split([
            Self.input("news/a.html", member: page),
            Self.input("feeds/port.xml#a1", member: feed),
            Self.input("revisit-1", member: nil),
            Self.input("feeds/port.xml#b2", member: feed),
            Self.input("copy/a.html", member: copy),
        ])
        #expect(own.map(\.document.part) == ["revisit-1"])
        #expect(members.map(\.part) == ["news/a.html", "feeds/port.xml", "copy/a.html"])
        #expect(members.map(\.contentHash) == ["p", "f", "p"], "the same bytes at two places are two members of one content")
        #expect(members[1].documents.map(\.document.part) == ["a1", "b2"])
        #expect(members[0].documents.map(\.document.part) == [""])
        #expect(members.flatMap(\.documents).allSatisfy { $0.document.member == nil })
    }

    @Test func aDocumentOutsideItsStatedMemberStaysTheContainers() {
        let member = ContainerMember(part: "news/a.html", contentHash: "p", size: 5)
        let (own, members) = MemberInput.split([Self.input("elsewhere.html", member: member)])
        #expect(own.map(\.document.part) == ["elsewhere.html"] && members.isEmpty)
    }

    @Test func anOldDocumentBelongsToTheInnermostMemberThatStartsItsPart() {
        let members = [
            MemberInput(part: "w.warc", contentHash: "W", size: 1, documents: []),
            MemberInput(part: "w.warc#urn:1", contentHash: "R", size: 1, documents: []),
        ]
        #expect(MemberInput.owner(of: "w.warc#urn:1", among: members).map { [$0.index: $0.relativePart] } == [1: ""])
        #expect(MemberInput.owner(of: "w.warc#urn:2", among: members).map { [$0.index: $0.relativePart] } == [0: "urn:2"])
        #expect(MemberInput.owner(of: "other.html", among: members) == nil)
        #expect(!MemberInput.belongs("w.warcx", to: members))
    }

    @Test func aLocationIsReadAsAWholeFileAndAtEachHash() {
        let readings = LocationReference.readings(of: "crawl.wacz#archive/data.warc.gz#urn:uuid:1")
        #expect(readings.map(\.file) == ["crawl.wacz#archive/data.warc.gz#urn:uuid:1", "crawl.wacz", "crawl.wacz#archive/data.warc.gz"])
        #expect(readings.map(\.part) == [nil, "archive/data.warc.gz#urn:uuid:1", "urn:uuid:1"])
        #expect(LocationReference.readings(of: "plain.html").count == 1)
    }
}
