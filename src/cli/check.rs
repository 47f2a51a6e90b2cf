//! `pgscreen check`: a dump held to a contract (or to a reference dump's shape), with an
//! optional in-toto attestation; or a dump re-hashed against an attestation.

use super::{input_info, json_text, warn, Out, TextOrJson};
use crate::detect::engine::Engine;
use crate::detect::hosts::HostPolicy;
use crate::detect::Options;
use crate::error::Error;
use crate::read::input::Input;
use crate::report::term;
use std::path::PathBuf;

/// Arguments of `pgscreen check`.
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
    /// Report format.
    #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
    pub format: TextOrJson,
    /// Text output lists passing requirements too.
    #[arg(long)]
    pub all: bool,
    /// No warnings or progress on stderr.
    #[arg(long, short)]
    pub quiet: bool,
}

pub(super) fn run(a: CheckArgs, o: &Out) -> Result<i32, Error> {
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
            let (text, _) = super::contract::derived(reference, o)?;
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
