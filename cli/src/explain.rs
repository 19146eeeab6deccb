//! `aliyun-errors explain CODE`: what the ECS table says of a code.

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
    /// Print JSON: code, known, variant, family, retry, rows, entry, apis (with --api: api,
    /// codes).
    #[arg(long)]
    json: bool,
}

pub(crate) fn run(args: &Args) -> Result<String, Failure> {
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
    let rows: &[Entry] = code.map_or(&[], |c| c.entries());
    let entry = code.map(|c| c.entry(args.status, args.message.as_deref()));

    let apis: &[&str] = code.map_or(&[], |c| c.apis());
    if args.json {
        let value = json!({
            "code": sent,
            "known": code.is_some(),
            "variant": code.map(|c| format!("{c:?}")),
            "family": family.map(|f| f.code()),
            "retry": retry.as_str(),
            "rows": rows.iter().map(row_json).collect::<Vec<_>>(),
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
    let codes = EcsError::of_api(api);
    if json {
        let codes: Vec<_> = codes
            .iter()
            .map(|c| {
                json!({
                    "code": c.code(),
                    "variant": format!("{c:?}"),
                    "retry": c.retry().as_str(),
                    "http_statuses": c.http_statuses(),
                })
            })
            .collect();
        return crate::to_json(&json!({ "api": api, "codes": codes }));
    }
    let mut out = String::new();
    for c in codes {
        let _ = writeln!(out, "{}  (EcsError::{c:?}, retry {})", c.code(), c.retry());
    }
    let _ = writeln!(out, "{api}: {} codes", codes.len());
    out
}
