import DossierModel

/// One email message (RFC 5322 with MIME): a document with From as byline,
/// Date as published and Subject as title, its text from the `text/plain`
/// part (or the HTML part through the HTML reader), and each attachment
/// read as a document of its own, linked to the message.
enum EmailReader {
    /// A `.eml` file: the message is part `""`, its attachments are parts named after them.
    static func readMessage(_ bytes: [UInt8], options: ReadOptions) throws(IngestError) -> IngestResult {
        try Ingest.settle(read(bytes[...], options: options, messagePart: nil))
    }

    /// The message and its attachments; attachment parts are `messagePart/name`
    /// (`name` alone when the message is the whole file).
    static func read(_ bytes: ArraySlice<UInt8>, options: ReadOptions, messagePart: String?) -> IngestResult {
        let message = MIMEEntity.parse(bytes)
        var collected = Collected()
        collect(message, into: &collected, depth: 0)
        var result = IngestResult(documents: [])
        var document = ParsedDocument(part: messagePart ?? "", kind: .email, format: "email",
                                      title: message.field("subject"), text: "")
        document.byline = message.field("from")
        document.published = PublishedDate.normalize(message.field("date"))
        for name in ["from", "to", "cc", "reply-to"] {
            if let value = message.field(name), !value.isEmpty { document.metadata[name.replacingHyphens()] = value }
        }
        if let id = message.field("message-id") { document.metadata["message_id"] = WARCRecord.bare(id) }
        if let replyTo = message.field("in-reply-to") { document.metadata["in_reply_to"] = WARCRecord.bare(replyTo) }
        document.text = body(collected, options: options, document: &document)
        var attachmentNames: [String] = []
        var used: [String: Int] = [:]
        for attachment in collected.attachments {
            var name = attachment.fileName ?? (attachment.contentType.type == "message/rfc822" ? "forwarded.eml" : "attachment")
            name = name.replacingSlashes()
            used[name, default: 0] += 1
            if let n = used[name], n > 1 { name += "~\(n)" }
            attachmentNames.append(name)
            let part = messagePart.map { "\($0)/\(name)" } ?? name
            let before = result.documents.count
            Ingest.readMember(attachment.body, name: name, part: part, identity: .container, options: options, into: &result)
            for i in before..<result.documents.count {
                result.documents[i].metadata["attached_to"] = messagePart ?? document.metadata["message_id"] ?? "the message"
                if result.documents[i].published == nil { result.documents[i].published = document.published }
            }
        }
        if !attachmentNames.isEmpty { document.metadata["attachments"] = attachmentNames.joined(separator: ", ") }
        if !document.text.isEmpty || document.title != nil {
            if document.text.isEmpty { document.text = document.title ?? "" }
            result.documents.insert(document, at: 0)
        }
        return result
    }

    /// The parts worth reading, found by walking the MIME tree.
    struct Collected {
        var plain: [MIMEEntity] = []
        var html: [MIMEEntity] = []
        var attachments: [MIMEEntity] = []
    }

    private static func collect(_ entity: MIMEEntity, into collected: inout Collected, depth: Int) {
        let type = entity.contentType.type
        let isAttachment = entity.disposition?.type == "attachment" || (entity.fileName != nil && !type.hasPrefix("text/"))
        if type.hasPrefix("multipart/"), depth < 16 {
            let parts = entity.parts()
            if type == "multipart/alternative" {
                // One body in several forms: plain text if there is one, else HTML.
                if let plain = parts.first(where: { $0.contentType.type == "text/plain" && $0.disposition?.type != "attachment" }) {
                    collected.plain.append(plain)
                } else {
                    for part in parts { collect(part, into: &collected, depth: depth + 1) }
                }
                return
            }
            for part in parts { collect(part, into: &collected, depth: depth + 1) }
            return
        }
        if isAttachment || type == "message/rfc822" {
            collected.attachments.append(entity)
        } else if type == "text/plain" {
            collected.plain.append(entity)
        } else if type == "text/html" {
            collected.html.append(entity)
        } else if entity.fileName != nil || !type.hasPrefix("text/") {
            if type != "application/pgp-signature", type != "application/pkcs7-signature" { collected.attachments.append(entity) }
        }
    }

    /// The message's own text: plain parts as paragraphs, else the HTML parts' text.
    private static func body(_ collected: Collected, options: ReadOptions, document: inout ParsedDocument) -> String {
        var builder = TextBuilder()
        if !collected.plain.isEmpty {
            for part in collected.plain {
                let text = TextEncoding.decode(part.body, charset: part.contentType.parameters["charset"])
                paragraphs(of: text, into: &builder)
            }
            return builder.text
        }
        for part in collected.html {
            guard let page = try? HTMLArticleReader.read(part.body, declaredCharset: part.contentType.parameters["charset"]) else { continue }
            builder.paragraph(page.text)
            if document.language == nil { document.language = page.language }
        }
        return builder.text
    }

    /// Lines joined into paragraphs at blank lines; quote marks (`> `) and
    /// the signature separator's tail left out.
    static func paragraphs(of text: String, into builder: inout TextBuilder) {
        var paragraph: [Substring] = []
        func flush() {
            if !paragraph.isEmpty { builder.paragraph(paragraph.joined(separator: " ")) }
            paragraph.removeAll()
        }
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            if raw == "-- " { break }  // the signature follows
            var line = raw
            while line.first == ">" { line = line.dropFirst(); if line.first == " " { line = line.dropFirst() } }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { flush(); continue }
            paragraph.append(line)
        }
        flush()
    }

    /// Whether text starts like a message: header fields a message carries, then a blank line.
    static func looksLikeMessage(_ head: String) -> Bool {
        let lines = head.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        guard let first = lines.first, first.contains(":"), !first.hasPrefix(" ") else { return false }
        let known: Set<String> = ["from", "to", "date", "subject", "message-id", "received", "mime-version", "return-path",
                                  "delivered-to", "reply-to", "cc", "content-type", "x-mailer", "dkim-signature", "sender"]
        var seen = Set<String>()
        for line in lines {
            if line.isEmpty || line == "\r" { break }
            if line.first == " " || line.first == "\t" { continue }
            guard let colon = line.firstIndex(of: ":") else { return false }
            let name = line[..<colon].lowercased()
            guard !name.isEmpty, !name.contains(" ") else { return false }
            if known.contains(name) { seen.insert(name) }
        }
        return seen.count >= 3 && (seen.contains("from") || seen.contains("received")) && (seen.contains("date") || seen.contains("subject"))
    }
}

extension String {
    func replacingHyphens() -> String { String(map { $0 == "-" ? "_" : $0 }) }
    /// An attachment name as one location segment (`a/b.pdf` would read as a folder).
    func replacingSlashes() -> String { String(map { $0 == "/" || $0 == "#" ? "_" : $0 }) }
}
