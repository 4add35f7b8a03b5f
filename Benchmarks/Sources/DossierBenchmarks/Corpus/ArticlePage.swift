/// A news article page as sites serve them: a head full of OpenGraph, Twitter
/// and JSON-LD metadata, scripts, navigation, ads, a cookie banner, related
/// links, comments teaser and footer around 6–20 paragraphs of article text.
struct ArticlePage {
    let prose: ProseWriter

    func make(index: Int, random: inout SeededRandom) -> GeneratedDocument {
        let v = prose.vocabulary
        let publisher = random.pick(prose.publishers)
        let site = publisher.lowercased().replacingSpaces("-")
        let title = prose.capitalised((0..<random.int(5...12)).map { _ in v.contentWord(&random) }.joined(separator: " "))
        let author = random.pick(prose.people)
        let (year, month, day) = (random.int(2015...2025), random.int(1...12), random.int(1...28))
        let date = "\(year)-\(two(month))-\(two(day))"
        let slug = title.lowercased().replacingSpaces("-")
        let url = "https://www.\(site).example/\(year)/\(two(month))/\(slug)"
        let section = prose.capitalised(v.contentWord(&random))
        let paragraphs = (0..<random.int(6...20)).map { _ in prose.paragraph(&random, sentences: random.int(2...6)) }
        let description = String(paragraphs[0].prefix(160))

        var h = ""
        h.reserveCapacity(32 * 1024)
        h += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        h += "<title>\(title.escapedForMarkup) | \(publisher.escapedForMarkup)</title>\n"
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        h += "<meta name=\"description\" content=\"\(description.escapedForMarkup)\">\n"
        h += "<meta name=\"author\" content=\"\(author)\">\n<link rel=\"canonical\" href=\"\(url)\">\n"
        h += "<meta property=\"og:type\" content=\"article\">\n<meta property=\"og:title\" content=\"\(title.escapedForMarkup)\">\n"
        h += "<meta property=\"og:site_name\" content=\"\(publisher)\">\n<meta property=\"og:url\" content=\"\(url)\">\n"
        h += "<meta property=\"og:image\" content=\"https://cdn.\(site).example/img/\(index).jpg\">\n"
        h += "<meta property=\"article:published_time\" content=\"\(date)T\(two(random.int(5...22))):\(two(random.int(0...59))):00Z\">\n"
        h += "<meta name=\"twitter:card\" content=\"summary_large_image\">\n"
        h += "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
        h += "\"headline\":\"\(title)\",\"datePublished\":\"\(date)\",\"author\":[{\"@type\":\"Person\",\"name\":\"\(author)\"}],"
        h += "\"publisher\":{\"@type\":\"Organization\",\"name\":\"\(publisher)\"},\"mainEntityOfPage\":\"\(url)\"}</script>\n"
        h += "<link rel=\"stylesheet\" href=\"/assets/site.\(random.int(1000...9999)).css\">\n"
        h += "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());"
        h += "gtag('config','G-\(random.int(100000...999999))');var ads={slots:[" + (0..<random.int(3...40)).map { "'slot-\($0)'" }.joined(separator: ",") + "]};</script>\n"
        h += "</head>\n<body class=\"article-page\">\n"
        h += "<div id=\"cookie-banner\" class=\"cookie-consent\"><p>We use cookies to improve your experience and to show you relevant advertising. "
        h += "<a href=\"/privacy\">Privacy policy</a></p><button>Accept all</button><button>Manage choices</button></div>\n"
        h += "<header class=\"site-header\"><a class=\"logo\" href=\"/\">\(publisher)</a>\n<nav class=\"main-nav\"><ul>\n"
        for _ in 0..<random.int(8...40) {
            let word = prose.capitalised(v.contentWord(&random))
            h += "<li><a href=\"/section/\(word.lowercased())\">\(word)</a></li>\n"
        }
        h += "</ul></nav>\n<form class=\"search\" action=\"/search\"><input name=\"q\" placeholder=\"Search\"></form></header>\n"
        h += "<div class=\"ad ad-leaderboard\" data-slot=\"top\"><span>Advertisement</span></div>\n"
        h += "<main>\n<article class=\"story\">\n<div class=\"breadcrumbs\"><a href=\"/\">Home</a> › <a href=\"/\(section.lowercased())\">\(section)</a></div>\n"
        h += "<h1 class=\"headline\">\(title.escapedForMarkup)</h1>\n"
        h += "<div class=\"byline\">By <a rel=\"author\" href=\"/staff/\(index % 300)\">\(author)</a> · <time datetime=\"\(date)\">\(date)</time></div>\n"
        h += "<div class=\"share-bar\"><a href=\"#\">Share</a> <a href=\"#\">Post</a> <a href=\"#\">Email</a></div>\n"
        h += "<div class=\"article-body\">\n"
        for (i, paragraph) in paragraphs.enumerated() {
            h += "<p>\(paragraph.escapedForMarkup)</p>\n"
            if i == 3 { h += "<aside class=\"ad ad-inline\"><span>Advertisement</span><div id=\"inline-ad-\(index)\"></div></aside>\n" }
        }
        h += "</div>\n</article>\n<section class=\"related\"><h2>Related stories</h2><ul>\n"
        for _ in 0..<random.int(4...16) {
            let headline = prose.capitalised((0..<random.int(4...9)).map { _ in v.contentWord(&random) }.joined(separator: " "))
            h += "<li><a href=\"/\(year)/\(headline.lowercased().replacingSpaces("-"))\">\(headline)</a></li>\n"
        }
        h += "</ul></section>\n<section class=\"comments-teaser\"><a href=\"#comments\">\(random.int(0...900)) comments</a></section>\n</main>\n"
        h += "<footer class=\"site-footer\"><p>© \(year) \(publisher). All rights reserved.</p><ul>\n"
        for link in ["About us", "Contact", "Careers", "Advertise", "Terms of use", "Privacy", "Cookie settings", "Newsletters"] {
            h += "<li><a href=\"/\(link.lowercased().replacingSpaces("-"))\">\(link)</a></li>"
        }
        h += "\n</ul></footer>\n<script src=\"/assets/app.\(random.int(1000...9999)).js\" defer></script>\n</body>\n</html>\n"

        return GeneratedDocument(
            relativePath: "articles/\(index / 1000)/\(slug.prefix(40))-\(index).html",
            contents: h,
            plains: [.init(title: title, text: paragraphs.joined(separator: "\n\n"))]
        )
    }
}

func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

extension String {
    func replacingSpaces(_ with: String) -> String {
        split(separator: " ").joined(separator: with)
    }
}
