//! Any bytes as an `api-docs.json`: `import` never panics, reports a problem (with its file)
//! or writes a table that passes `check`.
#![no_main]

use aliyun_errors_codegen::{import, parse_table};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    match import(&[("fuzz.json", bytes)], None, &[], false) {
        Err(problems) => {
            assert!(!problems.is_empty());
            assert!(problems.iter().all(|p| p.path == "fuzz.json"));
        }
        Ok(imported) if imported.rows == 0 => {}
        Ok(imported) => {
            let table = parse_table(&[("imported.csv", imported.csv.as_bytes())]);
            assert!(table.is_ok(), "{}", imported.csv);
        }
    }
    // Skipping keeps every problem too, and what it writes still checks.
    let skipped = import(&[("fuzz.json", bytes)], None, &[], true).expect("skip_invalid never fails");
    if skipped.rows > 0 {
        assert!(parse_table(&[("imported.csv", skipped.csv.as_bytes())]).is_ok());
    }
});
