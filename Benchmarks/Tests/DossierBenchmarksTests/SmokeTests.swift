import Testing
@testable import DossierBenchmarks

@Test func suiteExists() { _ = BenchmarkSuite.self }
