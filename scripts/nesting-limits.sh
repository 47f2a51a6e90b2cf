#!/usr/bin/env bash
# Measures, on real servers, the deepest json/jsonb/array nesting COPY accepts (the numbers
# behind verify's MAX_JSON_DEPTH in src/verify/values.rs): for each server it bisects the
# first depth that fails and prints the server's error.
#   bash scripts/nesting-limits.sh [MAJOR...]     (default: 14 15 16 17 18, plus Debian's own)
# Servers run as `nobody` on a Unix socket in a temporary directory, no TCP, and are stopped
# and removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
majors=("${@:-14 15 16 17 18}")
bins=()
for m in ${majors[@]}; do bins+=("$(bash scripts/pg-binaries.sh "$m")"); done
for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && bins+=("$d"); done
work=$(mktemp -d)
chmod 755 "$work"
cleanup() {
  for d in "$work"/data-*; do
    [ -d "$d" ] && su nobody -s /bin/sh -c "'$(cat "$d.bin")/pg_ctl' -D '$d' -m immediate stop" >/dev/null 2>&1 || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
i=0
for b in "${bins[@]}"; do
  i=$((i + 1))
  data="$work/data-$i" sock="$work/sock-$i"
  mkdir -p "$data" "$sock"
  chown nobody "$data" "$sock"
  echo "$b" > "$data.bin"
  su nobody -s /bin/sh -c "'$b/initdb' -D '$data' -U postgres -E UTF8 --no-locale" >/dev/null
  su nobody -s /bin/sh -c "'$b/pg_ctl' -D '$data' -o \"-k $sock -c listen_addresses=''\" -l '$data/log' -w start" >/dev/null
  version=$("$b/postgres" --version)
  python3 - "$sock" "$version" "$b/psql" <<'PY'
import subprocess, sys
sock, version, psql = sys.argv[1], sys.argv[2], sys.argv[3]
def value(kind, d):
    return {"array": "[" * d + "]" * d, "object": '{"a":' * d + "1" + "}" * d}.get(kind) or "{" * d + "1" + "}" * d
def loads(ty, kind, d):
    sql = f"CREATE TEMP TABLE t (v {ty});\nCOPY t FROM stdin;\n{value(kind, d)}\n\\.\n"
    r = subprocess.run([psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", sock, "-U", "postgres"],
                       input=sql.encode(), capture_output=True)
    return r.returncode == 0, (r.stderr.decode().strip().splitlines() or [""])[0]
for ty, kind in [("jsonb", "array"), ("jsonb", "object"), ("json", "array"), ("json", "object"), ("integer[]", "dims")]:
    lo, hi = 1, 1 << 18
    while hi - lo > 1:
        mid = (lo + hi) // 2
        lo, hi = (mid, hi) if loads(ty, kind, mid)[0] else (lo, mid)
    print(f"{version}\t{ty}\t{kind}\tfirst failing depth {hi}\t{loads(ty, kind, hi)[1]}")
PY
done
