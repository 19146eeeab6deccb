//! Typed Alibaba Cloud API errors.
//!
//! - [`ErrorCode`]: the trait of every error-code enum, with code, HTTP status, message and
//!   retry class; [`Entry`] is one table row and [`Retry`] a retry class.
//! - [`error_table`] and [`ErrorCode`](macro@ErrorCode): generate such an enum from a CSV
//!   table, or implement it for an enum kept in source.
//! - [`ecs::EcsError`] (feature `ecs`, default): the ECS API's table, `spec/ecs.csv` (the
//!   return-results page), the POP gateway's codes, then `spec/ecs-api.csv` (the API
//!   metadata); every other product's
//!   table behind a feature of its name (`vpc::VpcError`, …).
//! - [`decode`]: an HTTP response (status, Content-Type, body) into the typed success
//!   [`Response<T>`] or a typed [`Error`]: the server's [`ApiError`] envelope, of any
//!   [`Style`], or an [`Unrecognized`] body kept as status, Content-Type and excerpt.
//! - [`retry`]: a [`RetryPolicy`] with the official SDKs' semantics and a runtime-agnostic
//!   loop.
//!
//! ```
//! use aliyun_errors::{ErrorCode, Retry, ecs::EcsError};
//!
//! let code: EcsError = "InvalidAccessKeyId.NotFound".parse().unwrap();
//! assert_eq!(code, EcsError::InvalidAccessKeyIdNotFound);
//! assert_eq!(code.http_status(), Some(400));
//! assert_eq!(EcsError::Throttling.retry(), Retry::Throttling);
//! assert!(EcsError::from_code("throttling").is_none()); // codes are case-sensitive
//! assert!(EcsError::of_api("RunInstances").any(|c| c == EcsError::InvalidRegionIdNotFound));
//! assert!(EcsError::InvalidRegionIdNotFound.apis().any(|api| api == "RunInstances"));
//! ```
//!
//! # Features
//! - `macros` (default): [`error_table`] and the `ErrorCode` derive.
//! - `ecs` (default): the [`ecs`] module; one feature per product of the catalog (`vpc`,
//!   `rds`, …: `aliyun-errors products` lists them), each its module; `all-products` for
//!   every one.
//! - `serde`: `Serialize`/`Deserialize` for generated enums, as the wire code string, and
//!   `Serialize` for [`ApiError`] and [`Unrecognized`].
//! - `http`: [`decode_parts`] and [`decode_http`], reading the response's headers.
//! - `tracing`: one event per retry of [`retry::run`].
//! - `tower`: [`retry::TowerPolicy`] and [`retry::layer`], for tower stacks.

/// What generated code reaches: not public API. The name carries the runtime's minor
/// version, so code generated for another runtime fails to compile (``could not find
/// `__private_0_3` in `aliyun_errors` ``) instead of misbehaving.
#[doc(hidden)]
#[path = "private.rs"]
pub mod __private_0_3;
mod code;
mod decode;
mod entry;
mod format;
mod ops;
pub mod retry;
mod table;

// The product tables, generated source checked in: one feature and module each, written by
// `cargo xtask codegen` from spec/ (the ECS table: `spec/ecs.csv`, `spec/families/pop.csv`, `spec/ecs-api.csv`).
mod products;
pub use products::*;

pub use aliyun_errors_core::template::{messages_match, template_matches};
pub use code::{ErrorCode, UnknownCode};
pub use decode::{
    ApiError, DEFAULT_MAX_BODY_SIZE, DEFAULT_MAX_DEPTH, Decoder, EXCERPT_LIMIT, Error, JSON_KEYS,
    Response, Style, Unrecognized, UnrecognizedReason, decode,
};
#[allow(deprecated)]
pub use decode::{UnrecognizedKind, retry_for_status};
#[cfg(feature = "http")]
pub use decode::{decode_http, decode_parts};
pub use entry::{Entry, Retry};
pub use format::{Format, UnknownFormat};
pub use ops::{Operation, OtherCode};
pub use retry::{Idempotency, RetryPolicy};
pub use table::{ApiIndex, Apis, Codes, Distinct, Messages, Rows, Statuses, Table};

/// Generates an exhaustive error enum from a CSV table of error codes.
///
/// ```
/// use aliyun_errors::{error_table, ErrorCode, Retry};
///
/// /// Errors of the ECS API.
/// #[error_table(csv = "spec/ecs.csv")]
/// pub enum MyEcsError {}
///
/// let e = MyEcsError::from_code("Forbidden.RAM").unwrap();
/// assert_eq!(e, MyEcsError::ForbiddenRam);
/// assert_eq!(e.code(), "Forbidden.RAM");
/// assert_eq!(e.http_status(), Some(403));
/// assert_eq!(e.retry(), Retry::Never);
/// assert_eq!(e.to_string(), format!("Forbidden.RAM: {}", e.message()));
/// ```
///
/// # The table
/// A CSV file, its path relative to the crate's `Cargo.toml`, with the header
/// `code,http_status,message,retry` (then optionally `apis` and `source`) and one row per
/// (code, status, message). `retry` is `never`, `throttling`, `transient` or `conflict`;
/// empty means `never`.
///
/// # Options
/// - `csv = "spec/x.csv"` (required), or `csv = ["spec/common.csv", "spec/x.csv"]` to merge.
/// - `crate = "path::to::aliyun_errors"`: where the runtime is, if not `::aliyun_errors`.
/// - `non_exhaustive`: mark the enum `#[non_exhaustive]` (a new code then no longer breaks
///   callers' `match`es).
///
/// # What it generates
/// One unit variant per distinct code, in table order, named in UpperCamelCase with `.` as a
/// word break (`Forbidden.RAM` → `ForbiddenRam`), each documented with its rows; derives
/// `Clone, Copy, Debug, PartialEq, Eq, Hash`; implements [`ErrorCode`], `Display` (code and
/// first message), `std::error::Error`, `FromStr` (error: [`UnknownCode`]), `AsRef<str>`,
/// and with the `serde` feature `Serialize`/`Deserialize` as the wire code.
///
/// Every problem in the table is a compile error, `PATH:LINE: COLUMN: problem`.
#[cfg(feature = "macros")]
pub use aliyun_errors_macros::error_table;

/// Implements [`ErrorCode`] (and `Display`, `Error`, `FromStr`, `AsRef<str>`, serde) for an
/// enum kept in source, each variant carrying its table rows.
///
/// ```
/// use aliyun_errors::{ErrorCode, Retry};
///
/// #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ErrorCode)]
/// pub enum VpcError {
///     #[error_code(code = "Forbidden.RAM", status = 403, message = "User not authorized.")]
///     ForbiddenRam,
///     #[error_code(code = "Throttling", status = 400, message = "Slow down.", retry = "throttling")]
///     #[error_code(code = "Throttling", status = 429, message = "Too many requests.", retry = "throttling")]
///     Throttling,
/// }
///
/// assert_eq!(VpcError::from_code("Forbidden.RAM"), Some(VpcError::ForbiddenRam));
/// assert!(VpcError::Throttling.http_statuses().eq([400, 429]));
/// assert_eq!(VpcError::Throttling.retry(), Retry::Throttling);
/// ```
///
/// Rows are checked as a table's are; each problem is an error on its attribute. On the
/// enum, `#[error_code(crate = "path")]` names the runtime crate. The CLI's
/// `generate --derive` writes this form from a table.
#[cfg(feature = "macros")]
pub use aliyun_errors_macros::ErrorCode;
