//! Generate step: a validated [`Table`] into the enum and its trait implementations.

use std::collections::BTreeMap;

use std::fmt::Write as _;

// Only `is_available` and the compiler's lexer, for `lex` and `doc_line`.
extern crate proc_macro;

use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;
use syn::{Attribute, Visibility};

use crate::model::{Code, Retry, Table};

/// Everything about the generated enum that does not come from the table.
pub(crate) struct EnumSpec {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub ident: Ident,
    /// Path to the runtime crate, e.g. `::aliyun_errors`.
    pub krate: syn::Path,
    /// The `crate = "..."` option as the user wrote it, kept by the derive form.
    #[cfg_attr(not(feature = "format"), allow(dead_code))]
    pub krate_option: Option<String>,
    pub non_exhaustive: bool,
    /// The table paths as the user wrote them, named in the enum's docs.
    pub sources: Vec<String>,
    /// Absolute paths of the tables, `include_bytes!`-ed so that editing one rebuilds.
    pub tracked: Vec<String>,
}

/// Generates the enum, `ErrorCode`, `Display`, `Error`, `FromStr`, `AsRef<str>` and serde.
pub(crate) fn expand(table: &Table, spec: &EnumSpec) -> TokenStream {
    let decl = enum_decl(table, spec, None);
    let impls = impls(table, spec);
    quote!(#decl #impls)
}

/// The enum in the `#[derive(ErrorCode)]` form: one `#[error_code(...)]` per row, the
/// implementations left to the derive (which calls [`impls`]). Short enough to check in.
#[cfg_attr(not(feature = "format"), allow(dead_code))]
pub(crate) fn derive_form(table: &Table, spec: &EnumSpec) -> TokenStream {
    let krate = &spec.krate;
    let derive = quote!(#krate::ErrorCode);
    let crate_option = spec
        .krate_option
        .as_ref()
        .map(|path| quote!(#[error_code(crate = #path)]));
    let rows = |code: &Code, out: &mut String| {
        for row in table.rows_of(code) {
            let _ = write!(
                out,
                "#[error_code(code = {}, status = {}, message = {}, retry = {:?})]",
                StrLiteral(&row.code),
                row.http_status,
                StrLiteral(&row.message),
                row.retry.as_str()
            );
        }
    };
    enum_decl(table, spec, Some((&derive, crate_option, &rows)))
}

type RowAttrs<'a> = &'a dyn Fn(&Code, &mut String);

/// The enum itself: the user's attributes, a summary, the derives, one documented variant
/// per code (with its `#[error_code]` rows in the derive form).
fn enum_decl(
    table: &Table,
    spec: &EnumSpec,
    derive_form: Option<(&TokenStream, Option<TokenStream>, RowAttrs<'_>)>,
) -> TokenStream {
    let EnumSpec {
        attrs, vis, ident, ..
    } = spec;
    let krate = &spec.krate;
    let core = quote!(#krate::__private::core);
    // The variants as text, lexed in one go (see `lex`).
    let mut variants = String::new();
    for code in table.codes() {
        write_variant_docs(&mut variants, table, code);
        if let Some((_, _, rows)) = &derive_form {
            rows(code, &mut variants);
        }
        let _ = writeln!(variants, "{},", code.variant);
    }
    let variants = lex_group('{', &variants);
    let summary = format!(
        " Generated from {}: {} rows, {} codes.",
        spec.sources
            .iter()
            .map(|s| format!("`{}`", s.replace('`', "'")))
            .collect::<Vec<_>>()
            .join(", "),
        table.rows().len(),
        table.codes().len()
    );
    let summary_doc = if attrs.iter().any(|a| a.path().is_ident("doc")) {
        quote!(#[doc = ""] #[doc = #summary])
    } else {
        quote!(#[doc = #summary])
    };
    let (extra_derive, crate_option) = match &derive_form {
        Some((derive, crate_option, _)) => (Some(quote!(, #derive)), crate_option.clone()),
        None => (None, None),
    };
    let non_exhaustive = spec.non_exhaustive.then(|| quote!(#[non_exhaustive]));
    quote! {
        #(#attrs)*
        #summary_doc
        #[derive(
            #core::clone::Clone,
            #core::marker::Copy,
            #core::fmt::Debug,
            #core::cmp::PartialEq,
            #core::cmp::Eq,
            #core::hash::Hash
            #extra_derive
        )]
        #crate_option
        #non_exhaustive
        #vis enum #ident #variants
    }
}

/// A variant's documentation: its wire code, statuses and retry class, then its message
/// (one row: one line, the common case) or a list of its rows.
fn write_variant_docs(out: &mut String, table: &Table, code: &Code) {
    let mut line = format!(" `{}` (HTTP ", code.code);
    for (i, status) in table.http_statuses(code).iter().enumerate() {
        let separator = if i == 0 { "" } else { ", " };
        let _ = write!(line, "{separator}{status}");
    }
    let _ = write!(line, ", retry: {}):", code.retry);
    if let [row] = code.rows[..] {
        let _ = write!(line, " {}", escape_markdown(&table.rows()[row].message));
        doc_line(out, &line);
        return;
    }
    doc_line(out, &line);
    doc_line(out, "");
    for row in table.rows_of(code) {
        line.clear();
        let _ = write!(
            line,
            " - {}: {}",
            row.http_status,
            escape_markdown(&row.message)
        );
        doc_line(out, &line);
    }
}

/// One line of documentation (no line break in it: `escape_markdown` sees to that), in the
/// form the lexer at hand reads fastest. Inside the compiler, a `///` comment: one token.
/// Outside, `#[doc = r"…"]`: proc-macro2 turns a comment into a new literal char by char.
fn doc_line(out: &mut String, line: &str) {
    if proc_macro::is_available() {
        let _ = writeln!(out, "///{line}");
    } else {
        let _ = write!(out, "#[doc = {}]", StrLiteral(line));
    }
}

/// `ErrorCode`, `Display`, `Error`, `FromStr`, `AsRef<str>` and serde for an enum whose
/// variants are the table's codes.
pub(crate) fn impls(table: &Table, spec: &EnumSpec) -> TokenStream {
    let ident = &spec.ident;
    let krate = &spec.krate;
    let private = quote!(#krate::__private);
    let core = quote!(#private::core);

    let codes = table.codes();
    // Only the classes the table uses: an unused import would warn in the user's crate.
    let retry_imports = [
        (Retry::Never, quote!(NEVER as __NEVER,)),
        (Retry::Throttling, quote!(THROTTLING as __THROTTLING,)),
        (Retry::Transient, quote!(TRANSIENT as __TRANSIENT,)),
    ]
    .into_iter()
    .filter(|(retry, _)| codes.iter().any(|c| c.retry == *retry))
    .map(|(_, import)| import);
    let retry_imports = quote!(#(#retry_imports)*);
    let row_count = Literal::usize_unsuffixed(table.rows().len());
    let code_count = Literal::usize_unsuffixed(codes.len());
    // Each row's strings are written once, in the table `__E`. Per-code tables, in variant
    // order, are indexed by `self as usize` (the variants have no explicit discriminants).
    // The data is written as text and lexed in one go (see `lex`).
    let mut rows = String::new();
    for row in table.rows() {
        let retry = match row.retry {
            Retry::Never => "__NEVER",
            Retry::Throttling => "__THROTTLING",
            Retry::Transient => "__TRANSIENT",
        };
        let _ = writeln!(
            rows,
            "__row({}, {}, {}, {retry}),",
            StrLiteral(&row.code),
            row.http_status,
            StrLiteral(&row.message)
        );
    }
    let (mut all, mut statuses, mut messages, mut code_rows) =
        (String::new(), String::new(), String::new(), String::new());
    for code in codes {
        let _ = write!(all, "Self::{},", code.variant);
        let _ = write!(statuses, "&{:?},", table.http_statuses(code));
        // The first row of each distinct message.
        let mut seen: Vec<&str> = Vec::new();
        messages.push_str("&[");
        for &i in &code.rows {
            let message = table.rows()[i].message.as_str();
            if !seen.contains(&message) {
                seen.push(message);
                let _ = write!(messages, "__E[{i}].message,");
            }
        }
        messages.push_str("],");
        code_rows.push_str("&[");
        for &i in &code.rows {
            let _ = write!(code_rows, "__E[{i}],");
        }
        code_rows.push_str("],");
    }
    let [rows, all, statuses, messages, code_rows] =
        [rows, all, statuses, messages, code_rows].map(|text| lex_group('[', &text));
    let from_code = from_code_body(table, &core);
    let tracked = &spec.tracked;
    let tracking = (!tracked.is_empty()).then(|| {
        quote! {
            // Editing a table changes these bytes, so cargo rebuilds the crate that uses it.
            #(const _: &[u8] = #core::include_bytes!(#tracked);)*
        }
    });

    quote! {
        const _: () = {
            #tracking

            use #krate::{Entry as __Entry, Retry as __Retry};
            use #private::{#retry_imports row as __row};

            /// Every row, in table order.
            const __E: [__Entry; #row_count] = #rows;
            /// Per code: its distinct statuses and messages, and its rows (the first row gives
            /// `code()`, `http_status()`, `message()` and `retry()`).
            const __STATUSES: [&[u16]; #code_count] = #statuses;
            const __MESSAGES: [&[&str]; #code_count] = #messages;
            const __ROWS: [&[__Entry]; #code_count] = #code_rows;

            impl #krate::ErrorCode for #ident {
                const ALL: &'static [Self] = &#all;

                fn code(self) -> &'static str {
                    __ROWS[self as usize][0].code
                }

                fn from_code(code: &str) -> #core::option::Option<Self> {
                    #from_code
                }

                fn http_status(self) -> u16 {
                    __ROWS[self as usize][0].http_status
                }

                fn http_statuses(self) -> &'static [u16] {
                    __STATUSES[self as usize]
                }

                fn message(self) -> &'static str {
                    __ROWS[self as usize][0].message
                }

                fn messages(self) -> &'static [&'static str] {
                    __MESSAGES[self as usize]
                }

                fn retry(self) -> __Retry {
                    __ROWS[self as usize][0].retry
                }

                fn rows(self) -> &'static [__Entry] {
                    __ROWS[self as usize]
                }

                fn entries() -> &'static [__Entry] {
                    const ALL: &[__Entry] = &__E;
                    ALL
                }
            }

            impl #core::fmt::Display for #ident {
                fn fmt(&self, f: &mut #core::fmt::Formatter<'_>) -> #core::fmt::Result {
                    f.write_str(<Self as #krate::ErrorCode>::code(*self))?;
                    f.write_str(": ")?;
                    f.write_str(<Self as #krate::ErrorCode>::message(*self))
                }
            }

            impl #private::std::error::Error for #ident {}

            impl #core::str::FromStr for #ident {
                type Err = #krate::UnknownCode;

                fn from_str(code: &str) -> #core::result::Result<Self, Self::Err> {
                    <Self as #krate::ErrorCode>::from_code(code)
                        .ok_or_else(|| #krate::UnknownCode::new(code))
                }
            }

            impl #core::convert::AsRef<str> for #ident {
                fn as_ref(&self) -> &str {
                    <Self as #krate::ErrorCode>::code(*self)
                }
            }
        };

        #private::impl_serde!(#ident);
    }
}

/// `match code.len()` first, then the codes of that length: one length compare rules out
/// most codes before any byte is compared.
fn from_code_body(table: &Table, core: &TokenStream) -> TokenStream {
    let mut by_len: BTreeMap<usize, Vec<(&str, usize)>> = BTreeMap::new();
    for (index, code) in table.codes().iter().enumerate() {
        by_len
            .entry(code.code.len())
            .or_default()
            .push((&code.code, index));
    }
    // The arms give the variant's index: plain numbers keep the generated code small.
    let none = quote!(#core::option::Option::None).to_string();
    let mut arms = String::new();
    for (len, group) in &by_len {
        let _ = write!(arms, "{len} => match code {{");
        for (code, index) in group {
            let _ = write!(arms, "{} => {index},", StrLiteral(code));
        }
        let _ = write!(arms, "_ => return {none}, }},");
    }
    let _ = write!(arms, "_ => return {none},");
    let arms = lex_group('{', &arms);
    quote! {
        let index = match code.len() #arms;
        #core::option::Option::Some(Self::ALL[index])
    }
}

/// A string literal's source text, written where it is formatted (no allocation): raw
/// (`r#"…"#`) when it can be, which needs no escaping.
pub(crate) struct StrLiteral<'a>(pub &'a str);

impl std::fmt::Display for StrLiteral<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = self.0;
        if text.contains('\r') {
            // A raw string may not hold a carriage return; Debug writes a valid escaped literal.
            return write!(f, "{text:?}");
        }
        // The common case, no `"`, is told by std's search (optimized even in a debug build).
        let mut hashes = 0;
        if text.contains('"') {
            // Enough hashes that no `"` inside is followed by as many.
            let mut run: Option<usize> = None;
            for ch in text.chars() {
                run = match (ch, run) {
                    ('"', _) => Some(0),
                    ('#', Some(n)) => Some(n + 1),
                    _ => None,
                };
                if let Some(n) = run {
                    hashes = hashes.max(n + 1);
                }
            }
        }
        let fence = &"#".repeat(hashes);
        write!(f, "r{fence}\"{text}\"{fence}")
    }
}

/// One delimited group (`open` is `[` or `{`) lexed from generated source text: as one
/// token, it is interpolated into `quote!` without copying what it holds.
fn lex_group(open: char, body: &str) -> TokenStream {
    let close = if open == '[' { ']' } else { '}' };
    lex(&format!("{open}{body}{close}"))
}

/// Tokens from generated source text. A table's data is written as text and lexed in one
/// call: inside the compiler, building tokens one by one costs a call into it per token.
fn lex(text: &str) -> TokenStream {
    // Inside a macro, the compiler's lexer directly: proc-macro2's `parse` first lexes the
    // whole text again with its own lexer, in the macro's (usually unoptimized) build, to
    // guard against text that would abort the compiler. Ours is generated and always lexes
    // (the tests lex every generated form with proc-macro2's lexer, outside the compiler).
    if proc_macro::is_available()
        && let Ok(tokens) = text.parse::<proc_macro::TokenStream>()
    {
        return tokens.into();
    }
    text.parse().unwrap_or_else(|error| {
        // Generated text that does not lex is a bug of ours: a compile error, not a panic.
        let message = format!("aliyun-errors-codegen generated code that does not lex: {error}");
        quote!(::core::compile_error!(#message))
    })
}

/// Backslash-escapes Markdown punctuation so a message shows as written in rustdoc
/// (and `[x]` or `<b>` in a message cannot trip rustdoc's link and HTML lints).
pub(crate) fn escape_markdown(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for ch in text.chars() {
        if matches!(
            ch,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' | '!'
        ) {
            escaped.push('\\');
        }
        // A cell may hold a line break or a tab: one doc line, no tab for clippy to flag.
        if ch.is_control() {
            escaped.push(' ');
        } else {
            escaped.push(ch);
        }
    }
    escaped
}
