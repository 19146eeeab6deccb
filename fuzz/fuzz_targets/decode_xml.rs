//! Arbitrary XML-ish bodies, as errors and as success data: no panic, no stack overflow.
#![no_main]

use aliyun_errors::ecs::EcsError;
use aliyun_errors::{Decoder, decode};
use aliyun_errors_tests::describe_instances::DescribeInstances;
use libfuzzer_sys::fuzz_target;
use serde::de::IgnoredAny;

fuzz_target!(|input: &[u8]| {
    // Start it as XML, so that the fuzzer spends its time in the XML paths.
    let mut body = b"<".to_vec();
    body.extend_from_slice(input);
    let _ = decode::<IgnoredAny, EcsError>(400, Some("text/xml"), &body);
    let _ = decode::<DescribeInstances, EcsError>(200, Some("text/xml"), &body);
    let shallow = Decoder::new().max_depth(4);
    let _ = shallow.decode::<DescribeInstances, EcsError>(200, None, &body);
});
