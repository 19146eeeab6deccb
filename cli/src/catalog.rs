//! Every product's table, embedded as data (`cli/catalog.csv` and `cli/products.csv`,
//! written by `cargo xtask codegen`; the tables without their `apis` column) and read at
//! run time: `--product NAME` and `--all-products` answer for any
//! product without the CLI compiling every product's enum.

use aliyun_errors::Retry;
use aliyun_errors_codegen::{Code, Entry, Table, parse_table};

use crate::Failure;

/// Every table of `spec/`, once (written by `cargo xtask codegen`).
const CATALOG: &str = include_str!("../catalog.csv");

/// Each product's enum, feature, tables, metadata version and success codes (written by
/// `cargo xtask codegen`).
pub(crate) const PRODUCTS: &str = include_str!("../products.csv");

/// The product the commands read when none is named.
pub(crate) const DEFAULT_PRODUCT: &str = "ecs";

/// One product's table, as its enum has it.
pub(crate) struct Product {
    pub name: String,
    pub table: Table,
    /// The codes its 2xx envelopes carry on success (`spec/success-codes.csv`).
    pub success_codes: Vec<String>,
}

/// A product as `cli/products.csv` lists it.
pub(crate) struct Listed {
    name: String,
    /// The tables it merges, in order.
    tables: Vec<String>,
    success_codes: Vec<String>,
}

/// How a sent code is known to a table.
pub(crate) enum Known<'t> {
    /// The code itself.
    Exact(&'t Code),
    /// The most specific template it fits.
    Template(&'t Code),
}

impl<'t> Known<'t> {
    pub(crate) fn code(&self) -> &'t Code {
        match self {
            Known::Exact(code) | Known::Template(code) => code,
        }
    }
}

impl Product {
    /// The code's own variant, else the most specific template it fits.
    pub(crate) fn known(&self, sent: &str) -> Option<Known<'_>> {
        if let Some(code) = self.table.code(sent) {
            return Some(Known::Exact(code));
        }
        self.table
            .templates()
            .into_iter()
            .find(|t| aliyun_errors::template_matches(&t.code, sent))
            .map(Known::Template)
    }

    /// For an unknown dotted code, its longest known prefix (`Throttling.User` →
    /// `Throttling`), as `ErrorCode::family_of` finds it.
    pub(crate) fn family(&self, sent: &str) -> Option<&Code> {
        let mut prefix = sent;
        while let Some((head, _)) = prefix.rsplit_once('.') {
            if let Some(code) = self.table.code(head) {
                return Some(code);
            }
            prefix = head;
        }
        None
    }

    /// The rows of a code, in table order.
    pub(crate) fn rows<'a>(&'a self, code: &'a Code) -> Vec<&'a Entry> {
        self.table.entries_of(code).collect()
    }

    /// The retry class of a sent code: its own, else its template's, else its family's,
    /// else the status's.
    pub(crate) fn retry(&self, sent: &str, http_status: u16) -> Retry {
        let class = self
            .known(sent)
            .map(|k| k.code().retry)
            .or_else(|| self.family(sent).map(|f| f.retry));
        match class {
            Some(class) => runtime_retry(class),
            None => Retry::for_status(http_status),
        }
    }
}

/// The generator's class as the runtime's.
pub(crate) fn runtime_retry(class: aliyun_errors_codegen::Retry) -> Retry {
    use aliyun_errors_codegen::Retry as R;
    match class {
        R::Never => Retry::Never,
        R::Throttling => Retry::Throttling,
        R::Transient => Retry::Transient,
        R::Conflict => Retry::Conflict,
    }
}

/// Every table's name and text (with the table header), as the catalog holds them.
fn tables() -> Result<Vec<(String, String)>, Failure> {
    let mut reader = csv::Reader::from_reader(CATALOG.as_bytes());
    let mut tables: Vec<(String, csv::Writer<Vec<u8>>)> = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| Failure::new(format!("the embedded catalog: {e}")))?;
        let table = record.get(0).unwrap_or("");
        if tables.last().is_none_or(|(name, _)| name != table) {
            let mut writer = csv::Writer::from_writer(Vec::new());
            let _ = writer.write_record(["code", "http_status", "message", "retry"]);
            tables.push((table.to_owned(), writer));
        }
        if let Some((_, writer)) = tables.last_mut() {
            let _ = writer.write_record(record.iter().skip(1));
        }
    }
    tables
        .into_iter()
        .map(|(name, writer)| {
            let bytes = writer
                .into_inner()
                .map_err(|e| Failure::new(format!("the embedded catalog: {e}")))?;
            Ok((name, String::from_utf8_lossy(&bytes).into_owned()))
        })
        .collect()
}

/// A list field of `cli/products.csv` (tables, success codes): words separated by spaces.
pub(crate) fn words(field: Option<&str>) -> Vec<String> {
    field
        .unwrap_or("")
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Each product's name, the tables it merges and its success codes.
fn products() -> Result<Vec<Listed>, Failure> {
    let mut reader = csv::Reader::from_reader(PRODUCTS.as_bytes());
    let mut products = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| Failure::new(format!("the embedded products: {e}")))?;
        products.push(Listed {
            name: record.get(0).unwrap_or("").to_owned(),
            tables: words(record.get(3)),
            success_codes: words(record.get(5)),
        });
    }
    Ok(products)
}

/// A product's enum: its tables merged in order (a table without rows is not in the
/// catalog, and adds none).
fn merge(listed: Listed, tables: &[(String, String)]) -> Result<Product, Failure> {
    let Listed {
        name,
        tables: merged,
        success_codes,
    } = listed;
    let sources: Vec<(&str, &[u8])> = merged
        .iter()
        .filter_map(|t| tables.iter().find(|(n, _)| n == t))
        .map(|(n, text)| (n.as_str(), text.as_bytes()))
        .collect();
    let table = parse_table(&sources)
        .map_err(|d| Failure::new(format!("the embedded catalog, {name}: {d}")))?;
    Ok(Product {
        name,
        table,
        success_codes,
    })
}

/// One product's table; an unknown name is a usage error (exit 2).
pub(crate) fn product(name: &str) -> Result<Product, Failure> {
    let listed = products()?
        .into_iter()
        .find(|p| p.name == name)
        .ok_or_else(|| {
            Failure::new(format!(
                "no product {name:?} in the catalog (`aliyun-errors products` lists them)"
            ))
            .code(2)
        })?;
    merge(listed, &tables()?)
}

/// Every product's table.
pub(crate) fn all() -> Result<Vec<Product>, Failure> {
    let tables = tables()?;
    products()?
        .into_iter()
        .map(|listed| merge(listed, &tables))
        .collect()
}
