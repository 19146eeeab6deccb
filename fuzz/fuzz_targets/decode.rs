//! Any status, headers and body: `decode_parts` returns, keeps the status (an event stream
//! sent with 200 may name its own), never invents a code, and bounds what it keeps
//! (excerpt, fields), whichever family the body looks like (event streams included).
#![no_main]

use aliyun_errors::ecs::EcsError;
use aliyun_errors::{EXCERPT_LIMIT, Error, decode_parts};
use libfuzzer_sys::fuzz_target;
use serde::de::IgnoredAny;

const CONTENT_TYPES: [&str; 6] = [
    "text/xml",
    "application/json; charset=utf-8",
    "text/html",
    "application/octet-stream",
    "TEXT/JSON",
    "",
];

/// The headers `decode_parts` reads; each input byte of the selector turns one on.
const HEADERS: [&str; 15] = [
    "x-acs-request-id",
    "x-oss-request-id",
    "x-log-requestid",
    "x-ca-request-id",
    "x-acs-retry-after",
    "retry-after",
    "x-oss-err",
    "x-ca-error-message",
    "x-ca-error-code",
    "x-fc-request-id",
    "x-fc-error-type",
    "x-datahub-request-id",
    "x-odps-request-id",
    "x-mns-request-id",
    "x-request-id",
];

fuzz_target!(|input: &[u8]| {
    let [a, b, c, d, e, rest @ ..] = input else { return };
    let status = u16::from_le_bytes([*a, *b]) % 600;
    let mut headers = http::HeaderMap::new();
    if let Ok(value) = http::HeaderValue::from_str(CONTENT_TYPES[*c as usize % CONTENT_TYPES.len()]) {
        headers.insert(http::header::CONTENT_TYPE, value);
    }
    // The first line of the rest is the headers' value; the remainder is the body.
    let (value, body) = match rest.iter().position(|&b| b == b'\n') {
        Some(at) => (&rest[..at], &rest[at + 1..]),
        None => (&rest[..0], rest),
    };
    let selector = u16::from_le_bytes([*d, *e]);
    for (i, name) in HEADERS.iter().enumerate() {
        if selector & (1 << i) != 0
            && let Ok(value) = http::HeaderValue::from_bytes(value)
        {
            headers.insert(*name, value);
        }
    }
    match decode_parts::<IgnoredAny, EcsError>(status, &headers, body) {
        Ok(_) => assert!((200..300).contains(&status)),
        Err(err) => {
            // An event stream sent with 200 may tell its real status (`:HTTP_STATUS/NNN`).
            assert!(err.http_status() == status || (200..300).contains(&status));
            match err {
                Error::Api(api) => {
                    // The code is the server's: in the body, the x-oss-err or a header.
                    assert!(api.code().len() <= body.len() + input.len());
                    assert!(api.fields().count() <= 64);
                    let kept: usize = api.fields().map(|(n, v)| n.len() + v.len()).sum();
                    assert!(kept <= 64 << 10);
                }
                Error::Unrecognized(u) => {
                    assert!(u.excerpt().len() <= EXCERPT_LIMIT);
                }
            }
        }
    }
});
