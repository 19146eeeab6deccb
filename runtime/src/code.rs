//! The [`ErrorCode`] trait that every generated error enum implements.

use std::fmt::{self, Debug, Display};
use std::hash::Hash;

use crate::entry::{Entry, Retry, select_entry};

/// An error-code enum generated from a table by [`error_table`](crate::error_table).
///
/// Generic code can take any table: `fn log<E: ErrorCode>(e: E)`. Every code has at least
/// one row; [`entries`](ErrorCode::entries) is never empty.
pub trait ErrorCode: Copy + Eq + Hash + Debug + Display + 'static {
    /// Every variant, in table order.
    const ALL: &'static [Self];

    /// The code as the server sends it, e.g. `"InvalidAccessKeyId.NotFound"`.
    fn code(self) -> &'static str {
        self.entries()[0].code
    }

    /// The variant for a code, compared exactly (case-sensitive); `None` for an unknown code.
    /// Allocates nothing.
    fn from_code(code: &str) -> Option<Self>;

    /// The template variants of the table (codes holding `%s` or `%d` and a letter or digit,
    /// such as `ACS.InvalidParameter.%s`), most specific first: the longest literal text,
    /// then table order; empty for most tables.
    fn templates() -> &'static [Self] {
        &[]
    }

    /// The most specific template a sent code fits (`ACS.InvalidParameter.RegionId` →
    /// `ACS.InvalidParameter.%s`): `%s` stands for one or more characters, `%d` for one or
    /// more digits. [`from_code`](Self::from_code) still compares exactly.
    fn from_template(code: &str) -> Option<Self> {
        Self::templates()
            .iter()
            .copied()
            .find(|t| crate::entry::template_matches(t.code(), code))
    }

    /// The APIs that document the code (the table's `apis` column), sorted; empty for a
    /// table without the column.
    fn apis(self) -> &'static [&'static str] {
        &[]
    }

    /// The codes an API documents, in table order; empty for an unknown API (or a table
    /// without the `apis` column).
    fn of_api(api: &str) -> &'static [Self] {
        let _ = api;
        &[]
    }

    /// The longest known proper prefix of a dotted code, cut at a `.`: the family an
    /// unknown code belongs to (`Throttling.User` → `Throttling`).
    ///
    /// ```
    /// use aliyun_errors::{ErrorCode, ecs::EcsError};
    /// assert_eq!(EcsError::family_of("MissingParameter.CommandId"), Some(EcsError::MissingParameter));
    /// assert_eq!(EcsError::family_of("Nope.Throttling"), None);
    /// ```
    fn family_of(code: &str) -> Option<Self> {
        code.rmatch_indices('.')
            .find_map(|(at, _)| Self::from_code(&code[..at]))
    }

    /// The HTTP status of the code's first row.
    fn http_status(self) -> u16 {
        self.entries()[0].http_status
    }

    /// The code's distinct HTTP statuses, in table order.
    fn http_statuses(self) -> &'static [u16];

    /// The message of the code's first row.
    fn message(self) -> &'static str {
        self.entries()[0].message
    }

    /// The code's distinct messages, in table order.
    fn messages(self) -> &'static [&'static str];

    /// The code's retry class (its first row's: a code's rows share one).
    fn retry(self) -> Retry {
        self.entries()[0].retry
    }

    /// True when the code's retry class is not [`Retry::Never`].
    fn is_retryable(self) -> bool {
        self.retry().is_retryable()
    }

    /// This code's rows ([`Entry`]), in table order (never empty).
    fn entries(self) -> &'static [Entry];

    /// Every row of the table, in table order.
    fn table() -> &'static [Entry];

    /// The row a response matches: the row whose status and message match (messages
    /// compared with curly and straight quotes, runs of white space and a trailing period
    /// folded); else the first row with that status; else the first row.
    fn entry(self, http_status: Option<u16>, message: Option<&str>) -> &'static Entry {
        select_entry(self.entries(), http_status, message)
    }
}

/// The error of a generated enum's `FromStr`: the code is not in the table.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct UnknownCode {
    code: String,
}

impl UnknownCode {
    /// An error naming `code`.
    pub fn new(code: &str) -> Self {
        UnknownCode {
            code: code.to_owned(),
        }
    }

    /// The code that was not found.
    pub fn code(&self) -> &str {
        &self.code
    }
}

impl Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown error code {:?}", self.code)
    }
}

impl std::error::Error for UnknownCode {}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A hand-written table of three codes, one a template, overriding only what the trait
    /// requires and `templates()`: the defaults are what it gets.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub(crate) enum Hand {
        Throttling,
        ThrottlingUser,
        InvalidParameter,
    }

    static ROWS: [Entry; 3] = [
        Entry {
            code: "Throttling",
            http_status: 400,
            message: "Request was denied due to request throttling.",
            retry: Retry::Throttling,
        },
        Entry {
            code: "Throttling.User",
            http_status: 400,
            message: "Request was denied due to user flow control.",
            retry: Retry::Throttling,
        },
        Entry {
            code: "InvalidParameter.%s",
            http_status: 400,
            message: "The specified parameter %s is not valid.",
            retry: Retry::Never,
        },
    ];

    impl Display for Hand {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.code())
        }
    }

    impl ErrorCode for Hand {
        const ALL: &'static [Self] = &[
            Hand::Throttling,
            Hand::ThrottlingUser,
            Hand::InvalidParameter,
        ];

        fn from_code(code: &str) -> Option<Self> {
            Self::ALL.iter().copied().find(|c| c.code() == code)
        }

        fn templates() -> &'static [Self] {
            &[Hand::InvalidParameter]
        }

        fn http_statuses(self) -> &'static [u16] {
            &[400]
        }

        fn messages(self) -> &'static [&'static str] {
            &[]
        }

        fn entries(self) -> &'static [Entry] {
            let at = self as usize;
            &ROWS[at..=at]
        }

        fn table() -> &'static [Entry] {
            &ROWS
        }
    }

    #[test]
    fn the_default_methods_follow_their_documentation() {
        // from_template: the first template the code fits, from `templates()`.
        assert_eq!(
            Hand::from_template("InvalidParameter.RegionId"),
            Some(Hand::InvalidParameter)
        );
        assert_eq!(Hand::from_template("InvalidParameter."), None);
        assert_eq!(Hand::from_template("Throttling"), None);
        // No `apis` column: no APIs either way.
        assert!(Hand::Throttling.apis().is_empty());
        assert!(Hand::of_api("DescribeInstances").is_empty());
        // The longest known proper prefix at a dot.
        assert_eq!(
            Hand::family_of("Throttling.User.Extra"),
            Some(Hand::ThrottlingUser)
        );
        assert_eq!(Hand::family_of("Throttling.Api"), Some(Hand::Throttling));
        assert_eq!(Hand::family_of("Throttling"), None);
        assert!(Hand::Throttling.is_retryable());
        assert!(!Hand::InvalidParameter.is_retryable());
        assert_eq!(Hand::ThrottlingUser.entry(Some(400), None), &ROWS[1]);
        // code, http_status, message and retry: the first row's.
        let first = &ROWS[2];
        let code = Hand::InvalidParameter;
        assert_eq!(code.code(), first.code);
        assert_eq!(code.http_status(), first.http_status);
        assert_eq!(code.message(), first.message);
        assert_eq!(code.retry(), first.retry);
        assert_eq!(Hand::Throttling.message(), ROWS[0].message);
    }

    #[test]
    fn a_table_without_templates_has_none() {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        struct One;
        impl Display for One {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("Throttling")
            }
        }
        impl ErrorCode for One {
            const ALL: &'static [Self] = &[One];
            fn code(self) -> &'static str {
                "Throttling"
            }
            fn from_code(code: &str) -> Option<Self> {
                (code == "Throttling").then_some(One)
            }
            fn http_status(self) -> u16 {
                400
            }
            fn http_statuses(self) -> &'static [u16] {
                &[400]
            }
            fn message(self) -> &'static str {
                ROWS[0].message
            }
            fn messages(self) -> &'static [&'static str] {
                &[]
            }
            fn retry(self) -> Retry {
                Retry::Throttling
            }
            fn entries(self) -> &'static [Entry] {
                &ROWS[..1]
            }
            fn table() -> &'static [Entry] {
                &ROWS[..1]
            }
        }
        assert!(One::templates().is_empty());
        assert_eq!(One::from_template("Throttling.%s"), None);
    }
}
