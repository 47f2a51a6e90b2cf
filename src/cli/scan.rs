//! `pgscreen scan`: secrets, credentials, live hosts, person data and restore-time risks in
//! one dump, several, or every dump under a folder (swept, then scanned a few files at a time).

use super::config::{self, Config};
use super::{error_line, input_info, json_text, warn, Level, Out, OutFormat};
use crate::detect::engine::Engine;
use crate::detect::hosts::HostPolicy;
use crate::detect::Options;
use crate::error::Error;
use crate::read::input::{self, Input};
use crate::report::{self, term, ScanReport};
use std::path::{Path, PathBuf};

/// Arguments of `pgscreen scan`.
#[derive(clap::Args, Debug)]
pub struct ScanArgs {
    /// Dumps: plain SQL (also gzip-, zstd- or lz4-compressed), custom, tar or directory
    /// archives, or - for standard input. A directory that is not a directory archive is swept:
    /// every dump under it (recognised by content; symbolic links not followed).
    #[arg(required = true)]
    pub dumps: Vec<PathBuf>,
    /// Report format.
    #[arg(long, value_enum, default_value_t = OutFormat::Text)]
    pub format: OutFormat,
    /// Exit 1 when a finding is at or above this severity.
    #[arg(long, value_enum, default_value_t = Level::High)]
    pub fail_on: Level,
    /// The exit status for findings at or above --fail-on (as gitleaks' --exit-code); errors
    /// are always 2.
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u8).range(1..=125))]
    pub exit_code: u8,
    /// Hosts that are fine to point at (glob like *.staging.example.net, or CIDR).
    #[arg(long = "allow-host", value_name = "PAT")]
    pub allow_host: Vec<String>,
    /// Hosts that must not appear (glob or CIDR): any mention is a live-host finding.
    #[arg(long = "deny-host", value_name = "PAT")]
    pub deny_host: Vec<String>,
    /// Search only with the built-in secret patterns, not also with the ~230 token families of
    /// src/rules/families.jsonl (about a fifth less CPU; a family's token is then found only
    /// where a name names it).
    #[arg(long)]
    pub no_families: bool,
    /// pgscreen.toml with custom rules, host lists, sanitized columns, ignored findings
    /// (default: $PGSCREEN_CONFIG, else ./pgscreen.toml if there is one).
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// An earlier JSON report: its findings are not reported again.
    #[arg(long)]
    pub baseline: Option<PathBuf>,
    /// Print secret values in full (default: redacted).
    #[arg(long)]
    pub show_secrets: bool,
    /// Scanning threads (default: all cores). With 1 the whole scan, hashing included, runs
    /// on one thread; with more, the pass and the hash have a thread each beside the workers.
    #[arg(long)]
    pub threads: Option<usize>,
    /// No warnings or progress on stderr.
    #[arg(long, short)]
    pub quiet: bool,
}

pub(super) fn run(a: ScanArgs, o: &Out) -> Result<i32, Error> {
    if let Some(n) = a.threads {
        let _ = rayon::ThreadPoolBuilder::new().num_threads(n.max(1)).build_global();
    }
    let config_path = config::discover(a.config.as_deref());
    let config = match &config_path {
        Some((p, how)) => {
            if o.verbose || (!a.quiet && !matches!(how, config::Found::Flag)) {
                eprintln!(
                    "pgscreen: using {} ({})",
                    term::esc(&p.display().to_string()),
                    how.describe()
                );
            }
            Config::load(p)?
        }
        None => Config::default(),
    };
    let engine = Engine::with_families(
        &config.rules,
        !(config.hosts.deny.is_empty() && a.deny_host.is_empty()),
        !a.no_families,
    )
    .map_err(|e| {
        Error::Usage(format!(
            "{}: {e}",
            config_path
                .as_ref()
                .map_or(Path::new("rules"), |(p, _)| p.as_path())
                .display()
        ))
    })?;
    let policy = HostPolicy::from_patterns(
        config.hosts.allow.iter().chain(&a.allow_host),
        config.hosts.deny.iter().chain(&a.deny_host),
    );
    let opts = Options {
        policy,
        show_secrets: a.show_secrets,
        sanitized_columns: config.sanitized_columns.clone(),
    };
    let mut ignore: std::collections::HashSet<String> = config.ignore.iter().cloned().collect();
    if let Some(b) = &a.baseline {
        ignore.extend(config::baseline_ids(b)?);
    }
    let mut reports = Vec::new();
    let mut errors: Vec<(String, String)> = Vec::new();
    // A directory that is not a directory archive is a folder of backups: every dump in it.
    let mut inputs: Vec<PathBuf> = Vec::new();
    let mut swept = false;
    for path in &a.dumps {
        if path.is_dir() && !crate::read::sweep::is_directory_archive(path) {
            swept = true;
            let found = crate::read::sweep::sweep(path);
            let nothing = found.dumps.is_empty() && found.errors.is_empty();
            for (p, e) in found.errors {
                let e = Error::Io {
                    path: p.clone(),
                    source: e,
                };
                error_line(&e);
                errors.push((p.display().to_string(), e.to_string()));
            }
            if nothing {
                // Pointed at a folder expecting backups and found none: say so (a half-copied
                // directory archive without its toc.dat lands here too).
                let e = Error::NoDumpsUnder { path: path.clone() };
                error_line(&e);
                errors.push((path.display().to_string(), e.to_string()));
            }
            if o.verbose {
                eprintln!(
                    "pgscreen: swept {}: {} dumps",
                    term::esc(&path.display().to_string()),
                    found.dumps.len()
                );
            }
            inputs.extend(found.dumps);
        } else {
            inputs.push(path.clone());
        }
    }
    // Several files: a few at a time, each pass beside the others (a folder of small dumps is
    // mostly per-file work no single pass can spread); no progress bars then, they would fight.
    let at_once = if inputs.len() > 1 {
        rayon::current_num_threads()
    } else {
        1
    };
    let bars = at_once == 1;
    if o.verbose && inputs.len() > 1 {
        eprintln!(
            "pgscreen: scanning {} inputs, {} at a time",
            inputs.len(),
            at_once.min(inputs.len())
        );
    }
    let results = crate::scan::each_input(&inputs, at_once, |path| {
        let started = std::time::Instant::now();
        let r = scan_one(path, &engine, &opts, &ignore, &a, o.limits, !bars);
        (r, started.elapsed())
    });
    for (path, (r, took)) in inputs.iter().zip(results) {
        match r {
            Ok(r) => {
                if !a.quiet && a.format == OutFormat::Text {
                    for w in &r.warnings {
                        warn(path, w.line, &w.message);
                    }
                }
                if o.verbose {
                    eprintln!(
                        "pgscreen: {}: {} bytes in {:.2} s, {} findings",
                        term::esc(&path.display().to_string()),
                        r.input.bytes,
                        took.as_secs_f64(),
                        r.findings.len()
                    );
                }
                reports.push(r)
            }
            Err(e) => {
                error_line(&e);
                errors.push((path.display().to_string(), e.to_string()));
            }
        }
    }
    // An input that could not be read is an error whatever the findings; findings at or above
    // the threshold exit with --exit-code (1 unless told).
    let status = if !errors.is_empty() {
        2
    } else if reports.iter().any(|r| r.failed()) {
        a.exit_code as i32
    } else {
        0
    };
    match a.format {
        OutFormat::Json if reports.len() == 1 && a.dumps.len() == 1 && !swept => {
            o.write(json_text(&reports[0]).as_bytes())?
        }
        OutFormat::Json => {
            // Several inputs: one document, the inputs that failed in it too.
            let doc = serde_json::json!({
                "tool": crate::report::inventory::Tool::new(Some(crate::rules::rules_sha256())),
                "reports": reports,
                "errors": errors.iter().map(|(p, e)| serde_json::json!({ "path": p, "error": e })).collect::<Vec<_>>(),
            });
            o.write(json_text(&doc).as_bytes())?
        }
        OutFormat::Sarif => o.write(json_text(&report::sarif(&reports, &errors)).as_bytes())?,
        OutFormat::Text if reports.is_empty() => {}
        OutFormat::Text => {
            let text = reports.iter().map(|r| r.to_text()).collect::<Vec<_>>().join("\n");
            o.text(&text)?
        }
    }
    Ok(status)
}

fn scan_one(
    path: &Path,
    engine: &Engine,
    opts: &Options,
    ignore: &std::collections::HashSet<String>,
    a: &ScanArgs,
    limits: input::Limits,
    no_bar: bool,
) -> Result<ScanReport, Error> {
    let input = Input::open_with(path, true, limits)?;
    let (passed, all) = crate::scan::run(&input, engine, opts, a.quiet || no_bar)?;
    let info = input_info(path, &input, &passed);
    let before = all.len();
    let findings: Vec<_> = all.into_iter().filter(|f| !ignore.contains(&f.id)).collect();
    let suppressed = before - findings.len();
    let mut report = ScanReport::new(info, findings, a.fail_on.severity(), suppressed);
    report.warnings = passed.walk.diagnostics;
    Ok(report)
}
