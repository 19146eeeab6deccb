//! Retrying failed calls as the official SDKs do, and as a fleet needs: a [`RetryPolicy`]
//! that decides (classes, each family's rules, the caller's overrides), a shared [`Budget`],
//! time limits, a loop ([`run`]) that any async runtime can drive, and (feature `tower`) a
//! `tower` retry policy.
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

mod budget;
mod class;
mod policy;
mod run;
#[cfg(feature = "tower")]
mod tower_policy;

use std::time::Duration;

use crate::code::ErrorCode;
use crate::decode::{Error, Style};
use crate::entry::Retry;

pub use budget::{Budget, BudgetBuilder};
pub use class::error_class;
pub use policy::{Decision, RetryPolicy, Stop};
pub use run::{Retried, run};
#[cfg(feature = "tower")]
pub use tower_policy::{TowerPolicy, layer};

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

    /// By the HTTP method, for REST (ROA, OSS, log service) APIs: `GET`, `HEAD`, `PUT`,
    /// `DELETE` and `OPTIONS` are idempotent, the others (`POST`, `PATCH`) not (feature
    /// `http`).
    ///
    /// ```
    /// use aliyun_errors::Idempotency;
    /// assert_eq!(Idempotency::for_method(&http::Method::PUT), Idempotency::Idempotent);
    /// assert_eq!(Idempotency::for_method(&http::Method::POST), Idempotency::NotIdempotent);
    /// ```
    #[cfg(feature = "http")]
    pub fn for_method(method: &http::Method) -> Self {
        use http::Method;
        if [
            Method::GET,
            Method::HEAD,
            Method::PUT,
            Method::DELETE,
            Method::OPTIONS,
        ]
        .contains(method)
        {
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

/// The former name of [`FailedAttempt`] ("classify" is the policy's override,
/// [`RetryPolicy::classify`]); kept so that existing implementations compile.
#[doc(hidden)]
pub use FailedAttempt as Classify;

/// A failure the retry policy can judge: its retry class and any delay the server asked for.
///
/// Implemented by [`Error`], by [`CallError`] (a response or a transport failure), and by a
/// caller's own error type.
pub trait FailedAttempt {
    /// The failure's retry class ([`error_class`] for a response).
    fn retry(&self) -> Retry;

    /// The class without the envelope families' own rules (the table's row, else the
    /// status's), for a policy with [`RetryPolicy::style_rules`] off; by default
    /// [`retry`](Self::retry).
    fn retry_without_style_rules(&self) -> Retry {
        self.retry()
    }

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

    /// The response's HTTP status, if there was a response.
    fn http_status(&self) -> Option<u16> {
        None
    }

    /// The envelope's family, for the families' own rules.
    fn style(&self) -> Option<Style> {
        None
    }

    /// The attempt timed out (a retry after it costs a [`Budget`] more).
    fn is_timeout(&self) -> bool {
        false
    }
}

/// An attempt cut by [`RetryPolicy::attempt_timeout`] or [`RetryPolicy::max_elapsed`]:
/// the loop's error type makes one of it (`From<TimedOut>`: [`Error`]'s is an
/// [`Unrecognized`](crate::Unrecognized) of reason `TimedOut`; [`CallError::TimedOut`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimedOut {
    /// How long the attempt was allowed.
    pub after: Duration,
}

impl std::fmt::Display for TimedOut {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the attempt timed out after {:?}", self.after)
    }
}

impl std::error::Error for TimedOut {}

impl FailedAttempt for TimedOut {
    fn retry(&self) -> Retry {
        Retry::Transient
    }

    fn is_timeout(&self) -> bool {
        true
    }
}

/// A transport failure without details (a connection refused or reset), for
/// [`RetryPolicy::next_delay`]: transient, so retried only when idempotent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TransportFailure;

impl FailedAttempt for TransportFailure {
    fn retry(&self) -> Retry {
        Retry::Transient
    }
}

impl<E: ErrorCode> FailedAttempt for Error<E> {
    fn retry(&self) -> Retry {
        Error::retry(self)
    }

    fn retry_without_style_rules(&self) -> Retry {
        match self {
            Error::Api(e) => e.retry_without_style_rules(),
            _ => Error::retry(self),
        }
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

    fn http_status(&self) -> Option<u16> {
        // A cut attempt had no response.
        (!self.is_timeout()).then(|| Error::http_status(self))
    }

    fn style(&self) -> Option<Style> {
        self.as_api().map(|e| e.style())
    }

    fn is_timeout(&self) -> bool {
        matches!(self, Error::Unrecognized(u) if u.reason() == crate::UnrecognizedReason::TimedOut)
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
    /// The attempt was cut by the policy's time limits.
    TimedOut(TimedOut),
}

impl<E, T> From<TimedOut> for CallError<E, T> {
    fn from(timed_out: TimedOut) -> Self {
        CallError::TimedOut(timed_out)
    }
}

impl<E, T> From<Error<E>> for CallError<E, T> {
    fn from(error: Error<E>) -> Self {
        CallError::Response(error)
    }
}

impl<E: ErrorCode, T> FailedAttempt for CallError<E, T> {
    fn retry(&self) -> Retry {
        match self {
            CallError::Response(e) => e.retry(),
            CallError::Transport(_) | CallError::TimedOut(_) => Retry::Transient,
        }
    }

    fn retry_without_style_rules(&self) -> Retry {
        match self {
            CallError::Response(e) => e.retry_without_style_rules(),
            _ => self.retry(),
        }
    }

    fn retry_after(&self) -> Option<Duration> {
        match self {
            CallError::Response(e) => e.retry_after(),
            _ => None,
        }
    }

    fn code(&self) -> Option<&str> {
        match self {
            CallError::Response(e) => FailedAttempt::code(e),
            _ => None,
        }
    }

    fn request_id(&self) -> Option<&str> {
        match self {
            CallError::Response(e) => e.request_id(),
            _ => None,
        }
    }

    fn http_status(&self) -> Option<u16> {
        match self {
            CallError::Response(e) => FailedAttempt::http_status(e),
            _ => None,
        }
    }

    fn style(&self) -> Option<Style> {
        match self {
            CallError::Response(e) => FailedAttempt::style(e),
            _ => None,
        }
    }

    fn is_timeout(&self) -> bool {
        matches!(self, CallError::TimedOut(_))
    }
}

impl<E: ErrorCode, T: std::fmt::Display> std::fmt::Display for CallError<E, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CallError::Response(e) => e.fmt(f),
            CallError::Transport(t) => write!(f, "transport failure: {t}"),
            CallError::TimedOut(t) => t.fmt(f),
        }
    }
}

impl<E: ErrorCode, T: std::error::Error + 'static> std::error::Error for CallError<E, T> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            CallError::Response(e) => std::error::Error::source(e),
            CallError::Transport(t) => Some(t),
            CallError::TimedOut(t) => Some(t),
        }
    }
}

#[cfg(feature = "tracing")]
pub(crate) fn trace_retry(attempt: u32, failure: &impl FailedAttempt, delay: Duration) {
    tracing::info!(
        attempt,
        code = failure.code(),
        request_id = failure.request_id(),
        delay_ms = delay.as_millis() as u64,
        "retrying an Alibaba Cloud call"
    );
}

#[cfg(not(feature = "tracing"))]
pub(crate) fn trace_retry(_: u32, _: &impl FailedAttempt, _: Duration) {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Decoder;
    use crate::code::tests::Hand;

    #[test]
    fn a_failure_reads_what_the_response_said() {
        let body = br#"{"Code":"Throttling.User","Message":"m"}"#;
        let headers = [("x-acs-request-id", "R-1"), ("x-acs-retry-after", "1500")];
        let decoded = Decoder::new()
            .decode_with_header_pairs::<serde::de::IgnoredAny, Hand>(400, headers, body);
        let Err(error) = decoded else {
            panic!("expected an error");
        };
        let shown = error.to_string();
        /// Everything a failure tells the policy and a classifier.
        type Said<'a> = (
            Retry,
            Option<Duration>,
            Option<&'a str>,
            Option<&'a str>,
            Option<u16>,
            Option<crate::Style>,
            bool,
        );
        fn said(c: &dyn FailedAttempt) -> Said<'_> {
            let facts = (c.retry(), c.retry_after(), c.code(), c.request_id());
            (
                facts.0,
                facts.1,
                facts.2,
                facts.3,
                c.http_status(),
                c.style(),
                c.is_timeout(),
            )
        }
        let expected = (
            Retry::Throttling,
            Some(Duration::from_millis(1500)),
            Some("Throttling.User"),
            Some("R-1"),
            Some(400),
            Some(crate::Style::Rpc),
            false,
        );
        assert_eq!(said(&error), expected);
        let call: CallError<Hand, std::io::Error> = CallError::Response(error);
        assert_eq!(said(&call), expected);
        assert_eq!(call.to_string(), shown);

        let transport: CallError<Hand, std::io::Error> =
            CallError::Transport(std::io::Error::other("connection reset"));
        let nothing = (Retry::Transient, None, None, None, None, None, false);
        assert_eq!(said(&transport), nothing);
        assert_eq!(transport.to_string(), "transport failure: connection reset");

        // A cut attempt, as the loop's error type makes it: no status, a timeout.
        let after = Duration::from_millis(20);
        let cut = TimedOut { after };
        assert_eq!(cut.to_string(), "the attempt timed out after 20ms");
        let timed_out = (Retry::Transient, None, None, None, None, None, true);
        assert_eq!(said(&cut), timed_out);
        let call: CallError<Hand, std::io::Error> = cut.into();
        assert_eq!(said(&call), timed_out);
        let error: Error<Hand> = cut.into();
        let (retry, retry_after, code, request_id, status, style, timeout) = said(&error);
        assert_eq!(
            (retry, retry_after, code, request_id),
            (Retry::Transient, None, None, None)
        );
        assert_eq!((status, style, timeout), (None, None, true));

        // Without the families' rules: OSS's skewed clock is the status's class again.
        let oss = br#"<Error xmlns="http://doc.oss-cn-hangzhou.aliyuncs.com"><Code>RequestTimeTooSkewed</Code></Error>"#;
        let skewed = Decoder::new().decode_error::<Hand>(403, None, oss);
        assert_eq!(FailedAttempt::retry(&skewed), Retry::Transient);
        assert_eq!(skewed.retry_without_style_rules(), Retry::Never);
        let call: CallError<Hand, std::io::Error> = CallError::Response(skewed);
        assert_eq!(
            (call.retry(), call.retry_without_style_rules()),
            (Retry::Transient, Retry::Never)
        );
        // The error chain: a transport failure and a cut attempt are the sources.
        use std::error::Error as _;
        let transport: CallError<Hand, std::io::Error> =
            CallError::Transport(std::io::Error::other("reset"));
        assert_eq!(
            transport.source().map(|s| s.to_string()).as_deref(),
            Some("reset")
        );
        let cut: CallError<Hand, std::io::Error> = TimedOut { after }.into();
        assert!(cut.source().is_some_and(|s| s.is::<TimedOut>()));

        // The trait's defaults: only the class is required.
        struct Plain;
        impl FailedAttempt for Plain {
            fn retry(&self) -> Retry {
                Retry::Never
            }
        }
        assert_eq!(
            said(&Plain),
            (Retry::Never, None, None, None, None, None, false)
        );
        assert_eq!(Plain.retry_without_style_rules(), Retry::Never);
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
        assert_eq!(p.next_delay(1, &TransportFailure, not), None);
        assert_eq!(
            p.next_delay(1, &TransportFailure, idem),
            Some(Duration::from_millis(200))
        );
        // At least one attempt; `max_attempts(7)` retries after the sixth, not the seventh.
        let once = RetryPolicy::new().max_attempts(0);
        assert_eq!(once.delay_for(1, Retry::Throttling, None, idem), None);
        let seven = RetryPolicy::new().max_attempts(7);
        assert!(seven.delay_for(6, Retry::Throttling, None, idem).is_some());
        assert_eq!(seven.delay_for(7, Retry::Throttling, None, idem), None);
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
        let jitter = RetryPolicy::new().jitter_source();
        let draws: Vec<f64> = (0..1000).map(|_| jitter()).collect();
        assert!(draws.iter().all(|f| (0.0..1.0).contains(f)));
        let mean = draws.iter().sum::<f64>() / draws.len() as f64;
        assert!((0.4..0.6).contains(&mean), "mean {mean}");
    }

    /// A failure with a code, a status and a style, classed by the one rule.
    struct Sent(&'static str, u16, crate::Style);

    impl FailedAttempt for Sent {
        fn retry(&self) -> Retry {
            error_class(None, Some(self.2), self.0, self.1, false)
        }
        fn retry_without_style_rules(&self) -> Retry {
            error_class(None, None, self.0, self.1, false)
        }
        fn code(&self) -> Option<&str> {
            Some(self.0)
        }
        fn http_status(&self) -> Option<u16> {
            Some(self.1)
        }
        fn style(&self) -> Option<crate::Style> {
            Some(self.2)
        }
    }

    #[test]
    fn the_policy_acts_on_the_failures_own_class_or_the_class_without_family_rules() {
        use crate::Style::{Oss, Rpc};
        let p = RetryPolicy::new();
        let skewed = Sent("RequestTimeTooSkewed", 403, Oss);
        assert_eq!(p.class_of(&skewed), Retry::Transient);
        assert_eq!(p.class_of(&skewed), skewed.retry());
        assert_eq!(p.class_of(&Sent("Whatever", 503, Rpc)), Retry::Transient);
        let plain = RetryPolicy::new().style_rules(false);
        assert_eq!(plain.class_of(&skewed), Retry::Never);
        assert_eq!(
            plain.class_of(&Sent("Whatever", 503, Oss)),
            Retry::Transient
        );
        assert_eq!(plain.class_of(&Sent("Whatever", 501, Oss)), Retry::Never);
    }

    #[test]
    fn the_classifier_then_the_codes_given_decide_before_the_rules() {
        let p = RetryPolicy::new()
            .classify("NoSuchKey", Retry::Transient)
            .classify("NoSuchKey", Retry::Conflict)
            .classify("Other", Retry::Throttling);
        assert_eq!(
            p.class_of(&Sent("NoSuchKey", 404, crate::Style::Oss)),
            Retry::Conflict
        );
        let p = p.classifier(|f| (f.http_status() == Some(404)).then_some(Retry::Never));
        assert_eq!(
            p.class_of(&Sent("NoSuchKey", 404, crate::Style::Oss)),
            Retry::Never
        );
        assert_eq!(
            p.class_of(&Sent("Other", 400, crate::Style::Rpc)),
            Retry::Throttling
        );
    }

    #[test]
    fn conflicts_are_retried_whatever_the_idempotency_with_their_own_base() {
        let p = fixed(|| 1.0);
        let not = Idempotency::NotIdempotent;
        assert_eq!(
            p.delay_for(1, Retry::Conflict, None, not),
            Some(Duration::from_secs(3))
        );
        assert_eq!(
            p.delay_for(2, Retry::Conflict, None, not),
            Some(Duration::from_secs(6))
        );
        assert_eq!(p.delay_for(4, Retry::Conflict, None, not), None);
        let quick = p.conflict_base(Duration::from_millis(10));
        assert_eq!(
            quick.delay_for(1, Retry::Conflict, None, not),
            Some(Duration::from_millis(10))
        );
    }

    #[test]
    fn decisions_say_why_they_stop() {
        let p = fixed(|| 1.0).max_elapsed(Duration::from_secs(5));
        let idem = Idempotency::Idempotent;
        let f = |code, status| Sent(code, status, crate::Style::Rpc);
        assert_eq!(
            p.decide(1, &f("Throttling", 429), idem, Duration::ZERO),
            Decision::Retry(Duration::from_secs(1))
        );
        assert_eq!(
            p.decide(1, &f("Throttling", 429), idem, Duration::from_secs(4)),
            Decision::Stop(Stop::DeadlineReached)
        );
        assert_eq!(
            p.decide(4, &f("Throttling", 429), idem, Duration::ZERO),
            Decision::Stop(Stop::AttemptsExhausted)
        );
        assert_eq!(
            p.decide(1, &f("Bad", 400), idem, Duration::ZERO),
            Decision::Stop(Stop::NotRetryable)
        );
        let budget = Budget::builder().capacity(7).build();
        let p = p.budget(budget.clone());
        assert!(matches!(
            p.decide(1, &f("Throttling", 429), idem, Duration::ZERO),
            Decision::Retry(_)
        ));
        assert_eq!(budget.available(), 2);
        assert_eq!(
            p.decide(1, &f("Throttling", 429), idem, Duration::ZERO),
            Decision::Stop(Stop::BudgetExhausted)
        );
        // A timeout costs more: 10.
        budget.release(100);
        assert_eq!(budget.available(), 7);
        assert!(
            p.next_delay(
                1,
                &TimedOut {
                    after: Duration::ZERO
                },
                idem
            )
            .is_none()
        );
    }

    #[test]
    fn the_budget_has_the_standard_numbers_and_refills_up_to_its_capacity() {
        let b = Budget::default();
        assert_eq!(b.available(), 500);
        assert_eq!((b.cost(false), b.cost(true)), (5, 10));
        assert!(b.try_acquire(true));
        assert_eq!(b.available(), 490);
        b.record_success(10);
        assert_eq!(b.available(), 500);
        b.record_success(0);
        assert_eq!(b.available(), 500, "never over the capacity");
        let b = Budget::builder().capacity(3).success_reward(2).build();
        assert!(!b.try_acquire(false), "3 tokens do not pay a retry of 5");
        let b = Budget::builder().capacity(10).retry_cost(1).build();
        for _ in 0..10 {
            assert!(b.try_acquire(false));
        }
        assert!(!b.try_acquire(false));
        b.record_success(0);
        assert_eq!(b.available(), 1);
    }

    #[test]
    fn eight_threads_share_one_budget_without_losing_a_token() {
        let b = Budget::builder().capacity(80_000).retry_cost(1).build();
        let threads: Vec<_> = (0..8)
            .map(|_| {
                let b = b.clone();
                std::thread::spawn(move || (0..20_000).filter(|_| b.try_acquire(false)).count())
            })
            .collect();
        let taken: usize = threads.into_iter().map(|t| t.join().unwrap()).sum();
        assert_eq!(taken, 80_000);
        assert_eq!(b.available(), 0);
    }

    #[cfg(feature = "http")]
    #[test]
    fn rest_methods_are_idempotent_but_post_and_patch() {
        use http::Method;
        for m in [
            Method::GET,
            Method::HEAD,
            Method::PUT,
            Method::DELETE,
            Method::OPTIONS,
        ] {
            assert!(Idempotency::for_method(&m).is_idempotent(), "{m}");
        }
        for m in [Method::POST, Method::PATCH] {
            assert!(!Idempotency::for_method(&m).is_idempotent(), "{m}");
        }
    }
}
