/// An arc-hybrid configuration: the stack, the front of the buffer and the
/// arcs built so far, with the child bookkeeping the features read.
///
/// Words are 1...n; 0 is the root, which stands at the end of the buffer so
/// it takes its single dependent last (the word left alone on the stack).
struct ParserState {
    let count: Int
    private(set) var stack: [Int32] = []
    /// The next word to read; `count + 1` means only the root is left.
    private(set) var front: Int
    private(set) var heads: [Int32]
    private(set) var labels: [Int32]
    // Children, for features: the two outermost on each side, counts, and the set of labels on each side.
    private(set) var left1: [Int32]
    private(set) var left2: [Int32]
    private(set) var right1: [Int32]
    private(set) var right2: [Int32]
    private(set) var leftCount: [UInt8]
    private(set) var rightCount: [UInt8]
    private(set) var leftLabels: [UInt64]
    private(set) var rightLabels: [UInt64]

    init(count: Int) {
        self.count = count
        front = 1
        heads = [Int32](repeating: -1, count: count + 1)
        labels = [Int32](repeating: -1, count: count + 1)
        left1 = [Int32](repeating: -1, count: count + 1)
        left2 = left1
        right1 = left1
        right2 = left1
        leftCount = [UInt8](repeating: 0, count: count + 1)
        rightCount = leftCount
        leftLabels = [UInt64](repeating: 0, count: count + 1)
        rightLabels = leftLabels
        stack.reserveCapacity(count)
    }

    var isTerminal: Bool { stack.isEmpty && front > count }

    /// The buffer front: a word, or 0 (the root) once every word is read.
    @inline(__always) var b0: Int { front <= count ? front : 0 }

    /// The i-th word from the top of the stack, or -1.
    @inline(__always) func s(_ i: Int) -> Int { stack.count > i ? Int(stack[stack.count - 1 - i]) : -1 }

    /// The i-th word of the buffer after the front (ignoring the root), or -1.
    @inline(__always) func b(_ i: Int) -> Int { front + i <= count ? front + i : -1 }

    func isValid(_ t: Transition, rootLabel: Int) -> Bool {
        switch t.move {
        case .shift:
            return front <= count
        case .left:
            if stack.isEmpty { return false }
            if front > count { return stack.count == 1 && t.label == rootLabel }
            return t.label != rootLabel
        case .right:
            return stack.count >= 2 && t.label != rootLabel
        }
    }

    mutating func apply(_ t: Transition) {
        switch t.move {
        case .shift:
            stack.append(Int32(front))
            front += 1
        case .left:
            let dependent = Int(stack.removeLast())
            attach(dependent, to: b0, label: t.label)
        case .right:
            let dependent = Int(stack.removeLast())
            attach(dependent, to: Int(stack[stack.count - 1]), label: t.label)
        }
    }

    private mutating func attach(_ dependent: Int, to head: Int, label: Int) {
        heads[dependent] = Int32(head)
        labels[dependent] = Int32(label)
        let bit: UInt64 = 1 << UInt64(min(label, 63))
        if dependent < head || head == 0 {
            // Left children arrive right to left (nearest first), so the newest is the leftmost.
            left2[head] = left1[head]
            left1[head] = Int32(dependent)
            leftCount[head] &+= leftCount[head] < 255 ? 1 : 0
            leftLabels[head] |= bit
        } else {
            // Right children arrive left to right: the newest is the rightmost.
            right2[head] = right1[head]
            right1[head] = Int32(dependent)
            rightCount[head] &+= rightCount[head] < 255 ? 1 : 0
            rightLabels[head] |= bit
        }
    }
}
