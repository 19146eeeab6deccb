//! The `#[error_table]` attribute of `aliyun-errors`: a shim over `aliyun-errors-codegen`.
//!
//! Use it through `aliyun_errors::error_table`; its documentation lives there.

use proc_macro::TokenStream;

/// Generates an error enum from a CSV table. See `aliyun_errors::error_table`.
#[proc_macro_attribute]
pub fn error_table(args: TokenStream, item: TokenStream) -> TokenStream {
    aliyun_errors_codegen::error_table(args.into(), item.into()).into()
}
