//! Parse step for `#[derive(ErrorCode)]`: an enum kept in source, one
//! `#[error_code(code = "...", status = 403, message = "...", retry = "never")]` per row.
//! Its rows go through the same validation as a table's; problems are spanned on the
//! attribute that wrote the row.

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::{Data, DeriveInput, Fields, LitInt, LitStr};

use crate::attr::combine;
use crate::expand::{self, EnumSpec};
use crate::model::Location;
use crate::read::RawRow;

/// The name rows of a derive are reported under.
const ROWS: &str = "#[error_code]";

/// The whole `#[derive(ErrorCode)]`, on `proc_macro2` tokens. Never panics.
pub fn derive_error_code(item: TokenStream) -> TokenStream {
    match expand_derive(item) {
        Ok(tokens) => tokens,
        Err(error) => error.to_compile_error(),
    }
}

fn expand_derive(item: TokenStream) -> syn::Result<TokenStream> {
    let input: DeriveInput = syn::parse2(item)?;
    let Data::Enum(data) = &input.data else {
        return Err(syn::Error::new_spanned(
            &input.ident,
            "#[derive(ErrorCode)] goes on an enum of unit variants",
        ));
    };
    if !input.generics.params.is_empty() || input.generics.where_clause.is_some() {
        return Err(syn::Error::new_spanned(
            &input.generics,
            "an error code enum takes no generic parameters",
        ));
    }

    let mut errors = Vec::new();
    let mut krate: Option<syn::Path> = None;
    for attr in input
        .attrs
        .iter()
        .filter(|a| a.path().is_ident("error_code"))
    {
        let parsed = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("crate") {
                if krate.is_some() {
                    return Err(meta.error("duplicate option `crate`"));
                }
                let lit: LitStr = meta.value()?.parse()?;
                krate = Some(lit.parse()?);
                Ok(())
            } else {
                Err(meta.error("unknown option on the enum, expected `crate = \"...\"`"))
            }
        });
        errors.extend(parsed.err());
    }

    let mut rows = Vec::new();
    // Per row (by ordinal - 1): the attribute's tokens (errors span all of it), its variant.
    let mut attrs = Vec::new();
    for variant in &data.variants {
        if !matches!(variant.fields, Fields::Unit) || variant.discriminant.is_some() {
            errors.push(syn::Error::new_spanned(
                variant,
                "an error code variant is a unit variant, without fields or discriminant",
            ));
            continue;
        }
        let mut any = false;
        for attr in variant
            .attrs
            .iter()
            .filter(|a| a.path().is_ident("error_code"))
        {
            any = true;
            match parse_row(attr, &variant.ident, rows.len() as u64 + 1) {
                Ok(row) => {
                    rows.push(row);
                    attrs.push((attr.to_token_stream(), &variant.ident));
                }
                Err(error) => errors.push(error),
            }
        }
        if !any {
            errors.push(syn::Error::new_spanned(
                &variant.ident,
                "missing #[error_code(code = \"...\", status = ..., message = \"...\")]",
            ));
        }
    }
    if data.variants.is_empty() {
        errors.push(syn::Error::new_spanned(
            &input.ident,
            "an error code enum needs at least one variant",
        ));
    }

    let mut diags = Vec::new();
    // Other rows are named as the user sees them: by their attribute's variant.
    let describe = |location: &Location, _same_file: bool| {
        let ordinal = location.line as usize;
        match attrs.get(ordinal.wrapping_sub(1)) {
            Some((_, variant)) => format!("the #[error_code] row {ordinal} (on {variant})"),
            None => format!("the #[error_code] row {ordinal}"),
        }
    };
    let table = crate::valid::validate(&[(ROWS, rows)], &mut diags, &describe);
    for diag in diags {
        let message = format!("{}: {}", diag.column, diag.problem);
        let attr = diag.line.and_then(|line| attrs.get(line as usize - 1));
        errors.push(match attr {
            Some((tokens, _)) => syn::Error::new_spanned(tokens, message),
            None => syn::Error::new(Span::call_site(), message),
        });
    }
    if let Some(error) = combine(errors) {
        return Err(error);
    }

    let spec = EnumSpec::new(input.vis, input.ident, krate);
    Ok(expand::items(&table, &spec).tokens())
}

/// One `#[error_code(code = "...", status = 403, message = "...", retry = "never")]`.
fn parse_row(attr: &syn::Attribute, variant: &syn::Ident, ordinal: u64) -> syn::Result<RawRow> {
    let (mut code, mut status, mut message, mut retry) = (None, None, None, None);
    attr.parse_nested_meta(|meta| {
        let key = meta.path.get_ident().map(ToString::to_string);
        // As serde_derive's `Attr::set`: a key given twice is an error, not a silent override.
        let set = |slot: &mut Option<String>, value: String| match slot {
            Some(_) => Err(meta.error(format!("duplicate key `{}`", key.as_deref().unwrap_or("")))),
            None => {
                *slot = Some(value);
                Ok(())
            }
        };
        match key.as_deref() {
            Some("code") => set(&mut code, meta.value()?.parse::<LitStr>()?.value())?,
            Some("message") => set(&mut message, meta.value()?.parse::<LitStr>()?.value())?,
            Some("retry") => set(&mut retry, meta.value()?.parse::<LitStr>()?.value())?,
            Some("status") => {
                let value = meta.value()?;
                let text = if value.peek(LitStr) {
                    value.parse::<LitStr>()?.value()
                } else {
                    value.parse::<LitInt>()?.base10_digits().to_owned()
                };
                set(&mut status, text)?;
            }
            _ => {
                return Err(
                    meta.error("unknown key, expected `code`, `status`, `message` or `retry`")
                );
            }
        }
        Ok(())
    })?;
    let missing = |what: &str| syn::Error::new_spanned(attr, format!("missing `{what}`"));
    Ok(RawRow {
        line: ordinal,
        variant: Some(variant.to_string()),
        code: Some(code.ok_or_else(|| missing("code = \"...\""))?),
        // No `status`: the row documents none.
        http_status: Some(status.unwrap_or_default()),
        message: Some(message.ok_or_else(|| missing("message = \"...\""))?),
        retry: Some(retry.unwrap_or_default()),
        apis: None,
        source: None,
    })
}
