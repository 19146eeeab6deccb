//! `aliyun-errors explain CODE`: what the ECS table says of a code.

use std::fmt::Write as _;

use aliyun_errors::ecs::EcsError;
use aliyun_errors::{Entry, ErrorCode, Retry};
use serde_json::json;

use crate::{Failure, row_json};

/// Explain an error code: its rows, retry class, and for an unknown code its family.
#[derive(clap::Args)]
pub(crate) struct Args {
    /// The error code, exactly as the server sent it (case-sensitive).
    code: String,
    /// The HTTP status the code came with, to pick its row.
    #[arg(long)]
    status: Option<u16>,
    /// The message the code came with, to pick its row.
    #[arg(long)]
    message: Option<String>,
    /// Print JSON: code, known, variant, family, retry, rows, entry.
    #[arg(long)]
    json: bool,
}

pub(crate) fn run(args: &Args) -> Result<String, Failure> {
    let code = EcsError::from_code(&args.code);
    let family = match code {
        Some(_) => None,
        None => EcsError::family_of(&args.code),
    };
    // The runtime's one rule: the code's class, else its family's, else the status's.
    let retry = Retry::classify(code.or(family), args.status.unwrap_or(0));
    let rows: &[Entry] = code.map_or(&[], |c| c.entries());
    let entry = code.map(|c| c.entry(args.status, args.message.as_deref()));

    if args.json {
        let value = json!({
            "code": args.code,
            "known": code.is_some(),
            "variant": code.map(|c| format!("{c:?}")),
            "family": family.map(|f| f.code()),
            "retry": retry.as_str(),
            "rows": rows.iter().map(row_json).collect::<Vec<_>>(),
            "entry": entry.map(row_json),
        });
        return Ok(crate::to_json(&value));
    }

    let mut out = String::new();
    match code {
        Some(c) => {
            let _ = writeln!(out, "{}: EcsError::{c:?}, retry {retry}", args.code);
            for row in rows {
                let _ = writeln!(out, "  {}  {}", row.http_status, row.message);
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
            let _ = writeln!(out, "{}: not in the ECS table", args.code);
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
