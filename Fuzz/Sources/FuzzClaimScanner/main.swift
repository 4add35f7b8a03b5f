import DossierClaims
import DossierModel

/// libFuzzer entry point: arbitrary text through the claim scanner.
///
/// Besides crashes and hangs, a claim whose offsets fall outside the input,
/// whose `text` is not the input between its offsets, or that comes out of
/// order, is a bug: `dossier check` would report it as misplaced.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzClaimScanner(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    // Invalid UTF-8 is repaired here exactly as ingest repairs it.
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let claims = ClaimExtractor().extract(from: text)
    let scalars = Array(text.unicodeScalars)
    var previousStart = 0
    for claim in claims {
        guard claim.start >= 0, claim.start < claim.end, claim.end <= scalars.count else {
            fatalError("claim \(claim.text.debugDescription) at \(claim.start)..<\(claim.end) is outside the input (\(scalars.count) scalars)")
        }
        let slice = String(String.UnicodeScalarView(scalars[claim.start..<claim.end]))
        guard slice == claim.text else {
            fatalError("claim text \(claim.text.debugDescription) differs from the input at \(claim.start)..<\(claim.end): \(slice.debugDescription)")
        }
        guard claim.start >= previousStart else {
            fatalError("claims out of order: \(claim.start) after \(previousStart)")
        }
        previousStart = claim.start
    }
    return 0
}
