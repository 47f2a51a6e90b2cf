//! `pgscreen inspect`: what is in a dump (header, objects, tables, keys, exact row counts).

use super::{input_info, json_text, warn, Out, TextOrJson};
use crate::error::Error;
use crate::report::inventory::Inventory;
use std::path::Path;

pub(super) fn run(path: &Path, format: TextOrJson, o: &Out) -> Result<i32, Error> {
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
