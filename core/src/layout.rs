//! A generated table's data, as the generator writes it ([`encode`]) and the runtime's
//! `Table` reads it: every string a range of one text and every number a little-endian field
//! of a byte string, so that a table holds no pointer per row and compiles as a few literals.
//!
//! - `text`: every code in table order, then each distinct message once, end to end.
//! - `codes`: `u32`s, code `i` is `text[codes[i]..codes[i + 1]]`.
//! - `rows`: [`ROW_BYTES`] per row, grouped by code in table order: the message's start and
//!   end in `text` (`u32`s), the HTTP status (`u16`, 0 for a row whose source documents
//!   none), the retry class
//!   ([`Retry::as_byte`]) and a zero.
//! - `first`: `u32`s, rows `first[i]..first[i + 1]` are code `i`'s.
//! - `slots`: `u16`s, open addressing over [`code_hash`] with `seed`: a code's index plus
//!   one, 0 for an empty slot; a power of two in number, at most half full; empty when the
//!   indices do not fit (the runtime then scans).
//! - `templates`: the template codes' indices, in the order they are tried
//!   ([`template_order`](crate::template::template_order)).

use crate::Retry;

/// The bytes of one row in `rows`.
pub const ROW_BYTES: usize = 12;

/// The `i`th little-endian `u16` of `bytes`.
///
/// # Panics
/// When `bytes` has fewer than `2 * (i + 1)` bytes.
#[inline]
pub fn u16_at(bytes: &[u8], i: usize) -> u16 {
    let at = 2 * i;
    // One bounds check for the word, where indexing each byte checks each.
    let word: [u8; 2] = bytes[at..at + 2].try_into().unwrap_or_default();
    u16::from_le_bytes(word)
}

/// The `i`th little-endian `u32` of `bytes`, as an index.
///
/// # Panics
/// When `bytes` has fewer than `4 * (i + 1)` bytes.
#[inline]
pub fn u32_at(bytes: &[u8], i: usize) -> usize {
    let at = 4 * i;
    let word: [u8; 4] = bytes[at..at + 4].try_into().unwrap_or_default();
    u32::from_le_bytes(word) as usize
}

/// The hash that places codes in a table's slots, seeded: the length and up to three 8-byte
/// words (the first, the last and, past 16 bytes, the middle), each multiplied apart so the
/// products overlap in time. Codes that differ only elsewhere share a hash and probe on.
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
pub fn slot_of(hash: u64, len: usize) -> usize {
    let bits = len.trailing_zeros();
    if bits == 0 {
        return 0;
    }
    (hash >> (64 - bits)) as usize
}

/// How many seeds [`place`] tries: the best of a few shortens the longest probe.
const SEEDS: u64 = 16;

/// The slots and the seed for `codes`, trying a few seeds and keeping the one with the
/// shortest longest probe, then the fewest probes in all. No slots for a table whose
/// indices do not fit a `u16`.
pub fn place(codes: &[&str]) -> (Vec<u16>, u64) {
    if codes.len() >= usize::from(u16::MAX) {
        return (Vec::new(), 0);
    }
    let len = (2 * codes.len()).next_power_of_two().max(2);
    let mut best: Option<((usize, usize), Vec<u16>, u64)> = None;
    for n in 0..SEEDS {
        let seed = n.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let mut slots = vec![0u16; len];
        let (mut longest, mut total) = (0, 0);
        for (index, code) in codes.iter().enumerate() {
            let mut slot = slot_of(code_hash(seed, code.as_bytes()), len);
            let mut probes = 1;
            while slots[slot] != 0 {
                slot = (slot + 1) & (len - 1);
                probes += 1;
            }
            // Fits: `index` is below `u16::MAX`, checked above.
            slots[slot] = index as u16 + 1;
            longest = longest.max(probes);
            total += probes;
        }
        if best
            .as_ref()
            .is_none_or(|(cost, _, _)| (longest, total) < *cost)
        {
            best = Some(((longest, total), slots, seed));
        }
    }
    best.map(|(_, slots, seed)| (slots, seed))
        .unwrap_or_default()
}

/// One row of a code, to encode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RowData<'a> {
    /// The HTTP status the code is sent with; `None` where its source documents none.
    pub http_status: Option<u16>,
    /// The message it is sent with.
    pub message: &'a str,
    /// The code's retry class.
    pub retry: Retry,
}

/// A table's data, laid out as the module's documentation says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Encoded {
    /// Every code, then each distinct message once.
    pub text: String,
    /// Little-endian `u32` offsets of the codes in `text`, one more than codes.
    pub codes: Vec<u8>,
    /// [`ROW_BYTES`] per row.
    pub rows: Vec<u8>,
    /// Little-endian `u32`s: each code's first row, then the number of rows.
    pub first: Vec<u8>,
    /// Little-endian `u16` slots ([`place`]).
    pub slots: Vec<u8>,
    /// The seed the slots were placed with.
    pub seed: u64,
    /// The template codes' indices, most specific first.
    pub templates: Vec<u16>,
}

/// A number as a little-endian `u32`: a table's text offsets and row counts, which a table
/// read from a file of under 4 GiB cannot exceed.
pub fn le_u32(n: usize) -> [u8; 4] {
    u32::try_from(n).unwrap_or(u32::MAX).to_le_bytes()
}

/// Lays out a table: its distinct codes in order, each with its rows in order.
pub fn encode(codes: &[(&str, Vec<RowData<'_>>)]) -> Encoded {
    let mut text = String::new();
    let mut code_at = vec![0];
    for (code, _) in codes {
        text.push_str(code);
        code_at.push(text.len());
    }
    let mut message_at: std::collections::HashMap<&str, (usize, usize)> =
        std::collections::HashMap::new();
    let row_count = codes.iter().map(|(_, rows)| rows.len()).sum::<usize>();
    let mut rows = Vec::with_capacity(ROW_BYTES * row_count);
    let mut first = vec![0];
    for (_, code_rows) in codes {
        for row in code_rows {
            let (start, end) = *message_at.entry(row.message).or_insert_with(|| {
                let start = text.len();
                text.push_str(row.message);
                (start, text.len())
            });
            rows.extend(le_u32(start));
            rows.extend(le_u32(end));
            rows.extend(row.http_status.unwrap_or(0).to_le_bytes());
            rows.push(row.retry.as_byte());
            rows.push(0);
        }
        first.push(rows.len() / ROW_BYTES);
    }
    let names: Vec<&str> = codes.iter().map(|(code, _)| *code).collect();
    let (slots, seed) = place(&names);
    let templates = crate::template::template_order(&names)
        .into_iter()
        // Fits: a table with templates past `u16::MAX` codes is refused by the validator.
        .map(|i| u16::try_from(i).unwrap_or(u16::MAX))
        .collect();
    Encoded {
        text,
        codes: code_at.into_iter().flat_map(le_u32).collect(),
        rows,
        first: first.into_iter().flat_map(le_u32).collect(),
        slots: slots.into_iter().flat_map(u16::to_le_bytes).collect(),
        seed,
        templates,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_lays_out_codes_then_messages_once() {
        let row = |http_status, message, retry| RowData {
            http_status: Some(http_status),
            message,
            retry,
        };
        let data = encode(&[
            (
                "Throttling",
                vec![
                    row(400, "Slow down.", Retry::Throttling),
                    row(429, "Slow down.", Retry::Throttling),
                ],
            ),
            ("Bad.%s", vec![row(400, "Bad %s.", Retry::Never)]),
        ]);
        assert_eq!(data.text, "ThrottlingBad.%sSlow down.Bad %s.");
        assert_eq!((u32_at(&data.codes, 1), u32_at(&data.codes, 2)), (10, 16));
        assert_eq!(data.rows.len(), 3 * ROW_BYTES);
        // Both throttling rows point at one copy of the message.
        assert_eq!(data.rows[..8], data.rows[ROW_BYTES..ROW_BYTES + 8]);
        assert_eq!(u16_at(&data.rows[ROW_BYTES..], 4), 429);
        assert_eq!(data.rows[ROW_BYTES + 10], Retry::Throttling.as_byte());
        assert_eq!([0, 1, 2].map(|i| u32_at(&data.first, i)), [0, 2, 3]);
        assert_eq!(data.templates, [1]);
        // Every code is found in its slots by the hash.
        let len = data.slots.len() / 2;
        for (index, code) in ["Throttling", "Bad.%s"].iter().enumerate() {
            let mut slot = slot_of(code_hash(data.seed, code.as_bytes()), len);
            while usize::from(u16_at(&data.slots, slot)) != index + 1 {
                assert_ne!(u16_at(&data.slots, slot), 0, "{code} not placed");
                slot = (slot + 1) & (len - 1);
            }
        }
    }

    #[test]
    fn short_and_long_codes_hash_by_their_words() {
        assert_eq!(code_hash(0, b"ab"), code_hash(0, b"ab"));
        assert_ne!(code_hash(0, b"ab"), code_hash(1, b"ab"));
        assert_ne!(code_hash(0, b"abcdefgh"), code_hash(0, b"abcdefgi"));
        assert_ne!(
            code_hash(0, b"abcdefgh.middle.ijklmnop"),
            code_hash(0, b"abcdefgh.MIDDLE.ijklmnop")
        );
        assert_eq!(slot_of(u64::MAX, 1), 0);
        assert_eq!(slot_of(u64::MAX, 8), 7);
    }
}
