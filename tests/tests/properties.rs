//! Properties (proptest): envelopes round-trip through both formats for any strings; any bytes
//! decode without panicking and within the limits; table validation never panics and accepts
//! what it should.

use aliyun_errors::ecs::EcsError;
use aliyun_errors::{Decoder, EXCERPT_LIMIT, Error, UnrecognizedReason, decode};
use aliyun_errors_tests::envelope::Envelope;
use proptest::prelude::*;
use serde::de::IgnoredAny;

/// Any string, and strings made of what breaks encoders: markup, quotes, `]]>`, entities,
/// control characters, non-ASCII.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "([<>&\"'\\]]|\\]\\]>|&amp;|&#x41;|\r\n|\r|\t| |\u{0}|\u{1}|\u{1b}|\u{201C}|中|😀|[a-z]){0,24}",
    ]
}

fn envelope() -> impl Strategy<Value = Envelope> {
    (text(), text(), text(), text(), text()).prop_map(
        |(request_id, host_id, code, message, recommend)| Envelope {
            request_id,
            host_id,
            code,
            message,
            recommend,
        },
    )
}

fn assert_fields(body: &str, envelope: &Envelope) -> Result<(), TestCaseError> {
    let Err(Error::Api(e)) = decode::<IgnoredAny, EcsError>(400, None, body.as_bytes()) else {
        return Err(TestCaseError::fail(format!("not an API error: {body:?}")));
    };
    prop_assert_eq!(e.request_id(), Some(envelope.request_id.as_str()));
    prop_assert_eq!(e.host_id(), Some(envelope.host_id.as_str()));
    prop_assert_eq!(e.code(), envelope.code.as_str());
    prop_assert_eq!(e.message(), Some(envelope.message.as_str()));
    prop_assert_eq!(e.recommend(), Some(envelope.recommend.as_str()));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn envelopes_round_trip_through_json(envelope in envelope()) {
        assert_fields(&envelope.to_json(), &envelope)?;
    }

    #[test]
    fn envelopes_round_trip_through_xml(envelope in envelope()) {
        // XML cannot carry NUL at all; every other string can.
        match envelope.to_xml() {
            Some(xml) => assert_fields(&xml, &envelope)?,
            None => {
                let fields = [&envelope.request_id, &envelope.host_id, &envelope.code, &envelope.message, &envelope.recommend];
                prop_assert!(fields.iter().any(|f| f.contains('\0')));
            }
        }
    }

    #[test]
    fn any_bytes_decode_without_panicking(
        status in 100u16..600,
        prefix in prop_oneof![
            Just(&b""[..]),
            Just(&b"<"[..]),
            Just(&b"{"[..]),
            Just(&b"\xEF\xBB\xBF<Error>"[..]),
            Just(&b"data:"[..]),
            Just(&b"id:1\nevent:error\n:HTTP_STATUS/"[..]),
            Just(&b"{\"error\":{"[..]),
            Just(&b"{\"error_response\":{"[..]),
        ],
        body in proptest::collection::vec(any::<u8>(), 0..2048),
    ) {
        let body = [prefix, &body].concat();
        match decode::<IgnoredAny, EcsError>(status, Some("text/xml"), &body) {
            Ok(_) => prop_assert!((200..300).contains(&status)),
            Err(Error::Api(e)) => prop_assert_eq!(e.http_status(), status),
            Err(Error::Unrecognized(u)) => {
                prop_assert_eq!(u.http_status(), status);
                prop_assert!(u.excerpt().len() <= EXCERPT_LIMIT);
                prop_assert_eq!(u.body_len(), body.len());
            }
        }
        // Over the limit, the body is refused unread, with its excerpt.
        let small = Decoder::new().max_body_size(64);
        if body.len() > 64 {
            let Err(Error::Unrecognized(u)) = small.decode::<IgnoredAny, EcsError>(status, None, &body) else {
                return Err(TestCaseError::fail("over the limit but decoded"));
            };
            prop_assert_eq!(u.reason(), UnrecognizedReason::TooLarge);
            prop_assert!(u.excerpt().len() <= EXCERPT_LIMIT);
            prop_assert_eq!(u.body_len(), body.len());
        }
    }

    #[test]
    fn error_events_round_trip_for_any_strings(envelope in envelope(), status in 400u16..600) {
        // Model Studio's error event: the data is the native envelope, the real status a
        // comment; the stream itself came with 200.
        let data = serde_json::json!({
            "request_id": envelope.request_id,
            "code": envelope.code,
            "message": envelope.message,
        });
        let body = format!("id:1\nevent:error\n:HTTP_STATUS/{status}\ndata:{data}\n\n");
        let Err(Error::Api(e)) = decode::<IgnoredAny, EcsError>(200, Some("text/event-stream"), body.as_bytes()) else {
            return Err(TestCaseError::fail(format!("not an API error: {body:?}")));
        };
        prop_assert_eq!(e.http_status(), status);
        prop_assert_eq!(e.code(), envelope.code.as_str());
        prop_assert_eq!(e.message(), Some(envelope.message.as_str()));
        prop_assert_eq!(e.request_id(), Some(envelope.request_id.as_str()));
    }

    #[test]
    fn openai_errors_round_trip_for_any_strings(envelope in envelope(), kind in text()) {
        let body = serde_json::json!({
            "error": {"message": envelope.message, "type": kind, "param": null, "code": envelope.code},
            "request_id": envelope.request_id,
        })
        .to_string();
        let Err(Error::Api(e)) = decode::<IgnoredAny, EcsError>(400, None, body.as_bytes()) else {
            return Err(TestCaseError::fail(format!("not an API error: {body:?}")));
        };
        prop_assert_eq!(e.code(), envelope.code.as_str());
        prop_assert_eq!(e.message(), Some(envelope.message.as_str()));
        prop_assert_eq!(e.error_type(), Some(kind.as_str()));
        prop_assert_eq!(e.request_id(), Some(envelope.request_id.as_str()));
    }

    #[test]
    fn any_bytes_as_a_table_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let mut csv = b"code,http_status,message,retry\n".to_vec();
        csv.extend_from_slice(&bytes);
        if let Ok(table) = aliyun_errors_codegen::parse_table(&[("t.csv", &csv)]) {
            let mut variants: Vec<&str> = table.codes().iter().map(|c| c.variant.as_str()).collect();
            variants.sort_unstable();
            let before = variants.len();
            variants.dedup();
            prop_assert_eq!(before, variants.len());
            prop_assert!(aliyun_errors_codegen::expand_table(&table, "T", false).is_some());
        }
    }

    #[test]
    fn well_formed_rows_are_accepted(
        rows in proptest::collection::vec(("[A-Z][a-z]{1,6}(\\.[A-Z][a-z]{1,6})?", 100u16..600, "[ -~]{1,30}"), 1..20),
    ) {
        // One retry class per code, no exact duplicates, no two codes with one variant.
        let mut csv = csv::Writer::from_writer(Vec::new());
        csv.write_record(["code", "http_status", "message", "retry"]).unwrap();
        let mut seen_rows = std::collections::HashSet::new();
        let mut variants = std::collections::HashMap::new();
        let mut kept = 0;
        for (code, status, message) in &rows {
            let variant = aliyun_errors_codegen::variant_name(code);
            if variants.get(&variant).is_some_and(|c: &String| c != code)
                || !seen_rows.insert((code.clone(), *status, message.trim().to_owned()))
                || message.trim().is_empty()
            {
                continue;
            }
            variants.insert(variant, code.clone());
            csv.write_record([code.as_str(), &status.to_string(), message, "transient"]).unwrap();
            kept += 1;
        }
        let csv = csv.into_inner().unwrap();
        // Every row skipped (blank messages): a table without rows is an error by design.
        prop_assume!(kept > 0);
        let table = aliyun_errors_codegen::parse_table(&[("t.csv", &csv)]);
        prop_assert!(table.is_ok(), "{}", table.unwrap_err());
        prop_assert_eq!(table.unwrap().rows().len(), kept);
    }
}

mod retry_policy {
    use std::time::Duration;

    use aliyun_errors::retry::{self, FailedAttempt};
    use aliyun_errors::{Idempotency, Retry, RetryPolicy};
    use proptest::prelude::*;

    fn class() -> impl Strategy<Value = Retry> {
        prop_oneof![
            Just(Retry::Never),
            Just(Retry::Throttling),
            Just(Retry::Transient),
            Just(Retry::Conflict)
        ]
    }

    fn idempotency() -> impl Strategy<Value = Idempotency> {
        prop_oneof![
            Just(Idempotency::Idempotent),
            Just(Idempotency::NotIdempotent)
        ]
    }

    struct Failure(Retry, Option<Duration>);

    impl From<retry::TimedOut> for Failure {
        fn from(_: retry::TimedOut) -> Self {
            Failure(Retry::Transient, None)
        }
    }

    impl FailedAttempt for Failure {
        fn retry(&self) -> Retry {
            self.0
        }
        fn retry_after(&self) -> Option<Duration> {
            self.1
        }
    }

    /// Drives a future whose every step is ready (the test's op and sleep are).
    fn block_on<F: std::future::Future>(future: F) -> F::Output {
        let mut future = std::pin::pin!(future);
        let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
        loop {
            if let std::task::Poll::Ready(out) = future.as_mut().poll(&mut cx) {
                return out;
            }
        }
    }

    proptest! {
        #[test]
        fn no_delay_exceeds_its_cap_and_no_attempt_exceeds_the_limit(
            max_attempts in 1u32..12,
            attempts in 1u32..40,
            base_ms in 0u64..5_000,
            cap_ms in 0u64..60_000,
            server_ms in proptest::option::of(0u64..300_000),
            class in class(),
            idempotency in idempotency(),
        ) {
            let policy = RetryPolicy::new()
                .max_attempts(max_attempts)
                .transient_base(Duration::from_millis(base_ms))
                .throttling_base(Duration::from_millis(base_ms * 5))
                .max_delay(Duration::from_millis(cap_ms));
            let server = server_ms.map(Duration::from_millis);
            let delay = policy.delay_for(attempts, class, server, idempotency);
            if attempts >= max_attempts || class == Retry::Never {
                prop_assert_eq!(delay, None);
            }
            if class == Retry::Transient && idempotency == Idempotency::NotIdempotent {
                prop_assert_eq!(delay, None);
            }
            if let Some(delay) = delay {
                match server {
                    Some(server) => {
                        prop_assert_eq!(delay, server);
                        prop_assert!(delay <= Duration::from_secs(120));
                    }
                    None => prop_assert!(delay <= Duration::from_millis(cap_ms)),
                }
            }

            // The loop: an op that always fails is called at most `max_attempts` times.
            let mut calls = 0;
            let retried = block_on(retry::run(
                &policy.max_delay(Duration::ZERO),
                idempotency,
                |_| async {},
                |_| {
                    calls += 1;
                    std::future::ready(Err::<(), _>(Failure(class, None)))
                },
            ));
            prop_assert!(retried.attempts <= max_attempts);
            prop_assert_eq!(retried.attempts, calls);
            prop_assert_eq!(retried.waited, Duration::ZERO);
        }
    }
}

/// `retry::run` on a fake clock: a discrete-event simulation where the only time is the
/// fake clock's, advanced to the next deadline whenever every future waits.
mod retry_deadlines {
    use std::cell::RefCell;
    use std::future::Future;
    use std::pin::Pin;
    use std::sync::OnceLock;
    use std::task::{Context, Poll};
    use std::time::{Duration, Instant};

    use aliyun_errors::retry::{self, FailedAttempt, TimedOut};
    use aliyun_errors::{Idempotency, Retry, RetryPolicy};
    use proptest::prelude::*;

    thread_local! {
        /// The fake time since `origin()`, and the deadlines futures wait for.
        static NOW: RefCell<(Duration, Vec<Duration>)> = const { RefCell::new((Duration::ZERO, Vec::new())) };
    }

    fn origin() -> Instant {
        static ORIGIN: OnceLock<Instant> = OnceLock::new();
        *ORIGIN.get_or_init(Instant::now)
    }

    fn fake_now() -> Instant {
        origin() + NOW.with(|n| n.borrow().0)
    }

    fn now() -> Duration {
        NOW.with(|n| n.borrow().0)
    }

    /// Ready once the fake clock reaches its deadline; `None` never is.
    struct Until(Option<Duration>);

    impl Future for Until {
        type Output = ();
        fn poll(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<()> {
            match self.0 {
                Some(deadline) if now() >= deadline => Poll::Ready(()),
                Some(deadline) => {
                    NOW.with(|n| n.borrow_mut().1.push(deadline));
                    Poll::Pending
                }
                None => Poll::Pending,
            }
        }
    }

    fn block_on<F: Future>(future: F) -> F::Output {
        let mut future = std::pin::pin!(future);
        let mut cx = Context::from_waker(std::task::Waker::noop());
        loop {
            if let Poll::Ready(out) = future.as_mut().poll(&mut cx) {
                return out;
            }
            // Everything waits: the clock jumps to the earliest deadline.
            NOW.with(|n| {
                let mut n = n.borrow_mut();
                let next = n.1.iter().copied().filter(|d| *d > n.0).min();
                n.0 = next.expect("a future waits for no deadline");
                n.1.clear();
            });
        }
    }

    #[derive(Debug)]
    struct Failure(Retry);

    impl From<TimedOut> for Failure {
        fn from(_: TimedOut) -> Self {
            Failure(Retry::Transient)
        }
    }

    impl FailedAttempt for Failure {
        fn retry(&self) -> Retry {
            self.0
        }
    }

    proptest! {
        #[test]
        fn max_elapsed_is_never_exceeded(
            limit_ms in 1u64..20_000,
            attempt_timeout_ms in proptest::option::of(1u64..5_000),
            // Each attempt takes this long, or hangs (`None`).
            durations in proptest::collection::vec(proptest::option::of(0u64..8_000), 1..12),
            max_attempts in 1u32..12,
            class in prop_oneof![Just(Retry::Throttling), Just(Retry::Transient), Just(Retry::Conflict)],
        ) {
            NOW.with(|n| *n.borrow_mut() = (Duration::ZERO, Vec::new()));
            let limit = Duration::from_millis(limit_ms);
            let mut policy = RetryPolicy::new()
                .max_attempts(max_attempts)
                .max_elapsed(limit)
                .clock(fake_now);
            if let Some(ms) = attempt_timeout_ms {
                policy = policy.attempt_timeout(Duration::from_millis(ms));
            }
            let retried = block_on(retry::run(
                &policy,
                Idempotency::Idempotent,
                |delay| Until(Some(now() + delay)),
                |attempt| {
                    let took = durations[(attempt as usize - 1) % durations.len()];
                    let until = Until(took.map(|ms| now() + Duration::from_millis(ms)));
                    async move {
                        until.await;
                        Err::<(), _>(Failure(class))
                    }
                },
            ));
            prop_assert!(retried.elapsed <= limit, "{:?} > {limit:?}", retried.elapsed);
            prop_assert!(now() <= limit);
            prop_assert!(retried.attempts <= max_attempts);
            // A hanging attempt ends only by a limit: the result is a timeout.
            if durations[(retried.attempts as usize - 1) % durations.len()].is_none() {
                prop_assert!(retried.result.is_err());
            }
        }
    }
}

mod families {
    use aliyun_errors::ecs::EcsError;
    use aliyun_errors::{EXCERPT_LIMIT, Error, Style, decode_parts};
    use proptest::prelude::*;
    use serde::de::IgnoredAny;
    use serde_json::json;

    /// The JSON error body of one family, its code and message under that family's keys.
    fn body(style: Style, code: &str, message: &str) -> String {
        let value = match style {
            Style::Roa => json!({"code": code, "message": message}),
            Style::Sls => json!({"errorCode": code, "errorMessage": message}),
            Style::Oss => {
                json!({"Error": {"Code": code, "Message": message, "EC": "0003-00000001"}})
            }
            _ => json!({"Code": code, "Message": message}),
        };
        value.to_string()
    }

    fn style() -> impl Strategy<Value = Style> {
        prop_oneof![
            Just(Style::Rpc),
            Just(Style::Roa),
            Just(Style::Oss),
            Just(Style::Sls)
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn every_family_round_trips_with_the_headers_request_id(
            style in style(),
            code in "[A-Za-z][A-Za-z0-9._-]{0,30}",
            message in any::<String>(),
            request_id in "[A-Z0-9-]{1,36}",
            header in prop_oneof![
                Just("x-acs-request-id"),
                Just("x-oss-request-id"),
                Just("x-log-requestid"),
                Just("X-Ca-Request-Id")
            ],
        ) {
            let mut headers = http::HeaderMap::new();
            headers.insert(header, http::HeaderValue::from_str(&request_id).unwrap());
            let body = body(style, &code, &message);
            let Err(Error::Api(e)) = decode_parts::<IgnoredAny, EcsError>(400, &headers, body.as_bytes()) else {
                return Err(TestCaseError::fail(format!("not an API error: {body}")));
            };
            prop_assert_eq!(e.style(), style);
            prop_assert_eq!(e.code(), code.as_str());
            prop_assert_eq!(e.message(), Some(message.as_str()));
            prop_assert_eq!(e.request_id(), Some(request_id.as_str()));
        }

        #[test]
        fn any_bytes_with_any_headers_stay_bounded(
            status in 100u16..600,
            body in proptest::collection::vec(any::<u8>(), 0..2048),
            value in "[ -~]{0,64}",
            mask in any::<u16>(),
        ) {
            let names = [
                "x-acs-request-id", "x-oss-request-id", "x-log-requestid", "x-ca-request-id",
                "x-acs-retry-after", "retry-after", "x-oss-err", "x-ca-error-message",
                "x-ca-error-code", "content-type",
            ];
            let mut headers = http::HeaderMap::new();
            for (i, name) in names.iter().enumerate() {
                if mask & (1 << i) != 0 {
                    headers.insert(*name, http::HeaderValue::from_str(&value).unwrap());
                }
            }
            match decode_parts::<IgnoredAny, EcsError>(status, &headers, &body) {
                Ok(_) => prop_assert!((200..300).contains(&status)),
                Err(e) => {
                    prop_assert_eq!(e.http_status(), status);
                    if let Error::Unrecognized(u) = &e {
                        prop_assert!(u.excerpt().len() <= EXCERPT_LIMIT);
                    }
                }
            }
        }
    }
}
