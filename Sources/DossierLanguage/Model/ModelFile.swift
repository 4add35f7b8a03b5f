/// The model file: a compact little-endian binary of the tagger's and the
/// parser's weights.
///
/// Layout: the magic `DOSSLANG`, a format version, the description, the
/// relation labels, then three weight tables (tagger pass 1, tagger pass 2,
/// parser). A table stores its feature keys sorted, one byte per row for its
/// entry count, one byte per entry for the class and two for the weight
/// (a 16-bit integer times the table's scale: training rounds to it, so a
/// model and its file agree).
/// The file ends with a checksum of everything before it, read eight bytes at a time.
enum ModelFile {
    static let magic = Array("DOSSLANG".utf8)
    /// 3: keys of hot templates carry ``FeatureKey/hotBit`` (a version-2 model would load and parse badly).
    static let version: UInt32 = 3

    /// Why a model file could not be read.
    struct Failure: Error, CustomStringConvertible, Sendable {
        var reason: String
        var description: String { reason }
    }

    static func encode(_ model: LanguageModel) -> [UInt8] {
        var out = Writer()
        out.bytes.append(contentsOf: magic)
        out.put(version)
        out.string(model.about)
        out.put(UInt32(model.parser.labels.count))
        for label in model.parser.labels { out.string(label.rawValue) }
        out.put(UInt32(model.parser.rootLabel))
        for table in [model.tagger.firstPass, model.tagger.secondPass, model.parser.weights] {
            let rows = table.rows
            out.put(UInt32(table.classCount))
            out.put(UInt32(rows.keys.count))
            out.put(UInt32(rows.classes.count))
            out.put(rows.scale.bitPattern)
            for key in rows.keys { out.put(key) }
            out.bytes.append(contentsOf: rows.counts)
            out.bytes.append(contentsOf: rows.classes)
            for w in rows.weights { out.put(w) }
        }
        out.put(out.bytes.withUnsafeBytes { checksum($0) })
        return out.bytes
    }

    static func decode(_ bytes: [UInt8]) throws(Failure) -> LanguageModel {
        try bytes.withUnsafeBytes { raw in Result { () throws(Failure) in try decode(raw) } }.get()
    }

    /// Reads a model from memory it does not copy (a file's bytes as read).
    static func decode(_ bytes: UnsafeRawBufferPointer) throws(Failure) -> LanguageModel {
        guard bytes.count >= magic.count + 12, Array(bytes[0..<magic.count]) == magic else {
            throw Failure(reason: "not a Dossier language model (bad magic)")
        }
        // The version first: an older format has another checksum too, and "damaged" would mislead.
        var r = Reader(bytes: bytes, at: magic.count)
        let fileVersion = try r.u32()
        guard fileVersion == version else {
            throw Failure(reason: "model format \(fileVersion) is not the supported \(version); retrain with dossier-language train")
        }
        let body = UnsafeRawBufferPointer(rebasing: bytes[..<(bytes.count - 8)])
        var tail = Reader(bytes: bytes, at: bytes.count - 8)
        guard try tail.u64() == checksum(body) else {
            throw Failure(reason: "model file is damaged (checksum mismatch)")
        }
        let about = try r.string()
        let labelCount = Int(try r.u32())
        var labels: [DependencyRelation] = []
        for _ in 0..<labelCount { labels.append(DependencyRelation(rawValue: try r.string())) }
        let rootLabel = Int(try r.u32())
        guard rootLabel < labels.count else { throw Failure(reason: "root label out of range") }
        var tables: [WeightTable] = []
        for _ in 0..<3 {
            let classCount = Int(try r.u32())
            let rowCount = Int(try r.u32())
            let entryCount = Int(try r.u32())
            var rows = WeightTable.Rows()
            rows.scale = Float(bitPattern: try r.u32())
            guard rows.scale.isFinite && rows.scale > 0 else { throw Failure(reason: "bad weight scale") }
            rows.keys = try r.integers(rowCount)
            guard zip(rows.keys, rows.keys.dropFirst()).allSatisfy({ $0 < $1 }) else {
                throw Failure(reason: "feature keys are not sorted and distinct")
            }
            rows.counts = try r.raw(rowCount)
            guard rows.counts.allSatisfy({ $0 > 0 }), rows.counts.reduce(0, { $0 + Int($1) }) == entryCount else {
                throw Failure(reason: "row counts do not add up")
            }
            rows.classes = try r.raw(entryCount)
            guard rows.classes.allSatisfy({ Int($0) < classCount }) else { throw Failure(reason: "class out of range") }
            rows.weights = try r.integers(entryCount)
            tables.append(WeightTable(classCount: classCount, rows: rows))
        }
        guard tables[0].classCount == Tagger.classCount, tables[1].classCount == Tagger.classCount,
              tables[2].classCount == Transition.classCount(labels: labels.count)
        else { throw Failure(reason: "class counts do not match the tags and labels") }
        return LanguageModel(
            tagger: Tagger(firstPass: tables[0], secondPass: tables[1]),
            parser: Parser(labels: labels, rootLabel: rootLabel, weights: tables[2]),
            about: about)
    }

    /// Little-endian 64-bit words, then the last bytes one by one, each mixed into a running hash (a
    /// byte-at-a-time hash over the 20 MB file was a fifth of loading's time).
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        let words = bytes.count / 8
        for i in 0..<words {
            h = FeatureKey.mix(h, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)))
        }
        for i in (words * 8)..<bytes.count { h = FeatureKey.mix(h, UInt64(bytes[i])) }
        return h
    }

    private struct Writer {
        var bytes: [UInt8] = []
        /// One little-endian integer.
        mutating func put<T: FixedWidthInteger>(_ v: T) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
        mutating func string(_ s: String) { let u = Array(s.utf8); put(UInt32(u.count)); bytes.append(contentsOf: u) }
    }

    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var at: Int

        mutating func need(_ n: Int) throws(Failure) {
            guard n >= 0, at + n <= bytes.count else { throw Failure(reason: "model file is truncated") }
        }
        mutating func u32() throws(Failure) -> UInt32 { try integers(1)[0] }
        mutating func u64() throws(Failure) -> UInt64 { try integers(1)[0] }
        mutating func string() throws(Failure) -> String {
            let n = Int(try u32())
            try need(n)
            defer { at += n }
            return String(decoding: bytes[at..<(at + n)], as: UTF8.self)
        }
        mutating func raw(_ n: Int) throws(Failure) -> [UInt8] {
            try need(n)
            defer { at += n }
            return Array(bytes[at..<(at + n)])
        }
        /// `n` little-endian integers.
        mutating func integers<T: FixedWidthInteger>(_ n: Int) throws(Failure) -> [T] {
            let size = MemoryLayout<T>.size
            try need(n * size)
            let out = [T](unsafeUninitializedCapacity: n) { buffer, initialized in
                for i in 0..<n { buffer[i] = T(littleEndian: bytes.loadUnaligned(fromByteOffset: at + size * i, as: T.self)) }
                initialized = n
            }
            at += n * size
            return out
        }
    }
}
