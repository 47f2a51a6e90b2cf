#!/usr/bin/env python3
"""Secret-detection benchmark from material we did not write: every family's positive and
negative examples in src/rules/families.jsonl, planted where databases keep secrets, and
scored with `pgscreen scan --format json`.

Contexts, one table each, one example per row:
  notes     free text:            "see <value> here"
  jsonb     a jsonb document:     {"<service>_token": "<value>"}
  kv        a settings table:     name = '<service>_secret', value = '<value>'
  insert    the kv table again, as pg_dump --inserts writes it

A positive counts as found when a finding of category secret / credential-hash /
connection-string at medium or above names its row; a negative counts as a false positive the
same way. Prints recall per context (families pgscreen has a rule for, and the rest) and the
false-positive rate on negatives.

usage: python3 scripts/secrets-bench.py [--bin target/release/pgscreen] [--out DIR] [--families]
"""
import argparse, collections, json, os, subprocess, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SCORED = {"secret", "credential-hash", "connection-string"}


def copy_text(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def sql_lit(s):
    return "'" + s.replace("'", "''") + "'"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target/release/pgscreen"))
    ap.add_argument("--out", default=None)
    ap.add_argument("--families", action="store_true", help="scan with --families (the families.jsonl rules)")
    a = ap.parse_args()
    fams = [json.loads(l) for l in open(os.path.join(ROOT, "src/rules/families.jsonl"))]
    items = []  # (family, kind, existing, value)
    for f in fams:
        for v in f["positive_examples"]:
            items.append((f, "pos", v))
        for v in f["negative_examples"] + f.get("suppressed_examples", []):
            items.append((f, "neg", v))
    out = a.out or tempfile.mkdtemp(prefix="secrets-bench-")
    os.makedirs(out, exist_ok=True)
    path = os.path.join(out, "planted.sql")
    tables = ["notes", "jsonb", "kv", "insert"]
    with open(path, "w") as o:
        o.write("--\n-- PostgreSQL database dump\n--\n\nSET client_encoding = 'UTF8';\n\n")
        o.write("CREATE TABLE public.notes (id integer NOT NULL, body text);\n")
        o.write("CREATE TABLE public.docs (id integer NOT NULL, doc jsonb);\n")
        o.write("CREATE TABLE public.app_setting (id integer NOT NULL, name text, value text);\n")
        o.write("CREATE TABLE public.app_setting_ins (id integer NOT NULL, name text, value text);\n\n")
        o.write("COPY public.notes (id, body) FROM stdin;\n")
        for i, (f, _, v) in enumerate(items):
            o.write(f"{i + 1}\t{copy_text('see ' + v + ' here')}\n")
        o.write("\\.\n\nCOPY public.docs (id, doc) FROM stdin;\n")
        for i, (f, _, v) in enumerate(items):
            key = f["family"].replace("-", "_") + "_token"
            o.write(f"{i + 1}\t{copy_text(json.dumps({key: v}))}\n")
        o.write("\\.\n\nCOPY public.app_setting (id, name, value) FROM stdin;\n")
        for i, (f, _, v) in enumerate(items):
            o.write(f"{i + 1}\t{f['family'].replace('-', '_')}_secret\t{copy_text(v)}\n")
        o.write("\\.\n\n")
        for i, (f, _, v) in enumerate(items):
            name = f["family"].replace("-", "_") + "_secret"
            o.write(f"INSERT INTO public.app_setting_ins VALUES ({i + 1}, {sql_lit(name)}, {sql_lit(v)});\n")
    extra = ["--families"] if a.families else []
    r = subprocess.run([a.bin, "scan", "--format", "json", "--fail-on", "none", *extra, path], capture_output=True)
    report = json.loads(r.stdout)
    by_table = {"public.notes": "notes", "public.docs": "jsonb", "public.app_setting": "kv", "public.app_setting_ins": "insert"}
    hit = collections.defaultdict(set)
    for f in report["findings"]:
        if f["category"] in SCORED and f["severity"] in ("medium", "high", "critical") and f.get("row"):
            t = by_table.get(f["object"]["name"])
            if t:
                hit[t].add(f["row"])
    print(f"{len(fams)} families, {sum(1 for i in items if i[1] == 'pos')} positive and "
          f"{sum(1 for i in items if i[1] == 'neg')} negative examples; dump {path}")
    print(f"{'context':<8} {'recall (ruled)':>15} {'recall (other)':>15} {'recall (all)':>13} {'FP on negatives':>16}")
    for t in tables:
        c = collections.Counter()
        for i, (f, kind, v) in enumerate(items):
            c[(kind, bool(f.get("existing")), (i + 1) in hit[t])] += 1
        def rate(kind, existing=None):
            keys = [k for k in c if k[0] == kind and (existing is None or k[1] == existing)]
            n = sum(c[k] for k in keys)
            y = sum(c[k] for k in keys if k[2])
            return f"{y}/{n} {y / n:.2f}" if n else "-"
        print(f"{t:<8} {rate('pos', True):>15} {rate('pos', False):>15} {rate('pos'):>13} {rate('neg'):>16}")
    # Folding: identical values in one column fold into one finding that names the first row,
    # so a repeated example counts once. Rows are what is scored.


if __name__ == "__main__":
    main()
