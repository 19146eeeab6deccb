//! `aliyun-errors products`: every product of the embedded catalog, with its code and row
//! counts, its enum, its feature and the tables it merges.

use std::fmt::Write as _;

use serde_json::json;

use crate::Failure;

/// List the products of the embedded catalog: code and row counts, the enum, the runtime
/// feature (none for a product without a table of its own: its enum is `pop::PopError`'s),
/// the tables merged in order and the metadata version.
#[derive(clap::Args)]
pub(crate) struct Args {
    /// Print JSON: an array of objects with product, enum, feature, codes, rows, tables,
    /// version, success_codes.
    #[arg(long)]
    json: bool,
}

pub(crate) fn run(args: &Args) -> Result<String, Failure> {
    let tables = crate::catalog::all()?;
    let mut reader = csv::Reader::from_reader(crate::catalog::PRODUCTS.as_bytes());
    let mut listed = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| Failure::new(format!("the embedded products: {e}")))?;
        let field = |i: usize| record.get(i).unwrap_or("").to_owned();
        let name = field(0);
        let product = tables.iter().find(|t| t.name == name);
        let (codes, rows) =
            product.map_or((0, 0), |t| (t.table.codes().len(), t.table.entries().len()));
        let feature = field(2);
        let version = field(4);
        listed.push(json!({
            "product": name,
            "enum": field(1),
            "feature": (!feature.is_empty()).then_some(feature),
            "codes": codes,
            "rows": rows,
            "tables": crate::catalog::words(record.get(3)),
            "version": (!version.is_empty()).then_some(version),
            "success_codes": product.map_or(&[][..], |t| &t.success_codes),
        }));
    }
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
