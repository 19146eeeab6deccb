//! A validated table: rows in table order, and the distinct codes they define.

use std::fmt;

pub use aliyun_errors_core::Retry;

/// Where a row was read: the table's path as the user wrote it, and the 1-based line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    /// The table's path, as written by the user.
    pub path: String,
    /// The 1-based line of the row (the header is line 1).
    pub line: u64,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.path, self.line)
    }
}

/// One row of a table: a code with one of its HTTP statuses and messages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The error code, byte-exact as the server sends it.
    pub code: String,
    /// The HTTP status sent with it, 100 to 599; `None` where the row's source names the code
    /// but documents no status (an empty `http_status` cell).
    pub http_status: Option<u16>,
    /// The message sent with it.
    pub message: String,
    /// The retry class of the code.
    pub retry: Retry,
    /// The APIs that document the row (the `apis` column), sorted; empty without it.
    pub apis: Vec<String>,
    /// Where the row comes from (the `source` column): a documentation page or an official
    /// SDK file; empty without the column.
    pub source: String,
    /// Where the row was read.
    pub location: Location,
}

/// A variant name the naming rule had to make up or change, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Renamed {
    /// The code, byte-exact.
    pub code: String,
    /// The variant it became.
    pub variant: String,
    /// Why the plain UpperCamelCase name would not do.
    pub reason: String,
    /// Where the code first appears.
    pub location: Location,
}

impl fmt::Display for Renamed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: code {:?} is the variant {} ({})",
            self.location, self.code, self.variant, self.reason
        )
    }
}

/// A distinct code of a table, with the Rust variant it becomes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Code {
    /// The error code, byte-exact as the server sends it.
    pub code: String,
    /// The enum variant's name (UpperCamelCase, `.` a word break).
    pub variant: String,
    /// The retry class, the same on every row of the code.
    pub retry: Retry,
    /// Indices into [`ParsedTable::rows`] of this code's rows, in table order.
    pub rows: Vec<usize>,
}

/// A validated table: at least one row, every code valid, every variant name unique.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedTable {
    pub(crate) rows: Vec<Row>,
    pub(crate) codes: Vec<Code>,
    pub(crate) renamed: Vec<Renamed>,
}

impl ParsedTable {
    /// Every row, in table order (merged tables: file by file).
    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    /// The former name of [`rows`](Self::rows) (the runtime's `ErrorCode::entries` is one
    /// code's rows).
    #[deprecated(since = "0.3.0", note = "renamed `rows`")]
    pub fn entries(&self) -> &[Row] {
        self.rows()
    }

    /// The distinct codes, in the order they first appear.
    pub fn codes(&self) -> &[Code] {
        &self.codes
    }

    /// The variant names the naming rule had to make up or disambiguate, in table order.
    pub fn renamed(&self) -> &[Renamed] {
        &self.renamed
    }

    /// Whether any row names its APIs (the table has the `apis` column, filled).
    pub fn has_apis(&self) -> bool {
        self.rows.iter().any(|e| !e.apis.is_empty())
    }

    /// The APIs that document a code (any of its rows), sorted, each once.
    pub fn apis_of<'a>(&'a self, code: &'a Code) -> Vec<&'a str> {
        let mut apis: Vec<&str> = self
            .rows_of(code)
            .flat_map(|e| e.apis.iter().map(String::as_str))
            .collect();
        apis.sort_unstable();
        apis.dedup();
        apis
    }

    /// The table laid out as the runtime's `Table` reads it
    /// (`aliyun_errors_core::layout::encode`): what generated code writes, and what a tool
    /// that loads tables at run time hands to `Table::leak`.
    pub fn encode(&self) -> aliyun_errors_core::layout::Encoded {
        let codes: Vec<(&str, Vec<aliyun_errors_core::layout::RowData<'_>>)> = self
            .codes
            .iter()
            .map(|code| {
                let rows = self
                    .rows_of(code)
                    .map(|row| aliyun_errors_core::layout::RowData {
                        http_status: row.http_status,
                        message: &row.message,
                        retry: row.retry,
                    });
                (code.code.as_str(), rows.collect())
            })
            .collect();
        aliyun_errors_core::layout::encode(&codes)
    }

    /// The template codes, most specific first: the longest literal text (the code without
    /// its `%s` and `%d`), then table order (`aliyun_errors_core::template::template_order`,
    /// the order the runtime tries them in).
    pub fn templates(&self) -> Vec<&Code> {
        let codes: Vec<&str> = self.codes.iter().map(|c| c.code.as_str()).collect();
        aliyun_errors_core::template::template_order(&codes)
            .into_iter()
            .map(|i| &self.codes[i])
            .collect()
    }

    /// Whether a code is a template (`ACS.InvalidParameter.%s`): it holds `%s` or `%d`, and
    /// its literal text holds a letter or a digit (`aliyun_errors_core::template::is_template`).
    pub fn is_template(code: &str) -> bool {
        aliyun_errors_core::template::is_template(code)
    }

    /// The code with this exact spelling.
    pub fn code(&self, code: &str) -> Option<&Code> {
        self.codes.iter().find(|c| c.code == code)
    }

    /// The rows of one code, in table order.
    pub fn rows_of<'a>(&'a self, code: &'a Code) -> impl Iterator<Item = &'a Row> + 'a {
        code.rows.iter().map(|&i| &self.rows[i])
    }

    /// The distinct documented HTTP statuses of one code, in table order (none for a code
    /// whose rows document none).
    pub fn http_statuses(&self, code: &Code) -> Vec<u16> {
        self.distinct_rows(code, |row| &row.http_status)
            .into_iter()
            .filter_map(|r| self.rows[r].http_status)
            .collect()
    }

    /// The distinct messages of one code, in table order.
    pub fn messages<'a>(&'a self, code: &'a Code) -> Vec<&'a str> {
        self.distinct_rows(code, |row| &row.message)
            .into_iter()
            .map(|r| self.rows[r].message.as_str())
            .collect()
    }

    /// The rows of one code (indices into [`ParsedTable::rows`]) with a `key` no earlier row of
    /// the code has, in table order.
    pub(crate) fn distinct_rows<T: PartialEq + ?Sized>(
        &self,
        code: &Code,
        key: impl Fn(&Row) -> &T,
    ) -> Vec<usize> {
        let mut kept: Vec<usize> = Vec::new();
        for &r in &code.rows {
            if !kept
                .iter()
                .any(|&k| key(&self.rows[k]) == key(&self.rows[r]))
            {
                kept.push(r);
            }
        }
        kept
    }
}
