//! The `#[error_table]` attribute's driver: options and item parsed (`attr`, `ast`), the
//! tables loaded and validated, the enum generated (`expand`).

use std::path::{Path, PathBuf};

use proc_macro2::TokenStream;
use quote::quote;

use crate::{ast, attr, expand, load_table};

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

    let mut spec = expand::EnumSpec::new(decl.vis, decl.ident, args.krate);
    spec.attrs = decl.attrs;
    spec.non_exhaustive = args.non_exhaustive;
    spec.operations = args.operations;
    spec.sources = shown;
    spec.tracked = resolved
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    expand::expand(&table, &spec)
}

/// Resolves a table path as written: relative to the `CARGO_MANIFEST_DIR` of the crate
/// being compiled. If the file is not there and `ALIYUN_ERRORS_MANIFEST_DIR` is set, relative
/// to that instead: test harnesses such as trybuild compile cases in a crate under
/// `target/`, away from their tables.
fn resolve(path: &str) -> PathBuf {
    resolve_in(
        path,
        std::env::var_os("CARGO_MANIFEST_DIR").as_deref(),
        std::env::var_os("ALIYUN_ERRORS_MANIFEST_DIR").as_deref(),
    )
}

/// [`resolve`] with the two directories given.
pub(crate) fn resolve_in(
    path: &str,
    manifest_dir: Option<&std::ffi::OsStr>,
    fallback_dir: Option<&std::ffi::OsStr>,
) -> PathBuf {
    let primary = manifest_dir.map_or_else(|| PathBuf::from(path), |dir| Path::new(dir).join(path));
    match fallback_dir.map(|dir| Path::new(dir).join(path)) {
        Some(fallback) if !primary.exists() && fallback.exists() => fallback,
        _ => primary,
    }
}
