import DossierModel

/// One record of a WARC file (ISO 28500, versions 1.0 and 1.1): its named
/// fields and its block.
struct WARCRecord {
    /// Field names lowercased (`warc-type`, `warc-record-id`, …).
    var fields: [String: String]
    var block: [UInt8]
    /// The block was longer than the import keeps (see ``WARCRecords``); only
    /// its start is here.
    var blockCut = false

    var type: String { fields["warc-type"]?.lowercased() ?? "" }
    /// The record id without its angle brackets (`urn:uuid:…`).
    var id: String? { fields["warc-record-id"].map(WARCRecord.bare) }

    static func bare(_ id: String) -> String {
        var id = Substring(id)
        if id.first == "<" { id.removeFirst() }
        if id.last == ">" { id.removeLast() }
        return String(id)
    }
}

/// Splits a WARC file, plain or gzip-compressed record by record, into
/// records. A damaged record is reported with its position and skipped; the
/// scan goes on with the next record it can find.
enum WARCRecords {
    enum Step {
        case record(WARCRecord)
        case failure(at: String, reason: String)
    }

    /// Calls `each` with every record (or failure) in order.
    ///
    /// - Parameter keep: the most block bytes held per record; longer blocks
    ///   (video, big downloads) arrive cut, marked ``WARCRecord/blockCut``.
    static func scan(_ bytes: UnsafeRawBufferPointer, limits: ExpansionLimits, keep: Int, each: (Step) -> Void) {
        if Inflate.isGzip(bytes) {
            scanCompressed(bytes, limits: limits, keep: keep, each: each)
        } else {
            var offset = 0
            while offset < bytes.count {
                // At the record itself, past the blank lines that end the one before, so a resync
                // after a bad record starts beyond it.
                while offset < bytes.count, bytes[offset] == 0x0A || bytes[offset] == 0x0D { offset += 1 }
                switch parse(bytes, at: offset, keep: keep) {
                case .record(let record, let next):
                    each(.record(record))
                    offset = next
                case .end:
                    return
                case .truncated(let id, let why):
                    each(.failure(at: id ?? "offset \(offset)", reason: why))
                    // A length running past later records is a bad length, not the end of the file.
                    guard let resume = nextRecordStart(bytes, after: offset) else { return }
                    offset = resume
                case .invalid(let id, let why):
                    each(.failure(at: id ?? "offset \(offset)", reason: why))
                    guard let resume = nextRecordStart(bytes, after: offset) else { return }
                    offset = resume
                case .garbage:
                    each(.failure(at: "offset \(offset)", reason: "no WARC record starts here (expected \"WARC/1.0\" or \"WARC/1.1\")"))
                    guard let resume = nextRecordStart(bytes, after: offset) else { return }
                    offset = resume
                }
            }
        }
    }

    /// Per-record gzip members (the WARC convention): each member is
    /// expanded and parsed on its own, so memory holds one record at a time.
    private static func scanCompressed(_ bytes: UnsafeRawBufferPointer, limits: ExpansionLimits, keep: Int, each: (Step) -> Void) {
        var offset = 0
        var pending: [UInt8] = []
        var pendingCut = false
        var expandedSoFar = 0
        while offset < bytes.count {
            if bytes[offset] == 0, UnsafeRawBufferPointer(rebasing: bytes[offset...]).allSatisfy({ $0 == 0 }) { break }
            let member: Inflate.Output
            do {
                member = try Inflate.stream(UnsafeRawBufferPointer(rebasing: bytes[offset...]), wrapper: .gzip, limits: limits,
                                            alreadyExpanded: expandedSoFar, keepAtMost: keep + 64 * 1024,
                                            allowTruncated: true)
            } catch {
                let at = (pending.isEmpty ? nil : recordID(in: pending)) ?? "gzip member at byte \(offset)"
                each(.failure(at: at, reason: error.description))
                return
            }
            if !member.complete {
                pending.append(contentsOf: member.bytes)
                let at = recordID(in: pending) ?? "gzip member at byte \(offset)"
                each(.failure(at: at, reason: "truncated: the file ends inside this record"))
                return
            }
            expandedSoFar += member.expanded
            offset += max(member.consumed, 1)
            // Where this member's bytes end, counted from the start of `pending`.
            var memberEnd = pending.count + member.expanded
            pending.append(contentsOf: member.bytes)
            pendingCut = pendingCut || member.expanded > member.bytes.count
            // Usually one record per member; a writer may put several in one,
            // or split one across members.
            parsing: while !pending.isEmpty {
                switch pending.withUnsafeBytes({ parse($0, at: 0, keep: keep) }) {
                case .record(let record, let next):
                    // Whole within the bytes held: complete, even in a member that was cut later on.
                    each(.record(record))
                    pending.removeFirst(min(next, pending.count))
                    memberEnd -= next
                case .end:
                    pending.removeAll()
                case .truncated where pendingCut:
                    // The member held more than is kept: this record was cut.
                    if let (cut, blockStart) = pending.withUnsafeBytes({ headersOnly($0) }) {
                        var record = cut
                        record.blockCut = true
                        each(.record(record))
                        // A member that goes on well past this record is a WARC gzipped as one stream: what
                        // follows the cut cannot be reached record by record.
                        let declared = min(Int(record.fields["content-length"] ?? "") ?? 0, Int.max / 4)
                        let recordEnd = blockStart + declared + 4
                        if memberEnd > recordEnd + 64 {
                            each(.failure(at: record.id.map { "after \($0)" } ?? "gzip member ending at byte \(offset)",
                                          reason: Self.oneStream(memberEnd - recordEnd)))
                        }
                    } else if memberEnd > pending.count + 64 {
                        // Cut inside a record's header: the rest of the stream is out of reach too.
                        each(.failure(at: "gzip member ending at byte \(offset)", reason: Self.oneStream(memberEnd - pending.count)))
                    }
                    pending.removeAll()
                    pendingCut = false
                case .truncated(let id, let why):
                    // Another record starting inside this one's claimed block, or more bytes waiting than
                    // any record keeps: a bad length. Report it, resume at the next record.
                    let start = Self.firstNonBlank(pending)
                    let next = pending.withUnsafeBytes { nextRecordStart($0, after: start) }
                    guard next != nil || pending.count > keep + Self.headerAllowance else { break parsing }
                    each(.failure(at: id ?? "gzip member ending at byte \(offset)", reason: why))
                    let drop = next ?? pending.count
                    pending.removeFirst(drop)
                    memberEnd -= drop
                case .invalid(let id, let why):
                    each(.failure(at: id ?? "gzip member ending at byte \(offset)", reason: why))
                    let start = Self.firstNonBlank(pending)
                    let drop = pending.withUnsafeBytes { nextRecordStart($0, after: start) } ?? pending.count
                    pending.removeFirst(drop)
                    memberEnd -= drop
                case .garbage:
                    each(.failure(at: "gzip member ending at byte \(offset)", reason: "no WARC record starts here"))
                    pending.removeAll()
                }
            }
            if pending.isEmpty { pendingCut = false }
        }
        if !pending.isEmpty, pending.contains(where: { $0 != 0x0A && $0 != 0x0D }) {
            let at = recordID(in: pending) ?? "the end of the file"
            each(.failure(at: at, reason: "truncated: the file ends inside this record"))
        }
    }

    static func oneStream(_ unread: Int) -> String {
        "the rest of this gzip stream (\(ByteCount.human(unread))) was not read: the WARC is compressed as one stream, not record by record; recompress it per record (e.g. warcio recompress) or import it uncompressed"
    }

    /// Where the first record of `bytes` starts, past blank lines.
    static func firstNonBlank(_ bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count, bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        return i
    }

    /// Bytes a record's header may take beyond its kept block before a record that is still
    /// incomplete is taken for a bad length rather than one going on in the next member.
    static let headerAllowance = 1 << 20

    enum Parse {
        case record(WARCRecord, next: Int)
        case truncated(id: String?, String)
        /// A header that cannot be right (no valid Content-Length): skip to the next record.
        case invalid(id: String?, String)
        case garbage
        case end
    }

    /// Parses the record starting at `offset` (after any blank lines).
    static func parse(_ bytes: UnsafeRawBufferPointer, at start: Int, keep: Int) -> Parse {
        var offset = start
        while offset < bytes.count, bytes[offset] == 0x0A || bytes[offset] == 0x0D { offset += 1 }
        if offset >= bytes.count { return .end }
        guard hasPrefix(bytes, at: offset, "WARC/") else { return .garbage }
        guard let (fields, blockStart) = readFields(bytes, at: offset) else {
            return .truncated(id: nil, "truncated: the file ends inside a record's header")
        }
        let id = fields["warc-record-id"].map(WARCRecord.bare)
        guard let lengthText = fields["content-length"], let length = Int(lengthText), length >= 0 else {
            return .invalid(id: id, "the record has no valid Content-Length")
        }
        let available = bytes.count - blockStart
        // Compared without adding to `length`: a hostile Content-Length near Int.max must not overflow.
        if available < length {
            return .truncated(id: id, "truncated: Content-Length says \(length) bytes, the file holds \(available)")
        }
        let kept = min(length, keep)
        let block = Array(UnsafeRawBufferPointer(rebasing: bytes[blockStart..<(blockStart + kept)]))
        return .record(WARCRecord(fields: fields, block: block, blockCut: kept < length), next: blockStart + length)
    }

    /// A record whose block was cut: its fields, what of the block is held, and where the block starts.
    private static func headersOnly(_ bytes: UnsafeRawBufferPointer) -> (WARCRecord, Int)? {
        var offset = 0
        while offset < bytes.count, bytes[offset] == 0x0A || bytes[offset] == 0x0D { offset += 1 }
        guard hasPrefix(bytes, at: offset, "WARC/"), let (fields, blockStart) = readFields(bytes, at: offset) else { return nil }
        return (WARCRecord(fields: fields, block: Array(UnsafeRawBufferPointer(rebasing: bytes[blockStart...])), blockCut: true), blockStart)
    }

    /// The version line and named fields up to the blank line; field names lowercased.
    private static func readFields(_ bytes: UnsafeRawBufferPointer, at start: Int) -> ([String: String], Int)? {
        var fields: [String: String] = [:]
        var lineStart = start
        var first = true
        var lastName: String?
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            guard lineEnd < bytes.count else { return nil }
            var contentEnd = lineEnd
            if contentEnd > lineStart, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            let line = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[lineStart..<contentEnd]), as: UTF8.self)
            lineStart = lineEnd + 1
            if line.isEmpty { return (fields, lineStart) }
            if first { first = false; continue }
            if line.first == " " || line.first == "\t", let name = lastName {
                fields[name, default: ""] += " " + line.trimmingSpaces()
                continue
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingSpaces().lowercased()
            fields[name] = line[line.index(after: colon)...].trimmingSpaces()
            lastName = name
        }
        return nil
    }

    /// The record id named in (possibly only the start of) a record's header.
    private static func recordID(in bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
        for line in head.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            if line.isEmpty { break }
            guard line.lowercased().hasPrefix("warc-record-id:") else { continue }
            let id = WARCRecord.bare(String(line.dropFirst("warc-record-id:".count)).trimmingSpaces())
            return id.isEmpty || !line.hasSuffix(">") ? nil : id
        }
        return nil
    }

    private static func nextRecordStart(_ bytes: UnsafeRawBufferPointer, after offset: Int) -> Int? {
        var i = offset + 1
        while i + 6 < bytes.count {
            if bytes[i - 1] == 0x0A, hasPrefix(bytes, at: i, "WARC/1.") { return i }
            i += 1
        }
        return nil
    }

    private static func hasPrefix(_ bytes: UnsafeRawBufferPointer, at offset: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        let p = prefix.utf8Start
        for i in 0..<count where bytes[offset + i] != p[i] { return false }
        return true
    }

    /// Whether the bytes (already expanded) start a WARC file.
    static func isWARC(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: Array("WARC/1.".utf8))
    }
}
