#!/usr/bin/env bash
# Times the library window on a catalog of N photos (default 100,000): from the start of the
# process to the grid's first paint, one repaint of the grid's viewport while scrolling a page at
# a time (cold: thumbnails still being made; warm: in memory), and peak memory; under Qt's
# offscreen platform and under Xvfb (1440x900), and prints them against the goals of issue 3
# (docs/performance.md, "Library window (issue 3)").
#
#   bench/grid-ui-bench.sh [N] [--no-build]
#
# N           photos in the catalog (default 100000). The catalog is made once, into
#             bench/out/grid-ui/catalog-N (git-ignored), as hard links to 192 demo photos: it
#             takes a few seconds and about 60 MB of disk, and is reused by the next run.
# --no-build  time the programs as they are in build-bench instead of building them first
#
# Every run starts with empty settings and an empty thumbnail cache of its own (HOME and the XDG
# folders in a temporary folder). CORKBOARD_BENCH_RUNS sets the runs per platform (default 5).
# Needs cmake, ninja, hyperfine, Xvfb and python3; on Debian and Ubuntu it installs what is
# missing (scripts/install-deps). Run it on an otherwise idle machine.
set -euo pipefail

usage() {
    # The header comment above, up to the first line of code.
    awk 'NR > 1 && !/^#/ {exit} NR > 1 {sub(/^# ?/, ""); print}' "$0"
    exit "${1:-0}"
}

count=100000
build_tools=1
for arg in "$@"; do
    case "$arg" in
    --no-build) build_tools=0 ;;
    -h | --help) usage 0 ;;
    '' | *[!0-9]*) echo "grid-ui-bench: unknown argument '$arg'" >&2 && usage 2 >&2 ;;
    *) count=$((10#$arg)) ;;
    esac
done
if ((count < 1)); then
    echo "grid-ui-bench: N must be at least 1" >&2
    exit 2
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps" hyperfine python3

for tool in cmake ninja hyperfine Xvfb python3; do
    if ! command -v "$tool" >/dev/null; then
        echo "grid-ui-bench: $tool is not installed" >&2
        exit 1
    fi
done

build="$root/build-bench"
out="$root/bench/out/grid-ui"
originals="$out/originals"
catalog_dir="$out/catalog-$count"
work="$(mktemp -d "${TMPDIR:-/tmp}/corkboard-grid-bench.XXXXXX")"
xvfb_pid=""
cleanup() {
    [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

if ((build_tools)); then
    # Two jobs at most: the bench machine has two cores and is shared.
    echo "== building (Release) in $build"
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCORKBOARD_BUILD_TESTS=OFF -DCORKBOARD_BUILD_BENCH=ON >"$work/cmake.log" ||
        { cat "$work/cmake.log" >&2 && exit 1; }
    cmake --build "$build" -j2 --target corkboard-bench-grid-ui corkboard-bench-grid-catalog \
        corkboard-demo-photos
fi
bench="$build/bench/corkboard-bench-grid-ui"
generate="$build/bench/corkboard-bench-grid-catalog"
demo="$build/tools/corkboard-demo-photos"
for tool in "$bench" "$generate" "$demo"; do
    if [[ ! -x "$tool" ]]; then
        echo "grid-ui-bench: $tool is not built" >&2
        exit 1
    fi
done

# Four trips' worth of demo photos (1600x1067 JPEGs, 120 KB each): the originals of every link.
for seed in 1 2 3 4; do
    if (($(find "$originals/seed-$seed" -name '*.JPG' 2>/dev/null | wc -l) != 48)); then
        rm -rf "$originals/seed-$seed"
        "$demo" --seed "$seed" --no-broken "$originals/seed-$seed"
    fi
done
echo "== catalog of $count photos in $catalog_dir"
mapfile -t photos < <(find "$originals" -name '*.JPG' | sort)
"$generate" "$count" "$catalog_dir" "${photos[@]}"
catalog="$catalog_dir/catalog.sqlite"
sync

read -r load _ </proc/loadavg
if awk -v load="$load" 'BEGIN {exit !(load > 0.5)}'; then
    echo "grid-ui-bench: warning: load average is $load; other work will slow every figure" >&2
fi

# A fresh home per run: no saved window state, an empty thumbnail cache.
fresh_home() {
    rm -rf "$work/home"
    mkdir -p "$work/home/.config" "$work/home/.local/share" "$work/home/.cache" "$work/runtime"
    chmod 700 "$work/runtime"
}
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" \
    XDG_DATA_HOME="$work/home/.local/share" XDG_CACHE_HOME="$work/home/.cache" \
    XDG_RUNTIME_DIR="$work/runtime" LANG=C.UTF-8 LC_ALL=C.UTF-8

Xvfb -displayfd 3 -screen 0 1440x900x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do
    [[ -s "$work/display" ]] && break
    sleep 0.1
done
[[ -s "$work/display" ]] || { cat "$work/xvfb.log" >&2 && exit 1; }
display=":$(head -n1 "$work/display")"

runs="${CORKBOARD_BENCH_RUNS:-5}"
for platform in offscreen xcb; do
    results="$out/grid-ui-$count-$platform.jsonl"
    : >"$results"
    echo "== $platform: $runs runs"
    for run in $(seq "$runs"); do
        fresh_home
        DISPLAY="$display" QT_QPA_PLATFORM="$platform" "$bench" --catalog "$catalog" \
            >>"$results" 2>"$work/run.log" || { cat "$work/run.log" >&2 && exit 1; }
        sed "s/^/  run $run: /" "$work/run.log"
    done
    # The whole process, start to exit, when it quits right after the first paint: what a
    # stopwatch would see, exit included.
    hyperfine --warmup 1 --runs "$runs" --shell=none --export-json "$out/first-paint-$count-$platform.json" \
        --prepare "rm -rf $work/home/.cache $work/home/.config" \
        --command-name "$platform" \
        "env DISPLAY=$display QT_QPA_PLATFORM=$platform $bench --catalog $catalog --first-paint-only"
done

echo
python3 - "$count" "$out" <<'PYTHON'
import json, os, statistics, sys

count, out = int(sys.argv[1]), sys.argv[2]
print(f"{count} photos, window 1440x900, {os.cpu_count()} cores. Wall time, and the CPU time that")
print("the machine's load does not inflate (process CPU for the first paint, GUI thread for a")
print("repaint). Medians over runs; max over all runs.")
print(f"{'':<10}{'first paint ms':>16}{'to exit':>9}{'cold repaint ms':>24}{'warm repaint ms':>24}"
      f"{'peak':>6}")
print(f"{'platform':<10}{'wall (CPU)':>16}{'s':>9}{'med/p95/max (CPU p95)':>24}"
      f"{'med/p95/max (CPU p95)':>24}{'MB':>6}")
worst = {}
notes = []
for platform in ("offscreen", "xcb"):
    with open(os.path.join(out, f"grid-ui-{count}-{platform}.jsonl")) as f:
        runs = [json.loads(line) for line in f if line.strip()]
    with open(os.path.join(out, f"first-paint-{count}-{platform}.json")) as f:
        whole = json.load(f)["results"][0]["median"]
    med = lambda key, sub: statistics.median(r[key][sub] for r in runs)
    top = lambda key, sub: max(r[key][sub] for r in runs)
    first = statistics.median(r["first_paint_since_start_ms"] for r in runs)
    first_cpu = statistics.median(r["cpu_at_first_paint_ms"] for r in runs)
    peak = max(r["peak_rss_mib"] for r in runs) * 1.048576  # VmHWM is in KiB; the goal in MB
    repaint = lambda key: (f"{med(key, 'median_ms'):.1f}/{med(key, 'p95_ms'):.1f}/"
                           f"{top(key, 'max_ms'):.1f} ({med(key + '_cpu', 'p95_ms'):.1f})")
    print(f"{platform:<10}{f'{first:.0f} ({first_cpu:.0f})':>16}{whole:>9.2f}"
          f"{repaint('cold_repaint'):>24}{repaint('warm_repaint'):>24}{peak:>6.0f}")
    repaints = sum(r[k]["count"] for r in runs for k in ("cold_repaint", "warm_repaint"))
    preempted = sum(r[k] for r in runs for k in ("cold_repaints_preempted",
                                                  "warm_repaints_preempted"))
    notes.append(f"{platform}: the GUI thread was preempted during {preempted} of {repaints} "
                 f"timed repaints")
    worst[platform] = (max(r["first_paint_since_start_ms"] for r in runs),
                       max(top("cold_repaint", "p95_ms"), top("warm_repaint", "p95_ms")), peak)

print("\n".join(notes))
print()
for platform, (first, p95, peak) in worst.items():
    for text, met, goal in (
        (f"{platform}: first paint, slowest run {first:.0f} ms", first < 1000, "< 1 s"),
        (f"{platform}: viewport repaint, worst run's p95 {p95:.1f} ms", p95 < 16, "< 16 ms"),
        (f"{platform}: peak memory {peak:.0f} MB", peak < 400, "< 400 MB"),
    ):
        print(f"{text:<52} goal {goal:<9} {'met' if met else 'NOT met'}")
PYTHON
