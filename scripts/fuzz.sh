#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ and runs each for a bounded time.
#
#   scripts/fuzz.sh [TARGET] [SECONDS]
#
# TARGET: html, xml, claims, search, or all (default); SECONDS per target
# (default 300). Seeds come from the repo's fixtures; what libFuzzer learns is
# kept in Fuzz/.build/corpus/TARGET between runs. A crashing, hanging (over
# 10 s) or memory-hungry (over 2 GB) input is written to Fuzz/artifacts/ and
# the script exits 1: reproduce with Fuzz/.build/debug/BINARY FILE, then keep
# the input as a named regression test.
#
# FUZZ_CONFIG=release builds optimised (with the same sanitizers): many times
# more inputs per second; debug (the default) also checks exclusivity.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
target=${1:-all}
seconds=${2:-300}

binary_for() {
  case "$1" in
    html) echo FuzzHTMLIngest ;;
    xml) echo FuzzXMLIngest ;;
    claims) echo FuzzClaimScanner ;;
    search) echo FuzzSearchQuery ;;
    *) echo "unknown fuzz target '$1' (html, xml, claims, search, all)" >&2; exit 2 ;;
  esac
}

seeds_for() {
  case "$1" in
    html) echo "$root/corpus/html $root/Tests/DossierIngestTests/Fixtures/html" ;;
    xml) echo "$root/corpus/feeds $root/corpus/wire $root/corpus/filings $root/Tests/DossierIngestTests/Fixtures/feeds $root/Tests/DossierIngestTests/Fixtures/xml $root/Tests/DossierIngestTests/Fixtures/edgar" ;;
    claims) echo "$root/Tests/DossierClaimsTests/Evaluation $root/corpus/html" ;;
    search) echo "$root/Fuzz/Seeds/search" ;;
  esac
}

# Longest input tried: pages need room for structure; queries are short.
max_len_for() {
  case "$1" in
    html|xml) echo 65536 ;;
    claims) echo 16384 ;;
    search) echo 512 ;;
  esac
}

# Leak checking is off: caches that live as long as the process (the search
# target's store, libxml2's globals) would be reported on every input.
if [ "$target" = all ]; then targets=(html xml claims search); else binary_for "$target" >/dev/null; targets=("$target"); fi

cd "$root/Fuzz"
build=(swift build -c "${FUZZ_CONFIG:-debug}" -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)
nice "${build[@]}"
bin=$("${build[@]}" --show-bin-path)
mkdir -p "$root/Fuzz/artifacts"

status=0
for t in "${targets[@]}"; do
  corpus="$root/Fuzz/.build/corpus/$t"
  mkdir -p "$corpus"
  seeds=()
  for dir in $(seeds_for "$t"); do [ -d "$dir" ] && seeds+=("$dir"); done
  echo "== fuzzing $t for $seconds s (seeds: ${seeds[*]})"
  if ! nice "$bin/$(binary_for "$t")" \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 -max_len="$(max_len_for "$t")" \
      -artifact_prefix="$root/Fuzz/artifacts/$t-" -print_final_stats=1 \
      "$corpus" "${seeds[@]}"; then
    echo "== $t: libFuzzer found a problem; the input is in Fuzz/artifacts/" >&2
    status=1
  fi
done
exit $status
