/// The arc-hybrid dynamic oracle (Goldberg & Nivre 2013): how many gold arcs
/// each move makes unreachable from the current configuration, whatever
/// mistakes came before. Training follows the model's own (sometimes wrong)
/// moves and still learns the best continuation from each.
struct DynamicOracle {
    /// Gold heads by word (index 0 unused; 0 means the root).
    let heads: [Int32]
    let labels: [Int32]

    /// The cost of SHIFT, LEFT and RIGHT ignoring labels (Int.max when not allowed).
    func moveCosts(_ state: ParserState) -> (shift: Int, left: Int, right: Int) {
        let s0 = state.s(0), s1 = state.s(1)
        let front = state.front
        let n = state.count
        @inline(__always) func inBuffer(_ h: Int) -> Bool { h == 0 || h >= front }
        @inline(__always) func dependentsInBuffer(_ p: Int) -> Int {
            var c = 0
            if front <= n { for d in front...n where heads[d] == p { c += 1 } }
            return c
        }
        var shift = Int.max, left = Int.max, right = Int.max
        if front <= n {
            let b = front
            var c = 0
            let h = Int(heads[b])
            for k in state.stack where Int(k) != s0 && Int(k) == h { c += 1 }
            for k in state.stack where heads[Int(k)] == b { c += 1 }
            shift = c
        }
        if s0 > 0 {
            let b = state.b0
            let h = Int(heads[s0])
            var c = dependentsInBuffer(s0)
            if h != b && ((s1 > 0 && h == s1) || inBuffer(h)) { c += 1 }
            left = c
            if s1 > 0 {
                var r = dependentsInBuffer(s0)
                if inBuffer(h) { r += 1 }
                right = r
            }
        }
        return (shift, left, right)
    }

    /// The cost of a labelled move: its move's cost, plus one if it builds a gold arc with the wrong label.
    func cost(_ t: Transition, _ state: ParserState, _ moves: (shift: Int, left: Int, right: Int)) -> Int {
        switch t.move {
        case .shift:
            return moves.shift
        case .left:
            guard moves.left != .max else { return .max }
            let s0 = state.s(0)
            return moves.left + (Int(heads[s0]) == state.b0 && Int(labels[s0]) != t.label ? 1 : 0)
        case .right:
            guard moves.right != .max else { return .max }
            let s0 = state.s(0)
            return moves.right + (Int(heads[s0]) == state.s(1) && Int(labels[s0]) != t.label ? 1 : 0)
        }
    }
}
