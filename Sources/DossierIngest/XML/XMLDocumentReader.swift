import DossierModel

/// Reads XML documents: feeds, news-agency XML, XBRL and SEC forms, chosen by
/// the root element.
///
/// The bytes are first repaired (``XMLRepair``) and parsed strictly; a file
/// that is still not well-formed is parsed again by libxml2's recovering
/// parser and a warning says the text was salvaged. Entity-declaring
/// documents are refused before any of that.
public enum XMLDocumentReader {
    /// The warning added when a recovering parse salvaged the text.
    public static let salvagedWarning = "not well-formed XML; the text was salvaged by a recovering parse and may be incomplete"

    public static func read(_ bytes: [UInt8]) throws(IngestError) -> IngestResult {
        let (root, warnings) = try parse(bytes)
        return try read(root: root, bytes: bytes, warnings: warnings)
    }

    /// Parses safely: refuses entity declarations, repairs, then parses
    /// strictly and, failing that, with recovery.
    static func parse(_ bytes: [UInt8]) throws(IngestError) -> (Element, [String]) {
        guard !bytes.isEmpty else { throw .empty }
        // Before any other work, so a bomb costs microseconds.
        if Markup.declaresEntities(bytes) { throw .declaresEntities }
        let prepared = XMLRepair.prepare(bytes)
        do {
            let parsed = try Markup.parseXML(prepared, recover: true)
            return (parsed.root, parsed.recovered ? [salvagedWarning] : [])
        } catch {
            throw IngestError(error)
        }
    }

    /// Dispatches a parsed root to the reader for its format.
    static func read(root: Element, bytes: [UInt8], warnings: [String]) throws(IngestError) -> IngestResult {
        var documents: [ParsedDocument]
        var warnings = warnings
        switch XMLFormat.of(root) {
        case .rss: documents = try RSSReader.read(root)
        case .atom: documents = try AtomReader.read(root)
        case .nitf: documents = [try NITFReader.read(root)]
        case .newsMLG2: documents = try NewsMLG2Reader.read(root)
        case .newsML1: documents = try NewsML1Reader.read(root)
        case .xbrl: documents = [try XBRLInstanceReader.read(root, bytes: bytes)]
        case .inlineXBRL:
            let result = try EDGARFilingText.read(bytes)
            documents = result.documents
            warnings += result.warnings
        case .xhtml:
            if EDGARFilingText.isFiling(bytes) {
                let result = try EDGARFilingText.read(bytes)
                documents = result.documents
                warnings += result.warnings
            } else {
                documents = [try HTMLArticleReader.read(bytes)]
            }
        case .ownership: documents = [try OwnershipFormReader.read(root)]
        case .formD: documents = [try FormDReader.read(root)]
        case .informationTable: documents = [try InformationTableReader.read(root)]
        case .other: documents = [try GenericXMLReader.read(root)]
        }
        return IngestResult(documents: documents, warnings: warnings)
    }
}

/// The XML formats Dossier knows, told apart by the root element.
enum XMLFormat: Equatable {
    case rss, atom, nitf, newsMLG2, newsML1, xbrl, inlineXBRL, xhtml, ownership, formD, informationTable, other

    static func of(_ root: Element) -> XMLFormat {
        switch root.plainName {
        case "rss", "rdf": return root.plainName == "rdf" && root.descendantNamed("item") == nil ? .other : .rss
        case "feed": return .atom
        case "nitf": return .nitf
        case "newsitem", "newsmessage", "packageitem":
            // NewsML 1.x spells NewsItem in the same letters but lives under <NewsML>.
            return .newsMLG2
        case "newsml": return .newsML1
        case "xbrl": return .xbrl
        case "html":
            return InlineXBRL.isInline(root) ? .inlineXBRL : .xhtml
        case "ownershipdocument": return .ownership
        case "edgarsubmission":
            return root.descendantNamed("offeringData") != nil ? .formD : .other
        case "informationtable": return .informationTable
        default: return .other
        }
    }
}
