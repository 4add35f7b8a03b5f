/// The word lists behind ``MeasureKey``, in one place and tested entry by entry.
public enum MeasureWords {
    /// Leading words that only say which period a flow is taken over, which the
    /// period itself says: "quarterly revenue", "third-quarter revenue", "fiscal
    /// 2025 revenue", "full-year revenue" are revenue. Not "daily", "monthly" or
    /// "annual" (daily and monthly active users, a monthly and an annual
    /// subscription are different quantities), nor "current" (current assets).
    public static let droppedModifiers: Set<String> = [
        "quarterly", "total", "overall", "full", "year", "first", "second", "third", "fourth", "quarter", "fiscal",
        "reported",
    ]

    /// Spellings of one quantity in filings and news, each mapped to one key.
    /// Only true synonyms: "operating income" is not "net income", "sales"
    /// of a product line are still revenue.
    public static let synonyms: [String: String] = [
        "revenues": "revenue", "sales": "revenue", "net sales": "revenue", "net revenue": "revenue",
        "turnover": "revenue", "top line": "revenue", "revenue from contract with customer": "revenue",
        "profit": "net income", "net profit": "net income", "earnings": "net income", "net earnings": "net income",
        "net income loss": "net income", "income": "net income",
        "market capitalization": "market value", "market capitalisation": "market value", "market cap": "market value",
        "workforce": "employee", "headcount": "employee", "staff": "employee",
        "death": "death toll", "dead": "death toll", "fatality": "death toll", "people killed": "death toll",
        "cost of revenue": "cost of sales", "cost of goods sold": "cost of sales",
        "research and development": "research and development expense", "r&d": "research and development expense",
        "r&d spending": "research and development expense",
        "eps": "earnings per share", "diluted eps": "diluted earnings per share", "basic eps": "basic earnings per share",
    ]

    /// The measure a coarse metric stands for when the sentence named none.
    public static let metricMeasure: [String: String] = [
        "revenue": "revenue", "profit": "net income", "valuation": "valuation", "funding": "funding",
        "employees": "employee", "users": "user",
    ]

    /// Subjects that name nobody: a figure's subject given as one of these is taken from its document.
    public static let pronouns: Set<String> = [
        "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "one", "who", "which",
    ]
}
