//! `gen-corpus --size 1GiB --seed 1 -o big.sql [--inserts]`: writes a realistic generated dump and
//! `big.sql.planted.json`, the secrets planted in it (rule, table, column, row).

use std::io::BufWriter;

fn parse_size(s: &str) -> Option<u64> {
    let s = s.trim();
    let (num, mult) = [
        ("GiB", 1u64 << 30),
        ("MiB", 1 << 20),
        ("KiB", 1 << 10),
        ("G", 1 << 30),
        ("M", 1 << 20),
        ("K", 1 << 10),
    ]
    .iter()
    .find_map(|(suf, m)| s.strip_suffix(suf).map(|n| (n, *m)))
    .unwrap_or((s, 1));
    num.trim().parse::<f64>().ok().map(|n| (n * mult as f64) as u64)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut size = 64u64 << 20;
    let mut seed = 1u64;
    let mut out = None;
    let mut inserts = false;
    let mut i = 0;
    let usage = || -> ! {
        eprintln!("usage: gen-corpus --size 1GiB [--seed N] [--inserts] -o FILE");
        std::process::exit(2)
    };
    while i < args.len() {
        match args[i].as_str() {
            "--size" => size = args.get(i + 1).and_then(|s| parse_size(s)).unwrap_or_else(|| usage()),
            "--seed" => seed = args.get(i + 1).and_then(|s| s.parse().ok()).unwrap_or_else(|| usage()),
            "-o" | "--output" => out = args.get(i + 1).cloned(),
            "--inserts" => {
                inserts = true;
                i += 1;
                continue;
            }
            _ => usage(),
        }
        i += 2;
    }
    let Some(out) = out else { usage() };
    let file = std::fs::File::create(&out).unwrap_or_else(|e| {
        eprintln!("gen-corpus: {out}: {e}");
        std::process::exit(2)
    });
    let mut w = BufWriter::with_capacity(1 << 20, file);
    let planted =
        pgscreen::dev::gen::generate(&mut w, &pgscreen::dev::gen::Options { size, seed, inserts }).and_then(|p| {
            std::io::Write::flush(&mut w)?;
            Ok(p)
        });
    match planted {
        Ok(p) => {
            let manifest = serde_json::json!({ "size": size, "seed": seed, "inserts": inserts, "planted": p });
            if let Err(e) = std::fs::write(
                format!("{out}.planted.json"),
                serde_json::to_string_pretty(&manifest).unwrap(),
            ) {
                eprintln!("gen-corpus: {out}.planted.json: {e}");
                std::process::exit(2)
            }
        }
        Err(e) => {
            eprintln!("gen-corpus: {out}: {e}");
            std::process::exit(2)
        }
    }
}
