//! A progress bar on stderr for long work, shown only when stderr is a terminal: a
//! [`Visitor`] that forwards everything and moves the bar to where the pass has got to.

use crate::sql::catalog::Catalog;
use crate::sql::pass::{CopyBlock, InsertRow, Visitor};
use crate::sql::split::Item;
use pg_query::protobuf::node::Node as N;
use std::io::IsTerminal;

/// Inputs smaller than this finish before a bar would be worth drawing.
const MIN_BYTES: u64 = 64 << 20;

/// The bar itself, kept across the windows of a streamed input.
pub struct Bar(Option<indicatif::ProgressBar>);

impl Bar {
    /// A bar for `size` bytes on disk, drawn only for large inputs on a terminal, unless
    /// `quiet`. With no `total` (a stream expanding to an unknown size) it counts bytes.
    pub fn new(size: u64, total: Option<u64>, quiet: bool) -> Bar {
        Bar(
            (!quiet && size >= MIN_BYTES && std::io::stderr().is_terminal()).then(|| {
                let (b, template) = match total {
                    Some(t) => (
                        indicatif::ProgressBar::new(t),
                        "{spinner} {bytes}/{total_bytes} {bytes_per_sec} {wide_bar} {eta}",
                    ),
                    None => (
                        indicatif::ProgressBar::new_spinner(),
                        "{spinner} {bytes} {bytes_per_sec}",
                    ),
                };
                b.set_style(
                    indicatif::ProgressStyle::with_template(template)
                        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
                );
                b
            }),
        )
    }

    fn at(&self, pos: usize) {
        if let Some(b) = &self.0 {
            b.set_position(pos as u64);
        }
    }
}

impl Drop for Bar {
    fn drop(&mut self) {
        if let Some(b) = &self.0 {
            b.finish_and_clear();
        }
    }
}

/// Forwards everything to `inner` and moves the bar to where the pass has got to.
pub struct Progress<'v, V> {
    inner: &'v mut V,
    bar: &'v Bar,
}

impl<'v, V> Progress<'v, V> {
    pub fn new(inner: &'v mut V, bar: &'v Bar) -> Self {
        Progress { inner, bar }
    }

    fn at(&self, pos: usize) {
        self.bar.at(pos)
    }
}

impl<'a, V: Visitor<'a>> Visitor<'a> for Progress<'_, V> {
    fn toc_comment(&mut self, cat: &Catalog, toc: &crate::sql::pass::TocComment, line: u64) {
        self.inner.toc_comment(cat, toc, line)
    }
    fn statement(&mut self, cat: &Catalog, item: &Item, sql: &str, node: Option<&N>) {
        self.at(item.span.end);
        self.inner.statement(cat, item, sql, node)
    }
    fn gap(&mut self, cat: &Catalog, text: &'a [u8], offset: usize, line: u64) {
        self.inner.gap(cat, text, offset, line)
    }
    fn meta(&mut self, cat: &Catalog, item: &Item, text: &'a [u8]) {
        self.inner.meta(cat, item, text)
    }
    fn copy_block(&mut self, cat: &Catalog, block: &CopyBlock<'a>) {
        self.at(block.offset + block.data.len());
        self.inner.copy_block(cat, block)
    }
    fn insert_row(&mut self, cat: &Catalog, row: &InsertRow<'_, 'a>) {
        self.inner.insert_row(cat, row)
    }
}
