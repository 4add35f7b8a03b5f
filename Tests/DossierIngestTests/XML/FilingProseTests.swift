import DossierIngest
import Testing

/// Filing text people search: an XBRL instance's text blocks (policies,
/// notes) as prose, the cover's address, and a Form D's related persons with
/// their relationships and titles.
@Suite struct FilingProseTests {
    static let instance = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:dei="http://xbrl.sec.gov/dei/2023"
            xmlns:us-gaap="http://fasb.org/us-gaap/2023" xmlns:iso4217="http://www.xbrl.org/2003/iso4217">
          <xbrli:context id="FY24"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0009990001</xbrli:identifier></xbrli:entity>
            <xbrli:period><xbrli:startDate>2024-01-01</xbrli:startDate><xbrli:endDate>2024-12-31</xbrli:endDate></xbrli:period></xbrli:context>
          <xbrli:unit id="usd"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>
          <dei:DocumentType contextRef="FY24">10-K</dei:DocumentType>
          <dei:EntityRegistrantName contextRef="FY24">Tidewater Ferries Corp</dei:EntityRegistrantName>
          <dei:DocumentPeriodEndDate contextRef="FY24">2024-12-31</dei:DocumentPeriodEndDate>
          <dei:EntityAddressAddressLine1 contextRef="FY24">40 Quay Street</dei:EntityAddressAddressLine1>
          <dei:EntityAddressCityOrTown contextRef="FY24">Portland</dei:EntityAddressCityOrTown>
          <dei:EntityAddressStateOrProvince contextRef="FY24">ME</dei:EntityAddressStateOrProvince>
          <dei:EntityAddressPostalZipCode contextRef="FY24">04101</dei:EntityAddressPostalZipCode>
          <us-gaap:Revenues contextRef="FY24" unitRef="usd" decimals="-3">84200000</us-gaap:Revenues>
          <us-gaap:RevenueRecognitionPolicyTextBlock contextRef="FY24">&lt;p&gt;The Company recognizes fare revenue when a passenger completes a crossing.&lt;/p&gt;&lt;p&gt;Season passes are recognized over the months they cover.&lt;/p&gt;</us-gaap:RevenueRecognitionPolicyTextBlock>
          <us-gaap:CommitmentsAndContingenciesDisclosureTextBlock contextRef="FY24">&lt;div&gt;&lt;p&gt;In March 2024 the Company agreed to buy two hybrid vessels for $61 million, payable on delivery in 2026.&lt;/p&gt;&lt;/div&gt;</us-gaap:CommitmentsAndContingenciesDisclosureTextBlock>
        </xbrli:xbrl>
        """

    @Test func anInstancesTextIsItsTextBlocksNotItsNumbers() throws {
        let doc = try #require(try Ingest.read(Array(Self.instance.utf8), fileName: "tfc-20241231_htm.xml").documents.first)
        #expect(doc.format == "xbrl")
        #expect(doc.facts.map(\.concept) == ["us-gaap:Revenues"])
        #expect(doc.text.contains("Revenue Recognition Policy\n\nThe Company recognizes fare revenue when a passenger completes a crossing.\n\nSeason passes are recognized over the months they cover."), "\(doc.text)")
        #expect(doc.text.contains("Commitments And Contingencies Disclosure\n\nIn March 2024 the Company agreed to buy two hybrid vessels for $61 million, payable on delivery in 2026."))
        #expect(!doc.text.contains("84200000"))
        #expect(!doc.text.contains("us-gaap:"))
        #expect(doc.text.contains("Address of principal executive offices: 40 Quay Street, Portland, ME 04101"))
        #expect(doc.metadata["address"] == "40 Quay Street, Portland, ME 04101")
    }

    @Test func aFormDNamesItsRelatedPersonsWithRelationshipsAndTitles() throws {
        let form = """
            <?xml version="1.0"?>
            <edgarSubmission><schemaVersion>X0708</schemaVersion><submissionType>D</submissionType><testOrLive>LIVE</testOrLive>
            <primaryIssuer><cik>0009990002</cik><entityName>Gullwing Robotics Inc.</entityName>
              <issuerAddress><street1>9 Dock Road</street1><city>Bristol</city><stateOrCountry>RI</stateOrCountry><stateOrCountryDescription>RHODE ISLAND</stateOrCountryDescription><zipCode>02809</zipCode></issuerAddress>
              <entityType>Corporation</entityType></primaryIssuer>
            <relatedPersonsList>
              <relatedPersonInfo>
                <relatedPersonName><firstName>Marta</firstName><lastName>Okafor</lastName></relatedPersonName>
                <relatedPersonAddress><street1>9 Dock Road</street1><city>Bristol</city><stateOrCountry>RI</stateOrCountry><stateOrCountryDescription>RHODE ISLAND</stateOrCountryDescription><zipCode>02809</zipCode></relatedPersonAddress>
                <relatedPersonRelationshipList><relationship>Executive Officer</relationship><relationship>Director</relationship></relatedPersonRelationshipList>
                <relationshipClarification>Chief Executive Officer</relationshipClarification>
              </relatedPersonInfo>
            </relatedPersonsList>
            <offeringData><industryGroup><industryGroupType>Other Technology</industryGroupType></industryGroup>
              <offeringSalesAmounts><totalOfferingAmount>5000000</totalOfferingAmount><totalAmountSold>3200000</totalAmountSold><totalRemaining>1800000</totalRemaining></offeringSalesAmounts>
            </offeringData></edgarSubmission>
            """
        let doc = try #require(try Ingest.read(Array(form.utf8), fileName: "primary_doc.xml").documents.first)
        #expect(doc.format == "form-d")
        #expect(doc.text.contains("Related person: Marta Okafor (Executive Officer, Director), Chief Executive Officer; 9 Dock Road, Bristol, RHODE ISLAND, 02809"), "\(doc.text)")
        #expect(doc.text.contains("Address: 9 Dock Road, Bristol, RHODE ISLAND, 02809"))
    }
}
