//! Every response family through one `decode_parts` call: status, headers and body → the
//! outcome and its fields. The bodies and headers follow the products' documentation and
//! official SDKs (ECS, RAM, SMS, Container Service, ROS, OSS, MNS, log service, API Gateway,
//! Model Studio native and OpenAI-compatible, Function Compute, DataHub, MaxCompute, KMS, the
//! instance metadata service, the legacy open platform) and gateway pages.

use std::time::Duration;

use aliyun_errors::ecs::EcsError;
use aliyun_errors::{Decoder, Error, Format, Retry, Style, UnrecognizedReason, decode_parts};
use serde::de::IgnoredAny;

/// What a response must decode to.
enum Expect {
    Api(Api),
    Unrecognized {
        kind: UnrecognizedReason,
        request_id: Option<&'static str>,
    },
    Success {
        request_id: Option<&'static str>,
    },
}

/// The fields an API error must have (`None`: absent).
struct Api {
    style: Style,
    code: &'static str,
    message: Option<&'static str>,
    request_id: Option<&'static str>,
    ec: Option<&'static str>,
    recommend: Option<&'static str>,
    fields: &'static [(&'static str, &'static str)],
    error_type: Option<&'static str>,
    /// The status the error reports when it differs from the response's (an event
    /// stream's `:HTTP_STATUS/NNN`).
    status: Option<u16>,
}

fn api(style: Style, code: &'static str, message: &'static str, request_id: &'static str) -> Api {
    Api {
        style,
        code,
        message: Some(message),
        request_id: Some(request_id),
        ec: None,
        recommend: None,
        fields: &[],
        error_type: None,
        status: None,
    }
}

struct Case {
    name: &'static str,
    status: u16,
    headers: &'static [(&'static str, &'static str)],
    body: &'static str,
    expect: Expect,
}

const JSON: (&str, &str) = ("content-type", "application/json;charset=utf-8");
const XML: (&str, &str) = ("content-type", "application/xml");
const SSE: (&str, &str) = ("content-type", "text/event-stream;charset=UTF-8");
const TEXT: (&str, &str) = ("content-type", "text/plain");

/// `NoSuchKey` as OSS writes it, base64-encoded as in `x-oss-err` of a HEAD response.
const OSS_ERR: &str = "PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPEVycm9yPgogIDxDb2RlPk5vU3VjaEtleTwvQ29kZT4KICA8TWVzc2FnZT5UaGUgc3BlY2lmaWVkIGtleSBkb2VzIG5vdCBleGlzdC48L01lc3NhZ2U+CiAgPFJlcXVlc3RJZD41QzNEOTE3NUI2RkMyMDEyOTNBRCoqKio8L1JlcXVlc3RJZD4KICA8SG9zdElkPm9zcy1leGFtcGxlLm9zcy1jbi1oYW5nemhvdS5hbGl5dW5jcy5jb208L0hvc3RJZD4KICA8S2V5PmV4YW1wbGUudHh0PC9LZXk+CiAgPEVDPjAwMjYtMDAwMDAwMDE8L0VDPgogIDxSZWNvbW1lbmREb2M+aHR0cHM6Ly9hcGkuYWxpeXVuLmNvbS90cm91Ymxlc2hvb3Q/cT0wMDI2LTAwMDAwMDAxPC9SZWNvbW1lbmREb2M+CjwvRXJyb3I+";

const TENGINE_502: &str = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>Tengine</center>\r\n</body>\r\n</html>\r\n";

fn cases() -> Vec<Case> {
    use Style::*;
    let unrecognized = |kind, request_id| Expect::Unrecognized { kind, request_id };
    vec![
        // RPC
        Case {
            name: "rpc xml: the return-results page's example",
            status: 400,
            headers: &[XML],
            body: "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><RequestId>540CFF28-407A-40B5-B6A5-74Bxxxxxxxxx</RequestId><HostId>ecs.aliyuncs.com</HostId><Code>MissingParameter.CommandId</Code><Message>The input parameter \u{201C}CommandId\u{201D} that is mandatory for processing this request is not supplied.</Message></Error>",
            expect: Expect::Api(api(
                Rpc,
                "MissingParameter.CommandId",
                "The input parameter \u{201C}CommandId\u{201D} that is mandatory for processing this request is not supplied.",
                "540CFF28-407A-40B5-B6A5-74Bxxxxxxxxx",
            )),
        },
        Case {
            name: "rpc json: throttling",
            status: 400,
            headers: &[JSON],
            body: r#"{"RequestId":"R-1","HostId":"ecs.aliyuncs.com","Code":"Throttling","Message":"Request was denied due to request throttling."}"#,
            expect: Expect::Api(api(
                Rpc,
                "Throttling",
                "Request was denied due to request throttling.",
                "R-1",
            )),
        },
        Case {
            name: "rpc json: Recommend and an AccessDeniedDetail object",
            status: 403,
            headers: &[JSON],
            body: r#"{"RequestId":"R-2","HostId":"ecs.aliyuncs.com","Code":"Forbidden.RAM","Message":"User not authorized to operate on the specified resource.","Recommend":"https://api.aliyun.com/troubleshoot?q=Forbidden.RAM","AccessDeniedDetail":{"AuthAction":"ecs:DescribeInstances","NoPermissionType":"ImplicitDeny"}}"#,
            expect: Expect::Api(Api {
                recommend: Some("https://api.aliyun.com/troubleshoot?q=Forbidden.RAM"),
                ..api(
                    Rpc,
                    "Forbidden.RAM",
                    "User not authorized to operate on the specified resource.",
                    "R-2",
                )
            }),
        },
        Case {
            name: "rpc xml: CDATA message",
            status: 400,
            headers: &[XML],
            body: "<Error><RequestId>R-3</RequestId><Code>InvalidParameter</Code><Message><![CDATA[The specified parameter <Size> is not valid.]]></Message></Error>",
            expect: Expect::Api(api(
                Rpc,
                "InvalidParameter",
                "The specified parameter <Size> is not valid.",
                "R-3",
            )),
        },
        Case {
            name: "rpc json: numeric Code",
            status: 400,
            headers: &[JSON],
            body: r#"{"RequestId":"R-4","Code":40001,"Message":"Invalid credentials."}"#,
            expect: Expect::Api(api(Rpc, "40001", "Invalid credentials.", "R-4")),
        },
        Case {
            name: "rpc json: numeric string Code",
            status: 400,
            headers: &[JSON],
            body: r#"{"RequestId":"R-5","Code":"10001","Message":"Parameter error."}"#,
            expect: Expect::Api(api(Rpc, "10001", "Parameter error.", "R-5")),
        },
        Case {
            name: "rpc json: empty Message",
            status: 404,
            headers: &[JSON],
            body: r#"{"RequestId":"R-6","Code":"InvalidInstanceId.NotFound","Message":""}"#,
            expect: Expect::Api(api(Rpc, "InvalidInstanceId.NotFound", "", "R-6")),
        },
        Case {
            name: "rpc json: Description kept as a field",
            status: 400,
            headers: &[JSON],
            body: r#"{"RequestId":"R-7","Code":"InvalidParameter","Message":"m","Description":"The Size is out of range."}"#,
            expect: Expect::Api(Api {
                fields: &[("Description", "The Size is out of range.")],
                ..api(Rpc, "InvalidParameter", "m", "R-7")
            }),
        },
        Case {
            name: "rpc xml: another root element",
            status: 400,
            headers: &[XML],
            body: "<Response><RequestId>R-8</RequestId><Code>OperationDenied</Code><Message>m</Message></Response>",
            expect: Expect::Api(api(Rpc, "OperationDenied", "m", "R-8")),
        },
        Case {
            name: "rpc xml: empty HostId and Message elements",
            status: 400,
            headers: &[XML],
            body: "<Error><RequestId>R-9</RequestId><HostId/><Code>InvalidParameter</Code><Message></Message></Error>",
            expect: Expect::Api(api(Rpc, "InvalidParameter", "", "R-9")),
        },
        Case {
            name: "ram json: entity not found",
            status: 404,
            headers: &[JSON],
            body: r#"{"RequestId":"R-10","HostId":"ram.aliyuncs.com","Code":"EntityNotExist.User","Message":"The user does not exist."}"#,
            expect: Expect::Api(api(
                Rpc,
                "EntityNotExist.User",
                "The user does not exist.",
                "R-10",
            )),
        },
        Case {
            name: "rpc json: Content-Type says XML, the body is JSON",
            status: 400,
            headers: &[("content-type", "text/xml")],
            body: r#"{"RequestId":"R-11","Code":"Throttling","Message":"m"}"#,
            expect: Expect::Api(api(Rpc, "Throttling", "m", "R-11")),
        },
        Case {
            name: "rpc json: the body's RequestId wins over the header's",
            status: 400,
            headers: &[JSON, ("x-acs-request-id", "H-12")],
            body: r#"{"RequestId":"R-12","Code":"Throttling","Message":"m"}"#,
            expect: Expect::Api(api(Rpc, "Throttling", "m", "R-12")),
        },
        // ROA
        Case {
            name: "roa json: Container Service, lower camel, integer status",
            status: 404,
            headers: &[JSON],
            body: r#"{"code":"ErrorClusterNotFound","message":"The cluster c123 is not found.","requestId":"R-20","status":404}"#,
            expect: Expect::Api(Api {
                fields: &[("status", "404")],
                ..api(
                    Roa,
                    "ErrorClusterNotFound",
                    "The cluster c123 is not found.",
                    "R-20",
                )
            }),
        },
        Case {
            name: "roa json: all-lowercase requestid and accessdenieddetail",
            status: 403,
            headers: &[JSON],
            body: r#"{"code":"Forbidden.RAM","message":"m","requestid":"R-21","accessdenieddetail":{"AuthAction":"cs:GetClusters"}}"#,
            expect: Expect::Api(api(Roa, "Forbidden.RAM", "m", "R-21")),
        },
        Case {
            name: "roa json: request id only in x-acs-request-id",
            status: 400,
            headers: &[JSON, ("x-acs-request-id", "H-22")],
            body: r#"{"code":"InvalidParameter","message":"m"}"#,
            expect: Expect::Api(api(Roa, "InvalidParameter", "m", "H-22")),
        },
        Case {
            name: "roa json: the older errorCode (a number) and errorMsg",
            status: 400,
            headers: &[JSON, ("x-acs-request-id", "H-23")],
            body: r#"{"errorCode":400,"errorMsg":"Bad request."}"#,
            expect: Expect::Api(api(Roa, "400", "Bad request.", "H-23")),
        },
        Case {
            name: "roa json: data object skipped, not a field",
            status: 400,
            headers: &[JSON],
            body: r#"{"code":"QuotaExceeded","message":"m","requestId":"R-24","data":{"quota":10,"used":[1,2]},"success":false}"#,
            expect: Expect::Api(Api {
                fields: &[("success", "false")],
                ..api(Roa, "QuotaExceeded", "m", "R-24")
            }),
        },
        Case {
            name: "roa json: numeric code",
            status: 500,
            headers: &[JSON],
            body: r#"{"code":500,"message":"Internal error.","requestId":"R-25"}"#,
            expect: Expect::Api(api(Roa, "500", "Internal error.", "R-25")),
        },
        Case {
            name: "ros json: RPC keys from a ROA product",
            status: 404,
            headers: &[JSON],
            body: r#"{"RequestId":"R-26","HostId":"ros.aliyuncs.com","Code":"StackNotFound","Message":"The Stack (s-1) could not be found."}"#,
            expect: Expect::Api(api(
                Rpc,
                "StackNotFound",
                "The Stack (s-1) could not be found.",
                "R-26",
            )),
        },
        // OSS and MNS
        Case {
            name: "oss xml: NoSuchKey with EC and RecommendDoc",
            status: 404,
            headers: &[XML, ("x-oss-request-id", "5C3D9175B6FC201293AD****")],
            body: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n  <Code>NoSuchKey</Code>\n  <Message>The specified key does not exist.</Message>\n  <RequestId>5C3D9175B6FC201293AD****</RequestId>\n  <HostId>oss-example.oss-cn-hangzhou.aliyuncs.com</HostId>\n  <Key>example.txt</Key>\n  <EC>0026-00000001</EC>\n  <RecommendDoc>https://api.aliyun.com/troubleshoot?q=0026-00000001</RecommendDoc>\n</Error>",
            expect: Expect::Api(Api {
                ec: Some("0026-00000001"),
                recommend: Some("https://api.aliyun.com/troubleshoot?q=0026-00000001"),
                fields: &[("Key", "example.txt")],
                ..api(
                    Oss,
                    "NoSuchKey",
                    "The specified key does not exist.",
                    "5C3D9175B6FC201293AD****",
                )
            }),
        },
        Case {
            name: "oss xml: SignatureDoesNotMatch keeps StringToSign",
            status: 403,
            headers: &[XML],
            body: "<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided.</Message><RequestId>R-31</RequestId><HostId>b.oss-cn-hangzhou.aliyuncs.com</HostId><OSSAccessKeyId>LTAI****</OSSAccessKeyId><SignatureProvided>abc=</SignatureProvided><StringToSign>GET\n\n\nWed, 11 May 2011 07:59:25 GMT\n/b/k</StringToSign><EC>0002-00000040</EC></Error>",
            expect: Expect::Api(Api {
                ec: Some("0002-00000040"),
                fields: &[
                    ("OSSAccessKeyId", "LTAI****"),
                    ("SignatureProvided", "abc="),
                    (
                        "StringToSign",
                        "GET\n\n\nWed, 11 May 2011 07:59:25 GMT\n/b/k",
                    ),
                ],
                ..api(
                    Oss,
                    "SignatureDoesNotMatch",
                    "The request signature we calculated does not match the signature you provided.",
                    "R-31",
                )
            }),
        },
        Case {
            name: "oss xml: RequestTimeTooSkewed keeps the times",
            status: 403,
            headers: &[XML],
            body: "<Error><Code>RequestTimeTooSkewed</Code><Message>The difference between the request time and the current time is too large.</Message><RequestId>R-32</RequestId><HostId>b.oss-cn-hangzhou.aliyuncs.com</HostId><MaxAllowedSkewMilliseconds>900000</MaxAllowedSkewMilliseconds><RequestTime>2024-01-01T00:00:00.000Z</RequestTime><ServerTime>2024-01-01T00:20:00.000Z</ServerTime><EC>0002-00000504</EC></Error>",
            expect: Expect::Api(Api {
                ec: Some("0002-00000504"),
                fields: &[
                    ("MaxAllowedSkewMilliseconds", "900000"),
                    ("RequestTime", "2024-01-01T00:00:00.000Z"),
                    ("ServerTime", "2024-01-01T00:20:00.000Z"),
                ],
                ..api(
                    Oss,
                    "RequestTimeTooSkewed",
                    "The difference between the request time and the current time is too large.",
                    "R-32",
                )
            }),
        },
        Case {
            name: "oss xml: AccessDenied with a nested AccessDeniedDetail",
            status: 403,
            headers: &[XML],
            body: "<Error><Code>AccessDenied</Code><Message>You have no right to access this object because of bucket acl.</Message><RequestId>R-33</RequestId><HostId>b.oss-cn-hangzhou.aliyuncs.com</HostId><EC>0003-00000001</EC><AccessDeniedDetail><AuthAction>oss:GetObject</AuthAction><NoPermissionType>ImplicitDeny</NoPermissionType></AccessDeniedDetail><BucketName>b</BucketName></Error>",
            expect: Expect::Api(Api {
                ec: Some("0003-00000001"),
                fields: &[("BucketName", "b")],
                ..api(
                    Oss,
                    "AccessDenied",
                    "You have no right to access this object because of bucket acl.",
                    "R-33",
                )
            }),
        },
        Case {
            name: "oss xml: a default namespace marks OSS",
            status: 409,
            headers: &[XML],
            body: "<Error xmlns=\"http://doc.oss-cn-hangzhou.aliyuncs.com\"><Code>BucketAlreadyExists</Code><Message>The requested bucket name is not available.</Message><RequestId>R-34</RequestId><HostId>oss-cn-hangzhou.aliyuncs.com</HostId><BucketName>b</BucketName></Error>",
            expect: Expect::Api(Api {
                fields: &[("BucketName", "b")],
                ..api(
                    Oss,
                    "BucketAlreadyExists",
                    "The requested bucket name is not available.",
                    "R-34",
                )
            }),
        },
        Case {
            name: "oss xml: an empty default namespace",
            status: 404,
            headers: &[XML],
            body: "<Error xmlns=\"\"><Code>NoSuchBucket</Code><Message>The specified bucket does not exist.</Message><RequestId>R-35</RequestId><BucketName>b</BucketName></Error>",
            expect: Expect::Api(Api {
                fields: &[("BucketName", "b")],
                ..api(
                    Oss,
                    "NoSuchBucket",
                    "The specified bucket does not exist.",
                    "R-35",
                )
            }),
        },
        Case {
            name: "oss head: the error in x-oss-err",
            status: 404,
            headers: &[
                ("x-oss-request-id", "5C3D9175B6FC201293AD****"),
                ("x-oss-err", OSS_ERR),
            ],
            body: "",
            expect: Expect::Api(Api {
                ec: Some("0026-00000001"),
                recommend: Some("https://api.aliyun.com/troubleshoot?q=0026-00000001"),
                fields: &[("Key", "example.txt")],
                ..api(
                    Oss,
                    "NoSuchKey",
                    "The specified key does not exist.",
                    "5C3D9175B6FC201293AD****",
                )
            }),
        },
        Case {
            name: "oss head: no body and no x-oss-err",
            status: 404,
            headers: &[("x-oss-request-id", "H-37")],
            body: "",
            expect: unrecognized(UnrecognizedReason::Empty, Some("H-37")),
        },
        Case {
            name: "oss head: x-oss-err that is not base64",
            status: 403,
            headers: &[("x-oss-request-id", "H-38"), ("x-oss-err", "not base64!")],
            body: "",
            expect: unrecognized(UnrecognizedReason::Malformed, Some("H-38")),
        },
        Case {
            name: "oss json: the Error wrapper",
            status: 400,
            headers: &[JSON],
            body: r#"{"Error":{"Code":"InvalidArgument","Message":"The value of max-keys is invalid.","RequestId":"R-39","HostId":"b.oss-cn-hangzhou.aliyuncs.com","EC":"0016-00000801"}}"#,
            expect: Expect::Api(Api {
                ec: Some("0016-00000801"),
                ..api(
                    Oss,
                    "InvalidArgument",
                    "The value of max-keys is invalid.",
                    "R-39",
                )
            }),
        },
        Case {
            name: "mns xml: namespace, no EC",
            status: 404,
            headers: &[XML, ("x-mns-request-id", "unused")],
            body: "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error xmlns=\"http://mns.aliyuncs.com/doc/v1/\"><Code>QueueNotExist</Code><Message>The queue name you provided is not exist.</Message><RequestId>R-40</RequestId><HostId>http://1234.mns.cn-hangzhou.aliyuncs.com</HostId></Error>",
            expect: Expect::Api(api(
                Oss,
                "QueueNotExist",
                "The queue name you provided is not exist.",
                "R-40",
            )),
        },
        Case {
            name: "oss xml: EC alone marks OSS (no namespace)",
            status: 400,
            headers: &[XML],
            body: "<Error><Code>InvalidObjectName</Code><Message>The specified object is not valid.</Message><RequestId>R-41</RequestId><EC>0016-00000005</EC></Error>",
            expect: Expect::Api(Api {
                ec: Some("0016-00000005"),
                ..api(
                    Oss,
                    "InvalidObjectName",
                    "The specified object is not valid.",
                    "R-41",
                )
            }),
        },
        // Log service
        Case {
            name: "sls json: ProjectNotExist, request id in x-log-requestid",
            status: 404,
            headers: &[JSON, ("x-log-requestid", "H-50")],
            body: r#"{"errorCode":"ProjectNotExist","errorMessage":"The Project does not exist : my-project"}"#,
            expect: Expect::Api(api(
                Sls,
                "ProjectNotExist",
                "The Project does not exist : my-project",
                "H-50",
            )),
        },
        Case {
            name: "sls json: the older error_code and error_message",
            status: 400,
            headers: &[JSON, ("x-log-requestid", "H-51")],
            body: r#"{"error_code":"ParameterInvalid","error_message":"invalid logstore name"}"#,
            expect: Expect::Api(api(
                Sls,
                "ParameterInvalid",
                "invalid logstore name",
                "H-51",
            )),
        },
        Case {
            name: "sls json: WriteQuotaExceed",
            status: 403,
            headers: &[JSON, ("x-log-requestid", "H-52")],
            body: r#"{"errorCode":"WriteQuotaExceed","errorMessage":"Write quota is exceeded."}"#,
            expect: Expect::Api(api(
                Sls,
                "WriteQuotaExceed",
                "Write quota is exceeded.",
                "H-52",
            )),
        },
        Case {
            name: "sls json: InternalServerError",
            status: 500,
            headers: &[JSON, ("x-log-requestid", "H-53")],
            body: r#"{"errorCode":"InternalServerError","errorMessage":"Specified Server Error Message."}"#,
            expect: Expect::Api(api(
                Sls,
                "InternalServerError",
                "Specified Server Error Message.",
                "H-53",
            )),
        },
        Case {
            name: "sls json: errorCode without a message",
            status: 401,
            headers: &[JSON, ("x-log-requestid", "H-54")],
            body: r#"{"errorCode":"Unauthorized"}"#,
            expect: Expect::Api(Api {
                message: None,
                ..api(Sls, "Unauthorized", "", "H-54")
            }),
        },
        Case {
            name: "sls json: a success that is a top-level array",
            status: 200,
            headers: &[JSON, ("x-log-requestid", "H-55")],
            body: r#"[{"__time__":1700000000,"level":"INFO"},{"__time__":1700000001,"level":"WARN"}]"#,
            expect: Expect::Success {
                request_id: Some("H-55"),
            },
        },
        // API Gateway
        Case {
            name: "gateway: message and request id in headers, empty body",
            status: 400,
            headers: &[
                ("X-Ca-Request-Id", "H-60"),
                ("X-Ca-Error-Message", "Invalid AppKey"),
            ],
            body: "",
            expect: Expect::Api(Api {
                code: "",
                ..api(Gateway, "", "Invalid AppKey", "H-60")
            }),
        },
        Case {
            name: "gateway: code, message, and a plain-text body",
            status: 403,
            headers: &[
                ("x-ca-request-id", "H-61"),
                ("x-ca-error-code", "A403K"),
                ("x-ca-error-message", "Invalid Signature"),
                ("content-type", "text/plain"),
            ],
            body: "Forbidden",
            expect: Expect::Api(api(Gateway, "A403K", "Invalid Signature", "H-61")),
        },
        Case {
            name: "gateway: an HTML body from the gateway",
            status: 429,
            headers: &[
                ("X-Ca-Request-Id", "H-62"),
                ("X-Ca-Error-Message", "Throttled by USER Flow Control"),
            ],
            body: TENGINE_502,
            expect: Expect::Api(api(Gateway, "", "Throttled by USER Flow Control", "H-62")),
        },
        Case {
            name: "gateway: the backend's envelope wins over the headers",
            status: 400,
            headers: &[
                JSON,
                ("X-Ca-Request-Id", "H-63"),
                ("X-Ca-Error-Message", "Backend error"),
            ],
            body: r#"{"RequestId":"R-63","Code":"InvalidParameter","Message":"m"}"#,
            expect: Expect::Api(api(Rpc, "InvalidParameter", "m", "R-63")),
        },
        // Not envelopes
        Case {
            name: "tengine 502 page keeps the header's request id",
            status: 502,
            headers: &[("content-type", "text/html"), ("x-acs-request-id", "H-70")],
            body: TENGINE_502,
            expect: unrecognized(UnrecognizedReason::NotAnEnvelope, Some("H-70")),
        },
        Case {
            name: "nginx page with status 200",
            status: 200,
            headers: &[("content-type", "text/html")],
            body: "<!DOCTYPE html><html><head><title>Welcome to nginx!</title></head><body></body></html>",
            expect: unrecognized(UnrecognizedReason::NotAnEnvelope, None),
        },
        Case {
            name: "empty 503",
            status: 503,
            headers: &[("x-acs-request-id", "H-72")],
            body: "",
            expect: unrecognized(UnrecognizedReason::Empty, Some("H-72")),
        },
        Case {
            name: "plain text 500",
            status: 500,
            headers: &[("content-type", "text/plain")],
            body: "Internal Server Error",
            expect: unrecognized(UnrecognizedReason::UnknownFormat, None),
        },
        Case {
            name: "truncated JSON",
            status: 400,
            headers: &[JSON, ("x-log-requestid", "H-74")],
            body: r#"{"errorCode":"ProjectNotExist","errorMess"#,
            expect: unrecognized(UnrecognizedReason::Malformed, Some("H-74")),
        },
        Case {
            name: "JSON without any code",
            status: 400,
            headers: &[JSON],
            body: r#"{"message":"no code here","requestId":"R-75"}"#,
            expect: unrecognized(UnrecognizedReason::NotAnEnvelope, None),
        },
        Case {
            name: "truncated XML",
            status: 404,
            headers: &[XML, ("x-oss-request-id", "H-76")],
            body: "<Error><Code>NoSuchKey</Code><Message>The specified",
            expect: unrecognized(UnrecognizedReason::Malformed, Some("H-76")),
        },
        // Successes and headers
        Case {
            name: "success without RequestId: the header's",
            status: 200,
            headers: &[JSON, ("x-acs-request-id", "H-80")],
            body: r#"{"clusters":[]}"#,
            expect: Expect::Success {
                request_id: Some("H-80"),
            },
        },
        Case {
            name: "success with RequestId: the body's",
            status: 200,
            headers: &[JSON, ("x-acs-request-id", "H-81")],
            body: r#"{"RequestId":"R-81","Regions":{"Region":[]}}"#,
            expect: Expect::Success {
                request_id: Some("R-81"),
            },
        },
        Case {
            name: "success in XML",
            status: 200,
            headers: &[XML],
            body: "<DescribeRegionsResponse><RequestId>R-82</RequestId><Regions/></DescribeRegionsResponse>",
            expect: Expect::Success {
                request_id: Some("R-82"),
            },
        },
        Case {
            name: "success with nothing: no request id",
            status: 204,
            headers: &[JSON],
            body: "{}",
            expect: Expect::Success { request_id: None },
        },
        Case {
            name: "header names in any case",
            status: 400,
            headers: &[
                ("Content-Type", "application/json"),
                ("X-Acs-Request-Id", "H-84"),
            ],
            body: r#"{"code":"InvalidParameter","message":"m"}"#,
            expect: Expect::Api(api(Roa, "InvalidParameter", "m", "H-84")),
        },
        Case {
            name: "two AccessDeniedDetail spellings: the non-empty one",
            status: 403,
            headers: &[JSON],
            body: r#"{"RequestId":"R-85","Code":"Forbidden","Message":"m","AccessDeniedDetail":"","accessDeniedDetail":{"AuthAction":"x"}}"#,
            expect: Expect::Api(api(Rpc, "Forbidden", "m", "R-85")),
        },
        Case {
            name: "vpc json: resource not found",
            status: 404,
            headers: &[JSON],
            body: r#"{"RequestId":"R-90","HostId":"vpc.aliyuncs.com","Code":"InvalidVpcId.NotFound","Message":"Specified VPC does not exist."}"#,
            expect: Expect::Api(api(
                Rpc,
                "InvalidVpcId.NotFound",
                "Specified VPC does not exist.",
                "R-90",
            )),
        },
        Case {
            name: "rpc json: InternalError 500",
            status: 500,
            headers: &[JSON],
            body: r#"{"RequestId":"R-91","HostId":"ecs.aliyuncs.com","Code":"InternalError","Message":"The request processing has failed due to some unknown error, exception or failure."}"#,
            expect: Expect::Api(api(
                Rpc,
                "InternalError",
                "The request processing has failed due to some unknown error, exception or failure.",
                "R-91",
            )),
        },
        Case {
            name: "rpc xml: ServiceUnavailable 503",
            status: 503,
            headers: &[XML],
            body: "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><RequestId>R-92</RequestId><HostId>ecs.aliyuncs.com</HostId><Code>ServiceUnavailable</Code><Message>The request has failed due to a temporary failure of the server.</Message></Error>",
            expect: Expect::Api(api(
                Rpc,
                "ServiceUnavailable",
                "The request has failed due to a temporary failure of the server.",
                "R-92",
            )),
        },
        Case {
            name: "sms json: a 200 envelope without success_codes is a success",
            status: 200,
            headers: &[JSON],
            body: r#"{"RequestId":"R-93","Code":"OK","Message":"OK","BizId":"9006197469364984400"}"#,
            expect: Expect::Success {
                request_id: Some("R-93"),
            },
        },
        Case {
            name: "roa json: lower-camel code with a capitalised Message",
            status: 400,
            headers: &[JSON],
            body: r#"{"code":"InvalidParameter","Message":"m","requestId":"R-94"}"#,
            expect: Expect::Api(api(Roa, "InvalidParameter", "m", "R-94")),
        },
        Case {
            name: "gateway: an empty X-Ca-Error-Message is none",
            status: 400,
            headers: &[("X-Ca-Request-Id", "H-95"), ("X-Ca-Error-Message", "")],
            body: "",
            expect: unrecognized(UnrecognizedReason::Empty, Some("H-95")),
        },
        Case {
            name: "gateway: a 200 backend body without RequestId takes X-Ca-Request-Id",
            status: 200,
            headers: &[JSON, ("X-Ca-Request-Id", "H-96")],
            body: r#"{"result":"ok"}"#,
            expect: Expect::Success {
                request_id: Some("H-96"),
            },
        },
        Case {
            name: "oss json: an Error wrapper that is not an object",
            status: 400,
            headers: &[JSON],
            body: r#"{"Error":"something went wrong"}"#,
            expect: unrecognized(UnrecognizedReason::NotAnEnvelope, None),
        },
        Case {
            name: "oss xml: labelled text/html",
            status: 403,
            headers: &[("content-type", "text/html"), ("x-oss-request-id", "H-98")],
            body: "<Error><Code>AccessDenied</Code><Message>AccessDenied</Message><HostId>b.oss-cn-hangzhou.aliyuncs.com</HostId><EC>0003-00000201</EC></Error>",
            expect: Expect::Api(Api {
                ec: Some("0003-00000201"),
                ..api(Oss, "AccessDenied", "AccessDenied", "H-98")
            }),
        },
        // Model Studio (DashScope), native
        Case {
            name: "dashscope: a wrong API key",
            status: 401,
            headers: &[JSON],
            body: r#"{"request_id":"e5d7d6b3-4b1a-9f8a-a1b2-8e2f0e4c7d11","code":"InvalidApiKey","message":"Invalid API-key provided."}"#,
            expect: Expect::Api(api(
                DashScope,
                "InvalidApiKey",
                "Invalid API-key provided.",
                "e5d7d6b3-4b1a-9f8a-a1b2-8e2f0e4c7d11",
            )),
        },
        Case {
            name: "dashscope: a numeric code is kept as text",
            status: 400,
            headers: &[JSON],
            body: r#"{"request_id":"d-2","code":"400","message":"Input data may contain inappropriate content."}"#,
            expect: Expect::Api(api(
                DashScope,
                "400",
                "Input data may contain inappropriate content.",
                "d-2",
            )),
        },
        Case {
            name: "dashscope: the code nested under error",
            status: 400,
            headers: &[JSON],
            body: r#"{"error":{"code":"Arrearage","message":"Access denied, please make sure your account is in good standing."},"request_id":"d-3"}"#,
            expect: Expect::Api(api(
                DashScope,
                "Arrearage",
                "Access denied, please make sure your account is in good standing.",
                "d-3",
            )),
        },
        Case {
            name: "dashscope: requestId as some gateways write it reads as ROA's shape",
            status: 400,
            headers: &[JSON],
            body: r#"{"requestId":"d-4","code":"InvalidParameter","message":"Range of input length should be [1, 30720]"}"#,
            expect: Expect::Api(api(
                Roa,
                "InvalidParameter",
                "Range of input length should be [1, 30720]",
                "d-4",
            )),
        },
        Case {
            name: "dashscope: no request id in the body, x-request-id in the headers",
            status: 429,
            headers: &[JSON, ("x-request-id", "d-5")],
            body: r#"{"code":"Throttling.RateQuota","message":"Requests rate limit exceeded, please try again later."}"#,
            expect: Expect::Api(api(
                Roa,
                "Throttling.RateQuota",
                "Requests rate limit exceeded, please try again later.",
                "d-5",
            )),
        },
        Case {
            name: "dashscope: a success with an empty code",
            status: 200,
            headers: &[JSON],
            body: r#"{"status_code":200,"request_id":"d-6","code":"","message":"","output":{"text":"Hello"},"usage":{"input_tokens":3,"output_tokens":2}}"#,
            expect: Expect::Success {
                request_id: Some("d-6"),
            },
        },
        Case {
            name: "dashscope: a message alone, as text/plain",
            status: 401,
            headers: &[TEXT, ("x-request-id", "d-7")],
            body: "Invalid API-key provided.",
            expect: unrecognized(UnrecognizedReason::UnknownFormat, Some("d-7")),
        },
        // The OpenAI-compatible mode (`/compatible-mode/v1`)
        Case {
            name: "openai: a wrong API key, the message's trailing space kept",
            status: 401,
            headers: &[JSON],
            body: r#"{"error":{"message":"Incorrect API key provided. ","type":"invalid_request_error","param":null,"code":"invalid_api_key"},"request_id":"o-1"}"#,
            expect: Expect::Api(Api {
                error_type: Some("invalid_request_error"),
                ..api(
                    OpenAi,
                    "invalid_api_key",
                    "Incorrect API key provided. ",
                    "o-1",
                )
            }),
        },
        Case {
            name: "openai: no code, an empty request id",
            status: 429,
            headers: &[JSON],
            body: r#"{"error":{"message":"You exceeded your current quota, please check your plan and billing details.","type":"insufficient_quota","param":null,"code":null},"request_id":""}"#,
            expect: Expect::Api(Api {
                error_type: Some("insufficient_quota"),
                ..api(
                    OpenAi,
                    "",
                    "You exceeded your current quota, please check your plan and billing details.",
                    "",
                )
            }),
        },
        Case {
            name: "openai: a native code and the request id inside error",
            status: 400,
            headers: &[JSON],
            body: r#"{"error":{"code":"Arrearage","param":null,"message":"Access denied, please make sure your account is in good standing.","type":"Arrearage","request_id":"o-3"}}"#,
            expect: Expect::Api(Api {
                error_type: Some("Arrearage"),
                ..api(
                    OpenAi,
                    "Arrearage",
                    "Access denied, please make sure your account is in good standing.",
                    "o-3",
                )
            }),
        },
        // Errors as server-sent events
        Case {
            name: "sse: an error event with 200 and its real status in :HTTP_STATUS",
            status: 200,
            headers: &[SSE],
            body: "id:1\nevent:error\n:HTTP_STATUS/400\ndata:{\"code\":\"InvalidParameter\",\"message\":\"Input should be a valid dictionary.\",\"request_id\":\"s-1\"}\n\n",
            expect: Expect::Api(Api {
                status: Some(400),
                ..api(
                    DashScope,
                    "InvalidParameter",
                    "Input should be a valid dictionary.",
                    "s-1",
                )
            }),
        },
        Case {
            name: "sse: framing sent as application/json, no final blank line",
            status: 401,
            headers: &[JSON],
            body: "id:1\r\nevent:error\r\n:HTTP_STATUS/401\r\ndata:{\"code\":\"InvalidApiKey\",\"message\":\"Invalid API-key provided.\",\"request_id\":\"s-2\"}",
            expect: Expect::Api(api(
                DashScope,
                "InvalidApiKey",
                "Invalid API-key provided.",
                "s-2",
            )),
        },
        Case {
            name: "sse: the OpenAI mode's error in a data line",
            status: 200,
            headers: &[SSE],
            body: "data: {\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"},\"request_id\":\"s-3\"}\n\ndata: [DONE]\n\n",
            expect: Expect::Api(Api {
                error_type: Some("requests"),
                ..api(OpenAi, "rate_limit_exceeded", "Rate limit reached", "s-3")
            }),
        },
        Case {
            name: "sse: a success stream is no error",
            status: 200,
            headers: &[SSE],
            body: "id:1\nevent:result\n:HTTP_STATUS/200\ndata:{\"output\":{\"text\":\"Hel\"},\"request_id\":\"s-4\"}\n\nid:2\nevent:result\n:HTTP_STATUS/200\ndata:{\"output\":{\"text\":\"Hello\",\"finish_reason\":\"stop\"},\"usage\":{\"total_tokens\":9},\"request_id\":\"s-4\"}\n\n",
            expect: Expect::Success {
                request_id: Some("s-4"),
            },
        },
        // Function Compute
        Case {
            name: "fc 3.0: an API error with its RequestId",
            status: 404,
            headers: &[JSON, ("x-fc-request-id", "f-1-header")],
            body: r#"{"ErrorCode":"FunctionNotFound","ErrorMessage":"function 'demo' does not exist.","RequestId":"f-1"}"#,
            expect: Expect::Api(api(
                Fc,
                "FunctionNotFound",
                "function 'demo' does not exist.",
                "f-1",
            )),
        },
        Case {
            name: "fc: ErrorCode and ErrorMessage, the request id in x-fc-request-id",
            status: 404,
            headers: &[JSON, ("x-fc-request-id", "f-2")],
            body: r#"{"ErrorCode":"ServiceNotFound","ErrorMessage":"service 'demo' does not exist"}"#,
            expect: Expect::Api(api(
                Fc,
                "ServiceNotFound",
                "service 'demo' does not exist",
                "f-2",
            )),
        },
        Case {
            name: "fc 2.0: errorCode and errorMessage with x-fc-request-id are Function Compute's",
            status: 403,
            headers: &[JSON, ("x-fc-request-id", "f-3")],
            body: r#"{"errorCode":"InvalidAccessKeyID","errorMessage":"invalid access key ID 'LTAI'"}"#,
            expect: Expect::Api(api(
                Fc,
                "InvalidAccessKeyID",
                "invalid access key ID 'LTAI'",
                "f-3",
            )),
        },
        Case {
            name: "fc: a function's own error with 200, its stack an array",
            status: 200,
            headers: &[
                JSON,
                ("x-fc-request-id", "f-4"),
                ("x-fc-error-type", "UnhandledInvocationError"),
            ],
            body: r#"{"errorMessage":"Cannot read properties of undefined (reading 'x')","errorType":"TypeError","stackTrace":["TypeError: Cannot read properties of undefined","    at exports.handler (/code/index.js:3:20)"]}"#,
            expect: Expect::Api(Api {
                error_type: Some("TypeError"),
                ..api(
                    Fc,
                    "UnhandledInvocationError",
                    "Cannot read properties of undefined (reading 'x')",
                    "f-4",
                )
            }),
        },
        Case {
            name: "fc: a function's own error, its stack an object",
            status: 200,
            headers: &[
                JSON,
                ("x-fc-request-id", "f-5"),
                ("X-Fc-Error-Type", "HandledInvocationError"),
            ],
            body: r#"{"errorMessage":"boom","errorType":"Exception","stackTrace":{"file":"index.py","line":7}}"#,
            expect: Expect::Api(Api {
                error_type: Some("Exception"),
                ..api(Fc, "HandledInvocationError", "boom", "f-5")
            }),
        },
        // DataHub
        Case {
            name: "datahub: sent as application/x-binary, the request id in its header",
            status: 404,
            headers: &[
                ("content-type", "application/x-binary"),
                ("x-datahub-request-id", "dh-1"),
            ],
            body: r#"{"ErrorCode":"NoSuchTopic","ErrorMessage":"The specified topic name does not exist."}"#,
            expect: Expect::Api(api(
                DataHub,
                "NoSuchTopic",
                "The specified topic name does not exist.",
                "dh-1",
            )),
        },
        // MaxCompute (ODPS)
        Case {
            name: "maxcompute xml: x-odps-request-id wins over the body's",
            status: 404,
            headers: &[XML, ("x-odps-request-id", "odps-header")],
            body: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n  <Code>NoSuchObject</Code>\n  <Message>The specified table name does not exist.</Message>\n  <RequestId>odps-body</RequestId>\n  <HostId>service.odps.aliyun.com</HostId>\n</Error>",
            expect: Expect::Api(api(
                Rpc,
                "NoSuchObject",
                "The specified table name does not exist.",
                "odps-header",
            )),
        },
        Case {
            name: "maxcompute json: no request id in the body",
            status: 401,
            headers: &[JSON, ("x-odps-request-id", "odps-2")],
            body: r#"{"Code":"ODPS-0410042","Message":"Invalid signature value"}"#,
            expect: Expect::Api(api(
                Rpc,
                "ODPS-0410042",
                "Invalid signature value",
                "odps-2",
            )),
        },
        // MNS
        Case {
            name: "mns: a batch call's per-message results",
            status: 404,
            headers: &[XML, ("x-mns-request-id", "m-1")],
            body: "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Messages xmlns=\"http://mns.aliyuncs.com/doc/v1/\"><Message><ErrorCode>MessageNotExist</ErrorCode><ErrorMessage>Message not exist.</ErrorMessage><ReceiptHandle>1-ODU4OTkzNDU5NC0xNDM1MTk3NjAwLTEtNg==</ReceiptHandle></Message><Message><ErrorCode>ReceiptHandleError</ErrorCode><ErrorMessage>The receipt handle you provide is not valid.</ErrorMessage><ReceiptHandle>bad</ReceiptHandle></Message></Messages>",
            expect: Expect::Api(Api {
                fields: &[
                    ("ErrorCode", "MessageNotExist"),
                    ("ErrorMessage", "Message not exist."),
                    ("ReceiptHandle", "1-ODU4OTkzNDU5NC0xNDM1MTk3NjAwLTEtNg=="),
                    ("ErrorCode", "ReceiptHandleError"),
                    (
                        "ErrorMessage",
                        "The receipt handle you provide is not valid.",
                    ),
                    ("ReceiptHandle", "bad"),
                ],
                ..api(Oss, "MessageNotExist", "Message not exist.", "m-1")
            }),
        },
        // KMS
        Case {
            name: "kms: the root is <KMS>, the status repeated in HttpStatus",
            status: 400,
            headers: &[XML],
            body: "<?xml version=\"1.0\" encoding=\"UTF-8\"?><KMS><RequestId>k-1</RequestId><HttpStatus>400</HttpStatus><Code>Rejected.Throttling</Code><Message>QPS Limit Exceeded</Message></KMS>",
            expect: Expect::Api(Api {
                fields: &[("HttpStatus", "400")],
                ..api(Rpc, "Rejected.Throttling", "QPS Limit Exceeded", "k-1")
            }),
        },
        // The ECS instance metadata service (100.100.100.200)
        Case {
            name: "metadata: credentials with Code Success are a success",
            status: 200,
            headers: &[TEXT],
            body: r#"{"AccessKeyId":"STS.NUx","AccessKeySecret":"s3cr3t","Expiration":"2026-12-03T20:00:00Z","SecurityToken":"CAIS","LastUpdated":"2026-12-03T14:00:00Z","Code":"Success"}"#,
            expect: Expect::Success { request_id: None },
        },
        Case {
            name: "metadata: Code Failed without message or request id",
            status: 500,
            headers: &[TEXT],
            body: r#"{"Code":"Failed","LastUpdated":"2026-12-03T14:00:00Z"}"#,
            expect: Expect::Api(Api {
                message: None,
                request_id: None,
                fields: &[("LastUpdated", "2026-12-03T14:00:00Z")],
                ..api(Rpc, "Failed", "", "")
            }),
        },
        Case {
            name: "metadata: a plain-text success",
            status: 200,
            headers: &[TEXT],
            body: "my-ecs-role",
            expect: Expect::Success { request_id: None },
        },
        Case {
            name: "metadata: an XHTML 404 page that begins with <?xml",
            status: 404,
            headers: &[("content-type", "text/html")],
            body: "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\"\n \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"en\" lang=\"en\">\n <head>\n  <title>404 - Not Found</title>\n </head>\n <body>\n  <h1>404 - Not Found</h1>\n </body>\n</html>\n",
            expect: unrecognized(UnrecognizedReason::NotAnEnvelope, None),
        },
        // The legacy open platform (Alidayu/TOP): errors with 200
        Case {
            name: "top: error_response, the specific code and message first",
            status: 200,
            headers: &[JSON],
            body: r#"{"error_response":{"code":15,"msg":"Remote service error","sub_code":"isv.BUSINESS_LIMIT_CONTROL","sub_msg":"触发分钟级流控Permits:1","request_id":"zt6mxmf5yqx8"}}"#,
            expect: Expect::Api(Api {
                fields: &[
                    ("code", "15"),
                    ("msg", "Remote service error"),
                    ("sub_code", "isv.BUSINESS_LIMIT_CONTROL"),
                    ("sub_msg", "触发分钟级流控Permits:1"),
                ],
                ..api(
                    Top,
                    "isv.BUSINESS_LIMIT_CONTROL",
                    "触发分钟级流控Permits:1",
                    "zt6mxmf5yqx8",
                )
            }),
        },
        Case {
            name: "top: no sub code",
            status: 200,
            headers: &[JSON],
            body: r#"{"error_response":{"code":41,"msg":"Invalid arguments:phone","request_id":"zt7"}}"#,
            expect: Expect::Api(Api {
                fields: &[("code", "41"), ("msg", "Invalid arguments:phone")],
                ..api(Top, "41", "Invalid arguments:phone", "zt7")
            }),
        },
        // Odd successes
        Case {
            name: "a JSON null with 200",
            status: 200,
            headers: &[JSON],
            body: "null",
            expect: Expect::Success { request_id: None },
        },
        Case {
            name: "leading and trailing spaces of a message are part of it",
            status: 400,
            headers: &[JSON],
            body: r#"{"RequestId":" R-sp ","Code":"InvalidParameter","Message":"  The parameter is invalid.  "}"#,
            expect: Expect::Api(api(
                Rpc,
                "InvalidParameter",
                "  The parameter is invalid.  ",
                " R-sp ",
            )),
        },
    ]
}

fn header_map(pairs: &[(&str, &str)]) -> http::HeaderMap {
    let mut map = http::HeaderMap::new();
    for (name, value) in pairs {
        map.append(
            http::HeaderName::from_bytes(name.as_bytes()).unwrap(),
            http::HeaderValue::from_str(value).unwrap(),
        );
    }
    map
}

#[test]
fn every_family_decodes_as_its_documentation_says() {
    let cases = cases();
    assert!(cases.len() >= 90, "{} cases", cases.len());
    for c in cases {
        let name = c.name;
        let headers = header_map(c.headers);
        let outcome = decode_parts::<IgnoredAny, EcsError>(c.status, &headers, c.body.as_bytes());
        match (c.expect, outcome) {
            (Expect::Api(want), Err(Error::Api(e))) => {
                assert_eq!(e.style(), want.style, "{name}");
                assert_eq!(e.code(), want.code, "{name}");
                assert_eq!(e.message(), want.message, "{name}");
                assert_eq!(e.request_id(), want.request_id, "{name}");
                assert_eq!(e.ec(), want.ec, "{name}");
                assert_eq!(e.recommend(), want.recommend, "{name}");
                assert_eq!(e.fields().collect::<Vec<_>>(), want.fields, "{name}");
                assert!(!e.fields_truncated(), "{name}");
                assert_eq!(e.error_type(), want.error_type, "{name}");
                assert_eq!(e.http_status(), want.status.unwrap_or(c.status), "{name}");
                assert_eq!(
                    e.kind(),
                    aliyun_errors::ErrorCode::from_code(e.code()),
                    "{name}"
                );
            }
            (Expect::Unrecognized { kind, request_id }, Err(Error::Unrecognized(u))) => {
                assert_eq!(u.reason(), kind, "{name}: {}", u.detail());
                assert_eq!(u.request_id(), request_id, "{name}");
                assert_eq!(u.http_status(), c.status, "{name}");
            }
            (Expect::Success { request_id }, Ok(response)) => {
                assert_eq!(response.request_id.as_deref(), request_id, "{name}");
            }
            (_, outcome) => panic!("{name}: unexpected outcome {outcome:?}"),
        }
    }
}

fn api_error(
    status: u16,
    headers: &[(&str, &str)],
    body: &str,
) -> aliyun_errors::ApiError<EcsError> {
    match decode_parts::<IgnoredAny, EcsError>(status, &header_map(headers), body.as_bytes()) {
        Err(Error::Api(e)) => e,
        other => panic!("expected an API error, got {other:?}"),
    }
}

#[test]
fn retry_headers_set_the_wait_and_x_acs_retry_after_means_throttling() {
    let invalid = r#"{"RequestId":"R","Code":"InvalidParameter","Message":"m"}"#;
    let e = api_error(400, &[("x-acs-retry-after", "1500")], invalid);
    assert_eq!(e.retry_after(), Some(Duration::from_millis(1500)));
    assert_eq!(e.retry(), Retry::Throttling);

    // Retry-After (seconds) is the fallback: it sets the wait, not the class.
    let unavailable = r#"{"RequestId":"R","Code":"ServiceUnavailable","Message":"m"}"#;
    let e = api_error(503, &[("Retry-After", "30")], unavailable);
    assert_eq!(e.retry_after(), Some(Duration::from_secs(30)));
    assert_eq!(e.retry(), Retry::Transient);
    let e = api_error(400, &[("Retry-After", "30")], invalid);
    assert_eq!(e.retry(), Retry::Never);

    // Both: x-acs-retry-after wins.
    let e = api_error(
        400,
        &[("retry-after", "30"), ("x-acs-retry-after", "250")],
        invalid,
    );
    assert_eq!(e.retry_after(), Some(Duration::from_millis(250)));

    for bad in ["", "0", "-5", "soon", "1.5", "99999999999999999999999"] {
        for header in ["x-acs-retry-after", "retry-after"] {
            let e = api_error(400, &[(header, bad)], invalid);
            assert_eq!(e.retry_after(), None, "{header}: {bad:?}");
            assert_eq!(e.retry(), Retry::Never, "{header}: {bad:?}");
        }
    }
    // An unrecognized body keeps the wait and the throttling too.
    let headers = header_map(&[("x-acs-retry-after", "100"), ("x-acs-request-id", "H")]);
    let Err(Error::Unrecognized(u)) = decode_parts::<IgnoredAny, EcsError>(503, &headers, b"")
    else {
        panic!("expected unrecognized");
    };
    assert_eq!(
        (u.retry(), u.retry_after()),
        (Retry::Throttling, Some(Duration::from_millis(100)))
    );
    assert_eq!(u.request_id(), Some("H"));
}

#[test]
fn other_fields_are_bounded_in_count_and_size() {
    let mut body = String::from(r#"{"Code":"X","Message":"m""#);
    for i in 0..70 {
        body.push_str(&format!(r#","F{i}":"v{i}""#));
    }
    body.push('}');
    let e = api_error(400, &[], &body);
    assert_eq!(e.fields().count(), 64);
    assert!(e.fields_truncated());
    assert_eq!(e.field("F0"), Some("v0"));
    assert_eq!(e.field("F63"), Some("v63"));
    assert_eq!(e.field("F64"), None);

    let big = "x".repeat(40 << 10);
    let body = format!(r#"{{"Code":"X","A":"{big}","B":"{big}","C":"c"}}"#);
    let e = api_error(400, &[], &body);
    assert_eq!(e.field("A").map(str::len), Some(40 << 10));
    assert_eq!(e.field("B"), None);
    assert_eq!(e.field("C"), Some("c"));
    assert!(e.fields_truncated());
    let kept: usize = e.fields().map(|(n, v)| n.len() + v.len()).sum();
    assert!(kept <= 64 << 10);

    let mut xml = String::from("<Error><Code>X</Code>");
    for i in 0..70 {
        xml.push_str(&format!("<F{i}>v{i}</F{i}>"));
    }
    xml.push_str("</Error>");
    let e = api_error(400, &[], &xml);
    assert_eq!(e.fields().count(), 64);
    assert!(e.fields_truncated());

    // 64 KiB of names and values exactly are kept; one byte more is not.
    for (value_len, kept) in [((64 << 10) - 2, true), ((64 << 10) - 1, false)] {
        let body = format!(r#"{{"Code":"X","FF":"{}"}}"#, "v".repeat(value_len));
        let e = api_error(400, &[], &body);
        assert_eq!(e.field("FF").is_some(), kept, "{value_len}");
        assert_eq!(e.fields_truncated(), !kept, "{value_len}");
    }
}

#[test]
fn oss_err_is_bounded_like_a_body() {
    // OSS_ERR is 504 base64 characters for 378 bytes of XML.
    let decoded_len = 378;
    // Refused from the header's length alone, before decoding: the excerpt is the header's.
    let decoder = Decoder::new().max_body_size(200);
    let headers = header_map(&[("x-oss-err", OSS_ERR), ("x-oss-request-id", "H")]);
    let Err(Error::Unrecognized(u)) =
        decoder.decode_parts::<IgnoredAny, EcsError>(404, &headers, b"")
    else {
        panic!("expected unrecognized");
    };
    assert_eq!(u.reason(), UnrecognizedReason::TooLarge);
    assert!(
        u.detail().starts_with("x-oss-err of 504 bytes"),
        "{}",
        u.detail()
    );
    assert_eq!(u.body_len(), OSS_ERR.len());
    assert_eq!(u.request_id(), Some("H"));
    assert!(u.excerpt().len() <= aliyun_errors::EXCERPT_LIMIT);
    // At the limit, it decodes as the body would; one byte under, the decoded body is over.
    let Err(Error::Api(e)) = Decoder::new()
        .max_body_size(decoded_len)
        .decode_parts::<IgnoredAny, EcsError>(404, &headers, b"")
    else {
        panic!("expected an API error");
    };
    assert_eq!((e.code(), e.format()), ("NoSuchKey", Format::Xml));
    // Up to 3 bytes under (base64 padding may make the XML that much shorter), the header is
    // decoded, then refused as a body over the limit.
    for limit in [decoded_len - 1, decoded_len - 3] {
        let Err(Error::Unrecognized(u)) = Decoder::new()
            .max_body_size(limit)
            .decode_parts::<IgnoredAny, EcsError>(404, &headers, b"")
        else {
            panic!("expected unrecognized");
        };
        assert_eq!(u.reason(), UnrecognizedReason::TooLarge);
        assert!(
            u.detail().starts_with("body of 378 bytes"),
            "{}",
            u.detail()
        );
    }
}

#[test]
fn success_codes_turn_a_2xx_envelope_into_an_error() {
    let sms = Decoder::new().success_codes(&["OK"]);
    let limited = br#"{"RequestId":"R","Code":"isv.BUSINESS_LIMIT_CONTROL","Message":"triggered the flow control"}"#;
    let Err(Error::Api(e)) = sms.decode::<IgnoredAny, EcsError>(200, None, limited) else {
        panic!("expected an API error");
    };
    assert_eq!(
        (e.code(), e.http_status()),
        ("isv.BUSINESS_LIMIT_CONTROL", 200)
    );
    let ok = br#"{"RequestId":"R","Code":"OK","Message":"OK","BizId":"9006197469364984400"}"#;
    assert!(sms.decode::<IgnoredAny, EcsError>(200, None, ok).is_ok());
    // Without the option, a body that fits the data type is a success.
    assert!(
        Decoder::new()
            .decode::<IgnoredAny, EcsError>(200, None, limited)
            .is_ok()
    );
    // A body without a code is a success either way.
    assert!(
        sms.decode::<IgnoredAny, EcsError>(200, None, br#"{"RequestId":"R"}"#)
            .is_ok()
    );
}

#[test]
fn style_names() {
    let names: Vec<&str> = Style::ALL.iter().map(|s| s.as_str()).collect();
    assert_eq!(
        names,
        [
            "rpc",
            "roa",
            "oss",
            "sls",
            "gateway",
            "fc",
            "datahub",
            "dashscope",
            "openai",
            "top"
        ]
    );
    assert_eq!(Style::Oss.to_string(), "oss");
}

/// One retry class per error: every body of the project's corpora (the cases above, the
/// saved bodies of `tests/bodies/`, the decode fuzz seeds), decoded as any product with a
/// family of its own and with and without a delay header, has a `retry()` that is the class
/// the default policy acts on; the policy's decision differs only by what it adds
/// (idempotency here), and with the families' rules off it acts on
/// `retry_without_style_rules()`.
#[test]
fn every_corpus_body_has_one_retry_class_that_the_policy_acts_on() {
    use aliyun_errors::retry::{CallError, FailedAttempt};
    use aliyun_errors::{ErrorCode, Idempotency, RetryPolicy};

    fn check<E: ErrorCode>(name: &str, status: u16, headers: &http::HeaderMap, body: &[u8]) {
        let Err(error) = decode_parts::<IgnoredAny, E>(status, headers, body) else {
            return;
        };
        let policy = RetryPolicy::default();
        let class = error.retry();
        assert_eq!(policy.class_of(&error), class, "{name} ({status})");
        let plain = RetryPolicy::default().style_rules(false);
        assert_eq!(
            plain.class_of(&error),
            error.retry_without_style_rules(),
            "{name} ({status})"
        );
        for idempotency in [Idempotency::Idempotent, Idempotency::NotIdempotent] {
            let retried = policy.next_delay(1, &error, idempotency).is_some();
            let expected = match class {
                Retry::Transient => idempotency.is_idempotent(),
                other => other.is_retryable(),
            };
            assert_eq!(
                retried, expected,
                "{name} ({status}, {idempotency:?}): {class}"
            );
        }
        let call: CallError<E, std::io::Error> = CallError::Response(error);
        assert_eq!(policy.class_of(&call), class, "{name} ({status})");
    }

    fn every_product(name: &str, status: u16, headers: &http::HeaderMap, body: &[u8]) {
        check::<EcsError>(name, status, headers, body);
        check::<aliyun_errors::oss::OssError>(name, status, headers, body);
        check::<aliyun_errors::sls::SlsError>(name, status, headers, body);
        check::<aliyun_errors::fc::FcError>(name, status, headers, body);
        check::<aliyun_errors::fc_open::FcOpenError>(name, status, headers, body);
        check::<aliyun_errors::mns_open::MnsOpenError>(name, status, headers, body);
        check::<aliyun_errors::dashscope::DashscopeError>(name, status, headers, body);
        check::<aliyun_errors::dysmsapi::DysmsapiError>(name, status, headers, body);
    }

    let throttled = header_map(&[("x-acs-retry-after", "1500")]);
    let mut bodies = 0;
    for c in cases() {
        let headers = header_map(c.headers);
        every_product(c.name, c.status, &headers, c.body.as_bytes());
        every_product(c.name, c.status, &throttled, c.body.as_bytes());
        bodies += 1;
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in [root.join("bodies"), root.join("../fuzz/seeds/decode")] {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let body = std::fs::read(&path).unwrap();
            let name = path.display().to_string();
            for status in [400, 401, 403, 408, 429, 500, 501, 503] {
                every_product(&name, status, &http::HeaderMap::new(), &body);
            }
            bodies += 1;
        }
    }
    assert!(bodies > 130, "{bodies} bodies");

    // The families' rules, as `retry()` tells them whatever enum decodes the body.
    let skewed = b"<Error><Code>RequestTimeTooSkewed</Code><Message>m</Message></Error>";
    let decoded = |status, body: &[u8]| -> Retry {
        decode_parts::<IgnoredAny, aliyun_errors::oss::OssError>(
            status,
            &http::HeaderMap::new(),
            body,
        )
        .unwrap_err()
        .retry()
    };
    assert_eq!(decoded(403, skewed), Retry::Transient);
    // An RPC-shaped body sent to OSS follows OSS's rules too: the product's family decides.
    let rpc = br#"{"RequestId":"R","Code":"RequestTimeTooSkewed","Message":"m"}"#;
    assert_eq!(decoded(403, rpc), Retry::Transient);
    let ecs = decode_parts::<IgnoredAny, EcsError>(403, &http::HeaderMap::new(), rpc).unwrap_err();
    assert_eq!(ecs.retry(), Retry::Never, "ECS has no such rule");
    let fc = br#"{"ErrorCode":"ConcurrentUpdateError","ErrorMessage":"m"}"#;
    let e =
        decode_parts::<IgnoredAny, aliyun_errors::fc::FcError>(409, &http::HeaderMap::new(), fc)
            .unwrap_err();
    assert_eq!(e.retry(), Retry::Conflict);
}
