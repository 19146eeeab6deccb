//! Every product's table, embedded as data (`cli/catalog.csv` and `cli/products.csv`,
//! written by `cargo xtask codegen`; the tables without their `source` column) and built at run
//! time into the runtime's own [`Table`]: `list`, `explain` and `decode` answer for any
//! product through [`CatalogCode`], an [`ErrorCode`] over that table, so every answer comes
//! from the lookups a generated enum uses, without the CLI compiling every product's enum.

use std::cell::Cell;
use std::fmt;

use aliyun_errors::{ErrorCode, Style, Table};
use aliyun_errors_codegen::parse_table;
use aliyun_errors_core::products::Listed;

use crate::Failure;

/// Every table of `spec/`, once (written by `cargo xtask codegen`).
const CATALOG: &str = include_str!("../catalog.csv");

/// Each product's enum, feature, tables, metadata version, success codes and style
/// (written by `cargo xtask codegen`, in the columns of `aliyun_errors_core::products`).
const PRODUCTS: &str = include_str!("../products.csv");

/// The product the commands read when none is named.
pub(crate) const DEFAULT_PRODUCT: &str = "ecs";

/// One product: as `cli/products.csv` lists it, its table as the runtime reads it, and its
/// variants' names (the generator's naming rule, as its enum has them).
pub(crate) struct Product {
    pub listed: Listed,
    pub table: &'static Table,
    variants: Vec<String>,
    /// Per code (by index), the APIs that document it, sorted (the `apis` column).
    apis: Vec<Vec<String>>,
}

impl Product {
    /// The catalog name (`ecs`, `oss`).
    pub(crate) fn name(&self) -> &str {
        &self.listed.product
    }

    /// The APIs that document the code at `index`, sorted.
    pub(crate) fn apis_of(&self, index: usize) -> &[String] {
        self.apis.get(index).map_or(&[], Vec::as_slice)
    }

    /// The codes' indices an API documents, in table order; none for an unknown API.
    pub(crate) fn codes_of_api(&self, api: &str) -> Vec<usize> {
        (0..self.apis.len())
            .filter(|&i| self.apis[i].iter().any(|a| a == api))
            .collect()
    }

    /// The name of an API's operation kind (`DescribeInstancesError`), by the generator's
    /// rule over every API of the product; `None` for an API that documents no code.
    pub(crate) fn kind_name(&self, api: &str) -> Option<String> {
        let apis: std::collections::BTreeSet<&str> =
            self.apis.iter().flatten().map(String::as_str).collect();
        aliyun_errors_codegen::kind_names(&self.listed.enum_name, apis)
            .into_iter()
            .find(|(name, _)| *name == api)
            .map(|(_, kind)| kind)
    }

    /// Runs `f` with [`CatalogCode`] answering from this product's table.
    pub(crate) fn with<R>(&'static self, f: impl FnOnce() -> R) -> R {
        let before = CURRENT.replace(Some(self));
        let result = f();
        CURRENT.set(before);
        result
    }
}

thread_local! {
    /// The product [`CatalogCode`] answers from (set by [`Product::with`]).
    static CURRENT: Cell<Option<&'static Product>> = const { Cell::new(None) };
}

/// A code of the product set by [`Product::with`]: an [`ErrorCode`] over a table built at
/// run time, answering through the runtime's own lookups as a generated enum does. Outside
/// [`Product::with`] it reads an empty table and knows no code.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct CatalogCode(usize);

/// A table without codes: what [`CatalogCode`] reads outside [`Product::with`].
static NO_CODES: Table = Table::EMPTY;

impl ErrorCode for CatalogCode {
    // The table is the current product's, supplied by `table_data` and `from_index`.
    const ALL: &'static [Self] = &[];
    const TABLE: &'static Table = &NO_CODES;

    fn index(self) -> usize {
        self.0
    }

    fn table_data() -> &'static Table {
        CURRENT.get().map_or(&NO_CODES, |p| p.table)
    }

    fn from_index(index: usize) -> Self {
        CatalogCode(index)
    }
}

impl fmt::Debug for CatalogCode {
    /// The variant's name, as a generated enum's `Debug` writes it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = CURRENT
            .get()
            .and_then(|p| p.variants.get(self.0))
            .map_or("", String::as_str);
        f.write_str(name)
    }
}

impl fmt::Display for CatalogCode {
    /// `Code: message`, as a generated enum's `Display` writes it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code(), self.message())
    }
}

/// The name and text (with the table header) of every table `wanted` names, as the catalog
/// holds them.
fn tables(wanted: impl Fn(&str) -> bool) -> Result<Vec<(String, String)>, Failure> {
    let mut reader = csv::Reader::from_reader(CATALOG.as_bytes());
    let mut tables: Vec<(String, csv::Writer<Vec<u8>>)> = Vec::new();
    // Bytes first: only the wanted tables' rows are checked as text.
    let mut record = csv::ByteRecord::new();
    while reader
        .read_byte_record(&mut record)
        .map_err(|e| Failure::new(format!("the embedded catalog: {e}")))?
    {
        let table = std::str::from_utf8(record.get(0).unwrap_or_default()).unwrap_or("");
        if !wanted(table) {
            continue;
        }
        if tables.last().is_none_or(|(name, _)| name != table) {
            let mut writer = csv::Writer::from_writer(Vec::new());
            let _ = writer.write_record(["code", "http_status", "message", "retry", "apis"]);
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

/// Every product as `cli/products.csv` lists it, each field read by its column's name.
pub(crate) fn listed() -> Result<Vec<Listed>, Failure> {
    let failure = |e: String| Failure::new(format!("the embedded products: {e}"));
    let mut reader = csv::Reader::from_reader(PRODUCTS.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| failure(e.to_string()))?
        .iter()
        .map(str::to_owned)
        .collect();
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    reader
        .records()
        .map(|record| {
            let record = record.map_err(|e| failure(e.to_string()))?;
            Listed::from_fields(&header, record.iter()).map_err(failure)
        })
        .collect()
}

/// A product's table: its tables merged in order (a table without rows is not in the
/// catalog, and adds none), validated as the generator does, then laid out as the runtime
/// reads a generated table.
fn merge(listed: Listed, tables: &[(String, String)]) -> Result<Product, Failure> {
    let name = listed.product.clone();
    let sources: Vec<(&str, &[u8])> = listed
        .tables
        .iter()
        .filter_map(|t| tables.iter().find(|(n, _)| n == t))
        .map(|(n, text)| (n.as_str(), text.as_bytes()))
        .collect();
    let parsed = parse_table(&sources)
        .map_err(|d| Failure::new(format!("the embedded catalog, {name}: {d}")))?;
    let style = match listed.style.as_str() {
        "" => None,
        word => Some(Style::from_word(word).ok_or_else(|| {
            Failure::new(format!("the embedded products, {name}: no style {word:?}"))
        })?),
    };
    let table = Table::leak(parsed.encode(), style);
    let variants = parsed.codes().iter().map(|c| c.variant.clone()).collect();
    let apis = parsed
        .codes()
        .iter()
        .map(|c| parsed.apis_of(c).into_iter().map(str::to_owned).collect())
        .collect();
    Ok(Product {
        listed,
        table,
        variants,
        apis,
    })
}

/// One product's table, kept for the rest of the run; an unknown name is a usage error
/// (exit 2).
pub(crate) fn product(name: &str) -> Result<&'static Product, Failure> {
    let listed = listed()?
        .into_iter()
        .find(|p| p.product == name)
        .ok_or_else(|| {
            Failure::new(format!(
                "no product {name:?} in the catalog (`aliyun-errors products` lists them)"
            ))
            .code(2)
        })?;
    let tables = tables(|name| listed.tables.iter().any(|t| t == name))?;
    Ok(Box::leak(Box::new(merge(listed, &tables)?)))
}

/// Every product's table, kept for the rest of the run.
pub(crate) fn all() -> Result<&'static [Product], Failure> {
    let tables = tables(|_| true)?;
    let products = listed()?
        .into_iter()
        .map(|listed| merge(listed, &tables))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(products.leak())
}
