//! Builds the phf baselines for the lookup benchmark: a perfect-hash map from each code of a
//! benchmarked enum to its index in its `ALL`, generated from the tables the enum merges.

use std::io::Write;

/// The distinct codes of tables merged in order (a code keeps its first position).
fn codes(tables: &[&str]) -> Vec<String> {
    let mut codes: Vec<String> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for table in tables {
        println!("cargo:rerun-if-changed={table}");
        let mut reader = csv::Reader::from_path(table).expect("the ECS tables are readable");
        for record in reader.records() {
            let code = record.expect("the ECS tables are valid CSV")[0].to_owned();
            if seen.insert(code.clone()) {
                codes.push(code);
            }
        }
    }
    codes
}

fn main() {
    let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("phf_codes.rs");
    let mut file = std::fs::File::create(out).unwrap();
    for (name, tables) in [
        ("PHF_RETURN_RESULTS", &["../spec/ecs.csv"][..]),
        (
            "PHF_ECS",
            &[
                "../spec/ecs.csv",
                "../spec/families/pop.csv",
                "../spec/ecs-api.csv",
            ],
        ),
        (
            "PHF_ACTIONTRAIL",
            &[
                "../spec/common.csv",
                "../spec/families/pop.csv",
                "../spec/catalog/actiontrail.csv",
            ],
        ),
    ] {
        let codes = codes(tables);
        let mut map = phf_codegen::Map::new();
        for (index, code) in codes.iter().enumerate() {
            map.entry(code.as_str(), index.to_string());
        }
        writeln!(
            file,
            "/// Code to its index in the enum's `ALL`, for {tables:?}.\npub static {name}: phf::Map<&'static str, usize> = {};",
            map.build()
        )
        .unwrap();
    }
}
