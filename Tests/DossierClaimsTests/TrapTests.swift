import Testing

/// Numbers that are not figures must not be reported.
@Suite struct TrapTests {
    static let cases: [MarkedCase] = [
        MarkedCase("OpenAI trained GPT-4 on Nvidia H100 chips."),
        MarkedCase("Meta released Llama 3 and Apple sold the iPhone 15."),
        MarkedCase("A Boeing 737 and an Airbus A380 were parked."),
        MarkedCase("Windows 11 replaced Windows 10 on most PCs."),
        MarkedCase("COVID-19 closed offices; the F-35 program continued."),
        MarkedCase("Section 230 protects platforms."),
        MarkedCase("The SEC charged them under Rule 10b-5."),
        MarkedCase("The company filed its Form 10-K and an 8-K."),
        MarkedCase("Call 555-123-4567 or +1 212 555 0100 for details."),
        MarkedCase("Visit us at 1600 Pennsylvania Avenue."),
        MarkedCase("The meeting starts at 10:30 and ends by 4 p.m."),
        MarkedCase("Doors open at 9am."),
        MarkedCase("Install version 2.3.1 of the app."),
        MarkedCase("She finished 3rd in the 21st round."),
        MarkedCase("See note 4 and page 12 for details."),
        MarkedCase("The firm is No. 1 in the rankings."),
        MarkedCase("Growth was strong.[3] Margins held.[4]"),
        MarkedCase("The team uses 5G and 3D printers."),
        MarkedCase("Chapter 11 bankruptcy protection was filed."),
        MarkedCase("The iOS 17.4 update shipped."),
        MarkedCase("It is open 24/7."),
        MarkedCase("He was aged 54 when he died."),
        MarkedCase("The Vision 2030 plan was unveiled."),
        MarkedCase("Samsung's Galaxy S24 outsold the Pixel 8."),
        MarkedCase("Its headquarters are at 1 Infinite Loop, Cupertino, CA 95014."),
        MarkedCase("The company moved to 100 Main St., Suite 200, Boston, MA 02110-1301."),
        MarkedCase("The bureau is at 12 rue de Rivoli, 75004 Paris."),
        MarkedCase("The firm is based at 4500 N. Michigan Ave. in Chicago."),
        MarkedCase("Insiders expect a nine-figure payout, and six figures for the rest."),
    ]

    @Test(arguments: cases) func extracts(_ c: MarkedCase) { checkMarked(c) }
}

