//! The `aliyun-errors` command: the ECS error table, explained; saved responses, decoded.

mod catalog;
mod check;
mod decode;
mod diff;
mod explain;
mod generate;
mod import;
mod list;
mod products;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Alibaba Cloud API errors: the ECS error table, and decoding of saved responses.
#[derive(Parser)]
#[command(name = "aliyun-errors", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    List(list::Args),
    Explain(explain::Args),
    Decode(decode::Args),
    Check(check::Args),
    Generate(generate::Args),
    Diff(diff::Args),
    Import(import::Args),
    Products(products::Args),
}

/// A failure of the command itself (bad input, unreadable file): printed to stderr.
pub(crate) struct Failure {
    message: String,
    code: u8,
    /// Diagnostics already in their own format (`PATH:LINE: COLUMN: problem`), not prefixed.
    diagnostics: bool,
}

impl Failure {
    pub(crate) fn new(message: impl Into<String>) -> Self {
        Failure {
            message: message.into(),
            code: 1,
            diagnostics: false,
        }
    }

    /// The same failure with another exit code.
    pub(crate) fn code(mut self, code: u8) -> Self {
        self.code = code;
        self
    }

    /// Table diagnostics, one per line, printed as they are, with this exit code.
    pub(crate) fn diagnostics(diags: &impl std::fmt::Display, code: u8) -> Self {
        Failure {
            message: diags.to_string(),
            code,
            diagnostics: true,
        }
    }
}

/// What a command printed and how it exits, when it ran to the end.
pub(crate) struct Output {
    stdout: String,
    code: u8,
}

impl Output {
    /// Output with a given exit code (e.g. `check` found problems, `diff` found changes).
    pub(crate) fn with_code(stdout: String, code: u8) -> Self {
        Output { stdout, code }
    }
}

impl From<String> for Output {
    fn from(stdout: String) -> Self {
        Output { stdout, code: 0 }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::List(args) => list::run(args).map(Output::from),
        Command::Explain(args) => explain::run(args).map(Output::from),
        Command::Decode(args) => decode::run(args).map(Output::from),
        Command::Check(args) => check::run(args),
        Command::Generate(args) => generate::run(args),
        Command::Diff(args) => diff::run(args),
        Command::Import(args) => import::run(args),
        Command::Products(args) => products::run(args).map(Output::from),
    };
    match result {
        Ok(output) => {
            print!("{}", output.stdout);
            ExitCode::from(output.code)
        }
        Err(failure) => {
            if failure.diagnostics {
                eprintln!("{}", failure.message);
            } else {
                eprintln!("aliyun-errors: {}", failure.message);
            }
            ExitCode::from(failure.code)
        }
    }
}

/// Reads and validates tables given on the command line, merged in order.
pub(crate) fn load_tables(
    tables: &[std::path::PathBuf],
) -> Result<aliyun_errors_codegen::ParsedTable, aliyun_errors_codegen::Diagnostics> {
    aliyun_errors_codegen::load_files(tables)
}

/// Pretty JSON and a final newline.
pub(crate) fn to_json(value: &impl serde::Serialize) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

/// A row's HTTP status as text output shows it: `-` where its source documents none.
pub(crate) fn status_text(status: Option<u16>) -> String {
    status.map_or_else(|| "-".to_owned(), |s| s.to_string())
}
