#!/usr/bin/env python3
"""Secret-detection benchmark from material we did not write: every family's positive and
negative examples in src/rules/families.jsonl (token formats gathered from the public rule sets
and the services' documentation), planted where databases keep secrets, scanned by
`pgscreen scan --format json` and, with --kingfisher, by Kingfisher on the same file.

Contexts, one example per row:
  bare      free text, nothing names it:   "see <value> here"
  named     free text that names it:       "<family> token: <value>"
  jsonb     a jsonb document:              {"<family>_token": "<value>"}
  pair      a jsonb name/value pair:       {"key": "<family>_secret", "value": "<value>"}
  kv        a settings table (COPY):       name = '<family>_secret', value = '<value>'
  insert    the same, as pg_dump --inserts writes it
  comment   a COMMENT that names it:       COMMENT ON TABLE t IS '<family> token: <value>'
  sqlcomment  an SQL comment between statements: /* <family> token: <value> */

A positive counts as found when a finding of category secret / credential-hash /
connection-string at medium or above names its row, or its line for a COMMENT or an SQL
comment (Kingfisher: any
finding on its line); a
negative counts as a false positive the same way. Credential hashes fold into one finding per
column (salted hashes all differ), so each password-hash example gets a table of its own.

Prints recall and false positives per context, and recall, precision over all contexts but
`bare` (where a value without a distinctive shape, a 32-hex key, cannot be told from any other
hex string by anyone: its share of the positives is printed as the context's ceiling).

usage: python3 scripts/secrets-bench.py [--bin target/release/pgscreen] [--out DIR]
                                         [--no-families] [--kingfisher PATH] [--markdown]
"""
import argparse, collections, json, os, subprocess, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SCORED = {"secret", "credential-hash", "connection-string"}
CONTEXTS = ["bare", "named", "jsonb", "pair", "kv", "insert", "comment", "sqlcomment"]
# Contexts scored by the line of a statement or comment rather than by a table's row.
BY_LINE = {"comment", "sqlcomment"}


def copy_text(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def sql_lit(s):
    return "'" + s.replace("'", "''") + "'"


def slug(f):
    return f["family"].replace("-", "_")


def plant(items, path):
    """Writes the dump; returns {(context, item index): (table, row, line)}."""
    where = {}
    out = ["--\n-- PostgreSQL database dump\n--\n\nSET client_encoding = 'UTF8';\n\n"]
    line = [out[0].count("\n") + 1]

    def emit(s):
        out.append(s)
        line[0] += s.count("\n")

    def table(ctx, suffix):
        cols = {"bare": "body text", "named": "body text", "jsonb": "doc jsonb", "pair": "doc jsonb",
                "kv": "name text, value text", "insert": "name text, value text",
                "comment": "body text", "sqlcomment": "body text"}[ctx]
        return f"public.{ctx}{suffix}", cols

    # One table per context for most examples; one per example for password hashes.
    groups = collections.defaultdict(list)
    for i, (f, _, _) in enumerate(items):
        groups[f"_h{i}" if f["kind"] == "password-hash" else ""].append(i)
    for ctx in CONTEXTS:
        for suffix, idx in groups.items():
            name, cols = table(ctx, suffix)
            emit(f"CREATE TABLE {name} (id integer NOT NULL, {cols});\n")
    emit("\n")
    for ctx in CONTEXTS:
        for suffix, idx in groups.items():
            name, cols = table(ctx, suffix)
            if ctx == "insert":
                for row, i in enumerate(idx, 1):
                    f, _, v = items[i]
                    where[(ctx, i)] = (name, row, line[0])
                    emit(f"INSERT INTO {name} VALUES ({row}, {sql_lit(slug(f) + '_secret')}, {sql_lit(v)});\n")
                emit("\n")
                continue
            if ctx in BY_LINE:
                for i in idx:
                    f, _, v = items[i]
                    where[(ctx, i)] = (None, None, line[0])
                    text = f"{f['family']} token: {v}"
                    if ctx == "comment":
                        emit(f"COMMENT ON TABLE {name} IS {sql_lit(text)};\n")
                    else:
                        # A block comment holds a multi-line key; nothing here closes one early.
                        emit(f"/* {text.replace('*/', '* /')} */\n")
                emit("\n")
                continue
            colnames = {"bare": "body", "named": "body", "jsonb": "doc", "pair": "doc", "kv": "name, value"}[ctx]
            emit(f"COPY {name} (id, {colnames}) FROM stdin;\n")
            for row, i in enumerate(idx, 1):
                f, _, v = items[i]
                where[(ctx, i)] = (name, row, line[0])
                if ctx == "bare":
                    val = copy_text("see " + v + " here")
                elif ctx == "named":
                    val = copy_text(f"{f['family']} token: {v}")
                elif ctx == "jsonb":
                    val = copy_text(json.dumps({slug(f) + "_token": v}))
                elif ctx == "pair":
                    val = copy_text(json.dumps({"key": slug(f) + "_secret", "value": v}))
                else:
                    val = f"{slug(f)}_secret\t{copy_text(v)}"
                emit(f"{row}\t{val}\n")
            emit("\\.\n\n")
    with open(path, "w") as o:
        o.write("".join(out))
    return where


def pgscreen_hits(binary, path, families):
    extra = [] if families else ["--no-families"]
    t = time.time()
    r = subprocess.run([binary, "scan", "--format", "json", "--fail-on", "none", *extra, path], capture_output=True)
    secs = time.time() - t
    report = json.loads(r.stdout)
    hits = set()
    for f in report["findings"]:
        if f["category"] in SCORED and f["severity"] in ("medium", "high", "critical"):
            # A row's finding names its row; a statement's, its line.
            hits.add((f["object"]["name"], f["row"]) if f.get("row") else (None, None, f["line"]))
    return hits, secs


def kingfisher_hits(binary, path, out):
    """Kingfisher 2.x, no validation, no dedup: the lines its findings start on."""
    report = os.path.join(out, "kingfisher.jsonl")
    t = time.time()
    subprocess.run([binary, "scan", path, "--no-validate", "--no-dedup", "--no-update-check",
                    "-f", "jsonl", "-o", report], capture_output=True)
    secs = time.time() - t
    lines = set()
    for l in open(report):
        l = l.strip()
        if l.startswith("{") and '"finding"' in l:
            lines.add(json.loads(l)["finding"]["line"])
    return lines, secs


def score(items, where, found):
    """found(ctx, i) -> bool. Returns {ctx: (tp, pos, fp, neg)}."""
    res = {}
    for ctx in CONTEXTS:
        tp = pos = fp = neg = 0
        for i, (f, kind, _) in enumerate(items):
            hit = found(ctx, i)
            if kind == "pos":
                pos += 1
                tp += hit
            else:
                neg += 1
                fp += hit
        res[ctx] = (tp, pos, fp, neg)
    return res


def report(name, res, secs, md):
    scored = [c for c in CONTEXTS if c != "bare"]
    tp = sum(res[c][0] for c in scored)
    pos = sum(res[c][1] for c in scored)
    fp = sum(res[c][2] for c in scored)
    recall, precision = tp / pos, tp / max(tp + fp, 1)
    if md:
        cells = " | ".join(f"{res[c][0] / res[c][1]:.2f} ({res[c][2]} FP)" for c in CONTEXTS)
        print(f"| {name} | {cells} | {recall:.3f} | {precision:.3f} | {secs:.2f} s |")
    else:
        print(f"{name}: {secs:.2f} s")
        print(f"  {'context':<8} {'recall':>14} {'false positives':>17}")
        for c in CONTEXTS:
            t, p, f, n = res[c]
            print(f"  {c:<8} {t:>5}/{p} {t / p:.2f} {f:>9}/{n} {f / n:.3f}")
        print(f"  all but bare: recall {recall:.3f}, precision {precision:.3f} ({tp} found, {fp} false)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target/release/pgscreen"))
    ap.add_argument("--out", default=None)
    ap.add_argument("--no-families", action="store_true", help="also scan with --no-families")
    ap.add_argument("--kingfisher", default=None, help="path of a kingfisher binary to run side by side")
    ap.add_argument("--markdown", action="store_true", help="one markdown table row per tool")
    a = ap.parse_args()
    fams = [json.loads(l) for l in open(os.path.join(ROOT, "src/rules/families.jsonl"))]
    items = []  # (family, "pos" | "neg", value)
    for f in fams:
        items += [(f, "pos", v) for v in f["positive_examples"]]
        items += [(f, "neg", v) for v in f["negative_examples"] + f.get("suppressed_examples", [])]
    out = a.out or tempfile.mkdtemp(prefix="secrets-bench-")
    os.makedirs(out, exist_ok=True)
    path = os.path.join(out, "planted.sql")
    where = plant(items, path)
    npos = sum(1 for i in items if i[1] == "pos")
    shapeless = sum(1 for f, k, _ in items if k == "pos" and f["needs_context"])
    print(f"{len(fams)} families, {npos} positive and {len(items) - npos} negative examples; "
          f"dump {path} ({os.path.getsize(path)} bytes)")
    print(f"ceiling in `bare` text: {npos - shapeless}/{npos} = {(npos - shapeless) / npos:.2f} "
          f"({shapeless} positives have no shape of their own)")
    if a.markdown:
        print("| tool | " + " | ".join(CONTEXTS) + " | recall (all but bare) | precision | time |")
        print("|---|" + "---|" * (len(CONTEXTS) + 3))
    runs = [("pgscreen", True)] + ([("pgscreen --no-families", False)] if a.no_families else [])
    for name, fam in runs:
        hits, secs = pgscreen_hits(a.bin, path, fam)
        res = score(items, where, lambda c, i: (where[(c, i)] if c in BY_LINE else where[(c, i)][:2]) in hits)
        report(name, res, secs, a.markdown)
    if a.kingfisher:
        ver = subprocess.run([a.kingfisher, "--version"], capture_output=True, text=True).stdout.strip()
        lines, secs = kingfisher_hits(a.kingfisher, path, out)
        res = score(items, where, lambda c, i: where[(c, i)][2] in lines)
        report(f"{ver} --no-validate", res, secs, a.markdown)


if __name__ == "__main__":
    main()
