//! Throughput of each stage on a generated 64 MiB dump: splitter, COPY decoder, keyword
//! prefilter + validators over table data, and the full scan. `cargo bench` prints bytes/s;
//! `scripts/bench.sh` measures whole runs against `openssl dgst -sha256` on GiB-size dumps.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use pgscreen::detect::engine::Engine;
use pgscreen::detect::{Detector, Options};
use pgscreen::sql::pass::{self, NoVisitor};
use pgscreen::sql::rows;
use pgscreen::sql::split::{Kind, Splitter};

fn dump_bytes() -> Vec<u8> {
    let mut v = Vec::with_capacity(70 << 20);
    pgscreen::dev::gen::generate(
        &mut v,
        &pgscreen::dev::gen::Options {
            size: 64 << 20,
            seed: 7,
            inserts: false,
        },
    )
    .unwrap();
    v
}

fn bench(c: &mut Criterion) {
    let data = dump_bytes();
    let copy: Vec<&[u8]> = Splitter::new(&data)
        .filter_map(|i| i.ok())
        .filter(|i| i.kind == Kind::CopyData)
        .map(|i| &data[i.span])
        .collect();
    let copy_bytes: usize = copy.iter().map(|b| b.len()).sum();
    let engine = Engine::new(&[], false).unwrap();
    let opts = Options::default();

    let mut g = c.benchmark_group("pipeline");
    g.sample_size(10);
    g.measurement_time(std::time::Duration::from_secs(8));
    g.throughput(Throughput::Bytes(data.len() as u64));
    g.bench_function("split", |b| {
        b.iter(|| Splitter::new(&data).filter(|i| i.is_ok()).count())
    });
    g.bench_function("walk (inspect pass)", |b| {
        b.iter(|| pass::walk(&data, &mut NoVisitor).unwrap().header.copy_blocks)
    });
    // The driver the binary runs: the pass, the parallel workers and the hash.
    let input = pgscreen::read::input::Input::from_bytes("bench.sql", data.clone(), Default::default()).unwrap();
    g.bench_function("full scan (scan::run, as the binary)", |b| {
        b.iter(|| pgscreen::scan::run(&input, &engine, &opts, true).unwrap().1.len())
    });
    g.bench_function("detectors on one thread (Detector::finish)", |b| {
        b.iter(|| {
            let mut det = Detector::new(&engine, &opts);
            pass::walk_with(&data, &mut det, false).unwrap();
            det.finish().len()
        })
    });
    g.throughput(Throughput::Bytes(copy_bytes as u64));
    g.bench_function("copy decode (every field)", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for block in &copy {
                for (_, off, line) in rows::copy_lines(block, 0) {
                    rows::for_each_copy_field(line, off, b'\t', 1, |_, f| n += f.value().map_or(0, |v| v.len()));
                }
            }
            n
        })
    });
    g.bench_function("keyword prefilter (SIMD search over COPY data)", |b| {
        b.iter(|| copy.iter().map(|blk| engine.keyword_hits(blk).len()).sum::<usize>())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
