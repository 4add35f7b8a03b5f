/// Dossier's benchmark suite (see BENCHMARKS.md).
public enum BenchmarkSuite {}
