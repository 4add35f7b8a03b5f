@testable import dossier
import Testing

/// Tables measure and cut cells as the terminal shows them.
@Suite struct TableCellTests {
    static let yellow = "\u{1B}[1;33m", reset = "\u{1B}[0m"

    @Test func escapesTakeNoColumns() {
        #expect(TableCell.width("a \(Self.yellow)$5bn\(Self.reset) b") == 8)
    }

    @Test func aCutNeverFallsInsideAnEscapeAndClosesTheColour() {
        let cell = "cost \(Self.yellow)$100 million\(Self.reset) to train"
        let clipped = TableCell.clip(cell, to: 9)
        #expect(clipped == "cost \(Self.yellow)$10…\(Self.reset)")
        #expect(TableCell.width(clipped) == 9)
        #expect(TableCell.clip("plain words", to: 6) == "plain…")
        #expect(TableCell.clip("short", to: 6) == "short")
    }

    @Test func theEvidenceColumnUsesTheTerminalsWidth() {
        let sentence = String(repeating: "word ", count: 40)
        let wide = Renderer.table(headers: ["id", "evidence"], rows: [["1", sentence]], maxWidth: 32, totalWidth: 200)
        let row = wide.split(separator: "\n")[1]
        // "1" padded to the header's 2 columns, 2 spaces, then the 196 columns left of 200 (cut with "…").
        #expect(TableCell.width(String(row)) == 200)
        #expect(row.hasSuffix("…"))
        // Not on a terminal: the whole sentence, whatever maxWidth says.
        let piped = Renderer.table(headers: ["id", "evidence"], rows: [["1", sentence]], maxWidth: 32, totalWidth: nil)
        #expect(piped.split(separator: "\n")[1] == Substring("1   " + sentence))
    }
}
