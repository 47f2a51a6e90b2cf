#!/usr/bin/env bash
# Compressed input, streamed: scan of the 1 GiB generated dump as plain, .sql.gz (gzip -1) and
# .sql.zst (zstd -1), against reading and hashing (openssl) and decompressing (gzip -dc,
# zstd -dc) the same files, in one run, alternating. Reports wall time, max RSS and pgscreen's
# peak heap; replaces the "Compressed input" section of BENCHMARKS.md.
#
#   bash scripts/bench-stream.sh          # 3 rounds
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-3}
OUT=${OUT:-BENCHMARKS.md}
cargo build --release --quiet --bin pgscreen --bin gen-corpus --features dev,alloc-stats
bin=target/release/pgscreen
f=bench-data/gen-1GiB.sql
mkdir -p bench-data
[ -f "$f" ] || ./target/release/gen-corpus --size 1GiB --seed 1 -o "$f" >&2
[ -f "$f.gz" ] || gzip -1 -c "$f" > "$f.gz"
[ -f "$f.zst" ] || zstd -q -1 -c "$f" > "$f.zst"
cat "$f" "$f.gz" "$f.zst" > /dev/null

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# run NAME CMD... : appends "wall_s maxrss_kb peak_heap_bytes" to bench-data/.s.NAME
run() {
  local name=$1; shift
  local t; t=$(mktemp)
  PGSCREEN_STATS=1 /usr/bin/time -f "%e %M" -o "$t" "$@" > /dev/null 2> "$t.err" || true
  local heap; heap=$(grep -o 'peak heap [0-9]*' "$t.err" | grep -o '[0-9]*' || echo "")
  echo "$(cat "$t") ${heap:--}" >> "bench-data/.s.$name"
  rm -f "$t" "$t.err"
}
names=(openssl scan-plain gzip-dc scan-gz zstd-dc scan-zst)
for n in "${names[@]}"; do : > "bench-data/.s.$n"; done
for r in $(seq "$ROUNDS"); do
  run openssl openssl dgst -sha256 "$f"
  run scan-plain $bin scan --format json --fail-on none "$f"
  run gzip-dc gzip -dc "$f.gz"
  run scan-gz $bin scan --format json --fail-on none "$f.gz"
  run zstd-dc zstd -q -dc "$f.zst"
  run scan-zst $bin scan --format json --fail-on none "$f.zst"
done
col() { cut -d' ' -f"$2" "bench-data/.s.$1" | median; }
bytes=$(stat -c %s "$f")
{
  echo "<!-- stream:begin -->"
  echo "## Compressed input (streamed)"
  echo
  echo "\`bash scripts/bench-stream.sh\` on $(date -u +%Y-%m-%d), $(nproc) cores: the 1 GiB generated dump as plain SQL, \`gzip -1\` ($(stat -c %s "$f.gz") bytes) and \`zstd -1\` ($(stat -c %s "$f.zst") bytes); $ROUNDS rounds alternating, median. GB/s counts the plain SQL. A compressed dump is decompressed on its own thread and walked in 16 MiB windows, so its peak heap stays at a window's worth (in-memory expansion, before streaming, peaked at 2.16 GB for the .gz). Max RSS includes the mapped input file's pages."
  echo
  echo "| command | wall s | GB/s of SQL | max RSS MiB | peak heap MiB |"
  echo "| --- | ---: | ---: | ---: | ---: |"
  for n in "${names[@]}"; do
    w=$(col "$n" 1); m=$(col "$n" 2); h=$(col "$n" 3)
    label=$n
    case $n in
      openssl) label="openssl dgst -sha256 (plain)";;
      gzip-dc) label="gzip -dc > /dev/null";;
      zstd-dc) label="zstd -dc > /dev/null";;
      scan-plain) label="pgscreen scan --format json (.sql)";;
      scan-*) label="pgscreen scan --format json (.sql.${n#scan-})";;
    esac
    heap=$([ "$h" = "-" ] && echo "-" || python3 -c "print(f'{$h/1048576:.0f}')")
    echo "| $label | $w | $(python3 -c "print(f'{$bytes/1e9/$w:.2f}')") | $(python3 -c "print(f'{$m/1024:.0f}')") | $heap |"
  done
  echo
  echo "Ratios: scan .gz / gzip -dc = $(python3 -c "print(f'{$(col scan-gz 1)/$(col gzip-dc 1):.2f}')")x, scan .zst / zstd -dc = $(python3 -c "print(f'{$(col scan-zst 1)/$(col zstd-dc 1):.2f}')")x, scan .zst / scan plain = $(python3 -c "print(f'{$(col scan-zst 1)/$(col scan-plain 1):.2f}')")x."
  echo "<!-- stream:end -->"
} > bench-data/.s.section
rm -f bench-data/.s.[a-z]*-* bench-data/.s.openssl
python3 scripts/put-section.py stream "$OUT" bench-data/.s.section
rm -f bench-data/.s.section
sed -n '/<!-- stream:begin -->/,/<!-- stream:end -->/p' "$OUT"
