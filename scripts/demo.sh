#!/usr/bin/env bash
# Builds pgscreen and runs it on the bundled sample dump (chinook, MIT-licensed sample data).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo build --release --quiet
sample=corpus/real/chinook.plain.sql
./target/release/pgscreen inspect "$sample" | head -40
echo "..."
