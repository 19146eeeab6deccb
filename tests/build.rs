//! Generates random valid error tables (a fixed seed, so builds are reproducible) and their
//! enums with `aliyun_errors_codegen::Config`, for `tests/random_tables.rs`: properties of
//! generated code over tables nobody wrote by hand.

use std::fmt::Write as _;
use std::path::PathBuf;

// The tests' and benches' one random-number helper (also `aliyun_errors_tests::rng`).
#[path = "rng.rs"]
mod rng;
use rng::Rng;

fn code(rng: &mut Rng) -> String {
    const FIRST: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    const REST: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_";
    let mut code = String::new();
    for segment in 0..=rng.below(3) {
        if segment > 0 {
            code.push('.');
        }
        code.push(FIRST[rng.below(FIRST.len())] as char);
        for _ in 0..rng.below(10) {
            code.push(REST[rng.below(REST.len())] as char);
        }
    }
    code
}

fn message(rng: &mut Rng) -> String {
    const WORDS: &[&str] = &[
        "The",
        "specified",
        "parameter",
        "\u{201C}Action\u{201D}",
        "isn\u{2019}t",
        "valid.",
        "a,b",
        "\"quoted\"",
        "<b>",
        "&amp;",
        "[link]",
        "#",
        "\\",
        "r#\"raw\"#",
        "]]>",
        "中文",
        "  ",
        "\t",
        "`tick`",
        "|",
        "*",
    ];
    let mut text = String::from(rng.pick(&["Error", "Denied", "Failed"]));
    for _ in 0..rng.below(8) {
        text.push(' ');
        text.push_str(rng.pick(WORDS));
    }
    text
}

/// A README example, the first `rust` block after the heading `## {heading}`, as a doc
/// comment's Markdown in `OUT_DIR/{file}`: `lib.rs` compiles it as a doctest, so the README's
/// code stays true.
fn readme_example(out: &std::path::Path, heading: &str, file: &str) {
    println!("cargo:rerun-if-changed=../README.md");
    let readme = std::fs::read_to_string("../README.md").expect("README.md");
    let at = readme
        .find(&format!("\n## {heading}\n"))
        .unwrap_or_else(|| panic!("README: ## {heading}"));
    let section = &readme[at..];
    let start = section
        .find("```rust\n")
        .unwrap_or_else(|| panic!("README: a rust block in ## {heading}"));
    let block = &section[start..];
    let end = block["```rust\n".len()..]
        .find("\n```\n")
        .expect("README: the block's end")
        + "```rust\n".len()
        + "\n```\n".len();
    std::fs::write(out.join(file), &block[..end]).unwrap();
}

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    readme_example(&out, "Retrying", "readme_retry.md");
    readme_example(
        &out,
        "Matching what one call can fail with",
        "readme_operations.md",
    );
    let mut rng = Rng(0x5EED_A11C_E5C0_DE01);
    let mut modules = String::new();
    for table in 0..12 {
        let mut csv = csv::Writer::from_writer(Vec::new());
        csv.write_record(["code", "http_status", "message", "retry"])
            .unwrap();
        let mut variants = Vec::new();
        let mut rows = Vec::new();
        // Up to 100 codes: tables on both sides of the size up to which `from_code` is a
        // compiled `match` (codegen's `SMALL_TABLE`).
        for _ in 0..1 + rng.below(100) {
            let code = code(&mut rng);
            let variant = aliyun_errors_codegen::variant_name(&code);
            if variant == "Self" || variants.contains(&variant) {
                continue;
            }
            variants.push(variant);
            let retry = rng.pick(&["", "never", "throttling", "transient"]);
            let mut seen = Vec::new();
            for _ in 0..1 + rng.below(3) {
                let status = 100 + rng.below(500) as u16;
                let message = message(&mut rng);
                if seen.contains(&(status, message.clone())) {
                    continue;
                }
                seen.push((status, message.clone()));
                rows.push((code.clone(), status, message, retry));
            }
        }
        // Rows of different codes interleave, as real tables do.
        for i in (1..rows.len()).rev() {
            rows.swap(i, rng.below(i + 1));
        }
        for (code, status, message, retry) in &rows {
            csv.write_record([code.as_str(), &status.to_string(), message, retry])
                .unwrap();
        }
        let csv_path = out.join(format!("random{table}.csv"));
        std::fs::write(&csv_path, csv.into_inner().unwrap()).unwrap();
        let rs_path = out.join(format!("random{table}.rs"));
        aliyun_errors_codegen::Config::new("RandomError")
            .table(&csv_path)
            .out_file(&rs_path)
            .write()
            .unwrap_or_else(|e| panic!("random table {table} is invalid:\n{e}"));
        let _ = writeln!(
            modules,
            "pub mod random{table} {{\n    include!({:?});\n    /// The rows as written: code, status, message, retry.\n    pub const ROWS: &[(&str, u16, &str, &str)] = &{:?};\n}}",
            rs_path.display().to_string(),
            rows
        );
    }
    std::fs::write(out.join("random_tables.rs"), modules).unwrap();
    // `tests/statusless.rs`: the `Config` path for rows without a documented status.
    aliyun_errors_codegen::Config::new("ConfigStatusless")
        .table("spec/statusless.csv")
        .out_file(out.join("statusless.rs"))
        .write()
        .unwrap_or_else(|e| panic!("spec/statusless.csv is invalid:\n{e}"));
    println!("cargo:rerun-if-changed=spec/statusless.csv");
    println!("cargo:rerun-if-changed=build.rs");
}
