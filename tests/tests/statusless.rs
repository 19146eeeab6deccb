//! A row whose source names the code but documents no status (an empty `http_status`), through
//! every path that builds an enum: `#[error_table]`, `Config` (in `build.rs`) and
//! `#[derive(ErrorCode)]`. The crate never makes a status up; a response's own status is what
//! an `ApiError` reports.

use aliyun_errors::{ApiError, Error, ErrorCode, Retry, decode, error_table};
use serde::de::IgnoredAny;

#[error_table(csv = "spec/statusless.csv")]
pub enum MacroStatusless {}

mod config {
    include!(concat!(env!("OUT_DIR"), "/statusless.rs"));
}
use config::ConfigStatusless;

/// The fixture's rows as `derive(ErrorCode)` attributes: no `status` where none is documented.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, aliyun_errors::ErrorCode)]
pub enum DeriveStatusless {
    /// No status, no message.
    #[error_code(code = "Undocumented", message = "")]
    Undocumented,
    /// A row without a status, then one with.
    #[error_code(code = "Mixed", message = "First.")]
    #[error_code(code = "Mixed", status = 404, message = "Second.")]
    Mixed,
    /// No status, a class.
    #[error_code(code = "Slow", message = "", retry = "throttling")]
    Slow,
}

fn assert_statusless<E: ErrorCode + serde::Serialize>() {
    let undocumented = E::from_code("Undocumented").expect("known");
    assert_eq!(undocumented.http_status(), None);
    assert_eq!(undocumented.http_statuses().count(), 0);
    assert_eq!(undocumented.message(), "");
    assert_eq!(undocumented.retry(), Retry::Never);

    let mixed = E::from_code("Mixed").expect("known");
    // The first row's status: none documented.
    assert_eq!(mixed.http_status(), None);
    assert!(mixed.http_statuses().eq([404]));
    // Row selection: a status picks its row; a message picks its row under any status,
    // as a row without a status matches whatever the response's is.
    assert_eq!(mixed.entry(Some(404), None).message, "Second.");
    assert_eq!(mixed.entry(Some(500), Some("First")).message, "First.");
    assert_eq!(
        mixed.entry(Some(404), Some("Second")).http_status,
        Some(404)
    );
    assert_eq!(mixed.entry(Some(500), None).http_status, None);
    assert_eq!(mixed.entry(None, Some("Second.")).http_status, Some(404));

    assert_eq!(E::from_code("Slow").map(E::retry), Some(Retry::Throttling));

    // A row as JSON: `null` for the status.
    let row = serde_json::to_value(undocumented.entries().next()).unwrap();
    assert_eq!(row["http_status"], serde_json::Value::Null);

    // A response's own status is the error's; the matching row keeps its absence.
    let body = br#"{"RequestId":"R","Code":"Undocumented","Message":"m"}"#;
    let Err(Error::Api(e)) = decode::<IgnoredAny, E>(418, Some("application/json"), body) else {
        panic!("an API error")
    };
    let e: ApiError<E> = e;
    assert_eq!(e.http_status(), 418);
    assert_eq!(e.kind(), Some(undocumented));
    assert_eq!(e.entry().map(|row| row.http_status), Some(None));
}

#[test]
fn the_macro_keeps_a_status_undocumented() {
    assert_statusless::<MacroStatusless>();
}

#[test]
fn config_keeps_a_status_undocumented() {
    assert_statusless::<ConfigStatusless>();
}

#[test]
fn derive_keeps_a_status_undocumented() {
    assert_statusless::<DeriveStatusless>();
}

#[test]
fn generated_docs_say_the_status_is_not_documented() {
    let table = aliyun_errors_codegen::load_files(&["spec/statusless.csv"]).unwrap();
    let source = aliyun_errors_codegen::expand_table_source(&table, "E", false).unwrap();
    assert!(source.contains("`Undocumented` (HTTP status not documented, retry: never)"));
    assert!(source.contains("`Mixed` (HTTP 404, retry: never):"));
    assert!(source.contains(" - no documented status: First."));
}
