#!/usr/bin/env bash
# Fetches Kingfisher (MongoDB's secret scanner, Apache-2.0; the static Linux binary that PyPI's
# `kingfisher-bin` wheel carries) into target/kingfisher/, for the side-by-side run of
# scripts/secrets-bench.py. Prints the binary's path. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=${KINGFISHER_VERSION:-2.14.0}
dest=target/kingfisher/$VERSION
bin=$dest/kingfisher/bin/kingfisher
if [ ! -x "$bin" ]; then
  mkdir -p "$dest"
  python3 -m pip download --quiet --no-deps --only-binary=:all: "kingfisher-bin==$VERSION" -d "$dest" >&2
  (cd "$dest" && python3 -m zipfile -e kingfisher_bin-*.whl . && rm -f kingfisher_bin-*.whl)
  chmod +x "$bin"
fi
echo "$bin"
