import DossierModel

/// Web archives (WARC 1.0/1.1, ISO 28500): every captured page, feed or PDF
/// becomes a document with the captured URL and the capture date; pictures,
/// scripts, style sheets and redirects are skipped and counted.
enum WebArchiveReader {
    /// Whether a gzip file is a web archive: its first member starts a WARC record.
    static func isCompressedWARC(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let limits = ExpansionLimits(maxExpanded: 1 << 20)
        guard let first = try? Inflate.stream(bytes, wrapper: .gzip, limits: limits, allowTruncated: true, stopAfter: 16) else {
            return false
        }
        return WARCRecords.isWARC(first.bytes)
    }

    /// Reads every record; `prefix` names the WARC inside a WACZ (`archive/data.warc.gz`).
    static func read(_ bytes: UnsafeRawBufferPointer, options: ReadOptions, prefix: String = "") -> IngestResult {
        var result = IngestResult(documents: [])
        var reader = RecordReader(options: options, prefix: prefix)
        WARCRecords.scan(bytes, limits: options.limits, keep: options.maxSize) { step in
            switch step {
            case .record(let record): reader.take(record, into: &result)
            case .failure(let at, let reason): result.failures.append(PartFailure(part: prefix + at, reason: reason))
            }
        }
        return result
    }

    /// The media types read as documents; everything else is skipped.
    static func readableName(for mediaType: String?) -> String? {
        switch mediaType {
        case "text/html", "application/xhtml+xml": return "page.html"
        case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml": return "feed.xml"
        case "application/pdf", "application/x-pdf": return "document.pdf"
        case "text/plain": return "page.txt"
        case "text/markdown": return "page.md"
        case "message/rfc822": return "message.eml"
        default: return nil
        }
    }

    /// Types never worth opening (their bodies are not even decoded).
    static func isSkippable(_ mediaType: String?) -> Bool {
        guard let type = mediaType else { return false }
        return type.hasPrefix("image/") || type.hasPrefix("video/") || type.hasPrefix("audio/") || type.hasPrefix("font/")
            || type.contains("javascript") || type == "text/css" || type.contains("json") || type.contains("font")
    }

    /// Turns records into documents, remembering what revisits may point at.
    struct RecordReader {
        let options: ReadOptions
        let prefix: String
        /// Documents made from each response, by record id and by payload digest.
        var byRecord: [String: [ParsedDocument]] = [:]
        var byDigest: [String: [ParsedDocument]] = [:]
        var index = 0

        init(options: ReadOptions, prefix: String) {
            self.options = options
            self.prefix = prefix
        }

        mutating func take(_ record: WARCRecord, into result: inout IngestResult) {
            index += 1
            let part = prefix + (record.id ?? "record-\(index)")
            switch record.type {
            case "response", "resource":
                readPayload(record, part: part, into: &result)
            case "revisit":
                revisit(record, part: part, into: &result)
            default:
                break  // warcinfo, request, metadata, conversion: about captures, not captured documents
            }
        }

        private mutating func readPayload(_ record: WARCRecord, part: String, into result: inout IngestResult) {
            var payload = record.block
            var mediaType = record.fields["content-type"].map(HTTPMessage.mediaType(of:))
            var charset = record.fields["content-type"].flatMap(HTTPMessage.charset(of:))
            if record.type == "response", mediaType?.hasPrefix("application/http") ?? true {
                let peeked = HTTPMessage.peekMediaType(payload)
                if WebArchiveReader.isSkippable(peeked) {
                    result.skipped[SkippedKind.of(mediaType: peeked ?? ""), default: 0] += 1
                    return
                }
                if record.blockCut {
                    result.failures.append(PartFailure(part: part, reason: IngestError.tooLarge(size: Int(record.fields["content-length"] ?? "") ?? 0, limit: options.maxSize).description))
                    return
                }
                let message: HTTPMessage
                do { message = try HTTPMessage.parse(payload, limits: options.limits) } catch {
                    result.failures.append(PartFailure(part: part, reason: error.description))
                    return
                }
                switch message.status {
                case 200..<300: break
                case 300..<400: result.skipped["redirects", default: 0] += 1; return
                default: result.skipped["error responses", default: 0] += 1; return
                }
                payload = message.body
                mediaType = message.mediaType
                charset = message.charset
            }
            if WebArchiveReader.isSkippable(mediaType) {
                result.skipped[SkippedKind.of(mediaType: mediaType ?? ""), default: 0] += 1
                return
            }
            if record.blockCut {
                result.failures.append(PartFailure(part: part, reason: IngestError.tooLarge(size: Int(record.fields["content-length"] ?? "") ?? 0, limit: options.maxSize).description))
                return
            }
            guard !payload.isEmpty else { result.skipped["empty", default: 0] += 1; return }
            let uri = record.fields["warc-target-uri"].map(WARCRecord.bare)
            let name = WebArchiveReader.readableName(for: mediaType) ?? uri.map(Self.fileName(of:)) ?? "capture"
            var inner = options
            inner.declaredCharset = charset
            let before = result.documents.count
            Ingest.readMember(payload, name: name, part: part, identity: .record(contentHash: Self.identity(of: record)),
                              options: inner, into: &result)
            guard result.documents.count > before else { return }
            for i in before..<result.documents.count {
                Self.stamp(&result.documents[i], uri: uri, captured: record.fields["warc-date"])
            }
            let made = Array(result.documents[before...])
            if let id = record.id { byRecord[id] = made }
            if let digest = record.fields["warc-payload-digest"] { byDigest[digest] = made }
        }

        /// What a capture's documents are made from: the record's id, URL,
        /// date and media type and its block (HTTP headers and payload). The
        /// same record in a WACZ and in the WARC it came from is then one
        /// document; the same page captured twice stays two.
        static func identity(of record: WARCRecord) -> String {
            var bytes: [UInt8] = Array("warc-record\n".utf8)
            for field in ["warc-record-id", "warc-target-uri", "warc-date", "content-type"] {
                bytes += Array((record.fields[field] ?? "").utf8)
                bytes.append(0x0A)
            }
            bytes += record.block
            return ContentHash.sha256(bytes)
        }

        /// A revisit says "same payload as before": the earlier capture's
        /// documents, at this capture's URL and date.
        private mutating func revisit(_ record: WARCRecord, part: String, into result: inout IngestResult) {
            let original = record.fields["warc-refers-to"].flatMap { byRecord[WARCRecord.bare($0)] }
                ?? record.fields["warc-payload-digest"].flatMap { byDigest[$0] }
            guard let original else {
                result.skipped["revisits of captures not in this file", default: 0] += 1
                return
            }
            for (n, var document) in original.enumerated() {
                document.part = original.count == 1 ? part : part + "#\(n + 1)"
                // Made from another record's payload and this record's URL and date: the archive's own.
                document.member = nil
                // A date the page states stays; one that was the first capture's date moves to this capture's.
                if document.published == document.metadata["captured"] { document.published = nil }
                document.metadata["revisit_of"] = original[n].part
                Self.stamp(&document, uri: record.fields["warc-target-uri"].map(WARCRecord.bare), captured: record.fields["warc-date"])
                result.documents.append(document)
            }
        }

        /// The captured URL becomes the document's URL (a different canonical
        /// URL is kept as metadata); the capture date stands in for a
        /// publication date only when the page states none.
        static func stamp(_ document: inout ParsedDocument, uri: String?, captured: String?) {
            if let uri {
                if let canonical = document.url, canonical != uri { document.metadata["canonical_url"] = canonical }
                document.url = uri
            }
            if let captured, let normalized = PublishedDate.normalize(captured) {
                document.metadata["captured"] = normalized
                if document.published == nil { document.published = normalized }
            }
        }

        /// The last path segment of a URL, for format hints (`report.pdf`).
        static func fileName(of uri: String) -> String {
            var path = Substring(uri)
            if let query = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<query] }
            return path.split(separator: "/").last.map(String.init) ?? "capture"
        }
    }
}

extension HTTPMessage {
    /// The `Content-Type` of an HTTP response block, read from its header
    /// lines only, so a skipped picture's body is never decoded.
    static func peekMediaType(_ block: [UInt8]) -> String? {
        let head = block.prefix(8192)
        guard let end = headerBoundary(Array(head)) else { return nil }
        let text = String(decoding: head[0..<end.0], as: UTF8.self)
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let lower = line.lowercased()
            if lower.hasPrefix("content-type:") { return mediaType(of: String(line.dropFirst("content-type:".count))) }
        }
        return nil
    }
}
