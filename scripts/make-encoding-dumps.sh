#!/usr/bin/env bash
# Regenerates tests/data/encodings/: genuine pg_dump output in each client-only encoding
# (SJIS, SHIFT_JIS_2004, BIG5, GBK, GB18030, UHC, JOHAB), whose trail bytes can be a backslash.
# Each comes from a UTF8 database of one table holding characters whose second byte is 0x5C
# (表 in SJIS, 許 in BIG5, 乗 in GBK, 겦 in JOHAB) in the column before an email, dumped by the
# real pg_dump with --encoding, as COPY and as --inserts (and as a custom archive for two). Needs a PostgreSQL server and client
# (scripts/setup.sh installs them).
#   bash scripts/make-encoding-dumps.sh [PG_BIN_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
pgbin=${1:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
out="$root/tests/data/encodings"
mkdir -p "$out"
d=$(mktemp -d)
as=""; if [ "$(id -u)" = 0 ]; then chown -R nobody "$d"; as="runuser -u nobody --"; fi
$as "$pgbin/initdb" -D "$d/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
$as "$pgbin/pg_ctl" -D "$d/data" -o "-k $d -c listen_addresses= -c fsync=off" -l "$d/log" -w start >/dev/null
trap '$as "$pgbin/pg_ctl" -D "$d/data" -m immediate stop >/dev/null; rm -rf "$d"' EXIT
psql() { $as "$pgbin/psql" -X -q -v ON_ERROR_STOP=1 -h "$d" -U postgres "$@"; }
# encoding, then characters it can hold whose trail byte is 0x5C (or ';' in JOHAB).
while read -r enc chars; do
  db="enc_$(echo "$enc" | tr 'A-Z' 'a-z')"
  psql -d postgres -c "CREATE DATABASE $db"
  psql -d "$db" <<SQL
CREATE TABLE public."顧客" (
    id integer PRIMARY KEY,
    name text NOT NULL,
    note text,
    email text
);
INSERT INTO public."顧客" VALUES
    (1, '$chars', 'tab	and \\ backslash', 'hanako.sato@tanaka-shoji.co.jp'),
    (2, '${chars}x', NULL, 'li.wei@huaxin-trading.com.cn'),
    (3, 'plain', '$chars$chars', 'kim.minjun@hanbit-logistics.co.kr');
SQL
  name=$(echo "$enc" | tr 'A-Z_' 'a-z-')
  $as "$pgbin/pg_dump" -h "$d" -U postgres --encoding="$enc" --no-owner "$db" > "$out/$name.sql"
  $as "$pgbin/pg_dump" -h "$d" -U postgres --encoding="$enc" --no-owner --inserts "$db" > "$out/$name.inserts.sql"
  case $enc in SJIS|BIG5)
    $as "$pgbin/pg_dump" -h "$d" -U postgres --encoding="$enc" --no-owner -Fc "$db" > "$out/$name.custom.dump";;
  esac
done <<'LIST'
SJIS 表ソ十予能
SHIFT_JIS_2004 表ソ十予
BIG5 許功蓋么
GBK 乗俓僜
GB18030 乗俓僜
UHC 가나다
JOHAB 겦굎귶
LIST
"$pgbin/pg_dump" --version > "$out/PG_DUMP_VERSION"
ls -l "$out"
