//! Integration and compile-fail tests of `aliyun-errors`; see `tests/`.
//!
//! The library holds a generated enum so that `cargo doc` (with `-D warnings`) checks the
//! documentation the macro writes, Markdown in messages included.

use aliyun_errors::error_table;

/// Errors of a small test API, whose messages hold Markdown and HTML characters.
#[error_table(csv = "spec/small.csv")]
pub enum SmallError {}
