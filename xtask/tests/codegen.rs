//! The checked-in generated files are what `cargo xtask codegen` writes from spec/.

use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

#[test]
fn every_generated_file_is_current() {
    let stale = xtask::check(root()).unwrap();
    assert!(
        stale.is_empty(),
        "stale, run `cargo xtask codegen`: {stale:?}"
    );
}

#[test]
fn families_with_their_own_gateway_get_no_pop_codes_and_others_do() {
    let products = xtask::products(root()).unwrap();
    let find = |name: &str| products.iter().find(|p| p.name == name).unwrap();
    // DataHub's own table is still to be written (its documentation gives no statuses).
    for own in xtask::OWN_GATEWAY.iter().filter(|&&p| p != "datahub") {
        let p = find(own);
        assert!(!p.tables.iter().any(|t| t == "spec/common.csv"), "{own}");
        assert!(!p.codeless, "{own} has a table of its own");
    }
    for pop in ["vpc", "dysmsapi", "cloudapi", "maxcompute"] {
        assert_eq!(find(pop).tables[..2], xtask::POP_TABLES, "{pop}");
    }
    assert_eq!(find("dysmsapi").tables[2], "spec/families/dysmsapi.csv");
    assert_eq!(find("fc-open").enum_name, "FcOpenError");
    // ECS is an RPC product: its return-results page, the POP gateway's codes, its metadata.
    assert_eq!(
        find("ecs").tables,
        ["spec/ecs.csv", "spec/families/pop.csv", "spec/ecs-api.csv"]
    );
}

#[test]
fn no_shipped_template_is_made_of_placeholders_alone() {
    let products = xtask::products(root()).unwrap();
    let mut templates = 0;
    for p in products.iter().filter(|p| !p.codeless) {
        let paths: Vec<_> = p.tables.iter().map(|t| root().join(t)).collect();
        let table = aliyun_errors_codegen::load_files(&paths).unwrap();
        for t in table.templates() {
            let literal = t.code.replace("%s", "").replace("%d", "");
            assert!(
                literal.chars().any(char::is_alphanumeric),
                "{}: {}",
                p.name,
                t.code
            );
            templates += 1;
        }
        // A placeholder-only code is still the product's, exactly.
        if let Some(any) = table.code("%s") {
            assert!(!aliyun_errors_codegen::Table::is_template(&any.code));
        }
    }
    assert!(templates > 50, "{templates} templates in all");
}

/// The family rows whose class differs from the written rules', as `spec/README.md` lists
/// them with the documentation that says so.
const CORRECTIONS: [(&str, &str, aliyun_errors_codegen::Retry); 1] = [(
    "oss",
    "InvalidObjectState",
    aliyun_errors_codegen::Retry::Never,
)];

#[test]
fn every_family_row_names_its_source_and_gets_the_written_rules_class() {
    let dir = root().join("spec/families");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(files.len() >= 10, "{files:?}");
    for path in files {
        let table = aliyun_errors_codegen::load_files(&[&path]).unwrap();
        for entry in table.entries() {
            assert!(!entry.source.is_empty(), "{path:?}: {}", entry.code);
        }
        let product = path.file_stem().unwrap().to_string_lossy().into_owned();
        for code in table.codes() {
            let statuses = table.http_statuses(code);
            let rules = aliyun_errors_codegen::infer_retry(&code.code, &statuses);
            match CORRECTIONS
                .iter()
                .find(|c| c.0 == product && c.1 == code.code)
            {
                Some(&(_, _, corrected)) => {
                    assert_ne!(
                        rules, corrected,
                        "{product}: {} needs no correction",
                        code.code
                    );
                    assert_eq!(
                        code.retry.as_str(),
                        corrected.as_str(),
                        "{product}: {}",
                        code.code
                    );
                }
                None => assert_eq!(code.retry, rules, "{path:?}: {}", code.code),
            }
        }
    }
}
