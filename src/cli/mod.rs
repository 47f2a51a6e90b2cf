//! The command line: parses arguments, builds options, calls the library (`scan`, `verify`,
//! `contract`) and prints. No analysis here.

mod check;
pub(crate) mod config;
mod contract;
mod inspect;
mod rules;
mod sanitize;
mod scan;
mod verify;

pub use check::CheckArgs;
pub use sanitize::SanitizeArgs;
pub use scan::ScanArgs;
pub use verify::VerifyArgs;

use crate::error::Error;
use crate::read::input::{self, Input};
use crate::report::inventory::InputInfo;
use crate::report::term;
use crate::rules::Severity;
use clap::{Parser, Subcommand, ValueEnum};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

/// The parsed command line: a subcommand and the options every subcommand takes.
#[derive(Parser, Debug)]
#[command(
    name = "pgscreen",
    version,
    long_version = long_version(),
    about = "Screen a PostgreSQL dump before you restore it: inventory, secrets, PII and restore-time risks, with no database."
)]
pub struct Cli {
    /// The subcommand to run.
    #[command(subcommand)]
    pub command: Command,
    /// Colour in text output: auto (on a terminal, unless NO_COLOR is set; CLICOLOR_FORCE
    /// forces it), always or never.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Refuse compressed or archive input that expands to more than SIZE of SQL (e.g. 100GiB;
    /// default 1TiB).
    #[arg(long, global = true, value_name = "SIZE", value_parser = parse_size)]
    pub max_expanded: Option<u64>,
    /// Refuse compressed or archive input that expands to more than N times its own size
    /// (checked past 64 MiB of text; default 200: pg_dump output compresses 3-20x).
    #[arg(long, global = true, value_name = "N")]
    pub max_ratio: Option<u64>,
    /// Write the report to FILE instead of standard output (written whole, then renamed into
    /// place; no colour unless --color always).
    #[arg(long, short = 'o', global = true, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Say on stderr what is being done: the config file used and how it was found, the dumps a
    /// folder sweep found, and each input's size, time and findings.
    #[arg(long, short = 'v', global = true)]
    pub verbose: bool,
}

/// `--version`: the version, the git commit built from and the rule set's sha256 (what an
/// attestation records).
fn long_version() -> &'static str {
    let v = format!(
        "{} (commit {}, rules sha256 {})",
        env!("CARGO_PKG_VERSION"),
        crate::contract::attest::git_commit(),
        crate::rules::rules_sha256()
    );
    Box::leak(v.into_boxed_str())
}

/// `1073741824`, `512MiB`, `10GiB`, `1TiB` (also `MB`/`GB`/`TB` as powers of 1000, `K`/`M`/`G`).
fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (n, unit) = t.split_at(split);
    let n: u64 = n
        .parse()
        .map_err(|_| format!("{s:?} is not a size (e.g. 512MiB, 10GiB)"))?;
    let mult: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kib" => 1 << 10,
        "m" | "mib" => 1 << 20,
        "g" | "gib" => 1 << 30,
        "t" | "tib" => 1 << 40,
        "kb" => 1_000,
        "mb" => 1_000_000,
        "gb" => 1_000_000_000,
        "tb" => 1_000_000_000_000,
        u => return Err(format!("unknown size unit {u:?} (use KiB, MiB, GiB or TiB)")),
    };
    n.checked_mul(mult).ok_or_else(|| format!("{s:?} is too large"))
}

/// `--color`: when text output is coloured.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour on a terminal, unless NO_COLOR is set (CLICOLOR_FORCE forces it).
    Auto,
    /// Colour even into a file or a pipe.
    Always,
    /// No colour.
    Never,
}

impl ColorChoice {
    /// Whether text on standard output is coloured.
    fn on(self) -> bool {
        let set = |v: &str| std::env::var_os(v).is_some_and(|x| !x.is_empty() && x != "0");
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto if std::env::var_os("NO_COLOR").is_some_and(|x| !x.is_empty()) => false,
            ColorChoice::Auto => set("CLICOLOR_FORCE") || std::io::stdout().is_terminal(),
        }
    }
}

/// The subcommands; each one's doc comment is its line in `pgscreen --help`.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// What is in the dump: header, objects, tables with columns, keys and exact row counts.
    Inspect {
        /// Dump: plain SQL (also compressed), custom, tar or directory archive, or - for
        /// standard input.
        dump: PathBuf,
        /// Report format.
        #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
        format: TextOrJson,
    },
    /// Must it not be restored as it is? Secrets, credentials, connection strings, live hosts,
    /// personal data and restore-time risks, with table/column/row context.
    Scan(ScanArgs),
    /// Is it the dump we were promised? Hold it to a schema contract (tables, columns, types,
    /// primary keys, minimum rows, forbidden findings) and optionally write a provenance
    /// attestation.
    Check(CheckArgs),
    /// Will it restore cleanly? Predicts, without a database, what the server would reject:
    /// statements that do not parse, rows of the wrong width, values invalid for their column
    /// type, NULLs in NOT NULL columns, duplicate keys, orphaned foreign keys, bad encoding.
    Verify(verify::VerifyArgs),
    /// Write the sanitized copy: person data faked (keyed, format-preserving), secrets and
    /// connection strings scrubbed, credentials dropped, restore-time risks removed, as the
    /// findings of a scan decide (or a policy file); then scan the copy to show what is left.
    /// The copy goes to -o/--output (required; .gz or .zst names are compressed).
    Sanitize(SanitizeArgs),
    /// Write the contract a reference dump implies (tables, columns, types, NOT NULL, primary
    /// keys, min_rows where it has data, the default forbid list), as JSON to edit and pass to
    /// check --contract.
    Contract {
        /// The reference dump (any format), e.g. production's pg_dump --schema-only.
        dump: PathBuf,
    },
    /// Shell completions on standard output (e.g. pgscreen completions bash >
    /// /etc/bash_completion.d/pgscreen).
    Completions {
        /// The shell to write completions for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// The manual page (roff) on standard output: pgscreen man > pgscreen.1
    Man,
    /// The rule set: ids, categories, severities, keywords and patterns.
    Rules {
        /// Output format (JSON also gives each pattern rule's keywords, pattern and examples).
        #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
        format: TextOrJson,
    },
}

/// `scan --fail-on`: the lowest severity that fails the scan, or none.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum Level {
    /// Fail on critical findings only.
    Critical,
    /// Fail on high or critical findings.
    High,
    /// Fail on medium findings or worse.
    Medium,
    /// Fail on low findings or worse.
    Low,
    /// Fail on any finding.
    Info,
    /// Never fail on findings (errors still exit 2).
    None,
}

impl Level {
    fn severity(self) -> Option<Severity> {
        match self {
            Level::Critical => Some(Severity::Critical),
            Level::High => Some(Severity::High),
            Level::Medium => Some(Severity::Medium),
            Level::Low => Some(Severity::Low),
            Level::Info => Some(Severity::Info),
            Level::None => None,
        }
    }
}

/// Output of the commands that report findings (`scan`, `verify`).
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum OutFormat {
    /// Coloured concise text for people.
    Text,
    /// One JSON document.
    Json,
    /// SARIF 2.1.0 (one run for all inputs).
    Sarif,
}

/// Output of the commands whose results are not findings (`inspect`, `check`, `rules`): SARIF
/// has no place for them, so clap refuses it.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum TextOrJson {
    /// Text for people.
    Text,
    /// One JSON document.
    Json,
}

/// Runs the CLI; returns the process exit status.
pub fn run() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    match dispatch(cli) {
        Ok(code) => code,
        Err(e) => {
            error_line(&e);
            2
        }
    }
}

/// One line on stderr for an error. Its text may quote the dump (or a file name): escaped, so
/// it stays one line and cannot drive the terminal.
fn error_line(e: &dyn std::fmt::Display) {
    eprintln!("pgscreen: {}", term::esc(&e.to_string()));
}

/// A warning about `path` at `line`, escaped like every other text from the dump.
fn warn(path: &Path, line: u64, message: &str) {
    eprintln!(
        "pgscreen: {}: line {line}: warning: {}",
        term::esc(&path.display().to_string()),
        term::esc(message)
    );
}

fn dispatch(cli: Cli) -> Result<i32, Error> {
    // A report written to a file is coloured only when asked for.
    let color = match (&cli.output, cli.color) {
        (Some(_), ColorChoice::Auto) => false,
        (_, c) => c.on(),
    };
    let mut limits = input::Limits::default();
    if let Some(m) = cli.max_expanded {
        limits.max_expanded = m;
    }
    if let Some(r) = cli.max_ratio {
        limits.max_ratio = r;
    }
    let out = Out {
        color,
        limits,
        output: cli.output,
        verbose: cli.verbose,
    };
    match cli.command {
        Command::Inspect { dump, format } => inspect::run(&dump, format, &out),
        Command::Scan(a) => scan::run(a, &out),
        Command::Check(a) => check::run(a, &out),
        Command::Verify(a) => verify::run(a, &out),
        Command::Sanitize(a) => sanitize::run(a, &out),
        Command::Completions { shell } => {
            let mut buf = Vec::new();
            clap_complete::generate(
                shell,
                &mut <Cli as clap::CommandFactory>::command(),
                "pgscreen",
                &mut buf,
            );
            out.write(&buf)?;
            Ok(0)
        }
        Command::Man => {
            let mut buf = Vec::new();
            clap_mangen::Man::new(<Cli as clap::CommandFactory>::command())
                .render(&mut buf)
                .map_err(|source| Error::Io {
                    path: PathBuf::from("<man page>"),
                    source,
                })?;
            out.write(&buf)?;
            Ok(0)
        }
        Command::Contract { dump } => contract::run(&dump, &out),
        Command::Rules { format } => rules::run(format, &out),
    }
}

/// What every command takes from the global options: colour, expansion limits, and where its
/// report goes.
struct Out {
    color: bool,
    limits: input::Limits,
    /// `--output`: a file instead of standard output.
    output: Option<PathBuf>,
    /// `--verbose`: what is being done, on stderr.
    verbose: bool,
}

fn input_info(path: &Path, input: &Input, p: &crate::scan::Passed) -> InputInfo {
    let walk = &p.walk;
    InputInfo {
        path: path.display().to_string(),
        bytes: p.size,
        sha256: p.sha256.clone(),
        format: input.format.name(),
        compression: p.about.as_ref().map(|e| e.compression.name()),
        archive_version: p.about.as_ref().and_then(|e| e.archive_version.clone()),
        pg_dump_version: walk.header.pg_dump_version.clone(),
        server_version: walk.header.server_version.clone(),
    }
}

impl Out {
    /// Text for people, through the last safety step ([`term::render`]).
    fn text(&self, text: &str) -> Result<(), Error> {
        self.write(term::render(text, self.color).as_bytes())
    }

    /// The report, to `--output` (whole or not at all: a temporary name beside it, renamed
    /// into place) or to standard output.
    fn write(&self, s: &[u8]) -> Result<(), Error> {
        if let Some(path) = &self.output {
            use crate::util::outfile::{destination, temporary_name, Dest};
            let io = |source| Error::Io {
                path: path.clone(),
                source,
            };
            let real = match destination(path).map_err(io)? {
                Dest::Replace(real) => real,
                // A device or a pipe (`-o /dev/null`): written as it is.
                Dest::Stream => return std::fs::write(path, s).map_err(io),
            };
            let tmp = temporary_name(&real);
            let _interrupted = crate::util::interrupt::register(&tmp);
            std::fs::write(&tmp, s).map_err(io)?;
            return std::fs::rename(&tmp, &real).map_err(|e| {
                let _ = std::fs::remove_file(&tmp);
                io(e)
            });
        }
        let mut out = std::io::stdout().lock();
        match out.write_all(s).and_then(|_| out.flush()) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            Err(e) => Err(Error::Io {
                path: PathBuf::from("<stdout>"),
                source: e,
            }),
        }
    }
}

fn json_text<T: serde::Serialize>(v: &T) -> String {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_default();
    s.push('\n');
    s
}
