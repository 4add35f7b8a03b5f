/// A Universal Dependencies relation label such as `nsubj`, `obl:tmod` or `compound:prt`.
///
/// UD keeps a closed set of 37 universal relations and lets treebanks add
/// subtypes after a colon; the parser predicts whatever labels its training
/// data had, so this is an open set with constants for the relations callers
/// test for. Compare on ``universal`` when the subtype does not matter.
public struct DependencyRelation: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The label without its subtype: `nsubj` for `nsubj:pass`.
    public var universal: String {
        guard let colon = rawValue.firstIndex(of: ":") else { return rawValue }
        return String(rawValue[..<colon])
    }

    public var description: String { rawValue }

    public static let root: DependencyRelation = "root"
    public static let nsubj: DependencyRelation = "nsubj"
    public static let nsubjPass: DependencyRelation = "nsubj:pass"
    public static let csubj: DependencyRelation = "csubj"
    public static let obj: DependencyRelation = "obj"
    public static let iobj: DependencyRelation = "iobj"
    public static let obl: DependencyRelation = "obl"
    public static let nmod: DependencyRelation = "nmod"
    public static let nmodPoss: DependencyRelation = "nmod:poss"
    public static let amod: DependencyRelation = "amod"
    public static let nummod: DependencyRelation = "nummod"
    public static let compound: DependencyRelation = "compound"
    public static let appos: DependencyRelation = "appos"
    public static let conj: DependencyRelation = "conj"
    public static let cc: DependencyRelation = "cc"
    public static let det: DependencyRelation = "det"
    public static let `case`: DependencyRelation = "case"
    public static let punct: DependencyRelation = "punct"
    public static let dep: DependencyRelation = "dep"
    public static let parataxis: DependencyRelation = "parataxis"
    public static let acl: DependencyRelation = "acl"
    public static let aclRelcl: DependencyRelation = "acl:relcl"
    public static let ccomp: DependencyRelation = "ccomp"
    public static let xcomp: DependencyRelation = "xcomp"
    public static let advcl: DependencyRelation = "advcl"
    public static let mark: DependencyRelation = "mark"
    public static let aux: DependencyRelation = "aux"
    public static let cop: DependencyRelation = "cop"
}
