/// Short blocks whose words alone mark them as chrome: "Advertisement",
/// "Read more: …", "Sign up for our newsletter", "Share this article".
enum BoilerplateText {
    /// Openings of short chrome blocks, lowercased.
    static let openings = [
        "advertisement", "advertisment", "sponsored", "sponsored content", "read more", "read also", "also read",
        "related", "see also", "more:", "more from", "more on this", "recommended", "watch:", "watch now", "listen:",
        "listen to this", "sign up", "subscribe", "click here", "follow us", "share this", "share on", "share article",
        "continue reading", "story continues", "article continues", "scroll to continue", "©", "copyright",
        "all rights reserved", "photo:", "image:", "getty images", "don't miss", "dont miss", "trending",
        "join our", "want more", "download the app", "get our app", "enable javascript", "this website uses cookies",
        "we use cookies", "you might also like", "you may also like", "most read", "most popular", "top stories",
        "more stories", "latest news", "newsletter", "already a subscriber", "already have an account", "log in",
        "register to", "skip to", "back to", "jump to", "next article", "previous article", "next post",
        "previous post", "tags:", "topics:", "filed under", "posted in", "leave a comment", "leave a reply",
        "join the conversation", "join the discussion", "show comments", "view comments", "comments (",
        "print this", "email this", "report an error", "suggest a correction", "explore more",
        "related articles", "related stories", "related content", "keep reading", "get the latest",
        "this article was", "this story was", "originally published", "image credit", "photo credit",
    ]
    static let exact: Set<String> = ["ad", "ads", "share", "tweet", "email", "print", "menu", "close", "more", "sponsored"]

    /// True when a block of this text is chrome. Only short blocks qualify:
    /// an article paragraph may well start with "Related".
    static func isChrome(_ text: String) -> Bool {
        guard let clean = TextBuilder.clean(text), clean.count <= 120 else { return false }
        let lower = String(clean.lowercased().drop { !$0.isLetter && !$0.isNumber && $0 != "©" })
        if exact.contains(lower.trimmingCharacters(in: ":.".map { $0 })) { return true }
        // "5 min read", "3 minute read"
        if lower.count <= 20, lower.hasSuffix("min read") || lower.hasSuffix("minute read") || lower.hasSuffix("minutes read") {
            return true
        }
        for opening in openings where lower.hasPrefix(opening) {
            // "Related" must be the block's lead-in, not "Relatedly, the court…".
            let rest = lower.dropFirst(opening.count)
            guard let next = rest.first else { return true }
            if next.isLetter && opening.last?.isLetter == true { continue }
            return true
        }
        return false
    }
}

private extension String {
    func trimmingCharacters(in set: [Character]) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) || f == " " { s.removeFirst() }
        while let l = s.last, set.contains(l) || l == " " { s.removeLast() }
        return String(s)
    }
}
