import DossierModel

/// Unix mailboxes (`mbox`, in its mboxo and mboxrd forms): messages each
/// after a `From ` line, `>From ` quoting undone. Each message is a
/// document located by its Message-ID (`mail.mbox#<id>`), its attachments
/// below it (`mail.mbox#<id>/report.pdf`).
enum Mailbox {
    static func looksLikeMbox(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let head = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[0..<min(bytes.count, 4096)]), as: UTF8.self)
        guard head.hasPrefix("From ") else { return false }
        let afterFirstLine = head.drop { $0 != "\n" }.dropFirst()
        return EmailReader.looksLikeMessage(String(afterFirstLine))
    }

    static func read(_ bytes: UnsafeRawBufferPointer, options: ReadOptions) -> IngestResult {
        var result = IngestResult(documents: [])
        var used: [String: Int] = [:]
        var number = 0
        for range in messageRanges(bytes) {
            number += 1
            let part: String
            let fallback = "message-\(number)"
            // Refused on its size before any copy: a mapped mailbox may hold a message of gigabytes.
            if range.count > options.maxSize {
                result.failures.append(PartFailure(part: fallback, reason: IngestError.tooLarge(size: range.count, limit: options.maxSize).description))
                continue
            }
            let raw = unquote(UnsafeRawBufferPointer(rebasing: bytes[range]))
            let id = MIMEEntity.parse(raw[...]).field("message-id").map(WARCRecord.bare).flatMap { $0.isEmpty ? nil : $0 }
            var key = (id ?? fallback).replacingSlashes()
            used[key, default: 0] += 1
            if let n = used[key], n > 1 { key += "~\(n)" }
            part = key
            let read = EmailReader.read(raw[...], options: options, messagePart: part)
            if read.documents.isEmpty, read.failures.isEmpty {
                result.failures.append(PartFailure(part: part, reason: "the message has no text and no attachment Dossier reads"))
            }
            result.documents += read.documents
            result.failures += read.failures
            result.warnings += read.warnings
            for (what, count) in read.skipped { result.skipped[what, default: 0] += count }
        }
        return result
    }

    /// Each message's bytes, without its `From ` line. A `From ` line starts
    /// a message at the start of the file or after a blank line.
    static func messageRanges(_ bytes: UnsafeRawBufferPointer) -> [Range<Int>] {
        var starts: [Int] = []  // where each separator line begins
        var lineStart = 0
        var previousBlank = true
        while lineStart < bytes.count {
            var end = lineStart
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let isSeparator = previousBlank && end - lineStart >= 5 && bytes[lineStart] == 0x46 && bytes[lineStart + 1] == 0x72
                && bytes[lineStart + 2] == 0x6F && bytes[lineStart + 3] == 0x6D && bytes[lineStart + 4] == 0x20
            if isSeparator { starts.append(lineStart) }
            let length = end - lineStart
            previousBlank = length == 0 || (length == 1 && bytes[lineStart] == 0x0D)
            lineStart = end + 1
        }
        var ranges: [Range<Int>] = []
        for (n, start) in starts.enumerated() {
            var bodyStart = start
            while bodyStart < bytes.count, bytes[bodyStart] != 0x0A { bodyStart += 1 }
            bodyStart = min(bodyStart + 1, bytes.count)
            let end = n + 1 < starts.count ? starts[n + 1] : bytes.count
            if bodyStart < end { ranges.append(bodyStart..<end) }
        }
        return ranges
    }

    /// mboxrd quoting: a line `>From ` (any number of `>`) loses one `>`.
    static func unquote(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var atLineStart = true
        var i = 0
        while i < bytes.count {
            if atLineStart, bytes[i] == 0x3E {
                var j = i
                while j < bytes.count, bytes[j] == 0x3E { j += 1 }
                if j + 5 <= bytes.count, bytes[j] == 0x46, bytes[j + 1] == 0x72, bytes[j + 2] == 0x6F, bytes[j + 3] == 0x6D,
                   bytes[j + 4] == 0x20 {
                    i += 1  // drop one '>'
                }
            }
            out.append(bytes[i])
            atLineStart = bytes[i] == 0x0A
            i += 1
        }
        return out
    }
}
