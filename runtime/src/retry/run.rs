//! [`run`]: the retry loop, driven by the caller's runtime through its `sleep`.

use std::future::{Future, poll_fn};
use std::pin::pin;
use std::task::Poll;
use std::time::Duration;

use super::{Decision, FailedAttempt, Idempotency, RetryPolicy, Stop, TimedOut};

/// What [`run`] did: the final result, the attempts made, the waits and the time spent.
#[derive(Debug)]
pub struct Retried<T, Err> {
    /// The last attempt's result.
    pub result: Result<T, Err>,
    /// How many calls were made (at least 1).
    pub attempts: u32,
    /// The total time slept between attempts.
    pub waited: Duration,
    /// The time the whole call took, by the policy's clock.
    pub elapsed: Duration,
    /// Why the loop gave up; `None` when the last attempt succeeded.
    pub stop: Option<Stop>,
}

impl<T, Err> Retried<T, Err> {
    /// True when the shared budget refused the retry that would have come next.
    pub fn budget_exhausted(&self) -> bool {
        self.stop == Some(Stop::BudgetExhausted)
    }
}

/// Calls `op(attempt)` (1, 2, …) until it succeeds or the policy gives up, sleeping with the
/// caller's `sleep` (e.g. `tokio::time::sleep`) between attempts.
///
/// With [`RetryPolicy::attempt_timeout`] or [`RetryPolicy::max_elapsed`], each attempt races
/// the caller's `sleep` of what it may take: a slower attempt is dropped and its result is a
/// [`TimedOut`] (hence `Err: From<TimedOut>`), retried as a transport timeout. No wait
/// passes `max_elapsed`. A request with a `ClientToken` must be repeated with the same
/// token: build it once, outside `op`. With the `tracing` feature, each retry logs one event
/// (attempt, code, RequestId, delay), inside
/// the caller's span: name the action there (`tracing::info_span!("DescribeInstances")`).
pub async fn run<T, Err, Op, Fut, Sleep, SleepFut>(
    policy: &RetryPolicy,
    idempotency: Idempotency,
    mut sleep: Sleep,
    mut op: Op,
) -> Retried<T, Err>
where
    Err: FailedAttempt + From<TimedOut>,
    Op: FnMut(u32) -> Fut,
    Fut: Future<Output = Result<T, Err>>,
    Sleep: FnMut(Duration) -> SleepFut,
    SleepFut: Future<Output = ()>,
{
    let (attempt_timeout, max_elapsed) = policy.limits();
    let started = policy.now();
    let elapsed = || policy.now().saturating_duration_since(started);
    let mut waited = Duration::ZERO;
    let mut attempts = 0;
    let mut retry_cost = 0;
    loop {
        attempts += 1;
        // What this attempt may take: its own limit, and what is left of the call's.
        let left = max_elapsed.map(|limit| limit.saturating_sub(elapsed()));
        let allowed = match (attempt_timeout, left) {
            (Some(a), Some(l)) => Some(a.min(l)),
            (a, l) => a.or(l),
        };
        let result = match allowed {
            Some(after) => race(op(attempts), sleep(after))
                .await
                .unwrap_or_else(|| Err(TimedOut { after }.into())),
            None => op(attempts).await,
        };
        let failure = match &result {
            Ok(_) => {
                if let Some(budget) = policy.budget_ref() {
                    budget.record_success(retry_cost);
                }
                return Retried {
                    result,
                    attempts,
                    waited,
                    elapsed: elapsed(),
                    stop: None,
                };
            }
            Err(failure) => failure,
        };
        let delay = match policy.decide(attempts, failure, idempotency, elapsed()) {
            Decision::Retry(delay) => delay,
            Decision::Stop(stop) => {
                return Retried {
                    result,
                    attempts,
                    waited,
                    elapsed: elapsed(),
                    stop: Some(stop),
                };
            }
        };
        retry_cost = policy
            .budget_ref()
            .map_or(0, |b| b.cost(failure.is_timeout()));
        super::trace_retry(attempts, failure, delay);
        sleep(delay).await;
        waited += delay;
    }
}

/// The first of two futures to finish: `Some` with the attempt's output, `None` when the
/// timer finished first (the attempt is then dropped).
async fn race<A: Future, B: Future>(attempt: A, timer: B) -> Option<A::Output> {
    let mut attempt = pin!(attempt);
    let mut timer = pin!(timer);
    poll_fn(|cx| {
        if let Poll::Ready(output) = attempt.as_mut().poll(cx) {
            return Poll::Ready(Some(output));
        }
        if timer.as_mut().poll(cx).is_ready() {
            return Poll::Ready(None);
        }
        Poll::Pending
    })
    .await
}
