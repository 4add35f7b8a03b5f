/// How many documents a search matches, and how they split by kind and by publisher: the facets
/// a search page offers as filters. Each facet is counted under the other filters but not its own,
/// so choosing one kind still shows how many hits the other kinds have.
public struct SearchFacets: Sendable, Equatable {
    /// One value of a facet and the number of matching documents with it.
    public struct Count: Sendable, Equatable {
        public var value: String
        public var documents: Int
        public init(value: String, documents: Int) {
            self.value = value
            self.documents = documents
        }
    }

    /// Every match under all the filters.
    public var total: Int
    public var kinds: [Count]
    /// The publishers with the most matches, most first.
    public var publishers: [Count]

    public init(total: Int, kinds: [Count], publishers: [Count]) {
        self.total = total
        self.kinds = kinds
        self.publishers = publishers
    }
}
