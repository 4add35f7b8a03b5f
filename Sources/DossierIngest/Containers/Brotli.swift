import CBrotli

/// Brotli (`Content-Encoding: br`) through the system libbrotlidec, bounded
/// like ``Inflate``. It only reaches Dossier inside web archives.
enum Brotli {
    static func decode(_ input: UnsafeRawBufferPointer, limits: ExpansionLimits) throws(DecompressionFailure) -> [UInt8] {
        guard let state = BrotliDecoderCreateInstance(nil, nil, nil) else { throw .corrupt("brotli could not start") }
        defer { BrotliDecoderDestroyInstance(state) }
        var availableIn = input.count
        var nextIn = input.baseAddress?.assumingMemoryBound(to: UInt8.self)
        var output: [UInt8] = []
        let chunk = 256 * 1024
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            var availableOut = chunk
            let result = buffer.withUnsafeMutableBufferPointer { out -> BrotliDecoderResult in
                var nextOut = out.baseAddress
                return BrotliDecoderDecompressStream(state, &availableIn, &nextIn, &availableOut, &nextOut, nil)
            }
            output.append(contentsOf: buffer[0..<(chunk - availableOut)])
            if let refusal = limits.refusal(expanded: output.count, compressed: input.count - availableIn) { throw refusal }
            switch result {
            case BROTLI_DECODER_RESULT_SUCCESS: return output
            case BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: continue
            case BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: throw .truncated
            default:
                let code = BrotliDecoderGetErrorCode(state)
                throw .corrupt(BrotliDecoderErrorString(code).map { String(cString: $0) } ?? "invalid brotli data")
            }
        }
    }
}
