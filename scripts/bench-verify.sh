#!/usr/bin/env bash
# `verify` at scale (issue 24), against `openssl dgst -sha256` of the plain file in the same run:
# generated dumps as plain SQL, as .sql.zst and as custom archives written by a real pg_dump
# 17 in each compression it writes (the generated dump restored into a throwaway cluster, then
# `pg_dump -Fc -Z gzip|lz4|zstd`); each with the default key budget (1 GiB) and with --memory 64MiB, which
# forces the spill path. Then N tables with a key each: verify against scan. Prints a Markdown
# section on stdout (BENCHMARKS.md keeps the last one).
#
#   bash scripts/bench-verify.sh                   # 1 GiB and 4 GiB, 100k tables
#   SIZES=1GiB ARCHIVE_SIZES=1GiB ROUNDS=3 bash scripts/bench-verify.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"1GiB 4GiB"}
ARCHIVE_SIZES=${ARCHIVE_SIZES:-"1GiB"}
TABLES=${TABLES:-100000}
ROUNDS=${ROUNDS:-3}
# Timed: the binary `cargo install` builds (no features). Peak heap: one more run of the same
# code with the counting allocator (`alloc-stats`), as scripts/bench.sh does.
cargo build --release --quiet --bins --features dev,alloc-stats
mkdir -p bench-data
cp target/release/pgscreen bench-data/.pgscreen-stats
stats=bench-data/.pgscreen-stats
cargo build --release --quiet --bin pgscreen
bin=target/release/pgscreen
export TMPDIR=${TMPDIR:-/tmp}

gen() { local f="bench-data/gen-$1.sql"; [ -f "$f" ] || ./target/release/gen-corpus --size "$1" --seed 1 -o "$f" >&2; echo "$f"; }
zst() { [ -f "$1.zst" ] || zstd -q -T0 -3 "$1" -o "$1.zst"; echo "$1.zst"; }

# Custom archives by a real pg_dump 17 (issue 10's binaries; this machine's own PostgreSQL if
# they cannot be had), one per compression it writes: gzip (its default), lz4 and zstd. The
# plain dump is restored once into a throwaway cluster, then dumped three times.
CUSTOM_PG=${CUSTOM_PG:-17}
customs() {
  local plain=$1 base="${1%.sql}" z outs=()
  for z in gzip lz4 zstd; do outs+=("$base.pg$CUSTOM_PG-$z.dump"); done
  if [ -f "${outs[0]}" ] && [ -f "${outs[1]}" ] && [ -f "${outs[2]}" ]; then printf '%s\n' "${outs[@]}"; return; fi
  local pgbin; pgbin=$(bash scripts/pg-binaries.sh "$CUSTOM_PG" 2>/dev/null) || pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  local d; d=$(mktemp -d)
  chown -R nobody "$d" 2>/dev/null || true
  local as=""; [ "$(id -u)" = 0 ] && as="runuser -u nobody --"
  $as "$pgbin/initdb" -D "$d/data" -U postgres -A trust >/dev/null
  $as "$pgbin/pg_ctl" -D "$d/data" -o "-k $d -c listen_addresses= -c fsync=off -c full_page_writes=off -c max_wal_size=8GB" -l "$d/log" -w start >/dev/null
  $as "$pgbin/psql" -X -q -h "$d" -U postgres -c "CREATE ROLE app SUPERUSER LOGIN" -c "CREATE DATABASE gen OWNER app" >/dev/null
  # As the owner the dump names, so its sequences and tables have one owner.
  $as "$pgbin/psql" -X -q -h "$d" -U app -d gen -v ON_ERROR_STOP=1 -f "$plain" >/dev/null 2>"$d/restore.err" \
    || { cat "$d/restore.err" >&2; $as "$pgbin/pg_ctl" -D "$d/data" -m immediate stop >/dev/null; exit 1; }
  for z in gzip lz4 zstd; do
    $as "$pgbin/pg_dump" -h "$d" -U postgres -Fc -Z "$z" -f "$d/out.dump" gen
    mv "$d/out.dump" "$base.pg$CUSTOM_PG-$z.dump"
    echo "pg_dump $("$pgbin/pg_dump" --version | awk '{print $3}') -Fc -Z $z" > "$base.pg$CUSTOM_PG-$z.dump.made-by"
  done
  $as "$pgbin/pg_ctl" -D "$d/data" -m immediate stop >/dev/null
  rm -rf "$d"
  printf '%s\n' "${outs[@]}"
}

# time_cmd CMD... -> "wall_s maxrss_kb peak_heap_bytes temp_bytes"
time_cmd() {
  local t; t=$(mktemp)
  PGSCREEN_STATS=1 /usr/bin/time -f "%e %M" -o "$t" "$@" > /dev/null 2> "$t.err" || true
  local heap temp
  # The heap from the counting build (same arguments), once per input and budget.
  if [ "$1" = "$bin" ] && [ "${HEAP_RUN:-0}" = 1 ]; then
    heap=$(PGSCREEN_STATS=1 "$stats" "${@:2}" 2>&1 >/dev/null | grep -o 'peak heap [0-9]*' | grep -o '[0-9]*' || echo "-")
  else
    heap=-
  fi
  temp=$(grep -o 'temporary file [0-9]*' "$t.err" | grep -o '[0-9]*' || echo "-")
  echo "$(cat "$t") $heap $temp"
  rm -f "$t" "$t.err"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
mib() { [ "$1" = "-" ] && echo "-" || python3 -c "print(f'{$1/1048576:.0f}')"; }

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
echo "## verify at scale"
echo
echo "\`bash scripts/bench-verify.sh\` on $(date -u +%Y-%m-%d), $(nproc) cores ($cpu), $ROUNDS rounds alternating, median wall time. Ratios are against \`openssl dgst -sha256\` of the plain file in the same round set. The timed binary is the one \`cargo install\` builds; peak heap is pgscreen's own count (\`PGSCREEN_STATS=1\`) from one run of the same code with its counting allocator; temp is what went to unnamed temporary files: key digests beyond the budget, and a compressed dump's expanded text, kept from the first pass for the second."
echo
echo "| dump | input | budget | wall s | x openssl | peak heap MiB | temp MiB |"
echo "| --- | --- | --- | ---: | ---: | ---: | ---: |"
for s in $SIZES; do
  plain=$(gen "$s")
  inputs=("$plain" "$(zst "$plain")")
  for a in $ARCHIVE_SIZES; do [ "$a" = "$s" ] && mapfile -t -O "${#inputs[@]}" inputs < <(customs "$plain"); done
  cat "${inputs[@]}" > /dev/null
  : > bench-data/.v.openssl
  for r in $(seq "$ROUNDS"); do
    /usr/bin/time -f "%e" -o bench-data/.v.t openssl dgst -sha256 "$plain" > /dev/null
    cat bench-data/.v.t >> bench-data/.v.openssl
    for i in "${!inputs[@]}"; do
      for m in 1GiB 64MiB; do
        echo "$(HEAP_RUN=$([ "$r" = 1 ] && echo 1 || echo 0) time_cmd "$bin" verify --format json --memory "$m" "${inputs[$i]}")" >> "bench-data/.v.$i.$m"
      done
    done
  done
  base=$(median < bench-data/.v.openssl)
  echo "| $s | openssl dgst -sha256 (plain) | | $base | 1.00 | | |"
  for i in "${!inputs[@]}"; do
    for m in 1GiB 64MiB; do
      f="bench-data/.v.$i.$m"
      w=$(cut -d' ' -f1 "$f" | median); h=$(head -1 "$f" | cut -d' ' -f3); t=$(cut -d' ' -f4 "$f" | median)
      kind=$(basename "${inputs[$i]}" | sed 's/^gen-[^.]*\.//')
      echo "| $s | $kind | $m | $w | $(python3 -c "print(f'{$w/$base:.2f}')") | $(mib "$h") | $(mib "$t") |"
      rm -f "$f"
    done
  done
  rm -f bench-data/.v.openssl bench-data/.v.t
done
echo
f="bench-data/tables-$TABLES.sql"
[ -f "$f" ] || python3 scripts/gen-many-tables.py "$TABLES" "$f"
: > bench-data/.v.scan; : > bench-data/.v.verify
for r in $(seq "$ROUNDS"); do
  /usr/bin/time -f "%e" -a -o bench-data/.v.scan "$bin" scan --format json --fail-on none "$f" > /dev/null
  /usr/bin/time -f "%e" -a -o bench-data/.v.verify "$bin" verify --format json "$f" > /dev/null || true
done
sw=$(median < bench-data/.v.scan); vw=$(median < bench-data/.v.verify)
echo "$TABLES tables (\`scripts/gen-many-tables.py\`: each with a primary key, a foreign key to the one before and a row): scan $sw s, verify $vw s, $(python3 -c "print(f'{$vw/$sw:.2f}')")x scan."
rm -f bench-data/.v.scan bench-data/.v.verify
