//! Reads, validates and generates Rust from Alibaba Cloud error-code tables.
//!
//! This is the library behind `aliyun-errors`' `#[error_table]` and `#[derive(ErrorCode)]`,
//! its build-script [`Config`] (feature `format`) and its CLI. It works in steps, each in a
//! module of its own: `read` parses the CSV (the columns are [`COLUMNS`]), `valid` checks
//! the rows into a [`Table`], `expand` generates the enum; `attr`, `ast` and `derive` parse
//! the macros' input. Every problem is reported at once, as [`Diagnostics`].
//!
//! # Features
//! - `format`: [`Config`], which writes prettyplease-formatted files (it needs syn's `full`
//!   feature, so the proc-macro path leaves it off).
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
mod expand;
mod model;
mod read;
mod valid;

use std::path::{Path, PathBuf};

use proc_macro2::TokenStream;
use quote::quote;

#[cfg(feature = "format")]
pub use config::{Config, Error, GENERATED_HEADER, write_if_changed};
pub use derive::derive_error_code;
pub use diag::{Diagnostic, Diagnostics};
pub use model::{Code, Location, Retry, Row, Table};
pub use read::COLUMNS;
pub use valid::{is_valid_code, variant_name};

/// Parses and validates one or more tables, given as `(path as written, bytes)`, merged in
/// order. Returns every problem found.
pub fn parse_table(sources: &[(&str, &[u8])]) -> Result<Table, Diagnostics> {
    let mut diags = Vec::new();
    let files: Vec<(&str, Vec<read::RawRow>)> = sources
        .iter()
        .map(|(path, bytes)| (*path, read::read_rows(path, bytes, &mut diags)))
        .collect();
    let table = valid::validate(&files, &mut diags);
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
pub fn load_table(paths: &[(&str, &Path)]) -> Result<Table, Diagnostics> {
    let mut unreadable = Vec::new();
    let mut contents = Vec::new();
    for (shown, resolved) in paths {
        match std::fs::read(resolved) {
            Ok(bytes) => contents.push((*shown, bytes)),
            Err(err) => unreadable.push(Diagnostic::file(
                shown,
                format!("cannot read {}: {err}", resolved.display()),
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

/// Generates `pub enum NAME` and its implementations for a validated table, exactly as
/// `#[error_table]` does (unformatted tokens, runtime at `::aliyun_errors`, no file
/// tracking). `None` if `name` is not an identifier.
pub fn expand_table(table: &Table, name: &str, non_exhaustive: bool) -> Option<TokenStream> {
    Some(expand::generate(table, &plain_spec(name, non_exhaustive)?).tokens())
}

/// [`expand_table`] as unformatted source text, before any lexing: what `#[error_table]`
/// hands the compiler's lexer.
pub fn expand_table_source(table: &Table, name: &str, non_exhaustive: bool) -> Option<String> {
    Some(expand::generate(table, &plain_spec(name, non_exhaustive)?).source())
}

/// The enum spec of [`expand_table`]: `pub`, runtime at `::aliyun_errors`, no tracking.
fn plain_spec(name: &str, non_exhaustive: bool) -> Option<expand::EnumSpec> {
    Some(expand::EnumSpec {
        attrs: Vec::new(),
        vis: syn::parse_quote!(pub),
        ident: syn::parse_str(name).ok()?,
        krate: syn::parse_quote!(::aliyun_errors),
        krate_option: None,
        non_exhaustive,
        sources: Vec::new(),
        tracked: Vec::new(),
    })
}

/// The whole `#[error_table(...)]` attribute macro, on `proc_macro2` tokens.
///
/// Never panics: every problem becomes a `compile_error!`, and the item is kept as written
/// so that the errors are not buried under "cannot find type" errors.
pub fn error_table(args: TokenStream, item: TokenStream) -> TokenStream {
    let args = attr::parse_args(args);
    let decl = ast::parse_enum(item.clone());
    let (args, decl) = match (args, decl) {
        (Ok(args), Ok(decl)) => (args, decl),
        (args, decl) => {
            let errors = attr::combine(args.err().into_iter().chain(decl.err()));
            let errors = errors.map(|e| e.to_compile_error());
            return quote!(#item #errors);
        }
    };

    let shown: Vec<String> = args.csv.iter().map(syn::LitStr::value).collect();
    let resolved: Vec<PathBuf> = shown.iter().map(|p| resolve(p)).collect();
    let paths: Vec<(&str, &Path)> = shown
        .iter()
        .zip(&resolved)
        .map(|(s, r)| (s.as_str(), r.as_path()))
        .collect();
    let table = match load_table(&paths) {
        Ok(table) => table,
        Err(diags) => {
            let errors = diags.iter().map(|diag| {
                let lit = args.csv.iter().find(|l| l.value() == diag.path);
                let span = lit.map_or_else(proc_macro2::Span::call_site, syn::LitStr::span);
                syn::Error::new(span, diag).to_compile_error()
            });
            return quote!(#item #(#errors)*);
        }
    };

    let spec = expand::EnumSpec {
        attrs: decl.attrs,
        vis: decl.vis,
        ident: decl.ident,
        krate: args
            .krate
            .unwrap_or_else(|| syn::parse_quote!(::aliyun_errors)),
        krate_option: None,
        non_exhaustive: args.non_exhaustive,
        sources: shown,
        tracked: resolved
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect(),
    };
    expand::expand(&table, &spec)
}

/// Resolves a table path as written: relative to the `CARGO_MANIFEST_DIR` of the crate
/// being compiled. If the file is not there and `ALIYUN_ERRORS_MANIFEST_DIR` is set, relative
/// to that instead: test harnesses such as trybuild compile cases in a crate under
/// `target/`, away from their tables.
fn resolve(path: &str) -> PathBuf {
    let under = |var: &str| std::env::var_os(var).map(|dir| PathBuf::from(dir).join(path));
    let primary = under("CARGO_MANIFEST_DIR").unwrap_or_else(|| PathBuf::from(path));
    match under("ALIYUN_ERRORS_MANIFEST_DIR") {
        Some(fallback) if !primary.exists() && fallback.exists() => fallback,
        _ => primary,
    }
}

#[cfg(test)]
mod tests;
