//! A generated table's data, and the lookups every [`ErrorCode`](crate::ErrorCode) shares:
//! generated code writes data, the runtime interprets it.

use crate::entry::{Entry, Retry};

/// A table's rows and its code lookup: what [`ErrorCode::TABLE`](crate::ErrorCode::TABLE)
/// holds. Built by generated code (through the `__private` module). Every string is a
/// range of one text and every number a little-endian field of a byte string, so a table
/// holds no pointer but its own few: a binary does not relocate one per row.
#[derive(Debug)]
pub struct Table {
    /// Every code in variant order, then every distinct message, end to end.
    text: &'static str,
    /// Little-endian `u32`s: code `i` is `text[codes[i]..codes[i + 1]]`.
    codes: &'static [u8],
    /// [`ROW_BYTES`] per row, grouped by code in variant order (a code's rows in table
    /// order): the message's start and end in `text` (`u32`s), the HTTP status (`u16`), the
    /// retry class (a byte, as [`retry_of`] reads it) and a zero.
    rows: &'static [u8],
    /// Little-endian `u32`s: rows `first[i]..first[i + 1]` are the rows of code `i`; one
    /// more offset than codes.
    first: &'static [u8],
    /// Little-endian `u16`s, open addressing over [`code_hash`]: a code's index plus one, 0
    /// for an empty slot; a power of two in number, at most half full. Empty: codes are found
    /// by a scan.
    slots: &'static [u8],
    seed: u64,
}

/// The bytes of one row in [`Table`]'s `rows`.
const ROW_BYTES: usize = 12;

/// A row's retry class from its byte: 1 throttling, 2 transient, 3 conflict, else never.
fn retry_of(byte: u8) -> Retry {
    match byte {
        1 => Retry::Throttling,
        2 => Retry::Transient,
        3 => Retry::Conflict,
        _ => Retry::Never,
    }
}

impl Table {
    /// A table from its parts (see the fields); `slots` as [`code_hash`] with `seed` places
    /// the codes, or empty.
    pub(crate) const fn new(
        text: &'static str,
        codes: &'static [u8],
        rows: &'static [u8],
        first: &'static [u8],
        slots: &'static [u8],
        seed: u64,
    ) -> Table {
        Table {
            text,
            codes,
            rows,
            first,
            slots,
            seed,
        }
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

    /// Row `row`, which belongs to the code at `code`.
    fn row(&self, code: usize, row: usize) -> Entry {
        let at = ROW_BYTES * row;
        let bytes = &self.rows[at..at + ROW_BYTES];
        Entry {
            code: self.code(code),
            http_status: u16::from_le_bytes([bytes[8], bytes[9]]),
            message: self.text_at(u32_at(bytes, 0), u32_at(bytes, 1)),
            retry: retry_of(bytes[10]),
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
/// last word overlapping the one before it).
#[inline]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    let len = a.len();
    if len != b.len() {
        return false;
    }
    let (Some(a_last), Some(b_last)) = (a.last_chunk::<8>(), b.last_chunk::<8>()) else {
        return a.iter().zip(b).all(|(x, y)| x == y);
    };
    a_last == b_last
        && a.chunks_exact(8)
            .zip(b.chunks_exact(8))
            .all(|(x, y)| x.first_chunk::<8>() == y.first_chunk::<8>())
}

/// The `i`th little-endian `u16` of `bytes`: a generated table writes its numbers as byte
/// strings, one literal each, which compile far faster than arrays of integers.
#[inline]
fn u16_at(bytes: &[u8], i: usize) -> u16 {
    u16::from_le_bytes([bytes[2 * i], bytes[2 * i + 1]])
}

/// The `i`th little-endian `u32` of `bytes`, as an index.
#[inline]
fn u32_at(bytes: &[u8], i: usize) -> usize {
    let at = 4 * i;
    u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]) as usize
}

/// The hash that places codes in a table's slots, seeded: the length and up to three 8-byte
/// words (the first, the last and, past 16 bytes, the middle), each multiplied apart so the
/// products overlap in time. Codes that differ only elsewhere share a hash and probe on.
/// The generator holds the same function; `tests/tests/lookup.rs` checks that the two agree.
#[inline]
pub fn code_hash(seed: u64, code: &[u8]) -> u64 {
    const K1: u64 = 0x517c_c1b7_2722_0a95;
    const K2: u64 = 0x9e37_79b9_7f4a_7c15;
    const K3: u64 = 0xc2b2_ae3d_27d4_eb4f;
    let len = code.len();
    let word_at = |at: usize| {
        code.get(at..)
            .and_then(<[u8]>::first_chunk::<8>)
            .map_or(0, |word| u64::from_le_bytes(*word))
    };
    let (first, last, middle) = if len >= 8 {
        let middle = if len > 16 { word_at(len / 2 - 4) } else { 0 };
        (word_at(0), word_at(len - 8), middle)
    } else {
        let mut bytes = [0; 8];
        bytes[..len].copy_from_slice(code);
        (u64::from_le_bytes(bytes), 0, 0)
    };
    (first ^ seed)
        .wrapping_mul(K1)
        .wrapping_add((last ^ len as u64).wrapping_mul(K2))
        .wrapping_add(middle.wrapping_mul(K3))
}

/// The slot a hash starts at in `len` slots (a power of two): the hash's high bits, the
/// best mixed.
#[inline]
pub(crate) fn slot_of(hash: u64, len: usize) -> usize {
    let bits = len.trailing_zeros();
    if bits == 0 {
        return 0;
    }
    (hash >> (64 - bits)) as usize
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
    all: &'static [E],
    /// Little-endian `u16` indices into `all`.
    at: std::slice::ChunksExact<'static, u8>,
}

impl<E: Copy> Codes<E> {
    pub(crate) fn new(all: &'static [E], indices: &'static [u8]) -> Self {
        Codes {
            all,
            at: indices.chunks_exact(2),
        }
    }
}

impl<E: Copy> Iterator for Codes<E> {
    type Item = E;

    fn next(&mut self) -> Option<E> {
        self.at
            .next()
            .map(|i| self.all[usize::from(u16::from_le_bytes([i[0], i[1]]))])
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.at.size_hint()
    }
}

impl<E: Copy> ExactSizeIterator for Codes<E> {}

/// A code's distinct values of one field (its statuses, or its messages), in table order:
/// what [`ErrorCode::http_statuses`](crate::ErrorCode::http_statuses) and
/// [`messages`](crate::ErrorCode::messages) return.
#[derive(Clone, Debug)]
pub struct Distinct<T> {
    /// The rows not yet looked at.
    rows: Rows,
    /// Every row, from the first, and how many of them were looked at.
    all: Rows,
    seen: usize,
    field: fn(Entry) -> T,
}

impl<T: PartialEq> Distinct<T> {
    pub(crate) fn new(rows: Rows, field: fn(Entry) -> T) -> Self {
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
            if !earlier.map(self.field).any(|v| v == value) {
                return Some(value);
            }
        }
        None
    }
}

/// A code's distinct HTTP statuses, in table order.
pub type Statuses = Distinct<u16>;

/// A code's distinct messages, in table order.
pub type Messages = Distinct<&'static str>;
