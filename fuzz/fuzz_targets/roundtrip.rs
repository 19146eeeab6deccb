//! An error built from arbitrary strings, encoded as XML and as JSON by the test encoder,
//! decodes back to the same fields.
#![no_main]

use aliyun_errors::ecs::EcsError;
use aliyun_errors::{Error, decode};
use aliyun_errors_tests::envelope::Envelope;
use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use serde::de::IgnoredAny;

#[derive(Arbitrary, Debug)]
struct Fields {
    request_id: String,
    host_id: String,
    code: String,
    message: String,
    recommend: String,
}

fuzz_target!(|fields: Fields| {
    let envelope = Envelope {
        request_id: fields.request_id,
        host_id: fields.host_id,
        code: fields.code,
        message: fields.message,
        recommend: fields.recommend,
    };
    let mut bodies = vec![envelope.to_json()];
    bodies.extend(envelope.to_xml());
    for body in bodies {
        let Err(Error::Api(e)) = decode::<IgnoredAny, EcsError>(400, None, body.as_bytes()) else {
            panic!("not decoded as an error: {body}");
        };
        assert_eq!(e.request_id(), Some(envelope.request_id.as_str()), "{body}");
        assert_eq!(e.host_id(), Some(envelope.host_id.as_str()), "{body}");
        assert_eq!(e.code(), envelope.code, "{body}");
        assert_eq!(e.message(), Some(envelope.message.as_str()), "{body}");
        assert_eq!(e.recommend(), Some(envelope.recommend.as_str()), "{body}");
    }
});
