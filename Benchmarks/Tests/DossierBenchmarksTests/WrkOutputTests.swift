@testable import DossierBenchmarks
import DossierStorage
import Testing

/// The load test's numbers are read from `wrk --latency` as it prints them.
@Suite struct WrkOutputTests {
    static let sample = """
        Running 30s test @ http://127.0.0.1:40123
          2 threads and 16 connections
          Thread Stats   Avg      Stdev     Max   +/- Stdev
            Latency    41.20ms   12.31ms 210.05ms   71.02%
            Req/Sec   195.11     30.20   280.00     68.00%
          Latency Distribution
             50%   38.91ms
             75%   47.10ms
             90%   58.77ms
             99%  102.40ms
          11690 requests in 30.02s, 98.20MB read
          Socket errors: connect 0, read 2, write 0, timeout 1
          Non-2xx or 3xx responses: 4
        Requests/sec:    389.41
        Transfer/sec:      3.27MB
        """

    @Test func readsRateLatencyAndErrors() {
        var result = WebBenchmark.Result()
        WrkOutput.read(Self.sample, into: &result)
        #expect(result.requestsPerSecond == 389.41)
        #expect(result.latencyP50Ms == 38.91)
        #expect(result.latencyP99Ms == 102.40)
        #expect(result.errors == 3)
        #expect(result.non2xx == 4)
    }

    @Test(arguments: [("812.00us", 0.812), ("3.21ms", 3.21), ("1.02s", 1020.0)])
    func latencyUnits(text: String, milliseconds: Double) {
        #expect(abs((WrkOutput.milliseconds(text) ?? -1) - milliseconds) < 1e-9)
    }

    @Test func searchPagePathsAreEncodedAsLinksAre() {
        let query = SearchQuery(text: #""red tape" OR cost*"#, kind: .article)
        #expect(WebBenchmark.path(query) == "/?q=%22red%20tape%22%20OR%20cost%2A&kind=article")
    }
}
