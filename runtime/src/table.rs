//! A table's data, and the lookups every [`ErrorCode`](crate::ErrorCode) shares: generated
//! code (or a tool, at run time) writes data, the runtime interprets it.

use aliyun_errors_core::layout::{Encoded, ROW_BYTES, code_hash, slot_of, u16_at, u32_at};

use crate::decode::Style;
use crate::entry::{Entry, Retry, select_entry};

/// A table's rows and its code lookup: what [`ErrorCode::TABLE`](crate::ErrorCode::TABLE)
/// holds, laid out as [`aliyun_errors_core::layout`] says. Built by generated code (through
/// the `__private` module), or at run time from data by [`Table::leak`]; the lookups
/// [`ErrorCode`](crate::ErrorCode)'s methods answer with are this type's, so that a table
/// read at run time answers as a generated enum does.
#[derive(Debug)]
pub struct Table {
    text: &'static str,
    codes: &'static [u8],
    rows: &'static [u8],
    first: &'static [u8],
    slots: &'static [u8],
    seed: u64,
    /// The template codes' indices, most specific first.
    templates: &'static [u16],
    /// The envelope style whose retry rules the product's errors follow, whatever shape a
    /// body takes; `None`: the body's own style decides.
    style: Option<Style>,
}

impl Table {
    /// A table without codes, for a type whose table is supplied at run time
    /// ([`ErrorCode::table_data`](crate::ErrorCode::table_data)) to name as its `TABLE`.
    pub const EMPTY: Table = Table::new("", &[], &[], &[0; 4], &[], 0, &[], None);

    /// A table from its parts (see [`aliyun_errors_core::layout`]).
    #[allow(clippy::too_many_arguments)] // The layout's fields, one argument each.
    pub(crate) const fn new(
        text: &'static str,
        codes: &'static [u8],
        rows: &'static [u8],
        first: &'static [u8],
        slots: &'static [u8],
        seed: u64,
        templates: &'static [u16],
        style: Option<Style>,
    ) -> Table {
        Table {
            text,
            codes,
            rows,
            first,
            slots,
            seed,
            templates,
            style,
        }
    }

    /// A table built at run time from data ([`aliyun_errors_core::layout::encode`]), for a
    /// tool that loads tables it did not compile (the CLI reads every product's this way).
    /// Its data is leaked to live as long as the program: build each table once.
    ///
    /// ```
    /// use aliyun_errors::{Retry, Table};
    /// use aliyun_errors_core::layout::{RowData, encode};
    ///
    /// let row = |status, message| RowData { http_status: Some(status), message, retry: Retry::Never };
    /// let data = encode(&[("Forbidden.RAM", vec![row(403, "User not authorized.")]),
    ///                     ("Invalid.%s", vec![row(400, "%s is not valid.")])]);
    /// let table = Table::leak(data, None);
    /// assert_eq!(table.find("Forbidden.RAM"), Some(0));
    /// assert_eq!(table.known("Invalid.RegionId"), Some(1));
    /// assert_eq!(table.family_of("Forbidden.RAM.Extra"), Some(0));
    /// assert_eq!(table.entry(1, Some(400), None).message, "%s is not valid.");
    /// ```
    pub fn leak(data: Encoded, style: Option<Style>) -> &'static Table {
        let leak_bytes = |bytes: Vec<u8>| -> &'static [u8] { Vec::leak(bytes) };
        Box::leak(Box::new(Table {
            text: String::leak(data.text),
            codes: leak_bytes(data.codes),
            rows: leak_bytes(data.rows),
            first: leak_bytes(data.first),
            slots: leak_bytes(data.slots),
            seed: data.seed,
            templates: Vec::leak(data.templates),
            style,
        }))
    }

    /// Every row, grouped by code in variant order.
    pub fn rows(&'static self) -> Rows {
        Rows {
            table: self,
            code: 0,
            at: 0,
            end: self.rows.len() / ROW_BYTES,
        }
    }

    /// How many codes the table has.
    pub fn len(&self) -> usize {
        (self.first.len() / 4).saturating_sub(1)
    }

    /// True for a table without codes (generated tables always have some).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The envelope style whose retry rules the table's errors follow whatever shape a body
    /// takes (OSS's, the log service's, …); `None` where the body's own style decides.
    pub fn style(&self) -> Option<Style> {
        self.style
    }

    /// The rows of the code at `index` (its variant's position), never empty.
    ///
    /// # Panics
    /// When `index` is not below [`len`](Self::len).
    pub fn rows_of(&'static self, index: usize) -> Rows {
        Rows {
            table: self,
            code: index,
            at: u32_at(self.first, index),
            end: u32_at(self.first, index + 1),
        }
    }

    /// The first row of the code at `index`.
    ///
    /// # Panics
    /// When `index` is not below [`len`](Self::len).
    pub fn first_row(&self, index: usize) -> Entry {
        self.row(index, u32_at(self.first, index))
    }

    /// The row of the code at `index` that a response matches: the row whose status and
    /// message match (quotes, white space and a trailing period folded; `%s` any text); else
    /// the first row with that status; else the first.
    ///
    /// # Panics
    /// When `index` is not below [`len`](Self::len).
    pub fn entry(
        &'static self,
        index: usize,
        http_status: Option<u16>,
        message: Option<&str>,
    ) -> Entry {
        select_entry(self.rows_of(index), http_status, message)
            .unwrap_or_else(|| self.first_row(index))
    }

    /// The code at `index` (its variant's position).
    ///
    /// # Panics
    /// When `index` is not below [`len`](Self::len).
    #[inline]
    pub fn code(&self, index: usize) -> &'static str {
        self.text_at(u32_at(self.codes, index), u32_at(self.codes, index + 1))
    }

    /// The code at `index` as bytes: what lookups compare, without `str`'s boundary checks.
    #[inline]
    fn code_bytes(&self, index: usize) -> &'static [u8] {
        let (start, end) = (u32_at(self.codes, index), u32_at(self.codes, index + 1));
        self.text.as_bytes().get(start..end).unwrap_or_default()
    }

    /// RowData `row`, which belongs to the code at `code`.
    fn row(&self, code: usize, row: usize) -> Entry {
        let at = ROW_BYTES * row;
        let bytes = &self.rows[at..at + ROW_BYTES];
        Entry {
            code: self.code(code),
            // 0: the row's source documents no status (the layout's encoding of `None`).
            http_status: std::num::NonZeroU16::new(u16::from_le_bytes([bytes[8], bytes[9]]))
                .map(std::num::NonZeroU16::get),
            message: self.text_at(u32_at(bytes, 0), u32_at(bytes, 1)),
            retry: Retry::from_byte(bytes[10]),
        }
    }

    /// `text[start..end]`; empty where the range is not one (generated tables never).
    #[inline]
    fn text_at(&self, start: usize, end: usize) -> &'static str {
        self.text.get(start..end).unwrap_or_default()
    }

    /// The index of a code, compared exactly.
    #[inline]
    pub fn find(&self, code: &str) -> Option<usize> {
        let code = code.as_bytes();
        if self.slots.is_empty() {
            return (0..self.len()).find(|&i| self.code_bytes(i) == code);
        }
        let len = self.slots.len() / 2;
        let mut slot = slot_of(code_hash(self.seed, code), len);
        loop {
            let index = usize::from(u16_at(self.slots, slot)).checked_sub(1)?;
            if same_bytes(self.code_bytes(index), code) {
                return Some(index);
            }
            slot = (slot + 1) & (len - 1);
        }
    }

    /// The index of the most specific template code that `code` fits
    /// ([`template_matches`](crate::template_matches)), trying the longest literal text
    /// first.
    pub fn find_template(&self, code: &str) -> Option<usize> {
        self.templates
            .iter()
            .map(|&i| usize::from(i))
            .find(|&i| crate::template_matches(self.code(i), code))
    }

    /// The template codes' indices, in the order [`find_template`](Self::find_template)
    /// tries them.
    pub fn templates(&self) -> impl ExactSizeIterator<Item = usize> + '_ {
        self.templates.iter().map(|&i| usize::from(i))
    }

    /// How a code as sent is known: its own index, else its template's.
    pub fn known(&self, code: &str) -> Option<usize> {
        self.find(code).or_else(|| self.find_template(code))
    }

    /// The retry class of an error that came with `code` and `http_status`, by the one rule
    /// ([`error_class`](crate::retry::error_class)): the class of the code's row, its
    /// template's or its family's; the rules of the table's style where it has one, else of
    /// `envelope` (the body's; `None`: no family's rules); `throttled` after
    /// `x-acs-retry-after`. [`ApiError::retry`](crate::ApiError::retry) answers with it.
    pub fn retry_of(
        &self,
        code: &str,
        http_status: u16,
        envelope: Option<Style>,
        throttled: bool,
    ) -> Retry {
        let row = self
            .known(code)
            .or_else(|| self.family_of(code))
            .map(|index| self.first_row(index).retry);
        let style = envelope.map(|envelope| self.rules_style(envelope));
        crate::retry::error_class(row, style, code, http_status, throttled)
    }

    /// The style whose family rules apply to this table's errors when they came in an
    /// `envelope` of that style: the table's own ([`style`](Self::style)), else the envelope's.
    pub fn rules_style(&self, envelope: Style) -> Style {
        self.style.unwrap_or(envelope)
    }

    /// For a code the table does not know, its family: the longest proper prefix at a dot
    /// that the table knows exactly (`Throttling.User.Extra` → `Throttling.User`).
    pub fn family_of(&self, code: &str) -> Option<usize> {
        family_of(code, |prefix| self.find(prefix))
    }
}

/// The longest proper prefix of `code` at a dot that `find` knows: the family rule, written
/// once for the table's lookup and for an enum's own `from_code`.
pub(crate) fn family_of<T>(code: &str, find: impl Fn(&str) -> Option<T>) -> Option<T> {
    code.rmatch_indices('.')
        .find_map(|(at, _)| find(&code[..at]))
}

/// Rows of a table, in order: what [`ErrorCode::entries`](crate::ErrorCode::entries) and
/// [`ErrorCode::table`](crate::ErrorCode::table) return.
#[derive(Clone, Debug)]
pub struct Rows {
    table: &'static Table,
    /// The code of row `at`, or one before it (stepped forward as rows pass).
    code: usize,
    at: usize,
    end: usize,
}

impl Iterator for Rows {
    type Item = Entry;

    fn next(&mut self) -> Option<Entry> {
        if self.at >= self.end {
            return None;
        }
        while u32_at(self.table.first, self.code + 1) <= self.at {
            self.code += 1;
        }
        let row = self.table.row(self.code, self.at);
        self.at += 1;
        Some(row)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.end.saturating_sub(self.at);
        (left, Some(left))
    }
}

impl ExactSizeIterator for Rows {}

impl std::iter::FusedIterator for Rows {}

/// `a == b`, compared eight bytes at a time inline rather than through a `memcmp` call (the
/// last word first, overlapping the one before it).
#[inline]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    let len = a.len();
    if len != b.len() {
        return false;
    }
    if len < 8 {
        return a == b;
    }
    let word = |bytes: &[u8], at: usize| -> u64 {
        bytes
            .get(at..at + 8)
            .and_then(|w| w.try_into().ok())
            .map_or(0, u64::from_le_bytes)
    };
    let last = len - 8;
    if word(a, last) != word(b, last) {
        return false;
    }
    let mut at = 0;
    while at < last {
        if word(a, at) != word(b, at) {
            return false;
        }
        at += 8;
    }
    true
}

/// The APIs of a table with the `apis` column, each name stored once, with each API's
/// codes: what [`ErrorCode::API_INDEX`](crate::ErrorCode::API_INDEX) holds.
#[derive(Debug)]
pub struct ApiIndex {
    /// Every API name, sorted.
    names: &'static [&'static str],
    /// Little-endian `u16`s: per API (as `names`), its codes' indices in ascending (table)
    /// order; API `i`'s are `codes[first[i]..first[i + 1]]`, `first` little-endian `u32`s.
    codes: &'static [u8],
    first: &'static [u8],
}

impl ApiIndex {
    /// The index of a table without the `apis` column.
    pub const EMPTY: ApiIndex = ApiIndex {
        names: &[],
        codes: &[],
        first: &[0; 4],
    };

    pub(crate) const fn new(
        names: &'static [&'static str],
        codes: &'static [u8],
        first: &'static [u8],
    ) -> ApiIndex {
        ApiIndex {
            names,
            codes,
            first,
        }
    }

    /// Every API the table names, sorted.
    pub fn names(&self) -> &'static [&'static str] {
        self.names
    }

    /// API `api`'s codes, as little-endian `u16`s.
    fn codes_at(&self, api: usize) -> &'static [u8] {
        &self.codes[2 * u32_at(self.first, api)..2 * u32_at(self.first, api + 1)]
    }

    /// The APIs of the code at `index`, sorted; none for a table without the column.
    pub fn apis_of(&'static self, index: usize) -> Apis {
        Apis {
            index: self,
            code: index,
            api: 0,
        }
    }

    /// The indices of an API's codes (little-endian `u16`s), in table order; none for an
    /// unknown API.
    pub(crate) fn codes_of(&self, api: &str) -> &'static [u8] {
        match self.names.binary_search(&api) {
            Ok(i) => self.codes_at(i),
            Err(_) => &[],
        }
    }
}

/// The APIs that document a code, sorted: what [`ErrorCode::apis`](crate::ErrorCode::apis)
/// returns.
#[derive(Clone, Debug)]
pub struct Apis {
    index: &'static ApiIndex,
    code: usize,
    /// The next API to look at.
    api: usize,
}

impl Iterator for Apis {
    type Item = &'static str;

    fn next(&mut self) -> Option<&'static str> {
        while let Some(name) = self.index.names.get(self.api) {
            let codes = self.index.codes_at(self.api);
            self.api += 1;
            if (0..codes.len() / 2).any(|i| usize::from(u16_at(codes, i)) == self.code) {
                return Some(name);
            }
        }
        None
    }
}

/// The codes an API documents, in table order: what
/// [`ErrorCode::of_api`](crate::ErrorCode::of_api) returns.
#[derive(Clone, Debug)]
pub struct Codes<E: 'static> {
    from_index: fn(usize) -> E,
    /// Little-endian `u16` indices of the table's codes.
    at: std::slice::ChunksExact<'static, u8>,
}

impl<E: Copy> Codes<E> {
    pub(crate) fn new(from_index: fn(usize) -> E, indices: &'static [u8]) -> Self {
        Codes {
            from_index,
            at: indices.chunks_exact(2),
        }
    }
}

impl<E: Copy> Iterator for Codes<E> {
    type Item = E;

    fn next(&mut self) -> Option<E> {
        self.at
            .next()
            .map(|i| (self.from_index)(usize::from(u16::from_le_bytes([i[0], i[1]]))))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.at.size_hint()
    }
}

impl<E: Copy> ExactSizeIterator for Codes<E> {}

/// A code's distinct values of one field (its documented statuses, or its messages), in
/// table order: what [`ErrorCode::http_statuses`](crate::ErrorCode::http_statuses) and
/// [`messages`](crate::ErrorCode::messages) return. A row without the field (a status its
/// source does not document) gives no value.
#[derive(Clone, Debug)]
pub struct Distinct<T> {
    /// The rows not yet looked at.
    rows: Rows,
    /// Every row, from the first, and how many of them were looked at.
    all: Rows,
    seen: usize,
    field: fn(Entry) -> Option<T>,
}

impl<T: PartialEq> Distinct<T> {
    pub(crate) fn new(rows: Rows, field: fn(Entry) -> Option<T>) -> Self {
        Distinct {
            all: rows.clone(),
            rows,
            seen: 0,
            field,
        }
    }
}

impl<T: PartialEq> Iterator for Distinct<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        for row in self.rows.by_ref() {
            let value = (self.field)(row);
            let earlier = self.all.clone().take(self.seen);
            self.seen += 1;
            if value.is_some() && !earlier.map(self.field).any(|v| v == value) {
                return value;
            }
        }
        None
    }
}

/// A code's distinct documented HTTP statuses, in table order.
pub type Statuses = Distinct<u16>;

/// A code's distinct messages, in table order.
pub type Messages = Distinct<&'static str>;
