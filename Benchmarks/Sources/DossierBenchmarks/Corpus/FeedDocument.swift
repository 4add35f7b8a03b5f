/// An RSS 2.0 feed of 5–15 items, each with a title, link, date and a
/// description holding one to three paragraphs of escaped HTML.
struct FeedDocument {
    let prose: ProseWriter

    static let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    func make(index: Int, random: inout SeededRandom) -> GeneratedDocument {
        let v = prose.vocabulary
        let publisher = random.pick(prose.publishers)
        let site = publisher.lowercased().replacingSpaces("-")
        var x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n"
        x += "<title>\(publisher.escapedForMarkup) — Latest</title>\n<link>https://www.\(site).example/</link>\n"
        x += "<description>Latest stories from \(publisher.escapedForMarkup)</description>\n<language>en-us</language>\n"
        var plains: [GeneratedDocument.Plain] = []
        for item in 0..<random.int(5...15) {
            let title = prose.capitalised((0..<random.int(5...11)).map { _ in v.contentWord(&random) }.joined(separator: " "))
            let paragraphs = (0..<random.int(1...3)).map { _ in prose.paragraph(&random, sentences: random.int(2...5)) }
            let link = "https://www.\(site).example/story/\(index)-\(item)"
            let date = "\(random.pick(Self.days)), \(two(random.int(1...28))) \(random.pick(Self.months)) \(random.int(2015...2025)) \(two(random.int(0...23))):\(two(random.int(0...59))):00 GMT"
            x += "<item>\n<title>\(title.escapedForMarkup)</title>\n<link>\(link)</link>\n<guid isPermaLink=\"true\">\(link)</guid>\n"
            x += "<pubDate>\(date)</pubDate>\n<dc:creator>\(random.pick(prose.people))</dc:creator>\n"
            let html = paragraphs.map { "<p>\($0.escapedForMarkup)</p>" }.joined()
            x += "<description>\(html.escapedForMarkup)</description>\n</item>\n"
            plains.append(.init(title: title, text: paragraphs.joined(separator: "\n\n")))
        }
        x += "</channel>\n</rss>\n"
        return GeneratedDocument(relativePath: "feeds/\(index / 1000)/feed-\(index).xml", contents: x, plains: plains)
    }
}
