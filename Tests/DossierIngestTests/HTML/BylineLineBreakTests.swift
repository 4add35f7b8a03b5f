import Testing
@testable import DossierIngest

/// Regression: on legacy table layouts the byline and the date share one cell,
/// separated only by `<br>`; read as one string they ran together
/// ("Staff WriterMonday") and neither was found.
@Suite("Byline and date split by a line break")
struct BylineLineBreakTests {
    static let page = """
        <HTML><HEAD><TITLE>Harbour cranes idle as dockworkers walk out</TITLE></HEAD>
        <BODY><TABLE WIDTH="760"><TR><TD>
        <FONT SIZE="5"><B>Harbour cranes idle as dockworkers walk out</B></FONT>
        </TD></TR><TR>
        <TD CLASS="storyinfo"><FONT FACE="Arial" SIZE="2">By Lena Okafor, Senior Correspondent<BR>
        Thursday, February 6, 2025, 6:15pm EST</FONT></TD></TR>
        <TR><TD>
        <P>Cranes at the northern terminal stood idle on Thursday as about 1,400 dockworkers walked out over a
        contract dispute that has dragged on since the autumn, according to the port authority.</P>
        <P>The authority said the stoppage was costing shippers roughly $3 million a day in delays, a figure the
        union disputed as inflated by a factor of two.</P>
        <P>Talks are scheduled to resume next week at a neutral venue downtown, both sides said.</P>
        </TD></TR></TABLE></BODY></HTML>
        """

    @Test func bylineAndDateAreBothFound() throws {
        let document = try HTMLArticleReader.read(Array(Self.page.utf8))
        #expect(document.byline == "Lena Okafor")
        #expect(document.published == "2025-02-06T18:15:00-05:00")
        #expect(document.text.contains("about 1,400 dockworkers walked out"))
        #expect(!document.text.contains("Senior Correspondent"))
    }
}
