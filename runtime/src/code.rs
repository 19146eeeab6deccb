//! The [`ErrorCode`] trait that every generated error enum implements.

use std::fmt::{self, Debug, Display};
use std::hash::Hash;

use crate::entry::{Entry, Retry};
use crate::table::{ApiIndex, Apis, Codes, Distinct, Messages, Rows, Statuses, Table};

/// An error-code enum generated from a table by [`error_table`](crate::error_table).
///
/// Generic code can take any table: `fn log<E: ErrorCode>(e: E)`. Every code has at least
/// one row; [`entries`](ErrorCode::entries) is never empty. A generated enum supplies the
/// data (`ALL`, `TABLE`, and `TEMPLATES`, `API_INDEX` when its table has them) and
/// [`index`](ErrorCode::index); every method reads them through the [`Table`]'s own lookups.
///
/// A type over a table built at run time ([`Table::leak`]: a tool that loads tables it did
/// not compile) leaves `ALL` and `TABLE` empty and supplies
/// [`table_data`](ErrorCode::table_data) and [`from_index`](ErrorCode::from_index)
/// instead; every other method then answers from that table as a generated enum's does.
pub trait ErrorCode: Copy + Eq + Hash + Debug + Display + 'static {
    /// Every variant, in table order.
    const ALL: &'static [Self];

    /// The table's rows and its code lookup.
    const TABLE: &'static Table;

    /// The template variants of the table (codes holding `%s` or `%d` and a letter or digit,
    /// such as `ACS.InvalidParameter.%s`), most specific first: the longest literal text,
    /// then table order; empty for most tables.
    const TEMPLATES: &'static [Self] = &[];

    /// Each code's APIs and each API's codes (the table's `apis` column); empty for a table
    /// without the column.
    const API_INDEX: &'static ApiIndex = &ApiIndex::EMPTY;

    /// The variant's position in [`ALL`](Self::ALL) and in [`TABLE`](Self::TABLE).
    fn index(self) -> usize;

    /// The table every other method reads: [`TABLE`](Self::TABLE).
    fn table_data() -> &'static Table {
        Self::TABLE
    }

    /// The code at a position of the table: `ALL[index]`.
    ///
    /// # Panics
    /// When `index` is not below the table's length.
    fn from_index(index: usize) -> Self {
        Self::ALL[index]
    }

    /// The code as the server sends it, e.g. `"InvalidAccessKeyId.NotFound"`.
    fn code(self) -> &'static str {
        Self::table_data().code(self.index())
    }

    /// The variant for a code, compared exactly (case-sensitive); `None` for an unknown code.
    /// Allocates nothing.
    fn from_code(code: &str) -> Option<Self> {
        Self::table_data().find(code).map(Self::from_index)
    }

    /// [`TEMPLATES`](Self::TEMPLATES).
    fn templates() -> &'static [Self] {
        Self::TEMPLATES
    }

    /// The most specific template a sent code fits (`ACS.InvalidParameter.RegionId` →
    /// `ACS.InvalidParameter.%s`): `%s` stands for one or more characters, `%d` for one or
    /// more digits. [`from_code`](Self::from_code) still compares exactly.
    fn from_template(code: &str) -> Option<Self> {
        Self::table_data().find_template(code).map(Self::from_index)
    }

    /// The APIs that document the code (the table's `apis` column), sorted; none for a
    /// table without the column.
    fn apis(self) -> Apis {
        Self::API_INDEX.apis_of(self.index())
    }

    /// The codes an API documents, in table order; empty for an unknown API (or a table
    /// without the `apis` column).
    fn of_api(api: &str) -> Codes<Self> {
        Codes::new(Self::from_index, Self::API_INDEX.codes_of(api))
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
        crate::table::family_of(code, Self::from_code)
    }

    /// The HTTP status of the code's first row; `None` where that row's source names the
    /// code but documents no status (the crate never makes one up). A response's own status
    /// is [`ApiError::http_status`](crate::ApiError::http_status).
    fn http_status(self) -> Option<u16> {
        Self::table_data().first_row(self.index()).http_status
    }

    /// The code's distinct documented HTTP statuses, in table order (empty for a code whose
    /// rows document none).
    fn http_statuses(self) -> Statuses {
        Distinct::new(self.entries(), |row| row.http_status)
    }

    /// The message of the code's first row.
    fn message(self) -> &'static str {
        Self::table_data().first_row(self.index()).message
    }

    /// The code's distinct messages, in table order.
    fn messages(self) -> Messages {
        Distinct::new(self.entries(), |row| Some(row.message))
    }

    /// The code's retry class (its first row's: a code's rows share one).
    fn retry(self) -> Retry {
        Self::table_data().first_row(self.index()).retry
    }

    /// True when the code's retry class is not [`Retry::Never`]: throttling, transient or a
    /// state conflict.
    fn is_retryable(self) -> bool {
        self.retry().is_retryable()
    }

    /// This code's rows ([`Entry`]), in table order (never empty).
    fn entries(self) -> Rows {
        Self::table_data().rows_of(self.index())
    }

    /// Every row of the table, grouped by code in variant order (a code's rows in table
    /// order).
    fn table() -> Rows {
        Self::table_data().rows()
    }

    /// The row a response matches: the row whose status and message match (messages
    /// compared with curly and straight quotes, runs of white space and a trailing period
    /// folded); else the first row with that status; else the first row
    /// ([`Table::entry`]).
    fn entry(self, http_status: Option<u16>, message: Option<&str>) -> Entry {
        Self::table_data().entry(self.index(), http_status, message)
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

    /// A hand-written table of three codes, one a template, without slots (its codes are
    /// found by a scan) or APIs: the trait's methods are what it gets.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub(crate) enum Hand {
        Throttling,
        ThrottlingUser,
        InvalidParameter,
    }

    static ROWS: [Entry; 4] = [
        Entry {
            code: "Throttling",
            http_status: Some(400),
            message: "Request was denied due to request throttling.",
            retry: Retry::Throttling,
        },
        Entry {
            code: "Throttling",
            http_status: Some(429),
            message: "Request was denied due to request throttling.",
            retry: Retry::Throttling,
        },
        Entry {
            code: "Throttling.User",
            http_status: Some(400),
            message: "Request was denied due to user flow control.",
            retry: Retry::Throttling,
        },
        Entry {
            code: "InvalidParameter.%s",
            http_status: Some(400),
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
        // The codes, then the messages, end to end; the codes' offsets; per row the
        // message's range, the status, the retry byte and a zero; each code's first row.
        const TABLE: &'static Table = &Table::new(
            "ThrottlingThrottling.UserInvalidParameter.%sRequest was denied due to request throttling.Request was denied due to user flow control.The specified parameter %s is not valid.",
            b"\x00\x00\x00\x00\x0a\x00\x00\x00\x19\x00\x00\x00\x2c\x00\x00\x00",
            b"\x2c\x00\x00\x00\x59\x00\x00\x00\x90\x01\x01\x00\x2c\x00\x00\x00\x59\x00\x00\x00\xad\x01\x01\x00\x59\x00\x00\x00\x85\x00\x00\x00\x90\x01\x01\x00\x85\x00\x00\x00\xad\x00\x00\x00\x90\x01\x00\x00",
            b"\0\0\0\0\x02\0\0\0\x03\0\0\0\x04\0\0\0",
            &[],
            0,
            &[2],
            None,
        );
        const TEMPLATES: &'static [Self] = &[Hand::InvalidParameter];

        fn index(self) -> usize {
            self as usize
        }
    }

    #[test]
    fn the_methods_read_the_data() {
        assert_eq!(
            Hand::from_code("Throttling.User"),
            Some(Hand::ThrottlingUser)
        );
        assert_eq!(Hand::from_code("throttling"), None);
        // from_template: the first template the code fits, from `TEMPLATES`.
        assert_eq!(
            Hand::from_template("InvalidParameter.RegionId"),
            Some(Hand::InvalidParameter)
        );
        assert_eq!(Hand::from_template("InvalidParameter."), None);
        assert_eq!(Hand::from_template("Throttling"), None);
        // No `apis` column: no APIs either way.
        assert_eq!(Hand::Throttling.apis().count(), 0);
        assert_eq!(Hand::of_api("DescribeInstances").len(), 0);
        // The longest known proper prefix at a dot.
        assert_eq!(
            Hand::family_of("Throttling.User.Extra"),
            Some(Hand::ThrottlingUser)
        );
        assert_eq!(Hand::family_of("Throttling.Api"), Some(Hand::Throttling));
        assert_eq!(Hand::family_of("Throttling"), None);
        assert!(Hand::Throttling.is_retryable());
        assert!(!Hand::InvalidParameter.is_retryable());
        assert_eq!(Hand::Throttling.entry(Some(429), None), ROWS[1]);
        // A code's rows, and its distinct statuses and messages in table order.
        assert_eq!(Hand::Throttling.entries().collect::<Vec<_>>(), ROWS[..2]);
        assert_eq!(
            Hand::Throttling.http_statuses().collect::<Vec<_>>(),
            [400, 429]
        );
        assert_eq!(Hand::Throttling.messages().count(), 1);
        assert_eq!(Hand::table().collect::<Vec<_>>(), ROWS);
        // code, http_status, message and retry: the first row's.
        let first = &ROWS[3];
        let code = Hand::InvalidParameter;
        assert_eq!(code.code(), first.code);
        assert_eq!(code.http_status(), first.http_status);
        assert_eq!(code.message(), first.message);
        assert_eq!(code.retry(), first.retry);
    }
}
