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
}
