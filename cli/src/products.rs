//! `aliyun-errors products`: every product of the embedded catalog, with its code and row
//! counts, its enum, its feature and the tables it merges.

use std::fmt::Write as _;

use aliyun_errors_core::products::{Listed, SourceKind};
use serde_json::json;

use crate::Failure;

/// List the products of the embedded catalog: code and row counts, the enum, the runtime
/// feature (none for a product without a table of its own: its enum is `pop::PopError`'s),
/// the tables merged in order and the metadata version.
#[derive(clap::Args)]
pub(crate) struct Args {
    /// Print JSON: an array of objects with product, enum, feature, codes, rows, tables,
    /// version, success_codes, style (the family whose retry rules apply, or null), sources
    /// (the rows counted by where they come from: metadata, documentation, sdk, client).
    #[arg(long)]
    json: bool,
}

pub(crate) fn run(args: &Args) -> Result<String, Failure> {
    let products = crate::catalog::all()?;
    let some = |text: &str| (!text.is_empty()).then(|| text.to_owned());
    let listed: Vec<_> = products
        .iter()
        .map(|product| {
            let Listed {
                product: name,
                enum_name,
                feature,
                tables,
                version,
                success_codes,
                style,
                sources,
            } = &product.listed;
            let sources: serde_json::Map<String, serde_json::Value> = SourceKind::ALL
                .iter()
                .zip(sources)
                .map(|(kind, n)| (kind.as_str().to_owned(), (*n).into()))
                .collect();
            json!({
                "product": name,
                "enum": enum_name,
                "feature": some(feature),
                "codes": product.table.len(),
                "rows": product.table.rows().len(),
                "tables": tables,
                "version": some(version),
                "success_codes": success_codes,
                "style": some(style),
                "sources": sources,
            })
        })
        .collect();
    if args.json {
        return Ok(crate::to_json(&listed));
    }
    let mut out = String::new();
    for p in &listed {
        let _ = writeln!(
            out,
            "{:<28} {:>6} codes  {}",
            p["product"].as_str().unwrap_or(""),
            p["codes"],
            p["tables"]
                .as_array()
                .map(|t| t
                    .iter()
                    .filter_map(|v| v.as_str())
                    .collect::<Vec<_>>()
                    .join(" + "))
                .unwrap_or_default()
        );
    }
    let _ = writeln!(out, "{} products", listed.len());
    Ok(out)
}
