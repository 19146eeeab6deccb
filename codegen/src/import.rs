//! Import step: Alibaba Cloud's API metadata (`api-docs.json`, one per product version) into
//! a table in the spec format, one row per distinct (code, HTTP status, message), with the
//! APIs that document it.
//!
//! Order: without an old table, rows sorted by code (bytes), then status, then message. With
//! one (`keep`), its rows first, in its order and with its retry classes (curated classes
//! survive regeneration), their `apis` refreshed from the metadata; then the new rows, sorted
//! as above, a code of the old table keeping its class. An old row the metadata no longer
//! has is kept as it was; a code the metadata no longer has at all is listed in
//! [`Imported::gone`].

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

use serde_json::Value;

use crate::model::{ParsedTable, Retry};

/// A problem in a metadata file: where (file, API, key) and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportProblem {
    /// The file, as the user named it.
    pub path: String,
    /// The API (`RunInstances`), if the problem is inside one.
    pub api: Option<String>,
    /// The key inside the API (`errorCodes."2014"[3].errorCode`), or the file's part.
    pub key: String,
    /// What is wrong.
    pub problem: String,
}

impl fmt::Display for ImportProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.api {
            Some(api) => write!(f, "{}: {api}: {}: {}", self.path, self.key, self.problem),
            None => write!(f, "{}: {}: {}", self.path, self.key, self.problem),
        }
    }
}

/// What an import produced: the table as CSV, and what the user should hear of.
#[derive(Clone, Debug, Default)]
pub struct Imported {
    /// The table, header `code,http_status,message,retry,apis`.
    pub csv: String,
    /// How many rows and distinct codes it has.
    pub rows: usize,
    /// See [`Imported::rows`].
    pub codes: usize,
    /// Codes trimmed of surrounding white space.
    pub warnings: Vec<ImportProblem>,
    /// Entries skipped (with `skip_invalid`), each with its problem.
    pub skipped: Vec<ImportProblem>,
    /// Codes of the old table that the metadata no longer documents (kept).
    pub gone: Vec<String>,
}

/// One row being built: its APIs.
// Keyed as a table's rows are: the metadata gives every row a status, a kept row may not.
type Rows = BTreeMap<(String, Option<u16>, String), BTreeSet<String>>;

/// Imports metadata files, given as `(path as written, bytes)`, optionally onto an old table
/// (`keep`). The retry class of a code in `keep` or in one of `classes` (tables merged with
/// this one, such as `spec/common.csv`) is kept; other codes get [`infer_retry`]'s. Every
/// problem is returned at once; with `skip_invalid`, the entries (or files) with problems
/// are skipped and listed in [`Imported::skipped`] instead.
pub fn import(
    files: &[(&str, &[u8])],
    keep: Option<&ParsedTable>,
    classes: &[&ParsedTable],
    skip_invalid: bool,
) -> Result<Imported, Vec<ImportProblem>> {
    import_reinferring(files, keep, classes, skip_invalid, false)
}

/// [`import`], and with `reinfer_never` a `never` code of `keep` that the metadata still
/// documents gets the written rules' class again: for tables whose classes are the rules'
/// own (the shipped catalog), when the rules grew.
pub fn import_reinferring(
    files: &[(&str, &[u8])],
    keep: Option<&ParsedTable>,
    classes: &[&ParsedTable],
    skip_invalid: bool,
    reinfer_never: bool,
) -> Result<Imported, Vec<ImportProblem>> {
    let mut rows = Rows::new();
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    for (path, bytes) in files {
        read_file(path, bytes, &mut rows, &mut problems, &mut warnings);
    }
    if !problems.is_empty() && !skip_invalid {
        return Err(problems);
    }
    let mut imported = write_table(rows, keep, classes, reinfer_never);
    imported.warnings = warnings;
    imported.skipped = problems;
    Ok(imported)
}

/// The former name of [`import_reinferring`].
#[deprecated(since = "0.3.0", note = "renamed `import_reinferring`")]
pub fn import_reclassifying(
    files: &[(&str, &[u8])],
    keep: Option<&ParsedTable>,
    classes: &[&ParsedTable],
    skip_invalid: bool,
    reinfer_never: bool,
) -> Result<Imported, Vec<ImportProblem>> {
    import_reinferring(files, keep, classes, skip_invalid, reinfer_never)
}

fn read_file(
    path: &str,
    bytes: &[u8],
    rows: &mut Rows,
    problems: &mut Vec<ImportProblem>,
    warnings: &mut Vec<ImportProblem>,
) {
    let problem = |api: Option<&str>, key: &str, text: String| ImportProblem {
        path: path.to_owned(),
        api: api.map(str::to_owned),
        key: key.to_owned(),
        problem: text,
    };
    let doc: Value = match serde_json::from_slice(bytes) {
        Ok(doc) => doc,
        Err(err) => return problems.push(problem(None, "file", format!("not JSON: {err}"))),
    };
    let Some(apis) = doc.get("apis").and_then(Value::as_object) else {
        let text = "expected an object with an \"apis\" object".to_owned();
        return problems.push(problem(None, "apis", text));
    };
    // Sorted by name, and statuses below by key: the same order whatever serde_json's
    // `preserve_order` feature (another crate may turn it on).
    let mut apis: Vec<(&String, &Value)> = apis.iter().collect();
    apis.sort_by(|a, b| a.0.cmp(b.0));
    for (api, spec) in apis {
        let Some(spec) = spec.as_object() else {
            problems.push(problem(Some(api), "value", "expected an object".to_owned()));
            continue;
        };
        let error_codes = match spec.get("errorCodes") {
            None | Some(Value::Null) => continue,
            Some(Value::Object(codes)) => codes,
            Some(_) => {
                let text = "expected an object of HTTP statuses".to_owned();
                problems.push(problem(Some(api), "errorCodes", text));
                continue;
            }
        };
        let mut error_codes: Vec<(&String, &Value)> = error_codes.iter().collect();
        error_codes.sort_by(|a, b| a.0.cmp(b.0));
        for (status_key, entries) in error_codes {
            let key = format!("errorCodes.{status_key:?}");
            let status = status_key.parse::<u16>().ok().filter(|s| {
                (100..=599).contains(s) && status_key.bytes().all(|b| b.is_ascii_digit())
            });
            let Some(status) = status else {
                let text = format!("{status_key:?} is not an HTTP status (100 to 599)");
                problems.push(problem(Some(api), &key, text));
                continue;
            };
            let Some(entries) = entries.as_array() else {
                problems.push(problem(Some(api), &key, "expected an array".to_owned()));
                continue;
            };
            for (i, entry) in entries.iter().enumerate() {
                let key = format!("{key}[{i}]");
                match read_entry(entry) {
                    Ok((code, message, trimmed)) => {
                        if trimmed {
                            let text = format!("white space around the code {code:?} trimmed");
                            warnings.push(problem(Some(api), &format!("{key}.errorCode"), text));
                        }
                        rows.entry((code, Some(status), message))
                            .or_default()
                            .insert(api.clone());
                    }
                    Err((field, text)) => {
                        problems.push(problem(Some(api), &format!("{key}{field}"), text));
                    }
                }
            }
        }
    }
}

/// An entry's code (trimmed, and whether it was) and message; or the bad field and why.
fn read_entry(entry: &Value) -> Result<(String, String, bool), (&'static str, String)> {
    let Some(entry) = entry.as_object() else {
        return Err((
            "",
            "expected an object with errorCode and errorMessage".to_owned(),
        ));
    };
    let code = match entry.get("errorCode") {
        Some(Value::String(code)) => code.clone(),
        // A numeric code (`10001`) is kept as its digits.
        Some(Value::Number(n)) => n.to_string(),
        other => {
            let found = other.map_or("nothing".to_owned(), Value::to_string);
            return Err((".errorCode", format!("expected a string, found {found}")));
        }
    };
    let (code, trimmed) = checked_code(&code)?;
    Ok((code, message(entry), trimmed))
}

/// The message of an entry: a string as it is, a missing or `null` one empty, anything else
/// its JSON text.
fn message(entry: &serde_json::Map<String, Value>) -> String {
    match entry.get("errorMessage") {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(m)) => m.clone(),
        Some(other) => other.to_string(),
    }
}

/// A code trimmed of surrounding white space (and whether it had some), then held to the
/// table reader's rule ([`crate::valid::code_problem`]).
fn checked_code(code: &str) -> Result<(String, bool), (&'static str, String)> {
    let trimmed = code.trim();
    match crate::valid::code_problem(trimmed) {
        Some(why) => Err((".errorCode", format!("{why}: {code:?}"))),
        None => Ok((trimmed.to_owned(), trimmed.len() != code.len())),
    }
}

/// The retry class of a new code, by written rules (`spec/README.md`), on its code and every
/// HTTP status it is documented with.
pub fn infer_retry(code: &str, statuses: &[u16]) -> Retry {
    let lower = code.to_ascii_lowercase();
    let throttling_word = [
        "throttl",
        "flowcontrol",
        "flow_control",
        "toomanyrequest",
        "ratelimit",
    ];
    // `throttl` covers `Throttling` and `Throttling.*`.
    if throttling_word.iter().any(|w| lower.contains(w)) || statuses.contains(&429) {
        return Retry::Throttling;
    }
    let transient_prefix = ["InternalError", "ServiceUnavailable", "InternalServerError"];
    let transient_code = [
        "UnknownError",
        "SystemBusy",
        "ServerBusy",
        "ServiceBusy",
        "SignatureNonceUsed",
    ];
    // Every documented status a server error by the runtime's status rule.
    let server_error = |status: &u16| Retry::for_status(*status) == Retry::Transient;
    if transient_prefix.iter().any(|p| code.starts_with(p))
        || transient_code.contains(&code)
        || (!statuses.is_empty() && statuses.iter().all(server_error))
    {
        return Retry::Transient;
    }
    if names_a_state_conflict(&lower) {
        return Retry::Conflict;
    }
    Retry::Never
}

/// Whether a code (lowercase) says that the server refused the call because a resource is
/// changing: an incorrect or invalid status or state, a conflicting operation or task, a
/// request still processing, something busy, locked or in use, a dependency still there.
/// A code naming a parameter (the request), an account or money (not a resource that
/// changes by itself) is never one.
fn names_a_state_conflict(lower: &str) -> bool {
    let excluded = [
        "param", "account", "financ", "balance", "arrear", "debt", "overdue",
    ];
    if excluded.iter().any(|w| lower.contains(w)) {
        return false;
    }
    let status_segment = lower.split('.').any(|segment| {
        (segment.contains("incorrect") || segment.contains("invalid"))
            && (segment.contains("status") || segment.contains("state"))
    });
    // A conflict with another operation, not between two settings (`ConflictCidr`).
    let joined: String = lower
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect();
    let conflicts = [
        "operationconflict",
        "taskconflict",
        "requestconflict",
        "concurrent",
    ];
    let words = [
        "processing",
        "busy",
        "locked",
        "inuse",
        "dependencyviolation",
    ];
    status_segment
        || conflicts.iter().any(|w| joined.contains(w))
        || words.iter().any(|w| joined.contains(w))
}

fn write_table(
    rows: Rows,
    keep: Option<&ParsedTable>,
    classes: &[&ParsedTable],
    reinfer_never: bool,
) -> Imported {
    // Each code's statuses, for the rules; the old table's classes win.
    let mut statuses: HashMap<&str, Vec<u16>> = HashMap::new();
    for (code, status, _) in rows.keys() {
        statuses.entry(code).or_default().extend(*status);
    }
    // The first table naming a code gives its class: the tables merged before this one
    // (curated, and their class must be this table's), then the old table. With
    // `reinfer_never`, an old `never` is taken as the rules' default, not a choice: a code
    // the metadata still documents gets the rules' class again (the rules grew).
    let mut old_retry: HashMap<&str, Retry> = HashMap::new();
    for table in classes {
        for code in table.codes() {
            old_retry.entry(code.code.as_str()).or_insert(code.retry);
        }
    }
    for code in keep.into_iter().flat_map(|t| t.codes()) {
        let retry = match (code.retry, statuses.get(code.code.as_str())) {
            (Retry::Never, Some(statuses)) if reinfer_never => infer_retry(&code.code, statuses),
            (retry, _) => retry,
        };
        old_retry.entry(code.code.as_str()).or_insert(retry);
    }
    let retry_of = |code: &str| {
        old_retry
            .get(code)
            .copied()
            .unwrap_or_else(|| infer_retry(code, statuses.get(code).map_or(&[], Vec::as_slice)))
    };

    let mut out = csv::WriterBuilder::new().from_writer(Vec::new());
    // The imported columns: every one but `source` (the metadata is the source).
    let _ = out.write_record(&crate::read::COLUMNS[..5]);
    let mut written: BTreeSet<(String, Option<u16>, String)> = BTreeSet::new();
    let mut codes: BTreeSet<String> = BTreeSet::new();
    let mut count = 0;
    let mut write = |out: &mut csv::Writer<Vec<u8>>,
                     code: &str,
                     status: Option<u16>,
                     message: &str,
                     retry: Retry,
                     apis: String| {
        let status = status.map(|s| s.to_string()).unwrap_or_default();
        let _ = out.write_record([code, &status, message, retry.as_str(), &apis]);
        codes.insert(code.to_owned());
        count += 1;
    };
    let mut gone = Vec::new();
    if let Some(old) = keep {
        for entry in old.rows() {
            let key = (entry.code.clone(), entry.http_status, entry.message.clone());
            // A row the metadata no longer documents is kept (its variant stays), documented
            // by no API any more: an API's list is the metadata's, as its operation kind.
            let apis = rows.get(&key).map(join).unwrap_or_default();
            write(
                &mut out,
                &entry.code,
                entry.http_status,
                &entry.message,
                retry_of(&entry.code),
                apis,
            );
            written.insert(key);
        }
        for code in old.codes() {
            if !statuses.contains_key(code.code.as_str()) {
                gone.push(code.code.clone());
            }
        }
    }
    for ((code, status, message), apis) in &rows {
        if written.contains(&(code.clone(), *status, message.clone())) {
            continue;
        }
        write(&mut out, code, *status, message, retry_of(code), join(apis));
    }
    let csv = String::from_utf8(out.into_inner().unwrap_or_default()).unwrap_or_default();
    Imported {
        csv,
        rows: count,
        codes: codes.len(),
        gone,
        ..Imported::default()
    }
}

fn join(apis: &BTreeSet<String>) -> String {
    apis.iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" ")
}
