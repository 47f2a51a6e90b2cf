#!/usr/bin/env bash
# The full version matrix (CI runs a slice of it in tests/matrix.rs): PostgreSQL 14-18 each dump
# the corpus databases in every format, and every dump is restored for real into the same
# version and into every older server 10..V, beside verify's prediction. Writes the table of
# results to corpus/versions/MATRIX.md. About 15 minutes on 2 cores.
#   bash scripts/matrix.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
rm -f target/matrix.tsv
start=$(date +%s)
PGSCREEN_MATRIX=full cargo test --release --test matrix -- --test-threads=2 2>&1 | tail -5 || true
python3 - "$(( $(date +%s) - start ))" <<'PY'
import collections, sys
rows = [l.rstrip("\n").split("\t") for l in open("target/matrix.tsv")]
cell = collections.defaultdict(lambda: [0, 0, 0])  # (dump, target) -> restored, agreed, total
fmts = []
for v, t, label, restored, agreed in rows:
    fmt = label.split("/")[-1]
    fmts.append(fmt) if fmt not in fmts else None
    c = cell[(int(v), int(t), fmt)]
    c[0] += restored == "true"; c[1] += agreed == "true"; c[2] += 1
out = ["# Version matrix: verify against real restores", "",
       f"`bash scripts/matrix.sh` ({sys.argv[1]} s on this machine). Each cell: databases the real"
       " server restored / verify agreed / databases (pagila, chinook, northwind; pg_dumpall: the cluster)."
       " A blank cell was not run: --statistics exists from 18 on, and a data-only dump is restored"
       " only where its schema-only dump restored first.", "",
       "| pg_dump -> server | " + " | ".join(fmts) + " |", "|---|" + "---|" * len(fmts)]
for v, t in sorted({(int(r[0]), int(r[1])) for r in rows}, key=lambda x: (x[0], -x[1])):
    cells = []
    for f in fmts:
        c = cell.get((v, t, f))
        cells.append(f"{c[0]}/{c[1]}/{c[2]}" + ("" if c[1] == c[2] else " **DISAGREE**") if c else "")
    out.append(f"| {v} -> {t} | " + " | ".join(cells) + " |")
agree = sum(c[1] for c in cell.values()); total = sum(c[2] for c in cell.values())
out += ["", f"verify agreed with the server on {agree} of {total} restores."]
open("corpus/versions/MATRIX.md", "w").write("\n".join(out) + "\n")
print("\n".join(out))
PY
