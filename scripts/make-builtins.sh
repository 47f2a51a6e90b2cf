#!/usr/bin/env bash
# Regenerates src/sql/builtins.tsv: every built-in type of PostgreSQL 10-18, and the built-in
# functions and settings of each major that are NOT in all of them, with the first and last major that has
# each, read off real servers' catalogs (pg_proc, pg_type, pg_settings) of fresh clusters.
# verify reads it to say what a dump uses that an older (or newer) target does not have.
# pg_settings hides some parameters that still exist (default_with_oids on 12+: settable to
# false only), so a setting's majors are those where current_setting(name, true) knows it.
#   bash scripts/make-builtins.sh        # fetches the servers with scripts/pg-binaries.sh
set -euo pipefail
cd "$(dirname "$0")/.."
tools=$(bash scripts/pg-binaries.sh 18)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
as=()
if [ "$(id -u)" -eq 0 ]; then chown nobody "$work"; as=(runuser -u nobody --); fi
majors="10 11 12 13 14 15 16 17 18"
q() { "$tools/psql" -X -A -t -q -h "$work" -U b -d postgres -c "$1"; }
up() {
  bin=$(bash scripts/pg-binaries.sh "$1")
  d="$work/$1"
  [ -d "$d" ] || "${as[@]}" "$bin/initdb" -D "$d" -U b --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${as[@]}" "$bin/pg_ctl" -D "$d" -l "$d.log" -w -o "-c listen_addresses= -k $work -F" start >/dev/null
}
down() { "${as[@]}" "$bin/pg_ctl" -D "$work/$1" -m immediate stop >/dev/null; }
for v in $majors; do
  up "$v"
  { q "SELECT DISTINCT 'function', proname, '$v' FROM pg_proc WHERE pronamespace = 'pg_catalog'::regnamespace";
    q "SELECT 'type', typname, '$v' FROM pg_type WHERE typnamespace = 'pg_catalog'::regnamespace AND typname !~ '^_'";
    q "SELECT name FROM pg_settings" > "$work/$v.settings"; } | tr '|' '\t' > "$work/$v.tsv"
  down "$v"
done
sort -u "$work"/*.settings > "$work/settings"
list=$(sed "s/.*/'&'/" "$work/settings" | paste -sd,)
for v in $majors; do
  up "$v"
  q "SELECT 'setting', n, '$v' FROM unnest(ARRAY[$list]) n WHERE current_setting(n, true) IS NOT NULL" \
    | tr '|' '\t' >> "$work/$v.tsv"
  down "$v"
  echo "make-builtins: PostgreSQL $v: $(wc -l < "$work/$v.tsv") names" >&2
done
cat "$work"/*.tsv | python3 -c '
import sys
seen = {}
for line in sys.stdin:
    kind, name, v = line.rstrip("\n").split("\t")
    seen.setdefault((kind, name), set()).add(int(v))
majors = set(range(10, 19))
print("# kind\tname\tfirst\tlast  (PostgreSQL majors 10-18 that have it; functions and settings all of them have are left out)")
print("# made by scripts/make-builtins.sh from the catalogs of real servers; do not edit")
for (kind, name), vs in sorted(seen.items()):
    # Every type is listed (inspect qualifies a bare type name unless pg_catalog has it).
    if vs != majors or kind == "type":
        lo, hi = min(vs), max(vs)
        assert vs == set(range(lo, hi + 1)), (kind, name, vs)
        print(f"{kind}\t{name}\t{lo}\t{hi}")
' > src/sql/builtins.tsv
echo "make-builtins: $(grep -vc '^#' src/sql/builtins.tsv) names differ between majors -> src/sql/builtins.tsv" >&2
