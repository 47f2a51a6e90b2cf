//! `pgscreen sanitize`: the sanitized copy, then a scan of it to show what is left.

use super::{input_info, json_text, Out, TextOrJson};
use crate::detect::engine::Engine;
use crate::error::Error;
use crate::read::input::Input;
use crate::report::term;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Arguments of `pgscreen sanitize`.
#[derive(clap::Args, Debug)]
pub struct SanitizeArgs {
    /// Dump: plain SQL (also compressed), custom, tar or directory archive (a file: it is read
    /// more than once).
    pub dump: PathBuf,
    /// Only write the policy the findings call for (TOML, to -o or standard output) for review;
    /// apply it, edited, with --policy.
    #[arg(long)]
    pub plan: bool,
    /// A policy (as --plan writes it): its column and statement entries override the findings'.
    #[arg(long, value_name = "FILE")]
    pub policy: Option<PathBuf>,
    /// Key for the fakes (at least 16 bytes): the same key gives the same output. Without it a
    /// random key is used, so fakes differ from run to run.
    #[arg(long, value_name = "FILE")]
    pub seed_key: Option<PathBuf>,
    /// Also write the report as JSON here.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// Write an attestation (JSON) binding the input's, the policy's and the output's sha256,
    /// the tool and rule set, the key's id (not the key) and the verdict.
    #[arg(long, value_name = "FILE")]
    pub attest: Option<PathBuf>,
    /// Write a pgscreen.toml whose sanitized_columns are the columns now synthetic, for
    /// `pgscreen scan OUT --config FILE` (a reviewer accepting this run's fakes).
    #[arg(long, value_name = "FILE")]
    pub scan_config: Option<PathBuf>,
    /// What the copy is: plain SQL (gzip- or zstd-compressed when OUT ends in .gz or .zst), or
    /// a custom archive for pg_restore, written from an archive's TOC (an archive input only).
    /// Default: custom when OUT ends in .dump, else plain.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub output_format: Option<CopyFormat>,
    /// Report format on standard output.
    #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
    pub format: TextOrJson,
    /// No warnings or progress on stderr.
    #[arg(long, short)]
    pub quiet: bool,
}

/// The formats `sanitize` writes.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum CopyFormat {
    /// Plain SQL, as pg_dump -Fp (or pg_restore -f) writes it.
    Plain,
    /// A custom-format archive (pg_dump -Fc), with the input archive's TOC.
    Custom,
}

pub(super) fn run(a: SanitizeArgs, o: &Out) -> Result<i32, Error> {
    use crate::sanitize::{self, policy::Policy};
    if a.dump == Path::new("-") {
        return Err(Error::Usage(
            "sanitize reads the dump more than once: give a file, not standard input".into(),
        ));
    }
    let engine = Engine::new(&[], false).map_err(|e| Error::Usage(format!("rules: {e}")))?;
    let over = match &a.policy {
        Some(p) => {
            let text = std::fs::read_to_string(p).map_err(|source| Error::Io {
                path: p.clone(),
                source,
            })?;
            Some(Policy::from_toml(&text).map_err(|e| crate::error::toml_error(p, &text, e))?)
        }
        None => None,
    };
    // Where the copy goes, refused before the first pass rather than after it; through a
    // symbolic link, the file it names is written, and scanned.
    let out_file = match (a.plan, o.output.as_deref()) {
        (true, _) => None,
        (false, None) => return Err(Error::Usage("sanitize writes its copy to -o/--output FILE".into())),
        (false, Some(out)) => {
            if same_file(out, &a.dump) {
                return Err(Error::Usage("the output must not be the input".into()));
            }
            Some(sanitize::output_file(out)?)
        }
    };
    // PGSCREEN_STATS: how long each pass took (a benchmark aid).
    let clock = std::time::Instant::now();
    let lap = |what: &str| {
        if std::env::var_os("PGSCREEN_STATS").is_some() {
            eprintln!(
                "pgscreen: stats: sanitize {what} done at {:.3} s",
                clock.elapsed().as_secs_f64()
            );
        }
    };
    let input = Input::open_with(&a.dump, false, o.limits)?;
    let custom = match a.output_format {
        Some(f) => f == CopyFormat::Custom,
        None => o
            .output
            .as_deref()
            .is_some_and(|p| p.to_string_lossy().to_ascii_lowercase().ends_with(".dump")),
    };
    if custom && !a.plan {
        sanitize::custom_output_allowed(&input)?;
    }
    let (passed, _, found) = sanitize::plan(&input, &engine, a.quiet)?;
    let policy = match &over {
        Some(p) => found.overridden_by(p),
        None => found,
    };
    if a.plan {
        o.write(policy.to_toml().as_bytes())?;
        return Ok(0);
    }
    let out_path = out_file.as_deref().expect("set above unless --plan");
    let key = sanitize::load_key(a.seed_key.as_deref())?;
    let faker = sanitize::fake::Faker::new(&key);
    lap("plan");
    let (format, restrict) = if custom {
        // pg_restore writes its own \restrict key around what it restores.
        (sanitize::custom_output(&input, &passed)?, None)
    } else {
        (
            sanitize::OutputFormat::Plain,
            sanitize::restrict_key(&input, &passed, &faker),
        )
    };
    let (changes, mut written) =
        sanitize::write(&input, &policy, &faker, &engine, out_path, restrict.as_deref(), format)?;
    lap("write");
    let left = sanitize::check(out_path, &mut written, &policy, &engine, o.limits)?;
    lap("check");
    let info = input_info(&a.dump, &input, &passed);
    let rep = crate::report::sanitize::SanitizeReport::new(info, written, &policy, changes, left);
    let json = json_text(&rep);
    if let Some(p) = &a.attest {
        let key_id = crate::util::digest::hex(&faker.mac("key-id", b"")[..8]);
        std::fs::write(p, json_text(&rep.attestation(key_id))).map_err(|source| Error::Io {
            path: p.clone(),
            source,
        })?;
    }
    if let Some(p) = &a.scan_config {
        let cfg = format!(
            "# Written by pgscreen sanitize for {} (sha256 {}): its synthetic columns.\nsanitized_columns = {}\n",
            rep.output.path.replace(['\n', '\r'], " "),
            rep.output.sha256,
            toml::Value::Array(rep.sanitized_columns.iter().cloned().map(toml::Value::String).collect())
        );
        std::fs::write(p, cfg).map_err(|source| Error::Io {
            path: p.clone(),
            source,
        })?;
    }
    if let Some(p) = &a.report {
        std::fs::write(p, &json).map_err(|source| Error::Io {
            path: p.clone(),
            source,
        })?;
    }
    let text = match a.format {
        TextOrJson::Json => json,
        TextOrJson::Text => term::render(&rep.to_text(), o.color),
    };
    // The report goes to standard output: -o holds the copy.
    let mut so = std::io::stdout().lock();
    let _ = so.write_all(text.as_bytes()).and_then(|_| so.flush());
    Ok(if rep.left.is_empty() { 0 } else { 1 })
}

/// Are the two paths one file (the same name, or a link or another spelling of it)?
fn same_file(a: &std::path::Path, b: &std::path::Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(x), Ok(y)) => x.dev() == y.dev() && x.ino() == y.ino(),
        _ => a == b,
    }
}
