//! Generate step: a validated [`Table`] into the enum and its trait implementations.

use std::collections::BTreeMap;

use std::fmt::Write as _;

// Only `is_available` and the compiler's lexer, for `lex` and `doc_line`.
extern crate proc_macro;

use proc_macro2::{Delimiter, Group, Ident, TokenStream};
use quote::{ToTokens, quote};
use syn::{Attribute, Visibility};

use crate::PRIVATE_MODULE;
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

/// Everything after the enum: the table's items as text (lexed in one call), the fixed
/// implementations as the tokens `quote!` built (printing and lexing them again only costs).
pub(crate) struct Items {
    pub text: String,
    pub fixed: TokenStream,
    /// `krate::private::impl_serde!(Ident);`, after the `const _` block.
    pub serde: TokenStream,
}

impl Items {
    /// `const _: () = { items fixed }; serde`, the table's text lexed.
    pub(crate) fn tokens(&self) -> TokenStream {
        let Items { fixed, serde, .. } = self;
        let mut body = lex(&self.text);
        body.extend(fixed.clone());
        // The block built from `body` itself: `quote!` would copy each of its tokens.
        let body = Group::new(Delimiter::Brace, body);
        quote!(const _: () = #body; #serde)
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
        let Items { text, fixed, serde } = items;
        format!("{head} {variants} const _: () = {{ {text} {fixed} }}; {serde}")
    }
}

/// Generates the enum, `ErrorCode`, `Display`, `Error`, `FromStr`, `AsRef<str>` and serde.
pub(crate) fn generate(table: &Table, spec: &EnumSpec) -> Generated {
    // About 100 bytes of variant per row, 150 of items: one allocation each in the common case.
    let mut variants = String::with_capacity(1024 + 128 * table.entries().len());
    write_variants(&mut variants, table, None);
    Generated {
        head: enum_head(table, spec, None),
        variants,
        items: items(table, spec),
    }
}

/// [`generate`], as tokens.
pub(crate) fn expand(table: &Table, spec: &EnumSpec) -> TokenStream {
    generate(table, spec).tokens()
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
    let mut body = String::new();
    write_variants(
        &mut body,
        table,
        Some(&|code, out| {
            for row in table.entries_of(code) {
                let _ = write!(
                    out,
                    "#[error_code(code = {}, status = {}, message = {}, retry = {:?})]",
                    StrLiteral(&row.code),
                    row.http_status,
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
    table: &Table,
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
        table.entries().len(),
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
fn write_variants(out: &mut String, table: &Table, rows: Option<RowAttrs<'_>>) {
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
fn write_variant_docs(out: &mut String, line: &mut String, table: &Table, code: &Code) {
    let rows = table.entries();
    let (wire, retry) = (&code.code, code.retry.as_str());
    line.clear();
    if let [row] = code.entries[..] {
        let row = &rows[row];
        line.push_str(" `");
        line.push_str(wire);
        line.push_str("` (HTTP ");
        push_int(line, row.http_status);
        line.push_str(", retry: ");
        line.push_str(retry);
        line.push_str("): ");
        escape_markdown(line, &row.message);
        doc_line(out, line);
        return;
    }
    let _ = write!(line, " `{wire}` (HTTP ");
    for (i, status) in table.http_statuses(code).into_iter().enumerate() {
        let separator = if i == 0 { "" } else { ", " };
        let _ = write!(line, "{separator}{status}");
    }
    let _ = write!(line, ", retry: {retry}):");
    doc_line(out, line);
    doc_line(out, "");
    for row in table.entries_of(code) {
        line.clear();
        let _ = write!(line, " - {}: ", row.http_status);
        escape_markdown(line, &row.message);
        doc_line(out, line);
    }
}

/// One line of documentation (no line break in it: `escape_markdown` sees to that), in the
/// form the lexer at hand reads fastest. Inside the compiler, a `///` comment: one token.
/// Outside, `#[doc = r"…"]`: proc-macro2 turns a comment into a new literal char by char.
fn doc_line(out: &mut String, line: &str) {
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
/// variants are the table's codes, in the form [`Items::tokens`] hands on (for
/// `#[derive(ErrorCode)]` and [`generate`]).
pub(crate) fn items(table: &Table, spec: &EnumSpec) -> Items {
    let krate = &spec.krate;
    let ident = &spec.ident;
    let private = Ident::new(PRIVATE_MODULE, proc_macro2::Span::call_site());
    let mut text = String::with_capacity(4096 + 128 * table.entries().len());
    write_items(&mut text, table, spec);
    Items {
        text,
        fixed: fixed_impls(table, spec),
        serde: quote!(#krate::#private::impl_serde!(#ident);),
    }
}

/// The table's data as source text: the items that `ErrorCode`'s methods ([`fixed_impls`])
/// read, inside the `const _` block that [`Items::tokens`] writes around them. Each row's
/// strings are written once, in `__E`; a code finds its rows through `__FIRST` and `__END`,
/// indexed by `code as usize` (the variants have no explicit discriminants). Only the codes
/// whose rows are not adjacent, or that have more than one status or message, are listed
/// again, in a `match`.
fn write_items(out: &mut String, table: &Table, spec: &EnumSpec) {
    let krate = spec.krate.to_token_stream().to_string();
    let ident = spec.ident.to_string();
    let rows = table.entries();
    let codes = table.codes();

    for path in &spec.tracked {
        // Editing a table changes these bytes, so cargo rebuilds the crate that uses it.
        let _ = write!(
            out,
            "const _: &[u8] = __core::include_bytes!({});",
            StrLiteral(path)
        );
    }
    let _ = write!(
        out,
        "use {krate}::{{Entry as __Entry, ErrorCode as __ErrorCode, \
         UnknownCode as __UnknownCode}};\
         use {krate}::{PRIVATE_MODULE}::{{core as __core, core::fmt as __fmt, \
         core::option::Option as __Option, std as __std, display as __display, \
         parse as __parse, Parsed as __Parsed, "
    );
    // Only the classes the table uses: an unused import would warn in the user's crate.
    for (retry, import) in [
        (Retry::Never, "NEVER as __NEVER, "),
        (Retry::Throttling, "THROTTLING as __THROTTLING, "),
        (Retry::Transient, "TRANSIENT as __TRANSIENT, "),
        (Retry::Conflict, "CONFLICT as __CONFLICT, "),
    ] {
        if codes.iter().any(|c| c.retry == retry) {
            out.push_str(import);
        }
    }
    out.push_str("row as __row};");

    let _ = write!(
        out,
        "/// Every row, in table order.\nconst __E: &[__Entry; {}] = &[",
        rows.len()
    );
    for row in rows {
        let retry = match row.retry {
            Retry::Never => "__NEVER",
            Retry::Throttling => "__THROTTLING",
            Retry::Transient => "__TRANSIENT",
            Retry::Conflict => "__CONFLICT",
        };
        out.push_str("__row(");
        StrLiteral(&row.code).push_to(out);
        out.push(',');
        push_int(out, row.http_status);
        out.push(',');
        StrLiteral(&row.message).push_to(out);
        out.push(',');
        out.push_str(retry);
        out.push_str("),");
    }
    let _ = write!(
        out,
        "];\n/// Per code: the index in `__E` of its first row, and one past its last row when its\n\
         /// rows are adjacent (`entries` lists the others).\nconst __FIRST: [u32; {n}] = [",
        n = codes.len()
    );
    for code in codes {
        push_int(out, code.entries[0]);
        out.push(',');
    }
    let _ = write!(out, "];\nconst __END: [u32; {}] = [", codes.len());
    for code in codes {
        push_int(out, code.entries[code.entries.len() - 1] + 1);
        out.push(',');
    }
    out.push_str("];\n");

    let _ = write!(
        out,
        "/// A code's first row: `as_ref()`, and a code's one status or message.\n\
         fn __first(code: {ident}) -> &'static __Entry {{ &__E[__FIRST[code as usize] as usize] }}\
         const __ALL: &[{ident}; {}] = &[",
        codes.len()
    );
    for code in codes {
        out.push_str(&ident);
        out.push_str("::");
        out.push_str(&code.variant);
        out.push(',');
    }
    let _ = write!(out, "];fn __from_code(code: &str) -> __Option<{ident}> {{");
    write_from_code(out, table);
    out.push('}');

    // Statuses, messages and rows: a `match` over the codes that differ from the common case.
    let first = "__core::slice::from_ref(&__first(code)";
    let statuses = format!("{first}.http_status)");
    let signature = ("__http_statuses", "&'static [u16]");
    write_exceptions(out, table, &ident, signature, &statuses, |out, code| {
        let statuses = table.http_statuses(code);
        if statuses.len() == 1 {
            return false;
        }
        let _ = write!(out, "&{statuses:?}");
        true
    });
    let messages = format!("{first}.message)");
    let signature = ("__messages", "&'static [&'static str]");
    write_exceptions(out, table, &ident, signature, &messages, |out, code| {
        let messages = table.distinct_entries(code, |row| &row.message);
        if messages.len() == 1 {
            return false;
        }
        out.push_str("const { &[");
        for r in messages {
            let _ = write!(out, "__E[{r}].message,");
        }
        out.push_str("] }");
        true
    });
    let adjacent = "&__E[__FIRST[code as usize] as usize..__END[code as usize] as usize]";
    let signature = ("__entries", "&'static [__Entry]");
    write_exceptions(out, table, &ident, signature, adjacent, |out, code| {
        if code.entries.windows(2).all(|w| w[1] == w[0] + 1) {
            return false;
        }
        out.push_str("const { &[");
        for r in &code.entries {
            let _ = write!(out, "__E[{r}],");
        }
        out.push_str("] }");
        true
    });
    write_templates(out, table, &krate, &ident);
    write_apis(out, table, &ident);
}

/// The implementations whose text does not grow with the table: `ErrorCode`'s skeleton
/// (each method reads the items [`write_items`] wrote: `__E`, `__first`, `__from_code`, …),
/// `Display` (code and first message), `Error`, `FromStr` and `TryFrom<&str>` (error
/// `UnknownCode`), `AsRef<str>`. Placed inside the `const _` block, after those items and
/// their `use`s (`__ErrorCode`, `__core`, …: short paths, fewer tokens to build).
fn fixed_impls(table: &Table, spec: &EnumSpec) -> TokenStream {
    let ident = &spec.ident;
    // Only the methods whose items the table has; the trait's defaults otherwise.
    let templates = (!table.templates().is_empty()).then(|| {
        quote! {
            fn templates() -> &'static [Self] { __TEMPLATES }
            fn from_template(code: &str) -> __Option<Self> { __from_template(code) }
        }
    });
    let apis = table.has_apis().then(|| {
        quote! {
            fn apis(self) -> &'static [&'static str] { __apis(self) }
            fn of_api(api: &str) -> &'static [Self] { __of_api(api) }
        }
    });
    quote! {
        impl __ErrorCode for #ident {
            const ALL: &'static [Self] = __ALL;
            fn from_code(code: &str) -> __Option<Self> { __from_code(code) }
            #templates
            #apis
            fn http_statuses(self) -> &'static [u16] { __http_statuses(self) }
            fn messages(self) -> &'static [&'static str] { __messages(self) }
            fn entries(self) -> &'static [__Entry] { __entries(self) }
            fn table() -> &'static [__Entry] { __E }
        }
        impl __fmt::Display for #ident {
            fn fmt(&self, f: &mut __fmt::Formatter<'_>) -> __fmt::Result { __display(*self, f) }
        }
        impl __std::error::Error for #ident {}
        impl __core::str::FromStr for #ident {
            type Err = __UnknownCode;
            // `__Parsed<Self>`, not `Result<Self, Self::Err>`: a table may have a code `Err`.
            fn from_str(code: &str) -> __Parsed<Self> { __parse(code) }
        }
        impl __core::convert::TryFrom<&str> for #ident {
            type Error = __UnknownCode;
            fn try_from(code: &str) -> __Parsed<Self> { __parse(code) }
        }
        impl __core::convert::AsRef<str> for #ident {
            fn as_ref(&self) -> &str {
                __first(*self).code
            }
        }
    }
}

/// `__TEMPLATES` and `__from_template()` (for `templates()` and `from_template()`), for a
/// table with template codes (`ACS.InvalidParameter.%s`): each template's literal start and
/// end are compared first (computed here, once), the full match only for a code that has both.
fn write_templates(out: &mut String, table: &Table, krate: &str, ident: &str) {
    let templates = table.templates();
    if templates.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "const __TEMPLATES: &[{ident}; {}] = &[",
        templates.len()
    );
    for code in &templates {
        let _ = write!(out, "{ident}::{},", code.variant);
    }
    let _ = write!(
        out,
        "]; fn __from_template(code: &str) -> __Option<{ident}> {{"
    );
    for code in &templates {
        let template = code.code.as_str();
        let wildcards: Vec<usize> = template
            .match_indices('%')
            .map(|(at, _)| at)
            .filter(|&at| matches!(template.get(at..at + 2), Some("%s" | "%d")))
            .collect();
        let (first, last) = (wildcards[0], wildcards[wildcards.len() - 1]);
        let _ = write!(
            out,
            "if code.starts_with({}) && code.ends_with({}) && {krate}::{PRIVATE_MODULE}::template_matches({}, code) {{ return __Option::Some({ident}::{}); }}",
            StrLiteral(&template[..first]),
            StrLiteral(&template[last + 2..]),
            StrLiteral(template),
            code.variant
        );
    }
    out.push_str("__Option::None }");
}

/// `__apis()` and `__of_api()` (for `apis()` and `of_api()`), for a table with the `apis`
/// column: each code's APIs, and each API's codes (sorted by API name, codes in table order).
fn write_apis(out: &mut String, table: &Table, ident: &str) {
    if !table.has_apis() {
        return;
    }
    let mut by_api: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    let _ = write!(
        out,
        "fn __apis(code: {ident}) -> &'static [&'static str] {{ match code {{"
    );
    for code in table.codes() {
        let apis = table.apis_of(code);
        if apis.is_empty() {
            continue;
        }
        let _ = write!(out, "{ident}::{} => &[", code.variant);
        for api in apis {
            let _ = write!(out, "{},", StrLiteral(api));
            by_api.entry(api).or_default().push(&code.variant);
        }
        out.push_str("],");
    }
    out.push_str("#[allow(unreachable_patterns)] _ => &[], } }");
    let _ = write!(
        out,
        "fn __of_api(api: &str) -> &'static [{ident}] {{ match api {{"
    );
    for (api, variants) in by_api {
        let _ = write!(out, "{} => &[", StrLiteral(api));
        for variant in variants {
            let _ = write!(out, "{ident}::{variant},");
        }
        out.push_str("],");
    }
    out.push_str("_ => &[], } }");
}

/// `fn name(code: Ident) -> returns { … }` (`signature` is `(name, returns)`): `common` for
/// most codes, or a `match` with an arm for each code that `arm` writes a value for (it
/// returns false, having written nothing, for the others).
fn write_exceptions(
    out: &mut String,
    table: &Table,
    ident: &str,
    (name, returns): (&str, &str),
    common: &str,
    mut arm: impl FnMut(&mut String, &Code) -> bool,
) {
    let _ = write!(out, " fn {name}(code: {ident}) -> {returns} {{");
    let start = out.len();
    out.push_str("match code {");
    let arms = out.len();
    // A one-row code is always the common case.
    for code in table.codes().iter().filter(|code| code.entries.len() > 1) {
        let at = out.len();
        let _ = write!(out, "{ident}::{} => ", code.variant);
        if arm(out, code) {
            out.push(',');
        } else {
            out.truncate(at);
        }
    }
    if out.len() == arms {
        // No exception: no `match` (clippy flags a match with a single arm).
        out.truncate(start);
        out.push_str(common);
    } else {
        let _ = write!(out, "_ => {common}, }}");
    }
    out.push('}');
}

/// `match code.len()` first, then, in a group of more than [`SMALL_GROUP`] codes of that
/// length, the byte at the position that best tells them apart, then the codes: a length and
/// a byte compare rule out most codes before any string is compared, in a table of two
/// thousand codes as in one of forty. The arms give the variant's index: plain numbers keep
/// the generated code small.
fn write_from_code(out: &mut String, table: &Table) {
    let mut by_len: BTreeMap<usize, Vec<(&str, usize)>> = BTreeMap::new();
    for (index, code) in table.codes().iter().enumerate() {
        by_len
            .entry(code.code.len())
            .or_default()
            .push((&code.code, index));
    }
    out.push_str("let index: usize = match code.len() {");
    for (len, group) in &by_len {
        let _ = write!(out, "{len} => ");
        write_code_match(out, group, &mut Vec::new());
        out.push(',');
    }
    let _ = write!(out, "_ => {NO_INDEX}, }}; __ALL.get(index).copied()");
}

/// The index of no code (`usize::MAX`, which `__ALL.get` refuses): short, as the dispatch
/// writes it in every match.
const NO_INDEX: &str = "!0";

/// Up to this many codes are told apart by comparing strings alone: with 6, the ECS lookup
/// was no faster and 10,000 synthetic rows wrote 8% more text (BENCHMARKS.md).
const SMALL_GROUP: usize = 16;

/// A match over `group` (codes of one length): by the most telling byte not yet used
/// (`used`), level after level, then by string.
fn write_code_match(out: &mut String, group: &[(&str, usize)], used: &mut Vec<usize>) {
    let len = group[0].0.len();
    let best = (group.len() > SMALL_GROUP)
        .then(|| {
            (0..len)
                .filter(|p| !used.contains(p))
                .map(|p| {
                    // Counted in one pass over the group: its largest bucket and how many.
                    let (mut counts, mut largest, mut buckets) = ([0usize; 256], 0, 0);
                    for (code, _) in group {
                        let count = &mut counts[usize::from(code.as_bytes()[p])];
                        buckets += usize::from(*count == 0);
                        *count += 1;
                        largest = largest.max(*count);
                    }
                    // The fewest codes in the largest bucket, then the most buckets.
                    (largest, usize::MAX - buckets, p)
                })
                .min()
        })
        .flatten()
        .filter(|(largest, _, _)| *largest < group.len());
    let Some((_, _, position)) = best else {
        out.push_str("match code {");
        for (code, index) in group {
            StrLiteral(code).push_to(out);
            out.push_str("=>");
            push_int(out, *index);
            out.push(',');
        }
        let _ = write!(out, "_ => {NO_INDEX}, }}");
        return;
    };
    let mut buckets: BTreeMap<u8, Vec<(&str, usize)>> = BTreeMap::new();
    for &(code, index) in group {
        buckets
            .entry(code.as_bytes()[position])
            .or_default()
            .push((code, index));
    }
    used.push(position);
    let _ = write!(out, "match code.as_bytes()[{position}] {{");
    for (byte, bucket) in &buckets {
        let _ = write!(out, "{byte} => ");
        write_code_match(out, bucket, used);
        out.push(',');
    }
    let _ = write!(out, "_ => {NO_INDEX}, }}");
    used.pop();
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
        // compiler vectorizes), and only non-ASCII text looked at char by char: 13.8% of the
        // source text's instructions (BENCHMARKS.md).
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
fn push_int(out: &mut String, n: impl itoa::Integer) {
    out.push_str(itoa::Buffer::new().format(n));
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

/// Appends `text` with Markdown punctuation backslash-escaped, so a message shows as
/// written in rustdoc (and `[x]` or `<b>` in a message cannot trip rustdoc's link and HTML
/// lints).
pub(crate) fn escape_markdown(out: &mut String, text: &str) {
    // Most messages have nothing to escape, which one pass over the bytes tells (vectorized:
    // no early exit; any byte outside printable ASCII takes the way below): 17% of the
    // source text's instructions (BENCHMARKS.md).
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
