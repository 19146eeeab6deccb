//! The CLI on operations' kinds: `explain --api` for any product, `generate --operations`,
//! and `diff`'s per-API changes and verdict.

use std::process::{Command, Output};

use serde_json::Value;

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_aliyun-errors"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
        .output()
        .unwrap()
}

fn json(args: &[&str]) -> Value {
    let out = run(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn temp(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("aliyun-errors-ops-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn explain_api_reads_any_product_and_names_its_kind() {
    let v = json(&[
        "explain",
        "--api",
        "DescribeVpcs",
        "--product",
        "vpc",
        "--json",
    ]);
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
    let v = json(&["explain", "--api", "Push", "--product", "push", "--json"]);
    assert_eq!(v["kind"], "Push_2Error");
    // An API that documents no code has no kind.
    let v = json(&[
        "explain",
        "--api",
        "NoSuchApi",
        "--product",
        "vpc",
        "--json",
    ]);
    assert_eq!(v["kind"], Value::Null);
    assert_eq!(v["codes"], serde_json::json!([]));
    // `explain CODE` gives every product's APIs of the code.
    let v = json(&[
        "explain",
        "InvalidVpcID.NotFound",
        "--product",
        "vpc",
        "--json",
    ]);
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
    let table = temp(
        "ops.csv",
        "code,http_status,message,retry,apis\nThrottling,400,Slow down.,throttling,DescribeThings RunThing\nThing.NotFound,404,Gone.,,DescribeThings\n",
    );
    let out = run(&["generate", &table, "--name", "ThingError", "--operations"]);
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
    let out = run(&["generate", &table, "--name", "ThingError"]);
    assert!(!String::from_utf8_lossy(&out.stdout).contains("mod ops"));
}

#[test]
fn diff_counts_each_apis_changes_in_its_verdict() {
    let header = "code,http_status,message,retry,apis\n";
    let old = temp(
        "old-ops.csv",
        &format!("{header}A,400,a,,Get Put\nB,404,b,,Get\n"),
    );
    // B moves from Get to Put: no code added or removed, two kinds changed.
    let moved = temp(
        "moved-ops.csv",
        &format!("{header}A,400,a,,Get Put\nB,404,b,,Put\n"),
    );
    let out = run(&["diff", &old, &moved, "--json"]);
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
    let worded = temp(
        "worded-ops.csv",
        &format!("{header}A,400,a2,,Get Put\nB,404,b,,Get\n"),
    );
    let v: Value = serde_json::from_slice(&run(&["diff", &old, &worded, "--json"]).stdout).unwrap();
    assert_eq!(v["operations"], serde_json::json!([]));
    assert_eq!(v["verdict"], "compatible");
    // A kind that gains a variant, generated `non_exhaustive`: compatible.
    let grown = temp(
        "grown-ops.csv",
        &format!("{header}A,400,a,,Get Put\nB,404,b,,Get Put\n"),
    );
    let v: Value =
        serde_json::from_slice(&run(&["diff", &old, &grown, "--json", "--non-exhaustive"]).stdout)
            .unwrap();
    assert_eq!(v["verdict"], "compatible");
    let text = String::from_utf8_lossy(&run(&["diff", &old, &grown]).stdout).into_owned();
    assert!(text.contains("api Put (PutError): +B"), "{text}");
}
