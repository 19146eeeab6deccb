//! The `aliyun-errors` command: the ECS error table, explained; saved responses, decoded.

mod decode;
mod explain;
mod list;

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
}

/// A failure of the command itself (bad input, unreadable file): printed to stderr.
pub(crate) struct Failure {
    message: String,
    code: u8,
}

impl Failure {
    pub(crate) fn new(message: impl Into<String>) -> Self {
        Failure {
            message: message.into(),
            code: 1,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::List(args) => list::run(args),
        Command::Explain(args) => explain::run(args),
        Command::Decode(args) => decode::run(args),
    };
    match result {
        Ok(output) => {
            print!("{output}");
            ExitCode::SUCCESS
        }
        Err(failure) => {
            eprintln!("aliyun-errors: {}", failure.message);
            ExitCode::from(failure.code)
        }
    }
}

/// A table row as JSON: `{http_status, message}`.
pub(crate) fn row_json(entry: &aliyun_errors::Entry) -> serde_json::Value {
    serde_json::json!({ "http_status": entry.http_status, "message": entry.message })
}

/// Pretty JSON and a final newline.
pub(crate) fn to_json(value: &serde_json::Value) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}
