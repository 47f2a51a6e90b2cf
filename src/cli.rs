//! The command line: parses arguments and wires input -> walk -> report. No analysis here.

use crate::dump::{self, NoVisitor};
use crate::error::Error;
use crate::input::{self, Input};
use crate::inventory::{InputInfo, Inventory};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

#[derive(Parser, Debug)]
#[command(
    name = "pgscreen",
    version,
    about = "Screen a PostgreSQL dump before you restore it: inventory, secrets, PII and restore-time risks, with no database."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// What is in the dump: header, objects, tables with columns, keys and exact row counts.
    Inspect {
        /// Dump file (plain SQL), or - for standard input.
        dump: PathBuf,
        #[arg(long, value_enum, default_value_t = OutFormat::Text)]
        format: OutFormat,
    },
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum OutFormat {
    Text,
    Json,
    Sarif,
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
            eprintln!("pgscreen: {e}");
            2
        }
    }
}

fn dispatch(cli: Cli) -> Result<i32, Error> {
    match cli.command {
        Command::Inspect { dump, format } => inspect(&dump, format),
    }
}

/// Maps and checks the input, and walks it while a second thread hashes it.
pub fn read(path: &Path) -> Result<(Input, dump::Walk, String), Error> {
    let input = Input::open(path)?;
    input.check_plain()?;
    let bytes = input.bytes();
    let (sha, walk) = std::thread::scope(|s| {
        let h = s.spawn(|| input::sha256_hex(bytes));
        let w = dump::walk(bytes, &mut NoVisitor);
        (h.join().expect("hash thread"), w)
    });
    let walk = walk.map_err(|e| Error::Syntax {
        path: path.to_path_buf(),
        line: e.line,
        what: e.what,
    })?;
    Ok((input, walk, sha))
}

fn inspect(path: &Path, format: OutFormat) -> Result<i32, Error> {
    let (input, walk, sha256) = read(path)?;
    let info = InputInfo {
        path: path.display().to_string(),
        bytes: input.bytes().len() as u64,
        sha256,
        format: "plain",
        pg_dump_version: walk.header.pg_dump_version.clone(),
        server_version: walk.header.server_version.clone(),
    };
    let inv = Inventory::new(walk, info);
    let mut out = std::io::stdout().lock();
    let res = match format {
        OutFormat::Json | OutFormat::Sarif => serde_json::to_writer_pretty(&mut out, &inv)
            .map_err(std::io::Error::from)
            .and_then(|_| writeln!(out)),
        OutFormat::Text => {
            for w in &inv.warnings {
                eprintln!("pgscreen: {}: line {}: warning: {}", path.display(), w.line, w.message);
            }
            out.write_all(inv.to_text(std::io::stdout().is_terminal()).as_bytes())
        }
    };
    match res {
        Ok(()) => Ok(0),
        // A closed pipe (`| head`) is not an error worth a message.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(0),
        Err(e) => Err(Error::Io {
            path: PathBuf::from("<stdout>"),
            source: e,
        }),
    }
}
