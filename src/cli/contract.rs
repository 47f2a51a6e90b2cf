//! `pgscreen contract`: the contract a reference dump implies, to edit and check clones against.

use super::{json_text, Out};
use crate::error::Error;
use std::path::Path;

/// The contract a reference dump implies, as JSON text, and the reference's sha256.
pub(super) fn derived(reference: &Path, o: &Out) -> Result<(String, String), Error> {
    let (_, passed) = crate::scan::walk(reference, o.limits)?;
    let v = crate::contract::derive(
        &passed.walk.catalog,
        &crate::contract::attest::path_string(reference),
        &passed.sha256,
    );
    Ok((json_text(&v), passed.sha256))
}

pub(super) fn run(dump: &Path, o: &Out) -> Result<i32, Error> {
    let (text, _) = derived(dump, o)?;
    o.write(text.as_bytes())?;
    Ok(0)
}
