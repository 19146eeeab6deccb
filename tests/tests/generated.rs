//! What `#[error_table]` generates, on a small table of the tests' own.

use std::collections::HashSet;
use std::str::FromStr;

use aliyun_errors::{ErrorCode, Retry, error_table};

use aliyun_errors_tests::SmallError;

mod reexported {
    // A crate that re-exports the runtime under another path.
    pub use aliyun_errors as runtime;
}

#[error_table(csv = "spec/small.csv", crate = "reexported::runtime", non_exhaustive)]
pub enum OpenError {}

#[test]
fn variants_follow_the_table() {
    assert_eq!(
        SmallError::ALL,
        &[
            SmallError::ThrottlingUser,
            SmallError::ForbiddenRam,
            SmallError::ServiceUnavailable
        ]
    );
    assert_eq!(SmallError::table().len(), 4);
    assert_eq!(
        SmallError::ForbiddenRam.http_statuses().collect::<Vec<_>>(),
        [403, 404]
    );
    assert_eq!(SmallError::ForbiddenRam.entries().len(), 2);
    assert_eq!(SmallError::ThrottlingUser.retry(), Retry::Throttling);
    assert!(!SmallError::ForbiddenRam.is_retryable());
}

#[test]
fn display_error_fromstr_asref() {
    let e = SmallError::ServiceUnavailable;
    assert_eq!(
        e.to_string(),
        "ServiceUnavailable: The request has failed due to a temporary failure of the server."
    );
    let boxed: Box<dyn std::error::Error> = Box::new(e);
    assert!(boxed.to_string().starts_with("ServiceUnavailable: "));
    assert_eq!(
        SmallError::from_str("Forbidden.RAM"),
        Ok(SmallError::ForbiddenRam)
    );
    assert_eq!(
        SmallError::from_str("Forbidden.Ram")
            .unwrap_err()
            .to_string(),
        "unknown error code \"Forbidden.Ram\""
    );
    assert_eq!(SmallError::ThrottlingUser.as_ref(), "Throttling.User");
}

#[test]
fn derives_copy_eq_hash_debug() {
    let set: HashSet<SmallError> = SmallError::ALL.iter().copied().collect();
    assert_eq!(set.len(), 3);
    assert_eq!(format!("{:?}", SmallError::ForbiddenRam), "ForbiddenRam");
}

#[test]
fn serde_uses_the_wire_code() {
    let json = serde_json::to_string(&SmallError::ForbiddenRam).unwrap();
    assert_eq!(json, "\"Forbidden.RAM\"");
    let back: SmallError = serde_json::from_str(&json).unwrap();
    assert_eq!(back, SmallError::ForbiddenRam);
    let err = serde_json::from_str::<SmallError>("\"Nope\"").unwrap_err();
    assert!(
        err.to_string().contains("unknown error code \"Nope\""),
        "{err}"
    );
    // Escaped strings are not borrowed from the input: still decoded.
    let escaped: SmallError = serde_json::from_str("\"Forbidden\\u002eRAM\"").unwrap();
    assert_eq!(escaped, SmallError::ForbiddenRam);
    // A code that is not a string says what was expected.
    let err = serde_json::from_str::<SmallError>("403").unwrap_err();
    assert!(
        err.to_string().contains("expected an error code string"),
        "{err}"
    );
}

fn describe<E: ErrorCode>(code: &str) -> Option<(Option<u16>, Retry)> {
    E::from_code(code).map(|e| (e.http_status(), e.retry()))
}

#[test]
fn generic_code_takes_any_table() {
    assert_eq!(
        describe::<SmallError>("Throttling.User"),
        Some((Some(400), Retry::Throttling))
    );
    assert_eq!(
        describe::<aliyun_errors::ecs::EcsError>("Throttling"),
        Some((Some(400), Retry::Throttling))
    );
    assert_eq!(
        describe::<OpenError>("Forbidden.RAM"),
        Some((Some(403), Retry::Never))
    );
}

#[test]
fn the_crate_option_reaches_a_reexported_runtime() {
    // `OpenError` names the runtime as `reexported::runtime`; `non_exhaustive` itself is
    // checked outside its crate, in tests/ui/non_exhaustive_foreign.rs.
    assert_eq!(
        OpenError::from_code("Forbidden.RAM"),
        Some(OpenError::ForbiddenRam)
    );
    assert_eq!(
        OpenError::table().collect::<Vec<_>>(),
        SmallError::table().collect::<Vec<_>>()
    );
}

#[test]
fn variants_order_as_the_table_and_parse_with_try_from() {
    let mut shuffled = vec![
        SmallError::ServiceUnavailable,
        SmallError::ThrottlingUser,
        SmallError::ForbiddenRam,
    ];
    shuffled.sort();
    assert_eq!(shuffled, SmallError::ALL);
    assert!(SmallError::ThrottlingUser < SmallError::ForbiddenRam);
    assert_eq!(
        SmallError::try_from("Forbidden.RAM"),
        Ok(SmallError::ForbiddenRam)
    );
    let unknown = SmallError::try_from("Forbidden.Ram").unwrap_err();
    assert_eq!(unknown.code(), "Forbidden.Ram");
    // A code's entries are its rows of the table, in order; `table()` is every row.
    for code in SmallError::ALL {
        let rows: Vec<_> = SmallError::table()
            .filter(|e| e.code == code.code())
            .collect();
        assert_eq!(code.entries().collect::<Vec<_>>(), rows);
    }
}

/// Messages that are hard to carry through generated code: quotes and `"#` (raw string
/// fences), CR LF, a tab, bidi controls, comment markers, backslashes, non-ASCII. Through the
/// macro, the compiler lexes the generated text itself (`expand::lex`).
#[error_table(csv = "spec/tricky.csv")]
pub enum TrickyError {}

#[test]
fn tricky_messages_stay_byte_exact() {
    let expected = [
        (
            TrickyError::TrickyQuotes,
            r###"a "quote" then "# and "## inside"###,
        ),
        (TrickyError::TrickyLines, "line one\r\nline two"),
        (TrickyError::TrickyTab, "tab\there"),
        (
            TrickyError::TrickyBidi,
            "bidi \u{202E} override \u{2066} isolate",
        ),
        (
            TrickyError::TrickyComments,
            "/// not a doc, */ ends a block, /* opens one",
        ),
        (
            TrickyError::TrickyBackslash,
            r"back\\slash \\n and \\u{41} literally",
        ),
        (TrickyError::TrickyUnicode, "参数无效。 😀"),
    ];
    assert_eq!(TrickyError::ALL.len(), expected.len());
    for (code, message) in expected {
        assert_eq!(code.message(), message, "{code:?}");
        assert_eq!(code.to_string(), format!("{}: {message}", code.code()));
    }
    assert_eq!(
        TrickyError::TrickyComments.messages().collect::<Vec<_>>(),
        [
            "/// not a doc, */ ends a block, /* opens one",
            "//! inner // line"
        ]
    );
    // Every row as codegen reads it from the file, in order.
    let csv = include_bytes!("../spec/tricky.csv");
    let table = aliyun_errors_codegen::parse_table(&[("spec/tricky.csv", csv)]).unwrap();
    let rows: Vec<(&str, Option<u16>, &str)> = table
        .rows()
        .iter()
        .map(|r| (r.code.as_str(), r.http_status, r.message.as_str()))
        .collect();
    let entries: Vec<(&str, Option<u16>, &str)> = TrickyError::table()
        .map(|e| (e.code, e.http_status, e.message))
        .collect();
    assert_eq!(rows, entries);
}
