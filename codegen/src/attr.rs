//! Parse step for the macro: the `#[error_table(...)]` options.

use proc_macro2::{Span, TokenStream};
use syn::parse::{ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::{LitStr, Token};

/// The options of `#[error_table(csv = "...", crate = "...", non_exhaustive, operations)]`.
pub(crate) struct Args {
    /// One or more tables, merged in order.
    pub csv: Vec<LitStr>,
    /// The path to the runtime crate (`::aliyun_errors` by default).
    pub krate: Option<syn::Path>,
    /// Whether to mark the enum `#[non_exhaustive]`.
    pub non_exhaustive: bool,
    /// Whether to generate the operations' kinds (module `ops`).
    pub operations: bool,
}

/// Parses the options, collecting every problem into one error.
pub(crate) fn parse_args(tokens: TokenStream) -> syn::Result<Args> {
    let mut csv: Option<Vec<LitStr>> = None;
    let mut krate = None;
    let mut non_exhaustive = false;
    let mut operations = false;
    let mut errors: Vec<syn::Error> = Vec::new();

    let parser = syn::meta::parser(|meta| {
        if meta.path.is_ident("csv") {
            if csv.is_some() {
                errors.push(meta.error("duplicate option `csv`"));
            }
            csv = Some(parse_csv_paths(meta.value()?)?);
        } else if meta.path.is_ident("crate") {
            if krate.is_some() {
                errors.push(meta.error("duplicate option `crate`"));
            }
            let lit: LitStr = meta.value()?.parse()?;
            krate = Some(lit.parse::<syn::Path>()?);
        } else if meta.path.is_ident("non_exhaustive") {
            if non_exhaustive {
                errors.push(meta.error("duplicate option `non_exhaustive`"));
            }
            non_exhaustive = true;
        } else if meta.path.is_ident("operations") {
            if operations {
                errors.push(meta.error("duplicate option `operations`"));
            }
            operations = true;
        } else {
            errors.push(meta.error(
                "unknown option, expected `csv = \"...\"`, `crate = \"...\"`, `non_exhaustive` or `operations`",
            ));
            skip_value(meta.input)?;
        }
        Ok(())
    });
    parser.parse2(tokens)?;

    let csv = match csv {
        Some(csv) if csv.is_empty() => {
            errors.push(syn::Error::new(
                Span::call_site(),
                "`csv = [...]` names no table",
            ));
            csv
        }
        Some(csv) => csv,
        None => {
            errors.push(syn::Error::new(
                Span::call_site(),
                "missing option `csv = \"path/to/table.csv\"` (relative to the crate's Cargo.toml)",
            ));
            Vec::new()
        }
    };
    match combine(errors) {
        Some(error) => Err(error),
        None => Ok(Args {
            csv,
            krate,
            non_exhaustive,
            operations,
        }),
    }
}

/// `"a.csv"` or `["a.csv", "b.csv"]`.
fn parse_csv_paths(input: ParseStream<'_>) -> syn::Result<Vec<LitStr>> {
    if input.peek(syn::token::Bracket) {
        let content;
        syn::bracketed!(content in input);
        let paths = Punctuated::<LitStr, Token![,]>::parse_terminated(&content)?;
        Ok(paths.into_iter().collect())
    } else {
        Ok(vec![input.parse()?])
    }
}

/// Skips `= anything` up to the next comma, so one unknown option does not hide the rest.
fn skip_value(input: ParseStream<'_>) -> syn::Result<()> {
    if input.peek(Token![=]) {
        input.parse::<Token![=]>()?;
        while !input.is_empty() && !input.peek(Token![,]) {
            input.parse::<proc_macro2::TokenTree>()?;
        }
    }
    Ok(())
}

/// Folds errors into one `syn::Error` that reports each of them.
pub(crate) fn combine(errors: impl IntoIterator<Item = syn::Error>) -> Option<syn::Error> {
    errors.into_iter().reduce(|mut all, error| {
        all.combine(error);
        all
    })
}
