//! A throwaway PostgreSQL cluster for the tests that restore dumps into a real server
//! (unprivileged user, Unix socket in a temporary directory, no TCP). `start` is None where the
//! server binaries are not installed (`scripts/setup.sh` installs them; CI runs it).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The throwaway cluster's bootstrap superuser (initdb -U).
pub const BOOT: &str = "pgscreen_boot";

pub struct Cluster {
    pub dir: tempfile::TempDir,
    /// Server binaries (initdb, pg_ctl, postgres).
    pub bin: PathBuf,
    /// Client tools (psql, pg_restore, pg_dump): the server's own, or a newer version's where
    /// the build has none (npm's servers of 10-13).
    pub tools: PathBuf,
    major: u32,
    /// Its bootstrap superuser (initdb -U), the role the clients connect as.
    pub boot: &'static str,
    as_nobody: bool,
}

/// The bin directory of a real PostgreSQL `major` (10-18) in target/pg, fetched once by
/// scripts/pg-binaries.sh; None where it cannot be had (no network, no registry).
pub fn pg_bin(major: u32) -> Option<PathBuf> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/pg-binaries.sh");
    let out = Command::new("bash").arg(script).arg(major.to_string()).output().ok()?;
    let dir = String::from_utf8_lossy(&out.stdout).trim().to_string();
    (out.status.success() && !dir.is_empty()).then(|| PathBuf::from(dir))
}

impl Cluster {
    /// A cluster of the newest server under /usr/lib/postgresql (Debian's).
    pub fn start() -> Option<Cluster> {
        let mut bins: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
            .ok()?
            .filter_map(|e| e.ok())
            .filter_map(|e| Some((e.file_name().to_str()?.parse().ok()?, e.path().join("bin"))))
            .filter(|(_, b)| b.join("initdb").exists() && b.join("pg_ctl").exists())
            .collect();
        bins.sort();
        let (major, bin) = bins.pop()?;
        Cluster::start_at(major, bin.clone(), bin)
    }

    /// A cluster of PostgreSQL `major` from target/pg, with client tools of `tools_major`
    /// (the same, or newer where that build has no clients).
    pub fn start_version(major: u32, tools_major: u32) -> Option<Cluster> {
        Cluster::start_at(major, pg_bin(major)?, pg_bin(tools_major)?)
    }

    pub fn start_at(major: u32, bin: PathBuf, tools: PathBuf) -> Option<Cluster> {
        Cluster::start_as(major, bin, tools, BOOT)
    }

    /// With another bootstrap superuser than BOOT: a target for pg_dumpall output of a
    /// BOOT cluster, whose CREATE ROLE of BOOT then succeeds.
    pub fn start_as(major: u32, bin: PathBuf, tools: PathBuf, boot: &'static str) -> Option<Cluster> {
        let dir = tempfile::tempdir().ok()?;
        let as_nobody = is_root();
        let c = Cluster {
            dir,
            bin,
            tools,
            major,
            boot,
            as_nobody,
        };
        if as_nobody {
            let ok = Command::new("chown")
                .arg("nobody")
                .arg(c.dir.path())
                .status()
                .ok()?
                .success();
            assert!(ok, "chown nobody");
        }
        let data = c.dir.path().join("data");
        let out = c.server_cmd(
            "initdb",
            &[
                "-D",
                data.to_str()?,
                "-U",
                boot,
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            ],
        );
        assert!(out.status.success(), "initdb: {}", String::from_utf8_lossy(&out.stderr));
        let opts = format!("-c listen_addresses= -k {} -F -c fsync=off", c.dir.path().display());
        let log = c.dir.path().join("log");
        let out = c.server_cmd(
            "pg_ctl",
            &["-D", data.to_str()?, "-l", log.to_str()?, "-w", "-o", &opts, "start"],
        );
        assert!(
            out.status.success(),
            "pg_ctl start: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        Some(c)
    }

    /// The server's major version, e.g. `15`.
    pub fn major(&self) -> String {
        self.major.to_string()
    }

    pub fn server_cmd(&self, tool: &str, args: &[&str]) -> Output {
        let exe = self.bin.join(tool);
        let mut cmd = if self.as_nobody {
            let mut c = Command::new("runuser");
            c.args(["-u", "nobody", "--"]).arg(exe);
            c
        } else {
            Command::new(exe)
        };
        cmd.args(args)
            .current_dir(self.dir.path())
            .output()
            .expect("run PostgreSQL tool")
    }

    pub fn client(&self, tool: &str) -> Command {
        let mut c = Command::new(self.tools.join(tool));
        c.args(["-h", self.dir.path().to_str().unwrap(), "-U", self.boot]);
        c
    }

    pub fn sql(&self, db: &str, sql: &str) -> Output {
        self.client("psql")
            .args(["-X", "-q", "-d", db, "-c", sql])
            .output()
            .unwrap()
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let data = self.dir.path().join("data");
        let _ = self.server_cmd("pg_ctl", &["-D", data.to_str().unwrap(), "-m", "immediate", "stop"]);
    }
}

pub fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

/// Where the server stopped.
#[derive(Debug)]
pub struct ServerResult {
    pub ok: bool,
    /// psql's `psql:FILE:LINE: ERROR:` line.
    pub line: Option<u64>,
    /// `CONTEXT:  COPY table, line N`.
    pub copy: Option<(String, u64)>,
    pub error: String,
}

pub fn parse_server(out: &Output, plain: bool) -> ServerResult {
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    let ok = out.status.success() && !(plain && err.contains("ERROR:"));
    let first = err.lines().position(|l| l.contains("ERROR:"));
    let line = first.and_then(|i| {
        // `psql:FILE:LINE: ERROR:  message` (the message may hold colons itself).
        let l = err.lines().nth(i)?;
        let head = l.strip_prefix("psql:")?;
        let head = &head[..head.find(": ERROR:")?];
        head.rsplit(':').next()?.trim().parse().ok()
    });
    let copy = err.lines().find_map(|l| {
        let c = l.split("COPY ").nth(1)?;
        let (table, rest) = c.split_once(", line ")?;
        let n: String = rest.chars().take_while(char::is_ascii_digit).collect();
        Some((table.to_string(), n.parse().ok()?))
    });
    ServerResult {
        ok,
        line,
        copy,
        error: err
            .lines()
            .filter(|l| l.contains("ERROR") || l.contains("CONTEXT"))
            .take(3)
            .collect::<Vec<_>>()
            .join(" | "),
    }
}

/// Roles the dump names (OWNER TO, GRANT ... TO, ALTER ROLE), which a real restore needs to exist.
pub fn roles_named(text: &str) -> Vec<String> {
    let mut out = vec!["postgres".to_string()];
    for l in text.lines() {
        if let Some(i) = l.find("OWNER TO ") {
            out.push(l[i + 9..].trim_end_matches(';').trim().trim_matches('"').to_string());
        }
        if let Some(r) = l.strip_prefix("ALTER ROLE ") {
            out.push(r.split_whitespace().next().unwrap_or("").trim_matches('"').to_string());
        }
        if l.starts_with("GRANT ") {
            if let Some(i) = l.rfind(" TO ") {
                for r in l[i + 4..].trim_end_matches(';').split(',') {
                    let r = r.split_whitespace().next().unwrap_or("").trim_matches('"');
                    if !r.is_empty() && r != "PUBLIC" {
                        out.push(r.to_string());
                    }
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

pub fn restore(c: &Cluster, db: &str, path: &Path) -> ServerResult {
    // pg_dump's archives: a directory, a custom file (`PGDMP`) or a tar (`ustar` at 257).
    let archive = path.is_dir()
        || std::fs::read(path)
            .map(|b| b.starts_with(b"PGDMP") || b.get(257..262) == Some(b"ustar"))
            .unwrap_or(true);
    let out = if archive {
        c.client("pg_restore")
            .args(["--exit-on-error", "-d", db])
            .arg(path)
            .output()
            .unwrap()
    } else {
        c.client("psql")
            .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", db, "-f"])
            .arg(path)
            .output()
            .unwrap()
    };
    parse_server(&out, !archive)
}

/// `verify --format json` of `path` for a server of major `target` whose bootstrap superuser is
/// `boot`: its findings (exit 0 or 1 required).
pub fn verify_findings(path: &Path, target: &str, boot: &str) -> Vec<serde_json::Value> {
    let out = super::run(&[
        "verify",
        "--format",
        "json",
        "--target-version",
        target,
        "--superuser",
        boot,
        path.to_str().unwrap(),
    ]);
    let code = out.status.code().unwrap();
    assert!(
        code == 0 || code == 1,
        "verify {}: exit {code}: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    r["findings"].as_array().unwrap().clone()
}

/// The first high or critical finding: where verify says the restore stops.
pub fn first_high(findings: &[serde_json::Value]) -> Option<serde_json::Value> {
    findings
        .iter()
        .find(|f| matches!(f["severity"].as_str(), Some("high" | "critical")))
        .cloned()
}

/// The query both tests/matrix.rs and scripts/make-realworld-truth.py read a live database's
/// tables with, in the shape of the truth files.
pub const LIVE_TRUTH_SQL: &str = include_str!("../../scripts/live-truth.sql");
