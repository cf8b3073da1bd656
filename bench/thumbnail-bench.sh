#!/usr/bin/env bash
# Times 256 px thumbnails of N generated 12 MP camera JPEGs: Corkboard's ThumbnailService (decode,
# scale, turn upright, write to a fresh disk cache) beside `vipsthumbnail --size 256` over the
# same files with the same number of threads, whole processes under hyperfine; then the
# embedded-preview path, by the service's own timing, on copies of the same photos that carry a
# camera-style 1024 px MPF preview and on their 160 px EXIF thumbnails. Prints thumbnails/s of
# each and the ratio the thumbnail goal is stated in (docs/performance.md, "Thumbnails (issue 3)").
#
#   bench/thumbnail-bench.sh [N] [--threads T] [--keep] [--no-build]
#
# N           number of photos (default 1000), taken in path order from bench/out/photos-M, the
#             set import-bench.sh and corkboard-bench-generate make (M = max(N, 2000), so an
#             existing photos-2000 is reused)
# --threads T threads for both tools (default 2): Corkboard's pool has T threads; vipsthumbnail
#             runs as T processes side by side, each with VIPS_CONCURRENCY=1 and 1/T of the files
#             (and, for reference, as one process with VIPS_CONCURRENCY=T)
# --keep      keep the photos and the previewed copies (bench/out/previewed-N) for the next run
# --no-build  time the tools as they are in build-bench instead of building them first
#
# Needs cmake, ninja, hyperfine, vipsthumbnail (libvips-tools) and python3; on Debian and Ubuntu
# it installs what is missing (scripts/install-deps). Run it on an otherwise idle machine: with
# two cores, a compile beside it halves every figure.
set -euo pipefail

usage() {
    # The header comment above, up to the first line of code.
    awk 'NR > 1 && !/^#/ {exit} NR > 1 {sub(/^# ?/, ""); print}' "$0"
    exit "${1:-0}"
}

count=1000
threads=2
keep=0
build_tools=1
while (($#)); do
    case "$1" in
    --keep) keep=1 ;;
    --no-build) build_tools=0 ;;
    --threads)
        [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || { echo "thumbnail-bench: --threads takes a number" >&2 && exit 2; }
        threads=$2
        shift
        ;;
    -h | --help) usage 0 ;;
    '' | *[!0-9]*) echo "thumbnail-bench: unknown argument '$1'" >&2 && usage 2 >&2 ;;
    *) count=$((10#$1)) ;;
    esac
    shift
done
if ((count < 1)); then
    echo "thumbnail-bench: N must be at least 1" >&2
    exit 2
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps" hyperfine libvips-tools python3

for tool in cmake ninja hyperfine vipsthumbnail python3; do
    if ! command -v "$tool" >/dev/null; then
        echo "thumbnail-bench: $tool is not installed" >&2
        exit 1
    fi
done

build="$root/build-bench"
out="$root/bench/out"
generated=$((count > 2000 ? count : 2000))
photos="$out/photos-$generated"
previewed="$out/previewed-$count"
work="$(mktemp -d "${TMPDIR:-/tmp}/corkboard-thumbnail-bench.XXXXXX")"
photos_existed=0
[[ -d "$photos" ]] && photos_existed=1
cleanup() {
    rm -rf "$work"
    if ((keep)); then
        echo "kept: $photos and $previewed"
    else
        rm -rf "$previewed"
        # A set that was there before this run belongs to whoever made it.
        ((photos_existed)) || rm -rf "$photos"
    fi
}
trap cleanup EXIT

if ((build_tools)); then
    # Two jobs at most: the bench machine has two cores and is shared.
    echo "== building (Release) in $build"
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCORKBOARD_BUILD_TESTS=OFF -DCORKBOARD_BUILD_BENCH=ON >"$work/cmake.log" ||
        { cat "$work/cmake.log" >&2 && exit 1; }
    cmake --build "$build" -j2 --target corkboard-bench-thumbnails corkboard-bench-generate
fi
bench="$build/bench/corkboard-bench-thumbnails"
generate="$build/bench/corkboard-bench-generate"
for tool in "$bench" "$generate"; do
    if [[ ! -x "$tool" ]]; then
        echo "thumbnail-bench: $tool is not built" >&2
        exit 1
    fi
done

echo "== photos: $count of $photos"
mkdir -p "$out"
# Writes nothing when the set is already there (the generator checks its manifest).
"$generate" "$generated" "$photos"
"$bench" --list --count "$count" "$photos" >"$work/photos.txt"
echo "== writing copies with a 1024 px MPF preview in $previewed"
"$bench" --write-previewed 1024 --count "$count" "$photos" "$previewed"
sync

photo_bytes="$(tr '\n' '\0' <"$work/photos.txt" | du -cb --files0-from=- | tail -1 | cut -f1)"
echo "== warming the page cache"
tr '\n' '\0' <"$work/photos.txt" | xargs -0 cat >/dev/null
find "$previewed" -type f -exec cat {} + >/dev/null

read -r load _ </proc/loadavg
if awk -v load="$load" 'BEGIN {exit !(load > 0.5)}'; then
    echo "thumbnail-bench: warning: load average is $load; other work will slow every figure" >&2
fi

q() { printf '%q' "$1"; }
runs="${CORKBOARD_BENCH_RUNS:-3}"
cache="$work/cache"
vips_out="$work/vips"
per_process=$(((count + threads - 1) / threads))
# vipsthumbnail writes JPEG at the quality the disk cache uses (90), so both encode alike.
vips_output="$vips_out/%s.jpg[Q=90]"
corkboard_command="$(q "$bench") --threads $threads --count $count --cache $(q "$cache") $(q "$photos")"
vips_processes="xargs -d '\\n' -a $(q "$work/photos.txt") -P $threads -n $per_process \
env VIPS_CONCURRENCY=1 vipsthumbnail --size 256 -o $(q "$vips_output")"
vips_threads="xargs -d '\\n' -a $(q "$work/photos.txt") -n $count \
env VIPS_CONCURRENCY=$threads vipsthumbnail --size 256 -o $(q "$vips_output")"
fresh="rm -rf $(q "$vips_out") && mkdir -p $(q "$vips_out")"

# In one hyperfine call, one after the other: whatever else the machine does then weighs on all
# alike. Each run starts from an empty disk cache and an empty output folder.
echo "== 256 px: corkboard, vipsthumbnail ($threads processes), vipsthumbnail ($threads threads)"
# (The benchmark program empties its disk cache itself; hyperfine pairs prepares with commands
# in order, hence the first one that does nothing.)
hyperfine --warmup 1 --runs "$runs" --export-json "$out/thumbnails-$count.json" \
    --prepare true --command-name corkboard "$corkboard_command" \
    --prepare "$fresh" --command-name vips-processes "$vips_processes" \
    --prepare "$fresh" --command-name vips-threads "$vips_threads"
# The same files through the service without a disk cache: what the decoding alone costs.
echo "== 256 px without the disk cache"
hyperfine --warmup 1 --runs "$runs" --export-json "$out/thumbnails-$count-nocache.json" \
    --command-name corkboard-no-cache \
    "$(q "$bench") --threads $threads --count $count $(q "$photos")"

# The embedded-preview path is fast enough that the start of the process and the untimed
# stand-in for the catalog (reading each file's identity key and orientation) would weigh on a
# whole-process time: these figures are the program's own, from the first request to the last
# thumbnail, the median of the runs.
previews="$out/thumbnails-$count-previews.txt"
: >"$previews"
preview_rate() {
    local name=$1
    shift
    local rates=()
    for ((run = 0; run <= runs; run++)); do
        # The first run warms up, like hyperfine's.
        rate="$("$bench" --threads "$threads" "$@" | sed -n 's/.* \([0-9.]*\) thumbnails\/s$/\1/p')"
        ((run == 0)) || rates+=("$rate")
    done
    median="$(printf '%s\n' "${rates[@]}" | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')"
    echo "$name $median" | tee -a "$previews"
}
echo "== embedded previews: the 1024 px MPF preview for 256 and 512 px, the EXIF thumbnail for 128"
preview_rate preview-256 --cache "$cache" --size 256 "$previewed"
preview_rate preview-256-no-cache --size 256 "$previewed"
preview_rate preview-512 --cache "$cache" --size 512 "$previewed"
preview_rate exif-128 --cache "$cache" --size 128 --count "$count" "$photos"
preview_rate exif-128-no-cache --size 128 --count "$count" "$photos"

# Every tool must have made every thumbnail: a fast run that made nothing is no result.
made="$(find "$vips_out" -type f | wc -l)"
if ((made != count)); then
    echo "thumbnail-bench: vipsthumbnail made $made thumbnails, not $count" >&2
    exit 1
fi

echo
python3 - "$count" "$threads" "$photo_bytes" "$out" <<'PYTHON'
import json, os, sys

count, threads, photo_bytes, out = sys.argv[1:]
count, threads, photo_bytes = int(count), int(threads), int(photo_bytes)

def results(name):
    with open(os.path.join(out, name)) as f:
        return {r["command"]: r for r in json.load(f)["results"]}

timed = results(f"thumbnails-{count}.json") | results(f"thumbnails-{count}-nocache.json")
rows = [
    ("corkboard, fresh disk cache", "corkboard"),
    ("corkboard, no disk cache", "corkboard-no-cache"),
    (f"vipsthumbnail, {threads} processes", "vips-processes"),
    (f"vipsthumbnail, {threads} threads", "vips-threads"),
]
print(f"{count} photos, 12 MP, {photo_bytes / count / 1e6:.2f} MB each, {threads} threads, "
      f"{os.cpu_count()} cores, warm page cache; 256 px, whole processes")
# CPU s (user + system) hardly moves when other work shares the cores; wall time does.
print(f"{'run':<32}{'mean s':>8}{'± s':>7}{'min s':>8}{'CPU s':>8}{'thumbs/s':>10}{'/s/thread':>10}")
for name, key in rows:
    r = timed[key]
    rate = count / r["mean"]
    print(f"{name:<32}{r['mean']:>8.3f}{r['stddev'] or 0:>7.3f}{r['min']:>8.3f}"
          f"{r['user'] + r['system']:>8.3f}{rate:>10.1f}{rate / threads:>10.1f}")

print()
print("embedded previews (the service's own timing, median)")
with open(os.path.join(out, f"thumbnails-{count}-previews.txt")) as f:
    previews = dict(line.split() for line in f if line.strip())
for name, key in [("256 px from a 1024 px MPF preview", "preview-256"),
                  ("  the same, no disk cache", "preview-256-no-cache"),
                  ("512 px from a 1024 px MPF preview", "preview-512"),
                  ("128 px from the 160 px EXIF thumbnail", "exif-128"),
                  ("  the same, no disk cache", "exif-128-no-cache")]:
    rate = float(previews[key])
    print(f"{name:<40}{rate:>10.0f} thumbnails/s{rate / threads:>8.0f}/s/thread")

corkboard = count / timed["corkboard"]["mean"]
vips = max(count / timed["vips-processes"]["mean"], count / timed["vips-threads"]["mean"])
ratio = corkboard / vips
print()
print(f"corkboard vs the faster vipsthumbnail: {ratio:.2f}x   goal >= 1.3x   "
      f"{'met' if ratio >= 1.3 else 'NOT met'}")
PYTHON
