#!/usr/bin/env bash
# Times `corkboard-cli import` of N generated 12 MP camera JPEGs into a fresh catalog, beside
# `exiftool -json -r -fast` over the same folder and the bare-exiv2 floor, and prints photos/s of
# each with the ratios the import goal is stated in (docs/performance.md, "Import (issue 2)").
#
#   bench/import-bench.sh [N] [--keep] [--no-build]
#
# N           number of photos (default 2000; about 3.9 MB each, so 2000 take 7.9 GB of disk and
#             of page cache: the machine needs that much free memory for warm-cache figures)
# --keep      keep the photos (bench/out/photos-N, reused by the next run) and the catalogs
# --no-build  time the tools as they are in build-bench instead of building them first
#
# Needs cmake, ninja, hyperfine, exiftool and python3; on Debian and Ubuntu it installs what is
# missing (scripts/install-deps). Run it on an otherwise idle machine: with two cores, a
# compile beside it halves every figure.
set -euo pipefail

usage() {
    # The header comment above, up to the first line of code.
    awk 'NR > 1 && !/^#/ {exit} NR > 1 {sub(/^# ?/, ""); print}' "$0"
    exit "${1:-0}"
}

count=2000
keep=0
build_tools=1
for arg in "$@"; do
    case "$arg" in
    --keep) keep=1 ;;
    --no-build) build_tools=0 ;;
    -h | --help) usage 0 ;;
    '' | *[!0-9]*) echo "import-bench: unknown argument '$arg'" >&2 && usage 2 >&2 ;;
    *) count=$((10#$arg)) ;;
    esac
done
if ((count < 1)); then
    echo "import-bench: N must be at least 1" >&2
    exit 2
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps" hyperfine libimage-exiftool-perl python3

for tool in cmake ninja hyperfine exiftool python3; do
    if ! command -v "$tool" >/dev/null; then
        echo "import-bench: $tool is not installed" >&2
        exit 1
    fi
done

build="$root/build-bench"
out="$root/bench/out"
photos="$out/photos-$count"
work="$(mktemp -d "${TMPDIR:-/tmp}/corkboard-bench.XXXXXX")"
cleanup() {
    if ((keep)); then
        echo "kept: $photos and the catalogs in $work"
    else
        rm -rf "$work" "$photos"
    fi
}
trap cleanup EXIT

if ((build_tools)); then
    # Two jobs at most: the bench machine has two cores and is shared.
    echo "== building (Release) in $build"
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCORKBOARD_BUILD_TESTS=OFF -DCORKBOARD_BUILD_BENCH=ON >"$work/cmake.log" ||
        { cat "$work/cmake.log" >&2 && exit 1; }
    cmake --build "$build" -j2 --target corkboard-cli corkboard-bench-generate \
        corkboard-bench-exiv2-floor
fi
cli="$build/app/cli/corkboard-cli"
generate="$build/bench/corkboard-bench-generate"
floor="$build/bench/corkboard-bench-exiv2-floor"
for tool in "$cli" "$generate" "$floor"; do
    if [[ ! -x "$tool" ]]; then
        echo "import-bench: $tool is not built" >&2
        exit 1
    fi
done

echo "== generating $count photos in $photos"
mkdir -p "$out"
"$generate" "$count" "$photos"
# Photos just written are still being flushed to disk; that flush must not overlap a timed run.
sync

# Warm cache: every timed run reads the photos from memory, so the figures measure the tools,
# not the disk. Each tool also gets a warm-up run of its own below.
photo_bytes="$(find "$photos" -name '*.JPG' -type f -printf '%s\n' |
    awk '{s += $1} END {printf "%.0f\n", s}')"
available_kb="$(awk '/^MemAvailable:/ {print $2}' /proc/meminfo)"
if ((photo_bytes / 1024 > available_kb)); then
    echo "import-bench: warning: the photos ($((photo_bytes >> 20)) MiB) do not fit in the" \
        "available memory ($((available_kb >> 10)) MiB); runs will read from disk" >&2
fi
echo "== warming the page cache ($((photo_bytes >> 20)) MiB)"
find "$photos" -name '*.JPG' -type f -exec cat {} + >/dev/null

read -r load _ </proc/loadavg
if awk -v load="$load" 'BEGIN {exit !(load > 0.5)}'; then
    echo "import-bench: warning: load average is $load; other work will slow every figure" >&2
fi

cli_catalog="$work/corkboard.sqlite"
floor_catalog="$work/floor.sqlite"
q() { printf '%q' "$1"; }
fresh() { printf 'rm -f %q %q %q' "$1" "$1-wal" "$1-shm"; }
runs="${CORKBOARD_BENCH_RUNS:-5}"
# exiftool needs over 10 ms a photo here: two runs of 2000 take most of a minute.
exiftool_runs="${CORKBOARD_BENCH_EXIFTOOL_RUNS:-2}"

# corkboard-cli and the floor run in one hyperfine call, one after the other: whatever else the
# machine does then weighs on both alike. Each run starts from a fresh catalog.
echo "== corkboard-cli import, bare exiv2 floor"
hyperfine --warmup 1 --runs "$runs" --shell=none --export-json "$out/import-$count.json" \
    --prepare "$(fresh "$cli_catalog")" --command-name corkboard-cli \
    "$(q "$cli") --catalog $(q "$cli_catalog") import $(q "$photos")" \
    --prepare "$(fresh "$floor_catalog")" --command-name exiv2-floor \
    "$(q "$floor") $(q "$photos") $(q "$floor_catalog")"
echo "== exiftool -json -r -fast"
hyperfine --warmup 1 --runs "$exiftool_runs" --shell=none \
    --export-json "$out/import-$count-exiftool.json" --command-name exiftool \
    "exiftool -json -r -fast $(q "$photos")"

echo
python3 - "$count" "$photo_bytes" "$out" "$cli_catalog" "$floor_catalog" <<'PYTHON'
import json, os, sqlite3, sys

count, photo_bytes, out, cli_catalog, floor_catalog = sys.argv[1:]
count, photo_bytes = int(count), int(photo_bytes)

def results(name):
    with open(os.path.join(out, name)) as f:
        return {r["command"]: r for r in json.load(f)["results"]}

def rows(path):
    with sqlite3.connect(path) as db:
        return db.execute("SELECT count(*) FROM photos").fetchone()[0]

# A fast import of nothing is no result: both catalogs must hold every photo.
for name, path in (("corkboard-cli", cli_catalog), ("exiv2 floor", floor_catalog)):
    if rows(path) != count:
        sys.exit(f"import-bench: the {name} catalog holds {rows(path)} photos, not {count}")

timed = results(f"import-{count}.json") | results(f"import-{count}-exiftool.json")
tools = [("corkboard-cli import", timed["corkboard-cli"]),
         ("exiftool -json -r -fast", timed["exiftool"]),
         ("bare exiv2 floor", timed["exiv2-floor"])]
print(f"{count} photos, {photo_bytes / count / 1e6:.2f} MB each ({photo_bytes / 1e9:.2f} GB), "
      f"{os.cpu_count()} cores, warm page cache")
# CPU s (user + system) hardly moves when other work shares the cores; wall time does.
print(f"{'tool':<25}{'mean s':>8}{'± s':>7}{'min s':>8}{'CPU s':>8}{'photos/s':>10}{'best/s':>8}")
for name, r in tools:
    print(f"{name:<25}{r['mean']:>8.3f}{r['stddev'] or 0:>7.3f}{r['min']:>8.3f}"
          f"{r['user'] + r['system']:>8.3f}{count / r['mean']:>10.0f}{count / r['min']:>8.0f}")

cli, exiftool, floor = (r["mean"] for _, r in tools)
rate = count / cli
checks = [
    (f"corkboard-cli import: {rate:.0f} photos/s", rate >= 5000, ">= 5000"),
    (f"corkboard-cli vs exiftool: {exiftool / cli:.1f}x faster", exiftool / cli >= 20, ">= 20x"),
    (f"corkboard-cli vs floor: {cli / floor:.2f}x the floor's time", cli / floor <= 3, "<= 3x"),
]
print()
for text, met, goal in checks:
    print(f"{text:<52} goal {goal:<8} {'met' if met else 'NOT met'}")
PYTHON
