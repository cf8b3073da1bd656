#!/usr/bin/env bash
# Times the journal editor's live preview: the reference post (../shared/reference) imported into
# a catalog of demo photos named as its images are (so its inline photo and its gallery show six
# 1600x1067 JPEGs), rendered as a pause in typing renders it — by JournalPreview, which takes the
# photos from the ThumbnailService, and by a plain QTextBrowser that reads the files at every
# render — under Qt's offscreen platform (docs/performance.md, "Journal preview (issue 6)").
#
#   bench/journal-preview-bench.sh [--no-build] [--post FILE]
#
# --no-build   time the programs as they are in the build folder instead of building them first
# --post FILE  another post to render (its images are matched to the demo photos by file name)
#
# CORKBOARD_BENCH_BUILD_DIR picks the build folder (default build-bench), CORKBOARD_BENCH_RUNS the
# renders per way (default 30). Run it on an otherwise idle machine.
set -euo pipefail

usage() {
    awk 'NR > 1 && !/^#/ {exit} NR > 1 {sub(/^# ?/, ""); print}' "$0"
    exit "${1:-0}"
}

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_tools=1
post="$root/../shared/reference/000_b3dd384e9af5f1dc.txt"
while (($#)); do
    case "$1" in
    --no-build) build_tools=0 ;;
    --post)
        (($# >= 2)) || usage 2 >&2
        post="$2"
        shift
        ;;
    -h | --help) usage 0 ;;
    *) echo "journal-preview-bench: unknown argument '$1'" >&2 && usage 2 >&2 ;;
    esac
    shift
done
[[ -f "$post" ]] || { echo "journal-preview-bench: no post at $post" >&2 && exit 1; }

build="${CORKBOARD_BENCH_BUILD_DIR:-$root/build-bench}"
work="$(mktemp -d "${TMPDIR:-/tmp}/corkboard-journal-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

if ((build_tools)); then
    # Two jobs at most: the bench machine has two cores and is shared.
    echo "== building (Release) in $build"
    if [[ ! -f "$build/CMakeCache.txt" ]]; then
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
            -DCORKBOARD_BUILD_TESTS=OFF -DCORKBOARD_BUILD_BENCH=ON >"$work/cmake.log" ||
            { cat "$work/cmake.log" >&2 && exit 1; }
    fi
    cmake --build "$build" -j2 --target corkboard-bench-journal-preview corkboard-cli \
        corkboard-demo-photos
fi
bench="$build/bench/journal-preview/corkboard-bench-journal-preview"
cli="$build/app/cli/corkboard-cli"
demo="$build/tools/corkboard-demo-photos"

# Settings and caches of its own: nothing of the user's is read or written.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_CACHE_HOME="$work/home/.cache" \
    XDG_DATA_HOME="$work/home/.local/share" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"

"$demo" "$work/demo" >/dev/null
mkdir -p "$work/photos"
names=(kubecon_2.JPG kubecon_3.JPG kubecon_4.JPG kubecon_7.JPG kubecon_12.JPG kubecon_book.JPG)
picks=(DSCF2304.JPG DSCF2312.JPG DSCF2322.JPG DSCF2326.JPG DSCF2331.JPG DSCF2337.JPG)
for i in "${!names[@]}"; do
    cp "$work/demo/camera/${picks[$i]}" "$work/photos/${names[$i]}"
done
"$cli" --catalog "$work/catalog.sqlite" import "$work/photos" >/dev/null

echo "== $(basename "$post"), ${CORKBOARD_BENCH_RUNS:-30} renders each"
"$bench" "$work/catalog.sqlite" "$post" "$work/thumbnails" "${CORKBOARD_BENCH_RUNS:-30}" \
    2> >(grep -v "propagateSizeHints\|XDG_RUNTIME_DIR" >&2)
