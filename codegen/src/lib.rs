//! Reads, validates and generates Rust from Alibaba Cloud error-code tables.
//!
//! This is the library behind `aliyun-errors`' `#[error_table]` and `#[derive(ErrorCode)]`,
//! its build-script [`Config`] (feature `format`) and its CLI. It works in steps, each in a
//! module of its own: `read` parses the CSV (the columns are [`COLUMNS`]), `valid` checks
//! the rows into a [`ParsedTable`], `expand` generates the enum; `attr`, `ast` and `derive` parse
//! the macros' input. Every problem is reported at once, as [`Diagnostics`].
//!
//! # Features
//! - `format`: [`Config`], which writes prettyplease-formatted files (it needs syn's `full`
//!   feature, so the proc-macro path leaves it off).
//! - `import`: [`import`], Alibaba Cloud's API metadata (`api-docs.json`) into a table.
//!
//! ```
//! let csv = "code,http_status,message,retry\nThrottling,400,Too many requests.,throttling\n";
//! let table = aliyun_errors_codegen::parse_table(&[("spec/x.csv", csv.as_bytes())]).unwrap();
//! assert_eq!(table.codes()[0].variant, "Throttling");
//!
//! let bad = "code,http_status,message,retry\nThrottling,4OO,Too many requests.,\n";
//! let diags = aliyun_errors_codegen::parse_table(&[("spec/x.csv", bad.as_bytes())]).unwrap_err();
//! assert_eq!(
//!     diags.to_string(),
//!     "spec/x.csv:2: http_status: expected an integer from 100 to 599, found \"4OO\"",
//! );
//! ```

mod ast;
mod attr;
#[cfg(feature = "format")]
mod config;
mod derive;
mod diag;
mod error_table;
mod expand;
#[cfg(feature = "import")]
mod import;
mod lookup;
mod model;
mod ops;
mod read;
mod valid;

use std::path::Path;

use proc_macro2::TokenStream;

#[cfg(feature = "format")]
pub use config::{Config, ConfigError, GENERATED_HEADER, write_if_changed};
pub use error_table::error_table;

/// The former name of [`ConfigError`] (feature `format`).
#[cfg(feature = "format")]
#[deprecated(since = "0.3.0", note = "renamed `ConfigError`")]
pub type Error = ConfigError;
pub use derive::derive_error_code;
pub use diag::{Diagnostic, Diagnostics};
#[cfg(feature = "import")]
#[allow(deprecated)]
pub use import::import_reclassifying;
#[cfg(feature = "import")]
pub use import::{ImportProblem, Imported, import, import_reinferring, infer_retry};
pub use model::{Code, Location, ParsedTable, Renamed, Retry, Row};
pub use ops::{apis_with_codes, kind_names};

/// The former name of [`ParsedTable`] (the runtime's `Table` is a generated table's data).
#[deprecated(since = "0.3.0", note = "renamed `ParsedTable`")]
pub type Table = ParsedTable;

/// The former name of [`Row`] (the runtime's `Entry` is a generated table's row).
#[deprecated(since = "0.3.0", note = "renamed `Row`")]
pub type Entry = Row;
pub use read::COLUMNS;
pub use valid::{is_valid_code, variant_name};

/// The runtime's private module that generated code reaches, named for the runtime's minor
/// version (see the runtime's `__private_0_3`): code generated for another runtime fails to
/// compile instead of misbehaving.
pub const PRIVATE_MODULE: &str = "__private_0_3";

/// Parses and validates one or more tables, given as `(path as written, bytes)`, merged in
/// order. Returns every problem found.
pub fn parse_table(sources: &[(&str, &[u8])]) -> Result<ParsedTable, Diagnostics> {
    let mut diags = Vec::new();
    let mut empty = Vec::new();
    let files: Vec<(&str, Vec<read::RawRow>)> = sources
        .iter()
        .map(|(path, bytes)| {
            let mut no_rows = None;
            let rows = read::read_rows(path, bytes, &mut diags, &mut no_rows);
            empty.extend(no_rows);
            (*path, rows)
        })
        .collect();
    // An empty file is a problem only when every file is (a merged table has rows).
    if empty.len() == sources.len() {
        diags.append(&mut empty);
    }
    let table = valid::validate(&files, &mut diags, &valid::describe_in_table);
    if diags.is_empty() {
        Ok(table)
    } else {
        diags.sort_by(|a, b| {
            let file = |d: &Diagnostic| sources.iter().position(|(p, _)| *p == d.path);
            (file(a), a.line).cmp(&(file(b), b.line))
        });
        Err(Diagnostics(diags))
    }
}

/// Reads and validates tables from disk, given as `(path as written, resolved path)`.
///
/// A file that cannot be read is reported with its resolved path, beside the problems of
/// the files that could.
pub fn load_table(paths: &[(&str, &Path)]) -> Result<ParsedTable, Diagnostics> {
    let mut unreadable = Vec::new();
    let mut contents = Vec::new();
    for (shown, resolved) in paths {
        match std::fs::read(resolved) {
            Ok(bytes) => contents.push((*shown, bytes)),
            // Named as the user wrote it: no absolute path they did not write.
            Err(err) => unreadable.push(Diagnostic::file(
                shown,
                format!("cannot read {shown}: {err}"),
            )),
        }
    }
    let sources: Vec<(&str, &[u8])> = contents.iter().map(|(p, b)| (*p, b.as_slice())).collect();
    let parsed = parse_table(&sources);
    match (parsed, unreadable.is_empty()) {
        (Ok(table), true) => Ok(table),
        (Ok(_), false) => Err(Diagnostics(unreadable)),
        (Err(Diagnostics(mut diags)), _) => {
            unreadable.append(&mut diags);
            Err(Diagnostics(unreadable))
        }
    }
}

/// [`load_table`] for paths used as they are written (the CLI's and [`Config`]'s case; the
/// macro resolves its paths against the crate's directory first).
pub fn load_files<P: AsRef<Path>>(paths: &[P]) -> Result<ParsedTable, Diagnostics> {
    let shown: Vec<String> = paths
        .iter()
        .map(|p| p.as_ref().display().to_string())
        .collect();
    let pairs: Vec<(&str, &Path)> = shown
        .iter()
        .zip(paths)
        .map(|(s, p)| (s.as_str(), p.as_ref()))
        .collect();
    load_table(&pairs)
}

/// Generates `pub enum NAME` and its implementations for a validated table, exactly as
/// `#[error_table]` does (unformatted tokens, runtime at `::aliyun_errors`, no file
/// tracking). `None` if `name` is not an identifier.
pub fn expand_table(table: &ParsedTable, name: &str, non_exhaustive: bool) -> Option<TokenStream> {
    Some(expand_table_unlexed(table, name, non_exhaustive)?.tokens())
}

/// [`expand_table`] as unformatted source text.
pub fn expand_table_source(
    table: &ParsedTable,
    name: &str,
    non_exhaustive: bool,
) -> Option<String> {
    Some(expand_table_unlexed(table, name, non_exhaustive)?.source())
}

/// What `#[error_table]` computes before the compiler's lexer: [`expand_table`]'s output,
/// kept as text where the generator writes text, to be turned into tokens or source text
/// once. `None` if `name` is not an identifier.
pub fn expand_table_unlexed(
    table: &ParsedTable,
    name: &str,
    non_exhaustive: bool,
) -> Option<Expansion> {
    Some(Expansion(expand::generate(
        table,
        &plain_spec(name, non_exhaustive)?,
    )))
}

/// A generated enum and its implementations, not yet lexed (see [`expand_table_unlexed`]).
pub struct Expansion(expand::Generated);

impl Expansion {
    /// The output as tokens, lexed by proc-macro2 (what [`expand_table`] returns).
    pub fn tokens(&self) -> TokenStream {
        self.0.tokens()
    }

    /// The output as unformatted source text (what [`expand_table_source`] returns).
    pub fn source(&self) -> String {
        self.0.source()
    }
}

/// The enum spec of [`expand_table`]: `pub`, runtime at `::aliyun_errors`, no tracking.
fn plain_spec(name: &str, non_exhaustive: bool) -> Option<expand::EnumSpec> {
    let ident = syn::parse_str(name).ok()?;
    let mut spec = expand::EnumSpec::new(syn::parse_quote!(pub), ident, None);
    spec.non_exhaustive = non_exhaustive;
    Some(spec)
}

#[cfg(test)]
mod tests;
