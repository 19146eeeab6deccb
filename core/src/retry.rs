//! [`Retry`]: when a failed call may be retried.

use std::fmt;

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
    /// Every class, in order (the order of their bytes, [`as_byte`](Self::as_byte)).
    pub const ALL: [Retry; 4] = [
        Retry::Never,
        Retry::Throttling,
        Retry::Transient,
        Retry::Conflict,
    ];

    /// The lowercase word: `never`, `throttling`, `transient` or `conflict`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Retry::Never => "never",
            Retry::Throttling => "throttling",
            Retry::Transient => "transient",
            Retry::Conflict => "conflict",
        }
    }

    /// Parses a table's `retry` cell (a word of [`as_str`](Self::as_str)); an empty cell
    /// means `never`.
    pub fn from_word(word: &str) -> Option<Retry> {
        match word {
            "" => Some(Retry::Never),
            word => Retry::ALL.into_iter().find(|r| r.as_str() == word),
        }
    }

    /// The byte a generated table stores: the class's position in [`ALL`](Self::ALL).
    pub const fn as_byte(self) -> u8 {
        self as u8
    }

    /// The class of a stored byte ([`as_byte`](Self::as_byte)); an unknown byte is `Never`.
    pub const fn from_byte(byte: u8) -> Retry {
        match byte {
            1 => Retry::Throttling,
            2 => Retry::Transient,
            3 => Retry::Conflict,
            _ => Retry::Never,
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

    /// True for `Throttling`, `Transient` and `Conflict`: every class but `Never`.
    pub const fn is_retryable(self) -> bool {
        !matches!(self, Retry::Never)
    }
}

impl fmt::Display for Retry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_bytes_and_order_agree() {
        let words: Vec<String> = Retry::ALL
            .iter()
            .map(|r| format!("{r}/{}/{}/{}", r.as_str(), r.as_byte(), r.is_retryable()))
            .collect();
        assert_eq!(
            words,
            [
                "never/never/0/false",
                "throttling/throttling/1/true",
                "transient/transient/2/true",
                "conflict/conflict/3/true"
            ]
        );
        for r in Retry::ALL {
            assert_eq!(Retry::from_byte(r.as_byte()), r);
            assert_eq!(Retry::from_word(r.as_str()), Some(r));
        }
        assert_eq!(Retry::from_word(""), Some(Retry::Never));
        assert_eq!(Retry::from_word("Never"), None);
        assert_eq!(Retry::from_byte(9), Retry::Never);
        assert_eq!(format!("{:>10}", Retry::Never), "     never");
    }

    #[test]
    fn the_status_rule() {
        assert_eq!(Retry::for_status(429), Retry::Throttling);
        for status in [500, 502, 503, 504] {
            assert_eq!(Retry::for_status(status), Retry::Transient);
        }
        for status in [200, 400, 404, 428, 430, 501, 505] {
            assert_eq!(Retry::for_status(status), Retry::Never);
        }
    }
}
