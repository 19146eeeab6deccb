//! Generate step: a validated [`ParsedTable`] into the enum and its trait implementations.
use std::fmt::Write as _;

// Only `is_available` and the compiler's lexer, for `lex` and `doc_line`.
extern crate proc_macro;

use proc_macro2::{Ident, TokenStream};
use quote::{ToTokens, quote};
use syn::{Attribute, Visibility};

use crate::PRIVATE_MODULE;
use crate::lookup;
use crate::model::{Code, ParsedTable, Row};

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
    /// The envelope style whose family retry rules the errors follow, if the product has one.
    pub style: Option<aliyun_errors_core::Style>,
    /// Also generate the operations' kinds, as a child module `ops` (a table with `apis`).
    pub operations: bool,
}

impl EnumSpec {
    /// `vis enum ident`, the runtime at `krate` (`::aliyun_errors` when `None`); no
    /// attributes, sources or tracked files, exhaustive. Each entry point sets the rest.
    pub(crate) fn new(vis: Visibility, ident: Ident, krate: Option<syn::Path>) -> Self {
        EnumSpec {
            attrs: Vec::new(),
            vis,
            ident,
            krate: krate.unwrap_or_else(|| syn::parse_quote!(::aliyun_errors)),
            krate_option: None,
            non_exhaustive: false,
            sources: Vec::new(),
            tracked: Vec::new(),
            style: None,
            operations: false,
        }
    }
}

/// The generated source in three parts. `head` holds the enum's attributes and `vis enum Name`
/// as tokens, so that an error in one of the user's own attributes points at it; `variants`
/// is the enum's `{ … }` as text, lexed in one call; `items` is everything after the enum.
pub(crate) struct Generated {
    pub head: TokenStream,
    pub variants: String,
    pub items: Items,
}

/// Everything after the enum, as text (lexed in one call): the table's data and the one
/// macro call that implements the enum's traits from it.
pub(crate) struct Items {
    pub text: String,
}

impl Items {
    pub(crate) fn tokens(&self) -> TokenStream {
        lex(&self.text)
    }
}

impl Generated {
    pub(crate) fn tokens(&self) -> TokenStream {
        let head = &self.head;
        let variants = lex(&self.variants);
        let items = self.items.tokens();
        quote!(#head #variants #items)
    }

    /// The whole output as source text, unformatted.
    pub(crate) fn source(&self) -> String {
        let Generated {
            head,
            variants,
            items,
        } = self;
        format!("{head} {variants} {}", items.text)
    }
}

/// Generates the enum, `ErrorCode`, `Display`, `Error`, `FromStr`, `AsRef<str>` and serde.
pub(crate) fn generate(table: &ParsedTable, spec: &EnumSpec) -> Generated {
    // About 100 bytes of variant per row, 150 of items: one allocation each in the common case.
    let mut variants = String::with_capacity(1024 + 128 * table.rows().len());
    write_variants(&mut variants, table, None);
    Generated {
        head: enum_head(table, spec, None),
        variants,
        items: items(table, spec),
    }
}

/// [`generate`], as tokens.
pub(crate) fn expand(table: &ParsedTable, spec: &EnumSpec) -> TokenStream {
    generate(table, spec).tokens()
}

/// The enum in the `#[derive(ErrorCode)]` form: one `#[error_code(...)]` per row, the
/// implementations left to the derive (which calls [`impls`]). Short enough to check in.
#[cfg_attr(not(feature = "format"), allow(dead_code))]
pub(crate) fn derive_form(table: &ParsedTable, spec: &EnumSpec) -> TokenStream {
    let krate = &spec.krate;
    let derive = quote!(#krate::ErrorCode);
    let crate_option = spec
        .krate_option
        .as_ref()
        .map(|path| quote!(#[error_code(crate = #path)]));
    let mut body = String::new();
    write_variants(
        &mut body,
        table,
        Some(&|code, out| {
            for row in table.rows_of(code) {
                let _ = write!(out, "#[error_code(code = {}, ", StrLiteral(&row.code));
                // No `status` key: the row documents none.
                if let Some(status) = row.http_status {
                    let _ = write!(out, "status = {status}, ");
                }
                let _ = write!(
                    out,
                    "message = {}, retry = {:?})]",
                    StrLiteral(&row.message),
                    row.retry.as_str()
                );
            }
        }),
    );
    let head = enum_head(table, spec, Some((&derive, crate_option)));
    let body = lex(&body);
    quote!(#head #body)
}

type RowAttrs<'a> = &'a dyn Fn(&Code, &mut String);

/// The enum's head: the user's attributes, a summary, the derives (with `ErrorCode` in the
/// derive form), then `vis enum Name`.
fn enum_head(
    table: &ParsedTable,
    spec: &EnumSpec,
    derive_form: Option<(&TokenStream, Option<TokenStream>)>,
) -> TokenStream {
    let EnumSpec {
        attrs, vis, ident, ..
    } = spec;
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
    let (extra_derive, crate_option) = match derive_form {
        Some((derive, crate_option)) => (Some(quote!(, #derive)), crate_option),
        None => (None, None),
    };
    let non_exhaustive = spec.non_exhaustive.then(|| quote!(#[non_exhaustive]));
    // The naming rule's disambiguated names (`Foo_2`, `Self_`) are not UpperCamelCase.
    let allow = table
        .codes()
        .iter()
        .any(|c| c.variant.contains('_'))
        .then(|| quote!(#[allow(non_camel_case_types)]));
    quote! {
        #(#attrs)*
        #summary_doc
        #allow
        // `::core` resolves in every crate of edition 2018 or later, even `no_implicit_prelude`.
        #[derive(
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::fmt::Debug,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::cmp::PartialOrd,
            ::core::cmp::Ord,
            ::core::hash::Hash
            #extra_derive
        )]
        #crate_option
        #non_exhaustive
        #vis enum #ident
    }
}

/// `{ variants }`: one documented variant per code (with its `#[error_code]` rows in the
/// derive form).
fn write_variants(out: &mut String, table: &ParsedTable, rows: Option<RowAttrs<'_>>) {
    out.push('{');
    let mut line = String::new();
    for code in table.codes() {
        write_variant_docs(out, &mut line, table, code);
        if let Some(rows) = rows {
            rows(code, out);
        }
        out.push_str(&code.variant);
        out.push(',');
    }
    out.push('}');
}

/// A variant's documentation: its wire code, statuses and retry class, then its message
/// (one row: one line, the common case) or a list of its rows. `line` is scratch space.
fn write_variant_docs(out: &mut String, line: &mut String, table: &ParsedTable, code: &Code) {
    let rows: Vec<&Row> = table.rows_of(code).collect();
    write_code_docs(out, line, code, &rows);
}

/// [`write_variant_docs`] from the rows given: a code's, or those of its rows one API
/// documents (an operation's kind).
pub(crate) fn write_code_docs(out: &mut String, line: &mut String, code: &Code, rows: &[&Row]) {
    let (wire, retry) = (&code.code, code.retry.as_str());
    line.clear();
    if let [row] = rows {
        line.push_str(" `");
        line.push_str(wire);
        match row.http_status {
            Some(status) => {
                line.push_str("` (HTTP ");
                push_int(line, status);
            }
            None => line.push_str("` (HTTP status not documented"),
        }
        line.push_str(", retry: ");
        line.push_str(retry);
        line.push_str("): ");
        escape_markdown(line, &row.message);
        doc_line(out, line);
        return;
    }
    let mut statuses: Vec<u16> = Vec::new();
    for status in rows.iter().filter_map(|row| row.http_status) {
        if !statuses.contains(&status) {
            statuses.push(status);
        }
    }
    if statuses.is_empty() {
        let _ = write!(line, " `{wire}` (HTTP status not documented");
    } else {
        let _ = write!(line, " `{wire}` (HTTP ");
        for (i, status) in statuses.into_iter().enumerate() {
            let separator = if i == 0 { "" } else { ", " };
            let _ = write!(line, "{separator}{status}");
        }
    }
    let _ = write!(line, ", retry: {retry}):");
    doc_line(out, line);
    doc_line(out, "");
    for row in rows {
        line.clear();
        match row.http_status {
            Some(status) => {
                let _ = write!(line, " - {status}: ");
            }
            None => line.push_str(" - no documented status: "),
        }
        escape_markdown(line, &row.message);
        doc_line(out, line);
    }
}

/// One line of documentation (no line break in it: `escape_markdown` sees to that), in the
/// form the lexer at hand reads fastest. Inside the compiler, a `///` comment: one token.
/// Outside, `#[doc = r"…"]`: proc-macro2 turns a comment into a new literal char by char.
pub(crate) fn doc_line(out: &mut String, line: &str) {
    write_doc_line(out, line, proc_macro::is_available());
}

/// [`doc_line`] in either form; both give the same documentation (tested).
pub(crate) fn write_doc_line(out: &mut String, line: &str, as_comment: bool) {
    if as_comment {
        out.push_str("///");
        out.push_str(line);
        out.push('\n');
    } else {
        out.push_str("#[doc = ");
        StrLiteral(line).push_to(out);
        out.push(']');
    }
}

/// `ErrorCode`, `Display`, `Error`, `FromStr`, `AsRef<str>` and serde for an enum whose
/// variants are the table's codes (for `#[derive(ErrorCode)]` and [`generate`]): the
/// table's data, handed to the runtime's one macro that implements them all.
pub(crate) fn items(table: &ParsedTable, spec: &EnumSpec) -> Items {
    let mut text = String::with_capacity(4096 + 128 * table.rows().len());
    write_data(&mut text, table, spec);
    if spec.operations && table.has_apis() {
        let vis = spec.vis.to_token_stream().to_string();
        let krate = spec.krate.to_token_stream().to_string();
        let _ = write!(
            text,
            "#[doc = \"Each API's own errors: per API that documents a code of [`{ident}`], an enum of \
             those codes and `Other`.\"] {vis} mod ops {{",
            ident = spec.ident
        );
        let ident = spec.ident.to_string();
        crate::ops::write_ops(&mut text, table, &ident, &krate, spec.non_exhaustive);
        text.push('}');
    }
    Items { text }
}

/// `const _: () = { …; krate::__private::error_code!(Ident, all: …, table: …, …); };`: the
/// variants, the rows grouped by code, each code's first row, the lookup slots and seed
/// (`aliyun_errors_core::layout::encode`), the templates most specific first, the style, and the API index (each API
/// name once, sorted; per code its APIs, per API its codes). A variant's position is its
/// index: the variants have no explicit discriminants.
fn write_data(out: &mut String, table: &ParsedTable, spec: &EnumSpec) {
    let krate = spec.krate.to_token_stream().to_string();
    let ident = spec.ident.to_string();
    let codes = table.codes();
    out.push_str("const _: () = {");
    for path in &spec.tracked {
        // Editing a table changes these bytes, so cargo rebuilds the crate that uses it.
        let _ = write!(
            out,
            "const _: &[u8] = ::core::include_bytes!({});",
            StrLiteral(path)
        );
    }
    let _ = write!(
        out,
        "use {krate}::{PRIVATE_MODULE} as __p; use {ident} as __E; \
         __p::error_code!({ident}, all: ["
    );
    for code in codes {
        push_variant(out, code);
    }
    let data = table.encode();
    out.push_str("], text: ");
    StrLiteral(&data.text).push_to(out);
    out.push_str(", codes: ");
    push_bytes(out, &data.codes);
    out.push_str(", rows: ");
    push_bytes(out, &data.rows);
    out.push_str(", first: ");
    push_bytes(out, &data.first);
    out.push_str(", slots: ");
    push_bytes(out, &data.slots);
    out.push_str(", seed: ");
    push_int(out, data.seed);
    if let Some(style) = spec.style {
        let _ = write!(out, ", style: {style:?}");
    }
    let names: Vec<&str> = codes.iter().map(|c| c.code.as_str()).collect();
    if let Some(by_length) = lookup::by_length(&names) {
        out.push_str(", by_length: {");
        for (len, group) in by_length {
            push_int(out, len);
            out.push_str(" => [");
            for (code, index) in group {
                StrLiteral(code).push_to(out);
                out.push(' ');
                push_int(out, index);
                out.push(' ');
            }
            out.push(']');
        }
        out.push('}');
    }
    if !data.templates.is_empty() {
        out.push_str(", templates: [");
        for index in data.templates {
            push_int(out, index);
            out.push(' ');
        }
        out.push(']');
    }
    if table.has_apis() {
        write_api_index(out, table);
    }
    out.push_str("); };");
}

/// `, api_names: [...], api_codes: b"...", api_first: b"..."`: the API names sorted,
/// each once; per API, its codes' indices in table order.
fn write_api_index(out: &mut String, table: &ParsedTable) {
    let codes_of = crate::ops::apis_with_codes(table);
    out.push_str(", api_names: [");
    for api in codes_of.keys() {
        StrLiteral(api).push_to(out);
        out.push(',');
    }
    out.push_str("], api_codes: ");
    push_u16s(out, codes_of.values().flatten().copied());
    out.push_str(", api_first: ");
    let mut first = 0;
    push_u32s(
        out,
        std::iter::once(0).chain(codes_of.values().map(|codes| {
            first += codes.len();
            first
        })),
    );
}

/// Bytes as one byte-string literal.
fn push_bytes(out: &mut String, bytes: &[u8]) {
    out.push_str(&proc_macro2::Literal::byte_string(bytes).to_string());
}

/// Numbers as one byte-string literal of little-endian `u16`s (the runtime's `u16_at`): one
/// token, where an array would be one per number (BENCHMARKS.md). Every number fits: the
/// validate step bounds a table's codes and APIs.
pub(crate) fn push_u16s(out: &mut String, numbers: impl Iterator<Item = usize>) {
    let bytes: Vec<u8> = numbers
        .flat_map(|n| u16::try_from(n).unwrap_or(u16::MAX).to_le_bytes())
        .collect();
    out.push_str(&proc_macro2::Literal::byte_string(&bytes).to_string());
}

/// Numbers as one byte-string literal of little-endian `u32`s (the runtime's `u32_at`).
fn push_u32s(out: &mut String, numbers: impl Iterator<Item = usize>) {
    let bytes: Vec<u8> = numbers
        .flat_map(aliyun_errors_core::layout::le_u32)
        .collect();
    push_bytes(out, &bytes);
}

/// `__E::Variant,` (`__E` is the enum, by a short name).
fn push_variant(out: &mut String, code: &Code) {
    out.push_str("__E::");
    out.push_str(&code.variant);
    out.push(',');
}

/// A string literal's source text, written where it is formatted (no allocation): raw
/// (`r#"…"#`) when it can be, which needs no escaping.
pub(crate) struct StrLiteral<'a>(pub &'a str);

impl StrLiteral<'_> {
    /// Appends the literal to `out`; the common case (`r"…"`) in pieces, without the
    /// formatting machinery, which costs more than the copy (BENCHMARKS.md).
    pub(crate) fn push_to(&self, out: &mut String) {
        if self.hashes() == Some(0) {
            out.push_str("r\"");
            out.push_str(self.0);
            out.push('"');
        } else {
            let _ = write!(out, "{self}");
        }
    }

    /// How many `#` the raw literal needs, or `None` when only an escaped one will do.
    fn hashes(&self) -> Option<usize> {
        let text = self.0;
        // `\r` and `"` found in one pass over the bytes (a fold with no early exit, which the
        // compiler vectorizes), and only non-ASCII text looked at char by char
        // (BENCHMARKS.md, the decisions table).
        let (cr, quote) = text.bytes().fold((false, false), |(cr, quote), b| {
            (cr | (b == b'\r'), quote | (b == b'"'))
        });
        // A raw string may not hold a carriage return, and an invisible character (a zero
        // width space) in one trips lints: Debug writes a valid literal with them escaped.
        if cr
            || !text.is_ascii()
                && text
                    .chars()
                    .any(|c| !c.is_ascii() && c.escape_debug().count() > 1)
        {
            return None;
        }
        let mut hashes = 0;
        if quote {
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
        Some(hashes)
    }
}

impl std::fmt::Display for StrLiteral<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = self.0;
        match self.hashes() {
            None => write!(f, "{text:?}"),
            Some(0) => write!(f, "r\"{text}\""),
            Some(hashes) => {
                let fence = "#".repeat(hashes);
                write!(f, "r{fence}\"{text}\"{fence}")
            }
        }
    }
}

/// Appends `n` in decimal: `itoa`, not `write!`, whose machinery costs more than the digits.
pub(crate) fn push_int(out: &mut String, n: impl itoa::Integer) {
    out.push_str(itoa::Buffer::new().format(n));
}

/// Tokens from generated source text. A table's data is written as text and lexed in one
/// call: inside the compiler, building tokens one by one costs a call into it per token.
pub(crate) fn lex(text: &str) -> TokenStream {
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

/// Appends `text` with Markdown punctuation backslash-escaped, so a message shows as
/// written in rustdoc (and `[x]` or `<b>` in a message cannot trip rustdoc's link and HTML
/// lints).
pub(crate) fn escape_markdown(out: &mut String, text: &str) {
    // Most messages have nothing to escape, which one pass over the bytes tells (vectorized:
    // no early exit; any byte outside printable ASCII takes the way below; BENCHMARKS.md).
    let plain = text.bytes().fold(true, |plain, b| {
        plain & matches!(b, b' '..=b'~') & !is_markdown(b)
    });
    if plain {
        out.push_str(text);
        return;
    }
    for ch in text.chars() {
        if u8::try_from(ch).is_ok_and(is_markdown) {
            out.push('\\');
        }
        // A cell may hold a line break or a tab: one doc line, no tab for clippy to flag.
        if ch.is_control() {
            out.push(' ');
        } else {
            out.push(ch);
        }
    }
}

/// Markdown's punctuation, which [`escape_markdown`] escapes.
fn is_markdown(byte: u8) -> bool {
    matches!(
        byte,
        b'\\' | b'`' | b'*' | b'_' | b'[' | b']' | b'<' | b'>' | b'#' | b'|' | b'~' | b'&' | b'!'
    )
}
