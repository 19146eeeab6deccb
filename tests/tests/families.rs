//! The family tables of `spec/families/`: the codes each product's servers send that the API
//! metadata does not document, as users meet them through `aliyun_errors::<product>`. Each
//! case is (code, HTTP status, retry class), byte-exact as the documentation (or the
//! official SDK) names it; `spec/families/<product>.csv` records where each row comes from.

use aliyun_errors::{ErrorCode, Retry};

/// Each code resolves exactly, with its documented status and retry class, and is the
/// product's own (not a template's).
fn assert_codes<E: ErrorCode + std::fmt::Debug>(cases: &[(&str, u16, Retry)]) {
    for &(code, status, retry) in cases {
        let e = E::from_code(code).unwrap_or_else(|| panic!("{code} is not in the table"));
        assert_eq!(e.code(), code);
        assert!(
            e.http_statuses().any(|s| s == status),
            "{code}: {:?} lacks {status}",
            e.http_statuses().collect::<Vec<_>>()
        );
        assert_eq!(e.retry(), retry, "{code}");
    }
}

use Retry::{Conflict, Never, Throttling, Transient};

#[test]
fn oss() {
    assert_codes::<aliyun_errors::oss::OssError>(&[
        ("AccessDenied", 403, Never),
        ("BucketAlreadyExists", 409, Never),
        ("BucketNotEmpty", 409, Never),
        ("EntityTooLarge", 400, Never),
        ("FilePartNotExist", 400, Never),
        ("InvalidAccessKeyId", 403, Never),
        ("AccessKeyIdAndSecurityTokenNotMatch", 403, Never),
        ("InvalidSecurityToken", 403, Never),
        ("InDebt", 403, Never),
        ("NoSuchKey", 404, Never),
        ("NoSuchWebsiteConfiguration", 404, Never),
        // What OSS users meet most (issue: the codes real servers send).
        ("NoSuchBucket", 404, Never),
        ("RequestTimeTooSkewed", 403, Never),
        ("InvalidArgument", 400, Never),
        ("UserDisable", 403, Never),
        ("NoSuchUpload", 404, Never),
        ("PreconditionFailed", 412, Never),
    ]);
    // The POP gateway's codes are not OSS's.
    assert!(aliyun_errors::oss::OssError::from_code("Throttling.User").is_none());
    assert!(aliyun_errors::oss::OssError::from_code("InvalidParamater").is_none());
}

#[test]
fn sls() {
    assert_codes::<aliyun_errors::sls::SlsError>(&[
        ("MissingContentLength", 411, Never),
        ("InvalidContentType", 415, Never),
        ("InvalidContentType", 400, Never),
        ("MissingBodyRawSize", 400, Never),
        ("InvalidCompressType", 400, Never),
        ("MissingHost", 400, Never),
        ("InvalidDateFormat", 400, Never),
        ("MissingAPIVersion", 400, Never),
        ("RequestTimeExpired", 400, Never),
        ("ProjectAlreadyExist", 400, Never),
        ("PostBodyInvalid", 400, Never),
        ("Unauthorized", 401, Never),
        ("SignatureNotMatch", 401, Never),
    ]);
    assert!(aliyun_errors::sls::SlsError::from_code("SignatureNonceUsed").is_none());
}

#[test]
fn function_compute_2_and_3() {
    assert_codes::<aliyun_errors::fc_open::FcOpenError>(&[
        ("InvalidArgument", 400, Never),
        ("MissingRequiredHeader", 400, Never),
        ("EntityTooLarge", 400, Never),
        ("SignatureNotMatch", 403, Never),
        ("InvalidAccessKeyID", 403, Never),
        ("ServiceNotFound", 404, Never),
        ("VersionNotFound", 404, Never),
        ("ConcurrentUpdateError", 409, Conflict),
        ("ResourceExhausted", 429, Throttling),
        ("InternalServerError", 500, Transient),
        ("ResourceThrottled", 503, Throttling),
    ]);
    assert_codes::<aliyun_errors::fc::FcError>(&[
        ("InvalidArgument", 400, Never),
        ("MissingRequiredHeader", 400, Never),
        ("PathNotSupported", 400, Never),
        ("EntityTooLarge", 400, Never),
        ("AccessDenied", 403, Never),
        ("SignatureNotMatch", 403, Never),
        ("CAExited", 412, Never),
        ("CAFileNotFound", 412, Never),
        ("FunctionNotFound", 404, Never),
        ("InstanceMetricsRequired", 400, Never),
    ]);
}

#[test]
fn message_service() {
    assert_codes::<aliyun_errors::mns_open::MnsOpenError>(&[
        ("AccessDenied", 403, Never),
        ("InternalError", 500, Transient),
        ("InvalidArgument", 400, Never),
        ("InvalidDegist", 400, Never),
        ("MalformedXML", 400, Never),
        ("MessageNotExist", 404, Never),
        ("QueueAlreadyExist", 409, Never),
        ("QueueNotExist", 404, Never),
        ("ReceiptHandleError", 400, Never),
        ("SignatureDoesNotMatch", 403, Never),
        ("TimeExpired", 408, Never),
    ]);
}

#[test]
fn model_studio_native_and_openai_compatible() {
    assert_codes::<aliyun_errors::dashscope::DashscopeError>(&[
        ("InvalidParameter", 400, Never),
        ("DataInspectionFailed", 400, Never),
        ("BadRequest.EmptyModel", 400, Never),
        ("Arrearage", 400, Never),
        ("InvalidApiKey", 401, Never),
        ("AccessDenied", 403, Never),
        ("ModelNotFound", 404, Never),
        ("Throttling.RateQuota", 429, Throttling),
        ("Throttling.AllocationQuota", 429, Throttling),
        // The OpenAI-compatible mode's codes.
        ("invalid_api_key", 401, Never),
        ("access_denied", 403, Never),
        ("insufficient_quota", 429, Throttling),
    ]);
}

#[test]
fn sms_with_the_pop_gateway_first() {
    assert_codes::<aliyun_errors::dysmsapi::DysmsapiError>(&[
        ("OK", 200, Never),
        ("isv.SMS_SIGNATURE_SCENE_ILLEGAL", 200, Never),
        ("isv.EXTEND_CODE_ERROR", 200, Never),
        ("isv.DENY_IP_RANGE", 200, Never),
        ("isv.DAY_LIMIT_CONTROL", 200, Never),
        ("isv.MONTH_LIMIT_CONTROL", 200, Never),
        ("isv.SMS_CONTENT_ILLEGAL", 200, Never),
        ("isp.RAM_PERMISSION_DENY", 200, Never),
        ("isv.OUT_OF_SERVICE", 200, Never),
        ("isv.ACCOUNT_NOT_EXISTS", 200, Never),
        ("isv.SMS_SIGNATURE_ILLEGAL", 200, Never),
        ("isv.BUSINESS_LIMIT_CONTROL", 200, Never),
        // The POP gateway's common codes come first.
        ("InvalidAction.NotFound", 404, Never),
        ("Throttling.User", 400, Throttling),
    ]);
}

#[test]
fn sms_success_codes_make_its_200_envelopes_errors_but_ok() {
    use aliyun_errors::dysmsapi::{DysmsapiError, SUCCESS_CODES};
    use aliyun_errors::{Decoder, Error};
    use serde::de::IgnoredAny;
    assert_eq!(SUCCESS_CODES, ["OK"]);
    let sms = Decoder::new().success_codes(SUCCESS_CODES);
    let limited = r#"{"Message":"触发天级流控Permits:10","RequestId":"C0A0BE93","Code":"isv.BUSINESS_LIMIT_CONTROL"}"#;
    let Err(Error::Api(e)) = sms.decode::<IgnoredAny, DysmsapiError>(200, None, limited.as_bytes())
    else {
        panic!("expected an API error");
    };
    assert_eq!(e.kind(), Some(DysmsapiError::IsvBusinessLimitControl));
    let sent = br#"{"Message":"OK","RequestId":"R","BizId":"9006197469364984400","Code":"OK"}"#;
    assert!(
        sms.decode::<IgnoredAny, DysmsapiError>(200, None, sent)
            .is_ok()
    );
}

#[test]
fn api_gateway_and_maxcompute() {
    assert_codes::<aliyun_errors::cloudapi::CloudapiError>(&[
        ("I400HD", 400, Never),
        ("I400MH", 400, Never),
        ("I400BD", 400, Never),
        ("I400PA", 400, Never),
        ("I405UM", 405, Never),
        ("I400RU", 400, Never),
        ("I403PT", 403, Never),
        ("I413RL", 413, Never),
        ("I413UL", 413, Never),
        ("I400CT", 400, Never),
        ("I404DO", 404, Never),
        ("I410GG", 410, Never),
        ("I400SG", 400, Never),
        ("I404NF", 404, Never),
        ("X400PM", 400, Never),
        ("SignatureDoesNotMatch", 400, Never),
    ]);
    assert_codes::<aliyun_errors::maxcompute::MaxcomputeError>(&[
        ("ODPS-0410001", 400, Never),
        ("ODPS-0410011", 400, Never),
        ("ODPS-0410021", 400, Never),
        ("ODPS-0410031", 400, Never),
        ("ODPS-0410042", 401, Never),
        ("ODPS-0410051", 401, Never),
        ("ODPS-0420031", 400, Never),
        ("ODPS-0420041", 400, Never),
        ("ODPS-0420051", 400, Never),
        ("ODPS-0420061", 400, Never),
    ]);
}

#[test]
fn the_pop_gateway_table_answers_for_a_product_without_codes_of_its_own() {
    use aliyun_errors::pop::PopError;
    assert_codes::<PopError>(&[
        ("InvalidAction.NotFound", 404, Never),
        ("InvalidApi.NotFound", 404, Never),
        ("InvalidAccessKeyId.NotFound", 404, Never),
        ("InvalidAccessKeyId.Inactive", 400, Never),
        ("InvalidTimeStamp.Expired", 400, Never),
        ("SignatureDoesNotMatch", 400, Never),
        ("SignatureNonceUsed", 400, Transient),
        ("Throttling.User", 400, Throttling),
        ("ServiceUnavailable", 503, Transient),
        ("InvalidParamater", 400, Never),
    ]);
    // `agentrun` documents no code: its enum is the POP gateway's, with no feature to enable.
    let agentrun: aliyun_errors::agentrun::AgentrunError = PopError::ThrottlingUser;
    assert_eq!(agentrun.code(), "Throttling.User");
}

#[test]
fn ecs_holds_the_pop_gateway_after_the_return_results_page() {
    use aliyun_errors::ecs::EcsError;
    assert_codes::<EcsError>(&[
        ("InvalidAction.NotFound", 404, Never),
        ("SignatureDoesNotMatch", 400, Never),
        ("Throttling.User", 400, Throttling),
    ]);
    // The return-results page's 41 codes stay the first variants.
    assert_eq!(EcsError::ALL[0].code(), spec_first_code());
    let pop = EcsError::from_code("InvalidAction.NotFound").unwrap();
    assert!(EcsError::ALL.iter().position(|&e| e == pop).unwrap() >= 41);
}

/// The first code of `spec/ecs.csv`, read from the file itself.
fn spec_first_code() -> String {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/ecs.csv")).unwrap();
    let row = text.lines().nth(1).unwrap();
    row.split(',').next().unwrap().to_owned()
}
