//! The retry policy on a real server and a real client (hyper) on 127.0.0.1: `retry::run` and
//! the tower layer call a server that throttles, fails or refuses, and the attempts, the
//! waits and the final outcome are what the policy promises.

use std::convert::Infallible;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::time::Duration;

use aliyun_errors::ecs::EcsError;
use aliyun_errors::retry::{self, Budget, CallError, Retried, Stop};
use aliyun_errors::{Error, Idempotency, Response, Retry, RetryPolicy, decode_http};
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::service::service_fn;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::{TokioExecutor, TokioIo};
use serde::de::IgnoredAny;

type Outcome = Result<Response<IgnoredAny>, CallError<EcsError, String>>;

/// Whether `/outage` is down (one test uses it).
static OUTAGE: AtomicBool = AtomicBool::new(true);

/// What the server answers to the `n`th request (1-based) on a path.
fn answer(path: &str, n: u32) -> (u16, Option<&'static str>, &'static str) {
    const THROTTLED: &str = r#"{"RequestId":"R-T","Code":"Throttling","Message":"Request was denied due to request throttling."}"#;
    const OK: &str = r#"{"RequestId":"R-OK"}"#;
    match path {
        "/throttled-twice" if n <= 2 => (400, Some("50"), THROTTLED),
        "/throttled-twice" => (200, None, OK),
        "/unavailable" => (
            503,
            None,
            r#"{"RequestId":"R-U","Code":"ServiceUnavailable","Message":"The request has failed due to a temporary failure of the server."}"#,
        ),
        "/wait-too-long" => (400, Some("121000"), THROTTLED),
        "/outage" if OUTAGE.load(Ordering::SeqCst) => (
            503,
            None,
            r#"{"RequestId":"R-U","Code":"ServiceUnavailable","Message":"The request has failed due to a temporary failure of the server."}"#,
        ),
        "/outage" => (200, None, OK),
        "/conflict-twice" if n <= 2 => (
            403,
            None,
            r#"{"RequestId":"R-C","Code":"IncorrectInstanceStatus","Message":"The current status of the resource does not support this operation."}"#,
        ),
        "/conflict-twice" => (200, None, OK),
        "/hang" => (200, None, OK),
        "/invalid" => (
            400,
            None,
            r#"{"RequestId":"R-I","Code":"InvalidParameter","Message":"The specified parameter is not valid."}"#,
        ),
        _ => (404, None, "no such path"),
    }
}

/// A server on an ephemeral loopback port; `hits` counts the requests it answered.
struct Server {
    address: std::net::SocketAddr,
    hits: Arc<AtomicU32>,
    task: tokio::task::JoinHandle<()>,
}

impl Server {
    async fn start() -> Server {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let hits = Arc::new(AtomicU32::new(0));
        let counter = hits.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let counter = counter.clone();
                let service = service_fn(move |request: hyper::Request<hyper::body::Incoming>| {
                    let n = counter.fetch_add(1, Ordering::SeqCst) + 1;
                    let hang = request.uri().path() == "/hang";
                    let (status, retry_after, body) = answer(request.uri().path(), n);
                    let mut response = hyper::Response::builder()
                        .status(status)
                        .header("content-type", "application/json");
                    if let Some(ms) = retry_after {
                        response = response.header("x-acs-retry-after", ms);
                    }
                    let response = response.body(Full::new(Bytes::from(body))).unwrap();
                    async move {
                        // An attempt that hangs: answered long after any test gives up.
                        if hang {
                            tokio::time::sleep(Duration::from_secs(30)).await;
                        }
                        Ok::<_, Infallible>(response)
                    }
                });
                tokio::spawn(async move {
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
        Server {
            address,
            hits,
            task,
        }
    }

    fn hits(&self) -> u32 {
        self.hits.load(Ordering::SeqCst)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

fn client() -> Client<HttpConnector, Full<Bytes>> {
    Client::builder(TokioExecutor::new()).build_http()
}

/// One call: GET, read the body, decode. A failure to connect or read is a transport error.
async fn call(client: &Client<HttpConnector, Full<Bytes>>, uri: &str) -> Outcome {
    let uri: hyper::Uri = uri.parse().unwrap();
    let response = tokio::time::timeout(Duration::from_secs(10), client.get(uri))
        .await
        .map_err(|_| CallError::Transport("timeout".to_owned()))?
        .map_err(|e| CallError::Transport(e.to_string()))?;
    let (parts, body) = response.into_parts();
    let body = body
        .collect()
        .await
        .map_err(|e| CallError::Transport(e.to_string()))?
        .to_bytes();
    decode_http(&http::Response::from_parts(parts, body)).map_err(CallError::Response)
}

/// Small bases, so that computed back-offs keep the tests fast; the server's delays are
/// used as they are.
fn policy() -> RetryPolicy {
    RetryPolicy::new()
        .transient_base(Duration::from_millis(2))
        .throttling_base(Duration::from_millis(2))
}

async fn run_on(
    server_path: &str,
    idempotency: Idempotency,
) -> (
    Retried<Response<IgnoredAny>, CallError<EcsError, String>>,
    u32,
) {
    let server = Server::start().await;
    let client = client();
    let uri = format!("http://{}{server_path}", server.address);
    let retried = retry::run(&policy(), idempotency, tokio::time::sleep, |_| {
        call(&client, &uri)
    })
    .await;
    (retried, server.hits())
}

#[tokio::test(flavor = "current_thread")]
async fn throttled_twice_then_ok_waits_the_servers_delays() {
    let started = tokio::time::Instant::now();
    let (retried, hits) = run_on("/throttled-twice", Idempotency::NotIdempotent).await;
    assert_eq!((retried.attempts, hits), (3, 3));
    let response = retried.result.expect("the third attempt succeeds");
    assert_eq!(response.request_id.as_deref(), Some("R-OK"));
    // The server's 50 ms twice, not the 2 ms back-off.
    assert_eq!(retried.waited, Duration::from_millis(100));
    assert!(started.elapsed() >= Duration::from_millis(100));
}

/// Every event of the runtime: its fields as `name=value` text, one string per event.
#[derive(Clone, Default)]
struct Recorder(Arc<std::sync::Mutex<Vec<String>>>);

impl tracing::Subscriber for Recorder {
    // This crate's events only (hyper has its own).
    fn enabled(&self, metadata: &tracing::Metadata<'_>) -> bool {
        metadata.target().starts_with("aliyun_errors")
    }
    fn new_span(&self, _: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        tracing::span::Id::from_u64(1)
    }
    fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, event: &tracing::Event<'_>) {
        struct Fields(Vec<String>);
        impl tracing::field::Visit for Fields {
            fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
                self.0.push(format!("{}={value:?}", field.name()));
            }
            fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
                self.0.push(format!("{}={value}", field.name()));
            }
        }
        let mut fields = Fields(Vec::new());
        event.record(&mut fields);
        self.0.lock().unwrap().push(fields.0.join(" "));
    }
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

/// The process's default subscriber: interested in every callsite, enabled for none. Without
/// it, a test thread with no subscriber that reaches a callsite first caches it as "never"
/// for the whole process (tracing asks the registering thread's default, `NoSubscriber`),
/// and the recorder below would see nothing from it.
struct Quiet;

impl tracing::Subscriber for Quiet {
    fn register_callsite(
        &self,
        _: &'static tracing::Metadata<'static>,
    ) -> tracing::subscriber::Interest {
        tracing::subscriber::Interest::sometimes()
    }
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        false
    }
    fn new_span(&self, _: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        tracing::span::Id::from_u64(1)
    }
    fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, _: &tracing::Event<'_>) {}
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

#[tokio::test(flavor = "current_thread")]
async fn each_retry_is_one_tracing_event() {
    // Setting it rebuilds every callsite's interest, those cached "never" before included.
    let _ = tracing::subscriber::set_global_default(Quiet);
    let recorder = Recorder::default();
    // This thread's subscriber: the current-thread runtime polls the loop here.
    let _guard = tracing::subscriber::set_default(recorder.clone());
    let server = Server::start().await;
    let client = client();
    let uri = format!("http://{}/throttled-twice", server.address);
    let retried = retry::run(
        &policy(),
        Idempotency::NotIdempotent,
        tokio::time::sleep,
        |_| call(&client, &uri),
    )
    .await;
    assert_eq!(retried.attempts, 3);
    let events = recorder.0.lock().unwrap().clone();
    let expected = |attempt: u32| {
        format!(
            "message=retrying an Alibaba Cloud call attempt={attempt} code=Throttling request_id=R-T delay_ms=50"
        )
    };
    assert_eq!(events, [expected(1), expected(2)]);
}

#[tokio::test(flavor = "current_thread")]
async fn a_transient_error_is_retried_only_when_idempotent() {
    let (retried, hits) = run_on("/unavailable", Idempotency::NotIdempotent).await;
    assert_eq!((retried.attempts, hits), (1, 1));
    let Err(CallError::Response(Error::Api(e))) = retried.result else {
        panic!("expected the server's error");
    };
    assert_eq!((e.http_status(), e.code()), (503, "ServiceUnavailable"));
    assert_eq!(retried.waited, Duration::ZERO);

    let (retried, hits) = run_on("/unavailable", Idempotency::Idempotent).await;
    assert_eq!((retried.attempts, hits), (4, 4));
    assert!(retried.result.is_err());
    assert!(retried.waited <= Duration::from_millis(2 + 4 + 8));
}

#[tokio::test(flavor = "current_thread")]
async fn a_server_delay_over_the_limit_and_a_never_code_give_up_at_once() {
    let (retried, hits) = run_on("/wait-too-long", Idempotency::Idempotent).await;
    assert_eq!((retried.attempts, hits), (1, 1));
    let Err(CallError::Response(e)) = retried.result else {
        panic!("expected the server's error");
    };
    assert_eq!(e.retry_after(), Some(Duration::from_secs(121)));

    let (retried, hits) = run_on("/invalid", Idempotency::Idempotent).await;
    assert_eq!((retried.attempts, hits), (1, 1));
}

#[tokio::test(flavor = "current_thread")]
async fn a_refused_connection_is_retried_when_idempotent() {
    // A port that was just free: nothing listens there now.
    let address = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap()
    };
    let client = client();
    let uri = format!("http://{address}/");
    for (idempotency, attempts) in [
        (Idempotency::Idempotent, 4),
        (Idempotency::NotIdempotent, 1),
    ] {
        let retried = retry::run(&policy(), idempotency, tokio::time::sleep, |_| {
            call(&client, &uri)
        })
        .await;
        assert_eq!(retried.attempts, attempts, "{idempotency:?}");
        assert!(matches!(retried.result, Err(CallError::Transport(_))));
    }
}

/// `callers` calls of `uri` at once, each with a clone of `policy`: their outcomes.
async fn fleet(
    callers: usize,
    policy: &RetryPolicy,
    uri: &str,
) -> Vec<Retried<Response<IgnoredAny>, CallError<EcsError, String>>> {
    let client = client();
    let mut set = tokio::task::JoinSet::new();
    for _ in 0..callers {
        let (policy, client, uri) = (policy.clone(), client.clone(), uri.to_owned());
        set.spawn(async move {
            retry::run(&policy, Idempotency::Idempotent, tokio::time::sleep, |_| {
                call(&client, &uri)
            })
            .await
        });
    }
    set.join_all().await
}

#[tokio::test(flavor = "current_thread")]
async fn a_shared_budget_caps_a_fleets_retries_in_an_outage_and_refills_after() {
    let server = Server::start().await;
    let uri = format!("http://{}/outage", server.address);
    OUTAGE.store(true, Ordering::SeqCst);
    // Without a budget: every caller makes its four attempts.
    fleet(200, &policy(), &uri).await;
    assert_eq!(server.hits(), 800);

    // One default budget for the fleet: 500 tokens, 5 a retry, so 100 retries in all.
    let budget = Budget::default();
    let shared = policy().budget(budget.clone());
    let outcomes = fleet(200, &shared, &uri).await;
    let hits = server.hits() - 800;
    assert!(hits <= 300, "{hits} requests for 200 callers");
    assert_eq!(hits, 200 + 100);
    assert_eq!(budget.available(), 0);
    let stopped = outcomes.iter().filter(|r| r.budget_exhausted()).count();
    assert!(stopped >= 100, "{stopped} callers stopped by the budget");

    // The service recovers: each success gives a token back, and retries resume.
    OUTAGE.store(false, Ordering::SeqCst);
    let outcomes = fleet(100, &shared, &uri).await;
    assert!(outcomes.iter().all(|r| r.result.is_ok()));
    assert_eq!(budget.available(), 100);
    OUTAGE.store(true, Ordering::SeqCst);
    let before = server.hits();
    let outcomes = fleet(1, &shared, &uri).await;
    assert_eq!(outcomes[0].attempts, 4);
    assert_eq!(server.hits() - before, 4);
    assert_eq!(budget.available(), 100 - 3 * 5);
}

#[tokio::test(flavor = "current_thread")]
async fn an_attempt_that_hangs_is_cut_at_the_attempt_timeout_and_retried() {
    let server = Server::start().await;
    let client = client();
    let uri = format!("http://{}/hang", server.address);
    let policy = policy()
        .max_attempts(3)
        .attempt_timeout(Duration::from_millis(100));
    let started = tokio::time::Instant::now();
    let retried = retry::run(&policy, Idempotency::Idempotent, tokio::time::sleep, |_| {
        call(&client, &uri)
    })
    .await;
    assert_eq!(retried.attempts, 3);
    assert!(matches!(retried.result, Err(CallError::TimedOut(_))));
    assert_eq!(retried.stop, Some(Stop::AttemptsExhausted));
    let took = started.elapsed();
    assert!(took >= Duration::from_millis(300), "{took:?}");
    assert!(took < Duration::from_secs(5), "{took:?}");
    assert_eq!(server.hits(), 3);

    // The whole call's limit: no wait passes it, and the last attempt is cut at it.
    let started = tokio::time::Instant::now();
    let policy = RetryPolicy::new()
        .max_elapsed(Duration::from_millis(250))
        .attempt_timeout(Duration::from_millis(100));
    let retried = retry::run(&policy, Idempotency::Idempotent, tokio::time::sleep, |_| {
        call(&client, &uri)
    })
    .await;
    assert!(
        retried.elapsed <= Duration::from_millis(400),
        "{:?}",
        retried.elapsed
    );
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(retried.stop, Some(Stop::DeadlineReached));
}

#[tokio::test(flavor = "current_thread")]
async fn a_state_conflict_is_retried_on_a_call_that_is_not_idempotent() {
    let (retried, hits) = {
        let server = Server::start().await;
        let client = client();
        let uri = format!("http://{}/conflict-twice", server.address);
        let policy = policy().conflict_base(Duration::from_millis(2));
        let idempotency = Idempotency::for_action("StartInstance", false);
        let retried = retry::run(&policy, idempotency, tokio::time::sleep, |_| {
            call(&client, &uri)
        })
        .await;
        (retried, server.hits())
    };
    assert_eq!((retried.attempts, hits), (3, 3));
    assert_eq!(retried.result.unwrap().request_id.as_deref(), Some("R-OK"));

    // A caller who knows better: `never` for that code, one attempt.
    let server = Server::start().await;
    let client = client();
    let uri = format!("http://{}/conflict-twice", server.address);
    let policy = policy().classify("IncorrectInstanceStatus", Retry::Never);
    let retried = retry::run(
        &policy,
        Idempotency::NotIdempotent,
        tokio::time::sleep,
        |_| call(&client, &uri),
    )
    .await;
    assert_eq!((retried.attempts, server.hits()), (1, 1));
    assert_eq!(retried.stop, Some(Stop::NotRetryable));
}

mod tower_layer {
    use super::*;
    use tower::{Service, ServiceBuilder, ServiceExt};

    /// A tower stack: the retry layer over a service that calls the server and decodes.
    async fn call_through_tower(path: &str, idempotency: Idempotency) -> (Outcome, u32) {
        let server = Server::start().await;
        let client = client();
        let base = format!("http://{}", server.address);
        let inner = tower::service_fn(move |path: String| {
            let client = client.clone();
            let uri = format!("{base}{path}");
            async move { call(&client, &uri).await }
        });
        let mut service = ServiceBuilder::new()
            .layer(retry::layer(
                policy(),
                move |_: &String| idempotency,
                tokio::time::sleep,
            ))
            .service(inner);
        let outcome = service.ready().await.unwrap().call(path.to_owned()).await;
        (outcome, server.hits())
    }

    #[tokio::test(flavor = "current_thread")]
    async fn the_tower_layer_retries_as_the_loop_does() {
        let (outcome, hits) =
            call_through_tower("/throttled-twice", Idempotency::NotIdempotent).await;
        assert_eq!(hits, 3);
        assert_eq!(outcome.unwrap().request_id.as_deref(), Some("R-OK"));

        let (outcome, hits) = call_through_tower("/unavailable", Idempotency::NotIdempotent).await;
        assert_eq!(hits, 1);
        assert!(outcome.is_err());
        let (_, hits) = call_through_tower("/unavailable", Idempotency::Idempotent).await;
        assert_eq!(hits, 4);
        let (_, hits) = call_through_tower("/wait-too-long", Idempotency::Idempotent).await;
        assert_eq!(hits, 1);
        let (_, hits) = call_through_tower("/invalid", Idempotency::Idempotent).await;
        assert_eq!(hits, 1);
    }

    /// A service whose error is the crate's own `Error<E>` goes under the layer as it is.
    #[tokio::test(flavor = "current_thread")]
    async fn a_service_failing_with_the_crates_own_error_is_retried_by_its_class() {
        use aliyun_errors::oss::OssError;
        let calls = Arc::new(AtomicU32::new(0));
        let counted = calls.clone();
        let inner = tower::service_fn(move |_: ()| {
            counted.fetch_add(1, Ordering::SeqCst);
            let response = http::Response::builder()
                .status(403)
                .body("<Error><Code>RequestTimeTooSkewed</Code><Message>m</Message></Error>")
                .unwrap();
            std::future::ready(decode_http::<IgnoredAny, OssError, _>(&response))
        });
        let layer = retry::layer(
            policy(),
            |_: &()| Idempotency::Idempotent,
            tokio::time::sleep,
        );
        let mut service = ServiceBuilder::new().layer(layer).service(inner);
        let outcome = service.ready().await.unwrap().call(()).await;
        let Err(Error::Api(e)) = outcome else {
            panic!("{outcome:?}");
        };
        assert_eq!(
            e.retry(),
            Retry::Transient,
            "OSS's skewed clock, by OSS's rule"
        );
        assert_eq!(
            calls.load(Ordering::SeqCst),
            4,
            "retried up to the attempts"
        );
    }
}

/// The crate's own error goes into the loop as it is: an operation returning
/// `Result<T, Error<E>>` needs no wrapper, and a cut attempt is an `Unrecognized` of reason
/// `TimedOut` (no status), retried as a transport timeout.
#[tokio::test(flavor = "current_thread")]
async fn an_operation_returning_the_crates_own_error_goes_into_the_loop_as_it_is() {
    use aliyun_errors::oss::OssError;
    use aliyun_errors::{Unrecognized, UnrecognizedReason};

    // OSS's skewed clock: retried by OSS's rule, which `e.retry()` tells too.
    let response = http::Response::builder()
        .status(403)
        .header("content-type", "application/xml")
        .body("<Error><Code>RequestTimeTooSkewed</Code><Message>m</Message></Error>")
        .unwrap();
    let twice = policy().max_attempts(2);
    let idempotency = Idempotency::Idempotent;
    let retried = retry::run(&twice, idempotency, tokio::time::sleep, |_| async {
        decode_http::<IgnoredAny, OssError, _>(&response)
    })
    .await;
    let Err(Error::Api(e)) = &retried.result else {
        panic!("{:?}", retried.result);
    };
    assert_eq!(e.kind(), Some(OssError::RequestTimeTooSkewed));
    assert_eq!(e.retry(), Retry::Transient);
    assert_eq!(
        (retried.attempts, retried.stop),
        (2, Some(Stop::AttemptsExhausted))
    );

    // An attempt that never answers is cut, kept as a `TimedOut` with no status.
    let cutting = twice.attempt_timeout(Duration::from_millis(20));
    let retried = retry::run(&cutting, idempotency, tokio::time::sleep, |_| {
        std::future::pending::<Result<Response<IgnoredAny>, Error<EcsError>>>()
    })
    .await;
    assert_eq!(
        retried.attempts, 2,
        "a cut attempt is retried when idempotent"
    );
    let Err(Error::Unrecognized(u)) = &retried.result else {
        panic!("{:?}", retried.result);
    };
    assert_eq!(u.reason(), UnrecognizedReason::TimedOut);
    assert_eq!((u.http_status(), u.excerpt()), (0, ""));
    assert_eq!(u.retry(), Retry::Transient);
    assert_eq!(
        u.to_string(),
        "unrecognized response (HTTP 0): timed_out: the attempt timed out after 20ms"
    );
    let cut = Unrecognized::timed_out(retry::TimedOut {
        after: Duration::from_millis(20),
    });
    assert_eq!(u, &cut);
    // Not idempotent: a cut attempt may have been carried out, so it is not repeated.
    let retried = retry::run(
        &cutting,
        Idempotency::NotIdempotent,
        tokio::time::sleep,
        |_| std::future::pending::<Result<Response<IgnoredAny>, Error<EcsError>>>(),
    )
    .await;
    assert_eq!(
        (retried.attempts, retried.stop),
        (1, Some(Stop::NotRetryable))
    );
}
