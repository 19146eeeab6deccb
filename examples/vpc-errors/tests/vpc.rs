//! The generated VpcError: merged tables, and decoding with it.

use aliyun_errors::{Error, ErrorCode, Retry, decode};
use aliyun_errors_example_vpc::VpcError;
use serde::de::IgnoredAny;

#[test]
fn merged_tables_keep_first_positions() {
    let codes: Vec<&str> = VpcError::ALL.iter().map(|e| e.code()).collect();
    assert_eq!(
        codes,
        [
            "Throttling",
            "IncompleteSignature",
            "InvalidAccessKeyId.NotFound",
            "Forbidden.RAM",
            "InternalError",
            "ServiceUnavailable",
            "InvalidVpcId.NotFound",
            "InvalidVSwitchId.NotFound",
            "OperationConflict",
            "IncorrectVpcStatus",
        ]
    );
    // Forbidden.RAM has a row from each file.
    assert_eq!(VpcError::ForbiddenRam.entries().len(), 2);
    assert_eq!(VpcError::table().len(), 11);
}

#[test]
fn the_generated_enum_decodes_errors() {
    let body = br#"<Error><RequestId>R</RequestId><Code>InvalidVpcId.NotFound</Code><Message>The specified VpcId does not exist.</Message></Error>"#;
    let Err(Error::Api(e)) = decode::<IgnoredAny, VpcError>(404, Some("text/xml"), body) else {
        panic!("expected an API error");
    };
    assert_eq!(e.kind(), Some(VpcError::InvalidVpcIdNotFound));
    assert_eq!(e.entry().and_then(|r| r.http_status), Some(404));
    assert_eq!(VpcError::OperationConflict.retry(), Retry::Transient);
}
