//! `aliyun-errors diff OLD NEW`: what a table change does to an SDK's users.

use std::fmt;
use std::path::PathBuf;

use aliyun_errors_codegen::{Code, ParsedTable};

use crate::{Failure, Output};

/// Compare two tables: codes added, removed and changed, and the verdict for a release.
/// Exits 0 with no change, 1 with changes, 2 on invalid input.
#[derive(clap::Args)]
pub(crate) struct Args {
    /// The table as released.
    old: PathBuf,
    /// The table as it will be.
    new: PathBuf,
    /// The enum (and its operations' kinds) are #[non_exhaustive]: an added code breaks no
    /// one's match.
    #[arg(long)]
    non_exhaustive: bool,
    /// Print JSON: added, removed, changed, operations (per API whose documented codes changed:
    /// api, kind, added, removed), verdict, release, reasons.
    #[arg(long)]
    json: bool,
}

/// How much a change costs the enum's users, least first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Verdict {
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
}

/// The release a change calls for, by Cargo's SemVer guide, least first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Release {
    None,
    Patch,
    Minor,
    Major,
}

impl Release {
    fn name(self) -> &'static str {
        match self {
            Release::None => "none",
            Release::Patch => "patch",
            Release::Minor => "minor",
            Release::Major => "major",
        }
    }
}

/// One code of a table, as `diff` lists an added or removed one.
#[derive(Debug, serde::Serialize)]
pub(crate) struct CodeSummary {
    code: String,
    variant: String,
    http_statuses: Vec<u16>,
    messages: Vec<String>,
    retry: &'static str,
}

impl CodeSummary {
    fn new(table: &ParsedTable, code: &Code) -> Self {
        CodeSummary {
            code: code.code.clone(),
            variant: code.variant.clone(),
            http_statuses: table.http_statuses(code),
            messages: table
                .messages(code)
                .into_iter()
                .map(str::to_owned)
                .collect(),
            retry: code.retry.as_str(),
        }
    }
}

/// A value before and after.
#[derive(Debug, serde::Serialize)]
pub(crate) struct Change<T> {
    old: T,
    new: T,
}

impl<T: PartialEq> Change<T> {
    fn of(old: T, new: T) -> Option<Self> {
        (old != new).then_some(Change { old, new })
    }
}

/// A code in both tables whose statuses, messages or retry class changed (`None`: unchanged).
#[derive(Debug, serde::Serialize)]
pub(crate) struct CodeChange {
    code: String,
    variant: String,
    http_statuses: Option<Change<Vec<u16>>>,
    messages: Option<Change<Vec<String>>>,
    retry: Option<Change<&'static str>>,
}

/// An API whose documented codes changed: its operation kind's variants added and removed
/// (an API new to the table adds them all; one gone removes them all).
#[derive(Debug, serde::Serialize)]
pub(crate) struct OperationChange {
    api: String,
    /// The operation kind's name (`<Api>Error`), the new table's (the old one's if gone).
    kind: String,
    added: Vec<String>,
    removed: Vec<String>,
}

impl OperationChange {
    /// Each API whose list of codes differs between the tables, sorted by name.
    fn all(old: &ParsedTable, new: &ParsedTable) -> Vec<OperationChange> {
        use std::collections::BTreeSet;
        let lists = |table: &ParsedTable| -> std::collections::BTreeMap<String, Vec<String>> {
            let codes = table.codes();
            aliyun_errors_codegen::apis_with_codes(table)
                .into_iter()
                .map(|(api, indices)| {
                    let list = indices.iter().map(|&i| codes[i].code.clone()).collect();
                    (api.to_owned(), list)
                })
                .collect()
        };
        let kinds = |table: &ParsedTable| -> std::collections::BTreeMap<String, String> {
            let apis = aliyun_errors_codegen::apis_with_codes(table);
            aliyun_errors_codegen::kind_names("", apis.into_keys())
                .into_iter()
                .map(|(api, kind)| (api.to_owned(), kind))
                .collect()
        };
        let (before, after) = (lists(old), lists(new));
        let (old_kinds, new_kinds) = (kinds(old), kinds(new));
        let apis: BTreeSet<&String> = before.keys().chain(after.keys()).collect();
        apis.into_iter()
            .filter_map(|api| {
                let empty = Vec::new();
                let (was, is) = (
                    before.get(api).unwrap_or(&empty),
                    after.get(api).unwrap_or(&empty),
                );
                let added: Vec<String> = is.iter().filter(|c| !was.contains(c)).cloned().collect();
                let removed: Vec<String> =
                    was.iter().filter(|c| !is.contains(c)).cloned().collect();
                if added.is_empty() && removed.is_empty() {
                    return None;
                }
                let kind = new_kinds
                    .get(api)
                    .or_else(|| old_kinds.get(api))
                    .cloned()
                    .unwrap_or_default();
                Some(OperationChange {
                    api: api.clone(),
                    kind,
                    added,
                    removed,
                })
            })
            .collect()
    }
}

/// What changed between two tables, and what release it calls for.
#[derive(Debug, serde::Serialize)]
pub(crate) struct TableDiff {
    old: String,
    new: String,
    added: Vec<CodeSummary>,
    removed: Vec<CodeSummary>,
    changed: Vec<CodeChange>,
    /// The operations' kinds (feature `operations`): each API whose documented codes changed.
    operations: Vec<OperationChange>,
    verdict: Verdict,
    release: Release,
    reasons: Vec<String>,
}

impl TableDiff {
    /// Compares two tables; `non_exhaustive` says whether the enum is `#[non_exhaustive]`.
    pub(crate) fn new(
        (old_name, old): (String, &ParsedTable),
        (new_name, new): (String, &ParsedTable),
        non_exhaustive: bool,
    ) -> Self {
        let summaries = |of: &ParsedTable, other: &ParsedTable| -> Vec<CodeSummary> {
            of.codes()
                .iter()
                .filter(|c| other.code(&c.code).is_none())
                .map(|c| CodeSummary::new(of, c))
                .collect()
        };
        let added = summaries(new, old);
        let removed = summaries(old, new);
        let owned = |messages: Vec<&str>| messages.into_iter().map(str::to_owned).collect();
        let changed: Vec<CodeChange> = old
            .codes()
            .iter()
            .filter_map(|before| {
                let after = new.code(&before.code)?;
                let change = CodeChange {
                    code: after.code.clone(),
                    variant: after.variant.clone(),
                    http_statuses: Change::of(old.http_statuses(before), new.http_statuses(after)),
                    messages: Change::of(owned(old.messages(before)), owned(new.messages(after))),
                    retry: Change::of(before.retry.as_str(), after.retry.as_str()),
                };
                let any = change.http_statuses.is_some()
                    || change.messages.is_some()
                    || change.retry.is_some();
                any.then_some(change)
            })
            .collect();

        let mut diff = TableDiff {
            old: old_name,
            new: new_name,
            added,
            removed,
            changed,
            operations: OperationChange::all(old, new),
            verdict: Verdict::None,
            release: Release::None,
            reasons: Vec::new(),
        };
        let (added, removed) = (diff.added.len(), diff.removed.len());
        diff.variants_changed("variant(s)", added, removed, non_exhaustive);
        // An operation kind is an enum of its own, generated exhaustive unless the product's is
        // `non_exhaustive`: the same rule, counted in kinds that gained or lost variants.
        let grown = diff
            .operations
            .iter()
            .filter(|o| !o.added.is_empty())
            .count();
        let shrunk = diff
            .operations
            .iter()
            .filter(|o| !o.removed.is_empty())
            .count();
        diff.variants_changed(
            "operation kind(s) with variants",
            grown,
            shrunk,
            non_exhaustive,
        );
        let retry_changes = diff.changed.iter().filter(|c| c.retry.is_some()).count();
        if retry_changes > 0 {
            diff.because(
                Verdict::Behaviour,
                Release::Minor,
                format!("{retry_changes} code(s) changed retry class: callers retry differently"),
            );
        }
        let other_changes = diff.changed.len() - retry_changes;
        if other_changes > 0 {
            diff.because(
                Verdict::Compatible,
                Release::Patch,
                format!("{other_changes} code(s) changed statuses or messages only"),
            );
        }
        diff
    }

    /// An enum's variants added and removed: a removed one breaks every user that names it;
    /// an added one every match without a wildcard arm, unless the enum is `non_exhaustive`
    /// (Cargo's SemVer guide: then a minor change).
    fn variants_changed(&mut self, what: &str, added: usize, removed: usize, non_exhaustive: bool) {
        if removed > 0 {
            self.because(
                Verdict::Breaking,
                Release::Major,
                format!("{removed} {what} removed: every user that names them stops compiling"),
            );
        }
        if added > 0 && non_exhaustive {
            self.because(
                Verdict::Compatible,
                Release::Minor,
                format!("{added} {what} added to a non_exhaustive enum: no match breaks"),
            );
        } else if added > 0 {
            self.because(
                Verdict::Breaking,
                Release::Major,
                format!(
                    "{added} {what} added to an exhaustive enum: every match without a wildcard arm stops compiling"
                ),
            );
        }
    }

    fn because(&mut self, verdict: Verdict, release: Release, reason: String) {
        self.verdict = self.verdict.max(verdict);
        self.release = self.release.max(release);
        self.reasons.push(reason);
    }

    /// True when the tables define the same codes the same way.
    pub(crate) fn is_empty(&self) -> bool {
        self.verdict == Verdict::None
    }
}

pub(crate) fn run(args: &Args) -> Result<Output, Failure> {
    let load = |path: &PathBuf| {
        crate::load_tables(std::slice::from_ref(path)).map_err(|d| Failure::diagnostics(&d, 2))
    };
    let (old, new) = (load(&args.old)?, load(&args.new)?);
    let diff = TableDiff::new(
        (args.old.display().to_string(), &old),
        (args.new.display().to_string(), &new),
        args.non_exhaustive,
    );
    let exit = if diff.is_empty() { 0 } else { 1 };
    let stdout = if args.json {
        crate::to_json(&diff)
    } else {
        diff.to_string()
    };
    Ok(Output::with_code(stdout, exit))
}

impl fmt::Display for TableDiff {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (list, mark) in [(&self.added, '+'), (&self.removed, '-')] {
            for c in list {
                writeln!(
                    f,
                    "{mark} {} ({}): HTTP {:?}, retry {}",
                    c.code, c.variant, c.http_statuses, c.retry
                )?;
            }
        }
        for c in &self.changed {
            let mut parts = Vec::new();
            if let Some(r) = &c.retry {
                parts.push(format!("retry {} -> {}", r.old, r.new));
            }
            if let Some(s) = &c.http_statuses {
                parts.push(format!("HTTP {:?} -> {:?}", s.old, s.new));
            }
            if c.messages.is_some() {
                parts.push("messages changed".to_owned());
            }
            writeln!(f, "~ {} ({}): {}", c.code, c.variant, parts.join("; "))?;
        }
        for o in &self.operations {
            let added = o.added.iter().map(|c| format!("+{c}"));
            let removed = o.removed.iter().map(|c| format!("-{c}"));
            let codes: Vec<String> = added.chain(removed).collect();
            writeln!(f, "api {} ({}): {}", o.api, o.kind, codes.join(" "))?;
        }
        writeln!(
            f,
            "verdict: {} ({} release)",
            self.verdict.name(),
            self.release.name()
        )?;
        for reason in &self.reasons {
            writeln!(f, "  {reason}")?;
        }
        Ok(())
    }
}
