//! Editing a table rebuilds the crate that uses it on the next `cargo build`: no `touch`, no
//! `cargo clean`. A small crate is copied to a temporary directory, built and run, given one
//! more row, and built and run again.

use std::path::{Path, PathBuf};
use std::process::Command;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Runs the probe crate with cargo, sharing one target directory across runs so that only
/// the first build compiles the dependencies.
fn cargo_run(dir: &Path) -> String {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let out = Command::new(cargo)
        .args(["run", "--quiet", "--offline"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", workspace().join("target/rebuild-test"))
        .env_remove("ALIYUN_ERRORS_MANIFEST_DIR")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "cargo run failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn appending_a_row_rebuilds_with_the_new_variant() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("rebuild-probe");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::create_dir_all(dir.join("spec")).unwrap();
    let runtime = workspace().join("runtime").canonicalize().unwrap();
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"rebuild-probe\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\naliyun-errors = {{ path = {:?} }}\n\n[workspace]\n",
            runtime.display().to_string()
        ),
    )
    .unwrap();
    // The workspace's lock file pins the same dependency versions: no resolution, offline.
    std::fs::copy(workspace().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    std::fs::write(
        dir.join("src/main.rs"),
        "use aliyun_errors::ErrorCode;\n\n\
         #[aliyun_errors::error_table(csv = \"spec/probe.csv\")]\npub enum ProbeError {}\n\n\
         fn main() {\n    for e in ProbeError::ALL {\n        println!(\"{e:?} {}\", e.code());\n    }\n}\n",
    )
    .unwrap();
    let table = dir.join("spec/probe.csv");
    std::fs::write(
        &table,
        "code,http_status,message,retry\nFirst.One,400,First.,\n",
    )
    .unwrap();

    assert_eq!(cargo_run(&dir), "FirstOne First.One\n");

    let mut csv = std::fs::read_to_string(&table).unwrap();
    csv.push_str("Second.One,503,Second.,transient\n");
    std::fs::write(&table, csv).unwrap();

    assert_eq!(
        cargo_run(&dir),
        "FirstOne First.One\nSecondOne Second.One\n"
    );
}
