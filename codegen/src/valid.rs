//! Validate step: raw rows of one or more files into a [`ParsedTable`], every problem reported.

use foldhash::{HashMap, HashMapExt as _};

use heck::ToUpperCamelCase;

use crate::diag::Diagnostic;
use crate::model::{Code, Location, ParsedTable, Renamed, Retry, Row};
use crate::read::RawRow;

/// Validates the rows of each file and merges them in order: a code keeps its first
/// position, must keep one retry class across files, and an exact duplicate row is an error
/// within a file but shared (kept once) across files.
/// How a diagnostic names another row: its location, and whether it is in the same file.
/// A table names it by path and line (`line 5` in the same file); the derive by its
/// `#[error_code]` attribute and variant.
pub(crate) type Describe<'a> = &'a dyn Fn(&Location, bool) -> String;

/// A table's way of naming another row: `line 5` in the same file, else `path:line`.
pub(crate) fn describe_in_table(location: &Location, same_file: bool) -> String {
    if same_file {
        format!("line {}", location.line)
    } else {
        location.to_string()
    }
}

pub(crate) fn validate(
    files: &[(&str, Vec<RawRow>)],
    diags: &mut Vec<Diagnostic>,
    describe: Describe<'_>,
) -> ParsedTable {
    // Sized for every row up front: no rehashing as the maps grow.
    let rows: usize = files.iter().map(|(_, raw_rows)| raw_rows.len()).sum();
    let mut table = ParsedTable {
        rows: Vec::with_capacity(rows),
        codes: Vec::with_capacity(rows),
        renamed: Vec::new(),
    };
    // Keyed by strings borrowed from the raw rows: no copies for bookkeeping.
    let mut code_index: HashMap<&str, usize> = HashMap::with_capacity(rows);
    let mut variant_index: HashMap<String, usize> = HashMap::with_capacity(rows);
    // Per row of `table`: its file, for the duplicate check.
    let mut files_of: Vec<usize> = Vec::with_capacity(rows);
    // (code, status, message) → the first row with them: a duplicate repeats one.
    let mut first_rows: HashMap<(&str, Option<u16>, &str), usize> = HashMap::with_capacity(rows);

    for (file, (path, raw_rows)) in files.iter().enumerate() {
        for raw in raw_rows {
            let Some(row) = check_row(path, raw, diags) else {
                continue;
            };
            // A checked row has its code and message.
            let (Some(raw_code), Some(raw_message)) = (raw.code.as_deref(), raw.message.as_deref())
            else {
                continue;
            };
            let key = (raw_code, row.http_status, raw_message);
            if let Some(&at) = code_index.get(raw_code) {
                let code = &table.codes[at];
                if let Some(&first) = first_rows.get(&key) {
                    if files_of[first] == file {
                        let other = &table.rows[first].location;
                        let problem = format!("duplicate of {}", describe(other, true));
                        let diag = Diagnostic::at(path, raw.line, "row", problem);
                        diags.push(diag.related(other));
                    }
                    continue;
                }
                let first = &table.rows[code.rows[0]].location;
                let first_at = describe(first, false);
                if let Some(named) = raw.variant.as_ref().filter(|v| **v != code.variant) {
                    let problem = format!(
                        "code \"{}\" is on variant {named} here but on {} at {first_at}",
                        row.code, code.variant
                    );
                    diags.push(Diagnostic::at(path, raw.line, "code", problem).related(first));
                    continue;
                }
                if code.retry != row.retry {
                    let problem = format!(
                        "code \"{}\" is \"{}\" here but \"{}\" at {first_at}",
                        row.code, row.retry, code.retry
                    );
                    diags.push(Diagnostic::at(path, raw.line, "retry", problem).related(first));
                    continue;
                }
                table.codes[at].rows.push(table.rows.len());
                first_rows.insert(key, table.rows.len());
                files_of.push(file);
                table.rows.push(row);
                continue;
            }

            let variant = match &raw.variant {
                Some(named) => {
                    if let Some(&other) = variant_index.get(named) {
                        let other = &table.codes[other];
                        let first = &table.rows[other.rows[0]].location;
                        let problem = format!(
                            "variant {named} has rows for \"{}\" and \"{}\" (at {}): one code per variant",
                            row.code,
                            other.code,
                            describe(first, false)
                        );
                        diags.push(Diagnostic::at(path, raw.line, "code", problem).related(first));
                        continue;
                    }
                    named.clone()
                }
                None => {
                    let (variant, reason) =
                        unique_variant(&row.code, |v| variant_index.contains_key(v));
                    if let Some(reason) = reason {
                        table.renamed.push(Renamed {
                            code: row.code.clone(),
                            variant: variant.clone(),
                            reason,
                            location: row.location.clone(),
                        });
                    }
                    variant
                }
            };
            variant_index.insert(variant.clone(), table.codes.len());
            code_index.insert(raw_code, table.codes.len());
            table.codes.push(Code {
                code: row.code.clone(),
                variant,
                retry: row.retry,
                rows: vec![table.rows.len()],
            });
            first_rows.insert(key, table.rows.len());
            files_of.push(file);
            table.rows.push(row);
        }
    }
    table
}

/// The Rust variant name of a code before disambiguation: heck's UpperCamelCase with every
/// character that cannot be in an identifier (`.`, `_`, `-`, `!`, white space, …) as a word
/// break (`Forbidden.RAM` → `ForbiddenRam`); `%s` and `%d` of a template as the words `Any`
/// and `Num`; a leading `-` or `+` as `Minus` or `Plus`; `Code` before a leading digit (or
/// as the whole name when nothing is left); `Self_` for `Self`.
pub fn variant_name(code: &str) -> String {
    // Most codes are letters, digits, `.` and `_`, starting with a letter: heck alone.
    if is_plain(code) {
        let name = code.to_upper_camel_case();
        return if name == "Self" {
            "Self_".to_owned()
        } else {
            name
        };
    }
    let (sign, rest) = match code.as_bytes().first() {
        Some(b'-') => ("Minus ", &code[1..]),
        Some(b'+') => ("Plus ", &code[1..]),
        _ => ("", code),
    };
    let words = format!(
        "{sign}{}",
        rest.replace("%s", " Any ").replace("%d", " Num ")
    );
    // Letters and digits that an identifier may hold; anything else breaks words.
    let kept: String = words
        .chars()
        .map(|c| if is_ident_char(c) && c != '_' { c } else { ' ' })
        .collect();
    let name = kept.to_upper_camel_case();
    match name.chars().next() {
        None => "Code".to_owned(),
        Some(c) if c.is_ascii_digit() || !is_ident_start(c) => format!("Code{name}"),
        _ if name == "Self" => "Self_".to_owned(),
        _ => name,
    }
}

/// The variant of a code in a table whose variants so far are told by `taken`: its
/// [`variant_name`], or that name with `_2`, `_3`, … when an earlier code took it. Also why
/// the name is not the code's plain UpperCamelCase, when it is not.
pub(crate) fn unique_variant(code: &str, taken: impl Fn(&str) -> bool) -> (String, Option<String>) {
    let base = variant_name(code);
    // The rule made up the name of any code that is not plain.
    let mut reason = (!is_plain(code) || base == "Self_").then(|| {
        "characters that cannot be in a Rust name, a leading digit or sign, or a template"
            .to_owned()
    });
    if !taken(&base) {
        return (base, reason);
    }
    let mut n = 2;
    loop {
        let candidate = format!("{base}_{n}");
        if !taken(&candidate) {
            reason = Some(format!("an earlier code is already the variant {base}"));
            return (candidate, reason);
        }
        n += 1;
    }
}

/// Letters, digits, `.` and `_`, starting with a letter: a code heck alone names.
fn is_plain(code: &str) -> bool {
    let mut bytes = code.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_alphabetic())
        && bytes.all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'_')
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() && (c.is_ascii() || unicode_xid_continue(c))
}

fn is_ident_start(c: char) -> bool {
    c.is_alphabetic() && (c.is_ascii() || unicode_xid_start(c))
}

/// Whether a non-ASCII character may continue or start a Rust identifier: asked of the
/// compiler's own rule, through syn.
fn unicode_xid_continue(c: char) -> bool {
    syn::parse_str::<proc_macro2::Ident>(&format!("a{c}")).is_ok()
}

fn unicode_xid_start(c: char) -> bool {
    syn::parse_str::<proc_macro2::Ident>(&c.to_string()).is_ok()
}

pub use aliyun_errors_core::code::{code_problem, is_valid_code};

/// Checks each cell of one row; `None` (with diagnostics) if any is wrong or missing.
fn check_row(path: &str, raw: &RawRow, diags: &mut Vec<Diagnostic>) -> Option<Row> {
    let line = raw.line;
    let mut problem = |column: &str, text: String| {
        diags.push(Diagnostic::at(path, line, column, text));
    };

    let code = raw
        .code
        .as_deref()
        .and_then(|code| match code_problem(code) {
            Some("empty code") => {
                problem("code", "empty code".to_owned());
                None
            }
            Some(_) => {
                problem(
                    "code",
                    format!(
                        "expected a code without control characters or white space, found {code:?}"
                    ),
                );
                None
            }
            None => Some(code),
        });
    // An empty cell: the source names the code but documents no status.
    let http_status = raw.http_status.as_deref().and_then(|status| {
        if status.is_empty() {
            return Some(None);
        }
        let parsed = status
            .bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| status.parse::<u16>().ok())
            .flatten()
            .filter(|s| (100..=599).contains(s));
        if parsed.is_none() {
            problem(
                "http_status",
                format!("expected an integer from 100 to 599, found \"{status}\""),
            );
        }
        parsed.map(Some)
    });
    // Any message, the empty one included (the metadata documents some codes without one).
    let message = raw.message.as_deref();
    let retry = raw.retry.as_deref().and_then(|word| {
        let retry = Retry::from_word(word);
        if retry.is_none() {
            problem(
                "retry",
                format!(
                    "expected never, throttling, transient or conflict (or empty), found \"{word}\""
                ),
            );
        }
        retry
    });

    let source = match raw.source.as_deref() {
        Some("") => {
            problem(
                "source",
                "empty, expected the documentation page or SDK file the row comes from".to_owned(),
            );
            None
        }
        other => Some(other.unwrap_or("").to_owned()),
    };

    // Each problem above left its cell `None`, so the row is `None` below.
    let mut apis: Vec<String> = raw
        .apis
        .as_deref()
        .unwrap_or("")
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    apis.sort_unstable();
    apis.dedup();
    Some(Row {
        code: code?.to_owned(),
        http_status: http_status?,
        message: message?.to_owned(),
        retry: retry?,
        apis,
        source: source?,
        location: Location {
            path: path.to_owned(),
            line,
        },
    })
}
