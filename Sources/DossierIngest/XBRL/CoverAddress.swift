/// A registrant's address from the cover page's `dei:` facts, so that it is
/// in the filing's text (the cover is often in a hidden inline-XBRL section,
/// and a plain instance has no page at all).
enum CoverAddress {
    /// The `dei:` address concepts, in reading order, and their metadata keys.
    static let concepts: [(concept: String, key: String)] = [
        ("dei:EntityAddressAddressLine1", "address_line1"), ("dei:EntityAddressAddressLine2", "address_line2"),
        ("dei:EntityAddressAddressLine3", "address_line3"), ("dei:EntityAddressCityOrTown", "city"),
        ("dei:EntityAddressStateOrProvince", "state"), ("dei:EntityAddressPostalZipCode", "postal_code"),
        ("dei:EntityAddressCountry", "country"),
    ]

    /// "1 Harbour Way, Suite 200, Portsmouth, NH 03801" from the metadata, or nil.
    static func line(_ metadata: [String: String]) -> String? {
        let street = ["address_line1", "address_line2", "address_line3", "city"].compactMap { metadata[$0] }
        let region = [metadata["state"], metadata["postal_code"]].compactMap { $0 }.joined(separator: " ")
        var parts = street
        if !region.isEmpty { parts.append(region) }
        if let country = metadata["country"] { parts.append(country) }
        return street.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// The text with the address as a paragraph after the first one, unless the text already has it.
    static func adding(to text: String, metadata: [String: String]) -> (String, String?) {
        guard let address = line(metadata) else { return (text, nil) }
        if let first = metadata["address_line1"], text.contains(first) { return (text, address) }
        let paragraph = "Address of principal executive offices: " + address
        guard let end = Substring(text).range(of: "\n\n") else { return (text.isEmpty ? paragraph : text + "\n\n" + paragraph, address) }
        return (String(text[..<end.lowerBound]) + "\n\n" + paragraph + String(text[end.lowerBound...]), address)
    }
}
