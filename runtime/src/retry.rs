//! Retrying failed calls as the official SDKs do: a [`RetryPolicy`] that decides, a loop
//! ([`run`]) that any async runtime can drive, and (feature `tower`) a `tower` retry policy.
//!
//! ```
//! use std::time::Duration;
//! use aliyun_errors::{Error, Idempotency, RetryPolicy, decode, ecs::EcsError};
//! use serde::de::IgnoredAny;
//!
//! let policy = RetryPolicy::default();
//! let body = br#"{"RequestId":"R","Code":"Throttling.User","Message":"Slow down."}"#;
//! let error = decode::<IgnoredAny, EcsError>(400, None, body).unwrap_err();
//! // Throttled: retried whatever the action, after a jittered back-off of at most 1 s.
//! let delay = policy.next_delay(1, &error, Idempotency::NotIdempotent).unwrap();
//! assert!(delay <= Duration::from_secs(1));
//! // The fourth attempt was the last.
//! assert_eq!(policy.next_delay(4, &error, Idempotency::Idempotent), None);
//! ```

use std::future::Future;
use std::time::Duration;

use crate::code::ErrorCode;
use crate::decode::Error;
use crate::entry::Retry;

/// Whether repeating a call is safe: the server may have carried out a call that failed.
///
/// [`for_action`](Idempotency::for_action) applies Alibaba Cloud's naming; a caller who knows
/// better passes the variant it wants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Idempotency {
    /// Repeating the call does no harm: a read, or a write carrying a `ClientToken`.
    Idempotent,
    /// Repeating the call may do the work twice.
    NotIdempotent,
}

impl Idempotency {
    /// The read-only action prefixes of Alibaba Cloud's APIs.
    pub const READ_ONLY_PREFIXES: &'static [&'static str] =
        &["Describe", "List", "Get", "Query", "Check"];

    /// Idempotent when the action is read-only by its name (`Describe*`, `List*`, `Get*`,
    /// `Query*`, `Check*`, followed by an upper-case letter or nothing) or when the request
    /// carries a `ClientToken` (the server then runs it at most once); otherwise not.
    ///
    /// ```
    /// use aliyun_errors::Idempotency;
    /// assert_eq!(Idempotency::for_action("DescribeInstances", false), Idempotency::Idempotent);
    /// assert_eq!(Idempotency::for_action("RunInstances", false), Idempotency::NotIdempotent);
    /// assert_eq!(Idempotency::for_action("RunInstances", true), Idempotency::Idempotent);
    /// assert_eq!(Idempotency::for_action("Listen", false), Idempotency::NotIdempotent);
    /// ```
    pub fn for_action(action: &str, client_token: bool) -> Self {
        let read_only = Self::READ_ONLY_PREFIXES.iter().any(|prefix| {
            action
                .strip_prefix(prefix)
                .is_some_and(|rest| rest.chars().next().is_none_or(|c| c.is_ascii_uppercase()))
        });
        if read_only || client_token {
            Idempotency::Idempotent
        } else {
            Idempotency::NotIdempotent
        }
    }

    /// True for [`Idempotency::Idempotent`].
    pub const fn is_idempotent(self) -> bool {
        matches!(self, Idempotency::Idempotent)
    }
}

/// A failure the retry policy can judge: its retry class and any delay the server asked for.
///
/// Implemented by [`Error`], by [`CallError`] (a response or a transport failure), and by a
/// caller's own error type.
pub trait Classify {
    /// The failure's retry class.
    fn retry(&self) -> Retry;

    /// The delay the server asked for (`x-acs-retry-after`, `Retry-After`), if any.
    fn retry_after(&self) -> Option<Duration> {
        None
    }

    /// The error code, for logs.
    fn code(&self) -> Option<&str> {
        None
    }

    /// The `RequestId`, for logs.
    fn request_id(&self) -> Option<&str> {
        None
    }
}

impl<E: ErrorCode> Classify for Error<E> {
    fn retry(&self) -> Retry {
        Error::retry(self)
    }

    fn retry_after(&self) -> Option<Duration> {
        Error::retry_after(self)
    }

    fn code(&self) -> Option<&str> {
        self.as_api().map(|e| e.code())
    }

    fn request_id(&self) -> Option<&str> {
        Error::request_id(self)
    }
}

/// A call's failure: the server's answer, or no answer (connection refused or reset, a
/// timeout). A transport failure is retried like a transient error: only when idempotent.
#[derive(Debug)]
pub enum CallError<E, T> {
    /// The server answered with an error.
    Response(Error<E>),
    /// No usable answer: the transport's own error.
    Transport(T),
}

impl<E: ErrorCode, T> Classify for CallError<E, T> {
    fn retry(&self) -> Retry {
        match self {
            CallError::Response(e) => e.retry(),
            CallError::Transport(_) => Retry::Transient,
        }
    }

    fn retry_after(&self) -> Option<Duration> {
        match self {
            CallError::Response(e) => e.retry_after(),
            CallError::Transport(_) => None,
        }
    }

    fn code(&self) -> Option<&str> {
        match self {
            CallError::Response(e) => Classify::code(e),
            CallError::Transport(_) => None,
        }
    }

    fn request_id(&self) -> Option<&str> {
        match self {
            CallError::Response(e) => e.request_id(),
            CallError::Transport(_) => None,
        }
    }
}

impl<E: ErrorCode, T: std::fmt::Display> std::fmt::Display for CallError<E, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CallError::Response(e) => e.fmt(f),
            CallError::Transport(t) => write!(f, "transport failure: {t}"),
        }
    }
}

impl<E: ErrorCode, T: std::error::Error + 'static> std::error::Error for CallError<E, T> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            CallError::Response(e) => std::error::Error::source(e),
            CallError::Transport(t) => Some(t),
        }
    }
}

/// When and how long to wait before the next attempt: the official SDKs' rules.
///
/// - At most [`max_attempts`](Self::max_attempts) calls in all (default 4: three retries).
/// - A throttling error is retried whatever the idempotency: the gateway refused the call
///   before it ran. A transient error, an unrecognized 5xx and a transport failure are
///   retried only for an idempotent call. A `never` error is not retried.
/// - A delay the server gave (`x-acs-retry-after`, `Retry-After`) is used as it is; one over
///   [`max_server_delay`](Self::max_server_delay) (default 120 s) gives up.
/// - Otherwise exponential back-off with full jitter: a delay drawn from
///   `[0, min(max_delay, base × 2^(attempts − 1))]`, `base` being 1 s for throttling and
///   200 ms for transient errors, `max_delay` 20 s.
#[derive(Clone, Copy, Debug)]
pub struct RetryPolicy {
    max_attempts: u32,
    base: Duration,
    throttling_base: Duration,
    max_delay: Duration,
    max_server_delay: Duration,
    jitter: fn() -> f64,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy::new()
    }
}

impl RetryPolicy {
    /// The default policy: 4 attempts, 200 ms / 1 s bases, 20 s cap, 120 s server cap.
    pub const fn new() -> Self {
        RetryPolicy {
            max_attempts: 4,
            base: Duration::from_millis(200),
            throttling_base: Duration::from_secs(1),
            max_delay: Duration::from_secs(20),
            max_server_delay: Duration::from_secs(120),
            // A fraction in `[0, 1)` from a thread-local generator seeded at random.
            jitter: fastrand::f64,
        }
    }

    /// Every attempt, the first included (at least 1; 1 never retries).
    pub const fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = if attempts == 0 { 1 } else { attempts };
        self
    }

    /// The back-off base of transient errors (default 200 ms).
    pub const fn base(mut self, base: Duration) -> Self {
        self.base = base;
        self
    }

    /// The back-off base of throttling errors (default 1 s).
    pub const fn throttling_base(mut self, base: Duration) -> Self {
        self.throttling_base = base;
        self
    }

    /// The longest computed delay (default 20 s).
    pub const fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// The longest server-given delay to wait; a longer one gives up (default 120 s).
    pub const fn max_server_delay(mut self, delay: Duration) -> Self {
        self.max_server_delay = delay;
        self
    }

    /// The jitter source: a fraction in `[0, 1]` that scales each computed delay (default: a
    /// fast pseudo-random sequence seeded by the standard library's random hasher keys).
    /// Tests pass a constant.
    pub const fn jitter(mut self, jitter: fn() -> f64) -> Self {
        self.jitter = jitter;
        self
    }

    /// The configured number of attempts.
    pub const fn attempts_limit(&self) -> u32 {
        self.max_attempts
    }

    /// The delay before the next attempt after `error`, `attempts` being the calls made so
    /// far (1 after the first); `None` to give up. Allocates nothing.
    pub fn next_delay<E: ErrorCode>(
        &self,
        attempts: u32,
        error: &Error<E>,
        idempotency: Idempotency,
    ) -> Option<Duration> {
        self.next_delay_for(attempts, error, idempotency)
    }

    /// [`next_delay`](Self::next_delay) after a transport failure (connection refused or
    /// reset, a timeout): retried only when idempotent.
    pub fn next_delay_after_transport(
        &self,
        attempts: u32,
        idempotency: Idempotency,
    ) -> Option<Duration> {
        self.delay_for(attempts, Retry::Transient, None, idempotency)
    }

    /// [`next_delay`](Self::next_delay) for any failure the policy can judge.
    pub fn next_delay_for(
        &self,
        attempts: u32,
        failure: &impl Classify,
        idempotency: Idempotency,
    ) -> Option<Duration> {
        self.delay_for(
            attempts,
            failure.retry(),
            failure.retry_after(),
            idempotency,
        )
    }

    /// The rule itself, on a failure's retry class and server-given delay.
    pub fn delay_for(
        &self,
        attempts: u32,
        retry: Retry,
        retry_after: Option<Duration>,
        idempotency: Idempotency,
    ) -> Option<Duration> {
        if attempts >= self.max_attempts {
            return None;
        }
        let base = match retry {
            Retry::Throttling => self.throttling_base,
            Retry::Transient if idempotency.is_idempotent() => self.base,
            _ => return None,
        };
        if let Some(server) = retry_after {
            return (server <= self.max_server_delay).then_some(server);
        }
        // base × 2^(attempts − 1), capped: the shift is bounded so it cannot overflow.
        let exponent = attempts.saturating_sub(1).min(31);
        let ceiling = base
            .checked_mul(1 << exponent)
            .map_or(self.max_delay, |d| d.min(self.max_delay));
        let fraction = (self.jitter)().clamp(0.0, 1.0);
        Some(ceiling.mul_f64(fraction))
    }
}

/// What [`run`] did: the final result, the attempts made and the total wait.
#[derive(Debug)]
pub struct Retried<T, Err> {
    /// The last attempt's result.
    pub result: Result<T, Err>,
    /// How many calls were made (at least 1).
    pub attempts: u32,
    /// The total time slept between attempts.
    pub waited: Duration,
}

/// Calls `op(attempt)` (1, 2, …) until it succeeds, fails for good, or `max_attempts` is
/// reached, sleeping with the caller's `sleep` (e.g. `tokio::time::sleep`) between attempts.
///
/// A request with a `ClientToken` must be repeated with the same token: build it once,
/// outside `op`. With the `tracing` feature, each retry logs one event (attempt, code,
/// RequestId, delay).
pub async fn run<T, Err, Op, Fut, Sleep, SleepFut>(
    policy: &RetryPolicy,
    idempotency: Idempotency,
    sleep: Sleep,
    op: Op,
) -> Retried<T, Err>
where
    Err: Classify,
    Op: FnMut(u32) -> Fut,
    Fut: Future<Output = Result<T, Err>>,
    Sleep: FnMut(Duration) -> SleepFut,
    SleepFut: Future<Output = ()>,
{
    run_action(policy, "", idempotency, sleep, op).await
}

/// [`run`] for a named action (`DescribeInstances`), which the `tracing` events carry.
pub async fn run_action<T, Err, Op, Fut, Sleep, SleepFut>(
    policy: &RetryPolicy,
    action: &str,
    idempotency: Idempotency,
    mut sleep: Sleep,
    mut op: Op,
) -> Retried<T, Err>
where
    Err: Classify,
    Op: FnMut(u32) -> Fut,
    Fut: Future<Output = Result<T, Err>>,
    Sleep: FnMut(Duration) -> SleepFut,
    SleepFut: Future<Output = ()>,
{
    let mut waited = Duration::ZERO;
    let mut attempts = 0;
    loop {
        attempts += 1;
        let result = op(attempts).await;
        let delay = match &result {
            Ok(_) => None,
            Err(failure) => policy.next_delay_for(attempts, failure, idempotency),
        };
        let (Some(delay), Err(failure)) = (delay, &result) else {
            return Retried {
                result,
                attempts,
                waited,
            };
        };
        trace_retry(action, attempts, failure, delay);
        sleep(delay).await;
        waited += delay;
    }
}

#[cfg(feature = "tracing")]
fn trace_retry(action: &str, attempt: u32, failure: &impl Classify, delay: Duration) {
    tracing::info!(
        action,
        attempt,
        code = failure.code(),
        request_id = failure.request_id(),
        delay_ms = delay.as_millis() as u64,
        "retrying an Alibaba Cloud call"
    );
}

#[cfg(not(feature = "tracing"))]
fn trace_retry(_: &str, _: u32, _: &impl Classify, _: Duration) {}

#[cfg(feature = "tower")]
pub use self::tower_policy::{TowerPolicy, layer};

#[cfg(feature = "tower")]
mod tower_policy {
    use std::future::Future;
    use std::time::Duration;

    use super::{Classify, Idempotency, RetryPolicy};

    /// A `tower::retry::Policy` for services whose error is already judged ([`Classify`]:
    /// [`Error`](crate::Error) or [`CallError`](super::CallError)); requests must be `Clone`
    /// (tower's rule). `idempotency` tells each request's idempotency; `sleep` is the
    /// runtime's (e.g. `tokio::time::sleep`). tower clones the policy per request, so each
    /// request counts its own attempts.
    #[derive(Clone, Debug)]
    pub struct TowerPolicy<I, S> {
        policy: RetryPolicy,
        idempotency: I,
        sleep: S,
        attempts: u32,
    }

    impl<I, S> TowerPolicy<I, S> {
        /// A policy for a tower stack.
        pub fn new(policy: RetryPolicy, idempotency: I, sleep: S) -> Self {
            TowerPolicy {
                policy,
                idempotency,
                sleep,
                attempts: 1,
            }
        }
    }

    impl<Req, Res, Err, I, S, F> tower::retry::Policy<Req, Res, Err> for TowerPolicy<I, S>
    where
        Req: Clone,
        Err: Classify,
        I: Fn(&Req) -> Idempotency,
        S: Fn(Duration) -> F,
        F: Future<Output = ()>,
    {
        type Future = F;

        fn retry(&mut self, req: &mut Req, result: &mut Result<Res, Err>) -> Option<F> {
            let failure = result.as_ref().err()?;
            let delay =
                self.policy
                    .next_delay_for(self.attempts, failure, (self.idempotency)(req))?;
            super::trace_retry("", self.attempts, failure, delay);
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Decoder;
    use crate::code::tests::Hand;

    #[test]
    fn classify_reads_what_the_response_said() {
        let body = br#"{"Code":"Throttling.User","Message":"m"}"#;
        let headers = [("x-acs-request-id", "R-1"), ("x-acs-retry-after", "1500")];
        let decoded = Decoder::new()
            .decode_with_header_pairs::<serde::de::IgnoredAny, Hand>(400, headers, body);
        let Err(error) = decoded else {
            panic!("expected an error");
        };
        let shown = error.to_string();
        fn said(c: &dyn Classify) -> (Retry, Option<Duration>, Option<&str>, Option<&str>) {
            (c.retry(), c.retry_after(), c.code(), c.request_id())
        }
        let expected = (
            Retry::Throttling,
            Some(Duration::from_millis(1500)),
            Some("Throttling.User"),
            Some("R-1"),
        );
        assert_eq!(said(&error), expected);
        let call: CallError<Hand, std::io::Error> = CallError::Response(error);
        assert_eq!(said(&call), expected);
        assert_eq!(call.to_string(), shown);

        let transport: CallError<Hand, std::io::Error> =
            CallError::Transport(std::io::Error::other("connection reset"));
        assert_eq!(said(&transport), (Retry::Transient, None, None, None));
        assert_eq!(transport.to_string(), "transport failure: connection reset");

        // The trait's defaults: only the class is required.
        struct Plain;
        impl Classify for Plain {
            fn retry(&self) -> Retry {
                Retry::Never
            }
        }
        assert_eq!(said(&Plain), (Retry::Never, None, None, None));
    }

    fn fixed(jitter: fn() -> f64) -> RetryPolicy {
        RetryPolicy::new().jitter(jitter)
    }

    #[test]
    fn backoff_doubles_from_its_base_up_to_the_cap_with_full_jitter() {
        let top = fixed(|| 1.0);
        let idem = Idempotency::Idempotent;
        let throttled = |p: &RetryPolicy, n| p.delay_for(n, Retry::Throttling, None, idem);
        let transient = |p: &RetryPolicy, n| p.delay_for(n, Retry::Transient, None, idem);
        assert_eq!(transient(&top, 1), Some(Duration::from_millis(200)));
        assert_eq!(transient(&top, 2), Some(Duration::from_millis(400)));
        assert_eq!(transient(&top, 3), Some(Duration::from_millis(800)));
        assert_eq!(throttled(&top, 1), Some(Duration::from_secs(1)));
        assert_eq!(throttled(&top, 3), Some(Duration::from_secs(4)));
        let many = top.max_attempts(100);
        assert_eq!(throttled(&many, 6), Some(Duration::from_secs(20)));
        assert_eq!(throttled(&many, 99), Some(Duration::from_secs(20)));
        let half = fixed(|| 0.5);
        assert_eq!(transient(&half, 2), Some(Duration::from_millis(200)));
        let zero = fixed(|| 0.0);
        assert_eq!(throttled(&zero, 1), Some(Duration::ZERO));
        // A source out of range is clamped.
        assert_eq!(throttled(&fixed(|| 7.0), 1), Some(Duration::from_secs(1)));
    }

    #[test]
    fn classes_idempotency_attempts_and_server_delays() {
        let p = fixed(|| 1.0);
        let (idem, not) = (Idempotency::Idempotent, Idempotency::NotIdempotent);
        assert!(p.delay_for(1, Retry::Throttling, None, not).is_some());
        assert_eq!(p.delay_for(1, Retry::Transient, None, not), None);
        assert!(p.delay_for(1, Retry::Transient, None, idem).is_some());
        assert_eq!(p.delay_for(1, Retry::Never, None, idem), None);
        assert!(p.delay_for(3, Retry::Throttling, None, idem).is_some());
        assert_eq!(p.delay_for(4, Retry::Throttling, None, idem), None);
        let server = Some(Duration::from_millis(50));
        assert_eq!(
            p.delay_for(1, Retry::Throttling, server, not),
            Some(Duration::from_millis(50))
        );
        let long = Some(Duration::from_secs(121));
        assert_eq!(p.delay_for(1, Retry::Throttling, long, not), None);
        assert_eq!(
            p.delay_for(1, Retry::Throttling, Some(Duration::from_secs(120)), not),
            Some(Duration::from_secs(120))
        );
        assert_eq!(p.next_delay_after_transport(1, not), None);
        assert_eq!(
            p.next_delay_after_transport(1, idem),
            Some(Duration::from_millis(200))
        );
        assert_eq!(RetryPolicy::new().max_attempts(0).attempts_limit(), 1);
        assert_eq!(RetryPolicy::new().attempts_limit(), 4);
        assert_eq!(RetryPolicy::new().max_attempts(7).attempts_limit(), 7);
    }

    #[test]
    fn read_only_names_and_client_tokens_are_idempotent() {
        for action in [
            "DescribeInstances",
            "ListTagResources",
            "GetPolicy",
            "QueryOrder",
            "CheckDomain",
            "Describe",
        ] {
            assert!(
                Idempotency::for_action(action, false).is_idempotent(),
                "{action}"
            );
        }
        for action in [
            "RunInstances",
            "DeleteVpc",
            "Listen",
            "Getaway",
            "describeX",
            "",
        ] {
            assert!(
                !Idempotency::for_action(action, false).is_idempotent(),
                "{action}"
            );
            assert!(
                Idempotency::for_action(action, true).is_idempotent(),
                "{action}"
            );
        }
    }

    #[test]
    fn the_default_jitter_is_a_fraction_and_varies() {
        let jitter = RetryPolicy::new().jitter;
        let draws: Vec<f64> = (0..1000).map(|_| jitter()).collect();
        assert!(draws.iter().all(|f| (0.0..1.0).contains(f)));
        let mean = draws.iter().sum::<f64>() / draws.len() as f64;
        assert!((0.4..0.6).contains(&mean), "mean {mean}");
    }
}
