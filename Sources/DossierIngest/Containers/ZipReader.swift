import DossierModel

/// Zip files: a Word document, a WACZ web archive, or a plain archive whose
/// members are each imported as documents of their own (`archive.zip#member/path`).
enum ZipReader {
    static func read(_ bytes: UnsafeRawBufferPointer, options: ReadOptions) throws(IngestError) -> IngestResult {
        let archive: ZipArchive
        do { archive = try ZipArchive(bytes) } catch { throw .invalidText(error.description) }
        let names = Set(archive.members.map(\.name))
        if names.contains("word/document.xml") {
            return IngestResult(documents: [try DocxReader.read(archive, bytes, options: options)])
        }
        if names.contains("[Content_Types].xml") || names.contains("mimetype") {
            throw .unsupported(officeFormat(names) + " (Dossier reads Word .docx, PDF, web pages, feeds, filings, email and text)")
        }
        if names.contains("datapackage.json") || archive.members.contains(where: isArchivedWARC) {
            return readWACZ(archive, bytes, options: options)
        }
        return readMembers(archive, bytes, options: options)
    }

    /// Every member through the readers; system litter skipped.
    private static func readMembers(_ archive: ZipArchive, _ bytes: UnsafeRawBufferPointer, options: ReadOptions) -> IngestResult {
        var result = IngestResult(documents: [])
        var expanded = 0
        let overlapping = archive.overlappingMembers(in: bytes)
        for member in archive.members where !member.isDirectory {
            if isLitter(member.name) { result.skipped["system files", default: 0] += 1; continue }
            // Entries whose data overlaps another's: the shape of an overlapping-entries zip bomb.
            if overlapping.contains(member.name) {
                result.failures.append(PartFailure(part: member.name, reason: "refused: its data overlaps another member's (the shape of a zip bomb)"))
                continue
            }
            let contents: [UInt8]
            do {
                contents = try archive.contents(of: member, in: bytes, limits: options.limits, alreadyExpanded: expanded)
            } catch {
                result.failures.append(PartFailure(part: member.name, reason: error.description))
                // A bomb refused ends the archive: its other members are no more trustworthy.
                if case .totalTooLarge = error { break }
                if case .ratio = error { break }
                continue
            }
            expanded += contents.count
            // The archive as a whole is held to the ratio too: many members each under the floor add up.
            if expanded > options.limits.ratioFloor, expanded / max(bytes.count, 1) > options.limits.maxRatio {
                result.failures.append(PartFailure(part: member.name, reason: DecompressionFailure.ratio(options.limits.maxRatio).description + " (the archive's members together)"))
                break
            }
            Ingest.readMember(contents, name: member.name, part: member.name, identity: .bytes, options: options, into: &result)
        }
        return result
    }

    /// WACZ: the WARC files under `archive/`, read record by record; the
    /// page list (`pages/pages.jsonl`) gives titles to pages that lack one.
    private static func readWACZ(_ archive: ZipArchive, _ bytes: UnsafeRawBufferPointer, options: ReadOptions) -> IngestResult {
        var result = IngestResult(documents: [])
        var titles: [String: String] = [:]
        if let pages = archive.members.first(where: { $0.name == "pages/pages.jsonl" }),
           let contents = try? archive.contents(of: pages, in: bytes, limits: options.limits) {
            for line in String(decoding: contents, as: UTF8.self).split(separator: "\n") {
                guard let entry = LenientJSON.parse(String(line)), let url = entry["url"]?.string,
                      let title = entry["title"]?.string, !title.isEmpty else { continue }
                titles[url] = title
            }
        }
        let overlapping = archive.overlappingMembers(in: bytes)
        for member in archive.members where isArchivedWARC(member) {
            if overlapping.contains(member.name) {
                result.failures.append(PartFailure(part: member.name, reason: "refused: its data overlaps another member's (the shape of a zip bomb)"))
                continue
            }
            // WACZ stores its WARCs uncompressed in the zip (they are gzipped
            // already): read them in place, however large.
            if member.method == 0, let slice = archive.storedSlice(of: member, in: bytes) {
                merge(WebArchiveReader.read(slice, options: options, prefix: member.name + "#"), into: &result)
                continue
            }
            // A deflated WARC (unusual in a WACZ) is expanded whole, so it is held to --max-size.
            do {
                let contents = try archive.contents(of: member, in: bytes, limits: options.limits)
                let read = contents.withUnsafeBytes { WebArchiveReader.read($0, options: options, prefix: member.name + "#") }
                merge(read, into: &result)
            } catch {
                result.failures.append(PartFailure(part: member.name, reason: error.description))
            }
        }
        // The title the crawler saw in the browser beats a plain-text reader's guess.
        var titled: [String: [String]] = [:]
        for i in result.documents.indices where result.documents[i].title == nil || result.documents[i].format == "text" {
            guard let url = result.documents[i].url, let title = titles[url] else { continue }
            result.documents[i].title = title
            if let member = result.documents[i].member { titled[member.part, default: []].append(title) }
        }
        // Those titles are this archive's, not the record's: a record given one is another content than
        // the same record in a WARC without a page list (all documents of a record keep one member).
        for i in result.documents.indices {
            guard let member = result.documents[i].member, let added = titled[member.part] else { continue }
            result.documents[i].member?.contentHash = ContentHash.sha256(member.contentHash + "\ntitles: " + added.joined(separator: "\n"))
        }
        return result
    }

    private static func merge(_ read: IngestResult, into result: inout IngestResult) {
        result.documents += read.documents
        result.failures += read.failures
        result.warnings += read.warnings
        for (what, count) in read.skipped { result.skipped[what, default: 0] += count }
    }

    private static func isArchivedWARC(_ member: ZipArchive.Member) -> Bool {
        let name = member.name.lowercased()
        return name.hasPrefix("archive/") && (name.hasSuffix(".warc.gz") || name.hasSuffix(".warc"))
    }

    /// Files that operating systems leave in archives: never documents.
    static func isLitter(_ name: String) -> Bool {
        name.hasPrefix("__MACOSX/") || name.hasSuffix("/.DS_Store") || name == ".DS_Store" || name.hasSuffix("Thumbs.db")
            || name.split(separator: "/").last?.hasPrefix("._") == true
    }

    private static func officeFormat(_ names: Set<String>) -> String {
        if names.contains(where: { $0.hasPrefix("xl/") }) { return "an Excel workbook (.xlsx)" }
        if names.contains(where: { $0.hasPrefix("ppt/") }) { return "a PowerPoint presentation (.pptx)" }
        if names.contains("mimetype") { return "an OpenDocument or EPUB file" }
        return "an Office Open XML file that is not a Word document"
    }
}

extension ZipArchive {
    /// Names of members whose bytes (local header through data) overlap an earlier member's: a real
    /// archive stores each member once; a bomb points many entries at the same stream.
    func overlappingMembers(in bytes: UnsafeRawBufferPointer) -> Set<String> {
        var spans: [(start: Int, end: Int, name: String)] = []
        for member in members where !member.isDirectory {
            let local = member.localHeaderOffset
            guard local >= 0, local <= bytes.count - 30 else { continue }
            let dataStart = local + 30 + Int(bytes.le16(local + 26)) + Int(bytes.le16(local + 28))
            spans.append((local, dataStart + member.compressedSize, member.name))
        }
        spans.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        var overlapping = Set<String>()
        var furthest = (end: -1, name: "")
        for span in spans {
            // The first of overlapping members is read; those reusing its bytes are refused.
            if span.start < furthest.end { overlapping.insert(span.name) }
            if span.end > furthest.end { furthest = (span.end, span.name) }
        }
        return overlapping
    }

    /// A stored (uncompressed) member's bytes in place, without a copy.
    func storedSlice(of member: Member, in bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer? {
        let local = member.localHeaderOffset
        guard member.method == 0, !member.isEncrypted, local + 30 <= bytes.count, bytes.le32(local) == 0x0403_4B50 else { return nil }
        let start = local + 30 + Int(bytes.le16(local + 26)) + Int(bytes.le16(local + 28))
        guard start + member.compressedSize <= bytes.count else { return nil }
        return UnsafeRawBufferPointer(rebasing: bytes[start..<(start + member.compressedSize)])
    }
}
