#!/usr/bin/env bash
# sanitize every dump of corpus/real and corpus/realworld (the latter written by other people);
# prints each one whose sanitized copy is not clean (with what is left), and each one whose
# copy verify judges differently from the input. Ends with the counts.
# usage: bash scripts/sanitize-sweep.sh [path/to/pgscreen]
set -u
cd "$(dirname "$0")/.."
bin=${1:-target/release/pgscreen}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
head -c 32 /dev/urandom > "$out/key"
n=0; unclean=0; differ=0
for f in corpus/real/*.sql corpus/real/*.dump corpus/realworld/*.sql corpus/realworld/*.dump \
         corpus/realworld/*.pgsql corpus/realworld/*.pgdump; do
  [ -e "$f" ] || continue
  n=$((n + 1))
  b=$(basename "$f")
  timeout 300 "$bin" sanitize "$f" --seed-key "$out/key" -o "$out/$b.sql" > "$out/report" 2>&1
  rc=$?
  if [ $rc != 0 ]; then
    unclean=$((unclean + 1))
    echo "not clean (exit $rc): $f"
    awk '/left in the output|^pgscreen:/{p=1} p' "$out/report" | head -6
  fi
  if [ -e "$out/$b.sql" ]; then
    "$bin" verify "$f" > /dev/null 2>&1; vi=$?
    "$bin" verify "$out/$b.sql" > /dev/null 2>&1; vo=$?
    if [ $vi != $vo ]; then
      differ=$((differ + 1))
      echo "verify differs: $f (input exit $vi, sanitized copy exit $vo)"
    fi
    rm -f "$out/$b.sql"
  fi
done
echo "$n dumps: $unclean not clean, $differ judged differently by verify"
