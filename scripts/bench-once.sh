#!/usr/bin/env bash
# One round of the main commands on one generated dump too large for bench.sh's three rounds
# (issue #24 asks for 16 GiB once): openssl as the floor, inspect, scan and verify, each with
# wall time, max RSS, pgscreen's peak heap and verify's temporary-file bytes. Prints Markdown.
#
#   bash scripts/bench-once.sh 16GiB        # needs ~17 GB free in bench-data/ (and as much RAM
#                                           # to keep the file in the page cache, or it is read
#                                           # from disk by every command alike)
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:?usage: bench-once.sh SIZE}
cargo build --release --quiet --bins --features dev,alloc-stats
bin=target/release/pgscreen
mkdir -p bench-data
f="bench-data/gen-$size.sql"
[ -f "$f" ] || ./target/release/gen-corpus --size "$size" --seed 1 -o "$f" >&2
bytes=$(stat -c %s "$f")
cat "$f" > /dev/null
row() { # label cmd...
  local label=$1; shift
  local t; t=$(mktemp)
  PGSCREEN_STATS=1 /usr/bin/time -f "%e %M" -o "$t" "$@" > /dev/null 2> "$t.err" || true
  read -r wall rss < "$t"
  local heap spill
  heap=$(grep -o 'peak heap [0-9]*' "$t.err" | grep -o '[0-9]*' || true)
  spill=$(grep -o 'temporary file [0-9]*' "$t.err" | grep -o '[0-9]*' || true)
  echo "$label $wall $rss ${heap:--} ${spill:--}"
  rm -f "$t" "$t.err"
}
{
  row openssl openssl dgst -sha256 "$f"
  row inspect $bin inspect --format json "$f"
  row scan $bin scan --format json --fail-on none "$f"
  row verify $bin verify --format json "$f"
} | python3 -c '
import sys
size, nbytes = sys.argv[1], int(sys.argv[2])
rows = [l.split() for l in sys.stdin]
floor = float(rows[0][1])
print(f"| dump | command | wall s | GB/s | x openssl | max RSS MiB | peak heap MiB | temp file MiB |")
print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
mib = lambda v: "-" if v == "-" else f"{int(v) / 2**20:.1f}"
for name, wall, rss, heap, spill in rows:
    w = float(wall)
    print(f"| {size} | {name} | {w:.2f} | {nbytes / w / 1e9:.2f} | {w / floor:.2f} | {int(rss) / 1024:.0f} | {mib(heap)} | {mib(spill)} |")
' "$size" "$bytes"
