//! A retry loop driven by `retry()` and `retry_after()`.
//!
//! The "transport" here replays three responses an API could send for one call (throttled
//! with `x-acs-retry-after`, then a 503 page from a gateway, then success), so the example
//! runs anywhere; a real SDK would send the request with its HTTP client instead.
//!
//! cargo run -p aliyun-errors --example retry_loop --features http

use std::time::Duration;

use aliyun_errors::ecs::EcsError;
use aliyun_errors::{Error, Response, Retry, decode_http};
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

/// Replays the responses of attempt 0, 1, 2, ...
fn send(attempt: u32) -> http::Response<Vec<u8>> {
    let (status, content_type, retry_after, body): (u16, &str, Option<&str>, &str) = match attempt {
        0 => (
            400,
            "application/json",
            Some("200"),
            r#"{"RequestId":"A1","Code":"Throttling.User","Message":"Request was denied due to user flow control."}"#,
        ),
        1 => (
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

/// Calls until success, a non-retryable error or `max_attempts`; waits what the server asks,
/// else an exponential back-off.
fn call_with_retries(max_attempts: u32) -> Result<Response<DescribeRegions>, Error<EcsError>> {
    let mut backoff = Duration::from_millis(100);
    let mut attempt = 0;
    loop {
        let error = match decode_http::<DescribeRegions, EcsError, _>(&send(attempt)) {
            Ok(response) => return Ok(response),
            Err(error) => error,
        };
        attempt += 1;
        if error.retry() == Retry::Never || attempt == max_attempts {
            return Err(error);
        }
        let wait = error.retry_after().unwrap_or(backoff);
        println!(
            "attempt {attempt}: {error} -> retry ({}) in {wait:?}",
            error.retry()
        );
        std::thread::sleep(wait);
        backoff = (backoff * 2).min(Duration::from_secs(5));
    }
}

fn main() {
    match call_with_retries(5) {
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
        Err(error) => println!("failed: {error} (RequestId {:?})", error.request_id()),
    }
}
