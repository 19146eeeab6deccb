//! Generate step for per-operation error kinds: for each API of a table's `apis` column, an
//! enum of the codes the API documents (in table order, named as the product's variants,
//! documented with the rows the API documents) and `Other`, implemented by the runtime's
//! `op_kind!` over the product's own table.

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;

use crate::PRIVATE_MODULE;
use crate::expand::{StrLiteral, doc_line, push_int, push_u16s, write_code_docs};
use crate::model::{Code, ParsedTable, Row};

/// Each API that documents at least one code, sorted by name, with its codes' indices in
/// table order.
pub fn apis_with_codes(table: &ParsedTable) -> BTreeMap<&str, Vec<usize>> {
    let mut codes_of: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (index, code) in table.codes().iter().enumerate() {
        for api in table.apis_of(code) {
            codes_of.entry(api).or_default().push(index);
        }
    }
    codes_of
}

/// The name of each API's kind: the naming rule's name of the API, then `Error`; a name
/// taken by the product's enum (`product`, in scope beside the kinds: the `Push` API of the
/// `push` product) or by an earlier API gets `_2`, `_3`, … before `Error`.
pub fn kind_names<'a>(
    product: &str,
    apis: impl IntoIterator<Item = &'a str>,
) -> Vec<(&'a str, String)> {
    let mut taken = HashSet::from([product.to_owned()]);
    apis.into_iter()
        .map(|api| {
            let base = crate::variant_name(api);
            let mut name = format!("{base}Error");
            let mut n = 2;
            while !taken.insert(name.clone()) {
                name = format!("{base}_{n}Error");
                n += 1;
            }
            (api, name)
        })
        .collect()
}

/// The operations' kinds of `table`, whose product enum is `product` and runtime `krate`, as
/// the items of a module that is a child of the product enum's: `use super::Product;`, then
/// per API its enum (`non_exhaustive` as the product's) and one `op_kind!` call.
pub(crate) fn write_ops(
    out: &mut String,
    table: &ParsedTable,
    product: &str,
    krate: &str,
    non_exhaustive: bool,
) {
    let apis = apis_with_codes(table);
    let _ = write!(out, "#[allow(unused_imports)] use super::{product};");
    let mut line = String::new();
    for (api, name) in kind_names(product, apis.keys().copied()) {
        let indices = &apis[api];
        doc_line(
            out,
            &format!(
                " The errors `{api}` documents: {} of [`{product}`]'s codes, each",
                indices.len()
            ),
        );
        doc_line(
            out,
            " a variant named as the product's; any other code of the product is [`Other`](Self::Other).",
        );
        // `Debug` is the product's (the same variant names), by `op_kind!`.
        out.push_str("#[allow(non_camel_case_types)] #[derive(Clone, Copy, PartialEq, Eq, Hash)]");
        if non_exhaustive {
            out.push_str("#[non_exhaustive]");
        }
        let _ = write!(out, "pub enum {name} {{");
        let codes = table.codes();
        for &index in indices {
            let code: &Code = &codes[index];
            let rows: Vec<&Row> = table
                .rows_of(code)
                .filter(|row| row.apis.iter().any(|a| a == api))
                .collect();
            write_code_docs(out, &mut line, code, &rows);
            out.push_str(&code.variant);
            out.push(',');
        }
        doc_line(
            out,
            &format!(" A code of [`{product}`] that `{api}` does not document: read it with"),
        );
        doc_line(
            out,
            " `OtherCode::product`; its inside cannot be matched on, so that a pattern never",
        );
        doc_line(
            out,
            " stops matching when a later metadata documents the code for this API.",
        );
        let _ = write!(out, "Other({krate}::OtherCode<{product}>),}}");
        let _ = write!(
            out,
            "{krate}::{PRIVATE_MODULE}::op_kind!({name}, {product}, "
        );
        StrLiteral(api).push_to(out);
        out.push_str(", all: [");
        for &index in indices {
            let _ = write!(out, "Self::{},", codes[index].variant);
        }
        out.push_str("], indices: ");
        push_u16s(out, indices.iter().copied());
        out.push_str(", index: {");
        for &index in indices {
            let _ = write!(out, "Self::{} => ", codes[index].variant);
            push_int(out, index);
            out.push(',');
        }
        let _ = write!(
            out,
            "Self::Other(other) => {krate}::ErrorCode::index(other.product()),}});"
        );
    }
}
