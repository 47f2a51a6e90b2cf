#!/usr/bin/env bash
# Builds pgscreen and runs it on the bundled sample dumps: inspect on chinook (MIT-licensed
# sample data), scan on a copy of pagila with planted secrets, PII and restore-time dangers,
# verify of chinook's custom archive (will it restore?), and check of a sanitized hand-off
# against its contract, with an attestation; then the sanitized copy of the planted pagila.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --build
cargo build --release --quiet
./target/release/pgscreen inspect corpus/real/chinook.plain.sql | head -30
echo "..."
echo
./target/release/pgscreen scan --fail-on none --deny-host '*.acme-corp.com' tests/data/eval-dev/pagila-planted.sql
echo
./target/release/pgscreen verify corpus/real/chinook.custom.dump
echo
./target/release/pgscreen check examples/handoff.sql --contract examples/handoff.contract.json \
    --attest target/handoff.attestation.json
echo "attestation written to target/handoff.attestation.json"
echo
# The clean copy of the planted dump: fakes keyed by a fixed demo key (use your own secret key).
head -c 32 /dev/zero > target/demo.key
./target/release/pgscreen sanitize tests/data/eval-dev/pagila-planted.sql --seed-key target/demo.key \
    -o target/pagila-sanitized.sql.gz --scan-config target/pagila-sanitized.toml
echo "sanitized copy written to target/pagila-sanitized.sql.gz; pgscreen scan it with --config target/pagila-sanitized.toml"
