//! [`RetryPolicy`]: whether, and after how long, to retry one failed attempt.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::budget::Budget;
use super::{FailedAttempt, Idempotency};
use crate::entry::Retry;

/// Why a policy gives up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Stop {
    /// The failure's class is `never`, or it is transient and the call not idempotent.
    NotRetryable,
    /// The attempt was the last one allowed.
    AttemptsExhausted,
    /// The server asked for a wait over [`RetryPolicy::max_server_delay`].
    ServerDelayTooLong,
    /// The wait would pass [`RetryPolicy::max_elapsed`].
    DeadlineReached,
    /// The shared [`Budget`] had no tokens left for this retry.
    BudgetExhausted,
}

/// What a policy decides after a failed attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Decision {
    /// Retry after this wait.
    Retry(Duration),
    /// Give up.
    Stop(Stop),
}

/// A caller's classifier: consulted first; `None` falls through to the policy's rules.
type Classifier = Arc<dyn Fn(&dyn FailedAttempt) -> Option<Retry> + Send + Sync>;

/// When and how long to wait before the next attempt: the official SDKs' rules, and what a
/// fleet needs besides.
///
/// - At most [`max_attempts`](Self::max_attempts) calls in all (default 4: three retries).
/// - The class of a failure is, in order: the caller's [`classifier`](Self::classifier),
///   the codes given to [`classify`](Self::classify), then the failure's own class
///   ([`FailedAttempt::retry`]: for a response, the one rule of
///   [`error_class`](super::error_class) that `ApiError::retry` answers with: the family's
///   rules (OSS, log service, Function Compute, Model Studio: README's table), the table's
///   class, the status's).
/// - Throttling is retried whatever the idempotency (the gateway refused the call before it
///   ran), and so is a state conflict ([`Retry::Conflict`]: the server refused the call
///   because a resource is changing). A transient error, an unrecognized 5xx and a
///   transport failure or timeout are retried only for an idempotent call. `never` is not
///   retried.
/// - A delay the server gave (`x-acs-retry-after`, `Retry-After`) is used as it is; one over
///   [`max_server_delay`](Self::max_server_delay) (default 120 s) gives up.
/// - Otherwise exponential back-off with full jitter: a delay drawn from
///   `[0, min(max_delay, base × 2^(attempts − 1))]`, the base being 1 s for throttling,
///   200 ms for transient errors ([`transient_base`](Self::transient_base)) and 3 s for state conflicts,
///   `max_delay` 20 s.
/// - With a [`Budget`], each retry takes its cost from the shared bucket; an empty bucket
///   stops retrying. With [`attempt_timeout`](Self::attempt_timeout) and
///   [`max_elapsed`](Self::max_elapsed), [`run`](super::run) cuts an attempt that hangs and
///   never waits past the deadline.
///
/// Retrying `IncorrectInstanceStatus` (an instance still starting or stopping) for
/// `StartInstance`, a call that is not idempotent:
///
/// ```
/// use std::time::Duration;
/// use aliyun_errors::{Idempotency, Retry, RetryPolicy, decode, ecs::EcsError};
/// use aliyun_errors::retry::Decision;
/// use serde::de::IgnoredAny;
///
/// let policy = RetryPolicy::new()
///     .classify("IncorrectInstanceStatus", Retry::Conflict)
///     .max_elapsed(Duration::from_secs(120));
/// let body = br#"{"RequestId":"R","Code":"IncorrectInstanceStatus","Message":"The current status of the resource does not support this operation."}"#;
/// let error = decode::<IgnoredAny, EcsError>(403, None, body).unwrap_err();
/// let idempotency = Idempotency::for_action("StartInstance", false);
/// assert!(matches!(
///     policy.decide(1, &error, idempotency, Duration::ZERO),
///     Decision::Retry(delay) if delay <= Duration::from_secs(3)
/// ));
/// ```
#[derive(Clone)]
pub struct RetryPolicy {
    max_attempts: u32,
    transient_base: Duration,
    throttling_base: Duration,
    conflict_base: Duration,
    max_delay: Duration,
    max_server_delay: Duration,
    jitter: fn() -> f64,
    budget: Option<Budget>,
    attempt_timeout: Option<Duration>,
    max_elapsed: Option<Duration>,
    clock: fn() -> Instant,
    style_rules: bool,
    overrides: Arc<[(Box<str>, Retry)]>,
    classifier: Option<Classifier>,
}

impl fmt::Debug for RetryPolicy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RetryPolicy")
            .field("max_attempts", &self.max_attempts)
            .field("transient_base", &self.transient_base)
            .field("throttling_base", &self.throttling_base)
            .field("conflict_base", &self.conflict_base)
            .field("max_delay", &self.max_delay)
            .field("max_server_delay", &self.max_server_delay)
            .field("budget", &self.budget)
            .field("attempt_timeout", &self.attempt_timeout)
            .field("max_elapsed", &self.max_elapsed)
            .field("style_rules", &self.style_rules)
            .field("overrides", &self.overrides)
            .field("classifier", &self.classifier.as_ref().map(|_| "…"))
            .finish()
    }
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy::new()
    }
}

impl RetryPolicy {
    /// The default policy: 4 attempts, 200 ms / 1 s / 3 s bases, 20 s cap, 120 s server cap,
    /// style rules on; no budget and no time limits.
    pub fn new() -> Self {
        RetryPolicy {
            max_attempts: 4,
            transient_base: Duration::from_millis(200),
            throttling_base: Duration::from_secs(1),
            conflict_base: Duration::from_secs(3),
            max_delay: Duration::from_secs(20),
            max_server_delay: Duration::from_secs(120),
            // A fraction in `[0, 1)` from a thread-local generator seeded at random.
            jitter: fastrand::f64,
            budget: None,
            attempt_timeout: None,
            max_elapsed: None,
            clock: Instant::now,
            style_rules: true,
            overrides: Arc::from([]),
            classifier: None,
        }
    }

    /// Every attempt, the first included (at least 1; 1 never retries).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The back-off base of transient errors (default 200 ms).
    pub fn transient_base(mut self, base: Duration) -> Self {
        self.transient_base = base;
        self
    }

    /// The back-off base of throttling errors (default 1 s).
    pub fn throttling_base(mut self, base: Duration) -> Self {
        self.throttling_base = base;
        self
    }

    /// The back-off base of state conflicts (default 3 s: a resource takes seconds to
    /// change state).
    pub fn conflict_base(mut self, base: Duration) -> Self {
        self.conflict_base = base;
        self
    }

    /// The longest computed delay (default 20 s).
    pub fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// The longest server-given delay to wait; a longer one gives up (default 120 s).
    pub fn max_server_delay(mut self, delay: Duration) -> Self {
        self.max_server_delay = delay;
        self
    }

    /// The jitter source: a fraction in `[0, 1]` that scales each computed delay (default: a
    /// fast pseudo-random sequence seeded by the standard library's random hasher keys).
    /// Tests pass a constant.
    pub fn jitter(mut self, jitter: fn() -> f64) -> Self {
        self.jitter = jitter;
        self
    }

    /// A retry budget shared with every policy holding a clone of it (one per client).
    pub fn budget(mut self, budget: Budget) -> Self {
        self.budget = Some(budget);
        self
    }

    /// The longest one attempt may take in [`run`](super::run): a slower attempt is cut and
    /// counts as a transport timeout.
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.attempt_timeout = Some(timeout);
        self
    }

    /// The longest the whole call may take in [`run`](super::run), waits and attempts
    /// included: no wait passes it and the last attempt is cut at it.
    pub fn max_elapsed(mut self, limit: Duration) -> Self {
        self.max_elapsed = Some(limit);
        self
    }

    /// The clock [`run`](super::run) measures the elapsed time with (default
    /// `Instant::now`); tests pass a fake one.
    pub fn clock(mut self, clock: fn() -> Instant) -> Self {
        self.clock = clock;
        self
    }

    /// Whether each envelope family's own rules (OSS's, the log service's, …; README's
    /// table) apply (default true). Off, a response's class is its table row's, else its
    /// status's ([`FailedAttempt::retry_without_style_rules`]).
    pub fn style_rules(mut self, on: bool) -> Self {
        self.style_rules = on;
        self
    }

    /// Gives a code, as the server sends it, its class (repeatable; a later call for the
    /// same code wins).
    pub fn classify(mut self, code: &str, class: Retry) -> Self {
        let mut overrides: Vec<(Box<str>, Retry)> = self
            .overrides
            .iter()
            .filter(|(c, _)| &**c != code)
            .cloned()
            .collect();
        overrides.push((code.into(), class));
        self.overrides = overrides.into();
        self
    }

    /// A classifier consulted before every rule: `Some(class)` decides, `None` falls
    /// through.
    ///
    /// ```
    /// use aliyun_errors::{Retry, RetryPolicy};
    /// let policy = RetryPolicy::new().classifier(|failure| {
    ///     (failure.http_status() == Some(409)).then_some(Retry::Conflict)
    /// });
    /// # let _ = policy;
    /// ```
    pub fn classifier(
        mut self,
        classifier: impl Fn(&dyn FailedAttempt) -> Option<Retry> + Send + Sync + 'static,
    ) -> Self {
        self.classifier = Some(Arc::new(classifier));
        self
    }

    /// The configured time limits: per attempt, and for the whole call.
    pub(crate) fn limits(&self) -> (Option<Duration>, Option<Duration>) {
        (self.attempt_timeout, self.max_elapsed)
    }

    pub(crate) fn now(&self) -> Instant {
        (self.clock)()
    }

    pub(crate) fn budget_ref(&self) -> Option<&Budget> {
        self.budget.as_ref()
    }

    /// A failure's class under this policy: the caller's classifier, the codes given to
    /// [`classify`](Self::classify), then the failure's own class
    /// ([`FailedAttempt::retry`]: for a response, [`error_class`](super::error_class), the one
    /// rule [`ApiError::retry`](crate::ApiError::retry) answers with), without the
    /// families' rules when [`style_rules`](Self::style_rules) is off.
    pub fn class_of(&self, failure: &dyn FailedAttempt) -> Retry {
        if let Some(class) = self.classifier.as_ref().and_then(|c| c(failure)) {
            return class;
        }
        if !self.overrides.is_empty()
            && let Some(code) = failure.code()
            && let Some((_, class)) = self.overrides.iter().find(|(c, _)| &**c == code)
        {
            return *class;
        }
        if self.style_rules {
            failure.retry()
        } else {
            failure.retry_without_style_rules()
        }
    }

    /// The decision after a failed attempt, `attempts` being the calls made so far (1 after
    /// the first) and `elapsed` the time since the call began. With a budget, a retry it
    /// allows takes its cost from the budget.
    pub fn decide(
        &self,
        attempts: u32,
        failure: &dyn FailedAttempt,
        idempotency: Idempotency,
        elapsed: Duration,
    ) -> Decision {
        let class = self.class_of(failure);
        let delay = match self.delay(attempts, class, failure.retry_after(), idempotency) {
            Ok(delay) => delay,
            Err(stop) => return Decision::Stop(stop),
        };
        if self
            .max_elapsed
            .is_some_and(|limit| elapsed.saturating_add(delay) >= limit)
        {
            return Decision::Stop(Stop::DeadlineReached);
        }
        if let Some(budget) = &self.budget
            && !budget.try_acquire(failure.is_timeout())
        {
            return Decision::Stop(Stop::BudgetExhausted);
        }
        Decision::Retry(delay)
    }

    /// The delay before the next attempt after `failure` (an [`Error`](crate::Error), a
    /// [`TransportFailure`](super::TransportFailure), a [`TimedOut`](super::TimedOut), or
    /// any [`FailedAttempt`]), `attempts` being the calls made so far (1 after the first); `None`
    /// to give up. [`decide`](Self::decide) says why, and bounds the whole call's time.
    pub fn next_delay(
        &self,
        attempts: u32,
        failure: &impl FailedAttempt,
        idempotency: Idempotency,
    ) -> Option<Duration> {
        match self.decide(attempts, failure, idempotency, Duration::ZERO) {
            Decision::Retry(delay) => Some(delay),
            Decision::Stop(_) => None,
        }
    }

    /// The rule itself, on a class and a server-given delay (no budget, no deadline).
    pub fn delay_for(
        &self,
        attempts: u32,
        retry: Retry,
        retry_after: Option<Duration>,
        idempotency: Idempotency,
    ) -> Option<Duration> {
        self.delay(attempts, retry, retry_after, idempotency).ok()
    }

    fn delay(
        &self,
        attempts: u32,
        retry: Retry,
        retry_after: Option<Duration>,
        idempotency: Idempotency,
    ) -> Result<Duration, Stop> {
        if attempts >= self.max_attempts {
            return Err(Stop::AttemptsExhausted);
        }
        let base = match retry {
            Retry::Throttling => self.throttling_base,
            Retry::Conflict => self.conflict_base,
            Retry::Transient if idempotency.is_idempotent() => self.transient_base,
            _ => return Err(Stop::NotRetryable),
        };
        if let Some(server) = retry_after {
            return if server <= self.max_server_delay {
                Ok(server)
            } else {
                Err(Stop::ServerDelayTooLong)
            };
        }
        // base × 2^(attempts − 1), capped: the shift is bounded so it cannot overflow.
        let exponent = attempts.saturating_sub(1).min(31);
        let ceiling = base
            .checked_mul(1 << exponent)
            .map_or(self.max_delay, |d| d.min(self.max_delay));
        let fraction = (self.jitter)().clamp(0.0, 1.0);
        Ok(ceiling.mul_f64(fraction))
    }

    #[cfg(test)]
    pub(crate) fn jitter_source(&self) -> fn() -> f64 {
        self.jitter
    }
}
