//! A table row ([`Entry`]) and how a row is picked; the retry class ([`Retry`]) is the
//! shared crate's.

use crate::table::Rows;
pub use aliyun_errors_core::Retry;
use aliyun_errors_core::template::messages_match;

/// One row of an error table: a code with one of its HTTP statuses and messages.
///
/// Only generated code builds an `Entry`; its fields are public to read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Entry {
    /// The error code, byte-exact as the server sends it.
    pub code: &'static str,
    /// The HTTP status the server sends it with; `None` where the row's source names the
    /// code but documents no status.
    pub http_status: Option<u16>,
    /// The message the server sends it with.
    pub message: &'static str,
    /// The code's retry class.
    pub retry: Retry,
}

/// A row as JSON (feature `serde`): `{"http_status": 400, "message": "…"}` (`null` for a
/// status the source does not document), the shape of the `entry` key of an error's JSON
/// and of the CLI's rows.
#[cfg(feature = "serde")]
impl serde::Serialize for Entry {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Entry", 2)?;
        s.serialize_field("http_status", &self.http_status)?;
        s.serialize_field("message", self.message)?;
        s.end()
    }
}

/// Picks the row of `rows` (one code's rows) that a response matches: the row whose status
/// and message match; else the first row with that status; else the first.
pub(crate) fn select_entry(
    rows: Rows,
    http_status: Option<u16>,
    message: Option<&str>,
) -> Option<Entry> {
    // A row without a documented status matches any status: its source did not say.
    let status_matches =
        |e: &Entry| http_status.is_none_or(|s| e.http_status.is_none_or(|row| row == s));
    let by_message = message.and_then(|message| {
        rows.clone()
            .filter(status_matches)
            .find(|e| messages_match(e.message, message))
    });
    let by_status = || http_status.and_then(|s| rows.clone().find(|e| e.http_status == Some(s)));
    by_message
        .or_else(by_status)
        .or_else(|| rows.clone().next())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_fold_quotes_space_and_trailing_period() {
        assert!(messages_match(
            "The parameter \u{201C}Action\u{201D} isn\u{2019}t valid.",
            "The parameter \"Action\"  isn't\tvalid"
        ));
        assert!(messages_match("  a b. ", "a   b"));
        assert!(!messages_match("a b", "a c"));
        assert!(!messages_match("ab", "a b"));
    }
}
