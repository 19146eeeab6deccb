//! Compile-fail tests of `#[error_table]` (trybuild), with their expected `.stderr`.
//!
//! trybuild builds the cases in a crate under `target/`, so relative table paths would not
//! resolve against this package. The test re-runs itself with `ALIYUN_ERRORS_MANIFEST_DIR`
//! pointing here (the macro's documented override), rather than mutate its own environment.

use std::process::Command;

const BASE: &str = "ALIYUN_ERRORS_MANIFEST_DIR";

#[test]
fn ui() {
    let output = Command::new(std::env::current_exe().unwrap())
        .args(["ui_cases", "--exact", "--ignored", "--nocapture"])
        .env(BASE, env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stdout}\n{stderr}");
    assert!(
        stdout.contains("1 passed") && !stderr.contains("ui_cases: skipped"),
        "ui_cases did not run:\n{stdout}\n{stderr}"
    );
}

#[test]
#[ignore = "run by `ui` with the environment trybuild needs"]
fn ui_cases() {
    if std::env::var_os(BASE).is_none() {
        // Run with --ignored directly: the `ui` test runs these cases, with the environment.
        eprintln!("ui_cases: skipped here; the `ui` test runs them");
        return;
    }
    let t = trybuild::TestCases::new();
    t.compile_fail("ui/bad_table.rs");
    t.compile_fail("ui/bad_header.rs");
    t.compile_fail("ui/merge_conflict.rs");
    t.compile_fail("ui/bad_options.rs");
    t.compile_fail("ui/exhaustive.rs");
    t.compile_fail("ui/derive_errors.rs");
    t.compile_fail("ui/non_exhaustive_foreign.rs");
    t.pass("ui/non_exhaustive_ok.rs");
    t.pass("ui/ops_exhaustive_ok.rs");
    t.compile_fail("ui/ops_exhaustive.rs");
}
