//! The maintainers' pipeline, as a library so that a test can run its check mode.
//!
//! - [`codegen`]: a pure function of `spec/`: every product's generated source
//!   (`runtime/src/products/<module>.rs`), the module index (`runtime/src/products/mod.rs`)
//!   and the runtime's product features (`runtime/Cargo.toml`, rewritten with `toml_edit`).
//! - [`import`]: re-imports a metadata catalog into `spec/catalog/` (and `spec/ecs-api.csv`),
//!   keeping each table's curated rows, order and classes.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use aliyun_errors_codegen::{Config, ParsedTable, load_files, parse_table};

use aliyun_errors_core::template;

pub mod terraform;

/// The products whose servers answer with their own gateway's codes, not the POP gateway's:
/// `spec/common.csv` and `spec/families/pop.csv` are not merged into their enums.
pub const OWN_GATEWAY: [&str; 7] = [
    "dashscope",
    "datahub",
    "fc",
    "fc-open",
    "mns-open",
    "oss",
    "sls",
];

/// The tables of the POP gateway's common errors, merged first into every RPC and ROA
/// product, and the whole of `pop::PopError`.
pub const POP_TABLES: [&str; 2] = ["spec/common.csv", "spec/families/pop.csv"];

/// The runtime's features that are not product tables (kept as written).
const OTHER_FEATURES: [&str; 9] = [
    "default",
    "macros",
    "ecs",
    "serde",
    "http",
    "tracing",
    "tower",
    "sse",
    "operations",
];

/// One product's enum: where its rows come from and what it is called.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Product {
    /// The catalog's product name (`fc-open`), also the feature's.
    pub name: String,
    /// The module (`fc_open`).
    pub module: String,
    /// The enum (`FcOpenError`).
    pub enum_name: String,
    /// The tables merged into the enum, in order, relative to the workspace.
    pub tables: Vec<String>,
    /// The metadata version its catalog table was imported from, if any.
    pub version: Option<String>,
    /// No table of its own has a row: its module is an alias of `pop::PopError`, without a
    /// feature.
    pub codeless: bool,
    /// The codes a 2xx envelope of the product carries on success, any other code being an
    /// error sent with a 2xx status (`spec/success-codes.csv`); empty for most products.
    pub success_codes: Vec<String>,
    /// The envelope style whose family retry rules its errors follow whatever shape a body
    /// takes (`spec/product-styles.csv`); `None` for most products.
    pub style: Option<aliyun_errors_core::Style>,
}

impl Product {
    /// The enum's first documentation line.
    pub fn doc(&self) -> String {
        if self.name == "ecs" {
            return "The ECS API's errors: the return-results table, then the API metadata."
                .to_owned();
        }
        if self.name == "pop" {
            return "The POP gateway's common errors: the codes every RPC and ROA API can answer."
                .to_owned();
        }
        let parts: Vec<&str> = self
            .tables
            .iter()
            .filter(|t| !t.ends_with("families/pop.csv"))
            .map(|t| match t.as_str() {
                "spec/common.csv" => "the POP gateway's common codes",
                t if t.starts_with("spec/families/") => "the product's documented codes",
                _ => "the API metadata",
            })
            .collect();
        let version = self
            .version
            .as_ref()
            .map_or(String::new(), |v| format!(" ({v})"));
        format!(
            "The `{}` API's errors{version}: {}.",
            self.name,
            parts.join(", then ")
        )
    }

    /// Whether the product has a feature of its own (every product with a table but `ecs`,
    /// which the runtime declares itself, and `pop`, always compiled).
    pub fn has_feature(&self) -> bool {
        !self.codeless && self.name != "ecs" && self.name != "pop"
    }
}

/// The module of a product: its name with `-` as `_`.
pub fn module_name(product: &str) -> String {
    product.replace('-', "_")
}

/// The enum of a product: its name in UpperCamelCase, then `Error`.
pub fn enum_name(product: &str) -> String {
    let camel: String = product
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w[..1].to_ascii_uppercase() + &w[1..])
        .collect();
    format!("{camel}Error")
}

/// The stems of the `*.csv` files of a folder.
fn csv_stems(dir: &Path) -> Result<BTreeSet<String>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut stems = BTreeSet::new();
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|e| e == "csv")
            && let Some(stem) = path.file_stem()
        {
            stems.insert(stem.to_string_lossy().into_owned());
        }
    }
    Ok(stems)
}

/// The number of rows below a table's header.
fn row_count(path: &Path) -> Result<usize, String> {
    let mut reader =
        csv::Reader::from_path(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(reader.byte_records().count())
}

/// `spec/catalog-versions.csv`: each catalog product's metadata version.
fn versions(root: &Path) -> Result<BTreeMap<String, String>, String> {
    let path = root.join("spec/catalog-versions.csv");
    if !path.exists() {
        return Ok(BTreeMap::new());
    }
    let mut reader =
        csv::Reader::from_path(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut versions = BTreeMap::new();
    for (at, record) in reader.records().enumerate() {
        let record = record.map_err(|e| format!("{}: {e}", path.display()))?;
        match (record.get(0), record.get(1)) {
            (Some(product), Some(version)) => {
                versions.insert(product.to_owned(), version.to_owned());
            }
            _ => {
                return Err(format!(
                    "{}:{}: expected product,version",
                    path.display(),
                    at + 2
                ));
            }
        }
    }
    Ok(versions)
}

/// Every product of `spec/`: `ecs`, `pop`, then every product with a catalog or a family
/// table, sorted by name.
pub fn products(root: &Path) -> Result<Vec<Product>, String> {
    let catalog = csv_stems(&root.join("spec/catalog"))?;
    let families = csv_stems(&root.join("spec/families"))?;
    // Absent until the first `import-terraform`.
    let terraform = csv_stems(&root.join("spec/terraform")).unwrap_or_default();
    let versions = versions(root)?;
    // The return-results page first, then the POP gateway's codes, as every RPC product.
    let mut ecs_tables = vec![
        "spec/ecs.csv".to_owned(),
        "spec/families/pop.csv".to_owned(),
        "spec/ecs-api.csv".to_owned(),
    ];
    if terraform.contains("ecs") {
        ecs_tables.push("spec/terraform/ecs.csv".to_owned());
    }
    let mut products = vec![
        Product {
            name: "ecs".to_owned(),
            module: "ecs".to_owned(),
            enum_name: "EcsError".to_owned(),
            tables: ecs_tables,
            version: versions.get("ecs").cloned(),
            codeless: false,
            success_codes: Vec::new(),
            style: None,
        },
        Product {
            name: "pop".to_owned(),
            module: "pop".to_owned(),
            enum_name: "PopError".to_owned(),
            tables: POP_TABLES.iter().map(|t| (*t).to_owned()).collect(),
            version: None,
            codeless: false,
            success_codes: Vec::new(),
            style: None,
        },
    ];
    let names: BTreeSet<&String> = catalog
        .iter()
        .chain(&families)
        .filter(|n| !matches!(n.as_str(), "pop" | "ecs"))
        .collect();
    for name in names {
        let mut tables: Vec<String> = Vec::new();
        if !OWN_GATEWAY.contains(&name.as_str()) {
            tables.extend(POP_TABLES.iter().map(|t| (*t).to_owned()));
        }
        let mut own_rows = 0;
        for (dir, present) in [
            ("families", &families),
            ("catalog", &catalog),
            ("terraform", &terraform),
        ] {
            if present.contains(name) {
                let table = format!("spec/{dir}/{name}.csv");
                own_rows += row_count(&root.join(&table))?;
                tables.push(table);
            }
        }
        products.push(Product {
            name: name.clone(),
            module: module_name(name),
            enum_name: enum_name(name),
            tables,
            version: versions.get(name).cloned(),
            codeless: own_rows == 0,
            success_codes: Vec::new(),
            style: None,
        });
    }
    add_success_codes(root, &mut products)?;
    add_styles(root, &mut products)?;
    Ok(products)
}

/// The table of products whose 2xx envelopes carry a code on success too.
const SUCCESS_CODES: &str = "spec/success-codes.csv";

/// The rows of a spec table of `fields` fields (product, value, source), each with its line;
/// every row that is not one, or has no source, is a problem. Nothing for a missing file.
fn spec_rows(
    root: &Path,
    name: &str,
    fields: &str,
    problems: &mut Vec<(u64, String)>,
) -> Result<Vec<(u64, csv::StringRecord)>, String> {
    let path = root.join(name);
    if !path.exists() {
        return Ok(Vec::new());
    }
    let text = std::fs::read(&path).map_err(|e| format!("{name}: {e}"))?;
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_slice());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            // csv's error names the line.
            Err(e) => {
                let line = e.position().map_or(0, csv::Position::line);
                problems.push((line, format!("{name}: {e}")));
                continue;
            }
        };
        let line = record.position().map_or(0, csv::Position::line);
        if record.len() != 3 {
            problems.push((
                line,
                format!(
                    "{name}:{line}: expected 3 fields ({fields}), found {}",
                    record.len()
                ),
            ));
        } else if record[2].trim().is_empty() {
            let problem = format!("{name}:{line}: {} {}: no source", &record[0], &record[1]);
            problems.push((line, problem));
        } else {
            rows.push((line, record));
        }
    }
    Ok(rows)
}

/// Every problem at once, in the order of their lines, or none.
fn no_problems(mut problems: Vec<(u64, String)>) -> Result<(), String> {
    if problems.is_empty() {
        return Ok(());
    }
    problems.sort_by_key(|(line, _)| *line);
    let lines: Vec<String> = problems.into_iter().map(|(_, problem)| problem).collect();
    Err(lines.join("\n"))
}

/// Reads [`SUCCESS_CODES`], if present, onto the products: each row's product must have a
/// table of its own and the code must be one of its codes (a success code is sent, so it is
/// documented), with a source. Every problem is reported at once, with its line.
fn add_success_codes(root: &Path, products: &mut [Product]) -> Result<(), String> {
    let mut problems = Vec::new();
    for (line, record) in spec_rows(root, SUCCESS_CODES, "product, code, source", &mut problems)? {
        let (name, code) = (&record[0], &record[1]);
        let Some(product) = products.iter_mut().find(|p| p.name == name && !p.codeless) else {
            problems.push((
                line,
                format!("{SUCCESS_CODES}:{line}: no product {name:?} with a table of its own"),
            ));
            continue;
        };
        let known = product
            .tables
            .iter()
            .any(|t| codes_of(&root.join(t)).contains(code));
        if !known {
            problems.push((
                line,
                format!("{SUCCESS_CODES}:{line}: {name}: no code {code:?} in its tables"),
            ));
        } else if product.success_codes.iter().any(|c| c == code) {
            problems.push((
                line,
                format!("{SUCCESS_CODES}:{line}: {name}: {code:?} twice"),
            ));
        } else {
            product.success_codes.push(code.to_owned());
        }
    }
    no_problems(problems)
}

/// The table of products whose errors follow an envelope family's retry rules.
const STYLES: &str = "spec/product-styles.csv";

/// Reads [`STYLES`], if present, onto the products: each row's product must have a table of
/// its own, once, and the style must be one of the runtime's, with a source. Every problem is
/// reported at once, with its line.
fn add_styles(root: &Path, products: &mut [Product]) -> Result<(), String> {
    let mut problems = Vec::new();
    for (line, record) in spec_rows(root, STYLES, "product, style, source", &mut problems)? {
        let (name, word) = (&record[0], &record[1]);
        let Some(style) = aliyun_errors_core::Style::from_word(word) else {
            problems.push((line, format!("{STYLES}:{line}: {name}: no style {word:?}")));
            continue;
        };
        match products.iter_mut().find(|p| p.name == name && !p.codeless) {
            None => problems.push((
                line,
                format!("{STYLES}:{line}: no product {name:?} with a table of its own"),
            )),
            Some(product) if product.style.is_some() => {
                problems.push((line, format!("{STYLES}:{line}: {name}: a second style")));
            }
            Some(product) => product.style = Some(style),
        }
    }
    no_problems(problems)
}

/// One generated file: its path relative to the workspace, and its whole content.
#[derive(Clone, Debug)]
pub struct Generated {
    /// Relative to the workspace root.
    pub path: PathBuf,
    /// The file as it must be.
    pub contents: String,
}

/// The generated product source of one product with a table.
/// A product's source, and its operations' kinds when its table documents its APIs' codes
/// (`products/ops/<module>.rs`, the module `ops` under the feature `operations`: a file the
/// compiler does not read without the feature).
fn product_source(root: &Path, product: &Product) -> Result<(String, Option<String>), String> {
    let mut config = Config::new(&product.enum_name);
    for table in &product.tables {
        config.table(root.join(table));
    }
    config.runtime_crate("crate").doc(product.doc());
    if let Some(style) = product.style {
        config.style(style.as_str());
    }
    let mut source = config
        .generate()
        .map_err(|e| format!("{}: {e}", product.name))?;
    let ops = config
        .generate_operations()
        .map_err(|e| format!("{}: {e}", product.name))?;
    // The tables are named relative to the workspace, as on every machine.
    for table in &product.tables {
        source = source.replace(&root.join(table).display().to_string(), table);
    }
    if ops.is_some() {
        let _ = write!(
            source,
            "\n/// Each API's own errors (feature `operations`): per API that documents a code, an\n\
             /// enum of those codes and `Other`.\n\
             #[cfg(feature = \"operations\")]\n\
             #[path = \"ops/{}.rs\"]\n\
             pub mod ops;\n",
            product.module
        );
    }
    if !product.success_codes.is_empty() {
        let codes: Vec<String> = product
            .success_codes
            .iter()
            .map(|c| format!("{c:?}"))
            .collect();
        source.push_str(&format!(
            "\n/// The codes a 2xx envelope of `{}` carries on success\n\
             /// (`{SUCCESS_CODES}`): any other code it sends with a 2xx status is an\n\
             /// error. Hand them to [`Decoder::success_codes`](crate::Decoder::success_codes).\n\
             pub const SUCCESS_CODES: &[&str] = &[{}];\n",
            product.name,
            codes.join(", ")
        ));
    }
    Ok((source, ops))
}

/// `runtime/src/products/mod.rs`: one module per product.
fn module_index(products: &[Product]) -> String {
    let mut out = String::from(
        "// @generated by `cargo xtask codegen` from spec/. Do not edit by hand.\n\n\
         //! The product tables, re-exported at the crate root: one module per product.\n",
    );
    for p in products {
        out.push('\n');
        if p.codeless {
            let _ = write!(
                out,
                "/// `{enum}`: the `{name}` API documents no error code of its own; its errors are\n\
                 /// the POP gateway's common ones ([`pop::PopError`](crate::pop::PopError)).\n\
                 pub mod {module} {{\n    \
                 /// The `{name}` API's errors: the POP gateway's common ones.\n    \
                 pub type {enum} = crate::pop::PopError;\n}}\n",
                enum = p.enum_name,
                name = p.name,
                module = p.module,
            );
            continue;
        }
        let gate = if p.name == "pop" {
            String::new()
        } else {
            format!("#[cfg(feature = \"{}\")]\n", p.name)
        };
        let feature = if p.name == "pop" {
            "always compiled".to_owned()
        } else {
            format!("feature `{}`", p.name)
        };
        let _ = write!(
            out,
            "/// `{enum}`: the `{name}` API's errors ({feature}).\n\
             {gate}#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.\n\
             pub mod {module};\n",
            enum = p.enum_name,
            name = p.name,
            module = p.module,
        );
    }
    out
}

/// `runtime/Cargo.toml` with its product features rewritten: one per product with a table,
/// sorted, then `all-products`; every other feature and key as written.
fn runtime_manifest(current: &str, products: &[Product]) -> Result<String, String> {
    let mut doc: toml_edit::DocumentMut = current
        .parse()
        .map_err(|e| format!("runtime/Cargo.toml: {e}"))?;
    let features = doc
        .get_mut("features")
        .and_then(|f| f.as_table_mut())
        .ok_or("runtime/Cargo.toml: no [features] table")?;
    let stale: Vec<String> = features
        .iter()
        .map(|(k, _)| k.to_owned())
        .filter(|k| !OTHER_FEATURES.contains(&k.as_str()))
        .collect();
    for key in stale {
        features.remove(&key);
    }
    let with_feature: Vec<&Product> = products.iter().filter(|p| p.has_feature()).collect();
    for (at, p) in with_feature.iter().enumerate() {
        features.insert(&p.name, toml_edit::value(toml_edit::Array::new()));
        if at == 0
            && let Some(mut key) = features.key_mut(&p.name)
        {
            key.leaf_decor_mut().set_prefix(
                "\n# One feature per product table, each the module of that name (`-` as `_`): \
                 written by `cargo xtask codegen`.\n",
            );
        }
    }
    let mut all = toml_edit::Array::new();
    all.push("ecs");
    for p in &with_feature {
        all.push(p.name.as_str());
    }
    features.insert("all-products", toml_edit::value(all));
    Ok(doc.to_string())
}

/// `spec/template-claims.txt`: for each product, every template of its table and the codes
/// of the other shipped tables that the template claims (`from_template` would answer it
/// for them), so that a template that claims too much shows up as a diff.
pub fn template_claims(root: &Path, products: &[Product]) -> Result<String, String> {
    let mut tables: Vec<(&Product, ParsedTable)> = Vec::new();
    for p in products.iter().filter(|p| !p.codeless) {
        let paths: Vec<PathBuf> = p.tables.iter().map(|t| root.join(t)).collect();
        let table = load_files(&paths).map_err(|d| format!("{}: {d}", p.name))?;
        tables.push((p, table));
    }
    let mut out = String::from(
        "# @generated by `cargo xtask codegen`: each product's templates, and the codes of the\n\
         # other products' tables that each claims (product: codes). Review every change.\n",
    );
    for (p, table) in &tables {
        let own: BTreeSet<&str> = table.codes().iter().map(|c| c.code.as_str()).collect();
        for template in table.templates() {
            let mut claimed: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
            for (other, other_table) in &tables {
                if other.name == p.name {
                    continue;
                }
                for code in other_table.codes() {
                    let code = code.code.as_str();
                    if !own.contains(code) && template::template_matches(&template.code, code) {
                        claimed.entry(other.name.as_str()).or_default().push(code);
                    }
                }
            }
            let total: usize = claimed.values().map(Vec::len).sum();
            let _ = writeln!(
                out,
                "{} {}: {total} codes of other tables",
                p.name, template.code
            );
            for (other, codes) in claimed {
                let _ = writeln!(out, "  {other}: {}", codes.join(" "));
            }
        }
    }
    Ok(out)
}

/// `cli/catalog.csv`: every table of `spec/` once (`table,code,http_status,message,retry,apis`,
/// without the `source` column), which the CLI embeds to answer for any product without
/// compiling every enum; `cli/products.csv` says which tables each product merges.
pub fn cli_catalog(root: &Path, products: &[Product]) -> Result<String, String> {
    let mut out = csv::WriterBuilder::new().from_writer(Vec::new());
    let mut record = |fields: [&str; 6]| out.write_record(fields).map_err(|e| e.to_string());
    record(["table", "code", "http_status", "message", "retry", "apis"])?;
    let mut seen = BTreeSet::new();
    for p in products {
        let tables: Vec<&str> = if p.codeless {
            POP_TABLES.to_vec()
        } else {
            p.tables.iter().map(String::as_str).collect()
        };
        for name in tables {
            if !seen.insert(name.to_owned()) || row_count(&root.join(name))? == 0 {
                continue;
            }
            let table = load_files(&[root.join(name)]).map_err(|d| format!("{name}: {d}"))?;
            for e in table.rows() {
                let status = e.http_status.map(|s| s.to_string()).unwrap_or_default();
                let apis = e.apis.join(" ");
                record([name, &e.code, &status, &e.message, e.retry.as_str(), &apis])?;
            }
        }
    }
    let bytes = out.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}

/// `cli/products.csv`: every product's enum, feature (empty for one without), tables,
/// metadata version, success codes (space-separated) and style, in the columns of
/// `aliyun_errors_core::products`, for `aliyun-errors products` and `--product`.
pub fn cli_products(root: &Path, products: &[Product]) -> Result<String, String> {
    use aliyun_errors_core::products::{COLUMNS, Listed};
    let mut out = csv::WriterBuilder::new().from_writer(Vec::new());
    out.write_record(COLUMNS).map_err(|e| e.to_string())?;
    for p in products {
        let sources = source_counts(root, p)?;
        let feature = if p.has_feature() || p.name == "ecs" {
            p.name.clone()
        } else {
            String::new()
        };
        let tables = if p.codeless {
            POP_TABLES.iter().map(|t| (*t).to_owned()).collect()
        } else {
            p.tables.clone()
        };
        let listed = Listed {
            product: p.name.clone(),
            enum_name: p.enum_name.clone(),
            feature,
            tables,
            version: p.version.clone().unwrap_or_default(),
            success_codes: p.success_codes.clone(),
            style: p.style.map_or("", |s| s.as_str()).to_owned(),
            sources,
        };
        out.write_record(listed.to_fields())
            .map_err(|e| e.to_string())?;
    }
    let bytes = out.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}

/// A product's rows counted by [`SourceKind`](aliyun_errors_core::products::SourceKind), as
/// its enum merges them (a row repeated by a later table counted once).
fn source_counts(root: &Path, p: &Product) -> Result<[usize; 4], String> {
    use aliyun_errors_core::products::SourceKind;
    let tables: Vec<&str> = if p.codeless {
        POP_TABLES.to_vec()
    } else {
        p.tables.iter().map(String::as_str).collect()
    };
    let paths: Vec<PathBuf> = tables.iter().map(|t| root.join(t)).collect();
    let nonempty: Vec<&PathBuf> = paths
        .iter()
        .filter(|p| row_count(p).unwrap_or(0) > 0)
        .collect();
    let mut counts = [0; 4];
    if nonempty.is_empty() {
        return Ok(counts);
    }
    let table = load_files(&nonempty).map_err(|d| format!("{}: {d}", p.name))?;
    for row in table.rows() {
        let path = Path::new(&row.location.path);
        let table = path.strip_prefix(root).unwrap_or(path).to_string_lossy();
        let kind = SourceKind::of(&table, &row.source);
        if let Some(at) = SourceKind::ALL.iter().position(|k| *k == kind) {
            counts[at] += 1;
        }
    }
    Ok(counts)
}

/// Every file [`codegen`] writes, as it must be: a pure function of `spec/` (and of
/// `runtime/Cargo.toml`'s other keys).
pub fn codegen(root: &Path) -> Result<Vec<Generated>, String> {
    let products = products(root)?;
    let mut files = Vec::new();
    for p in products.iter().filter(|p| !p.codeless) {
        let (source, ops) = product_source(root, p)?;
        files.push(Generated {
            path: PathBuf::from(format!("runtime/src/products/{}.rs", p.module)),
            contents: source,
        });
        if let Some(ops) = ops {
            files.push(Generated {
                path: PathBuf::from(format!("runtime/src/products/ops/{}.rs", p.module)),
                contents: ops,
            });
        }
    }
    files.push(Generated {
        path: PathBuf::from("runtime/src/products/mod.rs"),
        contents: module_index(&products),
    });
    files.push(Generated {
        path: PathBuf::from("cli/products.csv"),
        contents: cli_products(root, &products)?,
    });
    files.push(Generated {
        path: PathBuf::from("cli/catalog.csv"),
        contents: cli_catalog(root, &products)?,
    });
    files.push(Generated {
        path: PathBuf::from("spec/template-claims.txt"),
        contents: template_claims(root, &products)?,
    });
    let manifest = std::fs::read_to_string(root.join("runtime/Cargo.toml"))
        .map_err(|e| format!("runtime/Cargo.toml: {e}"))?;
    files.push(Generated {
        path: PathBuf::from("runtime/Cargo.toml"),
        contents: runtime_manifest(&manifest, &products)?,
    });
    Ok(files)
}

/// What differs between the files on disk and [`codegen`]'s: stale or missing files, and
/// product sources no product has (to delete). Empty when everything is current.
pub fn check(root: &Path) -> Result<Vec<PathBuf>, String> {
    let files = codegen(root)?;
    let mut stale = Vec::new();
    for file in &files {
        match std::fs::read_to_string(root.join(&file.path)) {
            Ok(on_disk) if on_disk == file.contents => {}
            _ => stale.push(file.path.clone()),
        }
    }
    stale.extend(extra_sources(root, &files)?);
    Ok(stale)
}

/// Files of `runtime/src/products/` (and of its `ops/`) that [`codegen`] does not write.
fn extra_sources(root: &Path, files: &[Generated]) -> Result<Vec<PathBuf>, String> {
    let wanted: BTreeSet<&PathBuf> = files.iter().map(|f| &f.path).collect();
    let mut extra = Vec::new();
    for folder in ["runtime/src/products", "runtime/src/products/ops"] {
        let dir = root.join(folder);
        if !dir.exists() {
            continue;
        }
        for entry in std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))? {
            let entry = entry.map_err(|e| e.to_string())?;
            let path = PathBuf::from(folder).join(entry.file_name());
            if entry.path().is_file() && !wanted.contains(&path) {
                extra.push(path);
            }
        }
    }
    Ok(extra)
}

/// Writes every file [`codegen`] generates whose content changed and deletes the product
/// sources no product has; returns the paths written or deleted.
pub fn write(root: &Path) -> Result<Vec<PathBuf>, String> {
    let files = codegen(root)?;
    let mut changed = Vec::new();
    std::fs::create_dir_all(root.join("runtime/src/products/ops")).map_err(|e| e.to_string())?;
    for file in &files {
        let path = root.join(&file.path);
        if aliyun_errors_codegen::write_if_changed(&path, file.contents.as_bytes())
            .map_err(|e| format!("{}: {e}", file.path.display()))?
        {
            changed.push(file.path.clone());
        }
    }
    for extra in extra_sources(root, &files)? {
        std::fs::remove_file(root.join(&extra)).map_err(|e| format!("{}: {e}", extra.display()))?;
        changed.push(extra);
    }
    Ok(changed)
}

/// A product's newest `api-docs.json` in a catalog folder: the greatest version folder's
/// (or the product folder's own file), with that version's name.
fn newest(product_dir: &Path) -> Option<(PathBuf, Option<String>)> {
    let direct = product_dir.join("api-docs.json");
    if direct.is_file() {
        return Some((direct, None));
    }
    let mut versions: Vec<PathBuf> = std::fs::read_dir(product_dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("api-docs.json").is_file())
        .collect();
    versions.sort();
    let newest = versions.pop()?;
    let version = newest.file_name().map(|n| n.to_string_lossy().into_owned());
    Some((newest.join("api-docs.json"), version))
}

/// A table's codes, or none for a table without rows (or without a file).
fn codes_of(path: &Path) -> BTreeSet<String> {
    load_files(&[path])
        .map(|t| t.codes().iter().map(|c| c.code.clone()).collect())
        .unwrap_or_default()
}

/// Tables to take classes from, loaded; a table without rows is left out.
fn class_tables(root: &Path, paths: &[String]) -> Result<Vec<ParsedTable>, String> {
    let mut tables = Vec::new();
    for path in paths {
        if row_count(&root.join(path))? > 0 {
            tables.push(load_files(&[root.join(path)]).map_err(|d| d.to_string())?);
        }
    }
    Ok(tables)
}

/// `cargo xtask import-terraform DIR`: the codes terraform-provider-alicloud checks for
/// ([`terraform`]), written as `spec/terraform/<product>.csv` for every product they add
/// codes to (replacing the earlier import's files), then codegen. `commit` is the commit
/// of `DIR` the sources cite (`git rev-parse HEAD` in `DIR` when not given).
pub fn import_terraform(root: &Path, dir: &Path, commit: Option<&str>) -> Result<String, String> {
    let commit = match commit {
        Some(commit) => commit.to_owned(),
        None => {
            let out = std::process::Command::new("git")
                .arg("-C")
                .arg(dir)
                .args(["rev-parse", "HEAD"])
                .output()
                .map_err(|e| format!("git rev-parse in {}: {e}", dir.display()))?;
            if !out.status.success() {
                return Err(format!(
                    "{} is not a git checkout: pass --commit SHA",
                    dir.display()
                ));
            }
            String::from_utf8_lossy(&out.stdout).trim().to_owned()
        }
    };
    let products = products(root)?;
    // Each product's codes from its other tables: the import adds only codes they lack.
    let mut codes: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for p in &products {
        let paths: Vec<PathBuf> = p
            .tables
            .iter()
            .filter(|t| !t.starts_with("spec/terraform/"))
            .map(|t| root.join(t))
            .collect();
        let nonempty: Vec<&PathBuf> = paths
            .iter()
            .filter(|p| row_count(p).unwrap_or(0) > 0)
            .collect();
        let known = if nonempty.is_empty() {
            BTreeSet::new()
        } else {
            let table = load_files(&nonempty).map_err(|d| format!("{}: {d}", p.name))?;
            table.codes().iter().map(|c| c.code.clone()).collect()
        };
        codes.insert(p.name.clone(), known);
    }
    let exists = |name: &str| codes.contains_key(name) && name != "pop";
    let product_of = |key: &str| match key.strip_prefix("client:") {
        Some(name) => terraform::call_product(name, true, &exists),
        None => terraform::call_product(key, false, &exists),
    };
    let known_code =
        |product: &str, code: &str| codes.get(product).is_some_and(|c| c.contains(code));
    let imported = terraform::import(dir, &commit, &product_of, &known_code)?;
    let folder = root.join("spec/terraform");
    if folder.exists() {
        for stem in csv_stems(&folder)? {
            let path = folder.join(format!("{stem}.csv"));
            std::fs::remove_file(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    std::fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    for (product, csv) in &imported.tables {
        let path = folder.join(format!("{product}.csv"));
        std::fs::write(&path, csv).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    let mut report = terraform::report(&imported);
    for path in write(root)? {
        let _ = writeln!(report, "wrote {}", path.display());
    }
    Ok(report)
}

/// Re-imports every product of a metadata catalog (`<product>/<version>/api-docs.json`)
/// onto the shipped tables (`--keep`: curated rows, order and classes survive; a code the
/// metadata no longer documents is kept and reported as gone), then runs [`write()`]. A
/// product of `spec/` absent from the catalog keeps its table. Returns the report: per
/// table, the codes added and gone.
pub fn import(root: &Path, catalog: &Path) -> Result<String, String> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(catalog)
        .map_err(|e| format!("{}: {e}", catalog.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    let mut versions = versions(root)?;
    let mut report = String::new();
    let (mut added_total, mut gone_total) = (0, 0);
    for dir in dirs {
        let name = dir
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let Some((doc, version)) = newest(&dir) else {
            continue;
        };
        let (table, classes): (String, Vec<String>) = if name == "ecs" {
            (
                "spec/ecs-api.csv".to_owned(),
                vec![
                    "spec/ecs.csv".to_owned(),
                    "spec/families/pop.csv".to_owned(),
                ],
            )
        } else {
            let mut classes: Vec<String> = Vec::new();
            if !OWN_GATEWAY.contains(&name.as_str()) {
                classes.extend(POP_TABLES.iter().map(|t| (*t).to_owned()));
            }
            let family = format!("spec/families/{name}.csv");
            if root.join(&family).exists() {
                classes.push(family);
            }
            (format!("spec/catalog/{name}.csv"), classes)
        };
        let path = root.join(&table);
        let old_codes = codes_of(&path);
        let keep = if path.exists() && row_count(&path)? > 0 {
            Some(load_files(&[&path]).map_err(|d| format!("{table}: {d}"))?)
        } else {
            None
        };
        let classes = class_tables(root, &classes)?;
        let classes: Vec<&ParsedTable> = classes.iter().collect();
        let bytes = std::fs::read(&doc).map_err(|e| format!("{}: {e}", doc.display()))?;
        let shown = doc.display().to_string();
        // The catalog's classes are the written rules' own: re-inferred as the rules grow.
        let imported = aliyun_errors_codegen::import_reinferring(
            &[(shown.as_str(), bytes.as_slice())],
            keep.as_ref(),
            &classes,
            true,
            true,
        )
        .map_err(|problems| {
            let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
            text.join("\n")
        })?;
        if imported.rows > 0 {
            parse_table(&[(table.as_str(), imported.csv.as_bytes())])
                .map_err(|d| format!("{table}: {d}"))?;
        }
        aliyun_errors_codegen::write_if_changed(&path, imported.csv.as_bytes())
            .map_err(|e| format!("{table}: {e}"))?;
        if let Some(version) = version {
            versions.insert(name.clone(), version);
        }
        let new_codes = codes_of(&path);
        let added: Vec<&String> = new_codes.difference(&old_codes).collect();
        added_total += added.len();
        gone_total += imported.gone.len();
        if !added.is_empty() || !imported.gone.is_empty() || !imported.skipped.is_empty() {
            let _ = writeln!(
                report,
                "{table}: {} codes added, {} gone (kept), {} entries skipped",
                added.len(),
                imported.gone.len(),
                imported.skipped.len()
            );
            for code in added.iter().take(20) {
                let _ = writeln!(report, "  + {code}");
            }
            for code in imported.gone.iter().take(20) {
                let _ = writeln!(report, "  gone: {code}");
            }
            for skipped in &imported.skipped {
                let _ = writeln!(report, "  skipped: {skipped}");
            }
        }
    }
    let mut out = String::from("product,version\n");
    for (product, version) in &versions {
        let _ = writeln!(out, "{product},{version}");
    }
    aliyun_errors_codegen::write_if_changed(
        &root.join("spec/catalog-versions.csv"),
        out.as_bytes(),
    )
    .map_err(|e| format!("spec/catalog-versions.csv: {e}"))?;
    let written = write(root)?;
    let _ = writeln!(
        report,
        "{added_total} codes added, {gone_total} gone (kept); {} generated files changed",
        written.len()
    );
    Ok(report)
}

/// The floor that the product tables' compile time is measured against
/// (`benches/all_products_check.sh`): one crate's source holding, per product with a table,
/// the same enum as its generated source and one static array of its rows, as plain data
/// (code, status, message, retry class), with nothing implemented.
pub fn plain_data(root: &Path) -> Result<String, String> {
    let mut out = String::from(
        "// @generated by `cargo xtask plain-data`: the product enums and their rows as plain data.\n\
         #![allow(clippy::all, dead_code)]\n",
    );
    for product in products(root)?.iter().filter(|p| !p.codeless) {
        let (source, _) = product_source(root, product)?;
        let enum_source = source
            .split_once("\nconst _: () = {")
            .map_or(source.as_str(), |(head, _)| head);
        let paths: Vec<PathBuf> = product.tables.iter().map(|t| root.join(t)).collect();
        let table = load_files(&paths).map_err(|d| format!("{}: {d}", product.name))?;
        let _ = write!(
            out,
            "pub mod {} {{\n{enum_source}\npub static ROWS: [(&str, Option<u16>, &str, ::aliyun_errors::Retry); {}] = [\n",
            product.module,
            table.rows().len()
        );
        for row in table.rows() {
            // The variant's name is its `Debug`.
            let _ = writeln!(
                out,
                "({:?}, {:?}, {:?}, ::aliyun_errors::Retry::{:?}),",
                row.code, row.http_status, row.message, row.retry
            );
        }
        out.push_str("];\n}\n");
    }
    Ok(out)
}
