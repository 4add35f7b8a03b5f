/// Which stored document each document of a new parse of a file revises.
///
/// A document is known by its `part` (a feed item's guid or link, a
/// submission's document sequence). Parts are not always stable: a feed
/// without guids or links numbers its items, so one new item at the top
/// shifts every part. Pairs are therefore made in three passes: the same part
/// with the same text, then the same text under another part (the document
/// moved), then the same part (the document changed). What is left is new,
/// or gone.
package enum DocumentMatching {
    package struct Key: Equatable {
        package var part: String
        package var textHash: String

        package init(part: String, textHash: String) {
            self.part = part
            self.textHash = textHash
        }
    }

    /// For each new document, the index of the stored one it revises, or nil.
    /// `allowMoves` is false when both sides live under the same content
    /// hash: a stored document cannot take a part that another stored
    /// document still holds.
    package static func match(new: [Key], stored: [Key], allowMoves: Bool) -> [Int?] {
        var result = [Int?](repeating: nil, count: new.count)
        var taken = [Bool](repeating: false, count: stored.count)
        var byPart: [String: Int] = [:]
        var byText: [String: [Int]] = [:]
        for (index, key) in stored.enumerated().reversed() {
            byPart[key.part] = index
            byText[key.textHash, default: []].append(index)
        }
        func take(_ index: Int?, for newIndex: Int) -> Bool {
            guard let index, !taken[index] else { return false }
            taken[index] = true
            result[newIndex] = index
            return true
        }
        for (i, key) in new.enumerated() {
            if let s = byPart[key.part], stored[s].textHash == key.textHash { _ = take(s, for: i) }
        }
        if allowMoves {
            for (i, key) in new.enumerated() where result[i] == nil {
                while let s = byText[key.textHash]?.popLast() {
                    if take(s, for: i) { break }
                }
            }
        }
        for (i, key) in new.enumerated() where result[i] == nil { _ = take(byPart[key.part], for: i) }
        return result
    }
}
