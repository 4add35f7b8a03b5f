#!/bin/sh
# Builds the claims extractor with `swiftc -O -wmo` (as SwiftPM release does) outside SwiftPM and runs the benchmark.
#   Benchmarks/Claims/run.sh            # 50 MB of prose, prints MB/s
#   Benchmarks/Claims/run.sh dump < x   # prints the claims of a text
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${TMPDIR:-/tmp}/dossier-claims-bench
mkdir -p "$out" && rm -f "$out"/*.a
opt=${OPT:--O -wmo}
swiftc $opt -parse-as-library -enable-upcoming-feature InternalImportsByDefault -module-name DossierModel \
  -emit-module -emit-module-path "$out/DossierModel.swiftmodule" -emit-library -static -o "$out/libDossierModel.a" \
  "$root"/Sources/DossierModel/*.swift
swiftc $opt -parse-as-library -enable-upcoming-feature InternalImportsByDefault -module-name DossierClaims -I "$out" \
  -emit-module -emit-module-path "$out/DossierClaims.swiftmodule" -emit-library -static -o "$out/libDossierClaims.a" \
  $(find "$root/Sources/DossierClaims" -name '*.swift')
swiftc $opt -I "$out" -L "$out" -lDossierClaims -lDossierModel -o "$out/claims-bench" "$root/Benchmarks/Claims/main.swift"
"$out/claims-bench" "$@"
