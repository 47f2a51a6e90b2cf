#!/usr/bin/env bash
# Personal-data columns on material we did not write, pgscreen beside Presidio in one run:
# Faker-generated people of 16 locales under native, English and opaque column names, with
# look-alike decoy columns (scripts/pii-bench.py). Replaces the "Personal data" section of
# BENCHMARKS.md.
#
#   bash scripts/bench-pii.sh
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-BENCHMARKS.md}
cargo build --release --quiet --bin pgscreen
sec=$(mktemp)
table=$(python3 scripts/pii-bench.py --markdown)
{
  echo "<!-- pii:begin -->"
  echo "## Personal data"
  echo
  echo "Measured by \`bash scripts/bench-pii.sh\` on $(date -u +%Y-%m-%d). One table of people per locale and"
  echo "naming style (native language and script, English, opaque such as \`c12\`/\`field_7\`), each column"
  echo "one kind of person data from Faker's providers for that locale, and decoy columns that look alike"
  echo "but are not person data (SKUs, EAN/ISBN, order numbers and dates, checksum-failing ids, part numbers"
  echo "shaped like phones, company, product and category names, a reference table of cities, store"
  echo "coordinates, UUIDs, prices). A column is found when a \`pii\` finding names it; a finding on a decoy"
  echo "is a false positive. pgscreen's name lists come from other packages than the generator's (mimesis,"
  echo "@faker-js/faker; \`src/detect/names.LICENSE\`), so the names are not the lists it was built from."
  echo "The thresholds were tuned on this benchmark, and the real-world dumps of \`corpus/realworld\` were"
  echo "checked by hand for false positives after each change (\`tests/pii.rs\` holds them). The same"
  echo "generator at another seed (7, 40 rows a table), never tuned on, is a CI test with issue 23's bars"
  echo "(\`tests/pii.rs::faker_people_of_16_locales\`; it scored 0.884 overall, 0.776 opaque, precision 1.000)."
  echo
  echo "$table" | sed -e 's/^Reproduce with/Reproduce with/'
  echo "<!-- pii:end -->"
} > "$sec"
python3 scripts/put-section.py pii "$OUT" "$sec"
rm -f "$sec"
sed -n '/<!-- pii:begin -->/,/<!-- pii:end -->/p' "$OUT" | head -40
