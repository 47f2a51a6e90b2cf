//! `pgscreen verify`: what a server of the target version would reject, predicted without one.

use super::{input_info, json_text, parse_size, Out, OutFormat};
use crate::detect::engine::Engine;
use crate::error::Error;
use crate::read::input::Input;
use crate::report::{self, ScanReport};
use crate::rules::Severity;
use std::path::{Path, PathBuf};

/// Arguments of `pgscreen verify`.
#[derive(clap::Args, Debug)]
pub struct VerifyArgs {
    /// Dump (any format), or - for standard input.
    pub dump: PathBuf,
    /// Report format.
    #[arg(long, value_enum, default_value_t = OutFormat::Text)]
    pub format: OutFormat,
    /// Major version of the server it will be restored into (e.g. 15): settings an older
    /// server does not know are reported.
    #[arg(long, value_name = "MAJOR")]
    pub target_version: Option<u32>,
    /// The target cluster's bootstrap superuser (initdb -U): it exists already, so a
    /// CREATE ROLE of it fails.
    #[arg(long, value_name = "ROLE", default_value = "postgres")]
    pub superuser: String,
    /// Memory for key digests (duplicate keys, foreign-key orphans) before they go to a
    /// temporary file, e.g. 256MiB. Other memory does not grow with the dump.
    #[arg(long, value_name = "SIZE", default_value = "1GiB", value_parser = parse_size)]
    pub memory: u64,
    /// Directory for that temporary file, and for the expanded text of a compressed plain
    /// dump, kept between the passes (default: $TMPDIR, else /tmp). The files have no name
    /// there and go when pgscreen ends, however it ends.
    #[arg(long, value_name = "DIR")]
    pub temp_dir: Option<PathBuf>,
    /// No progress bar.
    #[arg(long, short)]
    pub quiet: bool,
}

pub(super) fn run(a: VerifyArgs, o: &Out) -> Result<i32, Error> {
    let opts = crate::verify::Options {
        target: a.target_version,
        superuser: Some(a.superuser).filter(|s| !s.is_empty()),
        memory: a.memory,
        temp_dir: a.temp_dir.unwrap_or_else(std::env::temp_dir),
        quiet: a.quiet,
    };
    verify(&a.dump, a.format, &opts, o)
}

fn verify(path: &Path, format: OutFormat, opts: &crate::verify::Options, o: &Out) -> Result<i32, Error> {
    // Read twice (three times to quote a duplicate from an archive): a file is mapped, a pipe
    // spooled to an unnamed temporary file and mapped, an archive expanded as a stream each time.
    let input = Input::open_with(path, false, o.limits)?;
    if !opts.temp_dir.is_dir() {
        return Err(Error::Refused {
            path: opts.temp_dir.clone(),
            what: "is not a directory (--temp-dir, or TMPDIR)".into(),
        });
    }
    // Found out now, not after the first pass: a directory that cannot hold the spill file.
    if let Err(e) = crate::util::tempfile::anonymous(&opts.temp_dir) {
        return Err(Error::Refused {
            path: opts.temp_dir.clone(),
            what: format!("cannot hold verify's temporary file (--temp-dir, or TMPDIR): {e}"),
        });
    }
    let engine = Engine::new(&[], false).map_err(|e| Error::Usage(format!("rules: {e}")))?;
    // Values shown in findings are redacted where a detector would flag them.
    let redact =
        |col: &str, v: &[u8]| crate::detect::pii::context_of(col).is_some() || crate::detect::flags_value(&engine, v);
    let verified = crate::verify::verify_input(&input, &redact, opts)?;
    if std::env::var_os("PGSCREEN_STATS").is_some() {
        eprintln!(
            "pgscreen: stats: verify key rows {}, temporary file {} bytes",
            verified.key_rows, verified.spilled
        );
    }
    let (passed, mut findings) = (verified.passed, verified.findings);
    // The last net: whatever a message quotes (a statement the parser rejects, a key's
    // values) shows no secret or person-data value whole.
    crate::detect::scrub_messages(&engine, &mut findings);
    crate::scan::name_toc_entries(passed.about.as_ref(), &mut findings);
    let info = input_info(path, &input, &passed);
    // Medium: the restore runs without an error but is incomplete (a truncated dump).
    let mut report = ScanReport::new(info, findings, Some(Severity::Medium), 0);
    report.says_threshold = false;
    match format {
        OutFormat::Json => o.write(json_text(&report).as_bytes())?,
        OutFormat::Sarif => o.write(json_text(&report::sarif(std::slice::from_ref(&report), &[])).as_bytes())?,
        OutFormat::Text => {
            let mut t = report.to_text();
            match opts.target {
                Some(n) => t.push_str(&format!("target: PostgreSQL {n}\n")),
                None => {
                    let (n, why) = crate::verify::default_target(&passed.walk.header);
                    t.push_str(&format!("target: PostgreSQL {n} ({why}; --target-version to choose)\n"));
                }
            }
            t.push_str(match crate::verify::verdict(&report.findings) {
                crate::verify::Verdict::Restores
                    if report.findings.iter().any(|f| f.rule == "extension-not-bundled") =>
                {
                    "verdict: predicted to restore cleanly into a server that has the extensions named above installed\n"
                }
                crate::verify::Verdict::Restores => "verdict: predicted to restore cleanly\n",
                crate::verify::Verdict::Incomplete => {
                    "verdict: restores without an error only as the medium findings say (a truncated dump loads what it has; a data-only dump needs its tables first)\n"
                }
                crate::verify::Verdict::Fails => {
                    "verdict: will not restore: the server will reject the first high finding\n"
                }
            });
            o.text(&t)?
        }
    }
    Ok(if report.failed() { 1 } else { 0 })
}
