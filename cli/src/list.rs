//! `aliyun-errors list`: the embedded ECS table, or any product's (`--product`), every row
//! grouped by code in variant order, as the product's enum has them.

use std::fmt::Write as _;

use aliyun_errors::ErrorCode;
use clap::ValueEnum;

use crate::Failure;
use crate::catalog::CatalogCode;

/// Print an embedded error table: ECS's by default.
#[derive(clap::Args)]
pub(crate) struct Args {
    /// The product whose table to print, by its catalog name (`vpc`, `oss`, `fc-open`, …;
    /// `aliyun-errors products` lists them).
    #[arg(long, value_name = "NAME", default_value = crate::catalog::DEFAULT_PRODUCT)]
    product: String,
    /// Output format: an aligned table, CSV in the tables' columns, or JSON.
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    format: ListFormat,
    /// Same as --format json.
    #[arg(long)]
    json: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum ListFormat {
    Table,
    Csv,
    Json,
}

/// One row as the listing shows it.
struct Row {
    code: &'static str,
    variant: String,
    http_status: Option<u16>,
    message: &'static str,
    retry: aliyun_errors::Retry,
}

pub(crate) fn run(args: &Args) -> Result<String, Failure> {
    let product = crate::catalog::product(&args.product)?;
    let (rows, codes, retryable) = product.with(|| {
        let rows: Vec<Row> = CatalogCode::table()
            .map(|e| Row {
                code: e.code,
                variant: CatalogCode::from_code(e.code).map_or(String::new(), |c| format!("{c:?}")),
                http_status: e.http_status,
                message: e.message,
                retry: e.retry,
            })
            .collect();
        let table = CatalogCode::table_data();
        let retryable = (0..table.len())
            .filter(|&i| CatalogCode::from_index(i).is_retryable())
            .count();
        (rows, table.len(), retryable)
    });
    print(args, &rows, codes, retryable)
}

fn print(args: &Args, entries: &[Row], codes: usize, retryable: usize) -> Result<String, Failure> {
    let format = if args.json {
        ListFormat::Json
    } else {
        args.format
    };
    match format {
        ListFormat::Json => {
            let rows: Vec<_> = entries
                .iter()
                .map(|e| {
                    serde_json::json!({
                        "code": e.code,
                        "variant": e.variant,
                        "http_status": e.http_status,
                        "message": e.message,
                        "retry": e.retry.as_str(),
                    })
                })
                .collect();
            Ok(crate::to_json(&serde_json::Value::Array(rows)))
        }
        ListFormat::Csv => {
            let mut out = csv::Writer::from_writer(Vec::new());
            let write = |out: &mut csv::Writer<Vec<u8>>, row: [&str; 4]| {
                out.write_record(row)
                    .map_err(|e| Failure::new(format!("writing CSV: {e}")))
            };
            write(&mut out, ["code", "http_status", "message", "retry"])?;
            for e in entries {
                let status = e.http_status.map(|s| s.to_string()).unwrap_or_default();
                write(&mut out, [e.code, &status, e.message, e.retry.as_str()])?;
            }
            let bytes = out
                .into_inner()
                .map_err(|e| Failure::new(format!("writing CSV: {e}")))?;
            String::from_utf8(bytes).map_err(|e| Failure::new(format!("writing CSV: {e}")))
        }
        ListFormat::Table => {
            let width = entries.iter().map(|e| e.code.len()).max().unwrap_or(4);
            let mut out = String::new();
            let _ = writeln!(out, "{:<width$}  STATUS  {:<10}  MESSAGE", "CODE", "RETRY");
            for e in entries {
                let _ = writeln!(
                    out,
                    "{:<width$}  {:<6}  {:<10}  {}",
                    e.code,
                    crate::status_text(e.http_status),
                    e.retry,
                    e.message
                );
            }
            let _ = writeln!(
                out,
                "\n{} rows, {codes} codes, {retryable} retryable.",
                entries.len(),
            );
            Ok(out)
        }
    }
}
