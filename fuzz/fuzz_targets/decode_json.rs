//! Arbitrary JSON-ish bodies, as errors and as success data: no panic, no stack overflow.
#![no_main]

use aliyun_errors::decode;
use aliyun_errors::ecs::EcsError;
use aliyun_errors_tests::describe_instances::DescribeInstances;
use libfuzzer_sys::fuzz_target;
use serde::de::IgnoredAny;

fuzz_target!(|input: &[u8]| {
    let mut body = b"{".to_vec();
    body.extend_from_slice(input);
    let _ = decode::<IgnoredAny, EcsError>(400, Some("application/json"), &body);
    let _ = decode::<DescribeInstances, EcsError>(200, Some("application/json"), &body);
});
