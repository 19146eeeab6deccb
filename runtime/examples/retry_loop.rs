//! A retry loop on `RetryPolicy` and `retry::run`.
//!
//! The "transport" here replays three responses an API could send for one call (throttled
//! with `x-acs-retry-after`, then a 503 page from a gateway, then success), so the example
//! runs anywhere; a real SDK would send the request with its HTTP client instead, and pass
//! its runtime's sleep (`tokio::time::sleep`) where this one blocks the thread.
//!
//! cargo run -p aliyun-errors --example retry_loop --features http

use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use aliyun_errors::ecs::EcsError;
use aliyun_errors::{Idempotency, RetryPolicy, decode_http, retry};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct DescribeRegions {
    #[serde(rename = "Regions")]
    regions: Regions,
}

#[derive(Debug, Deserialize)]
struct Regions {
    #[serde(rename = "Region", default)]
    region: Vec<Region>,
}

#[derive(Debug, Deserialize)]
struct Region {
    #[serde(rename = "RegionId")]
    region_id: String,
}

/// Replays the responses of attempt 1, 2, 3, ...
fn send(attempt: u32) -> http::Response<Vec<u8>> {
    let (status, content_type, retry_after, body): (u16, &str, Option<&str>, &str) = match attempt {
        1 => (
            400,
            "application/json",
            Some("200"),
            r#"{"RequestId":"A1","Code":"Throttling.User","Message":"Request was denied due to user flow control."}"#,
        ),
        2 => (
            503,
            "text/html",
            None,
            "<html><body>Service Unavailable</body></html>",
        ),
        _ => (
            200,
            "text/xml",
            None,
            "<DescribeRegionsResponse><RequestId>A3</RequestId><Regions><Region><RegionId>cn-hangzhou</RegionId></Region></Regions></DescribeRegionsResponse>",
        ),
    };
    let mut response = http::Response::builder()
        .status(status)
        .header("content-type", content_type);
    if let Some(ms) = retry_after {
        response = response.header("x-acs-retry-after", ms);
    }
    response
        .body(body.as_bytes().to_vec())
        .expect("a valid response")
}

/// A request as an SDK builds it: once, before the first attempt, so that every retry sends
/// the same `ClientToken` and the server runs the action at most once.
struct Request {
    action: &'static str,
    client_token: Option<String>,
}

fn main() {
    let request = Request {
        action: "DescribeRegions",
        client_token: Some("0c593ea1-3bea-11e9-b96b-88e9fe637760".to_owned()),
    };
    let idempotency = Idempotency::for_action(request.action, request.client_token.is_some());
    let policy = RetryPolicy::default();
    let sleep = |delay: Duration| async move { std::thread::sleep(delay) };
    let retried = block_on(retry::run(&policy, idempotency, sleep, |attempt| {
        let token = request.client_token.as_deref().unwrap_or("-");
        println!(
            "attempt {attempt}: {} (ClientToken {token})",
            request.action
        );
        // The loop's error says "timed out" too: `CallError` carries the server's answer,
        // a transport failure or a timeout.
        let decoded = decode_http::<DescribeRegions, EcsError, _>(&send(attempt));
        std::future::ready(decoded.map_err(retry::CallError::<EcsError, std::io::Error>::from))
    }));
    println!("{} attempts, waited {:?}", retried.attempts, retried.waited);
    match retried.result {
        Ok(response) => {
            let regions: Vec<&str> = response
                .data
                .regions
                .region
                .iter()
                .map(|r| r.region_id.as_str())
                .collect();
            println!(
                "ok: regions {regions:?}, RequestId {:?}",
                response.request_id
            );
        }
        Err(error) => {
            eprintln!("failed: {error}");
            std::process::exit(1);
        }
    }
}

/// Drives a future whose every step is ready (this example's transport and sleep block):
/// any executor would do; this one keeps the example free of a runtime dependency.
fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(output) = future.as_mut().poll(&mut cx) {
            return output;
        }
    }
}
