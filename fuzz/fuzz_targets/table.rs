//! Arbitrary bytes as a CSV table: validation reports or accepts, never panics; an accepted
//! table generates code that parses as Rust, with one variant per code.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &[u8]| {
    let Ok(table) = aliyun_errors_codegen::parse_table(&[("fuzz.csv", input)]) else {
        return;
    };
    let mut variants: Vec<&str> = table.codes().iter().map(|c| c.variant.as_str()).collect();
    variants.sort_unstable();
    variants.dedup();
    assert_eq!(variants.len(), table.codes().len(), "variant names are unique");
    for code in table.codes() {
        assert!(table.rows_of(code).all(|row| row.code == code.code));
    }
    let tokens = aliyun_errors_codegen::expand_table(&table, "FuzzError", false).unwrap();
    if let Err(err) = syn::parse2::<syn::File>(tokens) {
        panic!("generated code does not parse: {err}");
    }
    // The same code as text, as `generate` prints it.
    let source = aliyun_errors_codegen::expand_table_source(&table, "FuzzError", false).unwrap();
    if let Err(err) = syn::parse_file(&source) {
        panic!("generated source does not parse: {err}");
    }
});
