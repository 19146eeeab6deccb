//! `RetryPolicy::next_delay` (class, idempotency, server delay, capped exponential back-off
//! with full jitter) against the loop an SDK writes by hand: `retry()`, `retry_after()` and a
//! doubling delay without jitter. Target: under 50 ns, no allocation.

use std::hint::black_box;
use std::time::Duration;

use aliyun_errors::ecs::EcsError;
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
    group.finish();
}

criterion_group!(benches, retry);
criterion_main!(benches);
