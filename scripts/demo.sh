#!/usr/bin/env bash
# Builds pgscreen and runs it on the bundled sample dumps: inspect on chinook (MIT-licensed
# sample data), scan on a copy of pagila with planted secrets, PII and restore-time dangers.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo build --release --quiet
./target/release/pgscreen inspect corpus/real/chinook.plain.sql | head -30
echo "..."
echo
./target/release/pgscreen scan --fail-on none --deny-host '*.acme-corp.com' tests/data/eval-dev/pagila-planted.sql
