@testable import DossierLanguage
import Testing

/// The weight table adds each feature's votes, whether a row fits in its slot (up to three),
/// continues in the overflow or is stored dense, whether the key sits in its home line or further on,
/// in the hot region or the cold one, and ignores features it does not hold.
struct WeightTableTests {
    /// Scores of `features` against `table`, starting from `start` in every class.
    private func scores(_ table: WeightTable, _ features: [UInt64], start: Float = 0) -> [Float] {
        var scores = [Float](repeating: start, count: table.paddedClassCount)
        ScoringScratch.with(features: features.count) { scratch in
            features.withUnsafeBufferPointer { f in
                scores.withUnsafeMutableBufferPointer { table.accumulate(f, into: $0.baseAddress!, scratch: scratch) }
            }
        }
        return Array(scores[0..<table.classCount])
    }

    private func table(classCount: Int, scale: Float, _ layout: [(UInt64, [(UInt8, Int16)])]) -> WeightTable {
        var rows = WeightTable.Rows()
        rows.scale = scale
        for (key, entries) in layout.sorted(by: { $0.0 < $1.0 }) {
            rows.keys.append(key)
            rows.counts.append(UInt8(entries.count))
            for (c, w) in entries { rows.classes.append(c); rows.weights.append(w) }
        }
        return WeightTable(classCount: classCount, rows: rows)
    }

    @Test func votesOfShortAndLongRowsAddUp() {
        // 30 classes: a row of 5 is past the slot's three and short of dense, so it goes to the overflow.
        let table = table(classCount: 30, scale: 0.5, [
            (0x0000_0001_0000_0010, [(2, 4)]),
            (0x1234_5678_0000_0010, [(0, 2), (1, -6), (9, 10)]),  // same home line as the first
            (0x7FFF_0000_0000_0003, [(0, 1), (1, 1), (2, 1), (3, 1), (10, -20)]),
        ])
        #expect(table.featureCount == 3 && table.entryCount == 9)
        let got = scores(table, [0x1234_5678_0000_0010, 0x7FFF_0000_0000_0003, 0x0000_0001_0000_0010, 0x0000_0042_0000_0042])
        var expected = [Float](repeating: 0, count: 30)
        expected[0] = 1.5; expected[1] = -2.5; expected[2] = 2.5; expected[3] = 0.5; expected[9] = 5; expected[10] = -10
        #expect(got == expected)
    }

    /// A row longer than `denseAbove` is stored dense and added eight classes at a time; classes it
    /// does not name get nothing, and the padding past `classCount` is never read back as a class.
    @Test func denseRowsAddEveryClassTheyName() {
        let classCount = 21
        let long = (0..<classCount).filter { $0 != 7 }  // 20 entries, more than denseAbove
        #expect(long.count > WeightTable.denseAbove(classCount: classCount))
        let table = table(classCount: classCount, scale: 0.25, [
            (0x0000_00AA_0000_0001, long.map { (UInt8($0), Int16($0 * 4 - 40)) }),
            (0x0000_00BB_0000_0001, [(7, 12)]),
        ])
        #expect(table.paddedClassCount == 24)
        let got = scores(table, [0x0000_00AA_0000_0001, 0x0000_00BB_0000_0001], start: 1)
        for c in 0..<classCount {
            let expected: Float = c == 7 ? 1 + 3 : 1 + Float(c * 4 - 40) * 0.25
            #expect(got[c] == expected, "class \(c)")
        }
    }

    /// With the tagger's 17 classes every row longer than a slot holds is dense (one cache line).
    @Test func taggerSizedRowsPastTheSlotAreDense() {
        #expect(WeightTable.denseAbove(classCount: 17) == WeightTable.inline)
        #expect(WeightTable.denseAbove(classCount: 103) == 16)
        let table = table(classCount: 17, scale: 1, [(0x55, [(0, 1), (4, 2), (8, 3), (16, -4)])])
        #expect(scores(table, [0x55]) == [1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, -4])
    }

    /// Hot keys (top bit set) and cold keys live in separate regions; a key equal to a hot key but for
    /// the bit is a different feature.
    @Test func hotAndColdKeysAreSeparateFeatures() {
        let cold: UInt64 = 0x0123_4567_89AB_CDEF
        let hot = FeatureKey.hot(cold)
        #expect(hot != cold && hot & FeatureKey.hotBit != 0 && cold & FeatureKey.hotBit == 0)
        let table = table(classCount: 4, scale: 1, [(cold, [(1, 5)]), (hot, [(2, 7)])])
        #expect(scores(table, [cold]) == [0, 5, 0, 0])
        #expect(scores(table, [hot]) == [0, 0, 7, 0])
        #expect(scores(table, [hot, cold, hot]) == [0, 5, 14, 0])
    }

    /// Keys past their home line (more keys share it than a line holds) are found by probing on;
    /// a key absent from a full line is still reported absent.
    @Test func keysPastAFullHomeLineAreFound() {
        // Twelve keys with the same low bits: one home line, filled, and the rest in the lines after.
        let keys = (1...12).map { UInt64($0) << 40 | 0x20 }
        let table = table(classCount: 16, scale: 1, keys.enumerated().map { ($1, [(UInt8($0), Int16($0 + 1))]) })
        for (i, key) in keys.enumerated() {
            var expected = [Float](repeating: 0, count: 16)
            expected[i] = Float(i + 1)
            #expect(scores(table, [key]) == expected, "key \(i)")
        }
        #expect(scores(table, [UInt64(99) << 40 | 0x20]) == [Float](repeating: 0, count: 16))
    }

    /// Every template's keys come out of `FeatureKey.key` with the hot bit clear, so marking is the
    /// templates' choice alone.
    @Test func unmarkedKeysNeverCarryTheHotBit() {
        for value in 0..<10_000 as Range<UInt64> {
            #expect(FeatureKey.key(UInt64(value % 97), value) & FeatureKey.hotBit == 0)
            #expect(FeatureKey.key(3, value, value &* 31) & FeatureKey.hotBit == 0)
        }
    }

    /// Four slots make one 64-byte line: the lookup copies a key's home line whole.
    @Test func fourSlotsFillOneCacheLine() {
        #expect(MemoryLayout<WeightTable.Slot>.stride * WeightTable.group == 64)
    }

    /// Keys spread over their region's lines (a home computed wrong, say every key on line 0, still
    /// finds every key but makes loading and lookups quadratic).
    @Test func homesSpreadOverTheRegion() {
        let lines = 1_000
        var used = Set<Int>()
        for value in 0..<5_000 as Range<UInt64> {
            let home = WeightTable.home(FeatureKey.key(1, value), lines: lines)
            #expect(home % WeightTable.group == 0 && home < lines * WeightTable.group)
            used.insert(home)
        }
        #expect(used.count > 950, "5,000 keys used only \(used.count) of 1,000 lines")
    }
}
