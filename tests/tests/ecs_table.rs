//! Every row of the source document's table, checked through `EcsError`: the return-results
//! table comes first (its 48 rows, its 41 codes the first variants), the POP gateway's
//! (`spec/families/pop.csv`) and the API metadata's (`spec/ecs-api.csv`) after.
//!
//! `SOURCE` is the table as the ECS OpenAPI page prints it (code, HTTP status, message,
//! separated by the first two spaces), copied verbatim: it checks `spec/ecs.csv` and the
//! generated enum against the document, not against themselves.

use std::collections::HashSet;

use aliyun_errors::ecs::EcsError;
use aliyun_errors::{Entry, ErrorCode, Retry};

const SOURCE: &str = "\
IdempotentParameterMismatch 400 The request is retried with updated parameters.
IllegalTimestamp 400 The input parameter “Timestamp” that is mandatory for processing this request is not supplied.
IncompleteSignature 400 The request signature does not conform to Aliyun standards.
InsufficientBalance 400 Your account does not have enough balance.
InvalidAccessKeyId.NotFound 400 The specified Access Key ID does not exist.
InvalidOwner 400 OwnerId and OwnerAccount can’t be used at one API access.
InvalidOwnerAccount 400 The specified OwnerAccount is not valid.
InvalidOwnerId 400 The specified OwnerId is not valid.
InvalidParamater 400 The specified parameter “SignatureMethod” is not valid.
InvalidParamater 400 The specified parameter “SignatureVersion” is not valid.
InvalidParameter 400 The specified parameter is not valid
InvalidParameter 400 The specified parameter “Action or Version” is not valid.
InvalidParameter.IsNull 400 The required parameter must be not null.
MissingParameter 400 The input parameter “Action” that is mandatory for processing this request is not supplied
MissingParameter 400 The input parameter “AccessKeyId” that is mandatory for processing this request is not supplied
MissingParameter 400 The input parameter “Signature” that is mandatory for processing the request is not supplied.
MissingParameter 400 The input parameter “TimeStamp” that is mandatory for processing this request is not supplied
MissingParameter 400 The input parameter “Version” that is mandatory for processing this request is not supplied
SignatureNonceUsed 400 The request signature nonce has been used.
Throttling 400 You have made too many requests within a short time; your request is denied due to request throttling.
UnsupportedParameter 400 The parameters is unsupported.
UnknownError 400 The request processing has failed due to some unknown error.
ChargeTypeViolation 403 The operation is not permitted due to charge type of the instance.
Forbidden.AccessKeyDisabled 403 The Access Key is disabled.
Forbidden.NotSupportRAM 403 This action does not support accessed by RAM mode.
Forbidden.RAM 403 User not authorized to operate on the specified resource, or this API doesn’t support RAM.
Forbidden.RiskControl 403 This operation is forbidden by Aliyun RiskControl system.
Forbidden.SubUser 403 The specified action is not available for you.
Forbidden.Unauthorized 403 User not authorized to operate on the specified resource.
InvalidAccount.NotFound 403 The specified Account does not exist.
InvalidAction 403 Specified action is not valid.
InvalidIdempotenceParameter.Mismatch 403 The specified parameters are different from before.
InvalidParameter.OwnerAccount 403 OwnerAccount is Invalid.
InvalidParameter.ResourceOwnerAccount 403 ResourceOwnerAccount is Invalid.
LastTokenProcessing 403 The last token request is processing.
MissingParameter 403 The input parameter OwnerId,OwnerAccount that is mandatory for processing this request is not supplied.
RealNameAuthenticationError 403 Your account has not passed the real-name authentication yet.
UnsupportedHTTPMethod 403 This http method is not supported.
InvalidDiskId.NotFound 404 The specified DiskId does not exist.
InvalidImageId.NotFound 404 The specified ImageId does not exist.
InvalidInstanceId.NotFound 404 The specified InstanceId does not exist.
InvalidRegionId.NotFound 404 The specified RegionId does not exist.
InvalidSecurityGroupId.NotFound 404 The specified SecurityGroupId does not exist.
InvalidSnapshotId.NotFound 404 The specified SnapshotId does not exist.
OperationConflict 409 Request was denied due to conflict with a previous request.
InternalError 500 The request processing has failed due to some unknown error, exception or failure.
ServiceUnavailable 503 The request has failed due to a temporary failure of the server.
ServiceUnavailable.RegionMaintaining 503 System maintenance is in progress on the selected region, please wait a few minutes before trying again.
";

fn source_rows() -> Vec<(&'static str, u16, &'static str)> {
    SOURCE
        .lines()
        .map(|line| {
            let mut parts = line.splitn(3, ' ');
            let code = parts.next().unwrap();
            let status = parts.next().unwrap().parse().unwrap();
            (code, status, parts.next().unwrap())
        })
        .collect()
}

#[test]
fn the_return_results_table_comes_first_then_the_metadata() {
    let rows = source_rows();
    assert_eq!(rows.len(), 48);
    let distinct: HashSet<_> = rows.iter().map(|r| r.0).collect();
    assert_eq!(distinct.len(), 41);
    // The 41 codes are the first variants, in the document's order.
    let mut seen = Vec::new();
    for (code, _, _) in &rows {
        if !seen.contains(code) {
            seen.push(*code);
        }
    }
    let first: Vec<&str> = EcsError::ALL[..41].iter().map(|e| e.code()).collect();
    assert_eq!(first, seen);
    // The metadata documents some two thousand more.
    assert!(EcsError::ALL.len() > 2000, "{}", EcsError::ALL.len());
    assert!(EcsError::table().len() > EcsError::ALL.len());
}

#[test]
fn every_source_row_is_an_entry_in_order_byte_exact() {
    // A code's rows start with its source rows, in the source's order.
    let rows = source_rows();
    for e in EcsError::ALL {
        let own: Vec<_> = rows.iter().filter(|r| r.0 == e.code()).collect();
        let entries = e.entries();
        for (row, entry) in own.iter().zip(entries.clone()) {
            assert_eq!(
                (entry.code, entry.http_status.unwrap_or(0), entry.message),
                **row
            );
        }
        assert!(entries.len() >= own.len(), "{e:?}");
    }
    // Every source row is one.
    let found = rows
        .iter()
        .filter(|r| EcsError::from_code(r.0).is_some())
        .count();
    assert_eq!(found, rows.len());
}

#[test]
fn every_code_round_trips_through_its_variant() {
    for (code, status, message) in source_rows() {
        let e = EcsError::from_code(code).unwrap_or_else(|| panic!("{code} unknown"));
        assert_eq!(e.code(), code);
        assert_eq!(code.parse::<EcsError>().unwrap(), e);
        assert_eq!(e.as_ref(), code);
        assert!(e.http_statuses().any(|s| s == status), "{code}");
        assert!(e.messages().any(|m| m == message), "{code}");
        assert!(e.entries().all(|r| r.code == code));
    }
}

#[test]
fn entry_picks_each_source_row() {
    for (code, status, message) in source_rows() {
        let e = EcsError::from_code(code).unwrap();
        let expected = (code, status, message);
        let picked = e.entry(Some(status), Some(message));
        assert_eq!(
            (picked.code, picked.http_status.unwrap_or(0), picked.message),
            expected
        );
        // As servers send it: straight quotes, no trailing period, extra space.
        let sent = message
            .replace(['\u{201C}', '\u{201D}'], "\"")
            .replace('\u{2019}', "'")
            .trim_end_matches('.')
            .replace(' ', "  ");
        let picked = e.entry(Some(status), Some(&sent));
        assert_eq!(
            (picked.code, picked.http_status.unwrap_or(0), picked.message),
            expected
        );
        let picked = e.entry(None, Some(message));
        assert_eq!(
            (picked.code, picked.http_status.unwrap_or(0), picked.message),
            expected
        );
    }
}

#[test]
fn entry_falls_back_to_the_status_then_the_first_row() {
    let e = EcsError::InvalidInstanceIdNotFound;
    let first_404 = e.entry(Some(404), Some("something else"));
    assert_eq!(first_404.http_status, Some(404));
    let first = e.entry(Some(599), None);
    assert_eq!(Some(first), e.entries().next());
    assert_eq!(Some(e.entry(None, None)), e.entries().next());
    // A message template (`%s`) matches any message of its status.
    let e = EcsError::MissingParameter;
    let picked = e.entry(Some(403), Some("The input parameter \"X\" is missing"));
    assert_eq!((picked.http_status, picked.message), (Some(403), "%s"));
}

#[test]
fn first_row_statuses_and_messages_follow_the_table() {
    let e = EcsError::MissingParameter;
    assert_eq!(e.http_status(), Some(400));
    assert_eq!(e.http_statuses().take(2).collect::<Vec<_>>(), [400, 403]);
    // The document's six rows first, the metadata's after.
    let documented: Vec<_> = source_rows()
        .into_iter()
        .filter(|r| r.0 == "MissingParameter")
        .map(|r| r.2)
        .collect();
    assert_eq!(documented.len(), 6);
    assert_eq!(e.messages().take(6).collect::<Vec<_>>(), documented);
    assert!(e.entries().len() > 6);
    assert_eq!(
        e.message(),
        "The input parameter \u{201C}Action\u{201D} that is mandatory for processing this request is not supplied"
    );
    assert_eq!(EcsError::InvalidParamater.code(), "InvalidParamater");
    assert_eq!(EcsError::InvalidParameter.code(), "InvalidParameter");
}

#[test]
fn variant_names_are_upper_camel_case() {
    assert_eq!(
        EcsError::from_code("InvalidAccessKeyId.NotFound"),
        Some(EcsError::InvalidAccessKeyIdNotFound)
    );
    assert_eq!(
        EcsError::from_code("Forbidden.RAM"),
        Some(EcsError::ForbiddenRam)
    );
    assert_eq!(
        EcsError::from_code("UnsupportedHTTPMethod"),
        Some(EcsError::UnsupportedHttpMethod)
    );
    assert_eq!(
        format!("{:?}", EcsError::ServiceUnavailableRegionMaintaining),
        "ServiceUnavailableRegionMaintaining"
    );
}

#[test]
fn retry_classes_are_as_documented() {
    let retry_of = |code| EcsError::from_code(code).unwrap().retry();
    assert_eq!(retry_of("Throttling"), Retry::Throttling);
    for code in [
        "InternalError",
        "UnknownError",
        "ServiceUnavailable",
        "ServiceUnavailable.RegionMaintaining",
        "SignatureNonceUsed",
    ] {
        assert_eq!(retry_of(code), Retry::Transient, "{code}");
        assert!(EcsError::from_code(code).unwrap().is_retryable());
    }
    // The server refused the call before acting: retried whatever the idempotency.
    for code in ["LastTokenProcessing", "OperationConflict"] {
        assert_eq!(retry_of(code), Retry::Conflict, "{code}");
        assert!(EcsError::from_code(code).unwrap().is_retryable());
    }
    // Of the document's 41 codes, 8 are retryable.
    let retryable = EcsError::ALL[..41]
        .iter()
        .filter(|e| e.is_retryable())
        .count();
    assert_eq!(retryable, 8);
    assert!(EcsError::table().all(|e: Entry| e.retry == retry_of(e.code)));
}

#[test]
fn unknown_codes_are_not_variants() {
    for code in [
        "",
        "throttling",
        "THROTTLING",
        "Throttling.SomethingNew",
        "Throttling ",
        "InvalidParameterX",
        "MissingParameter.CommandId",
    ] {
        assert_eq!(EcsError::from_code(code), None, "{code:?}");
        let err = code.parse::<EcsError>().unwrap_err();
        assert_eq!(err.code(), code);
        assert_eq!(err.to_string(), format!("unknown error code {code:?}"));
    }
}

#[test]
fn templates_apis_and_api_codes() {
    // `ACS.InvalidParameter.%s`-like templates: a sent code fits one, `from_code` stays exact.
    let templates = EcsError::templates();
    assert!(!templates.is_empty());
    let template = EcsError::from_code("DuplicatedParam.%s").unwrap();
    assert!(templates.contains(&template));
    assert_eq!(EcsError::from_code("DuplicatedParam.InstanceId"), None);
    assert_eq!(
        EcsError::from_template("DuplicatedParam.InstanceId"),
        Some(template)
    );
    assert_eq!(EcsError::from_template("DuplicatedParam."), None);
    let body = br#"{"RequestId":"R","Code":"DuplicatedParam.InstanceId","Message":"m"}"#;
    let aliyun_errors::Error::Api(e) =
        aliyun_errors::decode::<serde::de::IgnoredAny, EcsError>(400, None, body).unwrap_err()
    else {
        panic!("expected an API error");
    };
    assert_eq!(
        (e.code(), e.kind()),
        ("DuplicatedParam.InstanceId", Some(template))
    );

    // The APIs that document a code, and the codes of an API, agree.
    let api = "DescribeRegions";
    let codes: Vec<EcsError> = EcsError::of_api(api).collect();
    assert!(!codes.is_empty());
    for code in &codes {
        assert!(code.apis().any(|a| a == api), "{code:?}");
    }
    let documented: Vec<EcsError> = EcsError::ALL
        .iter()
        .copied()
        .filter(|c| c.apis().any(|a| a == api))
        .collect();
    // In table order, both ways.
    assert_eq!(documented, codes);
    assert_eq!(EcsError::of_api("NoSuchAction").len(), 0);
    // An API's codes are found for every API name the table holds.
    for name in EcsError::API_INDEX.names() {
        assert!(EcsError::of_api(name).len() > 0, "{name}");
    }
    // The return-results codes the metadata does not document have no APIs.
    assert_eq!(EcsError::UnsupportedHttpMethod.apis().count(), 0);
}
