#!/usr/bin/env bash
# Times `corkboard-cli export --html` of an event of N 12 MP camera JPEGs (the photos in the
# sizes 480, 1024 and 2048 px, the event's page and a gallery's) into an empty folder, beside
# `fgallery -s -j 2` over the same photos, then the export again into the same folder after one
# caption changed. Prints photos/s of each, their ratio and the re-export's time, the figures the
# publishing goal is stated in (docs/performance.md, "Publishing (issue 7)").
#
#   bench/export-bench.sh [N] [--fgallery-photos M] [--keep] [--no-build]
#
# N                   number of photos (default 1000), the first N in path order of
#                     bench/out/photos-2000 (made by corkboard-bench-generate when missing),
#                     linked into bench/out/export-photos-N
# --fgallery-photos M time fgallery on the first M of them only (default N): it makes about one
#                     photo a second on two cores, so 1000 take a quarter of an hour
# --keep              keep bench/out/export-photos-N, the catalog and both outputs
# --no-build          time corkboard-cli as it is in build-bench instead of building it first
#
# Needs cmake, ninja, hyperfine, fgallery, sqlite3 and python3; on Debian and Ubuntu it installs
# what is missing (scripts/install-deps). Run it on an otherwise idle machine: with two cores, a
# compile beside it halves every figure.
set -euo pipefail

usage() {
    # The header comment above, up to the first line of code.
    awk 'NR > 1 && !/^#/ {exit} NR > 1 {sub(/^# ?/, ""); print}' "$0"
    exit "${1:-0}"
}

count=1000
fgallery_count=0
keep=0
build_tools=1
while (($#)); do
    case "$1" in
    --keep) keep=1 ;;
    --no-build) build_tools=0 ;;
    --fgallery-photos)
        [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] ||
            { echo "export-bench: --fgallery-photos takes a number" >&2 && exit 2; }
        fgallery_count=$((10#$2))
        shift
        ;;
    -h | --help) usage 0 ;;
    '' | *[!0-9]*) echo "export-bench: unknown argument '$1'" >&2 && usage 2 >&2 ;;
    *) count=$((10#$1)) ;;
    esac
    shift
done
if ((count < 1)); then
    echo "export-bench: N must be at least 1" >&2
    exit 2
fi
((fgallery_count > 0 && fgallery_count < count)) || fgallery_count=$count

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps" fgallery hyperfine sqlite3 python3

for tool in cmake ninja hyperfine fgallery sqlite3 python3; do
    if ! command -v "$tool" >/dev/null; then
        echo "export-bench: $tool is not installed" >&2
        exit 1
    fi
done

build="$root/build-bench"
out="$root/bench/out"
generated=$((count > 2000 ? count : 2000))
source_photos="$out/photos-$generated"
photos="$out/export-photos-$count"
work="$(mktemp -d "${TMPDIR:-/tmp}/corkboard-export-bench.XXXXXX")"
source_existed=0
[[ -d "$source_photos" ]] && source_existed=1
cleanup() {
    if ((keep)); then
        echo "kept: $photos, and the catalog and both outputs in $work"
    else
        rm -rf "$work" "$photos"
        # A set that was there before this run belongs to whoever made it.
        ((source_existed)) || rm -rf "$source_photos"
    fi
}
trap cleanup EXIT

if ((build_tools)); then
    # Two jobs at most: the bench machine has two cores and is shared.
    echo "== building (Release) in $build"
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCORKBOARD_BUILD_TESTS=OFF -DCORKBOARD_BUILD_BENCH=ON >"$work/cmake.log" ||
        { cat "$work/cmake.log" >&2 && exit 1; }
    cmake --build "$build" -j2 --target corkboard-cli corkboard-bench-generate
fi
cli="$build/app/cli/corkboard-cli"
generate="$build/bench/corkboard-bench-generate"
for tool in "$cli" "$generate"; do
    if [[ ! -x "$tool" ]]; then
        echo "export-bench: $tool is not built" >&2
        exit 1
    fi
done

echo "== photos: the first $count of $source_photos, linked into $photos"
mkdir -p "$out"
# Writes nothing when the set is already there (the generator checks its manifest).
"$generate" "$generated" "$source_photos"
rm -rf "$photos"
mkdir -p "$photos/all"
((fgallery_count < count)) && mkdir -p "$photos/fgallery"
# One flat folder of links named after their day ("day-01-IMG_0001.JPG"), so that names stay
# unique; fgallery gets the same folder, or one of the first M.
index=0
while IFS= read -r photo; do
    name="$(basename "$(dirname "$photo")")-$(basename "$photo")"
    ln -s "$photo" "$photos/all/$name"
    if ((fgallery_count < count && index < fgallery_count)); then
        ln -s "$photo" "$photos/fgallery/$name"
    fi
    index=$((index + 1))
done < <(find "$source_photos" -name '*.JPG' -type f | sort | head -n "$count")
if ((index < count)); then
    echo "export-bench: $source_photos holds only $index photos" >&2
    exit 1
fi

photo_bytes="$(find -L "$photos/all" -type f -printf '%s\n' | awk '{s += $1} END {printf "%.0f\n", s}')"
echo "== warming the page cache ($((photo_bytes >> 20)) MiB)"
find -L "$photos/all" -type f -exec cat {} + >/dev/null

# The catalog: the photos imported, all in one event (the import groups them by day; the bench
# publishes one event of N photos), a gallery of every tenth photo with captions, and a journal
# entry that shows a few photos and the gallery: the pages an event's export writes.
catalog="$work/catalog.sqlite"
echo "== importing into $catalog"
"$cli" --catalog "$catalog" import "$photos/all" >"$work/import.log"
sqlite3 "$catalog" <<'SQL'
PRAGMA foreign_keys = ON;
UPDATE photos SET event_id = (SELECT min(id) FROM events), event_by_hand = 1;
DELETE FROM events WHERE id <> (SELECT min(id) FROM events);
UPDATE events SET title = 'Export bench', place = 'Barcelona', by_hand = 1;
INSERT INTO galleries (event_id, title, style, seed) VALUES ((SELECT min(id) FROM events), 'Highlights', 0, 42);
INSERT INTO gallery_items (gallery_id, photo_id, position, caption)
    SELECT (SELECT max(id) FROM galleries), id, row_number() OVER (ORDER BY taken_instant_ms, id) - 1,
           'Note ' || id
    FROM photos WHERE id % 10 = 0;
SQL
event="$(sqlite3 "$catalog" 'SELECT min(id) FROM events')"
gallery_photos="$(sqlite3 "$catalog" 'SELECT count(*) FROM gallery_items')"
first_photos="$(sqlite3 "$catalog" "SELECT group_concat('![photo ' || id || '](photo:' || id || ')', char(10) || char(10)) FROM (SELECT id FROM photos ORDER BY id LIMIT 5)")"
sqlite3 "$catalog" "INSERT INTO journal_entries (event_id, title, entry_date, body, created_at, updated_at)
    VALUES ($event, 'The bench day', '2024-05-01',
            'A day of photos.' || char(10) || char(10) || '$first_photos' || char(10) || char(10) ||
            '\`\`\`gallery ' || (SELECT max(id) FROM galleries) || char(10) || '\`\`\`' || char(10),
            strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"
in_event="$(sqlite3 "$catalog" "SELECT count(*) FROM photos WHERE event_id = $event")"
if ((in_event != count)); then
    echo "export-bench: the event holds $in_event photos, not $count" >&2
    exit 1
fi

read -r load _ </proc/loadavg
if awk -v load="$load" 'BEGIN {exit !(load > 0.5)}'; then
    echo "export-bench: warning: load average is $load; other work will slow every figure" >&2
fi

site="$work/site"
fgallery_out="$work/fgallery"
fgallery_in="$photos/all"
((fgallery_count < count)) && fgallery_in="$photos/fgallery"
q() { printf '%q' "$1"; }
export_command="$(q "$cli") --catalog $(q "$catalog") export --html $(q "$site") --event $event"
runs="${CORKBOARD_BENCH_RUNS:-3}"
fgallery_runs="${CORKBOARD_BENCH_FGALLERY_RUNS:-1}"

# From empty: every image made, every page written. The load average before each tool is kept
# for the summary: on a shared machine it says how much of the two cores each one had.
echo "== corkboard-cli export --html, from an empty folder"
load_corkboard="$(cut -d' ' -f1 /proc/loadavg)"
hyperfine --runs "$runs" --export-json "$out/export-$count.json" \
    --prepare "rm -rf $(q "$site")" --command-name corkboard-export "$export_command"
echo "== fgallery -s -j 2 ($fgallery_count photos)"
load_fgallery="$(cut -d' ' -f1 /proc/loadavg)"
hyperfine --runs "$fgallery_runs" --export-json "$out/export-$count-fgallery.json" \
    --prepare "rm -rf $(q "$fgallery_out")" --command-name fgallery \
    "fgallery -s -j 2 $(q "$fgallery_in") $(q "$fgallery_out")"

# Again into the same folder after one caption changed (a new one each run): the images are
# reused, one page or two are written again.
echo "== corkboard-cli export --html again, after one caption changed"
change="sqlite3 $(q "$catalog") \"UPDATE gallery_items SET caption = 'Changed ' || hex(randomblob(4)) WHERE id = (SELECT min(id) FROM gallery_items)\""
hyperfine --runs 5 --export-json "$out/export-$count-again.json" \
    --prepare "$change" --command-name corkboard-export-again "$export_command"

echo
python3 - "$count" "$fgallery_count" "$photo_bytes" "$out" "$site" "$gallery_photos" \
    "$load_corkboard" "$load_fgallery" <<'PYTHON'
import json, os, sys

count, fgallery_count, photo_bytes, out, site, gallery_photos = sys.argv[1:7]
load_corkboard, load_fgallery = sys.argv[7:9]
count, fgallery_count, photo_bytes = int(count), int(fgallery_count), int(photo_bytes)

def result(name):
    with open(os.path.join(out, name)) as f:
        return json.load(f)["results"][0]

# A fast export of nothing is no result: every photo must be there in every size.
images = os.listdir(os.path.join(site, "images"))
if len(images) < 3 * count:
    sys.exit(f"export-bench: the site holds {len(images)} images, not {3 * count}")
pages = [p for p in os.listdir(site) if p.endswith(".html")]
if "index.html" not in pages:
    sys.exit("export-bench: the site has no index.html")

corkboard = result(f"export-{count}.json")
fgallery = result(f"export-{count}-fgallery.json")
again = result(f"export-{count}-again.json")
print(f"{count} photos, {photo_bytes / count / 1e6:.2f} MB each, {os.cpu_count()} cores, warm page "
      f"cache; {len(images)} images and {len(pages)} pages (a gallery of {gallery_photos} notes)")
print(f"{'tool':<34}{'photos':>7}{'mean s':>9}{'± s':>7}{'CPU s':>8}{'photos/s':>10}{'load':>6}")
rows = [("corkboard-cli export --html", count, corkboard, load_corkboard),
        ("fgallery -s -j 2", fgallery_count, fgallery, load_fgallery),
        ("export again, one caption changed", count, again, "")]
for name, n, r, load in rows:
    print(f"{name:<34}{n:>7}{r['mean']:>9.2f}{r['stddev'] or 0:>7.2f}"
          f"{r['user'] + r['system']:>8.1f}{n / r['mean']:>10.1f}{load:>6}")

rate = count / corkboard["mean"]
fgallery_rate = fgallery_count / fgallery["mean"]
# CPU time says what the work costs whatever else shares the cores: on two idle cores the
# export could at best take half its CPU time.
cpu_rate = 2 * count / (corkboard["user"] + corkboard["system"])
checks = [
    (f"corkboard export: {rate:.1f} photos/s ({cpu_rate:.1f} on two idle cores)", rate >= 25,
     ">= 25/s"),
    (f"corkboard vs fgallery: {rate / fgallery_rate:.1f}x", rate / fgallery_rate >= 15, ">= 15x"),
    (f"export again: {again['mean']:.2f} s", again["mean"] < 2, "< 2 s"),
]
print()
for text, met, goal in checks:
    print(f"{text:<60} goal {goal:<8} {'met' if met else 'NOT met'}")
PYTHON
