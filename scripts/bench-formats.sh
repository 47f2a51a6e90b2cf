#!/usr/bin/env bash
# Scan throughput of one database in every dump format, against its plain dump, in one run:
# the archive is expanded to the SQL pg_restore would write, then scanned as plain. Replaces the
# "Dump formats" section of BENCHMARKS.md.
#
#   bash scripts/bench-formats.sh        # pagila, 15 rounds
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${DB:-pagila}
ROUNDS=${ROUNDS:-15}
OUT=${OUT:-BENCHMARKS.md}
cargo build --release --quiet --bin pgscreen
bin=target/release/pgscreen
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
declare -A t
files=("corpus/real/$DB.plain.sql" "corpus/real/$DB.plain.sql.gz" "corpus/real/$DB.custom.dump" "corpus/real/$DB.dir" "corpus/real/$DB.tar")
for f in "${files[@]}"; do cat "$f" "$f"/* > /dev/null 2>&1 || true; : > "bench-data-$$.$(basename "$f")"; done
for r in $(seq "$ROUNDS"); do
  for f in "${files[@]}"; do
    s=$(date +%s.%N); $bin scan --format json --fail-on none "$f" > /dev/null; e=$(date +%s.%N)
    python3 -c "print($e-$s)" >> "bench-data-$$.$(basename "$f")"
  done
done
plain_mb=$(python3 -c "print($(stat -c %s "corpus/real/$DB.plain.sql")/1e6)")
{
  echo "<!-- formats:begin -->"
  echo "## Dump formats"
  echo
  echo "\`bash scripts/bench-formats.sh\` on $(date -u +%Y-%m-%d): \`pgscreen scan --format json\` of $DB in each format, $ROUNDS rounds alternating, median wall time (process start included). MB/s counts the plain SQL ($(printf %.1f "$plain_mb") MB) each one holds. Archives and compressed dumps are expanded, as a stream on a thread of their own, to the text \`pg_restore -f -\` writes, and scanned as plain."
  echo
  echo "| file | bytes | wall ms | plain-SQL MB/s | x plain |"
  echo "| --- | ---: | ---: | ---: | ---: |"
  base=$(median < "bench-data-$$.$DB.plain.sql")
  for f in "${files[@]}"; do
    m=$(median < "bench-data-$$.$(basename "$f")")
    if [ -d "$f" ]; then size=$(cat "$f"/* | wc -c); else size=$(stat -c %s "$f"); fi
    echo "| $(basename "$f") | $size | $(python3 -c "print(f'{$m*1000:.0f}')") | $(python3 -c "print(f'{$plain_mb/$m:.0f}')") | $(python3 -c "print(f'{$m/$base:.2f}')") |"
  done
  echo "<!-- formats:end -->"
} > "bench-data-$$.section"
rm -f bench-data-$$.$DB.*
python3 scripts/put-section.py formats "$OUT" "bench-data-$$.section"
rm -f "bench-data-$$.section"
sed -n '/<!-- formats:begin -->/,/<!-- formats:end -->/p' "$OUT"
