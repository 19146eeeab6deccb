//! Any status, Content-Type and body: `decode` returns, keeps the status, never invents a code.
#![no_main]

use aliyun_errors::ecs::EcsError;
use aliyun_errors::{EXCERPT_LIMIT, Error, decode};
use libfuzzer_sys::fuzz_target;
use serde::de::IgnoredAny;

const CONTENT_TYPES: [Option<&str>; 6] = [
    None,
    Some("text/xml"),
    Some("application/json; charset=utf-8"),
    Some("text/html"),
    Some("application/octet-stream"),
    Some("TEXT/JSON"),
];

fuzz_target!(|input: &[u8]| {
    let [a, b, c, body @ ..] = input else { return };
    let status = u16::from_le_bytes([*a, *b]) % 600;
    let content_type = CONTENT_TYPES[*c as usize % CONTENT_TYPES.len()];
    match decode::<IgnoredAny, EcsError>(status, content_type, body) {
        Ok(_) => assert!((200..300).contains(&status)),
        Err(err) => {
            assert_eq!(err.http_status(), status);
            match err {
                Error::Api(api) => {
                    // The code is the server's: it occurs in the body (escapes aside).
                    assert!(api.code().len() <= body.len());
                }
                Error::Unrecognized(u) => {
                    assert!(u.excerpt().len() <= EXCERPT_LIMIT);
                    assert_eq!(u.body_len(), body.len());
                }
            }
        }
    }
});
