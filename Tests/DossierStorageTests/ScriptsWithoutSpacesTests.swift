import Foundation
import DossierStorage
import Testing

/// The scripts searched by substring: one list of ranges, spelled out the same in both schemas.
@Suite struct ScriptsWithoutSpacesTests {
    static let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("schema")

    @Test func bothSchemasSpellTheSameCharacterClass() throws {
        let sqlite = try String(contentsOf: Self.schema.appendingPathComponent("0013-unspaced-scripts-search.sql"), encoding: .utf8)
        let postgres = try String(contentsOf: Self.schema.appendingPathComponent("postgres/0004-unspaced-scripts-search.sql"), encoding: .utf8)
        // Byte for byte: `String.contains` takes canonically equivalent characters as equal, and U+F900
        // (a compatibility ideograph) normalises to U+8C48, a range that would swallow the Private Use Area.
        let wanted = Array(ScriptsWithoutSpaces.characterClass.utf8)
        func holds(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            return bytes.count >= wanted.count && (0...(bytes.count - wanted.count)).contains { bytes[$0..<($0 + wanted.count)].elementsEqual(wanted) }
        }
        #expect(holds(sqlite))
        #expect(holds(postgres))
        #expect(ScriptsWithoutSpaces.characterClass.unicodeScalars.contains("\u{F900}"))
    }

    @Test(arguments: ["商標", "ข้อมูล", "항만", "ヨット", "ຂ່າວ", "ព័ត៌មាន", "မြန်မာ"])
    func eachScriptOccurs(_ word: String) {
        #expect(ScriptsWithoutSpaces.occurs(in: "Report: " + word))
    }

    @Test(arguments: ["harbour", "Hafengebühr", "порт", "λιμάνι", "ميناء"])
    func spacedScriptsDoNot(_ word: String) {
        #expect(!ScriptsWithoutSpaces.occurs(in: word))
    }

    @Test func queryWordsLoseLikeWildcards() {
        #expect(UnspacedQuery.words(" 商标%注册  _申请\\ ") == ["商标注册", "申请"])
    }
}
