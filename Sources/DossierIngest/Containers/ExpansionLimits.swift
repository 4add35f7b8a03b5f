import DossierModel

/// How far compressed input may expand before it is refused as a
/// decompression bomb. Named, so the rule is stated once for gzip, zip
/// members, web-archive records and email attachments alike.
public struct ExpansionLimits: Sendable, Equatable {
    /// The most bytes one expanded file, member or record may hold: the
    /// `--max-size` of the import, applied after decompression.
    public var maxExpanded: Int
    /// Expansion beyond this ratio is refused once the output passes
    /// ``ratioFloor``: real text compresses 3 to 20 times; bombs, thousands.
    public var maxRatio: Int
    /// Below this many expanded bytes the ratio is not checked: a small page
    /// of repeated markup may legitimately compress a hundredfold.
    public var ratioFloor: Int
    /// The most bytes all the members of one container may expand to
    /// together, so a zip of ten thousand bombs each under the ratio still
    /// ends quickly.
    public var maxTotal: Int

    public init(maxExpanded: Int, maxRatio: Int = Self.defaultMaxRatio, ratioFloor: Int = Self.defaultRatioFloor,
                maxTotal: Int = Self.defaultMaxTotal) {
        self.maxExpanded = maxExpanded
        self.maxRatio = maxRatio
        self.ratioFloor = ratioFloor
        self.maxTotal = maxTotal
    }

    public static let defaultMaxRatio = 200
    public static let defaultRatioFloor = 4 * 1024 * 1024
    public static let defaultMaxTotal = 16 * 1024 * 1024 * 1024

    /// Why `expanded` bytes from `compressed` input break the limits, if they do.
    func refusal(expanded: Int, compressed: Int) -> DecompressionFailure? {
        if expanded > maxExpanded { return .tooLarge(limit: maxExpanded) }
        if expanded > ratioFloor, expanded / max(compressed, 1) > maxRatio { return .ratio(maxRatio) }
        return nil
    }
}

/// Why compressed bytes could not be expanded.
public enum DecompressionFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The expanded bytes passed `--max-size`.
    case tooLarge(limit: Int)
    /// Expanded more than `maxRatio` times: the shape of a decompression bomb.
    case ratio(Int)
    /// The container's members together passed ``ExpansionLimits/maxTotal``.
    case totalTooLarge(limit: Int)
    /// The stream ends before its end marker.
    case truncated
    /// Not valid compressed data (with the library's reason).
    case corrupt(String)
    /// A compression method Dossier does not read (e.g. a zip's LZMA).
    case unsupportedMethod(String)

    public var description: String {
        switch self {
        case .tooLarge(let limit):
            return "refused: expands to more than \(ByteCount.human(limit)) (the --max-size limit applies to the expanded bytes; raise it with --max-size)"
        case .ratio(let ratio):
            return "refused: expands more than \(ratio) times its compressed size, the shape of a decompression bomb"
        case .totalTooLarge(let limit):
            return "refused: the members together expand to more than \(ByteCount.human(limit))"
        case .truncated:
            return "the compressed data is truncated (the file ends before the compressed stream does)"
        case .corrupt(let why):
            return "the compressed data is damaged (\(why))"
        case .unsupportedMethod(let method):
            return "compressed with \(method), which Dossier does not read"
        }
    }
}
