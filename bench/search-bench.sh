#!/usr/bin/env bash
# Times full-text search (SearchService) on a generated catalog of 100,000 photos and 2,000
# journal entries, with an event every 200 photos and a gallery every 400, query by query:
# median, 95th percentile and worst of R runs each, 20 hits per kind with their snippets, as the
# search field asks. The goal of issue 6: every query under 50 ms (docs/performance.md,
# "Search (issue 6)").
#
#   bench/search-bench.sh [PHOTOS [ENTRIES]] [--no-build] [--build-dir DIR]
#
# PHOTOS, ENTRIES  the catalog's size (default 100000 and 2000). It is written once, in about
#                  half a minute, into bench/out/search/ (git-ignored), and reused by the next run.
# --no-build       time the program as it is in the build folder instead of building it first
# --build-dir DIR  the build folder (default build-bench, configured Release)
#
# CORKBOARD_BENCH_RUNS sets the timed runs per query (default 30). The figures go to the
# terminal and to bench/out/search/search-PHOTOS-ENTRIES.txt. Run it on an otherwise idle machine.
set -euo pipefail

usage() {
    # The header comment above, up to the first line of code.
    awk 'NR > 1 && !/^#/ {exit} NR > 1 {sub(/^# ?/, ""); print}' "$0"
    exit "${1:-0}"
}

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
photos=100000
entries=2000
build_tool=1
build="$root/build-bench"
counts=0
while (($#)); do
    case "$1" in
    --no-build) build_tool=0 ;;
    --build-dir)
        [[ $# -ge 2 ]] || usage 2 >&2
        build="$(cd "$root" && realpath -m "$2")"
        shift
        ;;
    -h | --help) usage 0 ;;
    '' | *[!0-9]*) echo "search-bench: unknown argument '$1'" >&2 && usage 2 >&2 ;;
    *)
        if ((counts == 0)); then photos=$((10#$1)); else entries=$((10#$1)); fi
        counts=$((counts + 1))
        ;;
    esac
    shift
done

"$root/scripts/install-deps"
if ((build_tool)); then
    # Two jobs at most: the bench machine has two cores and is shared.
    echo "== building corkboard-bench-search in $build"
    if [[ ! -f "$build/CMakeCache.txt" ]]; then
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
            -DCORKBOARD_BUILD_TESTS=OFF -DCORKBOARD_BUILD_BENCH=ON >/dev/null
    fi
    cmake --build "$build" -j2 --target corkboard-bench-search
fi
bench="$build/bench/search/corkboard-bench-search"
if [[ ! -x "$bench" ]]; then
    echo "search-bench: $bench is not built" >&2
    exit 1
fi

out="$root/bench/out/search"
mkdir -p "$out"
catalog="$out/catalog-$photos-$entries.sqlite"
reuse=()
if [[ -f "$catalog" ]]; then
    reuse=(--reuse)
    echo "== reusing $catalog"
else
    echo "== writing $catalog"
fi
report="$out/search-$photos-$entries.txt"
{
    echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
    "$bench" --photos "$photos" --entries "$entries" --catalog "$catalog" "${reuse[@]}" \
        --runs "${CORKBOARD_BENCH_RUNS:-30}"
} | tee "$report"
echo "== written to $report"
