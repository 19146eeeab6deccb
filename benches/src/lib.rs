//! Fixtures shared by the benchmarks: realistic error bodies, garbage, synthetic tables, the
//! lookup's inputs. The large success bodies come from `aliyun_errors_tests::describe_instances`.

use std::fmt::Write as _;

use aliyun_errors::ErrorCode;

/// The lookup's inputs: every code of `E`, then unknown codes (dotted, wrong case, empty,
/// long).
pub fn lookup_inputs<E: ErrorCode>() -> Vec<String> {
    let mut inputs: Vec<String> = E::ALL.iter().map(|e| e.code().to_owned()).collect();
    for unknown in [
        "Throttling.SomethingNew",
        "MissingParameter.CommandId",
        "InvalidInstanceId.Malformed.X",
        "throttling",
        "INTERNALERROR",
        "Forbidden.Ram",
        "",
        "X",
    ] {
        inputs.push(unknown.to_owned());
    }
    inputs.push("InvalidParameter.".repeat(12));
    inputs
}

/// The floor for JSON error decoding: the four fields borrowed from the body, nothing else
/// kept.
#[derive(serde::Deserialize)]
pub struct BorrowedError<'a> {
    /// `RequestId`.
    #[serde(rename = "RequestId", borrow)]
    pub request_id: &'a str,
    /// `HostId`.
    #[serde(rename = "HostId", borrow)]
    pub host_id: &'a str,
    /// `Code`.
    #[serde(rename = "Code", borrow)]
    pub code: &'a str,
    /// `Message`.
    #[serde(rename = "Message", borrow)]
    pub message: &'a str,
}

/// The JSON floor: `serde_json::from_slice` into [`BorrowedError`]; returns the lengths
/// of the code and message (so the work cannot be optimized away).
pub fn json_floor(body: &[u8]) -> usize {
    let e: BorrowedError = serde_json::from_slice(body).unwrap();
    e.code.len() + e.message.len()
}

/// The XML floor: a hand-written `quick_xml::Reader` loop slicing the four fields' text.
pub fn xml_floor(body: &[u8]) -> usize {
    use quick_xml::events::Event;
    let text = std::str::from_utf8(body).unwrap();
    let mut reader = quick_xml::Reader::from_str(text);
    let mut found = 0;
    loop {
        match reader.read_event().unwrap() {
            Event::Start(start) => {
                let name = start.local_name();
                if matches!(name.as_ref(), "RequestId" | "HostId" | "Code" | "Message") {
                    found += reader.read_text(start.name()).unwrap().len();
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    found
}

/// A JSON error with Recommend, as ECS sends it (about 300 bytes).
pub const ERROR_JSON: &str = r#"{"RequestId":"540CFF28-407A-40B5-B6A5-74B7D3A5C1E2","HostId":"ecs.aliyuncs.com","Code":"InvalidInstanceId.NotFound","Message":"The specified InstanceId does not exist.","Recommend":"https://api.aliyun.com/troubleshoot?q=InvalidInstanceId.NotFound&product=Ecs&requestId=540CFF28-407A-40B5-B6A5-74B7D3A5C1E2"}"#;

/// A JSON error with the four RPC fields alone: the floor's own shape.
pub const ERROR_JSON_RPC: &str = r#"{"RequestId":"540CFF28-407A-40B5-B6A5-74B7D3A5C1E2","HostId":"ecs.aliyuncs.com","Code":"InvalidInstanceId.NotFound","Message":"The specified InstanceId does not exist."}"#;

/// A JSON error with an AccessDeniedDetail object (about 650 bytes).
pub const ERROR_JSON_DETAIL: &str = r#"{"RequestId":"7E5C1D3F-2B8A-4C61-9F0E-3A7B5D9C1E24","HostId":"ecs.cn-hangzhou.aliyuncs.com","Code":"Forbidden.RAM","Message":"User not authorized to operate on the specified resource, or this API doesn't support RAM.","Recommend":"https://api.aliyun.com/troubleshoot?q=Forbidden.RAM&product=Ecs","AccessDeniedDetail":{"PolicyType":"AccountLevelIdentityBasedPolicy","AuthPrincipalOwnerId":"1234567890123456","EncodedDiagnosticMessage":"AQIBIAAAAOPdwKY2QLOvgMEc7SkkoJfj1kvZwsaRqNYMh10Tv0wTe0fCzaCdrvgazfNb0EnJKETgXyhR+3BIQjx9WAqZKejYh","AuthPrincipalType":"SubUser","AuthPrincipalDisplayName":"ops-robot@1234567890123456.onaliyun.com","NoPermissionType":"ImplicitDeny","AuthAction":"ecs:DescribeInstances"}}"#;

/// The XML form of [`ERROR_JSON`].
pub const ERROR_XML: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Error><RequestId>540CFF28-407A-40B5-B6A5-74B7D3A5C1E2</RequestId><HostId>ecs.aliyuncs.com</HostId><Code>InvalidInstanceId.NotFound</Code><Message>The specified InstanceId does not exist.</Message><Recommend><![CDATA[https://api.aliyun.com/troubleshoot?q=InvalidInstanceId.NotFound&product=Ecs&requestId=540CFF28-407A-40B5-B6A5-74B7D3A5C1E2]]></Recommend></Error>"#;

/// The XML form of [`ERROR_JSON_DETAIL`].
pub const ERROR_XML_DETAIL: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Error><RequestId>7E5C1D3F-2B8A-4C61-9F0E-3A7B5D9C1E24</RequestId><HostId>ecs.cn-hangzhou.aliyuncs.com</HostId><Code>Forbidden.RAM</Code><Message>User not authorized to operate on the specified resource, or this API doesn't support RAM.</Message><Recommend><![CDATA[https://api.aliyun.com/troubleshoot?q=Forbidden.RAM&product=Ecs]]></Recommend><AccessDeniedDetail><PolicyType>AccountLevelIdentityBasedPolicy</PolicyType><AuthPrincipalOwnerId>1234567890123456</AuthPrincipalOwnerId><EncodedDiagnosticMessage>AQIBIAAAAOPdwKY2QLOvgMEc7SkkoJfj1kvZwsaRqNYMh10Tv0wTe0fCzaCdrvgazfNb0EnJKETgXyhR+3BIQjx9WAqZKejYh</EncodedDiagnosticMessage><AuthPrincipalType>SubUser</AuthPrincipalType><NoPermissionType>ImplicitDeny</NoPermissionType><AuthAction>ecs:DescribeInstances</AuthAction></AccessDeniedDetail></Error>"#;

/// An nginx 502 page, as a gateway in front of an API sends it.
pub const HTML_502: &str = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>Tengine</center>\r\n</body>\r\n</html>\r\n<!-- a padding to disable MSIE and Chrome friendly error page -->\r\n<!-- a padding to disable MSIE and Chrome friendly error page -->\r\n<!-- a padding to disable MSIE and Chrome friendly error page -->\r\n";

/// A ROA error (Container Service), as the product documents it.
pub const ROA_JSON: &str = r#"{"code":"ErrorClusterNotFound","message":"The cluster c82e6987e2961451182edacd74faf2e4 is not found.","requestId":"D4C9C2B2-5D0E-4E2A-9A27-5AC8D2B1A6C3","status":404,"data":{"cluster_id":"c82e6987e2961451182edacd74faf2e4"}}"#;

/// A log service error (its request id comes in `x-log-requestid`).
pub const SLS_JSON: &str = r#"{"errorCode":"ProjectNotExist","errorMessage":"The Project does not exist : my-project-cn-hangzhou"}"#;

/// An error of OSS's JSON APIs, wrapped in `Error`.
pub const OSS_JSON: &str = r#"{"Error":{"Code":"InvalidArgument","Message":"The value of max-keys is invalid.","RequestId":"5C3D9175B6FC201293AD4890","HostId":"examplebucket.oss-cn-hangzhou.aliyuncs.com","EC":"0016-00000801"}}"#;

/// An OSS error in XML, with the fields a signature mismatch carries.
pub const OSS_XML: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n  <Code>SignatureDoesNotMatch</Code>\n  <Message>The request signature we calculated does not match the signature you provided.</Message>\n  <RequestId>5C3D9175B6FC201293AD4890</RequestId>\n  <HostId>examplebucket.oss-cn-hangzhou.aliyuncs.com</HostId>\n  <OSSAccessKeyId>LTAI5tExample</OSSAccessKeyId>\n  <SignatureProvided>NTZMhtn4n3XzYs5hZ2xQMvL1234=</SignatureProvided>\n  <StringToSign>GET\n\n\nWed, 11 May 2011 07:59:25 GMT\n/examplebucket/example.txt</StringToSign>\n  <EC>0002-00000040</EC>\n  <RecommendDoc>https://api.aliyun.com/troubleshoot?q=0002-00000040</RecommendDoc>\n</Error>";

/// Function Compute's API error (and DataHub's: the same keys).
pub const FC_JSON: &str = r#"{"ErrorCode":"FunctionNotFound","ErrorMessage":"function 'demo' does not exist in service 'my-service'","RequestId":"1-6763b8f2-0f5c8a9e3d2b1a0c4e5f6a7b"}"#;

/// Model Studio's native error.
pub const DASHSCOPE_JSON: &str = r#"{"request_id":"e5d7d6b3-4b1a-9f8a-a1b2-8e2f0e4c7d11","code":"InvalidApiKey","message":"Invalid API-key provided."}"#;

/// The OpenAI-compatible mode's error.
pub const OPENAI_JSON: &str = r#"{"error":{"message":"Incorrect API key provided. ","type":"invalid_request_error","param":null,"code":"invalid_api_key"},"request_id":"e5d7d6b3-4b1a-9f8a-a1b2-8e2f0e4c7d11"}"#;

/// The legacy open platform's error.
pub const TOP_JSON: &str = r#"{"error_response":{"code":15,"msg":"Remote service error","sub_code":"isv.BUSINESS_LIMIT_CONTROL","sub_msg":"Permits:1","request_id":"zt6mxmf5yqx8"}}"#;

/// Model Studio's error as a server-sent event.
pub const DASHSCOPE_SSE: &str = "id:1\nevent:error\n:HTTP_STATUS/400\ndata:{\"code\":\"InvalidParameter\",\"message\":\"Input should be a valid dictionary.\",\"request_id\":\"e5d7d6b3-4b1a-9f8a-a1b2-8e2f0e4c7d11\"}\n\n";

/// MNS's batch results: two failed messages.
pub const MNS_BATCH_XML: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Messages xmlns=\"http://mns.aliyuncs.com/doc/v1/\"><Message><ErrorCode>MessageNotExist</ErrorCode><ErrorMessage>Message not exist.</ErrorMessage><ReceiptHandle>1-ODU4OTkzNDU5NC0xNDM1MTk3NjAwLTEtNg==</ReceiptHandle></Message><Message><ErrorCode>ReceiptHandleError</ErrorCode><ErrorMessage>The receipt handle you provide is not valid.</ErrorMessage><ReceiptHandle>bad</ReceiptHandle></Message></Messages>";

/// A floor: decodes a body the plain way and returns a length (so the work stays).
pub type Floor = fn(&[u8]) -> usize;

/// The new families' bodies, each with its floor: serde into borrowed fields (JSON) or a
/// hand-written `quick_xml::Reader` loop slicing every field (XML).
pub const FAMILIES: [(&str, &str, Floor); 10] = [
    ("roa_json", ROA_JSON, roa_floor),
    ("sls_json", SLS_JSON, sls_floor),
    ("oss_json", OSS_JSON, oss_json_floor),
    ("oss_xml", OSS_XML, xml_all_fields_floor),
    ("fc_json", FC_JSON, fc_floor),
    ("dashscope_json", DASHSCOPE_JSON, dashscope_floor),
    ("openai_json", OPENAI_JSON, openai_floor),
    ("top_json", TOP_JSON, top_floor),
    ("dashscope_sse", DASHSCOPE_SSE, sse_floor),
    ("mns_batch_xml", MNS_BATCH_XML, mns_batch_floor),
];

/// MNS's batch floor: a hand-written `quick_xml::Reader` loop slicing every message's
/// fields (depth 3).
pub fn mns_batch_floor(body: &[u8]) -> usize {
    use quick_xml::events::Event;
    let text = std::str::from_utf8(body).unwrap();
    let mut reader = quick_xml::Reader::from_str(text);
    let (mut found, mut depth) = (0, 0);
    loop {
        match reader.read_event().unwrap() {
            Event::Start(start) if depth == 2 => {
                found += reader.read_text(start.name()).unwrap().len();
            }
            Event::Start(_) => depth += 1,
            Event::End(_) => depth -= 1,
            Event::Eof => break,
            _ => {}
        }
    }
    found
}

#[derive(serde::Deserialize)]
struct FcFloor<'a> {
    #[serde(rename = "ErrorCode")]
    code: &'a str,
    #[serde(rename = "ErrorMessage")]
    _message: &'a str,
    #[serde(rename = "RequestId")]
    _request_id: &'a str,
}

/// Function Compute's floor: its three fields borrowed.
pub fn fc_floor(body: &[u8]) -> usize {
    serde_json::from_slice::<FcFloor>(body).unwrap().code.len()
}

#[derive(serde::Deserialize)]
struct DashScopeFloor<'a> {
    code: &'a str,
    #[serde(rename = "message")]
    _message: &'a str,
    #[serde(rename = "request_id")]
    _request_id: &'a str,
}

/// Model Studio's floor: `request_id`, `code`, `message` borrowed.
pub fn dashscope_floor(body: &[u8]) -> usize {
    serde_json::from_slice::<DashScopeFloor>(body)
        .unwrap()
        .code
        .len()
}

#[derive(serde::Deserialize)]
struct OpenAiFields<'a> {
    #[serde(rename = "message")]
    _message: &'a str,
    #[serde(rename = "type")]
    _kind: &'a str,
    #[serde(rename = "param")]
    _param: Option<&'a str>,
    code: Option<&'a str>,
}

#[derive(serde::Deserialize)]
struct OpenAiFloor<'a> {
    #[serde(borrow)]
    error: OpenAiFields<'a>,
    #[serde(rename = "request_id")]
    _request_id: &'a str,
}

/// The OpenAI mode's floor: the four fields inside `error` and `request_id` borrowed.
pub fn openai_floor(body: &[u8]) -> usize {
    let floor = serde_json::from_slice::<OpenAiFloor>(body).unwrap();
    floor.error.code.map_or(0, str::len)
}

#[derive(serde::Deserialize)]
struct TopFields<'a> {
    #[serde(rename = "code")]
    _code: u32,
    #[serde(rename = "msg")]
    _msg: &'a str,
    sub_code: &'a str,
    #[serde(rename = "sub_msg")]
    _sub_msg: &'a str,
    #[serde(rename = "request_id")]
    _request_id: &'a str,
}

#[derive(serde::Deserialize)]
struct TopFloor<'a> {
    #[serde(borrow)]
    error_response: TopFields<'a>,
}

/// The open platform's floor: the five fields inside `error_response`.
pub fn top_floor(body: &[u8]) -> usize {
    let floor = serde_json::from_slice::<TopFloor>(body).unwrap();
    floor.error_response.sub_code.len()
}

/// An event stream's floor as a user would write it: the first `data:` line, then
/// Model Studio's floor on it (no framing read, no status comment).
pub fn sse_floor(body: &[u8]) -> usize {
    let text = std::str::from_utf8(body).unwrap();
    let data = text
        .lines()
        .find_map(|line| line.strip_prefix("data:"))
        .unwrap();
    dashscope_floor(data.as_bytes())
}

#[derive(serde::Deserialize)]
struct RoaFloor<'a> {
    code: &'a str,
    #[serde(rename = "message")]
    _message: &'a str,
    #[serde(rename = "requestId")]
    _request_id: &'a str,
    #[serde(rename = "status")]
    _status: u16,
    #[serde(rename = "data")]
    _data: serde::de::IgnoredAny,
}

/// The ROA floor: `code`, `message`, `requestId` borrowed, `status` a number, `data` skipped.
pub fn roa_floor(body: &[u8]) -> usize {
    serde_json::from_slice::<RoaFloor>(body).unwrap().code.len()
}

#[derive(serde::Deserialize)]
struct SlsFloor<'a> {
    #[serde(rename = "errorCode")]
    code: &'a str,
    #[serde(rename = "errorMessage")]
    _message: &'a str,
}

/// The log service floor: `errorCode` and `errorMessage` borrowed.
pub fn sls_floor(body: &[u8]) -> usize {
    serde_json::from_slice::<SlsFloor>(body).unwrap().code.len()
}

#[derive(serde::Deserialize)]
struct OssFields<'a> {
    #[serde(rename = "Code")]
    code: &'a str,
    #[serde(rename = "Message")]
    _message: &'a str,
    #[serde(rename = "RequestId")]
    _request_id: &'a str,
    #[serde(rename = "HostId")]
    _host_id: &'a str,
    #[serde(rename = "EC")]
    _ec: &'a str,
}

#[derive(serde::Deserialize)]
struct OssFloor<'a> {
    #[serde(rename = "Error", borrow)]
    error: OssFields<'a>,
}

/// The floor for OSS's JSON: the five fields inside `Error` borrowed.
pub fn oss_json_floor(body: &[u8]) -> usize {
    serde_json::from_slice::<OssFloor>(body)
        .unwrap()
        .error
        .code
        .len()
}

/// The XML floor for a body whose every field is kept: each child's text, sliced.
pub fn xml_all_fields_floor(body: &[u8]) -> usize {
    use quick_xml::events::Event;
    let text = std::str::from_utf8(body).unwrap();
    let mut reader = quick_xml::Reader::from_str(text);
    let (mut found, mut depth) = (0, 0);
    loop {
        match reader.read_event().unwrap() {
            Event::Start(start) if depth == 1 => {
                found += reader.read_text(start.name()).unwrap().len();
            }
            Event::Start(_) => depth += 1,
            Event::End(_) => depth -= 1,
            Event::Eof => break,
            _ => {}
        }
    }
    found
}

/// 1 MiB of bytes from a fixed pseudo-random sequence (not UTF-8, not XML or JSON).
pub fn garbage(len: usize) -> Vec<u8> {
    aliyun_errors_tests::rng::Rng(0x9E37_79B9_7F4A_7C15).bytes(len)
}

/// `len` bytes of text that opens like XML (`<`) but never closes its tag: a parser must
/// read to the end to know, and must do so once.
pub fn unclosed_markup(len: usize) -> Vec<u8> {
    let mut body = b"<Error ".to_vec();
    body.resize(len, b'a');
    body
}

/// A valid synthetic table of `rows` rows: distinct dotted codes, every fifth row another
/// message for the previous code, a mix of statuses and retry classes.
pub fn synthetic_table(rows: usize) -> String {
    let mut csv = String::from("code,http_status,message,retry\n");
    let mut code = 0;
    for row in 0..rows {
        if row % 5 != 4 {
            code += 1;
        }
        let (status, retry) = match code % 4 {
            0 => (400, ""),
            1 => (403, "never"),
            2 => (503, "transient"),
            _ => (429, "throttling"),
        };
        let _ = writeln!(
            csv,
            "Synthetic{code}.Error{},{status},\"The synthetic request {row} failed, retry {retry}.\",{retry}",
            code % 7
        );
    }
    csv
}

/// Criterion settings for this suite: shorter runs than the default, enough samples for a
/// stable median on a 2-core machine.
pub fn criterion() -> criterion::Criterion {
    criterion::Criterion::default()
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(2))
        .sample_size(50)
}
