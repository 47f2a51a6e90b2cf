#!/usr/bin/env bash
# Benchmarks pgscreen against the floor of merely hashing the file (`openssl dgst -sha256`) and a
# pure literal search (`rg -c` with the prefilter's keyword set), on generated dumps in the page
# cache, alternating the commands in one run. Writes BENCHMARKS.md.
#
#   bash scripts/bench.sh            # 100 MiB, 256 MiB, 1 GiB, 4 GiB (+ a 1 GiB --inserts dump)
#   SIZES="256MiB 1GiB" ROUNDS=3 bash scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"100MiB 256MiB 1GiB 4GiB"}
ROUNDS=${ROUNDS:-3}
OUT=${OUT:-BENCHMARKS.md}
command -v rg >/dev/null || { echo "bench: installing ripgrep" >&2; apt-get install -y -qq ripgrep >/dev/null; }
# Timed: the binary `cargo install` gives (no features). Peak heap: the same code with the
# counting allocator (`alloc-stats`), run once per command beside the timed rounds (the `dev`
# feature, which gen-corpus needs, made scans 8-15% slower in two A/B runs, from code layout
# alone).
cargo build --release --quiet --bins --features dev,alloc-stats
mkdir -p bench-data
cp target/release/pgscreen bench-data/.pgscreen-stats
stats=bench-data/.pgscreen-stats
cargo build --release --quiet --bin pgscreen
bin=target/release/pgscreen
mkdir -p bench-data
./target/release/pgscreen rules --format json | python3 -c 'import json,sys; print("\n".join(sorted({k for r in json.load(sys.stdin)["patterns"] for k in r["keywords"]})))' > bench-data/keywords.txt

gen() { # size [--inserts]
  local f="bench-data/gen-$1${2:+-inserts}.sql"
  [ -f "$f" ] || ./target/release/gen-corpus --size "$1" --seed 1 ${2:-} -o "$f" >&2
  echo "$f"
}

# time_cmd NAME CMD... -> "wall_s maxrss_kb"
time_cmd() {
  local name=$1; shift
  local t; t=$(mktemp)
  /usr/bin/time -f "%e %M" -o "$t" "$@" > /dev/null 2> /dev/null || true
  cat "$t"
  rm -f "$t"
}

# heap_of ARGS... -> peak heap bytes of `pgscreen ARGS` (the counting build, one run), or "-"
heap_of() {
  PGSCREEN_STATS=1 "$stats" "$@" 2>&1 > /dev/null | grep -o 'peak heap [0-9]*' | grep -o '[0-9]*' || echo "-"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

declare -A wall rss heap
run_set() { # file label
  local f=$1
  cat "$f" > /dev/null  # into the page cache
  local cmds=("openssl" "inspect" "scan" "scannf" "scan1" "verify" "rg")
  for c in "${cmds[@]}"; do : > "bench-data/.t.$c"; done
  for r in $(seq "$ROUNDS"); do
    for c in "${cmds[@]}"; do
      case $c in
        openssl) res=$(time_cmd "$c" openssl dgst -sha256 "$f");;
        inspect) res=$(time_cmd "$c" $bin inspect --format json "$f");;
        scan) res=$(time_cmd "$c" $bin scan --format json --fail-on none "$f");;
        scannf) res=$(time_cmd "$c" $bin scan --format json --fail-on none --no-families "$f");;
        scan1) res=$(time_cmd "$c" $bin scan --format json --fail-on none --threads 1 "$f");;
        verify) res=$(time_cmd "$c" $bin verify --format json "$f");;
        rg) res=$(time_cmd "$c" rg -c -i -F -f bench-data/keywords.txt "$f");;
      esac
      echo "$res" >> "bench-data/.t.$c"
    done
  done
  for c in "${cmds[@]}"; do
    wall[$c]=$(cut -d' ' -f1 "bench-data/.t.$c" | median)
    rss[$c]=$(cut -d' ' -f2 "bench-data/.t.$c" | median)
  done
  heap[openssl]=-; heap[rg]=-
  heap[inspect]=$(heap_of inspect --format json "$f")
  heap[scan]=$(heap_of scan --format json --fail-on none "$f")
  heap[scannf]=$(heap_of scan --format json --fail-on none --no-families "$f")
  heap[scan1]=$(heap_of scan --format json --fail-on none --threads 1 "$f")
  heap[verify]=$(heap_of verify --format json "$f")
}

gbps() { python3 -c "print(f'{$1/$2/1e9:.2f}')"; }
ratio() { python3 -c "print(f'{$1/$2:.2f}')"; }
mib() { [ "$1" = "-" ] && echo "-" || python3 -c "print(f'{$1/1048576:.1f}')"; }

check_findings() { # file: do the planted secrets all come out, identically with 1 thread?
  local f=$1
  $bin scan --format json --fail-on none "$f" > bench-data/.scan2.json
  $bin scan --format json --fail-on none --threads 1 "$f" > bench-data/.scan1.json
  python3 - "$f" <<'PY'
import json, sys
f = sys.argv[1]
planted = json.load(open(f + ".planted.json"))["planted"]
a = json.load(open("bench-data/.scan2.json"))["findings"]
b = json.load(open("bench-data/.scan1.json"))["findings"]
strip = lambda fs: sorted(json.dumps({k: v for k, v in x.items()}, sort_keys=True) for x in fs)
same = strip(a) == strip(b)
found = sum(1 for p in planted if any(x["rule"] == p["rule"] and x["object"]["name"] == p["table"] and x["column"] == p["column"] and x["row"] == p["row"] for x in a))
print(f"{found}/{len(planted)} planted found; identical to --threads 1: {'yes' if same else 'NO'}")
PY
}

{
  echo "# Benchmarks"
  echo
  echo "Measured by \`bash scripts/bench.sh\` on $(date -u +%Y-%m-%d): $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p' | head -1)), $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(uname -sr), rustc $(rustc --version | cut -d' ' -f2), $(openssl version | cut -d' ' -f1-2), $(rg --version | head -1)."
  echo "Dumps are made by \`gen-corpus\` (\`src/dev/gen.rs\`: users with names/emails/phones/bcrypt hashes, orders, payments with card numbers, jsonb events, long log text with planted secrets, bytea documents); each file is read once into the page cache, then the commands run alternately, $ROUNDS rounds, median wall time. Ratios are against \`openssl dgst -sha256\` of the same file in the same run (the floor: reading and hashing it). The timed binary is the one \`cargo install\` builds (no features); peak heap is pgscreen's own count (\`PGSCREEN_STATS=1\`) from one more run of the same code built with its counting allocator (\`--features alloc-stats\`); max RSS (from \`/usr/bin/time\`) counts the memory-mapped file's pages while they are resident."
  echo
  echo "| dump | command | wall s | GB/s | x openssl | max RSS MiB | peak heap MiB |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: |"
} > "$OUT.tmp"

for s in $SIZES; do
  f=$(gen "$s")
  bytes=$(stat -c %s "$f")
  run_set "$f"
  for c in openssl inspect scan scannf scan1 verify rg; do
    label=$c; [ "$c" = scan1 ] && label="scan --threads 1"; [ "$c" = scannf ] && label="scan --no-families"; [ "$c" = rg ] && label="rg -c -i -F (keywords)"
    echo "| $s | $label | ${wall[$c]} | $(gbps "$bytes" "${wall[$c]}") | $(ratio "${wall[$c]}" "${wall[openssl]}") | $(python3 -c "print(f'{${rss[$c]}/1024:.0f}')") | $(mib "${heap[$c]}") |" >> "$OUT.tmp"
  done
  echo "$s: $(check_findings "$f")" >> bench-data/.checks
  if [ "$s" = 1GiB ]; then
    r=$(ratio "${wall[scan]}" "${wall[openssl]}")
    echo "1GiB: default scan ${r}x openssl dgst -sha256 (issue 4 asks at most 1.5x): $(python3 -c "print('met' if $r <= 1.5 else 'NOT met')")" >> bench-data/.checks
  fi
done

f=$(gen 1GiB --inserts)
bytes=$(stat -c %s "$f")
run_set "$f"
for c in openssl inspect scan scannf verify; do
  label=$c; [ "$c" = scannf ] && label="scan --no-families"
  echo "| 1GiB --inserts | $label | ${wall[$c]} | $(gbps "$bytes" "${wall[$c]}") | $(ratio "${wall[$c]}" "${wall[openssl]}") | $(python3 -c "print(f'{${rss[$c]}/1024:.0f}')") | $(mib "${heap[$c]}") |" >> "$OUT.tmp"
done
echo "1GiB --inserts: $(check_findings "$f")" >> bench-data/.checks

cat >> "$OUT.tmp" <<'TXT'

## Reading the numbers

- **inspect** splits the dump, parses every DDL statement with pg_query, counts every COPY row
  and checks every row's field count and UTF-8, while a second thread hashes the file: it runs at
  the speed of `openssl dgst -sha256` on the same file. Its heap stays at ~0.1 MiB whatever the
  size.
- **max RSS** stays flat with the dump's size for inspect and scan: the file is mapped, and its
  pages are given back to the kernel (`madvise(DONTNEED)`; they stay in the page cache) once the
  pass, the workers and the hash are all past them. The splitter hands a COPY block on in
  pieces of about 4 MiB (one scan chunk each), the hash thread reads at most 32 MiB ahead of
  the others and the pass at most 32 MiB ahead of the hash (`src/read/pages.rs`). `scan --threads 1` hashes after the pass,
  so its RSS is the file; verify keeps the whole text resident.
- **scan** spends its CPU, per GiB of these dumps, on one thread (`--threads 1`, `perf
  record` on the AMD EPYC with AVX-512 of the 2026-11-25 run): about a third hashing (sha256,
  ~0.5 s; ~0.7 s and a fifth on the Zen 3 machine of earlier runs), a fifteenth in the keyword
  prefilter, a twelfth walking the fields of the rows, a sixteenth for the pass (split, the COPY
  end search that also counts rows), and the rest on values: decoding and matching the values a keyword falls in
  (1 M bcrypt hashes, 1.7 M URLs) and the PII validators (names, emails, phones and dates of
  1 M users, card columns, the free-text look at every log and jsonb value). Two cores do it in
  a bit more than half of that. A worker takes its chunk in runs of ~128 KiB of lines (keyword
  search, then field walk, while the run is in L2); the walk hands on only the fields of columns
  worth a look and fields a keyword starts in, and marks those without a backslash as needing
  no decoding; a keyword-led pattern made of byte-class runs (bcrypt) is matched run by run,
  not by a DFA. The ratio to `openssl dgst -sha256` is in the table, and what issue 4 asks of
  it (at most 1.5x at 1 GiB) is checked below the table; run-to-run noise on this virtual
  machine is 10-25%, and the 4 GiB run is usually a little slower per GB. The generated
  dumps are dense in findings on purpose (every user row holds PII and a password hash); on
  dumps of ordinary data the per-value share is smaller.
- **On the Intel Xeon of the 2026-12-03 runs** (AVX-512 VBMI, SHA-NI, 2 cores) scan was
  1.8-2.0x `openssl dgst -sha256` until the evening of 2026-12-03, and has been 1.50-1.56x at
  1 GiB and 1.59-1.62x at 4 GiB in the full runs of this code since (in one, openssl took
  0.80 s a GiB and scan 1.20 s; in another 0.71 and 1.11; verify at 4 GiB moved between 2.55x
  and 3.35x the same way): at the bar, with no margin. What changed is where the CPU waited for memory, found with
  `perf annotate`: the hardware prefetcher follows a sequential read within a 4 KiB page but
  does not start on the next page, so each reader that touches the mapped file's pages first
  waited at every page's first lines. The sha256 of the file (sha2's SHA-NI code) ran at 1.2
  GB/s on mapped pages and 1.9 GB/s on the same bytes in cache; asking for each next page's
  first lines while hashing this one (`util::digest::update`) gives 1.9 GB/s, openssl's own
  speed (0.55 s of CPU a GiB, from 0.80). The keyword search had 37% of its samples on its
  first load; one prefetch a step 8 KiB ahead (`util::cpu::prefetch_ahead`, also in the COPY-end
  search and the field walk) brings it to its in-cache speed (0.37 s a GiB, from 0.51). Then
  per-value work the profile of a users-only dump showed: a password column's name was
  lowercased for every value (an allocation each), and every value found in a person-data
  column was split to see whether it is a generated label. Per GiB, scan is now ~2.2 s of CPU
  on 2 cores: the hash 0.55 s (on its own thread), the keyword search and its confirmation
  ~0.36 s, the field walk ~0.21 s, the COPY-end search ~0.09 s, system time ~0.12 s (page
  faults of the map and giving its pages back), and the rest per value (bcrypt matching, the
  person-data validators, the per-column counts). Two cores cannot finish 2.2 s of CPU in less
  than 1.1 s, about 1.45x openssl's 0.77 s; `perf stat` counts 1.87-1.95 CPUs busy. Tried and
  not kept: two bucket groups for the AVX-512 search instead of four (slower: more false
  candidates), not giving the map's pages back (the same CPU: the kernel unmaps them at exit
  instead), a keyword `https://` folded into `://` (no change). The ratio moves by 0.05-0.1
  with the machine's load from run to run.
- **scan --threads 1** is the whole scan on one thread (hashing included); the default runs the
  pass and the hash on threads of their own beside one worker per core.
- **scan --no-families** leaves out the keywords of the ~230 token families of
  `src/rules/families.jsonl`; the difference to **scan** is what those families cost. With
  AVX-512 one search covers both keyword sets (32 buckets clustered by exact byte sets); with
  AVX2 alone the families are a second 16-bucket search over the same bytes, so that their
  keywords do not crowd the built-in rules' buckets. Searching a family keyword as a shorter one
  it holds (`bolt://` as `://`) doubled the scan's CPU, as the families' patterns then run on
  every URL and `password`. See "Secrets" below for what they find.
- The keyword prefilter is our own SIMD search (`src/detect/prefilter.rs`): a case-insensitive
  "fat Teddy" over each keyword's rarest three-byte window (a window hex, a number or a time
  could make counts as common), buckets chosen by clustering, and a 64 Kbit fingerprint bitmap
  before the exact check. With AVX2, each 16-start step tests nibble tables in two tiers of 16
  buckets and lists its survivors without a branch; a block's list is then tested against the
  bitmap in one loop. With AVX-512 VBMI a step tests 64 starts against exact 128-entry byte
  tables (`vpermi2b`) of 32 buckets clustered for them: 1.7% of this dump's starts pass (18 M
  per GiB, 4.8 M of them true keyword hits), against 7% when the AVX-512 loop searched the two
  tiers with the AVX2 loop's buckets (until 2026-12-02). `cargo bench --bench pipeline --
  prefilter` measures the search alone, against ~0.5 GB/s for the aho-corasick DFA it replaced
  (still used without AVX2, and as the test oracle). `rg -c -i -F` with the same literal set is
  shown as the cost of a pure literal search.
- Cost per GB does not grow with the dump (read the x openssl column down the sizes), and heap
  is flat (~3 MiB: automaton, per-chunk buffers, the rules a value has needed): COPY blocks are
  cut into 4 MiB line-aligned chunks and INSERT rows into 1 MiB batches, scanned on the rayon
  pool while the pass continues; findings fold as they arrive. Built-in rules compile their
  regex the first time a value needs one, so a scan starts in ~10 ms; the smallest dumps still
  pay the pipeline's fill and drain.
- **verify** makes two passes (the first builds the final catalog, so keys pg_dump adds after
  the data are known) and checks every value of every row against its column type, in parallel
  4 MiB pieces merged in order; it keeps a 16-byte sha256 digest per key value (primary keys,
  unique keys, both sides of foreign keys). Its peak heap is those digests: in these dumps every
  table has a primary key and two foreign keys are checked, about 110 bytes per row (~105 MiB per
  million rows); it grows with the row count, unlike scan's.
- `--inserts` dumps: pg_dump's INSERT statements are read once, by the row reader, which also
  finds where each statement ends (the splitter only takes what that reader hands back: a
  comment, backslash or dollar quote inside a value); the table a run of INSERTs fills is
  matched by the bytes of the statement head, and a statement that begins with the head before
  is not read word by word again; each row goes on with its text, so one keyword search covers
  a row (as one covers a COPY chunk); rows go to the workers in 1 MiB batches, and the pass
  waits when more than two batches per worker are queued, so heap stays bounded (~17-25 MiB)
  however far the pass could run ahead.
- **On the AMD EPYC (Zen 4: AVX-512, SHA-NI, 2 cores) of the 2026-12-04 run** scan took 1.91x
  `openssl dgst -sha256` at 1 GiB and 1.76x at 4 GiB in the table above; runs alternated by hand
  the same day gave 1.4-1.9x (openssl 0.77-1.39 s, scan 1.24-1.75 s, scan's user CPU 2.3-3.3 s a
  GiB: this virtual machine's speed moved by a third within minutes, and the build of the day
  before, alternated with this one, was as fast). Scan keeps both cores busy (user time 1.8-1.9x
  wall), so its wall time is its CPU over two. `perf record` of the default scan: sha2's SHA-NI
  code 25.6% of the cycles (0.6 s a GiB, openssl's own), dispatching the fields worth a look
  14%, the field walk 11%, the keyword search 10.6% and its confirmation 5%, the PII shape test
  3.8%, memchr 3.2%, the rule matcher 3.2%, PII validators 3.1%, the COPY-end search 2%: no step
  above a seventh, and none with a hot spot. A build with fat LTO and one codegen unit was no
  faster in runs alternated with this one. Issue 4's 1.5x is not met on this machine: 1.5x of
  openssl's 0.8 s is 1.2 s, 2.4 s of CPU on two cores with none idle, and scan takes 2.3-3.3 s.
- Compressed dumps and archives are expanded on a thread of their own and walked in 16 MiB
  windows (see "Compressed input" below, from `scripts/bench-stream.sh`).

To reproduce: `bash scripts/bench.sh` (about 13 minutes with the default 3 rounds; needs ~8 GB in `bench-data/`).
TXT
{
  echo
  echo "Checks in the same run (planted secrets found; parallel findings identical to \`--threads 1\`; the 1 GiB scan against issue 4's 1.5x):"
  echo
  sed 's/^/- /' bench-data/.checks
} >> "$OUT.tmp"
rm -f bench-data/.checks
# The sections other scripts write (formats, streaming, verify at scale, sanitize) stay; the
# two below replace theirs in place.
if grep -q '<!-- formats:begin -->' "$OUT" 2>/dev/null; then
  { echo; sed -n '/<!-- formats:begin -->/,$p' "$OUT"; } >> "$OUT.tmp"
fi
mv "$OUT.tmp" "$OUT"
OUT="$OUT" bash scripts/bench-formats.sh > /dev/null
OUT="$OUT" bash scripts/bench-stream.sh > /dev/null
cat "$OUT"
