//! The code lookup a generated table carries: its codes placed in open-addressing slots by
//! the runtime's hash, with the seed that places them best; and a small table's codes by
//! length, for its compiled `match`.

use std::collections::BTreeMap;

/// The runtime's `table::code_hash`, byte for byte: the slots written here are read there.
pub(crate) fn code_hash(seed: u64, code: &[u8]) -> u64 {
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

/// The runtime's `table::slot_of`: a hash's high bits.
pub(crate) fn slot_of(hash: u64, len: usize) -> usize {
    let bits = len.trailing_zeros();
    if bits == 0 {
        return 0;
    }
    (hash >> (64 - bits)) as usize
}

/// How many seeds are tried: the best of a few shortens the longest probe.
const SEEDS: u64 = 16;

/// The slots (a code's index plus one, 0 for empty; at most half full) and the seed for
/// `codes`, trying a few seeds and keeping the one with the shortest longest probe, then the
/// fewest probes in all. No slots for a table whose indices do not fit (`u16`): the runtime
/// then scans.
pub(crate) fn place(codes: &[&str]) -> (Vec<u16>, u64) {
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

/// Up to this many codes, a table's `from_code` is a compiled `match` on the length, then on
/// the code: its constants sit in the instructions, where the slots' lookup chains three
/// loads of data (BENCHMARKS.md, the decisions table).
pub(crate) const SMALL_TABLE: usize = 64;

/// The codes of a small table grouped by length, each with its index; `None` past
/// [`SMALL_TABLE`].
pub(crate) fn by_length<'a>(codes: &[&'a str]) -> Option<BTreeMap<usize, Vec<(&'a str, usize)>>> {
    if codes.len() > SMALL_TABLE {
        return None;
    }
    let mut by_length: BTreeMap<usize, Vec<(&str, usize)>> = BTreeMap::new();
    for (index, code) in codes.iter().enumerate() {
        by_length.entry(code.len()).or_default().push((code, index));
    }
    Some(by_length)
}
