import DossierBenchmarks
print("dossier-bench: no benchmarks yet")
