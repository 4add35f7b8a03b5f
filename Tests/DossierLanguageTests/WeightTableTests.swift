@testable import DossierLanguage
import Testing

/// The weight table adds each feature's votes, whether a row fits in its slot (up to three) or
/// continues in the overflow, and ignores features it does not hold.
struct WeightTableTests {
    @Test func votesOfShortAndLongRowsAddUp() {
        var rows = WeightTable.Rows()
        rows.scale = 0.5
        // Keys sorted; rows of 1, 3 and 5 entries.
        let layout: [(UInt64, [(UInt8, Int16)])] = [
            (0x0000_0001_0000_0010, [(2, 4)]),
            (0x1234_5678_0000_0010, [(0, 2), (1, -6), (9, 10)]),  // same home slot as the first
            (0xFFFF_0000_0000_0003, [(0, 1), (1, 1), (2, 1), (3, 1), (10, -20)]),
        ]
        for (key, entries) in layout {
            rows.keys.append(key)
            rows.counts.append(UInt8(entries.count))
            for (c, w) in entries { rows.classes.append(c); rows.weights.append(w) }
        }
        let table = WeightTable(classCount: 11, rows: rows)
        #expect(table.featureCount == 3 && table.entryCount == 9)
        var scores = [Float](repeating: 0, count: 11)
        let features: [UInt64] = [0x1234_5678_0000_0010, 0xFFFF_0000_0000_0003, 0x0000_0001_0000_0010, 0x42]
        features.withUnsafeBufferPointer { f in
            scores.withUnsafeMutableBufferPointer { table.accumulate(f, into: $0.baseAddress!) }
        }
        #expect(scores == [1.5, -2.5, 2.5, 0.5, 0, 0, 0, 0, 0, 5, -10])
    }

    /// A row longer than `denseAbove` is stored dense and added eight classes at a time; classes it
    /// does not name get nothing, and the padding past `classCount` is never read back as a class.
    @Test func denseRowsAddEveryClassTheyName() {
        let classCount = 21
        var rows = WeightTable.Rows()
        rows.scale = 0.25
        let long = (0..<classCount).filter { $0 != 7 }  // 20 entries, more than denseAbove
        #expect(long.count > WeightTable.denseAbove)
        rows.keys = [0x0000_00AA_0000_0001, 0x0000_00BB_0000_0001]
        rows.counts = [UInt8(long.count), 1]
        for c in long { rows.classes.append(UInt8(c)); rows.weights.append(Int16(c * 4 - 40)) }
        rows.classes.append(7)
        rows.weights.append(12)
        let table = WeightTable(classCount: classCount, rows: rows)
        #expect(table.paddedClassCount == 24)
        var scores = [Float](repeating: 1, count: table.paddedClassCount)
        let features: [UInt64] = [0x0000_00AA_0000_0001, 0x0000_00BB_0000_0001]
        features.withUnsafeBufferPointer { f in
            scores.withUnsafeMutableBufferPointer { table.accumulate(f, into: $0.baseAddress!) }
        }
        for c in 0..<classCount {
            let expected: Float = c == 7 ? 1 + 3 : 1 + Float(c * 4 - 40) * 0.25
            #expect(scores[c] == expected, "class \(c)")
        }
    }
}
