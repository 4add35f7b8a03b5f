import DossierFixtures
import DossierIngest
import Testing

/// `.eml` and `mbox`: one document per message (Subject as title, From as
/// byline, Date as published), attachments as documents of their own.
@Suite struct EmailTests {
    typealias F = ArchiveFixtures

    static let message = """
        Return-Path: <desk@harbour-times.example>
        Received: from mail.harbour-times.example by mx.example.org; Tue, 4 Mar 2025 09:15:02 +0000
        From: =?utf-8?Q?Jos=C3=A9_Pe=C3=B1a?= <jose@harbour-times.example>
        To: newsdesk@example.org
        Subject: =?utf-8?B?RHJlZGdpbmcgY29zdHMg4oCTIGZpbmFsIGZpZ3VyZXM=?=
        Date: Tue, 4 Mar 2025 09:14:55 +0000
        Message-ID: <20250304.0914@harbour-times.example>
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="outer-1"

        This is a multi-part message in MIME format.

        --outer-1
        Content-Type: multipart/alternative; boundary="alt-2"

        --alt-2
        Content-Type: text/plain; charset="utf-8"
        Content-Transfer-Encoding: quoted-printable

        The port's dredging programme will cost =E2=82=AC14.2 million, the finance=
         office confirmed this morning.

        > Can you check the 2024 figure?
        > It was lower, I think.

        --\u{20}
        Jos=C3=A9
        --alt-2
        Content-Type: text/html; charset="utf-8"

        <html><body><p>HTML version that should not be used.</p></body></html>
        --alt-2--

        --outer-1
        Content-Type: text/plain; name="budget-note.txt"
        Content-Disposition: attachment; filename*=utf-8''budget%20note%E2%80%942025.txt
        Content-Transfer-Encoding: base64

        VGhlIDIwMjUgZHJlZGdpbmcgYnVkZ2V0IGlzIOKCrDE0LjIgbWlsbGlvbi4K

        --outer-1
        Content-Type: image/png; name="chart.png"
        Content-Disposition: attachment; filename="chart.png"
        Content-Transfer-Encoding: base64

        iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==
        --outer-1--
        """

    @Test func aMessageIsADocumentAndItsAttachmentsAreTooLinkedToIt() throws {
        let result = try Ingest.read(F.bytes(Self.message), fileName: "dredging.eml")
        #expect(result.documents.count == 2)
        let mail = result.documents[0]
        #expect(mail.kind == .email)
        #expect(mail.part == "")
        #expect(mail.title == "Dredging costs – final figures")
        #expect(mail.byline == "José Peña <jose@harbour-times.example>")
        #expect(mail.published == "2025-03-04T09:14:55Z")
        #expect(mail.text == "The port's dredging programme will cost €14.2 million, the finance office confirmed this morning.\n\nCan you check the 2024 figure? It was lower, I think.")
        #expect(mail.metadata["message_id"] == "20250304.0914@harbour-times.example")
        #expect(mail.metadata["attachments"] == "budget note—2025.txt, chart.png")
        let note = result.documents[1]
        #expect(note.part == "budget note—2025.txt")
        #expect(note.text == "The 2025 dredging budget is €14.2 million.")
        #expect(note.metadata["attached_to"] == "20250304.0914@harbour-times.example")
        #expect(note.published == "2025-03-04T09:14:55Z", "an attachment without a date of its own is dated by its message")
        #expect(result.skipped == ["images": 1])
    }

    @Test func anHTMLOnlyMessageIsReadThroughTheHTMLReader() throws {
        let mail = """
            From: Press Office <press@council.example>
            To: desk@example.org
            Subject: Library hours
            Date: Wed, 05 Mar 2025 16:00:00 -0500
            Content-Type: text/html; charset=windows-1252
            Content-Transfer-Encoding: quoted-printable

            <html><body><p>The council will spend $2.3 million to extend library hours =96 starting in May.</p>\
            <p>The plan covers 14 branches across the city.</p></body></html>
            """
        let document = try #require(try Ingest.read(F.bytes(mail), fileName: "hours.eml").documents.first)
        #expect(document.text.contains("The council will spend $2.3 million to extend library hours – starting in May."), "\(document.text)")
        #expect(document.published == "2025-03-05T16:00:00-05:00")
    }

    @Test func anEmailIsRecognisedWithoutItsExtension() throws {
        let result = try Ingest.read(F.bytes(Self.message), fileName: "message-0042")
        #expect(result.documents.first?.kind == .email)
    }

    @Test func anMboxSplitsIntoMessagesLocatedByMessageID() throws {
        let second = """
            From: Ana Ruiz <ana@example.org>
            To: desk@example.org
            Subject: Re: tolls
            Date: Thu, 06 Mar 2025 08:00:00 +0100
            Message-ID: <tolls-2@example.org>

            Tolls rise 5% in July.
            >From the minutes: the vote was 7 to 2.
            """
        let noID = """
            From: someone@example.org
            Subject: no id
            Date: Fri, 07 Mar 2025 10:00:00 +0000

            Ferry fares stay at $3.50.
            """
        let mbox = "From jose@harbour-times.example Tue Mar  4 09:15:02 2025\n" + Self.message + "\n\n"
            + "From ana@example.org Thu Mar  6 08:00:00 2025\n" + second + "\n\n"
            + "From someone@example.org Fri Mar  7 10:00:00 2025\n" + noID + "\n"
        let result = try Ingest.read(F.bytes(mbox), fileName: "desk.mbox")
        #expect(result.documents.map(\.part) == [
            "20250304.0914@harbour-times.example", "20250304.0914@harbour-times.example/budget note—2025.txt",
            "tolls-2@example.org", "message-3",
        ])
        #expect(result.documents[2].text == "Tolls rise 5% in July. From the minutes: the vote was 7 to 2.", "mboxrd quoting undone")
        #expect(result.documents[1].metadata["attached_to"] == "20250304.0914@harbour-times.example")
    }

    @Test func aBrokenMessageInAMailboxFailsAlone() throws {
        let mbox = """
            From a@example.org Mon Mar  3 10:00:00 2025
            From: a@example.org
            Subject: Port budget
            Date: Mon, 03 Mar 2025 10:00:00 +0000
            Message-ID: <ok@example.org>

            The port budget is $80 million.

            From b@example.org Mon Mar  3 11:00:00 2025
            From: b@example.org
            Date: Mon, 03 Mar 2025 11:00:00 +0000
            Message-ID: <empty@example.org>
            Content-Type: multipart/mixed; boundary="b"

            --b--

            """
        let result = try Ingest.read(F.bytes(mbox), fileName: "box.mbox")
        #expect(result.documents.map(\.part) == ["ok@example.org"])
        #expect(result.failures.map(\.part) == ["empty@example.org"])
    }

    @Test func encodedWordsAndParametersDecode() throws {
        let mail = """
            From: =?ISO-8859-1?Q?Fran=E7ois?= <f@example.fr>
            Subject: =?utf-8?q?Budget_?= =?utf-8?q?2025?=
            Date: Mon, 10 Mar 2025 12:00:00 +0100
            Content-Type: text/plain; charset=iso-8859-1
            Content-Transfer-Encoding: 8bit

            Le budget est de 12 millions d'euros.
            """
        var bytes = F.bytes(mail)
        bytes += [0x20, 0xC9, 0x74, 0xE9, 0x2E]  // " Été." in Latin-1
        let document = try #require(try Ingest.read(bytes, fileName: "budget.eml").documents.first)
        #expect(document.byline == "François <f@example.fr>")
        #expect(document.title == "Budget 2025")
        #expect(document.text == "Le budget est de 12 millions d'euros. Été.")
    }
}
