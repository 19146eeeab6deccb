//! Code lookup over every ECS code plus unknown codes (dotted, wrong case, empty, long):
//! the generated `from_code` against a HashMap, a linear scan of `ALL` and a phf map.

use std::collections::HashMap;
use std::hint::black_box;

use aliyun_errors::ErrorCode;
use aliyun_errors::ecs::EcsError;
use criterion::{Criterion, criterion_group, criterion_main};

include!(concat!(env!("OUT_DIR"), "/phf_codes.rs"));

fn inputs() -> Vec<String> {
    let mut inputs: Vec<String> = EcsError::ALL.iter().map(|e| e.code().to_owned()).collect();
    for unknown in [
        "Throttling.User",
        "MissingParameter.CommandId",
        "InvalidInstanceId.Malformed",
        "throttling",
        "INTERNALERROR",
        "Forbidden.Ram",
        "",
        "X",
    ] {
        inputs.push(unknown.to_owned());
    }
    inputs.push("InvalidParameter.".repeat(12));
    inputs
}

/// Uses the variant found, so that no lookup can be optimized into a mere presence test.
fn score(found: Option<EcsError>) -> usize {
    found.map_or(0, |e| e as usize + 1)
}

fn lookup(c: &mut Criterion) {
    let inputs = inputs();
    let map: HashMap<&'static str, EcsError> =
        EcsError::ALL.iter().map(|e| (e.code(), *e)).collect();
    let mut group = c.benchmark_group("lookup");
    group.bench_function("ours: from_code", |b| {
        b.iter(|| {
            inputs
                .iter()
                .map(|s| score(EcsError::from_code(black_box(s))))
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
                    score(EcsError::ALL.iter().find(|e| e.code() == s).copied())
                })
                .sum::<usize>()
        })
    });
    group.bench_function("baseline: phf map", |b| {
        b.iter(|| {
            inputs
                .iter()
                .map(|s| {
                    score(
                        PHF_CODES
                            .get(black_box(s.as_str()))
                            .map(|&i| EcsError::ALL[i]),
                    )
                })
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = aliyun_errors_benches::criterion();
    targets = lookup
}
criterion_main!(benches);
