//! The `#[error_table]` attribute and `#[derive(ErrorCode)]` of `aliyun-errors`: shims over
//! `aliyun-errors-codegen`.
//!
//! Use them through `aliyun_errors::error_table` and `aliyun_errors::ErrorCode`; their
//! documentation lives there.

use proc_macro::TokenStream;

/// Generates an error enum from a CSV table. See `aliyun_errors::error_table`.
#[proc_macro_attribute]
pub fn error_table(args: TokenStream, item: TokenStream) -> TokenStream {
    aliyun_errors_codegen::error_table(args.into(), item.into()).into()
}

/// Implements `aliyun_errors::ErrorCode` for an enum whose variants carry their rows as
/// `#[error_code(code = "...", status = 403, message = "...", retry = "never")]`.
#[proc_macro_derive(ErrorCode, attributes(error_code))]
pub fn derive_error_code(item: TokenStream) -> TokenStream {
    aliyun_errors_codegen::derive_error_code(item.into()).into()
}
