/// The arc-hybrid moves, labelled: what the parser's classifier chooses
/// between at each step.
///
/// The root is a pseudo-word at the end of the buffer (position 0 in the
/// arrays). Class 0 is SHIFT; `1 + 2l` is LEFT with label `l` (the stack top
/// becomes a dependent of the buffer front); `2 + 2l` is RIGHT with label `l`
/// (the stack top becomes a dependent of the word below it).
struct Transition: Equatable, Sendable {
    enum Move: Equatable, Sendable { case shift, left, right }

    var move: Move
    var label: Int

    init(move: Move, label: Int) {
        self.move = move
        self.label = label
    }

    init(classIndex: Int) {
        if classIndex == 0 {
            self.init(move: .shift, label: -1)
        } else {
            self.init(move: classIndex % 2 == 1 ? .left : .right, label: (classIndex - 1) / 2)
        }
    }

    var classIndex: Int {
        switch move {
        case .shift: 0
        case .left: 1 + 2 * label
        case .right: 2 + 2 * label
        }
    }

    static func classCount(labels: Int) -> Int { 1 + 2 * labels }
}
