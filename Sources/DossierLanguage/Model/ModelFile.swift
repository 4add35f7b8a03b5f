/// The model file: a compact little-endian binary of the tagger's and the
/// parser's weights.
///
/// Layout: the magic `DOSSLANG`, a format version, the description, the
/// relation labels, then three weight tables (tagger pass 1, tagger pass 2,
/// parser). A table stores its feature keys sorted, one byte per row for its
/// entry count, one byte per entry for the class and two for the weight
/// (half precision: training rounds to it, so a model and its file agree).
/// The file ends with an FNV-1a checksum of everything before it.
enum ModelFile {
    static let magic = Array("DOSSLANG".utf8)
    static let version: UInt32 = 1

    /// Why a model file could not be read.
    struct Failure: Error, CustomStringConvertible, Sendable {
        var reason: String
        var description: String { reason }
    }

    static func encode(_ model: LanguageModel) -> [UInt8] {
        var out = Writer()
        out.bytes.append(contentsOf: magic)
        out.u32(version)
        out.string(model.about)
        out.u32(UInt32(model.parser.labels.count))
        for label in model.parser.labels { out.string(label.rawValue) }
        out.u32(UInt32(model.parser.rootLabel))
        for table in [model.tagger.firstPass, model.tagger.secondPass, model.parser.weights] {
            let rows = table.rows
            out.u32(UInt32(table.classCount))
            out.u32(UInt32(rows.keys.count))
            out.u32(UInt32(rows.classes.count))
            for key in rows.keys { out.u64(key) }
            out.bytes.append(contentsOf: rows.counts)
            out.bytes.append(contentsOf: rows.classes)
            for w in rows.weights { out.u16(Float16(w).bitPattern) }
        }
        out.u64(checksum(out.bytes[...]))
        return out.bytes
    }

    static func decode(_ bytes: [UInt8]) throws(Failure) -> LanguageModel {
        guard bytes.count >= magic.count + 12, Array(bytes[0..<magic.count]) == magic else {
            throw Failure(reason: "not a Dossier language model (bad magic)")
        }
        let body = bytes[..<(bytes.count - 8)]
        var tail = Reader(bytes: bytes, at: bytes.count - 8)
        guard try tail.u64() == checksum(body) else {
            throw Failure(reason: "model file is damaged (checksum mismatch)")
        }
        var r = Reader(bytes: bytes, at: magic.count)
        let fileVersion = try r.u32()
        guard fileVersion == version else {
            throw Failure(reason: "model format \(fileVersion) is not the supported \(version)")
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
            rows.keys = try r.u64s(rowCount)
            rows.counts = try r.raw(rowCount)
            guard rows.counts.reduce(0, { $0 + Int($1) }) == entryCount else { throw Failure(reason: "row counts do not add up") }
            rows.classes = try r.raw(entryCount)
            guard rows.classes.allSatisfy({ Int($0) < classCount }) else { throw Failure(reason: "class out of range") }
            rows.weights = try r.u16s(entryCount).map { Float(Float16(bitPattern: $0)) }
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

    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        return h
    }

    private struct Writer {
        var bytes: [UInt8] = []
        mutating func u16(_ v: UInt16) { bytes.append(UInt8(v & 0xFF)); bytes.append(UInt8(v >> 8)) }
        mutating func u32(_ v: UInt32) { for s in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8((v >> UInt32(s)) & 0xFF)) } }
        mutating func u64(_ v: UInt64) { for s in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8((v >> UInt64(s)) & 0xFF)) } }
        mutating func string(_ s: String) { let u = Array(s.utf8); u32(UInt32(u.count)); bytes.append(contentsOf: u) }
    }

    private struct Reader {
        let bytes: [UInt8]
        var at: Int

        mutating func need(_ n: Int) throws(Failure) {
            guard n >= 0, at + n <= bytes.count else { throw Failure(reason: "model file is truncated") }
        }
        mutating func u32() throws(Failure) -> UInt32 {
            try need(4)
            var v: UInt32 = 0
            for i in 0..<4 { v |= UInt32(bytes[at + i]) << UInt32(8 * i) }
            at += 4
            return v
        }
        mutating func u64() throws(Failure) -> UInt64 {
            try need(8)
            var v: UInt64 = 0
            for i in 0..<8 { v |= UInt64(bytes[at + i]) << UInt64(8 * i) }
            at += 8
            return v
        }
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
        mutating func u64s(_ n: Int) throws(Failure) -> [UInt64] {
            try need(n * 8)
            var out = [UInt64](repeating: 0, count: n)
            bytes.withUnsafeBytes { raw in
                for i in 0..<n { out[i] = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at + 8 * i, as: UInt64.self)) }
            }
            at += n * 8
            return out
        }
        mutating func u16s(_ n: Int) throws(Failure) -> [UInt16] {
            try need(n * 2)
            var out = [UInt16](repeating: 0, count: n)
            bytes.withUnsafeBytes { raw in
                for i in 0..<n { out[i] = UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: at + 2 * i, as: UInt16.self)) }
            }
            at += n * 2
            return out
        }
    }
}
