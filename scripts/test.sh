#!/usr/bin/env bash
# The whole test suite: formatting, lints, unit, property and integration tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/fetch-sarif-validator.sh
cargo fmt --check
cargo clippy --release --all-targets --quiet -- -D warnings
# The fuzz targets are a crate of their own (cargo fuzz): they must keep compiling against the library.
cargo check --quiet --manifest-path fuzz/Cargo.toml
log=$(mktemp)
# setup.sh fetched PostgreSQL 10-18: the version matrix must run, not skip.
export PGSCREEN_MATRIX=${PGSCREEN_MATRIX:-required}
cargo test --release 2>&1 | tee "$log"
# One closing line over every test binary.
awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
     END { printf "%d passed, %d failed\n", p, f }' "$log"
rm -f "$log"
