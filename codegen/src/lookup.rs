//! A small table's codes by length, for its compiled `match` (the slots every table carries
//! are `aliyun_errors_core::layout`'s).

use std::collections::BTreeMap;

/// Up to this many codes, a table's `from_code` is a compiled `match` on the length, then on
/// the code: its constants sit in the instructions, where the slots' lookup chains three
/// loads of data (BENCHMARKS.md, the decisions table).
pub(crate) const SMALL_TABLE: usize = 64;

/// The codes of a small table grouped by length, each with its index; `None` past
/// [`SMALL_TABLE`].
pub(crate) fn by_length<'a>(codes: &[&'a str]) -> Option<BTreeMap<usize, Vec<(&'a str, usize)>>> {
    if codes.len() > SMALL_TABLE {
        return None;
    }
    let mut by_length: BTreeMap<usize, Vec<(&str, usize)>> = BTreeMap::new();
    for (index, code) in codes.iter().enumerate() {
        by_length.entry(code.len()).or_default().push((code, index));
    }
    Some(by_length)
}
