//! `RetryPolicy::next_delay` (class, idempotency, server delay, capped exponential back-off
//! with full jitter) against the loop an SDK writes by hand: `retry()`, `retry_after()` and a
//! doubling delay without jitter; the same with a shared `Budget`; and the budget's
//! contention, 8 threads taking and giving back tokens of one bucket against 8 threads on
//! one `AtomicU32` counter alone (BENCHMARKS.md states the target).

use std::hint::black_box;
use std::time::Duration;

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

use aliyun_errors::ecs::EcsError;
use aliyun_errors::retry::Budget;
use aliyun_errors::{Error, Idempotency, Retry, RetryPolicy, decode};
use criterion::{Criterion, criterion_group, criterion_main};
use serde::de::IgnoredAny;

fn errors() -> Vec<Error<EcsError>> {
    let bodies: [(u16, &[u8]); 4] = [
        (
            400,
            br#"{"RequestId":"R","Code":"Throttling","Message":"m"}"#,
        ),
        (
            503,
            br#"{"RequestId":"R","Code":"ServiceUnavailable","Message":"m"}"#,
        ),
        (
            400,
            br#"{"RequestId":"R","Code":"InvalidParameter","Message":"m"}"#,
        ),
        (502, b"<html><body>Bad Gateway</body></html>"),
    ];
    bodies
        .iter()
        .map(|(status, body)| decode::<IgnoredAny, EcsError>(*status, None, body).unwrap_err())
        .collect()
}

/// What an SDK writes without the policy: retry what is retryable, double a fixed delay.
fn by_hand(attempts: u32, error: &Error<EcsError>) -> Option<Duration> {
    if attempts >= 4 || error.retry() == Retry::Never {
        return None;
    }
    let computed = Duration::from_millis(200) * (1 << (attempts - 1));
    Some(error.retry_after().unwrap_or(computed))
}

fn retry(c: &mut Criterion) {
    let errors = errors();
    let policy = RetryPolicy::default();
    let mut group = c.benchmark_group("retry/next_delay");
    group.bench_function(
        "ours: RetryPolicy::next_delay (4 errors x 3 attempts)",
        |b| {
            b.iter(|| {
                let mut total = Duration::ZERO;
                for error in &errors {
                    for attempts in 1..=3 {
                        let delay = policy.next_delay(
                            black_box(attempts),
                            black_box(error),
                            Idempotency::Idempotent,
                        );
                        total += delay.unwrap_or_default();
                    }
                }
                total
            })
        },
    );
    group.bench_function("baseline: hand-written retry() + doubling", |b| {
        b.iter(|| {
            let mut total = Duration::ZERO;
            for error in &errors {
                for attempts in 1..=3 {
                    total += by_hand(black_box(attempts), black_box(error)).unwrap_or_default();
                }
            }
            total
        })
    });
    // A budget that never runs dry: every retry takes 5 and gets them back.
    let budget = Budget::builder().capacity(u32::MAX / 2).build();
    let with_budget = RetryPolicy::default().budget(budget.clone());
    group.bench_function(
        "ours: RetryPolicy::next_delay with a Budget (4 errors x 3 attempts)",
        |b| {
            b.iter(|| {
                let mut total = Duration::ZERO;
                for error in &errors {
                    for attempts in 1..=3 {
                        let delay = with_budget.next_delay(
                            black_box(attempts),
                            black_box(error),
                            Idempotency::Idempotent,
                        );
                        total += delay.unwrap_or_default();
                    }
                }
                budget.release(u32::MAX / 4);
                total
            })
        },
    );
    group.finish();

    // Contention: 8 threads, each 10,000 times taking a retry's cost and giving it back.
    let mut group = c.benchmark_group("retry/budget_contention");
    group.sample_size(20);
    group.bench_function(
        "ours: 8 threads x 10,000 acquire + release on one Budget",
        |b| {
            let budget = Budget::default();
            b.iter(|| {
                std::thread::scope(|scope| {
                    for _ in 0..8 {
                        let budget = budget.clone();
                        scope.spawn(move || {
                            for _ in 0..10_000 {
                                if budget.try_acquire(false) {
                                    budget.release(5);
                                }
                            }
                        });
                    }
                })
            })
        },
    );
    group.bench_function(
        "floor: 8 threads x 10,000 fetch_sub + fetch_add on one AtomicU32",
        |b| {
            let counter = Arc::new(AtomicU32::new(500));
            b.iter(|| {
                std::thread::scope(|scope| {
                    for _ in 0..8 {
                        let counter = counter.clone();
                        scope.spawn(move || {
                            for _ in 0..10_000 {
                                counter.fetch_sub(5, Ordering::AcqRel);
                                counter.fetch_add(5, Ordering::AcqRel);
                            }
                        });
                    }
                })
            })
        },
    );
    group.finish();
}

criterion_group!(benches, retry);
criterion_main!(benches);
