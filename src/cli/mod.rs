//! The command line: parses arguments, builds options, calls the library (`scan`, `verify`,
//! `contract`) and prints. No analysis here.

pub mod config;

use crate::detect::engine::Engine;
use crate::detect::hosts::HostPolicy;
use crate::detect::Options;
use crate::error::Error;
use crate::read::input::{self, Input};
use crate::report::inventory::{InputInfo, Inventory};
use crate::report::{self, term, ScanReport};
use crate::rules::{Severity, RULES};
use clap::{Parser, Subcommand, ValueEnum};
use config::Config;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

#[derive(Parser, Debug)]
#[command(
    name = "pgscreen",
    version,
    long_version = long_version(),
    about = "Screen a PostgreSQL dump before you restore it: inventory, secrets, PII and restore-time risks, with no database."
)]
pub struct Cli {
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

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
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

#[derive(Subcommand, Debug)]
pub enum Command {
    /// What is in the dump: header, objects, tables with columns, keys and exact row counts.
    Inspect {
        /// Dump: plain SQL (also compressed), custom, tar or directory archive, or - for
        /// standard input.
        dump: PathBuf,
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
    Verify {
        /// Dump (any format), or - for standard input.
        dump: PathBuf,
        #[arg(long, value_enum, default_value_t = OutFormat::Text)]
        format: OutFormat,
        /// Major version of the server it will be restored into (e.g. 15): settings an older
        /// server does not know are reported.
        #[arg(long, value_name = "MAJOR")]
        target_version: Option<u32>,
        /// The target cluster's bootstrap superuser (initdb -U): it exists already, so a
        /// CREATE ROLE of it fails.
        #[arg(long, value_name = "ROLE", default_value = "postgres")]
        superuser: String,
        /// Memory for key digests (duplicate keys, foreign-key orphans) before they go to a
        /// temporary file, e.g. 256MiB. Other memory does not grow with the dump.
        #[arg(long, value_name = "SIZE", default_value = "1GiB", value_parser = parse_size)]
        memory: u64,
        /// Directory for that temporary file (default: $TMPDIR, else /tmp). The file has no
        /// name there and goes when pgscreen ends, however it ends.
        #[arg(long, value_name = "DIR")]
        temp_dir: Option<PathBuf>,
        /// No progress bar.
        #[arg(long, short)]
        quiet: bool,
    },
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
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// The manual page (roff) on standard output: pgscreen man > pgscreen.1
    Man,
    /// The rule set: ids, categories, severities, keywords and patterns.
    Rules {
        #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
        format: TextOrJson,
    },
}

#[derive(clap::Args, Debug)]
pub struct ScanArgs {
    /// Dumps: plain SQL (also gzip-, zstd- or lz4-compressed), custom, tar or directory
    /// archives, or - for standard input. A directory that is not a directory archive is swept:
    /// every dump under it (recognised by content; symbolic links not followed).
    #[arg(required = true)]
    pub dumps: Vec<PathBuf>,
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
    #[arg(long)]
    pub quiet: bool,
}

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
    /// Report format on standard output.
    #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
    pub format: TextOrJson,
    /// No warnings or progress on stderr.
    #[arg(long)]
    pub quiet: bool,
}

#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    /// Dump file (a regular file on a local filesystem).
    pub dump: PathBuf,
    /// Contract (JSON, or TOML when the name ends in .toml); see contract.schema.json.
    #[arg(long, required_unless_present_any = ["verify_attestation", "against"], conflicts_with = "against")]
    pub contract: Option<PathBuf>,
    /// Hold the dump to the shape of this reference dump (production's schema-only dump, say):
    /// the contract `pgscreen contract REFERENCE` writes.
    #[arg(long, value_name = "REFERENCE")]
    pub against: Option<PathBuf>,
    /// Write a provenance attestation here: an in-toto Statement v1 (subject: the dump's name
    /// and sha256; predicate: the check's record), in a signed DSSE envelope with --sign-key.
    #[arg(long, value_name = "FILE")]
    pub attest: Option<PathBuf>,
    /// Sign the attestation with this Ed25519 private key (PKCS#8 PEM, as
    /// `openssl genpkey -algorithm ed25519` writes it).
    #[arg(long, value_name = "KEY", requires = "attest")]
    pub sign_key: Option<PathBuf>,
    /// Instead of checking: re-hash DUMP and confirm it is the file this attestation names.
    #[arg(long, value_name = "ATTESTATION", conflicts_with_all = ["contract", "attest", "against"])]
    pub verify_attestation: Option<PathBuf>,
    /// With --verify-attestation: the Ed25519 public key (PEM) whose signature it must carry.
    #[arg(long, value_name = "PUBKEY", requires = "verify_attestation")]
    pub trusted_key: Option<PathBuf>,
    /// Read a dump on a network or user-space filesystem (NFS, SMB, 9p, FUSE) anyway.
    #[arg(long)]
    pub allow_remote: bool,
    #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
    pub format: TextOrJson,
    /// Text output lists passing requirements too.
    #[arg(long)]
    pub all: bool,
    /// No warnings or progress on stderr.
    #[arg(long)]
    pub quiet: bool,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum Level {
    Critical,
    High,
    Medium,
    Low,
    Info,
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
    Text,
    Json,
    Sarif,
}

/// Output of the commands whose results are not findings (`inspect`, `check`, `rules`): SARIF
/// has no place for them, so clap refuses it.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum TextOrJson {
    Text,
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
    };
    match cli.command {
        Command::Inspect { dump, format } => inspect(&dump, format, &out),
        Command::Scan(a) => scan(a, &out),
        Command::Check(a) => check(a, &out),
        Command::Verify {
            dump,
            format,
            target_version,
            superuser,
            memory,
            temp_dir,
            quiet,
        } => {
            let opts = crate::verify::Options {
                target: target_version,
                superuser: Some(superuser).filter(|s| !s.is_empty()),
                memory,
                temp_dir: temp_dir.unwrap_or_else(std::env::temp_dir),
                quiet,
            };
            verify(&dump, format, &opts, &out)
        }
        Command::Sanitize(a) => sanitize(a, &out),
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
        Command::Contract { dump } => {
            let (text, _) = derived_contract(&dump, &out)?;
            out.write(text.as_bytes())?;
            Ok(0)
        }
        Command::Rules { format } => rules(format, &out),
    }
}

/// What every command takes from the global options: colour, expansion limits, and where its
/// report goes.
struct Out {
    color: bool,
    limits: input::Limits,
    /// `--output`: a file instead of standard output.
    output: Option<PathBuf>,
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
            let mut tmp = path.clone().into_os_string();
            tmp.push(".pgscreen-tmp");
            let tmp = PathBuf::from(tmp);
            let _interrupted = crate::util::interrupt::register(&tmp);
            let io = |source| Error::Io {
                path: path.clone(),
                source,
            };
            std::fs::write(&tmp, s).map_err(io)?;
            return std::fs::rename(&tmp, path).map_err(|e| {
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

fn scan(a: ScanArgs, o: &Out) -> Result<i32, Error> {
    if let Some(n) = a.threads {
        let _ = rayon::ThreadPoolBuilder::new().num_threads(n.max(1)).build_global();
    }
    let config_path = config::discover(a.config.as_deref());
    let config = match &config_path {
        Some((p, how)) => {
            if !a.quiet && !matches!(how, config::Found::Flag) {
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
            inputs.extend(found.dumps);
        } else {
            inputs.push(path.clone());
        }
    }
    for path in &inputs {
        match scan_one(path, &engine, &opts, &ignore, &a, o.limits) {
            Ok(r) => reports.push(r),
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
) -> Result<ScanReport, Error> {
    let input = Input::open_with(path, true, limits)?;
    let (passed, all) = crate::scan::run(&input, engine, opts, a.quiet)?;
    if !a.quiet && a.format == OutFormat::Text {
        for w in &passed.walk.diagnostics {
            warn(path, w.line, &w.message);
        }
    }
    let info = input_info(path, &input, &passed);
    let before = all.len();
    let findings: Vec<_> = all.into_iter().filter(|f| !ignore.contains(&f.id)).collect();
    let suppressed = before - findings.len();
    let mut report = ScanReport::new(info, findings, a.fail_on.severity(), suppressed);
    report.warnings = passed.walk.diagnostics;
    Ok(report)
}

fn check(a: CheckArgs, o: &Out) -> Result<i32, Error> {
    let facts = crate::contract::attest::guard(&a.dump, a.allow_remote)?;
    if let Some(att_path) = &a.verify_attestation {
        let (att, signature) = crate::contract::attest::load_attestation(att_path, a.trusted_key.as_deref())?;
        let input = Input::open_with(&a.dump, false, o.limits)?;
        let v = crate::contract::attest::verify(
            att_path,
            &att,
            &facts,
            crate::util::digest::sha256_hex(input.file_bytes()),
            signature,
        );
        match a.format {
            TextOrJson::Json => o.write(json_text(&v).as_bytes())?,
            TextOrJson::Text => {
                use term::esc;
                let dump = a.dump.display().to_string();
                use crate::contract::attest::Signature;
                let mut s = if v.matches {
                    format!(
                        "{}: matches the attestation {} (sha256 {}, {} bytes; attested verdict {}; signature {})\n",
                        esc(&dump),
                        esc(&v.attestation),
                        v.sha256,
                        v.size,
                        esc(&v.attested_verdict),
                        if v.signature == Signature::Valid {
                            "valid"
                        } else {
                            "not checked"
                        }
                    )
                } else if v.signature != Signature::Valid && v.signature != Signature::NotChecked {
                    format!(
                        "{}: the attestation {} is NOT signed by the trusted key (signature {})\n",
                        esc(&dump),
                        esc(&v.attestation),
                        if v.signature == Signature::Unsigned {
                            "missing"
                        } else {
                            "invalid"
                        }
                    )
                } else {
                    format!(
                        "{}: does NOT match the attestation {}: sha256 {} ({} bytes), attested {} ({} bytes)\n",
                        esc(&dump),
                        esc(&v.attestation),
                        v.sha256,
                        v.size,
                        esc(&v.attested_sha256),
                        v.attested_size
                    )
                };
                for n in &v.notes {
                    s.push_str(&format!("  note: {}\n", esc(n)));
                }
                o.text(&s)?
            }
        }
        return Ok(if v.matches { 0 } else { 1 });
    }
    let (loaded, contract_path) = match (&a.against, &a.contract) {
        (Some(reference), _) => {
            let (text, _) = derived_contract(reference, o)?;
            let loaded = crate::contract::Contract::parse(reference, text.as_bytes(), false)?;
            (loaded, reference.as_path())
        }
        (None, Some(p)) => (crate::contract::Contract::load(p)?, p.as_path()),
        (None, None) => return Err(Error::Usage("check needs --contract or --against".into())),
    };
    let c = &loaded.contract;
    let engine = Engine::new(&[], !c.deny_hosts.is_empty()).map_err(|e| Error::Usage(format!("rules: {e}")))?;
    let policy = HostPolicy::from_patterns(&c.allow_hosts, &c.deny_hosts);
    let opts = Options {
        policy,
        show_secrets: false,
        sanitized_columns: c.sanitized_columns.clone(),
    };
    let input = Input::open_with(&a.dump, true, o.limits)?;
    let (passed, findings) = crate::scan::run(&input, &engine, &opts, a.quiet)?;
    let walk = &passed.walk;
    if !a.quiet && a.format == TextOrJson::Text {
        for w in &walk.diagnostics {
            warn(&a.dump, w.line, &w.message);
        }
    }
    let requirements = loaded.evaluate(&walk.header, &walk.catalog, &findings);
    let contract = crate::contract::attest::AttestContract {
        path: crate::contract::attest::path_string(contract_path),
        sha256: loaded.sha256.clone(),
    };
    let info = input_info(&a.dump, &input, &passed);
    let report = crate::report::CheckReport::new(info, contract.clone(), requirements, &findings);
    if let Some(out) = &a.attest {
        let att = crate::contract::attest::Attestation {
            attestation_version: 1,
            file: facts,
            sha256: passed.sha256.clone(),
            format: report.input.format.to_string(),
            header: crate::contract::attest::AttestHeader {
                pg_dump_version: walk.header.pg_dump_version.clone(),
                server_version: walk.header.server_version.clone(),
                encoding: walk.header.encoding.clone(),
                restrict_key: walk.header.restrict_key,
            },
            tool: crate::contract::attest::AttestTool {
                name: "pgscreen".into(),
                version: env!("CARGO_PKG_VERSION").into(),
                git_commit: crate::contract::attest::git_commit().into(),
                rules_sha256: crate::rules::rules_sha256(),
            },
            contract,
            requirements: report
                .requirements
                .iter()
                .map(|r| serde_json::to_value(r).unwrap_or_default())
                .collect(),
            findings: report.summary.findings.clone(),
            verdict: report.summary.verdict.into(),
            checked_at: crate::contract::attest::utc(std::time::SystemTime::now()),
        };
        let statement = crate::contract::attest::statement(&att);
        let doc = match &a.sign_key {
            Some(k) => crate::contract::attest::sign(&statement, k)?,
            None => statement,
        };
        std::fs::write(out, json_text(&doc)).map_err(|source| Error::Io {
            path: out.clone(),
            source,
        })?;
    }
    match a.format {
        TextOrJson::Json => o.write(json_text(&report).as_bytes())?,
        TextOrJson::Text => o.text(&report.to_text(a.all))?,
    }
    Ok(if report.failed() { 1 } else { 0 })
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
            t.push_str(match crate::verify::verdict(&report.findings) {
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

fn rules(format: TextOrJson, o: &Out) -> Result<i32, Error> {
    let text = match format {
        TextOrJson::Json => json_text(&serde_json::json!({
            "rules_sha256": crate::rules::rules_sha256(),
            "rules": crate::rules::all().collect::<Vec<_>>(),
            "patterns": RULES,
        })),
        TextOrJson::Text => {
            let mut s = String::new();
            for r in crate::rules::all() {
                s.push_str(&format!(
                    "{:<34} {:<18} {:<9} {}\n",
                    r.id,
                    r.category.name(),
                    r.severity.name(),
                    r.description
                ));
            }
            s.push_str(&format!(
                "{} rules ({} pattern rules); rule set sha256 {}\n",
                crate::rules::all().count(),
                RULES.len(),
                crate::rules::rules_sha256()
            ));
            s
        }
    };
    o.write(text.as_bytes())?;
    Ok(0)
}
fn inspect(path: &Path, format: TextOrJson, o: &Out) -> Result<i32, Error> {
    let (input, passed) = crate::scan::walk(path, o.limits)?;
    // An inventory of an archive whose data runs into the next entry would count wrong rows.
    if let Some(u) = passed.about.as_ref().and_then(|a| a.unterminated.first()) {
        return Err(Error::NotADump {
            path: path.to_path_buf(),
            offset: 0,
            what: format!(
                "TOC entry {} ({} {}): its COPY data ends without the \\. terminator pg_dump always writes: not an archive pg_dump made (scan reports what it would do)",
                u.toc.dump_id, u.toc.desc, u.toc.tag
            ),
        });
    }
    let info = input_info(path, &input, &passed);
    let inv = Inventory::new(passed.walk, info);
    match format {
        TextOrJson::Json => o.write(json_text(&inv).as_bytes())?,
        TextOrJson::Text => {
            for w in &inv.warnings {
                warn(path, w.line, &w.message);
            }
            o.text(&inv.to_text())?
        }
    }
    Ok(0)
}

fn sanitize(a: SanitizeArgs, o: &Out) -> Result<i32, Error> {
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
    let input = Input::open_with(&a.dump, false, o.limits)?;
    let (passed, _, found) = sanitize::plan(&input, &engine, a.quiet)?;
    let policy = match &over {
        Some(p) => found.overridden_by(p),
        None => found,
    };
    if a.plan {
        o.write(policy.to_toml().as_bytes())?;
        return Ok(0);
    }
    let Some(out_path) = o.output.as_deref() else {
        return Err(Error::Usage("sanitize writes its copy to -o/--output FILE".into()));
    };
    if out_path == a.dump {
        return Err(Error::Usage("the output must not be the input".into()));
    }
    let key = sanitize::load_key(a.seed_key.as_deref())?;
    let faker = sanitize::fake::Faker::new(&key);
    let restrict = sanitize::restrict_key(&input, &passed, &faker);
    let (changes, mut written) = sanitize::write(&input, &policy, &faker, &engine, out_path, restrict.as_deref())?;
    let left = sanitize::check(out_path, &mut written, &policy, &engine, o.limits)?;
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

/// The contract a reference dump implies, as JSON text, and the reference's sha256.
fn derived_contract(reference: &Path, o: &Out) -> Result<(String, String), Error> {
    let (_, passed) = crate::scan::walk(reference, o.limits)?;
    let v = crate::contract::derive(
        &passed.walk.catalog,
        &crate::contract::attest::path_string(reference),
        &passed.sha256,
    );
    Ok((json_text(&v), passed.sha256))
}
