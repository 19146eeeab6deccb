//! The family tables hold their official lists whole: the codes each family's error-code
//! documentation and its official SDKs' error constants name (`spec/families/<product>.csv`
//! gives each row's source). Each case is (code, its documented status or `None` where no
//! source documents one, retry class), byte-exact; the first cases of each family are codes
//! that users met on real responses while the tables lacked them.

use aliyun_errors::{ErrorCode, Retry};

use Retry::{Conflict, Never, Throttling, Transient};

/// Each code resolves exactly, with the status asserted (`None`: the crate reports none,
/// never a made-up one) and its retry class.
fn assert_listed<E: ErrorCode>(cases: &[(&str, Option<u16>, Retry)]) {
    assert!(cases.len() >= 10, "at least ten codes a family");
    for &(code, status, retry) in cases {
        let e = E::from_code(code).unwrap_or_else(|| panic!("{code} is not in the table"));
        assert_eq!(e.code(), code);
        match status {
            Some(status) => assert!(
                e.http_statuses().any(|s| s == status),
                "{code}: {:?} lacks {status}",
                e.http_statuses().collect::<Vec<_>>()
            ),
            None => {
                assert_eq!(e.http_status(), None, "{code}");
                assert_eq!(e.http_statuses().count(), 0, "{code}");
                assert!(e.entries().all(|row| row.http_status.is_none()), "{code}");
            }
        }
        assert_eq!(e.retry(), retry, "{code}");
    }
}

#[test]
fn oss() {
    assert_listed::<aliyun_errors::oss::OssError>(&[
        ("SignatureDoesNotMatch", Some(403), Never),
        ("MethodNotAllowed", Some(405), Never),
        ("TooManyBuckets", Some(400), Never),
        ("RestoreAlreadyInProgress", Some(409), Never),
        ("MissingContentLength", Some(411), Never),
        ("KeyDisabled", Some(409), Never),
        ("UploadTrafficRateLimitExceeded", Some(503), Throttling),
        ("TotalQpsLimitExceeded", Some(503), Transient),
        // The Java SDK's constants name them, with no status.
        ("NoSuchVersion", None, Never),
        ("SecurityTokenNotSupported", None, Never),
        ("NoSuchBucket", Some(404), Never),
        ("InvalidObjectState", Some(403), Never),
    ]);
}

#[test]
fn log_service() {
    assert_listed::<aliyun_errors::sls::SlsError>(&[
        ("ShardWriteQuotaExceed", Some(403), Never),
        ("ShardReadQuotaExceed", Some(403), Never),
        ("ConfigNotExist", Some(404), Never),
        ("MachineGroupNotExist", Some(404), Never),
        ("InvalidCursor", Some(400), Never),
        ("PostBodyInvalid", Some(499), Never),
        ("MetaOperationQpsLimitExceeded", Some(403), Never),
        ("InternalServerError", Some(500), Transient),
        ("GroupAlreadyExist", None, Never),
        ("TopostoreNotExist", None, Never),
        ("LogstoreNotExists", None, Never),
    ]);
}

#[test]
fn model_studio_native_and_openai_compatible() {
    assert_listed::<aliyun_errors::dashscope::DashscopeError>(&[
        // OpenAI-compatible mode.
        ("invalid_parameter_error", Some(400), Never),
        ("invalid_request_error", Some(400), Never),
        ("model_not_found", Some(404), Never),
        ("limit_requests", Some(429), Throttling),
        ("insufficient_quota", Some(429), Throttling),
        ("rate_limit_error", Some(429), Throttling),
        ("overloaded_error", Some(503), Transient),
        ("mismatched_model", None, Never),
        // Native.
        ("InvalidApiKey", Some(401), Never),
        ("Throttling.RateQuota", Some(429), Throttling),
        ("Arrearage", Some(400), Never),
        ("DataInspectionFailed", Some(400), Never),
        ("RequestTimeOut", Some(408), Never),
    ]);
}

#[test]
fn message_service() {
    assert_listed::<aliyun_errors::mns_open::MnsOpenError>(&[
        ("QueueNotExist", Some(404), Never),
        ("MessageNotExist", Some(404), Never),
        ("QueueAlreadyExist", Some(409), Never),
        ("TimeExpired", Some(408), Never),
        ("InternalError", Some(500), Transient),
        // The documentation's spelling and the SDKs' are both kept, each with its source.
        ("InvalidDegist", Some(400), Never),
        ("InvalidDigest", None, Never),
        ("TopicNotExist", None, Never),
        ("SubscriptionNotExist", None, Never),
        ("QpsLimitExceeded", None, Never),
        ("TopicDeletedRecently", None, Never),
    ]);
}

#[test]
fn function_compute_2() {
    assert_listed::<aliyun_errors::fc_open::FcOpenError>(&[
        ("ServiceNotFound", Some(404), Never),
        ("ConcurrentUpdateError", Some(409), Conflict),
        ("ResourceExhausted", Some(429), Throttling),
        ("ResourceThrottled", Some(503), Throttling),
        ("AsyncConfigNotExists", Some(404), Never),
        ("CAExited", Some(412), Never),
        ("DomainNameNotResolved", Some(400), Never),
        ("ClientClosedRequest", Some(499), Never),
        ("BadResponse", Some(502), Transient),
        ("FunctionNotFound", None, Never),
        ("TriggerNotFound", None, Never),
    ]);
}

#[test]
fn function_compute_3() {
    assert_listed::<aliyun_errors::fc::FcError>(&[
        ("FunctionNotFound", Some(404), Never),
        ("AliasNotFound", Some(404), Never),
        ("DomainNameNotFound", Some(404), Never),
        ("InstanceMetricsRequired", Some(400), Never),
        ("CAFileNotFound", Some(412), Never),
        ("SignatureNotMatch", Some(403), Never),
        ("AccessDenied", Some(403), Never),
        ("EntityTooLarge", Some(400), Never),
        // The 2023-03-30 error-code page names them with no status.
        ("ConcurrentUpdateError", None, Conflict),
        ("FunctionAlreadyExists", None, Never),
        ("InternalServerError", None, Transient),
        ("PreconditionFailed", None, Never),
    ]);
}

#[test]
fn sms() {
    assert_listed::<aliyun_errors::dysmsapi::DysmsapiError>(&[
        ("isv.BUSINESS_LIMIT_CONTROL", Some(200), Never),
        ("isv.SMS_SIGNATURE_ILLEGAL", Some(200), Never),
        ("1000146", Some(200), Never),
        ("Account.Abnormal", Some(400), Never),
        ("isv.MOBILE_NUMBER_ILLEGAL", None, Never),
        ("isv.AMOUNT_NOT_ENOUGH", None, Never),
        ("isv.TEMPLATE_MISSING_PARAMETERS", None, Never),
        ("isp.SYSTEM_ERROR", None, Never),
        // The international service's codes.
        ("OUT_OF_SERVICE", None, Never),
        ("QPS_LIMIT_CONTROL", None, Never),
        ("MOBILE_NUMBER_ILLEGAL", None, Never),
    ]);
}

#[test]
fn voice_service() {
    assert_listed::<aliyun_errors::dyvmsapi::DyvmsapiError>(&[
        ("isv.AMOUNT_NOT_ENOUG", Some(400), Never),
        ("100008.0", Some(400), Never),
        ("isp.SYSTEM_ERROR", Some(500), Transient),
        ("isp.GATEWAY_ERROR", Some(500), Transient),
        ("BillidNotExist", Some(400), Never),
        ("isv.BUSINESS_LIMIT_CONTROL", None, Never),
        ("isv.AMOUNT_NOT_ENOUGH", None, Never),
        ("isv.TTS_TEMPLATE_ILLEGAL", None, Never),
        ("isv.MOBILE_NUMBER_ILLEGAL", None, Never),
        ("isv.OUT_OF_SERVICE", None, Never),
        ("isv.VOICE_CALL_FAIL", None, Never),
    ]);
}

#[test]
fn api_gateway() {
    assert_listed::<aliyun_errors::cloudapi::CloudapiError>(&[
        ("I400HD", Some(400), Never),
        ("I400MH", Some(400), Never),
        ("I405UM", Some(405), Never),
        ("I403PT", Some(403), Never),
        ("I413RL", Some(413), Never),
        ("I404DO", Some(404), Never),
        ("I410GG", Some(410), Never),
        ("I404NF", Some(404), Never),
        ("X500ED", Some(500), Transient),
        ("X500AM", Some(500), Transient),
        ("X403DG", Some(403), Never),
        ("D504CO", Some(504), Transient),
    ]);
}

#[test]
fn maxcompute() {
    assert_listed::<aliyun_errors::maxcompute::MaxcomputeError>(&[
        ("ODPS-0410001", Some(400), Never),
        ("ODPS-0410011", Some(400), Never),
        ("ODPS-0420095", Some(403), Never),
        ("ODPS-0130131", None, Never),
        ("NoSuchObject", None, Never),
        ("SchemaParseError", None, Never),
        ("InvalidStateSetting", None, Conflict),
        ("RequestQuotaExceeded", None, Never),
        ("SlotExceeded", None, Never),
        ("RequestTimeTooSkewed", None, Never),
        ("DeleteConflict", None, Never),
    ]);
}

#[test]
fn datahub() {
    // No source gives a DataHub code's status: every row leaves it out.
    assert_listed::<aliyun_errors::datahub::DatahubError>(&[
        ("NoSuchProject", None, Never),
        ("NoSuchTopic", None, Never),
        ("LimitExceeded", None, Never),
        ("InvalidCursor", None, Never),
        ("NoSuchShard", None, Never),
        ("InvalidParameter", None, Never),
        ("MalformedRecord", None, Never),
        ("ProjectAlreadyExist", None, Never),
        ("SeekOutOfRange", None, Never),
        ("InternalServerError", None, Transient),
        ("OffsetReseted", None, Never),
        ("Unauthorized", None, Never),
    ]);
    use aliyun_errors::datahub::DatahubError;
    assert!(DatahubError::ALL.iter().all(|e| e.http_status().is_none()));
}

#[test]
fn tablestore() {
    assert_listed::<aliyun_errors::tablestore::TablestoreError>(&[
        ("OTSAuthFailed", Some(403), Never),
        ("OTSParameterInvalid", Some(400), Never),
        ("OTSServerBusy", Some(503), Transient),
        ("OTSRowOperationConflict", Some(409), Conflict),
        ("OTSObjectNotExist", Some(404), Never),
        ("OTSTableNotReady", Some(404), Never),
        ("OTSFlowControl", Some(429), Throttling),
        ("OTSConditionCheckFail", Some(403), Never),
        ("OTSTimeout", Some(503), Transient),
        ("OTSInternalServerError", Some(500), Transient),
        ("OTSQuotaExhausted", Some(403), Never),
        ("OTSOperationThrottled", None, Throttling),
        ("OTSSessionNotExist", None, Never),
    ]);
}
