//! `aliyun-errors generate TABLE... --name NAME`: the Rust source the build-script builder
//! writes, from the same generator the macro uses.

use std::path::PathBuf;

use aliyun_errors_codegen::{Config, ConfigError};

use crate::{Failure, Output};

/// Generate the Rust enum for error tables (formatted, starting with an @generated line).
/// It compiles as is in a crate that depends on aliyun-errors.
#[derive(clap::Args)]
pub(crate) struct Args {
    /// The tables (CSV), merged in order.
    #[arg(required = true)]
    tables: Vec<PathBuf>,
    /// The enum's name, e.g. VpcError.
    #[arg(long)]
    name: String,
    /// The path to the runtime crate, if not ::aliyun_errors.
    #[arg(long = "crate", value_name = "PATH")]
    krate: Option<String>,
    /// Mark the enum #[non_exhaustive].
    #[arg(long)]
    non_exhaustive: bool,
    /// Emit the short #[derive(ErrorCode)] form, one #[error_code(...)] per row.
    #[arg(long)]
    derive: bool,
    /// Also emit the operations' kinds of a table with the apis column: a module `ops` with,
    /// per API that documents a code, an enum `<Api>Error` of those codes and `Other`.
    #[arg(long, conflicts_with = "derive")]
    operations: bool,
    /// Write to this file (only if its content changed) instead of standard output.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// A line of documentation for the enum (repeatable).
    #[arg(long)]
    doc: Vec<String>,
    /// Print JSON: name, out, changed (whether --out's file was rewritten), source (without --out).
    #[arg(long)]
    json: bool,
}

pub(crate) fn run(args: &Args) -> Result<Output, Failure> {
    let mut config = Config::new(&args.name);
    for table in &args.tables {
        config.table(table);
    }
    for line in &args.doc {
        config.doc(line);
    }
    if let Some(krate) = &args.krate {
        config.runtime_crate(krate);
    }
    config
        .non_exhaustive(args.non_exhaustive)
        .derive_form(args.derive)
        .operations(args.operations);
    let source = config.generate().map_err(failure)?;
    let changed = match &args.out {
        Some(path) => Some(
            aliyun_errors_codegen::write_if_changed(path, source.as_bytes()).map_err(failure)?,
        ),
        None => None,
    };
    if args.json {
        let value = serde_json::json!({
            "name": args.name,
            "out": args.out.as_ref().map(|p| p.display().to_string()),
            "changed": changed,
            "source": changed.is_none().then_some(&source),
        });
        return Ok(crate::to_json(&value).into());
    }
    Ok(if changed.is_some() {
        String::new()
    } else {
        source
    }
    .into())
}

fn failure(error: ConfigError) -> Failure {
    match error {
        ConfigError::Table(diags) => Failure::diagnostics(&diags, 1),
        other => Failure::new(other.to_string()),
    }
}
