#!/usr/bin/env bash
# Secret detection on material we did not write, pgscreen beside Kingfisher in one run: the
# examples of src/rules/families.jsonl planted in eight contexts (scripts/secrets-bench.py).
# Replaces the "Secrets" section of BENCHMARKS.md.
#
#   bash scripts/bench-secrets.sh
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-BENCHMARKS.md}
cargo build --release --quiet --bin pgscreen
kf=$(bash scripts/fetch-kingfisher.sh)
sec=$(mktemp)
table=$(python3 scripts/secrets-bench.py --no-families --kingfisher "$kf" --markdown)
{
  echo "<!-- secrets:begin -->"
  echo "## Secrets"
  echo
  echo "Measured by \`bash scripts/bench-secrets.sh\` on $(date -u +%Y-%m-%d). Every positive and negative"
  echo "example of \`src/rules/families.jsonl\` (token formats gathered from the public rule sets and the"
  echo "services' documentation, examples generated to those formats; \`research/secrets/README.md\`)"
  echo "is planted in a dump, one per row, in eight contexts: \`bare\` free text that does not name it,"
  echo "\`named\` text that does (\"stripe token: …\"), \`jsonb\` under a key, \`pair\` a jsonb"
  echo "\`{\"key\": …, \"value\": …}\` pair, \`kv\` a settings table's name/value row by COPY, \`insert\` the"
  echo "same by INSERT, \`comment\` a COMMENT ON, \`sqlcomment\` a \`/* ... */\` comment between"
  echo "statements. A positive is found when a secret, credential-hash or connection-string finding"
  echo "at medium or above names its row (its line for a COMMENT or a comment;"
  echo "Kingfisher: any finding on its line); a negative so found is a false positive. Recall per"
  echo "context, its false positives, and recall and precision over all contexts but \`bare\`:"
  echo
  echo "$table" | sed -n '/^| tool/,$p'
  echo
  echo "$table" | grep -E '^[0-9]+ families|^ceiling' | sed 's/; dump .*//; s/^/- /'
  echo "- In \`bare\` text a value without a shape of its own (a 32-hex key, a 40-character base64"
  echo "  secret) cannot be told from any other such string, so the ceiling above is what any tool"
  echo "  can find there; pgscreen finds such values where a name names them (every other context)."
  echo "- Most remaining false positives are examples the rule sets disagree on: a Paystack"
  echo "  \`sk_live_\` key has Stripe's format, a Kubernetes example that is a valid generic JWT, a"
  echo "  Stripe \`pk_live_\` listed both as a publishable-key positive and as a secret-key negative,"
  echo "  a near miss of one service's format under a name that says secret (a random 32-hex value"
  echo "  named \`mongodb_secret\` is one, whatever MongoDB's format); and DSNs to private hosts, which"
  echo "  pgscreen reports as pointers to a live host by design."
  echo "- Kingfisher $(basename "$(dirname "$(dirname "$(dirname "$kf")")")") (PyPI \`kingfisher-bin\`, Apache-2.0) ran with"
  echo "  \`scan --no-validate --no-dedup\` on the same file; times are wall time of one run each."
  echo "<!-- secrets:end -->"
} > "$sec"
python3 scripts/put-section.py secrets "$OUT" "$sec"
rm -f "$sec"
sed -n '/<!-- secrets:begin -->/,/<!-- secrets:end -->/p' "$OUT"
