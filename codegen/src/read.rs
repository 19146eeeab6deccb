//! Parse step: CSV bytes into raw rows (strings, with line numbers), checking the header.

use crate::diag::Diagnostic;

/// The columns of a table, in the order the header must list them. The last two are
/// optional: `apis` (the space-separated names of the APIs that document the row) and
/// `source` (the documentation page or official SDK file the row comes from).
pub const COLUMNS: [&str; 6] = ["code", "http_status", "message", "retry", "apis", "source"];

/// How many of [`COLUMNS`] every table has.
pub(crate) const REQUIRED_COLUMNS: usize = 4;

/// A row as written, before validation. A field is `None` when its column is missing.
#[derive(Debug)]
pub(crate) struct RawRow {
    /// The 1-based line in the file (for `#[derive(ErrorCode)]`: the row's ordinal).
    pub line: u64,
    /// The variant the user named for this row (`#[derive(ErrorCode)]`); `None` for a
    /// table, where the variant is derived from the code.
    pub variant: Option<String>,
    pub code: Option<String>,
    pub http_status: Option<String>,
    pub message: Option<String>,
    pub retry: Option<String>,
    /// The `apis` cell; `None` in a table without the column.
    pub apis: Option<String>,
    /// The `source` cell; `None` in a table without the column.
    pub source: Option<String>,
}

/// Reads the rows of one table, pushing every header and row-shape problem onto `diags`.
/// A file with no rows below its header is returned with `empty` set to the diagnostic
/// to report if no merged file has rows either (a product may document no code of its own).
pub(crate) fn read_rows(
    path: &str,
    bytes: &[u8],
    diags: &mut Vec<Diagnostic>,
    empty: &mut Option<Diagnostic>,
) -> Vec<RawRow> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut header = csv::ByteRecord::new();
    match reader.read_byte_record(&mut header) {
        Ok(true) => {}
        Err(err) => {
            diags.push(Diagnostic::at(
                path,
                line_of(&err),
                "header",
                err.to_string(),
            ));
            return Vec::new();
        }
        Ok(false) => {
            diags.push(Diagnostic::at(
                path,
                1,
                "header",
                format!("empty file, expected the header {}", header_text()),
            ));
            return Vec::new();
        }
    }
    // csv's own line counter skips CRLF line ends; count '\n's before each record instead.
    let mut lines = LineCounter::new(bytes);
    let header_line = lines.line_at(header.position());
    let index = column_index(path, header_line, &header, diags);

    let mut rows = Vec::new();
    let mut records_seen = 0usize;
    // One record, refilled row after row.
    let mut record = csv::ByteRecord::new();
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(true) => records_seen += 1,
            Ok(false) => break,
            Err(err) => {
                // The csv crate reports no recoverable error for in-memory input; stop here.
                records_seen += 1;
                diags.push(Diagnostic::at(path, line_of(&err), "row", err.to_string()));
                break;
            }
        }
        let line = lines.line_at(record.position());
        if record.len() != header.len() {
            diags.push(Diagnostic::at(
                path,
                line,
                "row",
                format!("expected {} fields, found {}", header.len(), record.len()),
            ));
            continue;
        }
        let mut fields: [Option<String>; 6] = Default::default();
        let mut utf8_ok = true;
        for (slot, (column, at)) in fields.iter_mut().zip(COLUMNS.iter().zip(index)) {
            let Some(at) = at else { continue };
            match std::str::from_utf8(&record[at]) {
                Ok(text) => *slot = Some(text.to_owned()),
                Err(err) => {
                    let problem = format!("not valid UTF-8 (byte {})", err.valid_up_to());
                    diags.push(Diagnostic::at(path, line, column, problem));
                    utf8_ok = false;
                }
            }
        }
        if utf8_ok {
            let [code, http_status, message, retry, apis, source] = fields;
            rows.push(RawRow {
                line,
                variant: None,
                code,
                http_status,
                message,
                retry,
                apis,
                source,
            });
        }
    }
    if records_seen == 0 {
        *empty = Some(Diagnostic::at(
            path,
            header_line,
            "table",
            "no rows below the header",
        ));
    }
    rows
}

/// Maps each known column to its position in the header, reporting missing, unknown,
/// repeated and out-of-order columns.
fn column_index(
    path: &str,
    line: u64,
    header: &csv::ByteRecord,
    diags: &mut Vec<Diagnostic>,
) -> [Option<usize>; 6] {
    let mut index = [None; 6];
    for (at, name) in header.iter().enumerate() {
        let name = String::from_utf8_lossy(name);
        match COLUMNS.iter().position(|c| *c == name) {
            Some(known) if index[known].is_some() => {
                diags.push(Diagnostic::at(
                    path,
                    line,
                    "header",
                    format!("column \"{name}\" appears twice"),
                ));
            }
            Some(known) => index[known] = Some(at),
            None => diags.push(Diagnostic::at(
                path,
                line,
                "header",
                format!("unknown column \"{name}\", expected {}", header_text()),
            )),
        }
    }
    for (column, at) in COLUMNS.iter().zip(index).take(REQUIRED_COLUMNS) {
        if at.is_none() {
            diags.push(Diagnostic::at(
                path,
                line,
                "header",
                format!("missing column \"{column}\""),
            ));
        }
    }
    let present: Vec<usize> = index.iter().flatten().copied().collect();
    let required_present = index[..REQUIRED_COLUMNS].iter().all(Option::is_some);
    if required_present && present.windows(2).any(|w| w[0] > w[1]) {
        diags.push(Diagnostic::at(
            path,
            line,
            "header",
            format!("columns out of order, expected {}", header_text()),
        ));
    }
    index
}

/// `code,http_status,message,retry[,apis][,source]`.
fn header_text() -> String {
    let optional: String = COLUMNS[REQUIRED_COLUMNS..]
        .iter()
        .map(|c| format!("[,{c}]"))
        .collect();
    format!("{}{optional}", COLUMNS[..REQUIRED_COLUMNS].join(","))
}

fn line_of(err: &csv::Error) -> u64 {
    err.position().map_or(1, |p| p.line())
}

/// The 1-based line of a byte offset, for offsets given in increasing order.
struct LineCounter<'a> {
    bytes: &'a [u8],
    offset: usize,
    line: u64,
}

impl<'a> LineCounter<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        LineCounter {
            bytes,
            offset: 0,
            line: 1,
        }
    }

    fn line_at(&mut self, position: Option<&csv::Position>) -> u64 {
        let target = position.map_or(self.offset, |p| p.byte() as usize);
        let mut target = target.clamp(self.offset, self.bytes.len());
        // With CRLF, a record's offset can point at the '\n' that ends the previous line.
        while self
            .bytes
            .get(target)
            .is_some_and(|b| matches!(b, b'\r' | b'\n'))
        {
            target += 1;
        }
        let newlines = self.bytes[self.offset..target]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        self.line += newlines as u64;
        self.offset = target;
        self.line
    }
}
