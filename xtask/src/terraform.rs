//! `cargo xtask import-terraform DIR`: the error codes terraform-provider-alicloud (Alibaba
//! Cloud's own Terraform provider) checks for, as `spec/terraform/<product>.csv`.
//!
//! The provider checks an error with `IsExpectedErrors(err, []string{…})` (or a list declared
//! once, `var EcsNotFound = []string{…}`) after a call of one product's client
//! (`client.RpcPost("Vpc", "2016-04-28", action, …)`, `client.WithEcsClient(…)`). Each string
//! of such a check is matched against the code, the HTTP status or a fragment of the message
//! (`errors.go`): the strings that are codes by the one code rule are kept, every other one is
//! reported with why. A check belongs to the last client call before it in its function; the
//! call names the product, and its action (a literal, or the variable assigned one) the API.
//! A code retried by the check (its `if` block returns `RetryableError`) gets a retryable
//! class; one the check treats as not found or ignores gets `never`.
//!
//! Reading Go needs only its tokens here (identifiers, string literals, brackets), so this
//! module lexes them and nothing more: no crate parses Go without compiling a C parser.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::Path;

use aliyun_errors_codegen::infer_retry;
use aliyun_errors_core::Retry;

/// A token of Go source: what the scan below needs to tell apart.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Token {
    /// An identifier or keyword (`func`, `client`, `IsExpectedErrors`).
    Ident(String),
    /// A string literal's value (escapes resolved).
    Str(String),
    /// `:=`, or one punctuation character.
    Punct(&'static str),
    /// Any other token: a number, a rune, an operator the scan does not look at.
    Other,
}

/// A token and the line it starts on.
#[derive(Clone, Debug)]
struct Lexed {
    token: Token,
    line: usize,
}

const PUNCTS: [&str; 11] = ["(", ")", "{", "}", "[", "]", ",", ".", "=", "!", "|"];

/// Go source as tokens, comments dropped. A malformed literal ends the file's tokens: the
/// provider's sources compile, so that is never reached on them.
fn lex(source: &str) -> Vec<Lexed> {
    let bytes = source.as_bytes();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    while i < bytes.len() {
        let b = bytes[i];
        let start_line = line;
        let mut push = |token| {
            out.push(Lexed {
                token,
                line: start_line,
            })
        };
        match b {
            b'\n' => {
                line += 1;
                i += 1;
            }
            b' ' | b'\t' | b'\r' | b';' => i += 1,
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                let end = source[i + 2..]
                    .find("*/")
                    .map_or(bytes.len(), |e| i + 2 + e + 2);
                line += source[i..end].matches('\n').count();
                i = end;
            }
            b'`' => {
                let Some(len) = source[i + 1..].find('`') else {
                    break;
                };
                let text = &source[i + 1..i + 1 + len];
                line += text.matches('\n').count();
                push(Token::Str(text.to_owned()));
                i += len + 2;
            }
            b'"' | b'\'' => {
                let Some((value, end)) = quoted(source, i) else {
                    break;
                };
                push(if b == b'"' {
                    Token::Str(value)
                } else {
                    Token::Other
                });
                i = end;
            }
            b':' if bytes.get(i + 1) == Some(&b'=') => {
                push(Token::Punct(":="));
                i += 2;
            }
            _ if b == b'_' || b.is_ascii_alphanumeric() || b >= 0x80 => {
                let end = source[i..]
                    .find(|c: char| !(c == '_' || c.is_alphanumeric()))
                    .map_or(bytes.len(), |e| i + e);
                let word = &source[i..end];
                push(if b.is_ascii_digit() {
                    Token::Other
                } else {
                    Token::Ident(word.to_owned())
                });
                i = end;
            }
            _ => {
                let punct = PUNCTS.iter().find(|p| p.as_bytes()[0] == b);
                push(punct.map_or(Token::Other, |p| Token::Punct(p)));
                i += 1;
            }
        }
    }
    out
}

/// The value of the `"…"` (or `'…'`) literal at `start`, and where it ends. Go's escapes
/// that a code could hold are resolved; any other keeps its backslash.
fn quoted(source: &str, start: usize) -> Option<(String, usize)> {
    let quote = source[start..].chars().next()?;
    let mut value = String::new();
    let mut chars = source[start + 1..].char_indices();
    while let Some((at, c)) = chars.next() {
        match c {
            '\n' => return None,
            '\\' => match chars.next()?.1 {
                'n' => value.push('\n'),
                't' => value.push('\t'),
                other @ ('\\' | '"' | '\'') => value.push(other),
                other => {
                    value.push('\\');
                    value.push(other);
                }
            },
            c if c == quote => return Some((value, start + 1 + at + 1)),
            c => value.push(c),
        }
    }
    None
}

/// The product of a client the provider makes with `client.With<Name>Client`, where its name
/// is not the product's in lower case.
const CLIENT_PRODUCTS: [(&str, &str); 14] = [
    ("CrEE", "cr"),
    ("CsProject", "cs"),
    ("DataHub", "datahub"),
    ("Dns", "alidns"),
    // The provider's `Fc` client is fc-go-sdk, Function Compute 2.0.
    ("Fc", "fc-open"),
    ("Log", "sls"),
    ("LogPop", "sls"),
    ("Mns", "mns-open"),
    ("OfficalCS", "cs"),
    ("Ots", "tablestore"),
    ("RKvstore", "r-kvstore"),
    ("Sag", "smartag"),
    ("TableStore", "tablestore"),
    ("TableStoreTunnel", "tablestore"),
];

/// A client call: the product (as the provider names it) and its API, where it names one.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Call {
    product: String,
    /// True for a `With<Name>Client` name, false for a gateway product code.
    client: bool,
    api: Option<String>,
}

/// How a check treats the codes it lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Treatment {
    /// Not found, ignored, or checked without a retry.
    Final,
    /// Its `if` block returns `resource.RetryableError`.
    Retried,
}

/// One string of one check, where it was read.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Checked {
    value: String,
    file: String,
    line: usize,
    call: Option<Call>,
    treatment: Treatment,
}

/// The package's `var Name = []string{…}` lists, by name: each string and its line.
fn string_lists(tokens: &[Lexed]) -> HashMap<String, Vec<(String, usize)>> {
    let mut lists = HashMap::new();
    for (i, window) in tokens.windows(3).enumerate() {
        if let [
            Lexed {
                token: Token::Ident(var),
                ..
            },
            Lexed {
                token: Token::Ident(name),
                ..
            },
            Lexed {
                token: Token::Punct("="),
                ..
            },
        ] = window
            && var == "var"
            && let Some((strings, _)) = string_slice(tokens, i + 3)
        {
            lists.insert(name.clone(), strings);
        }
    }
    lists
}

/// The strings of a `[]string{"a", "b"}` literal at `at`, and the position after it.
fn string_slice(tokens: &[Lexed], at: usize) -> Option<(Vec<(String, usize)>, usize)> {
    let head = tokens.get(at..at + 4)?;
    let is = |t: &Lexed, want: &Token| t.token == *want;
    if !(is(&head[0], &Token::Punct("["))
        && is(&head[1], &Token::Punct("]"))
        && is(&head[2], &Token::Ident("string".to_owned()))
        && is(&head[3], &Token::Punct("{")))
    {
        return None;
    }
    let mut strings = Vec::new();
    let mut i = at + 4;
    loop {
        match &tokens.get(i)?.token {
            Token::Str(s) => strings.push((s.clone(), tokens[i].line)),
            Token::Punct(",") => {}
            Token::Punct("}") => return Some((strings, i + 1)),
            _ => return None,
        }
        i += 1;
    }
}

fn punct(tokens: &[Lexed], at: usize, want: &str) -> bool {
    matches!(tokens.get(at), Some(Lexed { token: Token::Punct(p), .. }) if *p == want)
}

/// The position of the bracket closing the one at `open` (`(` or `{`).
fn closing(tokens: &[Lexed], open: usize) -> Option<usize> {
    let (up, down) = match tokens.get(open)?.token {
        Token::Punct("(") => ("(", ")"),
        Token::Punct("{") => ("{", "}"),
        _ => return None,
    };
    let mut depth = 0usize;
    for (i, t) in tokens.iter().enumerate().skip(open) {
        match t.token {
            Token::Punct(p) if p == up => depth += 1,
            Token::Punct(p) if p == down => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// The arguments of the call whose `(` is at `open`: each argument's tokens.
fn arguments(tokens: &[Lexed], open: usize) -> Vec<&[Lexed]> {
    let Some(close) = closing(tokens, open) else {
        return Vec::new();
    };
    let mut args = Vec::new();
    let (mut depth, mut start) = (0usize, open + 1);
    for i in open + 1..close {
        match tokens[i].token {
            Token::Punct("(" | "{" | "[") => depth += 1,
            Token::Punct(")" | "}" | "]") => depth = depth.saturating_sub(1),
            Token::Punct(",") if depth == 0 => {
                args.push(&tokens[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    if start < close {
        args.push(&tokens[start..close]);
    }
    args
}

/// The value of an argument: a string literal, or a variable assigned one earlier in the
/// function.
fn value_of(arg: &[Lexed], assigned: &HashMap<String, String>) -> Option<String> {
    match arg {
        [
            Lexed {
                token: Token::Str(s),
                ..
            },
        ] => Some(s.clone()),
        [
            Lexed {
                token: Token::Ident(name),
                ..
            },
        ] => assigned.get(name).cloned(),
        _ => None,
    }
}

/// Every string of every check in one file.
fn checks_of(
    file: &str,
    tokens: &[Lexed],
    lists: &HashMap<String, Vec<(String, usize)>>,
) -> Vec<Checked> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut calls: Vec<Call> = Vec::new();
    let mut assigned: HashMap<String, String> = HashMap::new();
    let mut request_api: Option<String> = None;
    for i in 0..tokens.len() {
        match &tokens[i].token {
            Token::Punct("{") => depth += 1,
            Token::Punct("}") => depth = depth.saturating_sub(1),
            // A function of the file: its calls and variables are its own.
            Token::Ident(word) if word == "func" && depth == 0 => {
                calls.clear();
                assigned.clear();
                request_api = None;
            }
            Token::Ident(name) => {
                // `action := "DescribeVpcs"` (or `=`).
                if (punct(tokens, i + 1, ":=") || punct(tokens, i + 1, "="))
                    && let Some(Lexed {
                        token: Token::Str(value),
                        ..
                    }) = tokens.get(i + 2)
                {
                    assigned.insert(name.clone(), value.clone());
                }
                // `ecs.CreateDescribeInstancesRequest()`.
                if i > 0
                    && punct(tokens, i - 1, ".")
                    && punct(tokens, i + 1, "(")
                    && let Some(api) = name
                        .strip_prefix("Create")
                        .and_then(|n| n.strip_suffix("Request"))
                    && !api.is_empty()
                {
                    request_api = Some(api.to_owned());
                }
                if i > 0
                    && punct(tokens, i - 1, ".")
                    && punct(tokens, i + 1, "(")
                    && let Some(call) = client_call(name, tokens, i + 1, &assigned, &request_api)
                {
                    calls.push(call);
                }
                if name == "IsExpectedErrors" && punct(tokens, i + 1, "(") {
                    let args = arguments(tokens, i + 1);
                    let strings = match args.get(1) {
                        Some(arg) => match arg.first().map(|t| &t.token) {
                            Some(Token::Ident(list)) if arg.len() == 1 => lists.get(list).cloned(),
                            _ => string_slice(arg, 0).map(|(s, _)| s),
                        },
                        None => None,
                    };
                    let treatment = treatment(tokens, i);
                    for (value, line) in strings.unwrap_or_default() {
                        out.push(Checked {
                            value,
                            file: file.to_owned(),
                            line,
                            call: calls.last().cloned(),
                            treatment,
                        });
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// The call a method call at `open` (its `(`) is, if it is a client's: `RpcPost("Vpc",
/// "2016-04-28", action, …)` and the other gateway calls, or `WithEcsClient(…)`.
fn client_call(
    method: &str,
    tokens: &[Lexed],
    open: usize,
    assigned: &HashMap<String, String>,
    request_api: &Option<String>,
) -> Option<Call> {
    if let Some(name) = method
        .strip_prefix("With")
        .and_then(|m| m.strip_suffix("Client"))
    {
        return (!name.is_empty()).then(|| Call {
            product: name.to_owned(),
            client: true,
            api: request_api.clone(),
        });
    }
    let args = arguments(tokens, open);
    // `Do("Oss", xmlParam("GET", "2019-05-17", "GetBucketAcl", path), …)`: the API is the
    // third argument of the `…Param` call.
    if method == "Do" {
        let product = value_of(args.first()?, &HashMap::new())?;
        let param = args.get(1)?;
        let is_param = matches!(&param.first()?.token, Token::Ident(f) if f.ends_with("Param"));
        let api = is_param
            .then(|| {
                arguments(param, 1)
                    .get(2)
                    .and_then(|arg| value_of(arg, assigned))
            })
            .flatten();
        return Some(Call {
            product,
            client: false,
            api,
        });
    }
    let rpc = method.starts_with("Rpc");
    if !(rpc || method.starts_with("Roa")) {
        return None;
    }
    let product = value_of(args.first()?, &HashMap::new())?;
    // An RPC call's third argument is its action; a ROA call names its API only in the
    // `…WithApiName` calls (its third argument otherwise is the path).
    let api = if rpc || method.ends_with("WithApiName") {
        args.get(2).and_then(|arg| value_of(arg, assigned))
    } else {
        None
    };
    Some(Call {
        product,
        client: false,
        api,
    })
}

/// How the check whose `IsExpectedErrors` is at `at` treats its codes: retried when it is an
/// `if` condition (not negated) whose block returns `RetryableError`.
fn treatment(tokens: &[Lexed], at: usize) -> Treatment {
    let line = tokens[at].line;
    let negated = at > 0 && punct(tokens, at - 1, "!");
    let in_if = tokens[..at]
        .iter()
        .rev()
        .take_while(|t| t.line == line)
        .any(|t| t.token == Token::Ident("if".to_owned()));
    if negated || !in_if {
        return Treatment::Final;
    }
    // The `if` block: the first `{` after the condition's calls.
    let mut i = at;
    while i < tokens.len() {
        match tokens[i].token {
            Token::Punct("(") => i = closing(tokens, i).unwrap_or(tokens.len()),
            Token::Punct("{") => break,
            _ => {}
        }
        i += 1;
    }
    let Some(end) = closing(tokens, i) else {
        return Treatment::Final;
    };
    let retried = tokens[i..end]
        .iter()
        .any(|t| t.token == Token::Ident("RetryableError".to_owned()));
    if retried {
        Treatment::Retried
    } else {
        Treatment::Final
    }
}

/// One code of one product, as the import writes it.
#[derive(Clone, Debug, Default)]
struct Found {
    apis: BTreeSet<String>,
    retried: bool,
    /// The first place the code was read (file, line).
    first: (String, usize),
}

/// What an import read and wrote.
#[derive(Debug, Default)]
pub struct Imported {
    /// `spec/terraform/<product>.csv` contents, by product.
    pub tables: BTreeMap<String, String>,
    /// Every string read and not imported, with why, a line each.
    pub skipped: Vec<String>,
    /// Codes imported per product.
    pub codes: BTreeMap<String, usize>,
    /// Strings read from checks, in all.
    pub strings: usize,
    /// The distinct (product, code) pairs read, the products' tables knew already.
    pub known: BTreeSet<(String, String)>,
}

/// Reads the provider's `alicloud/*.go` (its tests aside) under `dir`. `product_of` gives the
/// product of a call (`client:<Name>` for a `With<Name>Client` call, else the gateway's
/// product code), `None` for one without a table; `known_code` whether the product's other
/// tables already hold a code.
pub fn import(
    dir: &Path,
    commit: &str,
    product_of: &dyn Fn(&str) -> Option<String>,
    known_code: &dyn Fn(&str, &str) -> bool,
) -> Result<Imported, String> {
    let folder = dir.join("alicloud");
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .map_err(|e| format!("{}: {e}", folder.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension().is_some_and(|e| e == "go") && !p.to_string_lossy().ends_with("_test.go")
        })
        .collect();
    files.sort();
    let mut lexed = Vec::new();
    for path in &files {
        let source =
            std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let name = format!(
            "alicloud/{}",
            path.file_name().unwrap_or_default().to_string_lossy()
        );
        lexed.push((name, lex(&source)));
    }
    let mut lists = HashMap::new();
    for (_, tokens) in &lexed {
        lists.extend(string_lists(tokens));
    }
    let checked: Vec<Checked> = lexed
        .iter()
        .flat_map(|(name, tokens)| checks_of(name, tokens, &lists))
        .collect();
    Ok(collect(checked, commit, product_of, known_code))
}

/// The product of a call: a client's from the module's table of client names, or its name
/// in lower case; a gateway product code in lower case; `None` unless `exists`.
pub fn call_product(name: &str, client: bool, exists: &dyn Fn(&str) -> bool) -> Option<String> {
    let mapped = client
        .then(|| {
            CLIENT_PRODUCTS
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, p)| (*p).to_owned())
        })
        .flatten()
        .unwrap_or_else(|| name.to_ascii_lowercase());
    exists(&mapped).then_some(mapped)
}

fn collect(
    checked: Vec<Checked>,
    commit: &str,
    product_of: &dyn Fn(&str) -> Option<String>,
    known_code: &dyn Fn(&str, &str) -> bool,
) -> Imported {
    let mut imported = Imported {
        strings: checked.len(),
        ..Imported::default()
    };
    let mut found: BTreeMap<String, BTreeMap<String, Found>> = BTreeMap::new();
    for c in checked {
        let at = format!("{}:{}", c.file, c.line);
        let mut skip = |why: String| imported.skipped.push(format!("{at}: {:?}: {why}", c.value));
        if let Some(problem) = aliyun_errors_core::code::code_problem(&c.value) {
            skip(format!("not a code ({problem}): a fragment of a message"));
            continue;
        }
        if c.value.contains('%') {
            skip("a format string, not a code a server sends".to_owned());
            continue;
        }
        if c.value.contains(',') {
            skip("a list written as one string, not a code".to_owned());
            continue;
        }
        if c.value.len() == 3 && c.value.bytes().all(|b| b.is_ascii_digit()) {
            skip("an HTTP status, not a code".to_owned());
            continue;
        }
        let Some(call) = &c.call else {
            skip("no client call before the check in its function".to_owned());
            continue;
        };
        let key = if call.client {
            format!("client:{}", call.product)
        } else {
            call.product.clone()
        };
        let Some(product) = product_of(&key) else {
            skip(format!("the product {:?} has no table here", call.product));
            continue;
        };
        if known_code(&product, &c.value) {
            imported.known.insert((product, c.value.clone()));
            continue;
        }
        let entry = found
            .entry(product)
            .or_default()
            .entry(c.value.clone())
            .or_insert_with(|| Found {
                first: (c.file.clone(), c.line),
                ..Found::default()
            });
        entry.apis.extend(call.api.clone());
        entry.retried |= c.treatment == Treatment::Retried;
    }
    for (product, codes) in found {
        let mut out = csv::WriterBuilder::new().from_writer(Vec::new());
        let _ = out.write_record(["code", "http_status", "message", "retry", "apis", "source"]);
        for (code, f) in &codes {
            let apis = f
                .apis
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>()
                .join(" ");
            let source = format!(
                "https://github.com/aliyun/terraform-provider-alicloud/blob/{commit}/{}#L{}",
                f.first.0, f.first.1
            );
            let retry = retry_of(code, f.retried);
            let _ = out.write_record([code.as_str(), "", "", retry.as_str(), &apis, &source]);
        }
        let csv = String::from_utf8(out.into_inner().unwrap_or_default()).unwrap_or_default();
        imported.codes.insert(product.clone(), codes.len());
        imported.tables.insert(product, csv);
    }
    imported
}

/// The class of a code the provider checks: retried, the written rules' retryable class
/// (a state conflict where they name none: the provider waits out a resource's state);
/// otherwise `never`.
pub fn retry_of(code: &str, retried: bool) -> Retry {
    match (retried, infer_retry(code, &[])) {
        (false, _) => Retry::Never,
        (true, Retry::Never) => Retry::Conflict,
        (true, retry) => retry,
    }
}

/// The report of an import: codes per product, then every skipped string.
pub fn report(imported: &Imported) -> String {
    let mut out = String::new();
    let total: usize = imported.codes.values().sum();
    let _ = writeln!(
        out,
        "{} strings read in checks; {} (product, code) pairs the tables knew; {total} new codes in {} products",
        imported.strings,
        imported.known.len(),
        imported.codes.len()
    );
    for (product, n) in &imported.codes {
        let _ = writeln!(out, "  {product}: {n}");
    }
    for line in &imported.skipped {
        let _ = writeln!(out, "skipped: {line}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURE: &str = r#"package alicloud

var EcsNotFound = []string{"InvalidInstanceId.NotFound", "Forbidden.InstanceNotFound"}

// IsExpectedErrors(err, []string{"InComment"}) is not a check.
func (s *VpcService) DescribeVSwitch(id string) (object map[string]interface{}, err error) {
	action := "DescribeVSwitchAttributes"
	wait := incrementalWait(3*time.Second, 5*time.Second)
	err = resource.Retry(5*time.Minute, func() *resource.RetryError {
		response, err = client.RpcPost("Vpc", "2016-04-28", action, nil, request, true)
		if err != nil {
			if IsExpectedErrors(err, []string{"OperationConflict", "IncorrectVSwitchStatus", "Throttling.Api"}) || NeedRetry(err) {
				wait()
				return resource.RetryableError(err)
			}
			return resource.NonRetryableError(err)
		}
		return nil
	})
	if err != nil {
		if IsExpectedErrors(err, []string{"InvalidVSwitchId.NotFound", "404", "The specified \"vswitch\" is not found", "Incorrect.%s", "A.One,B.Two"}) {
			return object, WrapErrorf(NotFoundErr("VSwitch", id), NotFoundMsg, ProviderERROR)
		}
	}
	return
}

func deleteInstance(client *connectivity.AliyunClient) error {
	request := ecs.CreateDeleteInstanceRequest()
	_, err := client.WithEcsClient(func(ecsClient *ecs.Client) (interface{}, error) {
		return ecsClient.DeleteInstance(request)
	})
	if err != nil && !IsExpectedErrors(err, EcsNotFound) {
		return err
	}
	_, err = client.RoaGet("CS", "2015-12-15", "/clusters/x", nil, nil, nil)
	if IsExpectedErrors(err, []string{`ErrorClusterNotFound`}) {
		return nil
	}
	return nil
}

func describeBucket(client *connectivity.AliyunClient) error {
	_, err := client.Do("Oss", xmlParam("GET", "2019-05-17", "GetBucketAcl", "/?acl"), nil, nil, nil, nil, true)
	if IsExpectedErrors(err, []string{"NoSuchBucket"}) {
		return nil
	}
	return err
}

func orphan() bool {
	return IsExpectedErrors(errors.New("x"), []string{"Orphan.Code"})
}
"#;

    fn run(known: &[(&str, &str)]) -> Imported {
        let tokens = lex(FIXTURE);
        let lists = string_lists(&tokens);
        let checked = checks_of("alicloud/fixture.go", &tokens, &lists);
        let exists = |p: &str| ["vpc", "ecs", "cs", "oss"].contains(&p);
        let product_of = |key: &str| match key.strip_prefix("client:") {
            Some(name) => call_product(name, true, &exists),
            None => call_product(key, false, &exists),
        };
        let known_code = |p: &str, c: &str| known.contains(&(p, c));
        collect(checked, "c0ffee", &product_of, &known_code)
    }

    #[test]
    fn checks_give_codes_apis_classes_and_sources() {
        let imported = run(&[("vpc", "OperationConflict")]);
        let vpc = &imported.tables["vpc"];
        let lines: Vec<&str> = vpc.lines().collect();
        assert_eq!(lines[0], "code,http_status,message,retry,apis,source");
        // Retried: the written rules' class, or a conflict where they name none; an API from
        // the variable the call passes; a code the product already has is left out.
        assert_eq!(
            lines[1],
            "IncorrectVSwitchStatus,,,conflict,DescribeVSwitchAttributes,https://github.com/aliyun/terraform-provider-alicloud/blob/c0ffee/alicloud/fixture.go#L12"
        );
        assert!(
            lines[2].starts_with("InvalidVSwitchId.NotFound,,,never,DescribeVSwitchAttributes,")
        );
        assert!(lines[3].starts_with("Throttling.Api,,,throttling,DescribeVSwitchAttributes,"));
        assert_eq!(lines.len(), 4);
        // A client's product and its request's API; a negated check ignores its codes; a
        // list declared once is read where it is used, at its own line.
        assert_eq!(
            imported.tables["ecs"].lines().nth(1),
            Some(
                "Forbidden.InstanceNotFound,,,never,DeleteInstance,https://github.com/aliyun/terraform-provider-alicloud/blob/c0ffee/alicloud/fixture.go#L3"
            )
        );
        // A ROA call names no API; a raw string literal is a code too.
        assert_eq!(
            imported.tables["cs"]
                .lines()
                .nth(1)
                .map(|l| l.split(',').take(5).collect::<Vec<_>>()),
            Some(vec!["ErrorClusterNotFound", "", "", "never", ""])
        );
        // A `Do` call's product, and its API from the `…Param` call.
        assert!(imported.tables["oss"].contains("\nNoSuchBucket,,,never,GetBucketAcl,"));
        assert_eq!(imported.codes.values().sum::<usize>(), 7);
    }

    #[test]
    fn strings_that_are_not_codes_are_reported_with_why() {
        let imported = run(&[]);
        let skipped = imported.skipped.join("\n");
        assert!(
            skipped.contains("fixture.go:21: \"404\": an HTTP status, not a code"),
            "{skipped}"
        );
        assert!(skipped.contains(
            "fixture.go:21: \"The specified \\\"vswitch\\\" is not found\": not a code (white space inside a code): a fragment of a message"
        ), "{skipped}");
        assert!(
            skipped.contains(
                "fixture.go:52: \"Orphan.Code\": no client call before the check in its function"
            ),
            "{skipped}"
        );
        assert!(
            skipped.contains(
                "fixture.go:21: \"Incorrect.%s\": a format string, not a code a server sends"
            ),
            "{skipped}"
        );
        assert!(
            skipped.contains(
                "fixture.go:21: \"A.One,B.Two\": a list written as one string, not a code"
            ),
            "{skipped}"
        );
        assert!(!skipped.contains("InComment"));
        assert_eq!(imported.strings, 13);
    }

    #[test]
    fn products_map_by_client_name_or_lower_case() {
        let exists = |p: &str| ["sls", "fc-open", "vpc", "r-kvstore"].contains(&p);
        assert_eq!(call_product("Log", true, &exists).as_deref(), Some("sls"));
        assert_eq!(
            call_product("Fc", true, &exists).as_deref(),
            Some("fc-open")
        );
        assert_eq!(
            call_product("R-kvstore", false, &exists).as_deref(),
            Some("r-kvstore")
        );
        assert_eq!(call_product("Vpc", true, &exists).as_deref(), Some("vpc"));
        assert_eq!(call_product("Nope", false, &exists), None);
    }

    #[test]
    fn literals_resolve_escapes_and_keep_lines() {
        let tokens = lex("a := \"x\\\"y\\\\z\"\n/* two\nlines */ b `raw\nstring` c");
        let strings: Vec<_> = tokens
            .iter()
            .filter_map(|t| match &t.token {
                Token::Str(s) => Some((s.as_str(), t.line)),
                _ => None,
            })
            .collect();
        assert_eq!(strings, [("x\"y\\z", 1), ("raw\nstring", 3)]);
        assert_eq!(tokens.last().map(|t| t.line), Some(4));
    }
}
