#!/usr/bin/env bash
# sanitize against scan and `openssl dgst -sha256` on one generated dump in the page cache,
# alternating the commands in one run (median of ROUNDS). Prints a Markdown table for
# BENCHMARKS.md.
#
#   bash scripts/bench-sanitize.sh              # 1 GiB
#   SIZE=256MiB ROUNDS=5 bash scripts/bench-sanitize.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${SIZE:-1GiB}
ROUNDS=${ROUNDS:-3}
cargo build --release --quiet --bins --features dev,alloc-stats
bin=target/release/pgscreen
mkdir -p bench-data
f="bench-data/gen-$SIZE.sql"
[ -f "$f" ] || ./target/release/gen-corpus --size "$SIZE" --seed 1 -o "$f" >&2
head -c 32 /dev/zero > bench-data/sanitize.key
out=bench-data/sanitized.sql
# The same written to memory (tmpfs), where the machine has one: what the disk's writes cost
# shows beside `cat` of the dump into a new file on the disk.
shm=/dev/shm/pgscreen-bench-sanitized.sql
cmds="openssl scan cat sanitize"
[ -d /dev/shm ] && [ -w /dev/shm ] && cmds="$cmds sanitize-tmpfs"
# And pg_dump 17's gzip custom archive of the same dump (made once, as bench-verify.sh makes
# it), sanitized into a custom archive in tmpfs, beside scan of that archive. ARCHIVE=0 skips.
if [ "${ARCHIVE:-1}" = 1 ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then
  source <(sed -n '/^CUSTOM_PG=/,/^}/p' scripts/bench-verify.sh)
  archive=$(customs "$f" | head -1)
  shm_dump=/dev/shm/pgscreen-bench-sanitized.dump
  cmds="$cmds scan-archive sanitize-archive-tmpfs"
fi
cat "$f" > /dev/null
declare -A t m h
for c in $cmds; do : > "bench-data/.s.$c"; done
for r in $(seq "$ROUNDS"); do
  for c in $cmds; do
    case $c in
      openssl) cmd=(openssl dgst -sha256 "$f");;
      scan) cmd=("$bin" scan --format json --fail-on none "$f");;
      cat) cmd=(cp "$f" bench-data/.copy.sql);;
      sanitize) cmd=("$bin" sanitize --quiet --format json --seed-key bench-data/sanitize.key -o "$out" "$f");;
      sanitize-tmpfs) cmd=("$bin" sanitize --quiet --format json --seed-key bench-data/sanitize.key -o "$shm" "$f");;
      scan-archive) cmd=("$bin" scan --format json --fail-on none "$archive");;
      sanitize-archive-tmpfs) cmd=("$bin" sanitize --quiet --format json --seed-key bench-data/sanitize.key -o "$shm_dump" "$archive");;
    esac
    rm -f "$out" "$shm" "${shm_dump:-}" bench-data/.copy.sql
    # Wall time without the counting allocator (each allocation would cost two atomics);
    # the peak heap from one more run with it.
    /usr/bin/time -f "%e %M" -o bench-data/.time "${cmd[@]}" > /dev/null 2> bench-data/.err || true
    heap=-
    if [ "$r" = 1 ] && [ "$c" != openssl ] && [ "$c" != cat ]; then
      PGSCREEN_STATS=1 "${cmd[@]}" > /dev/null 2> bench-data/.err || true
      heap=$(grep -o 'peak heap [0-9]*' bench-data/.err | grep -o '[0-9]*' || echo -)
      echo "$heap" > "bench-data/.h.$c"
    fi
    echo "$(cat bench-data/.time)" >> "bench-data/.s.$c"
  done
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
rm -f "$shm" "${shm_dump:-}" bench-data/.copy.sql
for c in $cmds; do
  t[$c]=$(cut -d' ' -f1 "bench-data/.s.$c" | median)
  m[$c]=$(cut -d' ' -f2 "bench-data/.s.$c" | median)
  h[$c]=$(cat "bench-data/.h.$c" 2>/dev/null || echo -)
done
bytes=$(stat -c %s "$f")
echo "| command | wall (s) | MiB/s | x openssl | x scan | max RSS (MB) | peak heap (MB) |"
echo "|---|---|---|---|---|---|---|"
for c in $cmds; do
  label=$c
  [ "$c" = cat ] && label="cp (the dump to a new file)"
  [ "$c" = sanitize-tmpfs ] && label="sanitize (output in tmpfs)"
  [ "$c" = scan-archive ] && label="scan of pg_dump 17's gzip custom archive"
  [ "$c" = sanitize-archive-tmpfs ] && label="sanitize of that archive to a custom archive (tmpfs)"
  base=${t[scan]}
  case $c in scan-archive|sanitize-archive-tmpfs) base=${t[scan-archive]};; esac
  awk -v c="$label" -v t="${t[$c]}" -v o="${t[openssl]}" -v s="$base" -v b="$bytes" -v m="${m[$c]}" -v h="${h[$c]}" \
    'BEGIN { hp = (h == "-") ? "-" : sprintf("%.0f", h/1e6); printf "| %s | %.2f | %.0f | %.2f | %.2f | %.0f | %s |\n", c, t, b/1048576/t, t/o, t/s, m/1024, hp }'
done
echo
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $SIZE generated dump ($bytes bytes); median of $ROUNDS; \`bash scripts/bench-sanitize.sh\`"
