//! `cargo xtask import CATALOG_DIR` and `cargo xtask codegen [--check]`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// The maintainers' pipeline: spec/ into the runtime's product tables.
#[derive(Parser)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Re-import every product of a metadata catalog (PRODUCT/VERSION/api-docs.json) onto
    /// spec/catalog/ and spec/ecs-api.csv (curated rows, order and classes kept; codes gone
    /// from the metadata kept and listed), print what changed, then run codegen.
    Import {
        /// The catalog folder.
        catalog: PathBuf,
    },
    /// Generate every product source, the module index and the runtime's product features
    /// from spec/.
    Codegen {
        /// Write nothing: list the stale files and exit 1 if any.
        #[arg(long)]
        check: bool,
    },
    /// Import the error codes terraform-provider-alicloud checks for (`IsExpectedErrors`)
    /// from a checkout of it, as spec/terraform/<product>.csv: the codes each product's
    /// tables lack, with their APIs, the provider's file and line, and a class from how the
    /// provider treats them; print every string skipped and why, then run codegen.
    ImportTerraform {
        /// The provider's checkout (its `alicloud/` folder is read).
        dir: PathBuf,
        /// The commit the sources cite; by default `git rev-parse HEAD` in DIR.
        #[arg(long)]
        commit: Option<String>,
    },
    /// Print the floor that `benches/all_products_check.sh` compares the product tables
    /// against: every product's enum and one static array of its rows, as plain data.
    PlainData,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace");
    let result = match cli.command {
        Command::Import { catalog } => xtask::import(root, &catalog).map(|report| {
            print!("{report}");
            ExitCode::SUCCESS
        }),
        Command::Codegen { check: true } => xtask::check(root).map(|stale| {
            for path in &stale {
                println!("stale: {}", path.display());
            }
            if stale.is_empty() {
                ExitCode::SUCCESS
            } else {
                println!("{} stale files: run `cargo xtask codegen`", stale.len());
                ExitCode::FAILURE
            }
        }),
        Command::ImportTerraform { dir, commit } => {
            xtask::import_terraform(root, &dir, commit.as_deref()).map(|report| {
                print!("{report}");
                ExitCode::SUCCESS
            })
        }
        Command::PlainData => xtask::plain_data(root).map(|source| {
            print!("{source}");
            ExitCode::SUCCESS
        }),
        Command::Codegen { check: false } => xtask::write(root).map(|written| {
            for path in &written {
                println!("wrote {}", path.display());
            }
            ExitCode::SUCCESS
        }),
    };
    result.unwrap_or_else(|problem| {
        eprintln!("error: {problem}");
        ExitCode::from(2)
    })
}
