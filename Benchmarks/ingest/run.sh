#!/usr/bin/env bash
# Ingest benchmark (release; not a timed test): reads the contacts, orders and touches exports of a generated data
# set as `siyu build` does, and prints MB/s and peak memory (GNU time's maximum resident set size).
#
#   Benchmarks/ingest/run.sh [SCALE]      SCALE 1 (default) is about 100k contacts, 200k orders, 1.1M touches
#   COMPARE=1 Benchmarks/ingest/run.sh    also measures yaslab/CSV.swift against our CSV reader on touches.csv
#
# It builds a throwaway package under $BENCH_DIR (default /tmp/siyu-bench-ingest) from the repository's SiyuCore,
# SiyuData and SiyuSample sources, so the project's Package.swift stays free of benchmark targets and CSV.swift.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
scale=${1:-1}
work=${BENCH_DIR:-/tmp/siyu-bench-ingest}
package=$work/package
data=$work/data-$scale

mkdir -p "$package/Sources"
for target in SiyuCore SiyuData SiyuSample; do ln -sfn "$repo/Sources/$target" "$package/Sources/$target"; done
ln -sfn "$repo/Benchmarks/ingest/Ingest" "$package/Sources/siyu-bench-ingest"
ln -sfn "$repo/Benchmarks/ingest/CSVCompare" "$package/Sources/csv-compare"
cat > "$package/Package.swift" <<'SWIFT'
// swift-tools-version: 6.0
import PackageDescription
let package = Package(
    name: "SiyuIngestBenchmark",
    platforms: [.macOS(.v13)],
    dependencies: [.package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2")],
    targets: [
        .target(name: "SiyuCore"),
        .target(name: "SiyuData", dependencies: ["SiyuCore"]),
        .target(name: "SiyuSample"),
        .executableTarget(name: "siyu-bench-ingest", dependencies: ["SiyuData", "SiyuSample"]),
        .executableTarget(name: "csv-compare", dependencies: ["SiyuData", .product(name: "CSV", package: "CSV.swift")]),
    ],
    swiftLanguageModes: [.v6]
)
SWIFT
swift build -c release --package-path "$package" --product siyu-bench-ingest >&2
bin=$package/.build/release
[ -f "$data/touches.csv" ] || "$bin/siyu-bench-ingest" generate "$scale" "$data"
ls -l "$data"/{contacts,orders,touches}.csv

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(swift --version 2>/dev/null | head -1)"
measure() {
    /usr/bin/time -v "$bin/siyu-bench-ingest" read "$data" "$@" 2> "$work/time.txt"
    echo "    GNU time: $(grep -E 'Maximum resident' "$work/time.txt" | xargs), wall $(grep -E 'Elapsed' "$work/time.txt" | awk '{print $NF}')"
}
measure contacts
measure orders
measure touches
measure contacts orders touches
measure contacts orders touches --copy

if [ "${COMPARE:-0}" = 1 ]; then
    swift build -c release --package-path "$package" --product csv-compare >&2
    "$bin/csv-compare" "$data/touches.csv"
fi
