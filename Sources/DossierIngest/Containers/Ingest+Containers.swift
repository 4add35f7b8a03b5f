import DossierModel

extension Ingest {
    /// Whether these bytes are of a kind whose documents may be read from members (a zip, a web
    /// archive, anything gzipped): a copy of such a file is read, not taken as stored already,
    /// because its members are recorded from what it holds.
    public static func mayHoldMembers(_ bytes: UnsafeRawBufferPointer) -> Bool {
        switch ContainerFormat.detect(bytes, fileName: "") {
        case .gzip, .zip, .warc: true
        case .mbox, .pdf, nil: false
        }
    }

    /// Dispatches a container to its reader.
    static func readContainer(_ format: ContainerFormat, _ bytes: UnsafeRawBufferPointer, fileName: String,
                              options: ReadOptions) throws(IngestError) -> IngestResult {
        guard options.depth < ReadOptions.maxDepth else {
            throw .invalidText("refused: files nested more than \(ReadOptions.maxDepth) deep inside one another (the shape of a zip quine or a forwarding bomb)")
        }
        var options = options
        // A large archive may expand to a few times its own size; bombs are stopped by the ratio.
        options.limits.maxTotal = max(options.limits.maxTotal, 4 * bytes.count)
        let result: IngestResult
        switch format {
        case .gzip:
            // A compressed web archive is read record by record, never expanded whole.
            if WebArchiveReader.isCompressedWARC(bytes) {
                result = WebArchiveReader.read(bytes, options: options)
            } else {
                let expanded: [UInt8]
                do { expanded = try Inflate.gunzip(bytes, limits: options.limits) } catch { throw .invalidText(error.description) }
                var inner = options
                inner.depth += 1
                return try read(expanded, fileName: innerName(of: fileName), options: inner)
            }
        case .zip:
            result = try ZipReader.read(bytes, options: options)
        case .warc:
            result = WebArchiveReader.read(bytes, options: options)
        case .mbox:
            result = Mailbox.read(bytes, options: options)
        case .pdf:
            guard bytes.count <= options.maxSize else { throw .tooLarge(size: bytes.count, limit: options.maxSize) }
            return IngestResult(documents: [try PDFReader.read(Array(bytes), options: options)])
        }
        return try settle(result)
    }

    /// A container that yielded nothing fails as a whole, with the reason of
    /// its first failure; one that yielded something keeps its failures as parts.
    static func settle(_ result: IngestResult) throws(IngestError) -> IngestResult {
        guard result.documents.isEmpty else { return result }
        if let first = result.failures.first {
            let others = result.failures.count - 1
            throw .invalidText("no document could be read: \(first.part): \(first.reason)"
                + (others > 0 ? " (and \(others) more failure\(others == 1 ? "" : "s"))" : ""))
        }
        let skipped = result.skipped.values.reduce(0, +)
        if skipped > 0 {
            throw .invalidText("holds no document Dossier reads (\(describe(skipped: result.skipped)) skipped)")
        }
        throw .empty
    }

    /// How a container's member relates to the documents read from it.
    enum MemberIdentity {
        /// Its documents are made from its bytes alone: keyed by their hash, so
        /// the same bytes in two containers are one document (a zip member).
        case bytes
        /// Its documents are made from its bytes and what the container says
        /// about them (a web archive record's URL and date): keyed by this hash
        /// of all of it.
        case record(contentHash: String)
        /// Its documents belong to the container's own (an email's attachment,
        /// linked to and dated by its message).
        case container
    }

    /// Reads one member of a container and files its documents under `part`.
    /// Members that are no document at all (pictures, fonts) are counted as
    /// skipped, not failed.
    static func readMember(_ bytes: [UInt8], name: String, part: String, identity: MemberIdentity, options: ReadOptions,
                           into result: inout IngestResult) {
        var inner = options
        inner.depth += 1
        do {
            let read = try Ingest.read(bytes, fileName: name, options: inner)
            let member: ContainerMember? = switch identity {
            case .bytes: ContainerMember(part: part, contentHash: ContentHash.sha256(bytes), size: Int64(bytes.count))
            case .record(let hash): ContainerMember(part: part, contentHash: hash, size: Int64(bytes.count))
            case .container: nil
            }
            for var document in read.documents {
                document.part = document.part.isEmpty ? part : part + "#" + document.part
                // A member inside this member (a page in a zip in a zip) is the one that
                // identifies the document; a container's own documents take nothing inside along.
                if case .container = identity {
                    document.member = nil
                } else if var nested = document.member {
                    nested.part = part + "#" + nested.part
                    // Inside a web archive record, what the record says (URL, date) is stamped on
                    // the documents: the record's identity is part of theirs.
                    if case .record(let hash) = identity { nested.contentHash = ContentHash.sha256(hash + "\n" + nested.contentHash) }
                    document.member = nested
                } else {
                    document.member = member
                }
                result.documents.append(document)
            }
            for failure in read.failures { result.failures.append(PartFailure(part: part + "#" + failure.part, reason: failure.reason)) }
            for (what, count) in read.skipped { result.skipped[what, default: 0] += count }
            result.warnings += read.warnings.map { "\(part): \($0)" }
        } catch .binary {
            result.skipped[SkippedKind.of(fileName: name), default: 0] += 1
        } catch .empty {
            result.skipped["empty", default: 0] += 1
        } catch {
            result.failures.append(PartFailure(part: part, reason: error.description))
        }
    }

    /// `page.html.gz` → `page.html`; `x.tgz` → `x.tar`.
    static func innerName(of fileName: String) -> String {
        let lower = fileName.lowercased()
        if lower.hasSuffix(".gz") { return String(fileName.dropLast(3)) }
        if lower.hasSuffix(".tgz") { return String(fileName.dropLast(4)) + ".tar" }
        return fileName
    }

    /// "12 images, 3 scripts" from skipped counts, largest first.
    public static func describe(skipped: [String: Int]) -> String {
        skipped.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
    }
}

/// What a skipped part was, in words a summary can count.
enum SkippedKind {
    static func of(mediaType: String) -> String {
        let type = mediaType.lowercased()
        if type.hasPrefix("image/") { return "images" }
        if type.hasPrefix("video/") || type.hasPrefix("audio/") { return "audio and video" }
        if type.contains("javascript") || type.contains("ecmascript") { return "scripts" }
        if type == "text/css" { return "style sheets" }
        if type.hasPrefix("font/") || type.contains("font") { return "fonts" }
        if type.contains("json") { return "JSON data" }
        return "other files"
    }

    static func of(fileName: String) -> String {
        let ext = fileName.split(separator: ".").last.map { $0.lowercased() } ?? ""
        switch ext {
        case "png", "jpg", "jpeg", "gif", "webp", "svg", "bmp", "tif", "tiff", "ico", "heic": return "images"
        case "mp4", "mov", "mp3", "wav", "m4a", "webm", "avi": return "audio and video"
        case "js", "mjs": return "scripts"
        case "css": return "style sheets"
        case "woff", "woff2", "ttf", "otf", "eot": return "fonts"
        default: return "other files"
        }
    }
}
