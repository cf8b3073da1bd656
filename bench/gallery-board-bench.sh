#!/usr/bin/env bash
# Times the sticky-note gallery board with 500 notes: the real board view (GalleryPage) at
# 1440x900, panned from the top of the board to the bottom and back and zoomed out and in, a few
# hundred frames each, under Qt's offscreen platform and under Xvfb; prints each frame's time
# (median, p95, max, frames over 16 ms) against the goal of issue 5 (docs/performance.md,
# "Gallery board (issue 5)"): no stutter, p95 under 16 ms.
#
#   bench/gallery-board-bench.sh [--no-build] [--frames N] [--styles "board strip grid"]
#
# --no-build  time the program as it is in the build folder instead of building it first
# --frames N  frames per animation (default 300)
# --styles    the layouts to time (default: board strip grid)
#
# The catalog (500 photos, hard links to 192 demo photos of 1600x1067) is made once into
# bench/out/gallery-board/catalog-500 (git-ignored) and reused. Every run starts with an empty
# thumbnail cache of its own. CORKBOARD_BENCH_RUNS sets the runs per platform and style
# (default 3); CORKBOARD_BENCH_BUILD_DIR another build folder than build-bench (Release). Needs
# cmake, ninja, Xvfb and python3. Run it on an otherwise idle machine.
set -euo pipefail

usage() {
    awk 'NR > 1 && !/^#/ {exit} NR > 1 {sub(/^# ?/, ""); print}' "$0"
    exit "${1:-0}"
}

build_tools=1
frames=300
styles="board strip grid"
while (($#)); do
    case "$1" in
    --no-build) build_tools=0 ;;
    --frames)
        (($# >= 2)) || usage 2 >&2
        frames="$2"
        shift
        ;;
    --styles)
        (($# >= 2)) || usage 2 >&2
        styles="$2"
        shift
        ;;
    -h | --help) usage 0 ;;
    *) echo "gallery-board-bench: unknown argument '$1'" >&2 && usage 2 >&2 ;;
    esac
    shift
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
for tool in cmake ninja Xvfb python3; do
    if ! command -v "$tool" >/dev/null; then
        echo "gallery-board-bench: $tool is not installed" >&2
        exit 1
    fi
done

count=500
build="${CORKBOARD_BENCH_BUILD_DIR:-$root/build-bench}"
out="$root/bench/out/gallery-board"
originals="$root/bench/out/grid-ui/originals"
catalog_dir="$out/catalog-$count"
work="$(mktemp -d "${TMPDIR:-/tmp}/corkboard-gallery-bench.XXXXXX")"
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
    cmake --build "$build" -j2 --target corkboard-bench-gallery-board \
        corkboard-bench-grid-catalog corkboard-demo-photos
fi
bench="$build/bench/gallery-board/corkboard-bench-gallery-board"
generate="$build/bench/corkboard-bench-grid-catalog"
demo="$build/tools/corkboard-demo-photos"
for tool in "$bench" "$generate" "$demo"; do
    if [[ ! -x "$tool" ]]; then
        echo "gallery-board-bench: $tool is not built" >&2
        exit 1
    fi
done

# The grid benchmark's originals: four trips of demo photos (1600x1067 JPEGs).
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
    echo "gallery-board-bench: warning: load average is $load; other work slows every figure" >&2
fi

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

runs="${CORKBOARD_BENCH_RUNS:-3}"
results="$out/gallery-board.jsonl"
: >"$results"
for style in $styles; do
    for platform in offscreen xcb; do
        echo "== $style, $platform: $runs runs"
        for run in $(seq "$runs"); do
            fresh_home
            DISPLAY="$display" QT_QPA_PLATFORM="$platform" "$bench" --catalog "$catalog" \
                --layout "$style" --frames "$frames" >>"$results" 2>"$work/run.log" ||
                { cat "$work/run.log" >&2 && exit 1; }
            sed "s/^/  run $run: /" "$work/run.log"
        done
    done
done

echo
python3 - "$results" <<'PYTHON'
import json, os, statistics, sys
from collections import defaultdict

runs = defaultdict(list)
with open(sys.argv[1]) as f:
    for line in f:
        if line.strip():
            r = json.loads(line)
            runs[(r["style"], r["platform"])].append(r)
print(f"500 notes, view 1440x900, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}. Frame = one change")
print("(scroll or zoom) and")
print("what the event loop paints of it. Median of the runs' medians and p95s, max")
print("over all runs, frames over 16 ms summed; the GUI thread's CPU p95 in parentheses.")
print(f"{'style':<7}{'platform':<11}{'pan med/p95/max ms':>22}{'>16':>5}{'(CPU p95)':>11}"
      f"{'zoom med/p95/max ms':>22}{'>16':>5}{'(CPU p95)':>11}")
worst = 0.0
for (style, platform), rs in runs.items():
    cells = []
    for anim in ("pan", "zoom"):
        med = statistics.median(r[anim]["wall"]["median_ms"] for r in rs)
        p95 = statistics.median(r[anim]["wall"]["p95_ms"] for r in rs)
        top = max(r[anim]["wall"]["max_ms"] for r in rs)
        over = sum(r[anim]["wall"]["over_16ms"] for r in rs)
        cpu = statistics.median(r[anim]["cpu"]["p95_ms"] for r in rs)
        worst = max(worst, max(r[anim]["wall"]["p95_ms"] for r in rs))
        cells.append(f"{f'{med:.1f}/{p95:.1f}/{top:.1f}':>22}{over:>5}{f'({cpu:.1f})':>11}")
    print(f"{style:<7}{platform:<11}{''.join(cells)}")
print()
print(f"worst run's p95 {worst:.1f} ms   goal < 16 ms   {'met' if worst < 16 else 'NOT met'}")
PYTHON
