//! `aliyun-errors explain CODE`: what a product's table (ECS's by default) says of a code, or
//! every product's (`--all-products`).

use std::fmt::Write as _;

use aliyun_errors::ecs::EcsError;
use aliyun_errors::{Entry, ErrorCode, Retry};
use serde_json::json;

use crate::{Failure, row_json};

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
    /// `products`, each with `product`, `variant`, `retry`, `rows`.
    #[arg(long, conflicts_with_all = ["api", "product"])]
    all_products: bool,
    /// Print JSON: code, known, variant, family, retry, rows, entry, apis (with --api: api,
    /// codes).
    #[arg(long)]
    json: bool,
}

pub(crate) fn run(args: &Args) -> Result<String, Failure> {
    if args.all_products {
        return all_products(args.code.as_deref().unwrap_or(""), args.json);
    }
    if args.product != crate::catalog::DEFAULT_PRODUCT {
        let product = crate::catalog::product(&args.product)?;
        return match (&args.code, &args.api) {
            (Some(sent), None) => Ok(explain_in(&product, sent, args)),
            _ => Err(Failure::new(
                "--api reads ECS's table: the embedded catalog keeps no other product's APIs",
            )
            .code(2)),
        };
    }
    let (Some(sent), None) = (&args.code, &args.api) else {
        return Ok(api_codes(args.api.as_deref().unwrap_or(""), args.json));
    };
    let code = EcsError::from_code(sent);
    let family = match code {
        Some(_) => None,
        None => EcsError::family_of(sent),
    };
    // The runtime's one rule: the code's class, else its family's, else the status's.
    let retry = Retry::classify(code.or(family), args.status.unwrap_or(0));
    let rows: Vec<Entry> = code.map_or(Vec::new(), |c| c.entries().collect());
    let entry = code.map(|c| c.entry(args.status, args.message.as_deref()));

    let apis: Vec<&str> = code.map_or(Vec::new(), |c| c.apis().collect());
    if args.json {
        let value = json!({
            "code": sent,
            "known": code.is_some(),
            "variant": code.map(|c| format!("{c:?}")),
            "family": family.map(|f| f.code()),
            "retry": retry.as_str(),
            "rows": rows.iter().copied().map(row_json).collect::<Vec<_>>(),
            "entry": entry.map(row_json),
            "apis": apis,
        });
        return Ok(crate::to_json(&value));
    }

    let mut out = String::new();
    match code {
        Some(c) => {
            let _ = writeln!(out, "{sent}: EcsError::{c:?}, retry {retry}");
            for row in rows {
                let _ = writeln!(out, "  {}  {}", row.http_status, row.message);
            }
            if !apis.is_empty() {
                let _ = writeln!(out, "documented by: {}", apis.join(" "));
            }
            if let Some(entry) = entry.filter(|_| args.status.is_some() || args.message.is_some()) {
                let _ = writeln!(
                    out,
                    "matching row: {}  {}",
                    entry.http_status, entry.message
                );
            }
        }
        None => {
            let _ = writeln!(out, "{sent}: not in the ECS table");
            match family {
                Some(f) => {
                    let _ = writeln!(out, "family: {} (EcsError::{f:?}), retry {retry}", f.code());
                }
                None => {
                    let _ = writeln!(out, "no known family; retry {retry} (by status)");
                }
            }
        }
    }
    Ok(out)
}

/// The codes an API documents, in table order (none for an unknown API).
fn api_codes(api: &str, json: bool) -> String {
    let codes: Vec<EcsError> = EcsError::of_api(api).collect();
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
        return crate::to_json(&json!({ "api": api, "codes": codes }));
    }
    let mut out = String::new();
    for c in &codes {
        let _ = writeln!(out, "{}  (EcsError::{c:?}, retry {})", c.code(), c.retry());
    }
    let _ = writeln!(out, "{api}: {} codes", codes.len());
    out
}

/// A row as JSON, from a catalog table.
fn catalog_row(entry: &aliyun_errors_codegen::Entry) -> serde_json::Value {
    json!({ "http_status": entry.http_status, "message": entry.message })
}

/// The row a response matches, as `ErrorCode::entry` picks it: by status and message, else
/// by status, else the first.
fn pick<'a>(
    rows: &[&'a aliyun_errors_codegen::Entry],
    status: Option<u16>,
    message: Option<&str>,
) -> Option<&'a aliyun_errors_codegen::Entry> {
    let status_matches =
        |e: &&&aliyun_errors_codegen::Entry| status.is_none_or(|s| e.http_status == s);
    let by_message = message.and_then(|m| {
        rows.iter()
            .filter(status_matches)
            .find(|e| aliyun_errors::messages_match(&e.message, m))
    });
    let by_status = || status.and_then(|s| rows.iter().find(|e| e.http_status == s));
    by_message.or_else(by_status).or(rows.first()).copied()
}

/// `explain CODE --product NAME`: the same answer, from the embedded catalog.
fn explain_in(product: &crate::catalog::Product, sent: &str, args: &Args) -> String {
    let known = product.known(sent);
    let code = known.as_ref().map(|k| k.code());
    let family = match code {
        Some(_) => None,
        None => product.family(sent),
    };
    let retry = product.retry(sent, args.status.unwrap_or(0));
    let rows = code.map(|c| product.rows(c)).unwrap_or_default();
    let entry = code.and_then(|_| pick(&rows, args.status, args.message.as_deref()));
    // The embedded catalog keeps no APIs (only ECS's enum has them).
    let apis: Vec<&str> = Vec::new();
    if args.json {
        return crate::to_json(&json!({
            "code": sent,
            "known": code.is_some(),
            "variant": code.map(|c| c.variant.as_str()),
            "family": family.map(|f| f.code.as_str()),
            "retry": retry.as_str(),
            "rows": rows.iter().map(|e| catalog_row(e)).collect::<Vec<_>>(),
            "entry": entry.map(catalog_row),
            "apis": apis,
        }));
    }
    let mut out = String::new();
    match code {
        Some(c) => {
            let _ = writeln!(out, "{sent}: {} {}, retry {retry}", product.name, c.variant);
            for row in &rows {
                let _ = writeln!(out, "  {}  {}", row.http_status, row.message);
            }
            if !apis.is_empty() {
                let _ = writeln!(out, "documented by: {}", apis.join(" "));
            }
        }
        None => {
            let _ = writeln!(out, "{sent}: not in the {} table", product.name);
            match family {
                Some(f) => {
                    let _ = writeln!(out, "family: {} ({}), retry {retry}", f.code, f.variant);
                }
                None => {
                    let _ = writeln!(out, "no known family; retry {retry} (by status)");
                }
            }
        }
    }
    out
}

/// `explain CODE --all-products`: every product whose table holds the code or a template
/// it fits, with the variant, the retry class and the rows.
fn all_products(sent: &str, json: bool) -> Result<String, Failure> {
    let products = crate::catalog::all()?;
    let mut found = Vec::new();
    for product in &products {
        let Some(known) = product.known(sent) else {
            continue;
        };
        let code = known.code();
        found.push((product, code, product.rows(code)));
    }
    if json {
        let products: Vec<_> = found
            .iter()
            .map(|(product, code, rows)| {
                json!({
                    "product": product.name,
                    "variant": code.variant,
                    "template": (code.code != sent).then_some(code.code.as_str()),
                    "retry": crate::catalog::runtime_retry(code.retry).as_str(),
                    "rows": rows.iter().map(|e| catalog_row(e)).collect::<Vec<_>>(),
                })
            })
            .collect();
        return Ok(crate::to_json(
            &json!({ "code": sent, "products": products }),
        ));
    }
    let mut out = String::new();
    for (product, code, rows) in &found {
        let via = if code.code == sent {
            String::new()
        } else {
            format!(" (template {})", code.code)
        };
        let _ = writeln!(
            out,
            "{}: {}{via}, retry {}, {} rows",
            product.name,
            code.variant,
            crate::catalog::runtime_retry(code.retry),
            rows.len()
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
