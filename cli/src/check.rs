//! `aliyun-errors check TABLE...`: validate tables as the macro does.

use std::path::PathBuf;

use aliyun_errors_codegen::Retry;
use serde_json::json;

use crate::{Failure, Output};

/// Validate error tables (merged in order, as the macro merges them). Prints every
/// problem and exits 1, or a one-line summary and exits 0.
#[derive(clap::Args)]
pub(crate) struct Args {
    /// The tables (CSV), merged in order.
    #[arg(required = true)]
    tables: Vec<PathBuf>,
    /// Print JSON: ok, rows, codes, retryable_codes, diagnostics, renamed.
    #[arg(long)]
    json: bool,
}

pub(crate) fn run(args: &Args) -> Result<Output, Failure> {
    let loaded = crate::load_tables(&args.tables);
    if args.json {
        let value = match &loaded {
            Ok(table) => json!({
                "ok": true,
                "rows": table.rows().len(),
                "codes": table.codes().len(),
                "retryable_codes": retryable(table),
                "diagnostics": [],
                "renamed": renamed_json(table),
            }),
            Err(diags) => json!({
                "ok": false,
                "rows": null,
                "codes": null,
                "retryable_codes": null,
                "renamed": [],
                "diagnostics": diags.iter().map(|d| json!({
                    "path": d.path,
                    "line": d.line,
                    "column": d.column,
                    "problem": d.problem,
                    "text": d.to_string(),
                })).collect::<Vec<_>>(),
            }),
        };
        let code = if loaded.is_ok() { 0 } else { 1 };
        return Ok(Output::with_code(crate::to_json(&value), code));
    }
    match loaded {
        Ok(table) => {
            let mut out = format!(
                "ok: {} rows, {} codes, {} retryable codes\n",
                table.rows().len(),
                table.codes().len(),
                retryable(&table)
            );
            // Every name the naming rule had to make up or disambiguate.
            for renamed in table.renamed() {
                out.push_str(&format!("renamed: {renamed}\n"));
            }
            Ok(out.into())
        }
        Err(diags) => Err(Failure::diagnostics(&diags, 1)),
    }
}

fn retryable(table: &aliyun_errors_codegen::ParsedTable) -> usize {
    table
        .codes()
        .iter()
        .filter(|c| c.retry != Retry::Never)
        .count()
}

/// The names the naming rule made up, as JSON.
pub(crate) fn renamed_json(table: &aliyun_errors_codegen::ParsedTable) -> serde_json::Value {
    table
        .renamed()
        .iter()
        .map(|r| {
            json!({
                "code": r.code,
                "variant": r.variant,
                "reason": r.reason,
                "path": r.location.path,
                "line": r.location.line,
            })
        })
        .collect()
}
