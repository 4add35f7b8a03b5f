import CZlib

/// DEFLATE decompression through the system zlib, with the output bounded by
/// ``ExpansionLimits`` as it is produced: a bomb is stopped after at most one
/// chunk past the limit, never expanded in full.
enum Inflate {
    /// The framing around the DEFLATE data.
    enum Wrapper {
        /// RFC 1952 (`.gz`, `Content-Encoding: gzip`): one member per call.
        case gzip
        /// RFC 1950 (`Content-Encoding: deflate` as most servers send it).
        case zlib
        /// Bare RFC 1951 data (zip members; some servers' `deflate`).
        case raw

        var windowBits: Int32 {
            switch self {
            case .gzip: return 15 + 16
            case .zlib: return 15
            case .raw: return -15
            }
        }
    }

    /// One decompressed stream and how many input bytes it took.
    struct Output {
        var bytes: [UInt8]
        var consumed: Int
        /// Bytes expanded in all, kept or not (see `keepAtMost`).
        var expanded: Int
        /// False when the input ended before the stream did (only with `allowTruncated`).
        var complete = true
    }

    /// Expands one stream from the start of `input`.
    ///
    /// - Parameters:
    ///   - alreadyExpanded: bytes the container expanded before this
    ///     stream, counted against ``ExpansionLimits/maxTotal``.
    ///   - keepAtMost: when set, bytes past this many are expanded (to find
    ///     where the stream ends) but dropped, and ``ExpansionLimits/maxExpanded``
    ///     does not apply: a web archive's video record is skipped this way,
    ///     its headers read, its body never held.
    ///   - stopAfter: return as soon as this many bytes are out (the stream unfinished).
    static func stream(_ input: UnsafeRawBufferPointer, wrapper: Wrapper, limits: ExpansionLimits,
                       alreadyExpanded: Int = 0, keepAtMost: Int? = nil,
                       allowTruncated: Bool = false, stopAfter: Int? = nil) throws(DecompressionFailure) -> Output {
        var z = z_stream()
        guard dossier_inflateInit2(&z, wrapper.windowBits) == Z_OK else { throw .corrupt("zlib could not start") }
        defer { inflateEnd(&z) }
        var output: [UInt8] = []
        var expanded = 0
        output.reserveCapacity(min(input.count * 4, limits.maxExpanded, 1 << 24) + 64)
        let chunk = 256 * 1024
        var buffer = [UInt8](repeating: 0, count: chunk)
        guard let base = input.baseAddress else { throw .truncated }
        z.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: UInt8.self))
        z.avail_in = UInt32(clamping: input.count)
        var offered = Int(z.avail_in)
        while true {
            let status = buffer.withUnsafeMutableBufferPointer { out -> Int32 in
                z.next_out = out.baseAddress
                z.avail_out = UInt32(chunk)
                return inflate(&z, Z_NO_FLUSH)
            }
            let produced = chunk - Int(z.avail_out)
            expanded += produced
            let room = max(0, (keepAtMost ?? Int.max) - output.count)
            output.append(contentsOf: buffer[0..<min(produced, room)])
            let consumed = offered - Int(z.avail_in)
            var checked = limits
            if keepAtMost != nil { checked.maxExpanded = Int.max }
            if let refusal = checked.refusal(expanded: expanded, compressed: consumed) { throw refusal }
            if alreadyExpanded + expanded > limits.maxTotal { throw .totalTooLarge(limit: limits.maxTotal) }
            // A peek at the start (is this a web archive?) needs no more.
            if let stopAfter, output.count >= stopAfter { return Output(bytes: output, consumed: consumed, expanded: expanded, complete: false) }
            switch status {
            case Z_STREAM_END:
                return Output(bytes: output, consumed: consumed, expanded: expanded)
            case Z_OK:
                // More than 4 GiB of input: offer the next part.
                if z.avail_in == 0 && offered < input.count {
                    let more = UInt32(clamping: input.count - offered)
                    z.avail_in = more
                    offered += Int(more)
                }
            case Z_BUF_ERROR:
                // No progress possible: the input ran out before the end marker.
                if z.avail_in == 0 {
                    guard allowTruncated else { throw .truncated }
                    return Output(bytes: output, consumed: consumed, expanded: expanded, complete: false)
                }
            case Z_DATA_ERROR, Z_NEED_DICT:
                throw .corrupt(z.msg.map { String(cString: $0) } ?? "invalid deflate data")
            case Z_MEM_ERROR:
                throw .corrupt("out of memory")
            default:
                throw .corrupt("zlib status \(status)")
            }
        }
    }

    /// Expands a whole `.gz` file: every member, joined (RFC 1952 allows
    /// several, and `cat a.gz b.gz` makes them).
    static func gunzip(_ input: UnsafeRawBufferPointer, limits: ExpansionLimits) throws(DecompressionFailure) -> [UInt8] {
        var all: [UInt8] = []
        var offset = 0
        while offset < input.count {
            // Trailing zero padding (tape blocks, some tools) after a member is not another member.
            if input[offset] == 0, input[offset...].allSatisfy({ $0 == 0 }) { break }
            let member = try stream(UnsafeRawBufferPointer(rebasing: input[offset...]), wrapper: .gzip,
                                    limits: limits, alreadyExpanded: all.count)
            all.append(contentsOf: member.bytes)
            if let refusal = limits.refusal(expanded: all.count, compressed: offset + member.consumed) { throw refusal }
            offset += max(member.consumed, 1)
        }
        return all
    }

    /// Whether the bytes start with the gzip magic number.
    static func isGzip(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.count >= 3 && bytes[0] == 0x1F && bytes[1] == 0x8B && bytes[2] == 0x08
    }
}
