//! Diagnostics: every problem found in a table, as `PATH:LINE: COLUMN: problem`.

use std::fmt;

use crate::model::Location;

/// One problem in a table.
///
/// Displays as `PATH:LINE: COLUMN: problem`, where `PATH` is the table's path as the user
/// wrote it, `LINE` the 1-based line in the file (the header is line 1) and `COLUMN` the
/// column name, or `header`, `row` or `table` for problems that belong to no one column.
/// A problem with the file itself (it cannot be read) has no line: `PATH: problem`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// The table's path, as written by the user.
    pub path: String,
    /// The 1-based line, if the problem has one.
    pub line: Option<u64>,
    /// The column name, or `header`, `row` or `table`.
    pub column: String,
    /// What is wrong (naming any related row as the input names rows).
    pub problem: String,
    /// The other rows the problem is about (the first row of a code whose retry class
    /// differs, the row a duplicate repeats), as data.
    pub related: Vec<Location>,
}

impl Diagnostic {
    pub(crate) fn at(path: &str, line: u64, column: &str, problem: impl Into<String>) -> Self {
        Diagnostic {
            path: path.to_owned(),
            line: Some(line),
            column: column.to_owned(),
            problem: problem.into(),
            related: Vec::new(),
        }
    }

    /// The same problem, about another row too.
    pub(crate) fn related(mut self, location: &Location) -> Self {
        self.related.push(location.clone());
        self
    }

    pub(crate) fn file(path: &str, problem: impl Into<String>) -> Self {
        Diagnostic {
            path: path.to_owned(),
            line: None,
            column: String::new(),
            problem: problem.into(),
            related: Vec::new(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(
                f,
                "{}:{}: {}: {}",
                self.path, line, self.column, self.problem
            ),
            None => write!(f, "{}: {}", self.path, self.problem),
        }
    }
}

/// Every problem found in one or more tables, in file and line order.
///
/// Displays one diagnostic per line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    /// The diagnostics, in order.
    pub fn iter(&self) -> std::slice::Iter<'_, Diagnostic> {
        self.0.iter()
    }

    /// How many problems there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when there is no problem.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, diagnostic) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{diagnostic}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

impl<'a> IntoIterator for &'a Diagnostics {
    type Item = &'a Diagnostic;
    type IntoIter = std::slice::Iter<'a, Diagnostic>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}
