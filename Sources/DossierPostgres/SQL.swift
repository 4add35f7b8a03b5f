import PostgresNIO

/// A statement built in pieces with its bound values, numbered `$1`, `$2`, … as they are added:
/// filters add a condition and its value together, so the two never drift apart. Values are always
/// bound, never spliced into the text.
struct SQL {
    private(set) var text: String
    private(set) var binds = PostgresBindings()
    private var count = 0

    init(_ text: String = "") { self.text = text }

    static func += (sql: inout SQL, more: String) { sql.text += more }

    /// Binds a value (nil as NULL) and returns its placeholder.
    mutating func bind(_ value: String?) -> String { add(value) }
    mutating func bind(_ value: Int64?) -> String { add(value) }
    mutating func bind(_ value: Int?) -> String { add(value.map(Int64.init)) }
    mutating func bind(_ value: Double?) -> String { add(value) }
    mutating func bind(_ value: Bool?) -> String { add(value) }
    mutating func bind(_ value: [String]) -> String { add(value) }
    mutating func bind(_ value: [Int64]) -> String { add(value) }

    private mutating func add<T: PostgresDynamicTypeEncodable>(_ value: T?) -> String {
        count += 1
        if let value { binds.append(value) } else { binds.appendNull() }
        return "$\(count)"
    }

    var query: PostgresQuery { PostgresQuery(unsafeSQL: text, binds: binds) }
}

extension PostgresRandomAccessRow {
    /// A column's value, nil for NULL (and for a column the query did not select).
    func get<T: PostgresDecodable>(_ column: String, as type: T.Type = T.self) throws -> T? {
        guard contains(column) else { return nil }
        let cell = self[column]
        guard cell.bytes != nil else { return nil }
        return try cell.decode(T.self)
    }

    /// A column that is never NULL.
    func must<T: PostgresDecodable>(_ column: String, as type: T.Type = T.self) throws -> T {
        try self[column].decode(T.self)
    }
}
