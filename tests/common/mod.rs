//! Helpers for the integration tests: run the real binary, find the bundled corpus.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn corpus(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/real").join(name)
}

pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_pgscreen"))
}

pub fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("run pgscreen")
}

pub fn json(args: &[&str]) -> serde_json::Value {
    let out = run(args);
    assert!(
        out.status.code() == Some(0) || out.status.code() == Some(1),
        "pgscreen {:?} exited {:?}: {}",
        args,
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON output")
}

pub fn truth(name: &str) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(corpus(name)).unwrap()).unwrap()
}
