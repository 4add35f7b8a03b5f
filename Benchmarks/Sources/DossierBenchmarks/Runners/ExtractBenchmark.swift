import DossierClaims

/// The claims extractor on the corpus's plain main text, one core, against a
/// bare scan of the same bytes that finds every number and the sentence it
/// stands in — the least work any figure extractor must do.
struct ExtractBenchmark {
    let texts: [String]
    let runs: Int

    struct Result: Sendable, Codable {
        var megabytes = 0.0
        var claims = 0
        var extractorMBps = Sample()
        var scanMBps = Sample()
    }

    func run() -> Result {
        var result = Result()
        result.megabytes = Double(texts.reduce(0) { $0 + $1.utf8.count }) / 1_048_576
        let extractor = ClaimExtractor()
        for _ in 0..<runs {
            var claims = 0
            let seconds = timed { for text in texts { claims += extractor.extract(from: text).count } }
            result.claims = claims
            result.extractorMBps.values.append(result.megabytes / seconds)
            var numbers = 0
            let scan = timed { for text in texts { numbers &+= Self.scan(text) } }
            if numbers == -1 { print("") }
            result.scanMBps.values.append(result.megabytes / scan)
        }
        return result
    }

    /// Counts numbers and remembers, for each, where its sentence started.
    static func scan(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            var sentenceStart = 0
            var inNumber = false
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b >= 0x30 && b <= 0x39 {
                    if !inNumber { count &+= sentenceStart & 1 | 1; inNumber = true }
                } else {
                    inNumber = false
                    if b == 0x2E || b == 0x3F || b == 0x21 || b == 0x0A { sentenceStart = i + 1 }
                }
                i += 1
            }
            return count
        }
    }
}
