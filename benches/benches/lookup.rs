//! Code lookup over every code of a table plus unknown codes (dotted, wrong case, empty,
//! long): the generated `from_code` against a HashMap, a linear scan of `ALL` and a phf map;
//! on the return-results table (41 codes, the ECS enum before the catalog), on ActionTrail's
//! enum (as large as a table looked up by a compiled `match` gets) and on the whole ECS enum
//! (every code of `spec/ecs.csv`, the POP gateway's and `spec/ecs-api.csv`). For the first
//! two, the slots' lookup that larger tables use is a baseline of its own.

use std::collections::HashMap;
use std::hint::black_box;

use aliyun_errors::ErrorCode;
use aliyun_errors::actiontrail::ActiontrailError;
use aliyun_errors::ecs::EcsError;
use aliyun_errors_benches::lookup_inputs;
use criterion::{Criterion, criterion_group, criterion_main};

include!(concat!(env!("OUT_DIR"), "/phf_codes.rs"));

/// The return-results table alone (41 codes), as the ECS enum was before the catalog: in the
/// benchmark's own crate, as a user's `#[error_table]` is.
#[aliyun_errors::error_table(csv = "../spec/ecs.csv")]
pub enum ReturnResultsError {}

/// Uses the variant found, so that no lookup can be optimized into a mere presence test.
fn score<E: ErrorCode>(found: Option<E>) -> usize {
    found.map_or(0, |e| e.code().len() + 1)
}

/// `from_code` as a table past the small-table size has it (`ErrorCode`'s provided method):
/// the slots' lookup.
fn slots_lookup<E: ErrorCode>(code: &str) -> Option<E> {
    E::TABLE.find(code).map(|i| E::ALL[i])
}

fn lookup_in<E: ErrorCode>(
    c: &mut Criterion,
    name: &str,
    phf: &'static phf::Map<&'static str, usize>,
) {
    let inputs = lookup_inputs::<E>();
    let map: HashMap<&'static str, E> = E::ALL.iter().map(|e| (e.code(), *e)).collect();
    let mut group = c.benchmark_group(format!("lookup/{name}"));
    group.bench_function("ours: from_code", |b| {
        b.iter(|| {
            inputs
                .iter()
                .map(|s| score(E::from_code(black_box(s))))
                .sum::<usize>()
        })
    });
    // What `from_code` is for a table past the small-table size: what it replaces below it.
    group.bench_function("baseline: the slots' lookup (Table::find)", |b| {
        b.iter(|| {
            inputs
                .iter()
                .map(|s| score(slots_lookup::<E>(black_box(s))))
                .sum::<usize>()
        })
    });
    group.bench_function("baseline: HashMap<&str, E>", |b| {
        b.iter(|| {
            inputs
                .iter()
                .map(|s| score(map.get(black_box(s.as_str())).copied()))
                .sum::<usize>()
        })
    });
    group.bench_function("baseline: linear scan of ALL", |b| {
        b.iter(|| {
            inputs
                .iter()
                .map(|s| {
                    let s = black_box(s.as_str());
                    score(E::ALL.iter().find(|e| e.code() == s).copied())
                })
                .sum::<usize>()
        })
    });
    group.bench_function("baseline: phf map", |b| {
        b.iter(|| {
            inputs
                .iter()
                .map(|s| score(phf.get(black_box(s.as_str())).map(|&i| E::ALL[i])))
                .sum::<usize>()
        })
    });
    group.finish();
}

fn lookup(c: &mut Criterion) {
    lookup_in::<ReturnResultsError>(c, "return_results_41", &PHF_RETURN_RESULTS);
    lookup_in::<ActiontrailError>(c, "actiontrail_64", &PHF_ACTIONTRAIL);
    lookup_in::<EcsError>(c, "ecs", &PHF_ECS);
}

criterion_group! {
    name = benches;
    config = aliyun_errors_benches::criterion();
    targets = lookup
}
criterion_main!(benches);
