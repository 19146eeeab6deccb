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
    // ECS is an RPC product: its return-results page, the POP gateway's codes, its metadata,
    // then the codes the Terraform provider checks for.
    assert_eq!(
        find("ecs").tables,
        [
            "spec/ecs.csv",
            "spec/families/pop.csv",
            "spec/ecs-api.csv",
            "spec/terraform/ecs.csv"
        ]
    );
    assert_eq!(
        find("vpc").tables.last().map(String::as_str),
        Some("spec/terraform/vpc.csv")
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
            assert!(!aliyun_errors_codegen::ParsedTable::is_template(&any.code));
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
        for entry in table.rows() {
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

/// A workspace of its own under the temporary folder, with `spec/` files written.
fn scratch(name: &str, files: &[(&str, &str)]) -> std::path::PathBuf {
    let root = std::env::temp_dir().join(format!("xtask-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("spec/catalog")).unwrap();
    std::fs::create_dir_all(root.join("spec/families")).unwrap();
    for (path, text) in files {
        std::fs::write(root.join(path), text).unwrap();
    }
    root
}

#[test]
fn success_codes_are_read_onto_their_product_and_every_bad_row_is_reported() {
    let family = "code,http_status,message,retry,source\n\
                  OK,200,OK,never,https://example.org/doc\n\
                  isv.X,200,x,never,https://example.org/doc\n";
    let root = scratch(
        "success-ok",
        &[
            ("spec/families/sms.csv", family),
            (
                "spec/success-codes.csv",
                "product,code,source\nsms,OK,https://example.org/doc\n",
            ),
        ],
    );
    let products = xtask::products(&root).unwrap();
    let sms = products.iter().find(|p| p.name == "sms").unwrap();
    assert_eq!(sms.success_codes, ["OK"]);
    assert!(
        products
            .iter()
            .filter(|p| p.name != "sms")
            .all(|p| p.success_codes.is_empty())
    );
    let listed = xtask::cli_products(&root, &products).unwrap();
    assert!(
        listed.starts_with("product,enum,feature,tables,version,success_codes,style,sources\n")
    );
    assert!(
        listed.contains(
            "\nsms,SmsError,sms,spec/common.csv spec/families/pop.csv spec/families/sms.csv,,OK,,metadata=0 documentation=2 sdk=0 client=0\n"
        ),
        "{listed}"
    );

    let root = scratch(
        "success-bad",
        &[
            ("spec/families/sms.csv", family),
            (
                "spec/success-codes.csv",
                "product,code,source\n\
                 sms,OK,https://example.org/doc\n\
                 nosuch,OK,https://example.org/doc\n\
                 sms,Ok,https://example.org/doc\n\
                 sms,OK,https://example.org/doc\n\
                 sms,isv.X,\n\
                 sms,OK\n",
            ),
        ],
    );
    let problems = xtask::products(&root).unwrap_err();
    let lines: Vec<&str> = problems.lines().collect();
    assert_eq!(
        lines,
        [
            "spec/success-codes.csv:3: no product \"nosuch\" with a table of its own",
            "spec/success-codes.csv:4: sms: no code \"Ok\" in its tables",
            "spec/success-codes.csv:5: sms: \"OK\" twice",
            "spec/success-codes.csv:6: sms isv.X: no source",
            "spec/success-codes.csv:7: expected 3 fields (product, code, source), found 2",
        ]
    );
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn styles_are_read_onto_their_product_and_every_bad_row_is_reported() {
    let family =
        "code,http_status,message,retry,source\nNoSuchKey,404,m,never,https://example.org/doc\n";
    let root = scratch(
        "styles-ok",
        &[
            ("spec/families/store.csv", family),
            (
                "spec/product-styles.csv",
                "product,style,source\nstore,oss,https://example.org/doc\n",
            ),
        ],
    );
    let products = xtask::products(&root).unwrap();
    let store = products.iter().find(|p| p.name == "store").unwrap();
    assert_eq!(store.style, Some(aliyun_errors_core::Style::Oss));
    assert!(
        products
            .iter()
            .filter(|p| p.name != "store")
            .all(|p| p.style.is_none())
    );
    let listed = xtask::cli_products(&root, &products).unwrap();
    assert!(listed.contains(",oss,metadata="), "{listed}");

    let root = scratch(
        "styles-bad",
        &[
            ("spec/families/store.csv", family),
            (
                "spec/product-styles.csv",
                "product,style,source\n\
                 store,oss,https://example.org/doc\n\
                 store,sls,https://example.org/doc\n\
                 nosuch,oss,https://example.org/doc\n\
                 store,OSS,https://example.org/doc\n\
                 store,fc,\n",
            ),
        ],
    );
    let problems = xtask::products(&root).unwrap_err();
    let lines: Vec<&str> = problems.lines().collect();
    assert_eq!(
        lines,
        [
            "spec/product-styles.csv:3: store: a second style",
            "spec/product-styles.csv:4: no product \"nosuch\" with a table of its own",
            "spec/product-styles.csv:5: store: no style \"OSS\"",
            "spec/product-styles.csv:6: store fc: no source",
        ]
    );
    let _ = std::fs::remove_dir_all(&root);
}
