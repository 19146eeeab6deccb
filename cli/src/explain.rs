//! `aliyun-errors explain CODE`: what a product's table (ECS's by default) says of a code, or
//! every product's (`--all-products`).

use std::fmt::Write as _;

use aliyun_errors::{Entry, ErrorCode, Retry, Style};
use serde_json::json;

use crate::Failure;
use crate::catalog::CatalogCode;

/// Explain an error code: its rows, retry class, the APIs that document it, and for an
/// unknown code its family. With --api, list the codes an API documents.
#[derive(clap::Args)]
pub(crate) struct Args {
    /// The error code, exactly as the server sent it (case-sensitive).
    #[arg(required_unless_present = "api")]
    code: Option<String>,
    /// List the codes this API documents (e.g. RunInstances) instead.
    #[arg(long, value_name = "ACTION", conflicts_with = "code")]
    api: Option<String>,
    /// The HTTP status the code came with, to pick its row.
    #[arg(long)]
    status: Option<u16>,
    /// The message the code came with, to pick its row.
    #[arg(long)]
    message: Option<String>,
    /// The product whose table to read, by its catalog name (`aliyun-errors products`).
    #[arg(long, value_name = "NAME", default_value = crate::catalog::DEFAULT_PRODUCT)]
    product: String,
    /// List every product whose table holds the code (or a template it fits): JSON key
    /// `products`, each with `product`, `template` and the keys of `--json` below, as
    /// `explain --product` gives them.
    #[arg(long, conflicts_with_all = ["api", "product"])]
    all_products: bool,
    /// Print JSON: code, known, variant, family, retry, rows, entry, apis (with --api: api,
    /// kind, the API's operation kind `<Api>Error` or null, and codes).
    #[arg(long)]
    json: bool,
}

pub(crate) fn run(args: &Args) -> Result<String, Failure> {
    if args.all_products {
        return all_products(args);
    }
    let product = crate::catalog::product(&args.product)?;
    let Some(sent) = &args.code else {
        let api = args.api.as_deref().unwrap_or("");
        return Ok(product.with(|| api_codes(product, api, args.json)));
    };
    let explained = product.with(|| Explained::of(product, sent, args));
    if args.json {
        return Ok(crate::to_json(&explained.json()));
    }
    let mut out = String::new();
    let retry = explained.retry;
    match &explained.variant {
        Some(variant) => {
            let _ = writeln!(out, "{sent}: {}, retry {retry}", named(product, variant));
            for row in &explained.rows {
                let status = crate::status_text(row.http_status);
                let _ = writeln!(out, "  {status}  {}", row.message);
            }
            if !explained.apis.is_empty() {
                let _ = writeln!(out, "documented by: {}", explained.apis.join(" "));
            }
            if let Some(entry) = explained
                .entry
                .filter(|_| args.status.is_some() || args.message.is_some())
            {
                let _ = writeln!(
                    out,
                    "matching row: {}  {}",
                    crate::status_text(entry.http_status),
                    entry.message
                );
            }
        }
        None => {
            let table = match product.name() {
                crate::catalog::DEFAULT_PRODUCT => "ECS",
                name => name,
            };
            let _ = writeln!(out, "{sent}: not in the {table} table");
            match &explained.family {
                Some((code, variant)) => {
                    let variant = named(product, variant);
                    let _ = writeln!(out, "family: {code} ({variant}), retry {retry}");
                }
                None => {
                    let _ = writeln!(out, "no known family; retry {retry} (by status)");
                }
            }
        }
    }
    Ok(out)
}

/// A variant as the text output names it: `EcsError::Variant` for ECS, as since 0.1;
/// `product Variant` for the others, as since `--product` came.
fn named(product: &crate::catalog::Product, variant: &str) -> String {
    match product.name() {
        crate::catalog::DEFAULT_PRODUCT => format!("{}::{variant}", product.listed.enum_name),
        name => format!("{name} {variant}"),
    }
}

/// What a product's table says of a code as sent, read through the runtime's lookups (as
/// `decode` reads a response holding the code).
struct Explained {
    code: String,
    /// The variant of the code, or of the template it fits.
    variant: Option<String>,
    /// The code as the table holds it (a template's, where the sent code fits one).
    known_as: Option<&'static str>,
    /// For an unknown code: the code and variant of its family.
    family: Option<(&'static str, String)>,
    retry: Retry,
    rows: Vec<Entry>,
    entry: Option<Entry>,
    apis: Vec<String>,
}

impl Explained {
    /// Within `product.with`: the code's variant (its own, else its template's), else its
    /// family; the retry class by the one rule, with the product's family rules; its rows,
    /// the row the status and message pick, and (ECS's) its APIs.
    fn of(product: &crate::catalog::Product, sent: &str, args: &Args) -> Explained {
        let known = CatalogCode::from_code(sent).or_else(|| CatalogCode::from_template(sent));
        let family = match known {
            Some(_) => None,
            None => CatalogCode::family_of(sent),
        };
        // No envelope here: the product's family rules, else the general ones (an RPC body's).
        let retry = CatalogCode::table_data().retry_of(
            sent,
            args.status.unwrap_or(0),
            Some(Style::Rpc),
            false,
        );
        let apis = known.map_or(Vec::new(), |code| product.apis_of(code.index()).to_vec());
        Explained {
            code: sent.to_owned(),
            variant: known.map(|c| format!("{c:?}")),
            known_as: known.map(ErrorCode::code),
            family: family.map(|f| (f.code(), format!("{f:?}"))),
            retry,
            rows: known.map_or(Vec::new(), |c| c.entries().collect()),
            entry: known.map(|c| c.entry(args.status, args.message.as_deref())),
            apis,
        }
    }

    /// The JSON keys: code, known, variant, family, retry, rows, entry, apis.
    fn json(&self) -> serde_json::Value {
        json!({
            "code": self.code,
            "known": self.variant.is_some(),
            "variant": self.variant,
            "family": self.family.as_ref().map(|(code, _)| code),
            "retry": self.retry.as_str(),
            "rows": self.rows,
            "entry": self.entry,
            "apis": self.apis,
        })
    }
}

/// Within `product.with`: the codes an API documents, in table order (none for an unknown
/// API): the variants of the API's operation kind (`<product>::ops::<Api>Error`).
fn api_codes(product: &crate::catalog::Product, api: &str, json: bool) -> String {
    let codes: Vec<CatalogCode> = product
        .codes_of_api(api)
        .into_iter()
        .map(CatalogCode::from_index)
        .collect();
    if json {
        let codes: Vec<_> = codes
            .iter()
            .map(|c| {
                json!({
                    "code": c.code(),
                    "variant": format!("{c:?}"),
                    "retry": c.retry().as_str(),
                    "http_statuses": c.http_statuses().collect::<Vec<_>>(),
                })
            })
            .collect();
        let kind = (!codes.is_empty())
            .then(|| product.kind_name(api))
            .flatten();
        return crate::to_json(&json!({ "api": api, "kind": kind, "codes": codes }));
    }
    let mut out = String::new();
    for c in &codes {
        let _ = writeln!(
            out,
            "{}  ({}, retry {})",
            c.code(),
            named(product, &format!("{c:?}")),
            c.retry()
        );
    }
    let _ = writeln!(out, "{api}: {} codes", codes.len());
    out
}

/// `explain CODE --all-products`: every product whose table holds the code or a template it
/// fits, each explained as `explain --product` does (with the same `--status` and
/// `--message`), with its name and the template it fits.
fn all_products(args: &Args) -> Result<String, Failure> {
    let sent = args.code.as_deref().unwrap_or("");
    let products = crate::catalog::all()?;
    let found: Vec<(&str, Explained)> = products
        .iter()
        .map(|product| {
            (
                product.name(),
                product.with(|| Explained::of(product, sent, args)),
            )
        })
        .filter(|(_, explained)| explained.variant.is_some())
        .collect();
    if args.json {
        let products: Vec<_> = found
            .iter()
            .map(|(product, explained)| {
                // The keys `--all-products` had first, in their order, then `explain`'s others.
                let template = explained.known_as.filter(|code| *code != sent);
                let mut value = json!({
                    "product": product,
                    "variant": explained.variant,
                    "template": template,
                    "retry": explained.retry.as_str(),
                    "rows": explained.rows,
                });
                if let (serde_json::Value::Object(map), serde_json::Value::Object(rest)) =
                    (&mut value, explained.json())
                {
                    for (key, field) in rest {
                        map.entry(key).or_insert(field);
                    }
                }
                value
            })
            .collect();
        return Ok(crate::to_json(
            &json!({ "code": sent, "products": products }),
        ));
    }
    let mut out = String::new();
    for (product, explained) in &found {
        let via = match explained.known_as {
            Some(template) if template != sent => format!(" (template {template})"),
            _ => String::new(),
        };
        let _ = writeln!(
            out,
            "{product}: {}{via}, retry {}, {} rows",
            explained.variant.as_deref().unwrap_or(""),
            explained.retry,
            explained.rows.len()
        );
    }
    let _ = writeln!(
        out,
        "{sent}: {} of {} products",
        found.len(),
        products.len()
    );
    Ok(out)
}
