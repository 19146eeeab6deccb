//! The `aliyun-errors` binary, run as a user runs it.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const SPEC: &str = include_str!("../../spec/ecs.csv");

use aliyun_errors::ErrorCode;
use aliyun_errors::ecs::EcsError;
const SOURCE_ERROR_XML: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../tests/bodies/source_error.xml"
);

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_aliyun-errors"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(args: &[&str]) -> String {
    let out = run(args, b"");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn json(args: &[&str], stdin: &[u8]) -> Value {
    let out = run(args, stdin);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn keys(value: &Value) -> Vec<&str> {
    value
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect()
}

#[test]
fn list_csv_starts_with_the_spec_file() {
    // EcsError is spec/ecs.csv, then the rows spec/ecs-api.csv adds.
    // Rows come grouped by code, in variant order: every row of spec/ecs.csv is there, and
    // the spec's own codes come first, in its order.
    let csv = stdout(&["list", "--format", "csv"]);
    assert_eq!(csv.lines().next(), SPEC.lines().next());
    assert_eq!(csv.lines().count(), EcsError::table().len() + 1);
    let lines: Vec<&str> = csv.lines().collect();
    for line in SPEC.lines() {
        assert!(lines.contains(&line), "{line}");
    }
    let code_of = |line: &str| line.split(',').next().unwrap_or("").to_owned();
    let mut spec_codes: Vec<String> = Vec::new();
    for code in SPEC.lines().skip(1).map(code_of) {
        if !spec_codes.contains(&code) {
            spec_codes.push(code);
        }
    }
    let mut listed: Vec<String> = lines[1..].iter().map(|l| code_of(l)).collect();
    listed.dedup();
    assert_eq!(listed[..spec_codes.len()], spec_codes[..]);
}

#[test]
fn list_table_and_json() {
    let table = stdout(&["list"]);
    assert!(table.starts_with("CODE "));
    assert!(table.contains("InvalidParamater "));
    let retryable = EcsError::ALL.iter().filter(|e| e.is_retryable()).count();
    let summary = format!(
        "{} rows, {} codes, {retryable} retryable.\n",
        EcsError::table().len(),
        EcsError::ALL.len()
    );
    assert!(table.ends_with(&summary), "{summary}");
    for args in [&["list", "--json"][..], &["list", "--format", "json"]] {
        let rows = json(args, b"");
        let rows = rows.as_array().unwrap();
        assert_eq!(rows.len(), EcsError::table().len());
        assert_eq!(
            keys(&rows[4]),
            ["code", "variant", "http_status", "message", "retry"]
        );
        let row = rows
            .iter()
            .find(|r| r["code"] == "InvalidAccessKeyId.NotFound")
            .unwrap();
        assert_eq!(row["variant"], "InvalidAccessKeyIdNotFound");
        assert_eq!(row["http_status"], 400);
    }
}

#[test]
fn explain_a_known_code_picks_its_row() {
    let v = json(
        &["explain", "MissingParameter", "--status", "403", "--json"],
        b"",
    );
    assert_eq!(
        keys(&v),
        [
            "code", "known", "variant", "family", "retry", "rows", "entry", "apis"
        ]
    );
    assert_eq!(v["known"], true);
    assert_eq!(v["variant"], "MissingParameter");
    assert_eq!(v["family"], Value::Null);
    assert_eq!(v["retry"], "never");
    assert_eq!(
        v["rows"].as_array().unwrap().len(),
        EcsError::MissingParameter.entries().len()
    );
    assert_eq!(v["entry"]["http_status"], 403);

    let message = "The input parameter \"Signature\" that is mandatory for processing the request is not supplied";
    let v = json(
        &[
            "explain",
            "MissingParameter",
            "--message",
            message,
            "--json",
        ],
        b"",
    );
    assert_eq!(
        v["entry"]["message"],
        "The input parameter \u{201C}Signature\u{201D} that is mandatory for processing the request is not supplied."
    );
    let text = stdout(&["explain", "Throttling"]);
    assert!(
        text.starts_with("Throttling: EcsError::Throttling, retry throttling\n"),
        "{text}"
    );
}

#[test]
fn explain_an_unknown_code_names_its_family() {
    let v = json(&["explain", "Throttling.SomethingNew", "--json"], b"");
    assert_eq!(v["known"], false);
    assert_eq!(v["variant"], Value::Null);
    assert_eq!(v["family"], "Throttling");
    assert_eq!(v["retry"], "throttling");
    assert_eq!(v["rows"], Value::Array(vec![]));
    assert_eq!(v["entry"], Value::Null);
    let v = json(&["explain", "Nope", "--status", "503", "--json"], b"");
    assert_eq!(
        (v["family"].clone(), v["retry"].clone()),
        (Value::Null, "transient".into())
    );
}

/// Every outcome of `decode --json` writes the runtime's keys, in its order.
fn assert_decode_keys(v: &Value) {
    assert_eq!(keys(v), aliyun_errors::JSON_KEYS, "in {v}");
}

#[test]
fn decode_a_saved_error_body() {
    let v = json(&["decode", SOURCE_ERROR_XML, "--json"], b"");
    assert_decode_keys(&v);
    assert_eq!(v["outcome"], "error");
    assert_eq!(v["http_status"], 400);
    assert_eq!(v["format"], "xml");
    assert_eq!(v["request_id"], "540CFF28-407A-40B5-B6A5-74Bxxxxxxxxx");
    assert_eq!(v["host_id"], "ecs.aliyuncs.com");
    assert_eq!(v["code"], "MissingParameter.CommandId");
    assert_eq!(v["known"], false);
    assert_eq!(v["variant"], Value::Null);
    assert_eq!(v["family"], "MissingParameter");
    assert_eq!(v["retry"], "never");
    assert_eq!(v["entry"], Value::Null);
    assert_eq!(v["excerpt"], Value::Null);

    let body = br#"{"RequestId":"R","Code":"ServiceUnavailable","Message":"The request has failed due to a temporary failure of the server"}"#;
    let v = json(
        &[
            "decode",
            "-",
            "--status",
            "503",
            "--content-type",
            "text/xml",
            "--json",
        ],
        body,
    );
    assert_eq!(v["format"], "json");
    assert_eq!(v["known"], true);
    assert_eq!(v["variant"], "ServiceUnavailable");
    assert_eq!(v["retry"], "transient");
    assert_eq!(v["entry"]["http_status"], 503);
    assert_eq!(
        v["entry"]["message"],
        "The request has failed due to a temporary failure of the server."
    );
}

#[test]
fn decode_success_and_unrecognized_bodies() {
    let v = json(&["decode", "--json"], br#"<DescribeRegionsResponse><RequestId>R-9</RequestId><Regions/></DescribeRegionsResponse>"#);
    assert_decode_keys(&v);
    assert_eq!(v["outcome"], "success");
    assert_eq!(v["http_status"], 200);
    assert_eq!(v["request_id"], "R-9");
    assert_eq!(v["code"], Value::Null);

    let html = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
    let v = json(
        &[
            "decode",
            "--status",
            "502",
            "--content-type",
            "text/html",
            "--json",
        ],
        html,
    );
    assert_decode_keys(&v);
    assert_eq!(v["outcome"], "unrecognized");
    assert_eq!(v["http_status"], 502);
    assert_eq!(v["retry"], "transient");
    assert_eq!(v["code"], Value::Null);
    assert_eq!(v["excerpt"], std::str::from_utf8(html).unwrap());

    let v = json(&["decode", "--status", "503", "--json"], b"");
    assert_eq!(
        (v["outcome"].as_str(), v["kind"].as_str()),
        (Some("unrecognized"), Some("empty"))
    );
    assert_eq!(v["format"], Value::Null);

    let text = String::from_utf8(run(&["decode", SOURCE_ERROR_XML], b"").stdout).unwrap();
    assert!(
        text.starts_with("outcome      error\nhttp_status  400\n"),
        "{text}"
    );
}

#[test]
fn failures_go_to_stderr_with_a_nonzero_exit() {
    let out = run(&["decode", "/no/such/body.xml"], b"");
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("cannot read /no/such/body.xml"), "{stderr}");

    let out = run(&["explain"], b"");
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["list", "--format", "yaml"], b"");
    assert_eq!(out.status.code(), Some(2));
}

fn workspace() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A checked-in generated file under `tests/generated/`.
fn snapshot(file: &str) -> String {
    std::fs::read_to_string(workspace().join("tests/generated").join(file)).unwrap()
}

fn run_in_workspace(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_aliyun-errors"))
        .args(args)
        .current_dir(workspace())
        .output()
        .unwrap()
}

#[test]
fn check_prints_a_summary_or_every_problem() {
    let out = run_in_workspace(&["check", "spec/ecs.csv"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "ok: 48 rows, 41 codes, 8 retryable codes\n"
    );

    let out = run_in_workspace(&["check", "tests/ui/tables/bad.csv"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 8, "{stderr}");
    assert_eq!(
        lines[0],
        "tests/ui/tables/bad.csv:2: http_status: expected an integer from 100 to 599, found \"4OO\""
    );
    assert_eq!(
        lines[7],
        "tests/ui/tables/bad.csv:10: row: expected 4 fields, found 2"
    );

    // Merged, like the macro: the conflict names both files.
    let out = run_in_workspace(&[
        "check",
        "tests/ui/tables/common.csv",
        "tests/ui/tables/conflict.csv",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "tests/ui/tables/conflict.csv:3: retry: code \"Throttling\" is \"never\" here but \"throttling\" at tests/ui/tables/common.csv:2\n"
    );

    let out = run_in_workspace(&["check", "tests/ui/tables/bad_header.csv", "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["ok"], false);
    assert_eq!(v["diagnostics"][1]["column"], "header");
    assert_eq!(v["diagnostics"][1]["line"], 1);
    assert_eq!(
        v["diagnostics"][1]["problem"],
        "missing column \"http_status\""
    );

    let out = run_in_workspace(&["check", "no/such.csv"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).starts_with("no/such.csv: cannot read no/such.csv: ")
    );
}

#[test]
fn generate_writes_the_checked_in_files_exactly() {
    let out = run_in_workspace(&[
        "generate",
        "tests/spec/small.csv",
        "--name",
        "GeneratedSmallError",
        "--doc",
        "The small test table, generated by the CLI.",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let expected = snapshot("small_error.rs");
    assert_eq!(String::from_utf8(out.stdout).unwrap(), expected);
    assert!(expected.starts_with("// @generated"));

    let out = run_in_workspace(&[
        "generate",
        "tests/spec/small.csv",
        "--name",
        "DerivedSmallError",
        "--derive",
    ]);
    let expected = snapshot("small_derive.rs");
    assert_eq!(String::from_utf8(out.stdout).unwrap(), expected);
}

#[test]
fn generate_json_and_write_if_changed() {
    let out = run_in_workspace(&[
        "generate",
        "tests/spec/small.csv",
        "--name",
        "DerivedSmallError",
        "--derive",
        "--json",
    ]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let expected = snapshot("small_derive.rs");
    assert_eq!(v["source"], expected.as_str());
    assert_eq!(
        (v["out"].clone(), v["changed"].clone()),
        (Value::Null, Value::Null)
    );

    let file = std::env::temp_dir().join(format!("aliyun-errors-gen-{}.rs", std::process::id()));
    let file = file.to_str().unwrap();
    let args = [
        "generate",
        "tests/spec/small.csv",
        "--name",
        "E",
        "--out",
        file,
        "--json",
    ];
    let first: Value = serde_json::from_slice(&run_in_workspace(&args).stdout).unwrap();
    let second: Value = serde_json::from_slice(&run_in_workspace(&args).stdout).unwrap();
    assert_eq!(
        (first["changed"].clone(), second["changed"].clone()),
        (Value::Bool(true), Value::Bool(false))
    );
    assert_eq!(second["source"], Value::Null);
    assert!(
        std::fs::read_to_string(file)
            .unwrap()
            .contains("pub enum E {")
    );
}

#[test]
fn generate_reports_bad_tables_and_names() {
    let out = run_in_workspace(&["generate", "tests/ui/tables/empty.csv", "--name", "E"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "tests/ui/tables/empty.csv:1: table: no rows below the header\n"
    );
    let out = run_in_workspace(&["generate", "spec/ecs.csv", "--name", "not an ident"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a Rust identifier"));
}

/// A file of this run's own temporary folder.
fn temp_file(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("aliyun-errors-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn temp_table(name: &str, rows: &str) -> std::path::PathBuf {
    temp_file(name, &format!("code,http_status,message,retry\n{rows}"))
}

#[test]
fn diff_reports_changes_and_the_release_verdict() {
    let old = temp_table("old.csv", "A,400,a,\nB.X,403,b,\nC,500,c,transient\n");
    let new = temp_table(
        "new.csv",
        "A,400,a,\nB.X,403,b,transient\nC,500,c2,transient\nD,404,d,\n",
    );
    let same = temp_table("same.csv", "A,400,a,\nB.X,403,b,\nC,500,c,transient\n");
    let gone = temp_table("gone.csv", "A,400,a,\nB.X,403,b,\n");
    let (old, new, same, gone) = (
        old.to_str().unwrap(),
        new.to_str().unwrap(),
        same.to_str().unwrap(),
        gone.to_str().unwrap(),
    );

    let out = run(&["diff", old, same], b"");
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("verdict: none (none release)"));

    let out = run(&["diff", old, new, "--json"], b"");
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["added"][0]["code"], "D");
    assert_eq!(v["added"][0]["variant"], "D");
    assert_eq!(v["removed"], Value::Array(vec![]));
    assert_eq!(v["changed"].as_array().unwrap().len(), 2);
    assert_eq!(v["changed"][0]["code"], "B.X");
    assert_eq!(v["changed"][0]["variant"], "BX");
    assert_eq!(v["changed"][0]["retry"]["old"], "never");
    assert_eq!(v["changed"][0]["retry"]["new"], "transient");
    assert_eq!(v["changed"][1]["messages"]["new"][0], "c2");
    assert_eq!(v["changed"][1]["retry"], Value::Null);
    assert_eq!(v["verdict"], "breaking");
    assert_eq!(v["release"], "major");

    let v: Value =
        serde_json::from_slice(&run(&["diff", old, new, "--json", "--non-exhaustive"], b"").stdout)
            .unwrap();
    assert_eq!(
        (v["verdict"].as_str(), v["release"].as_str()),
        (Some("behaviour"), Some("minor"))
    );

    // Cargo's SemVer guide: a new variant of a non_exhaustive enum is a minor release.
    let more = temp_table(
        "more.csv",
        "A,400,a,\nB.X,403,b,\nC,500,c,transient\nD,404,d,\n",
    );
    let more = more.to_str().unwrap();
    let v: Value = serde_json::from_slice(
        &run(&["diff", old, more, "--json", "--non-exhaustive"], b"").stdout,
    )
    .unwrap();
    assert_eq!(
        (v["verdict"].as_str(), v["release"].as_str()),
        (Some("compatible"), Some("minor"))
    );
    let v: Value =
        serde_json::from_slice(&run(&["diff", old, more, "--json"], b"").stdout).unwrap();
    assert_eq!(v["release"], "major");

    let out = run(&["diff", old, gone], b"");
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("- C (C): HTTP [500], retry transient"),
        "{text}"
    );
    assert!(text.contains("verdict: breaking (major release)"), "{text}");

    let bad = temp_table("bad.csv", "A,4OO,a,\n");
    let out = run(&["diff", old, bad.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("http_status: expected an integer"));
}

#[test]
fn decode_reads_a_whole_http_response_and_headers() {
    let response = b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 404 Not Found\r\nServer: AliyunOSS\r\nx-oss-request-id: 5C3D\r\nContent-Type: application/xml\r\n\r\n<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><RequestId>5C3D</RequestId><Key>a.txt</Key><EC>0026-00000001</EC></Error>";
    let v = json(&["decode", "--json"], response);
    assert_decode_keys(&v);
    assert_eq!(v["outcome"], "error");
    assert_eq!(v["http_status"], 404);
    assert_eq!(v["style"], "oss");
    assert_eq!(v["ec"], "0026-00000001");
    assert_eq!(v["fields"]["Key"], "a.txt");
    assert_eq!(v["request_id"], "5C3D");
    // --status overrides the head's.
    let v = json(&["decode", "--status", "403", "--json"], response);
    assert_eq!(v["http_status"], 403);

    // A bare body with headers: the log service's request id, an unrecognized page.
    let v = json(
        &[
            "decode",
            "--status",
            "502",
            "--header",
            "x-acs-request-id: H-1",
            "--json",
        ],
        b"<html><body>Bad Gateway</body></html>",
    );
    assert_eq!(v["outcome"], "unrecognized");
    assert_eq!(v["request_id"], "H-1");
    assert_eq!(v["style"], Value::Null);
    let v = json(
        &["decode", "--header", "x-log-requestid: L-1", "--json"],
        br#"{"errorCode":"ProjectNotExist","errorMessage":"The Project does not exist"}"#,
    );
    assert_eq!(
        (v["style"].as_str(), v["request_id"].as_str()),
        (Some("sls"), Some("L-1"))
    );
    assert_eq!(v["http_status"], 400);

    let out = run(&["decode", "--header", "no colon here"], b"{}");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("expected `Name: value`"));
    let out = run(
        &["decode"],
        b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n",
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn import_writes_a_table_and_reports_bad_metadata_with_exit_codes() {
    let out = run_in_workspace(&["import", "tests/metadata/vpc-sample.json"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csv = String::from_utf8(out.stdout).unwrap();
    assert!(csv.starts_with(
        "code,http_status,message,retry,apis\n10001,400,Numeric code.,never,DeleteVpc\n"
    ));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("renamed: (import):2: code \"10001\" is the variant Code10001"),
        "{stderr}"
    );
    assert!(
        stderr.contains("imported 11 rows, 10 codes from 1 file(s)"),
        "{stderr}"
    );

    let out = run_in_workspace(&[
        "import",
        "tests/metadata/bad.json",
        "tests/metadata/not-json.json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 12, "{stderr}");
    assert!(stderr.contains(
        "tests/metadata/bad.json: BadStatus: errorCodes.\"2014\": \"2014\" is not an HTTP status"
    ));

    let out = run_in_workspace(&["import", "--skip-invalid", "tests/metadata/bad.json"]);
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.matches("skipped: ").count(), 11, "{stderr}");
    assert!(
        stderr.contains("warning: tests/metadata/bad.json: BadEntries"),
        "{stderr}"
    );

    let out = run_in_workspace(&["import", "tests/metadata/no-such.json"]);
    assert_eq!(out.status.code(), Some(2));

    // --keep and --out: the old table's rows first; written only if changed.
    let dir = std::env::temp_dir().join(format!("aliyun-errors-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let old = dir.join("old.csv");
    std::fs::write(
        &old,
        "code,http_status,message,retry\nCurated.Gone,400,m,throttling\n",
    )
    .unwrap();
    let new = dir.join("new.csv");
    let out = run_in_workspace(&[
        "import",
        "tests/metadata/vpc-sample.json",
        "--keep",
        old.to_str().unwrap(),
        "--out",
        new.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("gone: \"Curated.Gone\""));
    let written = std::fs::read_to_string(&new).unwrap();
    assert!(
        written
            .starts_with("code,http_status,message,retry,apis\nCurated.Gone,400,m,throttling,\n")
    );
    // What diff reports for a regeneration.
    let out = run(
        &[
            "diff",
            old.to_str().unwrap(),
            new.to_str().unwrap(),
            "--json",
        ],
        b"",
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["added"].as_array().unwrap().len(), 10);
}

#[test]
fn explain_names_the_apis_of_a_code_and_the_codes_of_an_api() {
    let v = json(&["explain", "InvalidRegionId.NotFound", "--json"], b"");
    let apis: Vec<&str> = v["apis"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    assert_eq!(
        apis,
        EcsError::InvalidRegionIdNotFound.apis().collect::<Vec<_>>()
    );
    assert!(apis.contains(&"RunInstances"));

    let v = json(&["explain", "--api", "RunInstances", "--json"], b"");
    assert_eq!(v["api"], "RunInstances");
    let codes = v["codes"].as_array().unwrap();
    assert_eq!(codes.len(), EcsError::of_api("RunInstances").len());
    assert!(
        codes
            .iter()
            .any(|c| c["code"] == "InvalidRegionId.NotFound")
    );
    let v = json(&["explain", "--api", "NoSuchAction", "--json"], b"");
    assert_eq!(v["codes"], Value::Array(vec![]));
    let text = stdout(&["explain", "--api", "DescribeRegions"]);
    assert!(text.ends_with(&format!(
        "DescribeRegions: {} codes\n",
        EcsError::of_api("DescribeRegions").len()
    )));
}

#[test]
fn decode_content_type_flag_replaces_the_head_s_and_keeps_the_other_headers() {
    // An empty body: its format is the Content-Type's, which `--content-type` overrides.
    let response = b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/xml\r\nx-acs-request-id: H-7\r\n\r\n";
    let v = json(&["decode", "--json"], response);
    assert_eq!(v["format"], "xml");
    let v = json(
        &["decode", "--content-type", "application/json", "--json"],
        response,
    );
    assert_eq!(v["format"], "json");
    assert_eq!(v["request_id"], "H-7");
    assert_eq!(v["content_type"], "application/json");
}

#[test]
fn decode_reports_the_content_type_of_every_outcome() {
    let error = b"HTTP/1.1 404 Not Found\r\nContent-Type: application/json;charset=utf-8\r\n\r\n{\"errorCode\":\"ProjectNotExist\",\"errorMessage\":\"no\"}";
    let v = json(&["decode", "--json"], error);
    assert_eq!(v["outcome"], "error");
    assert_eq!(v["content_type"], "application/json;charset=utf-8");
    let v = json(
        &["decode", "--header", "Content-Type: text/xml", "--json"],
        b"<R><RequestId>R</RequestId></R>",
    );
    assert_eq!(v["outcome"], "success");
    assert_eq!(v["content_type"], "text/xml");
    // Without one, null.
    let v = json(&["decode", "--json"], b"{\"RequestId\":\"R\"}");
    assert_eq!(v["content_type"], Value::Null);
}

#[test]
fn decode_reads_a_lone_informational_head_and_refuses_an_empty_header() {
    // A 1xx head followed by no second response is the response itself.
    let v = json(&["decode", "--json"], b"HTTP/1.1 100 Continue\r\n\r\n");
    assert_eq!(v["http_status"], 100);
    assert_eq!(v["outcome"], "unrecognized");

    let out = run(&["decode", "--header", ""], b"{}");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("expected `Name: value`"));
}

#[test]
fn decode_text_shows_the_matching_row_and_only_non_empty_fields() {
    let body = br#"{"RequestId":"R","Code":"ServiceUnavailable","Message":"The request has failed due to a temporary failure of the server"}"#;
    let text = String::from_utf8(run(&["decode", "--status", "503"], body).stdout).unwrap();
    assert!(
        text.contains(
            "\nentry        503 The request has failed due to a temporary failure of the server.\n"
        ),
        "{text}"
    );
    assert!(!text.contains("\nfields "), "{text}");

    let oss = b"<Error><Code>NoSuchKey</Code><Message>m</Message><Key>a.txt</Key></Error>";
    let text = String::from_utf8(run(&["decode", "--status", "404"], oss).stdout).unwrap();
    assert!(
        text.contains("\nfields       {\"Key\":\"a.txt\"}\n"),
        "{text}"
    );
}

#[test]
fn explain_text_names_apis_and_the_matching_row_only_when_there_are_some() {
    // `InvalidParamater` (the seed's typo) is documented by no API.
    assert_eq!(EcsError::InvalidParamater.apis().count(), 0);
    let text = stdout(&["explain", "InvalidParamater"]);
    assert!(!text.contains("documented by:"), "{text}");
    assert!(!text.contains("matching row:"), "{text}");
    let text = stdout(&["explain", "InvalidParamater", "--status", "400"]);
    assert!(text.contains("\nmatching row: 400  "), "{text}");
    let text = stdout(&["explain", "InvalidParamater", "--message", "x"]);
    assert!(text.contains("\nmatching row: 400  "), "{text}");
    let text = stdout(&["explain", "InvalidRegionId.NotFound"]);
    assert!(text.contains("\ndocumented by: "), "{text}");
}

#[test]
fn check_json_lists_the_names_the_naming_rule_made_up() {
    let table = temp_table("renamed.csv", "10001,400,m,\n");
    let v = json(&["check", table.to_str().unwrap(), "--json"], b"");
    let renamed = v["renamed"].as_array().unwrap();
    assert_eq!(renamed.len(), 1, "{v}");
    assert_eq!(
        (renamed[0]["code"].as_str(), renamed[0]["variant"].as_str()),
        (Some("10001"), Some("Code10001"))
    );
}

#[test]
fn import_of_a_product_without_codes_and_keep_tables_with_and_without_rows() {
    let dir = std::env::temp_dir().join(format!("aliyun-errors-import0-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let metadata = dir.join("api-docs.json");
    std::fs::write(
        &metadata,
        r#"{"version":"1.0","info":{"style":"RPC","product":"Empty","version":"2020-01-01"},"apis":{"Describe":{"parameters":[]}}}"#,
    )
    .unwrap();
    let out = run(&["import", metadata.to_str().unwrap()], b"");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("no error codes in the metadata"));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "code,http_status,message,retry,apis\n"
    );

    // --keep a table of the header alone (such a product's last import): nothing to keep.
    let header_only = temp_table("keep-header-only.csv", "");
    let args = |keep: &std::path::Path| {
        run_in_workspace(&[
            "import",
            "tests/metadata/vpc-sample.json",
            "--keep",
            keep.to_str().unwrap(),
        ])
    };
    let out = args(&header_only);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // A --keep table with a bad row is an error, not an empty table.
    let bad = temp_table("keep-bad.csv", "A,999,m,\n");
    let out = args(&bad);
    assert_ne!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("999"));
}

#[test]
fn decode_reads_event_streams_and_the_newer_families() {
    // A streaming call's whole response: 200, its real status in the stream.
    let response = b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream;charset=UTF-8\r\nx-request-id: S-1\r\n\r\nid:1\nevent:error\n:HTTP_STATUS/400\ndata:{\"code\":\"InvalidParameter\",\"message\":\"Input should be a valid dictionary.\",\"request_id\":\"S-1\"}\n\n";
    let v = json(&["decode", "--json"], response);
    assert_decode_keys(&v);
    assert_eq!(v["outcome"], "error");
    assert_eq!(v["http_status"], 400);
    assert_eq!(v["style"], "dashscope");
    assert_eq!(v["code"], "InvalidParameter");
    assert_eq!(v["request_id"], "S-1");
    // The OpenAI-compatible mode: its type is error_type.
    let v = json(
        &["decode", "--status", "401", "--json"],
        br#"{"error":{"message":"Incorrect API key provided.","type":"invalid_request_error","param":null,"code":"invalid_api_key"},"request_id":"O-1"}"#,
    );
    assert_eq!(v["style"], "openai");
    assert_eq!(v["error_type"], "invalid_request_error");
    assert_eq!(v["code"], "invalid_api_key");
    // A Function Compute function's own error, sent with 200.
    let response = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nx-fc-request-id: F-1\r\nX-Fc-Error-Type: UnhandledInvocationError\r\n\r\n{\"errorMessage\":\"boom\",\"errorType\":\"TypeError\",\"stackTrace\":[]}";
    let v = json(&["decode", "--json"], response);
    assert_eq!(v["outcome"], "error");
    assert_eq!(
        (
            v["style"].as_str(),
            v["code"].as_str(),
            v["error_type"].as_str()
        ),
        (
            Some("fc"),
            Some("UnhandledInvocationError"),
            Some("TypeError")
        )
    );
    assert_eq!(v["request_id"], "F-1");
}

#[test]
fn every_product_of_the_catalog_is_listed_explained_and_decoded() {
    // products: every product with its counts, enum, feature and tables.
    let v = json(&["products", "--json"], b"");
    let products = v.as_array().unwrap();
    assert!(products.len() > 300, "{} products", products.len());
    let find = |name: &str| {
        products
            .iter()
            .find(|p| p["product"] == name)
            .unwrap()
            .clone()
    };
    let oss = find("oss");
    assert_eq!(oss["enum"], "OssError");
    assert_eq!(oss["feature"], "oss");
    assert_eq!(oss["tables"][0], "spec/families/oss.csv");
    assert!(oss["codes"].as_u64().unwrap() >= 26);
    assert_eq!(oss["success_codes"], serde_json::json!([]));
    assert_eq!(find("dysmsapi")["success_codes"], serde_json::json!(["OK"]));
    let agentrun = find("agentrun");
    assert_eq!(
        agentrun["feature"],
        Value::Null,
        "no table of its own: pop::PopError"
    );
    assert_eq!(
        agentrun["tables"],
        serde_json::json!(["spec/common.csv", "spec/families/pop.csv"])
    );
    let ecs = find("ecs");
    assert!(ecs["codes"].as_u64().unwrap() > 2000);

    // list --product: that product's rows.
    let rows = json(&["list", "--product", "mns-open", "--json"], b"");
    let codes: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"QueueNotExist"), "{codes:?}");
    assert!(
        !codes.contains(&"InvalidParamater"),
        "MNS has no POP gateway codes"
    );
    let out = run(&["list", "--product", "nope"], b"");
    assert_eq!(out.status.code(), Some(2));

    // explain --product: the same keys as for ECS.
    let v = json(
        &[
            "explain",
            "QueueNotExist",
            "--product",
            "mns-open",
            "--json",
        ],
        b"",
    );
    assert_eq!(
        (v["known"].clone(), v["variant"].clone()),
        (serde_json::json!(true), serde_json::json!("QueueNotExist"))
    );
    assert_eq!(v["rows"][0]["http_status"], 404);
    let v = json(
        &[
            "explain",
            "Throttling.Whatever",
            "--product",
            "vpc",
            "--json",
        ],
        b"",
    );
    assert_eq!(v["known"], false);
    assert_eq!(
        (v["family"].as_str(), v["retry"].as_str()),
        (Some("Throttling"), Some("throttling"))
    );

    // explain --all-products: every product whose table holds the code.
    let v = json(&["explain", "NoSuchKey", "--all-products", "--json"], b"");
    let holders: Vec<&str> = v["products"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["product"].as_str().unwrap())
        .collect();
    assert!(holders.contains(&"oss"), "{holders:?}");
    for p in v["products"].as_array().unwrap() {
        for key in ["product", "variant", "retry", "rows"] {
            assert!(p.get(key).is_some(), "{key} in {p}");
        }
    }
    let v = json(
        &[
            "explain",
            "InvalidAction.NotFound",
            "--all-products",
            "--json",
        ],
        b"",
    );
    let holders = v["products"].as_array().unwrap();
    assert!(
        holders.len() > 200,
        "every RPC and ROA product: {}",
        holders.len()
    );
    assert!(!holders.iter().any(|p| p["product"] == "oss"));

    // decode --product: the code read against that product's table.
    let v = json(
        &["decode", "--status", "404", "--product", "oss", "--json"],
        b"<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><RequestId>R</RequestId></Error>",
    );
    assert_eq!(
        (v["known"].clone(), v["variant"].clone()),
        (serde_json::json!(true), serde_json::json!("NoSuchKey"))
    );
    assert_eq!(v["entry"]["http_status"], 404);
    let v = json(
        &["decode", "--status", "404", "--json"],
        b"<Error><Code>NoSuchKey</Code><Message>m</Message></Error>",
    );
    assert_eq!(v["known"], false, "ECS does not know NoSuchKey");

    // SMS answers with 200 whatever happened: `OK` is a success, any other code an error.
    let v = json(
        &["decode", "--status", "200", "--product", "dysmsapi", "--json"],
        "{\"Message\":\"触发天级流控Permits:10\",\"RequestId\":\"C0A0BE93\",\"Code\":\"isv.BUSINESS_LIMIT_CONTROL\"}".as_bytes(),
    );
    assert_decode_keys(&v);
    assert_eq!(
        (
            v["outcome"].clone(),
            v["known"].clone(),
            v["http_status"].clone()
        ),
        (
            serde_json::json!("error"),
            serde_json::json!(true),
            serde_json::json!(200)
        )
    );
    let v = json(
        &[
            "decode",
            "--status",
            "200",
            "--product",
            "dysmsapi",
            "--json",
        ],
        br#"{"Message":"OK","RequestId":"R","BizId":"B","Code":"OK"}"#,
    );
    assert_eq!(v["outcome"], "success");
    // ECS's envelopes carry no success code: a 2xx envelope with a code stays a success.
    let v = json(
        &["decode", "--status", "200", "--json"],
        br#"{"Message":"OK","RequestId":"R","Code":"OK"}"#,
    );
    assert_eq!(v["outcome"], "success");
    // The POP gateway's codes are ECS's too.
    let v = json(
        &["decode", "--status", "404", "--json"],
        br#"{"RequestId":"R","HostId":"ecs.aliyuncs.com","Code":"InvalidAction.NotFound","Message":"Specified api is not found, please check your url and method."}"#,
    );
    assert_eq!(v["variant"], "InvalidActionNotFound");
}

/// One answer per error, whichever command asks: for every product of the catalog, a code of
/// its table, a template code filled in, an unknown dotted code and an unknown code (one a
/// product, in turn, at a status in turn), `explain --product P CODE --status S --json` and
/// `decode --product P --status S` of an RPC body holding the code agree on `known`,
/// `variant`, `family`, `retry` and `entry`; `explain --all-products` agrees with both.
#[test]
fn explain_decode_and_all_products_give_one_answer() {
    const DECIDED: [&str; 5] = ["known", "variant", "family", "retry", "entry"];
    let products = json(&["products", "--json"], b"");
    let products = products.as_array().unwrap();
    // Each table's codes, from the embedded catalog the CLI reads.
    let mut codes_of: std::collections::HashMap<String, Vec<String>> = Default::default();
    let catalog = workspace().join("cli/catalog.csv");
    for record in csv::Reader::from_path(catalog).unwrap().records() {
        let record = record.unwrap();
        let codes = codes_of.entry(record[0].to_owned()).or_default();
        if !codes.iter().any(|c| c == &record[1]) {
            codes.push(record[1].to_owned());
        }
    }
    let statuses = [400, 403, 404, 429, 500, 503];
    let samples: Vec<(String, String, u16)> = products
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let name = p["product"].as_str().unwrap().to_owned();
            let codes: Vec<&String> = p["tables"]
                .as_array()
                .unwrap()
                .iter()
                .flat_map(|t| codes_of.get(t.as_str().unwrap()).into_iter().flatten())
                .collect();
            let plain: Vec<&&String> = codes.iter().filter(|c| !c.contains('%')).collect();
            let templates: Vec<&&String> = codes
                .iter()
                .filter(|c| aliyun_errors_core::template::is_template(c))
                .collect();
            let exact = plain[(i * 7) % plain.len()].to_string();
            let code = match i % 4 {
                0 => exact,
                1 => templates
                    .get(i % templates.len().max(1))
                    .map_or(exact, |t| t.replace("%s", "Filled").replace("%d", "7")),
                2 => format!("{exact}.NotInAnyTable"),
                _ => "NotInAnyTable.AtAll".to_owned(),
            };
            (name, code, statuses[i % statuses.len()])
        })
        .collect();
    let answer = |(product, code, status): &(String, String, u16)| {
        let status_arg = status.to_string();
        let explained = json(
            &[
                "explain",
                code,
                "--product",
                product,
                "--status",
                &status_arg,
                "--json",
            ],
            b"",
        );
        let body = serde_json::json!({"RequestId": "R", "Code": code, "Message": "m"});
        let decoded = json(
            &[
                "decode",
                "--product",
                product,
                "--status",
                &status_arg,
                "--json",
            ],
            body.to_string().as_bytes(),
        );
        for key in DECIDED {
            assert_eq!(
                explained[key], decoded[key],
                "{product} {code} {status}: {key}: explain {explained} decode {decoded}"
            );
        }
        explained
    };
    // Two workers: each answer is two runs of the CLI.
    let explained: Vec<Value> = std::thread::scope(|scope| {
        let (first, second) = samples.split_at(samples.len() / 2);
        let a = scope.spawn(|| first.iter().map(answer).collect::<Vec<_>>());
        let b = scope.spawn(|| second.iter().map(answer).collect::<Vec<_>>());
        let mut all = a.join().unwrap();
        all.extend(b.join().unwrap());
        all
    });
    let known = explained.iter().filter(|v| v["known"] == true).count();
    let families = explained.iter().filter(|v| !v["family"].is_null()).count();
    assert!(
        known > samples.len() / 3 && families > samples.len() / 5,
        "{known} {families}"
    );

    // `--all-products`, for the first sample of each kind: the product it came from (and
    // every other holder) answers as `explain --product` does.
    for (sample, product_explained) in samples.iter().zip(&explained).take(3) {
        let (product, code, status) = sample;
        let v = json(
            &[
                "explain",
                code,
                "--all-products",
                "--status",
                &status.to_string(),
                "--json",
            ],
            b"",
        );
        let holders = v["products"].as_array().unwrap();
        assert!(holders.iter().all(|h| h["known"] == true), "{code}");
        if product_explained["known"] == true {
            let own = holders
                .iter()
                .find(|h| h["product"] == product.as_str())
                .unwrap();
            for key in DECIDED {
                assert_eq!(own[key], product_explained[key], "{product} {code}: {key}");
            }
        }
        for holder in holders.iter().step_by(25) {
            let other = holder["product"].as_str().unwrap();
            let alone = json(
                &[
                    "explain",
                    code,
                    "--product",
                    other,
                    "--status",
                    &status.to_string(),
                    "--json",
                ],
                b"",
            );
            for key in DECIDED {
                assert_eq!(holder[key], alone[key], "{other} {code}: {key}");
            }
        }
    }
}

/// README's CLI lines run as written (those that need no network and no file of the
/// reader's), and the claims in their comments hold where a test can tell cheaply.
#[test]
fn readme_cli_lines_run_and_their_claims_hold() {
    let readme = std::fs::read_to_string(workspace().join("README.md")).unwrap();
    let mut ran = 0;
    for line in readme.lines() {
        let Some(rest) = line.strip_prefix("cargo run -q -- ") else {
            continue;
        };
        let (command, claim) = rest.split_once(" # ").unwrap_or((rest, ""));
        let args: Vec<&str> = command.split_whitespace().collect();
        // A file of the reader's (`body.json`, `old.csv`, `api-docs.json`) is not here.
        let needs_own_file = args.iter().any(|a| {
            (a.ends_with(".json") || a.ends_with(".csv") || a.ends_with(".xml"))
                && !workspace().join(a).exists()
        });
        if needs_own_file || args.contains(&"<subcommand>") {
            continue;
        }
        let out = run_in_workspace(&args);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{command}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        match args[0] {
            "check" => assert!(stdout.starts_with(claim.trim()), "{command}: {stdout}"),
            "explain" if claim.contains("its family (Throttling)") => {
                assert!(
                    stdout.contains("family: Throttling "),
                    "{command}: {stdout}"
                );
            }
            "list" if claim.contains("spec/ecs.csv's codes first") => {
                let spec = std::fs::read_to_string(workspace().join("spec/ecs.csv")).unwrap();
                let mut spec_codes: Vec<&str> = Vec::new();
                for row in spec.lines().skip(1) {
                    let code = row.split(',').next().unwrap();
                    if !spec_codes.contains(&code) {
                        spec_codes.push(code);
                    }
                }
                let mut listed: Vec<&str> = Vec::new();
                for row in stdout.lines().skip(1) {
                    let code = row.split(',').next().unwrap();
                    if listed.last() != Some(&code) {
                        listed.push(code);
                    }
                }
                assert_eq!(listed[..spec_codes.len()], spec_codes[..], "{command}");
            }
            _ => {}
        }
        ran += 1;
    }
    assert!(ran >= 10, "{ran} README lines ran");
    // The number of product features README states.
    let features = json(&["products", "--json"], b"")
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| !p["feature"].is_null())
        .count();
    assert!(
        readme.contains(&format!("… {features} in all;")),
        "{features} features"
    );
}

#[test]
fn rows_without_a_documented_status_are_null_in_every_json() {
    // DataHub's codes come with no status from any source.
    let rows = json(&["list", "--product", "datahub", "--json"], b"");
    let rows = rows.as_array().unwrap();
    assert!(rows.len() >= 30, "{} rows", rows.len());
    assert!(rows.iter().all(|r| r["http_status"].is_null()));
    let text = run(&["list", "--product", "datahub"], b"");
    assert!(String::from_utf8_lossy(&text.stdout).contains("NoSuchProject"));

    let v = json(
        &["explain", "NoSuchVersion", "--product", "oss", "--json"],
        b"",
    );
    assert_eq!(v["known"], true);
    assert_eq!(v["rows"][0]["http_status"], Value::Null);
    let v = json(
        &[
            "explain",
            "NoSuchProject",
            "--product",
            "datahub",
            "--status",
            "404",
            "--json",
        ],
        b"",
    );
    assert_eq!(v["entry"]["http_status"], Value::Null);

    // The response's own status is the error's; the row matched keeps its absence.
    let body = br#"{"ErrorCode":"NoSuchProject","ErrorMessage":"project does not exist"}"#;
    let v = json(
        &[
            "decode",
            "--product",
            "datahub",
            "--status",
            "404",
            "--json",
        ],
        body,
    );
    assert_eq!(v["http_status"], 404);
    assert_eq!(v["code"], "NoSuchProject");
    assert_eq!(v["known"], true);
    assert_eq!(v["entry"]["http_status"], Value::Null);

    // check and diff take such a row; diff reports a status documented later.
    let old = temp_table("statusless-old.csv", "A,,a,\nB,400,b,\n");
    let new = temp_table("statusless-new.csv", "A,404,a,\nB,400,b,\n");
    let out = run(&["check", old.to_str().unwrap()], b"");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // A status documented where none was: a change, so `diff` exits 1.
    let out = run(
        &[
            "diff",
            old.to_str().unwrap(),
            new.to_str().unwrap(),
            "--json",
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["changed"][0]["code"], "A");
    assert_eq!(
        v["changed"][0]["http_statuses"]["old"],
        serde_json::json!([])
    );
    assert_eq!(
        v["changed"][0]["http_statuses"]["new"],
        serde_json::json!([404])
    );
}

#[test]
fn products_count_rows_by_source_and_thin_products_have_their_documented_codes() {
    let products = json(&["products", "--json"], b"");
    let find = |name: &str| {
        products
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["product"] == name)
            .unwrap_or_else(|| panic!("{name}"))
            .clone()
    };
    for p in products.as_array().unwrap() {
        let sources = &p["sources"];
        assert_eq!(
            keys(sources),
            ["metadata", "documentation", "sdk", "client"],
            "{}",
            p["product"]
        );
        let sum: u64 = ["metadata", "documentation", "sdk", "client"]
            .iter()
            .map(|k| sources[k].as_u64().unwrap())
            .sum();
        assert_eq!(sum, p["rows"].as_u64().unwrap(), "{}", p["product"]);
    }
    let oss = find("oss");
    assert!(oss["sources"]["sdk"].as_u64().unwrap() > 0);
    assert!(oss["sources"]["documentation"].as_u64().unwrap() > 40);
    assert!(find("vpc")["sources"]["metadata"].as_u64().unwrap() > 1000);
    // Container Service documents no code: the provider's checks are its codes.
    let cs = find("cs");
    assert!(cs["sources"]["client"].as_u64().unwrap() > 0);
    let v = json(
        &[
            "explain",
            "ErrorClusterNotFound",
            "--product",
            "cs",
            "--json",
        ],
        b"",
    );
    assert_eq!(v["known"], true);
    assert_eq!(v["rows"][0]["http_status"], Value::Null);

    // A code of each thin product's own documentation.
    for (product, code, status) in [
        ("ram", "EntityNotExist.Role", Some(404)),
        ("sts", "MissingSecurityToken", None),
        ("kms", "Rejected.Throttling", Some(429)),
        ("slb", "ServiceIsConfiguring", Some(400)),
        ("alb", "DryRunOperation", Some(400)),
    ] {
        let v = json(&["explain", code, "--product", product, "--json"], b"");
        assert_eq!(v["known"], true, "{product} {code}");
        let statuses: Vec<Option<u64>> = v["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["http_status"].as_u64())
            .collect();
        assert!(statuses.contains(&status), "{product} {code}: {statuses:?}");
    }
}

#[test]
fn explain_api_reads_any_product_and_names_its_kind() {
    let v = json(
        &[
            "explain",
            "--api",
            "DescribeVpcs",
            "--product",
            "vpc",
            "--json",
        ],
        b"",
    );
    assert_eq!(v["api"], "DescribeVpcs");
    assert_eq!(v["kind"], "DescribeVpcsError");
    let codes: Vec<&str> = v["codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"InvalidVpcID.NotFound"), "{codes:?}");
    // The product's name is its enum's: an API of the same name gets `_2`.
    let v = json(
        &["explain", "--api", "Push", "--product", "push", "--json"],
        b"",
    );
    assert_eq!(v["kind"], "Push_2Error");
    // An API that documents no code has no kind.
    let v = json(
        &[
            "explain",
            "--api",
            "NoSuchApi",
            "--product",
            "vpc",
            "--json",
        ],
        b"",
    );
    assert_eq!(v["kind"], Value::Null);
    assert_eq!(v["codes"], serde_json::json!([]));
    // `explain CODE` gives every product's APIs of the code.
    let v = json(
        &[
            "explain",
            "InvalidVpcID.NotFound",
            "--product",
            "vpc",
            "--json",
        ],
        b"",
    );
    assert!(
        v["apis"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a == "DescribeVpcs")
    );
}

#[test]
fn generate_operations_writes_the_module() {
    let table = temp_file(
        "ops.csv",
        "code,http_status,message,retry,apis\nThrottling,400,Slow down.,throttling,DescribeThings RunThing\nThing.NotFound,404,Gone.,,DescribeThings\n",
    ).display().to_string();
    let out = run(
        &["generate", &table, "--name", "ThingError", "--operations"],
        b"",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let source = String::from_utf8_lossy(&out.stdout);
    assert!(source.contains("pub mod ops {"), "{source}");
    assert!(source.contains("pub enum DescribeThingsError {"));
    assert!(source.contains("pub enum RunThingError {"));
    assert!(source.contains("Other(::aliyun_errors::OtherCode<ThingError>)"));
    let out = run(&["generate", &table, "--name", "ThingError"], b"");
    assert!(!String::from_utf8_lossy(&out.stdout).contains("mod ops"));
}

#[test]
fn diff_counts_each_apis_changes_in_its_verdict() {
    let header = "code,http_status,message,retry,apis\n";
    let old = temp_file(
        "old-ops.csv",
        &format!("{header}A,400,a,,Get Put\nB,404,b,,Get\n"),
    )
    .display()
    .to_string();
    // B moves from Get to Put: no code added or removed, two kinds changed.
    let moved = temp_file(
        "moved-ops.csv",
        &format!("{header}A,400,a,,Get Put\nB,404,b,,Put\n"),
    )
    .display()
    .to_string();
    let out = run(&["diff", &old, &moved, "--json"], b"");
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["added"], serde_json::json!([]));
    assert_eq!(v["removed"], serde_json::json!([]));
    assert_eq!(
        v["operations"],
        serde_json::json!([
            {"api": "Get", "kind": "GetError", "added": [], "removed": ["B"]},
            {"api": "Put", "kind": "PutError", "added": ["B"], "removed": []}
        ])
    );
    assert_eq!(v["verdict"], "breaking");
    // Only a message changed: no kind changed, a patch.
    let worded = temp_file(
        "worded-ops.csv",
        &format!("{header}A,400,a2,,Get Put\nB,404,b,,Get\n"),
    )
    .display()
    .to_string();
    let v: Value =
        serde_json::from_slice(&run(&["diff", &old, &worded, "--json"], b"").stdout).unwrap();
    assert_eq!(v["operations"], serde_json::json!([]));
    assert_eq!(v["verdict"], "compatible");
    // A kind that gains a variant, generated `non_exhaustive`: compatible.
    let grown = temp_file(
        "grown-ops.csv",
        &format!("{header}A,400,a,,Get Put\nB,404,b,,Get Put\n"),
    )
    .display()
    .to_string();
    let v: Value = serde_json::from_slice(
        &run(&["diff", &old, &grown, "--json", "--non-exhaustive"], b"").stdout,
    )
    .unwrap();
    assert_eq!(v["verdict"], "compatible");
    let text = String::from_utf8_lossy(&run(&["diff", &old, &grown], b"").stdout).into_owned();
    assert!(text.contains("api Put (PutError): +B"), "{text}");
}
