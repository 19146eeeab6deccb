//! The code lookup a generated table carries: its codes placed in open-addressing slots by
//! the runtime's hash, with the seed that places them best.

/// The runtime's `table::code_hash`, byte for byte: the slots written here are read there.
pub(crate) fn code_hash(seed: u64, code: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mix = |h: u64, word: u64| (h.rotate_left(5) ^ word).wrapping_mul(K);
    let mut hash = mix(seed, code.len() as u64);
    let mut words = code.chunks_exact(8);
    for word in &mut words {
        let mut bytes = [0; 8];
        bytes.copy_from_slice(word);
        hash = mix(hash, u64::from_le_bytes(bytes));
    }
    let rest = words.remainder();
    if !rest.is_empty() {
        let mut bytes = [0; 8];
        bytes[..rest.len()].copy_from_slice(rest);
        hash = mix(hash, u64::from_le_bytes(bytes));
    }
    hash
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
