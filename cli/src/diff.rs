//! `aliyun-errors diff OLD NEW`: what a table change does to an SDK's users.

use std::fmt::Write as _;
use std::path::PathBuf;

use aliyun_errors_codegen::{Code, Table};
use serde_json::{Value, json};

use crate::{Failure, Output};

/// Compare two tables: codes added, removed and changed, and the verdict for a release.
/// Exits 0 with no change, 1 with changes, 2 on invalid input.
#[derive(clap::Args)]
pub(crate) struct Args {
    /// The table as released.
    old: PathBuf,
    /// The table as it will be.
    new: PathBuf,
    /// The enum is #[non_exhaustive]: an added code breaks no one's match.
    #[arg(long)]
    non_exhaustive: bool,
    /// Print JSON: added, removed, changed, verdict, release, reasons.
    #[arg(long)]
    json: bool,
}

/// How much a change costs the enum's users, least first.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Verdict {
    None,
    Compatible,
    Behaviour,
    Breaking,
}

impl Verdict {
    fn name(self) -> &'static str {
        match self {
            Verdict::None => "none",
            Verdict::Compatible => "compatible",
            Verdict::Behaviour => "behaviour",
            Verdict::Breaking => "breaking",
        }
    }

    /// The semver release the change calls for.
    fn release(self) -> &'static str {
        match self {
            Verdict::None => "none",
            Verdict::Compatible => "patch",
            Verdict::Behaviour => "minor",
            Verdict::Breaking => "major",
        }
    }
}

pub(crate) fn run(args: &Args) -> Result<Output, Failure> {
    let load = |path: &PathBuf| {
        crate::load_tables(std::slice::from_ref(path)).map_err(|d| Failure::diagnostics(&d, 2))
    };
    let (old, new) = (load(&args.old)?, load(&args.new)?);

    let added: Vec<&Code> = new
        .codes()
        .iter()
        .filter(|c| old.code(&c.code).is_none())
        .collect();
    let removed: Vec<&Code> = old
        .codes()
        .iter()
        .filter(|c| new.code(&c.code).is_none())
        .collect();
    let mut changed = Vec::new();
    for before in old.codes() {
        let Some(after) = new.code(&before.code) else {
            continue;
        };
        let statuses = (old.http_statuses(before), new.http_statuses(after));
        let messages = (old.messages(before), new.messages(after));
        let retry = (before.retry, after.retry);
        if statuses.0 != statuses.1 || messages.0 != messages.1 || retry.0 != retry.1 {
            changed.push(json!({
                "code": after.code,
                "variant": after.variant,
                "http_statuses": (statuses.0 != statuses.1).then(|| json!({"old": statuses.0, "new": statuses.1})),
                "messages": (messages.0 != messages.1).then(|| json!({"old": messages.0, "new": messages.1})),
                "retry": (retry.0 != retry.1).then(|| json!({"old": retry.0.as_str(), "new": retry.1.as_str()})),
            }));
        }
    }

    let mut reasons = Vec::new();
    let mut verdict = Verdict::None;
    let mut because = |level: Verdict, reason: String| {
        verdict = verdict.max(level);
        reasons.push(reason);
    };
    if !removed.is_empty() {
        because(
            Verdict::Breaking,
            format!(
                "{} variant(s) removed: every user that names them stops compiling",
                removed.len()
            ),
        );
    }
    if !added.is_empty() {
        if args.non_exhaustive {
            because(
                Verdict::Compatible,
                format!(
                    "{} variant(s) added to a non_exhaustive enum: no match breaks",
                    added.len()
                ),
            );
        } else {
            because(
                Verdict::Breaking,
                format!(
                    "{} variant(s) added to an exhaustive enum: every match without a wildcard arm stops compiling",
                    added.len()
                ),
            );
        }
    }
    let retry_changes = changed.iter().filter(|c| !c["retry"].is_null()).count();
    if retry_changes > 0 {
        because(
            Verdict::Behaviour,
            format!("{retry_changes} code(s) changed retry class: callers retry differently"),
        );
    }
    let other_changes = changed.len() - retry_changes;
    if other_changes > 0 {
        because(
            Verdict::Compatible,
            format!("{other_changes} code(s) changed statuses or messages only"),
        );
    }

    let exit = if verdict == Verdict::None { 0 } else { 1 };
    let value = json!({
        "old": args.old.display().to_string(),
        "new": args.new.display().to_string(),
        "added": added.iter().map(|c| code_json(&new, c)).collect::<Vec<_>>(),
        "removed": removed.iter().map(|c| code_json(&old, c)).collect::<Vec<_>>(),
        "changed": changed,
        "verdict": verdict.name(),
        "release": verdict.release(),
        "reasons": reasons,
    });
    let stdout = if args.json {
        crate::to_json(&value)
    } else {
        text(&value)
    };
    Ok(Output::with_code(stdout, exit))
}

fn code_json(table: &Table, code: &Code) -> Value {
    json!({
        "code": code.code,
        "variant": code.variant,
        "http_statuses": table.http_statuses(code),
        "messages": table.messages(code),
        "retry": code.retry.as_str(),
    })
}

fn text(value: &Value) -> String {
    let mut out = String::new();
    let list = |key: &str| value[key].as_array().cloned().unwrap_or_default();
    for (key, mark) in [("added", '+'), ("removed", '-')] {
        for c in list(key) {
            let _ = writeln!(
                out,
                "{mark} {} ({}): HTTP {}, retry {}",
                c["code"].as_str().unwrap_or(""),
                c["variant"].as_str().unwrap_or(""),
                c["http_statuses"],
                c["retry"].as_str().unwrap_or("")
            );
        }
    }
    for c in list("changed") {
        let mut parts = Vec::new();
        if let Some(r) = c["retry"].as_object() {
            parts.push(format!(
                "retry {} -> {}",
                r["old"].as_str().unwrap_or(""),
                r["new"].as_str().unwrap_or("")
            ));
        }
        if let Some(s) = c["http_statuses"].as_object() {
            parts.push(format!("HTTP {} -> {}", s["old"], s["new"]));
        }
        if !c["messages"].is_null() {
            parts.push("messages changed".to_owned());
        }
        let _ = writeln!(
            out,
            "~ {} ({}): {}",
            c["code"].as_str().unwrap_or(""),
            c["variant"].as_str().unwrap_or(""),
            parts.join("; ")
        );
    }
    let _ = writeln!(
        out,
        "verdict: {} ({} release)",
        value["verdict"].as_str().unwrap_or(""),
        value["release"].as_str().unwrap_or("")
    );
    for reason in list("reasons") {
        let _ = writeln!(out, "  {}", reason.as_str().unwrap_or(""));
    }
    out
}
