//! The whole HTTP path: a real HTTP server on 127.0.0.1 (an ephemeral port) serves error and
//! success bodies with their statuses, Content-Types and headers; a real client (hyper) fetches
//! each, and `decode_http` turns the response into the typed outcome.

use std::convert::Infallible;
use std::time::Duration;

use aliyun_errors::ecs::EcsError;
use aliyun_errors::{Error, ErrorCode, Format, Retry, UnrecognizedReason, decode_http};
use aliyun_errors_tests::describe_instances::{DescribeInstances, json_body, xml_body};
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::{TokioExecutor, TokioIo};
use serde::de::IgnoredAny;

/// What the server sends for a path: status, Content-Type, `x-acs-retry-after`, body.
fn route(path: &str) -> (u16, &'static str, Option<&'static str>, Vec<u8>) {
    match path {
        "/throttled" => (
            400,
            "application/json;charset=utf-8",
            Some("1500"),
            br#"{"RequestId":"R-1","HostId":"ecs.aliyuncs.com","Code":"Throttling.Burst","Message":"Request was denied due to user flow control."}"#.to_vec(),
        ),
        "/forbidden" => (
            403,
            "text/xml;charset=UTF-8",
            None,
            b"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><RequestId>R-2</RequestId><HostId>ecs.aliyuncs.com</HostId><Code>Forbidden.RAM</Code><Message>User not authorized to operate on the specified resource, or this API doesn\xE2\x80\x99t support RAM.</Message></Error>".to_vec(),
        ),
        "/invalid-param-with-retry-after" => (
            400,
            "application/json",
            Some("250"),
            br#"{"RequestId":"R-3","Code":"InvalidParameter","Message":"The specified parameter is not valid"}"#.to_vec(),
        ),
        "/gateway" => (
            502,
            "text/html",
            None,
            b"<html><head><title>502 Bad Gateway</title></head><body>Tengine</body></html>".to_vec(),
        ),
        "/empty" => (503, "text/plain", None, Vec::new()),
        "/instances.json" => (200, "application/json", None, json_body(50).into_bytes()),
        "/instances.xml" => (200, "text/xml", None, xml_body(50).into_bytes()),
        _ => (404, "text/plain", None, b"no such path".to_vec()),
    }
}

async fn serve(
    request: Request<hyper::body::Incoming>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let (status, content_type, retry_after, body) = route(request.uri().path());
    let mut response = Response::builder()
        .status(status)
        .header("content-type", content_type);
    if let Some(ms) = retry_after {
        response = response.header("x-acs-retry-after", ms);
    }
    Ok(response
        .body(Full::new(Bytes::from(body)))
        .expect("valid response"))
}

/// Fetches every path from a server on a loopback ephemeral port, with a real client.
async fn fetch_all(paths: &[&str]) -> Vec<http::Response<Bytes>> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let server = tokio::spawn(async move {
        // Bounded: one connection per path at most, then the server stops.
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                return;
            };
            tokio::spawn(async move {
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service_fn(serve))
                    .await;
            });
        }
    });
    let client = hyper_util::client::legacy::Client::builder(TokioExecutor::new())
        .build_http::<Full<Bytes>>();
    let mut responses = Vec::new();
    for path in paths {
        let uri: hyper::Uri = format!("http://{address}{path}").parse().unwrap();
        let response = tokio::time::timeout(Duration::from_secs(10), client.get(uri))
            .await
            .expect("the loopback server answers within 10 s")
            .unwrap();
        let (parts, body) = response.into_parts();
        let body = body.collect().await.unwrap().to_bytes();
        responses.push(http::Response::from_parts(parts, body));
    }
    server.abort();
    responses
}

#[tokio::test(flavor = "current_thread")]
async fn responses_from_a_real_server_decode_to_their_outcomes() {
    let paths = [
        "/throttled",
        "/forbidden",
        "/invalid-param-with-retry-after",
        "/gateway",
        "/empty",
        "/instances.json",
        "/instances.xml",
    ];
    let responses = fetch_all(&paths).await;
    let [throttled, forbidden, invalid, gateway, empty, json, xml] = &responses[..] else {
        panic!("one response per path");
    };

    let Err(Error::Api(e)) = decode_http::<IgnoredAny, EcsError, _>(throttled) else {
        panic!("throttled: expected an API error");
    };
    assert_eq!((e.http_status(), e.code()), (400, "Throttling.Burst"));
    assert_eq!((e.kind(), e.family()), (None, Some(EcsError::Throttling)));
    assert_eq!(e.retry(), Retry::Throttling);
    assert_eq!(e.retry_after(), Some(Duration::from_millis(1500)));
    assert_eq!(
        (e.request_id(), e.host_id()),
        (Some("R-1"), Some("ecs.aliyuncs.com"))
    );
    assert_eq!(e.format(), Format::Json);

    let Err(Error::Api(e)) = decode_http::<IgnoredAny, EcsError, _>(forbidden) else {
        panic!("forbidden: expected an API error");
    };
    assert_eq!(e.kind(), Some(EcsError::ForbiddenRam));
    assert_eq!(e.entry().and_then(|r| r.http_status), Some(403));
    assert_eq!((e.retry(), e.retry_after()), (Retry::Never, None));
    assert_eq!(e.format(), Format::Xml);

    // The header makes any error throttling, whatever its code's class.
    let Err(Error::Api(e)) = decode_http::<IgnoredAny, EcsError, _>(invalid) else {
        panic!("invalid: expected an API error");
    };
    assert_eq!(e.kind(), Some(EcsError::InvalidParameter));
    assert_eq!(EcsError::InvalidParameter.retry(), Retry::Never);
    assert_eq!(e.retry(), Retry::Throttling);
    assert_eq!(e.retry_after(), Some(Duration::from_millis(250)));

    let Err(Error::Unrecognized(u)) = decode_http::<IgnoredAny, EcsError, _>(gateway) else {
        panic!("gateway: expected unrecognized");
    };
    assert_eq!(
        (u.http_status(), u.content_type()),
        (502, Some("text/html"))
    );
    assert_eq!(u.reason(), UnrecognizedReason::NotAnEnvelope);
    assert_eq!(u.retry(), Retry::Transient);
    assert!(u.excerpt().contains("502 Bad Gateway"));

    let Err(Error::Unrecognized(u)) = decode_http::<IgnoredAny, EcsError, _>(empty) else {
        panic!("empty: expected unrecognized");
    };
    assert_eq!(
        (u.http_status(), u.reason()),
        (503, UnrecognizedReason::Empty)
    );

    let from_json = decode_http::<DescribeInstances, EcsError, _>(json).unwrap();
    let from_xml = decode_http::<DescribeInstances, EcsError, _>(xml).unwrap();
    assert_eq!(from_json, from_xml);
    assert_eq!(from_json.data.instances.instance.len(), 50);
    assert_eq!(
        from_json.request_id.as_deref(),
        Some("473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E")
    );
}
