//! Builds the phf baseline for the lookup benchmark: a perfect-hash map from each ECS code to
//! its index in `EcsError::ALL`, generated from the same table the macro reads.

use std::io::Write;

fn main() {
    let table = "../spec/ecs.csv";
    println!("cargo:rerun-if-changed={table}");
    let mut reader = csv::Reader::from_path(table).expect("spec/ecs.csv is readable");
    let mut codes: Vec<String> = Vec::new();
    for record in reader.records() {
        let code = record.expect("spec/ecs.csv is valid CSV")[0].to_owned();
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    let mut map = phf_codegen::Map::new();
    for (index, code) in codes.iter().enumerate() {
        map.entry(code.as_str(), index.to_string());
    }
    let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("phf_codes.rs");
    let mut file = std::fs::File::create(out).unwrap();
    writeln!(
        file,
        "/// ECS code to its index in `EcsError::ALL`.\npub static PHF_CODES: phf::Map<&'static str, usize> = {};",
        map.build()
    )
    .unwrap();
}
