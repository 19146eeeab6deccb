//! `aliyun-errors import METADATA.json...`: Alibaba Cloud's API metadata into a table.

use std::path::PathBuf;

use aliyun_errors_codegen::{import, parse_table};

use crate::{Failure, Output};

/// Import error codes from Alibaba Cloud's API metadata (`api-docs.json`, one per product
/// version) into a table: one row per distinct (code, status, message), with the APIs that
/// document it (column `apis`).
///
/// Order: rows sorted by code, then status, then message. With --keep OLD.csv, the old
/// table's rows come first, in its order and with its retry classes (new rows of its codes
/// keep them too); an old row the metadata no longer has is kept as it was, and a code the
/// metadata no longer documents at all is kept and named on stderr ("gone"). New codes get
/// the class they have in a --classes-from table, else the written rules' (spec/README.md).
///
/// Bad metadata (not JSON, not the shape, a status key that is not an HTTP status, a code
/// with white space inside): every problem on stderr as `FILE: API: KEY: problem`, exit 1;
/// with --skip-invalid, such entries are skipped, each listed on stderr, exit 0. An
/// unreadable file: exit 2.
#[derive(clap::Args)]
pub(crate) struct Args {
    /// The metadata files (api-docs.json), merged.
    #[arg(required = true)]
    metadata: Vec<PathBuf>,
    /// The table as curated so far: its rows, order and retry classes are kept.
    #[arg(long, value_name = "OLD.csv")]
    keep: Option<PathBuf>,
    /// Write the table to this file (only if its content changed) instead of standard output.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// A table merged with this one (e.g. spec/common.csv): its codes keep its retry
    /// classes (repeatable).
    #[arg(long = "classes-from", value_name = "TABLE.csv")]
    classes_from: Vec<PathBuf>,
    /// Skip invalid entries (each listed on stderr) instead of failing.
    #[arg(long)]
    skip_invalid: bool,
}

pub(crate) fn run(args: &Args) -> Result<Output, Failure> {
    let mut contents = Vec::new();
    for path in &args.metadata {
        let bytes = std::fs::read(path)
            .map_err(|e| Failure::new(format!("cannot read {}: {e}", path.display())).code(2))?;
        contents.push((path.display().to_string(), bytes));
    }
    let keep = match &args.keep {
        Some(path) => match crate::load_tables(std::slice::from_ref(path)) {
            Ok(table) => Some(table),
            // A product without codes has a table of the header alone: nothing to keep.
            Err(d) if d.iter().all(|d| d.column == "table") => None,
            Err(d) => return Err(table_failure(&d)),
        },
        None => None,
    };
    let mut classes = Vec::new();
    for path in &args.classes_from {
        classes
            .push(crate::load_tables(std::slice::from_ref(path)).map_err(|d| table_failure(&d))?);
    }
    let classes: Vec<&aliyun_errors_codegen::ParsedTable> = classes.iter().collect();
    let files: Vec<(&str, &[u8])> = contents
        .iter()
        .map(|(p, b)| (p.as_str(), b.as_slice()))
        .collect();
    let imported =
        import(&files, keep.as_ref(), &classes, args.skip_invalid).map_err(|problems| {
            let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
            Failure::diagnostics(&text.join("\n"), 1)
        })?;

    let mut notes = Vec::new();
    for warning in &imported.warnings {
        notes.push(format!("warning: {warning}"));
    }
    for skipped in &imported.skipped {
        notes.push(format!("skipped: {skipped}"));
    }
    for code in &imported.gone {
        notes.push(format!(
            "gone: {code:?} is no longer in the metadata (kept from --keep)"
        ));
    }
    // The table must pass `check`; the names the naming rule had to make up are listed.
    let shown = args
        .out
        .as_ref()
        .map_or("(import)".to_owned(), |p| p.display().to_string());
    match parse_table(&[(shown.as_str(), imported.csv.as_bytes())]) {
        // A product may document no error code: its table has the header alone.
        _ if imported.rows == 0 => notes.push("no error codes in the metadata".to_owned()),
        Ok(table) => {
            for renamed in table.renamed() {
                notes.push(format!("renamed: {renamed}"));
            }
        }
        Err(diags) => return Err(Failure::diagnostics(&diags, 1)),
    }
    notes.push(format!(
        "imported {} rows, {} codes from {} file(s)",
        imported.rows,
        imported.codes,
        files.len()
    ));
    for note in &notes {
        eprintln!("{note}");
    }
    match &args.out {
        Some(path) => {
            aliyun_errors_codegen::write_if_changed(path, imported.csv.as_bytes())
                .map_err(|e| Failure::new(e.to_string()))?;
            Ok(String::new().into())
        }
        None => Ok(imported.csv.into()),
    }
}

/// A table given as an option that does not load: exit 2 if a file is unreadable, else 1.
fn table_failure(diags: &aliyun_errors_codegen::Diagnostics) -> Failure {
    let unreadable = diags.iter().any(|d| d.line.is_none());
    Failure::diagnostics(diags, if unreadable { 2 } else { 1 })
}
