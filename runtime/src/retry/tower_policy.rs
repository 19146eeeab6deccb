//! [`TowerPolicy`] (feature `tower`): the same policy as a `tower::retry::Policy`.

use std::future::Future;
use std::time::Duration;

use super::{Decision, FailedAttempt, Idempotency, RetryPolicy};

/// A `tower::retry::Policy` for services whose error is already judged ([`FailedAttempt`]:
/// [`Error`](crate::Error) or [`CallError`](super::CallError)); requests must be `Clone`
/// (tower's rule). `idempotency` tells each request's idempotency; `sleep` is the runtime's
/// (e.g. `tokio::time::sleep`). tower clones the policy per request, so each request counts
/// its own attempts; a budget's clones share one bucket. Time limits are tower's own layers'
/// (`tower::timeout`).
#[derive(Clone, Debug)]
pub struct TowerPolicy<I, S> {
    policy: RetryPolicy,
    idempotency: I,
    sleep: S,
    attempts: u32,
    // What the last retry took from the budget (given back if it succeeds).
    retry_cost: u32,
}

impl<I, S> TowerPolicy<I, S> {
    /// A policy for a tower stack.
    pub fn new(policy: RetryPolicy, idempotency: I, sleep: S) -> Self {
        TowerPolicy {
            policy,
            idempotency,
            sleep,
            attempts: 1,
            retry_cost: 0,
        }
    }
}

impl<Req, Res, Err, I, S, F> tower::retry::Policy<Req, Res, Err> for TowerPolicy<I, S>
where
    Req: Clone,
    Err: FailedAttempt,
    I: Fn(&Req) -> Idempotency,
    S: Fn(Duration) -> F,
    F: Future<Output = ()>,
{
    type Future = F;

    fn retry(&mut self, req: &mut Req, result: &mut Result<Res, Err>) -> Option<F> {
        let failure = match result {
            Ok(_) => {
                if let Some(budget) = self.policy.budget_ref() {
                    budget.record_success(self.retry_cost);
                }
                return None;
            }
            Err(failure) => failure,
        };
        let idempotency = (self.idempotency)(req);
        let Decision::Retry(delay) =
            self.policy
                .decide(self.attempts, failure, idempotency, Duration::ZERO)
        else {
            return None;
        };
        self.retry_cost = self
            .policy
            .budget_ref()
            .map_or(0, |b| b.cost(failure.is_timeout()));
        super::trace_retry(self.attempts, &*failure, delay);
        self.attempts += 1;
        Some((self.sleep)(delay))
    }

    fn clone_request(&mut self, req: &Req) -> Option<Req> {
        Some(req.clone())
    }
}

/// A `tower::retry::RetryLayer` with [`TowerPolicy`].
pub fn layer<I, S>(
    policy: RetryPolicy,
    idempotency: I,
    sleep: S,
) -> tower::retry::RetryLayer<TowerPolicy<I, S>> {
    tower::retry::RetryLayer::new(TowerPolicy::new(policy, idempotency, sleep))
}
