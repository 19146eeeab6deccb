//! A table row ([`Entry`]), the retry class ([`Retry`]) and how a row is picked.

use std::fmt;

use crate::table::Rows;
use crate::template::messages_match;

/// When a failed call may be retried.
///
/// Displays as the lowercase word used in tables: `never`, `throttling`, `transient`,
/// `conflict`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Retry {
    /// Retrying the same request fails the same way: fix the request instead.
    Never,
    /// The caller was throttled: retry after a back-off.
    Throttling,
    /// A passing failure of the server: retry, with a back-off.
    Transient,
    /// The server refused the call because a resource is changing (an incorrect status, a
    /// conflicting task, a token still processing): retry later, whatever the idempotency,
    /// with its own longer back-off.
    Conflict,
}

impl Retry {
    /// The lowercase word: `never`, `throttling`, `transient` or `conflict`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Retry::Never => "never",
            Retry::Throttling => "throttling",
            Retry::Transient => "transient",
            Retry::Conflict => "conflict",
        }
    }

    /// The one retry rule: the code's class when the table knows the code (or its family),
    /// else the status's ([`Retry::for_status`]). Used by decoded errors and by `explain`.
    pub fn classify<E: crate::ErrorCode>(code: Option<E>, http_status: u16) -> Retry {
        match code {
            Some(code) => code.retry(),
            None => Retry::for_status(http_status),
        }
    }

    /// The class an HTTP status implies on its own: 429 throttling; 500, 502, 503, 504
    /// transient; else never.
    pub const fn for_status(http_status: u16) -> Retry {
        match http_status {
            429 => Retry::Throttling,
            500 | 502 | 503 | 504 => Retry::Transient,
            _ => Retry::Never,
        }
    }

    /// True for `Throttling` and `Transient`.
    pub const fn is_retryable(self) -> bool {
        !matches!(self, Retry::Never)
    }
}

impl fmt::Display for Retry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// One row of an error table: a code with one of its HTTP statuses and messages.
///
/// Only generated code builds an `Entry`; its fields are public to read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Entry {
    /// The error code, byte-exact as the server sends it.
    pub code: &'static str,
    /// The HTTP status the server sends it with.
    pub http_status: u16,
    /// The message the server sends it with.
    pub message: &'static str,
    /// The code's retry class.
    pub retry: Retry,
}

/// Picks the row of `rows` (one code's rows) that a response matches: the row whose status
/// and message match; else the first row with that status; else the first.
pub(crate) fn select_entry(
    rows: Rows,
    http_status: Option<u16>,
    message: Option<&str>,
) -> Option<Entry> {
    let status_matches = |e: &Entry| http_status.is_none_or(|s| e.http_status == s);
    let by_message = message.and_then(|message| {
        rows.clone()
            .filter(status_matches)
            .find(|e| messages_match(e.message, message))
    });
    let by_status = || http_status.and_then(|s| rows.clone().find(|e| e.http_status == s));
    by_message
        .or_else(by_status)
        .or_else(|| rows.clone().next())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_classes_name_themselves_and_follow_the_status_rule() {
        let words: Vec<String> = [
            Retry::Never,
            Retry::Throttling,
            Retry::Transient,
            Retry::Conflict,
        ]
        .iter()
        .map(|r| format!("{r}/{}/{}", r.as_str(), r.is_retryable()))
        .collect();
        assert_eq!(
            words,
            [
                "never/never/false",
                "throttling/throttling/true",
                "transient/transient/true",
                "conflict/conflict/true"
            ]
        );
        assert_eq!(format!("{:>10}", Retry::Never), "     never");
        assert_eq!(Retry::for_status(429), Retry::Throttling);
        for status in [500, 502, 503, 504] {
            assert_eq!(Retry::for_status(status), Retry::Transient);
        }
        for status in [200, 400, 404, 501, 505] {
            assert_eq!(Retry::for_status(status), Retry::Never);
        }
    }

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
