//! The envelope decoder: the source document's examples, a DescribeInstances-like success in
//! both formats, and a table of error bodies, good and bad.

use aliyun_errors::ecs::EcsError;
use aliyun_errors::{
    ApiError, EXCERPT_LIMIT, Error, ErrorCode, Format, Response, Retry, UnrecognizedReason, decode,
};
use aliyun_errors_tests::describe_instances::{DescribeInstances, Tag};
use serde::Deserialize;
use serde::de::IgnoredAny;

const SOURCE_ERROR_XML: &[u8] = include_bytes!("../bodies/source_error.xml");
const SOURCE_ERROR_JSON: &[u8] = include_bytes!("../bodies/source_error.json");
const SOURCE_SUCCESS_XML: &[u8] = include_bytes!("../bodies/source_success.xml");
const SOURCE_SUCCESS_JSON: &[u8] = include_bytes!("../bodies/source_success.json");
const INSTANCES_XML: &[u8] = include_bytes!("../bodies/describe_instances.xml");
const INSTANCES_JSON: &[u8] = include_bytes!("../bodies/describe_instances.json");

fn api_error(status: u16, content_type: Option<&str>, body: &[u8]) -> ApiError<EcsError> {
    match decode::<IgnoredAny, EcsError>(status, content_type, body) {
        Err(Error::Api(e)) => e,
        other => panic!("expected an API error, got {other:?}"),
    }
}

#[test]
fn source_error_examples_decode_to_their_fields() {
    for (body, ct, format) in [
        (SOURCE_ERROR_XML, "text/xml", Format::Xml),
        (SOURCE_ERROR_JSON, "application/json", Format::Json),
    ] {
        let e = api_error(400, Some(ct), body);
        assert_eq!(e.http_status(), 400);
        assert_eq!(e.format(), format);
        assert_eq!(e.request_id(), Some("540CFF28-407A-40B5-B6A5-74Bxxxxxxxxx"));
        assert_eq!(e.host_id(), Some("ecs.aliyuncs.com"));
        assert_eq!(e.code(), "MissingParameter.CommandId");
        assert_eq!(
            e.message().unwrap(),
            "The input parameter \u{201C}CommandId\u{201D} that is mandatory for processing this request is not supplied."
        );
        assert_eq!(e.recommend(), None);
        assert_eq!(e.access_denied_detail(), None);
        // Not in the table: no variant, but the family is.
        assert_eq!(e.kind(), None);
        assert_eq!(e.family(), Some(EcsError::MissingParameter));
        assert_eq!(e.retry(), Retry::Never);
        assert_eq!(e.entry(), None);
        assert_eq!(
            e.to_string(),
            "MissingParameter.CommandId (HTTP 400): The input parameter \u{201C}CommandId\u{201D} that is mandatory for processing this request is not supplied. [RequestId: 540CFF28-407A-40B5-B6A5-74Bxxxxxxxxx]"
        );
    }
}

#[test]
fn source_success_examples_decode_to_their_request_id() {
    #[derive(Deserialize, Debug, PartialEq)]
    struct Nothing {}
    for body in [SOURCE_SUCCESS_XML, SOURCE_SUCCESS_JSON] {
        let r: Response<Nothing> = decode::<Nothing, EcsError>(200, None, body).unwrap();
        assert_eq!(
            r.request_id.as_deref(),
            Some("4C467B38-3910-447D-87BC-AC049166F216")
        );
        let r = decode::<IgnoredAny, EcsError>(200, None, body).unwrap();
        assert_eq!(
            r.request_id.as_deref(),
            Some("4C467B38-3910-447D-87BC-AC049166F216")
        );
    }
}

#[test]
fn one_type_decodes_the_xml_and_the_json_form() {
    let xml = decode::<DescribeInstances, EcsError>(200, Some("text/xml"), INSTANCES_XML).unwrap();
    let json = decode::<DescribeInstances, EcsError>(200, Some("application/json"), INSTANCES_JSON)
        .unwrap();
    assert_eq!(xml, json);
    assert_eq!(
        xml.request_id.as_deref(),
        Some("473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E")
    );
    let data = &xml.data;
    assert_eq!(
        (data.total_count, data.page_number, data.page_size),
        (2, 1, 10)
    );
    let [web, worker] = &data.instances.instance[..] else {
        panic!("two instances expected");
    };
    assert_eq!(web.instance_name, "web & api");
    assert_eq!((web.cpu, web.memory, web.io_optimized), (2, 4096, true));
    // One-element and empty lists.
    assert_eq!(
        web.vpc_attributes.private_ip_address.ip_address,
        ["172.17.0.10"]
    );
    assert!(
        worker
            .vpc_attributes
            .private_ip_address
            .ip_address
            .is_empty()
    );
    assert_eq!(web.security_group_ids.security_group_id.len(), 2);
    assert_eq!(worker.security_group_ids.security_group_id.len(), 1);
    assert!(web.tags.tag.is_empty());
    assert_eq!(
        worker.tags.tag,
        [Tag {
            tag_key: "env".into(),
            tag_value: "prod".into()
        }]
    );
    assert_eq!(worker.vpc_attributes.vswitch_id, "vsw-bp1ek8y****");
    assert!(!worker.io_optimized);
}

#[test]
fn data_that_asks_for_request_id_still_gets_it() {
    #[derive(Deserialize)]
    struct WithId {
        #[serde(rename = "RequestId")]
        request_id: String,
        #[serde(rename = "TotalCount")]
        total_count: u32,
    }
    for body in [INSTANCES_XML, INSTANCES_JSON] {
        let r = decode::<WithId, EcsError>(200, None, body).unwrap();
        assert_eq!(r.request_id, Some(r.data.request_id));
        assert_eq!(r.data.total_count, 2);
    }
}

#[test]
fn success_bodies_that_do_not_fit_are_unrecognized_or_api_errors() {
    #[derive(Deserialize, Debug)]
    #[allow(dead_code)]
    struct NeedsCount {
        #[serde(rename = "TotalCount")]
        total_count: u32,
    }
    let Err(Error::Unrecognized(u)) =
        decode::<NeedsCount, EcsError>(200, None, SOURCE_SUCCESS_JSON)
    else {
        panic!("expected unrecognized");
    };
    assert_eq!(u.reason(), UnrecognizedReason::DataMismatch);
    assert_eq!(u.http_status(), 200);
    assert!(u.detail().contains("TotalCount"), "{}", u.detail());
    let Err(Error::Unrecognized(u)) = decode::<NeedsCount, EcsError>(200, None, SOURCE_SUCCESS_XML)
    else {
        panic!("expected unrecognized");
    };
    assert_eq!(u.reason(), UnrecognizedReason::DataMismatch);
    // A RequestId that is no string says so.
    let Err(Error::Unrecognized(u)) =
        decode::<IgnoredAny, EcsError>(200, None, br#"{"RequestId":5}"#)
    else {
        panic!("expected unrecognized");
    };
    assert_eq!(u.reason(), UnrecognizedReason::DataMismatch);
    assert!(u.detail().contains("expected a string"), "{}", u.detail());
    // A 200 that carries an error envelope is that error, status kept.
    let Err(Error::Api(e)) = decode::<NeedsCount, EcsError>(200, None, SOURCE_ERROR_JSON) else {
        panic!("expected api error");
    };
    assert_eq!(
        (e.http_status(), e.code()),
        (200, "MissingParameter.CommandId")
    );
}

/// What a case must decode to.
enum Expect {
    Api {
        code: &'static str,
        message: Option<&'static str>,
        request_id: Option<&'static str>,
        host_id: Option<&'static str>,
        recommend: Option<&'static str>,
    },
    Detail(&'static str),
    /// An error whose message is this many bytes long.
    LongMessage(usize),
    Unrecognized(UnrecognizedReason),
}

struct Case {
    name: &'static str,
    status: u16,
    content_type: Option<&'static str>,
    body: Vec<u8>,
    format: Option<Format>,
    expect: Expect,
}

const FULL_XML: &str = "<Error><RequestId>R-1</RequestId><HostId>ecs.aliyuncs.com</HostId><Code>Throttling</Code><Message>Slow down.</Message><Recommend>https://api.aliyun.com/troubleshoot?q=Throttling</Recommend></Error>";
const FULL_JSON: &str = r#"{"RequestId":"R-1","HostId":"ecs.aliyuncs.com","Code":"Throttling","Message":"Slow down.","Recommend":"https://api.aliyun.com/troubleshoot?q=Throttling"}"#;

fn full() -> Expect {
    Expect::Api {
        code: "Throttling",
        message: Some("Slow down."),
        request_id: Some("R-1"),
        host_id: Some("ecs.aliyuncs.com"),
        recommend: Some("https://api.aliyun.com/troubleshoot?q=Throttling"),
    }
}

fn fields(code: &'static str, message: &'static str) -> Expect {
    Expect::Api {
        code,
        message: Some(message),
        request_id: Some("R-1"),
        host_id: None,
        recommend: None,
    }
}

/// An envelope with its code and RequestId `R-1`, and no message.
fn without_message(code: &'static str) -> Expect {
    Expect::Api {
        code,
        message: None,
        request_id: Some("R-1"),
        host_id: None,
        recommend: None,
    }
}

fn case(
    name: &'static str,
    status: u16,
    content_type: Option<&'static str>,
    body: impl Into<Vec<u8>>,
    format: Option<Format>,
    expect: Expect,
) -> Case {
    Case {
        name,
        status,
        content_type,
        body: body.into(),
        format,
        expect,
    }
}

fn cases() -> Vec<Case> {
    use Format::{Json, Xml};
    use UnrecognizedReason as K;
    let xml = Some("text/xml");
    let json = Some("application/json;charset=utf-8");
    let deep_json = r#"{"a":"#.repeat(100_000);
    let deep_array = "[".repeat(100_000);
    let closed_array = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let deep_xml = format!("<Error>{}", "<a>".repeat(100_000));
    let big = "x".repeat(1_000_000);
    let big_xml = format!(
        "<Error><RequestId>R-1</RequestId><Code>Big</Code><Message>{big}</Message></Error>"
    );
    let big_json = format!(r#"{{"RequestId":"R-1","Code":"Big","Message":"{big}"}}"#);
    vec![
        case("xml: all fields", 400, xml, FULL_XML, Some(Xml), full()),
        case("json: all fields", 400, json, FULL_JSON, Some(Json), full()),
        case(
            "xml: declaration and comments",
            400,
            xml,
            format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- c -->{}<!-- after -->",
                FULL_XML.replace("<Code>", "<!-- x --><Code>")
            ),
            Some(Xml),
            full(),
        ),
        case(
            "xml: missing RequestId",
            400,
            xml,
            "<Error><Code>Throttling</Code><Message>m</Message></Error>",
            Some(Xml),
            Expect::Api {
                code: "Throttling",
                message: Some("m"),
                request_id: None,
                host_id: None,
                recommend: None,
            },
        ),
        case(
            "json: missing RequestId",
            400,
            json,
            r#"{"Code":"Throttling","Message":"m"}"#,
            Some(Json),
            Expect::Api {
                code: "Throttling",
                message: Some("m"),
                request_id: None,
                host_id: None,
                recommend: None,
            },
        ),
        case(
            "xml: missing HostId and Message",
            404,
            xml,
            "<Error><RequestId>R-1</RequestId><Code>InvalidDiskId.NotFound</Code></Error>",
            Some(Xml),
            without_message("InvalidDiskId.NotFound"),
        ),
        case(
            "json: missing Message",
            404,
            json,
            r#"{"RequestId":"R-1","Code":"InvalidDiskId.NotFound"}"#,
            Some(Json),
            without_message("InvalidDiskId.NotFound"),
        ),
        case(
            "xml: extra fields",
            400,
            xml,
            "<Error><Extra><Deep a=\"1\"><Code>no</Code></Deep></Extra><RequestId>R-1</RequestId><Code>A.B</Code><Message>m</Message><Data/></Error>",
            Some(Xml),
            fields("A.B", "m"),
        ),
        case(
            "json: extra fields",
            400,
            json,
            r#"{"Extra":{"Code":"no","List":[1,{"x":null}]},"RequestId":"R-1","Code":"A.B","Message":"m","Data":null}"#,
            Some(Json),
            fields("A.B", "m"),
        ),
        case(
            "xml: Recommend in CDATA",
            400,
            xml,
            "<Error><RequestId>R-1</RequestId><HostId>ecs.aliyuncs.com</HostId><Code>Throttling</Code><Message>Slow down.</Message><Recommend><![CDATA[https://api.aliyun.com/troubleshoot?q=Throttling]]></Recommend></Error>",
            Some(Xml),
            full(),
        ),
        case(
            "xml: CDATA with markup",
            400,
            xml,
            "<Error><RequestId>R-1</RequestId><Code>X</Code><Message><![CDATA[a <b> & ]]]]><![CDATA[> c]]></Message></Error>",
            Some(Xml),
            fields("X", "a <b> & ]]> c"),
        ),
        case(
            "xml: entities",
            400,
            xml,
            "<Error><RequestId>R-1</RequestId><Code>X</Code><Message>&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos; &#x201C;d&#8221;</Message></Error>",
            Some(Xml),
            fields("X", "<a> & \"b\" 'c' \u{201C}d\u{201D}"),
        ),
        case(
            "json: escapes",
            400,
            json,
            r#"{"RequestId":"R-1","Code":"X","Message":"\u201cd\u201d \"q\" a\\b\nc"}"#,
            Some(Json),
            fields("X", "\u{201C}d\u{201D} \"q\" a\\b\nc"),
        ),
        case(
            "xml: BOM",
            400,
            xml,
            [b"\xEF\xBB\xBF".as_slice(), FULL_XML.as_bytes()].concat(),
            Some(Xml),
            full(),
        ),
        case(
            "json: BOM",
            400,
            json,
            [b"\xEF\xBB\xBF".as_slice(), FULL_JSON.as_bytes()].concat(),
            Some(Json),
            full(),
        ),
        case(
            "xml: CRLF",
            400,
            xml,
            "<?xml version=\"1.0\"?>\r\n<Error>\r\n<RequestId>R-1</RequestId>\r\n<Code>X</Code>\r\n<Message>line one\r\nline two</Message>\r\n</Error>\r\n",
            Some(Xml),
            fields("X", "line one\nline two"),
        ),
        case(
            "json: CRLF",
            400,
            json,
            "{\r\n\"RequestId\": \"R-1\",\r\n\"Code\": \"X\",\r\n\"Message\": \"m\"\r\n}\r\n",
            Some(Json),
            fields("X", "m"),
        ),
        case(
            "xml: reordered fields",
            400,
            xml,
            "<Error><Recommend>https://api.aliyun.com/troubleshoot?q=Throttling</Recommend><Message>Slow down.</Message><Code>Throttling</Code><HostId>ecs.aliyuncs.com</HostId><RequestId>R-1</RequestId></Error>",
            Some(Xml),
            full(),
        ),
        case(
            "json: reordered fields",
            400,
            json,
            r#"{"Recommend":"https://api.aliyun.com/troubleshoot?q=Throttling","Message":"Slow down.","Code":"Throttling","HostId":"ecs.aliyuncs.com","RequestId":"R-1"}"#,
            Some(Json),
            full(),
        ),
        case(
            "xml: lower-camel keys",
            400,
            xml,
            "<Error><requestId>R-1</requestId><hostId>ecs.aliyuncs.com</hostId><code>Throttling</code><message>Slow down.</message><recommend>https://api.aliyun.com/troubleshoot?q=Throttling</recommend></Error>",
            Some(Xml),
            full(),
        ),
        case(
            "json: lower-camel keys",
            400,
            json,
            r#"{"requestId":"R-1","hostId":"ecs.aliyuncs.com","code":"Throttling","message":"Slow down.","recommend":"https://api.aliyun.com/troubleshoot?q=Throttling"}"#,
            Some(Json),
            full(),
        ),
        case(
            "json: numeric Code",
            400,
            json,
            r#"{"RequestId":"R-1","Code":40001,"Message":"m"}"#,
            Some(Json),
            fields("40001", "m"),
        ),
        case(
            "json: numeric Code keeps its text",
            400,
            json,
            r#"{"RequestId":"R-1","Code":4.0e1,"Message":"m"}"#,
            Some(Json),
            fields("4.0e1", "m"),
        ),
        case(
            "json: a Code serde_json reads as a float keeps its text",
            400,
            json,
            r#"{"RequestId":"R-1","Code":-0,"Message":"m"}"#,
            Some(Json),
            fields("-0", "m"),
        ),
        case(
            "json: a Code serde_json refuses to read keeps its text",
            400,
            json,
            r#"{"RequestId":"R-1","Code":1e400,"Message":"m"}"#,
            Some(Json),
            fields("1e400", "m"),
        ),
        case(
            "json: a Code out of range keeps its text",
            400,
            json,
            r#"{"RequestId":"R-1","Code":123456789012345678901234567890,"Message":"m"}"#,
            Some(Json),
            fields("123456789012345678901234567890", "m"),
        ),
        case(
            "json: a boolean Code is its text",
            400,
            json,
            r#"{"RequestId":"R-1","Code":true,"Message":"m"}"#,
            Some(Json),
            fields("true", "m"),
        ),
        case(
            "json: Code of other types keeps its JSON text",
            400,
            json,
            r#"{"RequestId":"R-1","Message":"m","Code":{"a": [1, true]}}"#,
            Some(Json),
            fields(r#"{"a": [1, true]}"#, "m"),
        ),
        case(
            "json: escaped string Code is unescaped",
            400,
            json,
            r#"{"RequestId":"R-1","Code":"Throttling\u002eUser","Message":"m"}"#,
            Some(Json),
            fields("Throttling.User", "m"),
        ),
        case(
            "json: null Code is no Code",
            400,
            json,
            r#"{"RequestId":"R-1","Code":null,"Message":"m"}"#,
            Some(Json),
            Expect::Unrecognized(K::NotAnEnvelope),
        ),
        case(
            "xml: numeric Code",
            400,
            xml,
            "<Error><RequestId>R-1</RequestId><Code>40001</Code><Message>m</Message></Error>",
            Some(Xml),
            fields("40001", "m"),
        ),
        case(
            "json body labelled XML",
            400,
            xml,
            FULL_JSON,
            Some(Json),
            full(),
        ),
        case(
            "xml body labelled JSON",
            400,
            json,
            FULL_XML,
            Some(Xml),
            full(),
        ),
        case("no Content-Type", 400, None, FULL_XML, Some(Xml), full()),
        case(
            "xml: AccessDeniedDetail",
            403,
            xml,
            "<Error><RequestId>R-1</RequestId><Code>Forbidden.RAM</Code><Message>m</Message><AccessDeniedDetail><AuthAction>ecs:DescribeInstances</AuthAction><PolicyType>AccountLevelIdentityBasedPolicy</PolicyType></AccessDeniedDetail></Error>",
            Some(Xml),
            Expect::Detail(
                "<AuthAction>ecs:DescribeInstances</AuthAction><PolicyType>AccountLevelIdentityBasedPolicy</PolicyType>",
            ),
        ),
        case(
            "json: AccessDeniedDetail object",
            403,
            json,
            r#"{"RequestId":"R-1","Code":"Forbidden.RAM","Message":"m","AccessDeniedDetail":{"AuthAction":"ecs:DescribeInstances","NoPermissionType":"ImplicitDeny","EncodedDiagnosticMessage":"AQEAAAAA"}}"#,
            Some(Json),
            Expect::Detail(
                r#"{"AuthAction":"ecs:DescribeInstances","NoPermissionType":"ImplicitDeny","EncodedDiagnosticMessage":"AQEAAAAA"}"#,
            ),
        ),
        case(
            "xml: DTD with entity declarations is not expanded",
            400,
            xml,
            "<?xml version=\"1.0\"?><!DOCTYPE Error [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><Error><RequestId>R-1</RequestId><Code>X</Code><Message>&b;</Message></Error>",
            Some(Xml),
            fields("X", "&b;"),
        ),
        case(
            "xml: 1 MB message",
            400,
            xml,
            big_xml,
            Some(Xml),
            Expect::LongMessage(1_000_000),
        ),
        case(
            "json: 1 MB message",
            400,
            json,
            big_json,
            Some(Json),
            Expect::LongMessage(1_000_000),
        ),
        case(
            "html 502 from a gateway",
            502,
            Some("text/html"),
            "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
            Some(Xml),
            Expect::Unrecognized(K::NotAnEnvelope),
        ),
        case(
            "html page with a DOCTYPE",
            503,
            Some("text/html; charset=utf-8"),
            "<!DOCTYPE html>\n<HTML><body><p>Service Unavailable</p></body></HTML>",
            Some(Xml),
            Expect::Unrecognized(K::NotAnEnvelope),
        ),
        case(
            "html page after an XML prolog (found by the reader)",
            502,
            Some("text/html"),
            "<?xml version=\"1.0\"?>\n<!-- gateway --><html lang=\"en\"><body>502</body></html>",
            Some(Xml),
            Expect::Unrecognized(K::NotAnEnvelope),
        ),
        case(
            "html DOCTYPE after an XML prolog (found by the reader)",
            502,
            Some("text/html"),
            "<?xml version=\"1.0\"?>\n<!DOCTYPE HTML>\n<Error><Code>X</Code></Error>",
            Some(Xml),
            Expect::Unrecognized(K::NotAnEnvelope),
        ),
        case(
            "html page with invalid UTF-8 is still an html page",
            502,
            Some("text/html"),
            &b"  <!doctype  HTML>\n<html><body>\xff\xfe</body></html>"[..],
            Some(Xml),
            Expect::Unrecognized(K::NotAnEnvelope),
        ),
        case(
            "an element named htmlx is not an html page",
            400,
            xml,
            "<htmlx><RequestId>R-1</RequestId><Code>X</Code><Message>m</Message></htmlx>",
            Some(Xml),
            fields("X", "m"),
        ),
        case(
            "xml: mismatched tags",
            400,
            xml,
            "<Error><Code>X</Msg></Error>",
            Some(Xml),
            Expect::Unrecognized(K::Malformed),
        ),
        case(
            "xml: markup inside a field",
            400,
            xml,
            "<Error><RequestId>R-1</RequestId><Code>X</Code><Message>a <b>bold</b> &amp; <i/>c</Message></Error>",
            Some(Xml),
            fields("X", "a bold & c"),
        ),
        case(
            "xml: comments and line ends inside a field",
            400,
            xml,
            "<Error><RequestId>R-1</RequestId><Code>X</Code><Message>a<!-- b -->c\r\nd<![CDATA[\r\ne]]></Message></Error>",
            Some(Xml),
            fields("X", "ac\nd\ne"),
        ),
        case(
            "xml: cut off inside a field",
            400,
            xml,
            "<Error><Code>X</Code><Message>abc<b>",
            Some(Xml),
            Expect::Unrecognized(K::Malformed),
        ),
        case(
            "empty 503",
            503,
            None,
            "",
            None,
            Expect::Unrecognized(K::Empty),
        ),
        case(
            "blank 503 labelled JSON",
            503,
            json,
            " \r\n",
            Some(Json),
            Expect::Unrecognized(K::Empty),
        ),
        case(
            "plain text 500",
            500,
            Some("text/plain"),
            "Internal Server Error",
            None,
            Expect::Unrecognized(K::UnknownFormat),
        ),
        case(
            "xml: truncated",
            400,
            xml,
            &FULL_XML[..60],
            Some(Xml),
            Expect::Unrecognized(K::Malformed),
        ),
        case(
            "json: truncated",
            400,
            json,
            &FULL_JSON[..60],
            Some(Json),
            Expect::Unrecognized(K::Malformed),
        ),
        case(
            "non-UTF-8",
            400,
            json,
            b"{\"Code\":\"\xff\xfe\"}".to_vec(),
            Some(Json),
            Expect::Unrecognized(K::Malformed),
        ),
        case(
            "xml: non-UTF-8 in a field",
            400,
            xml,
            b"<Error><RequestId>R-1</RequestId><Code>X\xff</Code></Error>".to_vec(),
            Some(Xml),
            Expect::Unrecognized(K::Malformed),
        ),
        case(
            "xml: non-UTF-8 in a comment",
            400,
            xml,
            b"<Error><!-- \xfe --><Code>X</Code><Message>m</Message></Error>".to_vec(),
            Some(Xml),
            Expect::Unrecognized(K::Malformed),
        ),
        case(
            "binary",
            400,
            None,
            vec![0u8, 159, 146, 150, 255],
            None,
            Expect::Unrecognized(K::UnknownFormat),
        ),
        // Unknown values are skipped without recursion: depth costs no stack.
        case(
            "json: 100,000 nested objects, unclosed",
            400,
            json,
            deep_json,
            Some(Json),
            Expect::Unrecognized(K::Malformed),
        ),
        case(
            "json: 100,000 nested brackets in an unknown field",
            400,
            json,
            format!(
                r#"{{"RequestId":"R-1","Code":"X","Message":"m","Deep":{}{}}}"#,
                "[".repeat(100_000),
                "]".repeat(100_000)
            ),
            Some(Json),
            fields("X", "m"),
        ),
        case(
            "json: 100,000 nested brackets",
            400,
            json,
            deep_array,
            Some(Json),
            Expect::Unrecognized(K::Malformed),
        ),
        case(
            "xml: 100,000 nested elements",
            400,
            xml,
            deep_xml,
            Some(Xml),
            Expect::Unrecognized(K::TooDeep),
        ),
        case(
            "json: 100,000 nested brackets, closed",
            400,
            json,
            closed_array,
            Some(Json),
            Expect::Unrecognized(K::NotAnEnvelope),
        ),
        case(
            "json: no Code",
            404,
            json,
            r#"{"RequestId":"R-1","Message":"m"}"#,
            Some(Json),
            Expect::Unrecognized(K::NotAnEnvelope),
        ),
        case(
            "json: not an object",
            400,
            json,
            "[1,2]",
            Some(Json),
            Expect::Unrecognized(K::NotAnEnvelope),
        ),
        case(
            "xml: empty root",
            400,
            xml,
            "<Error/>",
            Some(Xml),
            Expect::Unrecognized(K::NotAnEnvelope),
        ),
        case(
            "json: trailing garbage",
            400,
            json,
            format!("{FULL_JSON} x"),
            Some(Json),
            Expect::Unrecognized(K::Malformed),
        ),
    ]
}

#[test]
fn table_of_error_bodies() {
    let cases = cases();
    assert!(cases.len() >= 30);
    for c in cases {
        let name = c.name;
        let result = decode::<IgnoredAny, EcsError>(c.status, c.content_type, &c.body);
        let err = result.expect_err(name);
        assert_eq!(err.http_status(), c.status, "{name}");
        // No headers here: the request id is the envelope's, and an unrecognized body has none.
        let err_request_id = err.request_id().map(str::to_owned);
        match (c.expect, err) {
            (
                Expect::Api {
                    code,
                    message,
                    request_id,
                    host_id,
                    recommend,
                },
                Error::Api(e),
            ) => {
                assert_eq!(e.code(), code, "{name}");
                assert_eq!(e.message(), message, "{name}");
                assert_eq!(e.request_id(), request_id, "{name}");
                assert_eq!(err_request_id.as_deref(), request_id, "{name}");
                assert_eq!(e.host_id(), host_id, "{name}");
                assert_eq!(e.recommend(), recommend, "{name}");
                assert_eq!(Some(e.format()), c.format, "{name}");
                assert_eq!(e.kind(), EcsError::from_code(code), "{name}");
            }
            (Expect::Detail(detail), Error::Api(e)) => {
                assert_eq!(Some(e.format()), c.format, "{name}");
                assert_eq!(e.request_id(), Some("R-1"), "{name}");
                assert_eq!(e.access_denied_detail(), Some(detail), "{name}");
            }
            (Expect::LongMessage(len), Error::Api(e)) => {
                assert_eq!(Some(e.format()), c.format, "{name}");
                assert_eq!(e.request_id(), Some("R-1"), "{name}");
                assert_eq!(e.message().map(str::len), Some(len), "{name}");
            }
            (Expect::Unrecognized(kind), Error::Unrecognized(u)) => {
                assert_eq!(u.reason(), kind, "{name}: {}", u.detail());
                assert_eq!(err_request_id, None, "{name}");
                assert_eq!(u.format(), c.format, "{name}");
                assert_eq!(u.content_type(), c.content_type, "{name}");
                assert_eq!(u.body_len(), c.body.len(), "{name}");
                assert!(u.excerpt().len() <= EXCERPT_LIMIT, "{name}");
                let expected = String::from_utf8_lossy(&c.body[..c.body.len().min(64)]);
                let shown: String = u.excerpt().chars().take(expected.chars().count()).collect();
                if c.body.len() <= EXCERPT_LIMIT {
                    assert_eq!(u.excerpt(), String::from_utf8_lossy(&c.body), "{name}");
                } else {
                    assert_eq!(shown, expected, "{name}");
                }
            }
            (_, other) => panic!("{name}: unexpected {other:?}"),
        }
    }
}

#[test]
fn retry_follows_code_then_family_then_status() {
    let body = |code: &str| format!(r#"{{"Code":"{code}","Message":"m"}}"#);
    let retry = |status, code: &str| api_error(status, None, body(code).as_bytes()).retry();
    assert_eq!(retry(400, "Throttling"), Retry::Throttling);
    assert_eq!(retry(400, "Throttling.SomethingNew"), Retry::Throttling);
    assert_eq!(
        retry(503, "ServiceUnavailable.Other.Deeper"),
        Retry::Transient
    );
    assert_eq!(retry(503, "InvalidDiskId.NotFound"), Retry::Never);
    assert_eq!(retry(429, "Unknown.Code"), Retry::Throttling);
    for status in [500, 502, 503, 504] {
        assert_eq!(retry(status, "Nope"), Retry::Transient);
    }
    assert_eq!(retry(501, "Nope"), Retry::Never);
    assert_eq!(retry(400, "Nope"), Retry::Never);
    let e = api_error(400, None, body("Throttling.SomethingNew").as_bytes());
    assert_eq!((e.kind(), e.family()), (None, Some(EcsError::Throttling)));
    let e = api_error(400, None, body("Throttling").as_bytes());
    assert_eq!((e.kind(), e.family()), (Some(EcsError::Throttling), None));
    // Unrecognized bodies retry by status.
    let err = decode::<IgnoredAny, EcsError>(502, Some("text/html"), b"<html>").unwrap_err();
    assert_eq!(err.retry(), Retry::Transient);
}

#[test]
fn entry_is_the_matching_row() {
    let body = |status: u16, message: &str| {
        let body = format!(r#"{{"Code":"MissingParameter","Message":"{message}"}}"#);
        api_error(status, None, body.as_bytes())
    };
    let e = body(
        403,
        "The input parameter OwnerId,OwnerAccount that is mandatory for processing this request is not supplied",
    );
    let entry = e.entry().unwrap();
    assert_eq!(entry.http_status, Some(403));
    assert!(entry.message.ends_with("supplied."));
    let e = body(
        400,
        "The input parameter \\\"Version\\\" that is mandatory for processing this request is not supplied.",
    );
    assert!(
        e.entry()
            .unwrap()
            .message
            .contains("\u{201C}Version\u{201D}")
    );
}

#[test]
fn display_is_one_line() {
    let e = api_error(
        400,
        None,
        br#"{"Code":"X\nY","Message":"a\r\nb","RequestId":"R"}"#,
    );
    assert_eq!(e.to_string(), "X Y (HTTP 400): a  b [RequestId: R]");
    let err = decode::<IgnoredAny, EcsError>(502, Some("text/html"), b"<html>").unwrap_err();
    let text = err.to_string();
    assert_eq!(
        text,
        "unrecognized response (HTTP 502, text/html): not_an_envelope: an HTML page, not an error envelope"
    );
    let err = decode::<IgnoredAny, EcsError>(400, None, b"{\"Code\":\n\"X\"").unwrap_err();
    assert_eq!(
        err.to_string(),
        "unrecognized response (HTTP 400): malformed: truncated: a json body ends with '}' or ']'"
    );
    assert!(!text.contains('\n'));
}

#[test]
fn json_fields_that_are_not_strings_keep_their_text() {
    // Each non-string value sits after a string field and before another, so a reader that
    // gave up on the first surprise, or kept a half-read body, would be seen.
    let e = api_error(
        400,
        None,
        br#"{"RequestId":12,"Code":"Throttling","HostId":true,"Message":null,"Recommend":"r\u0026s"}"#,
    );
    assert_eq!(e.kind(), Some(EcsError::Throttling));
    assert_eq!(e.request_id(), Some("12"));
    assert_eq!(e.host_id(), Some("true"));
    assert_eq!(e.message(), None);
    assert_eq!(e.recommend(), Some("r&s"));
    let e = api_error(
        400,
        None,
        br#"{"Message":["a",1],"Code":7,"RequestId":"R"}"#,
    );
    assert_eq!((e.code(), e.message()), ("7", Some(r#"["a",1]"#)));
    assert_eq!(e.request_id(), Some("R"));
}

#[test]
fn excerpts_are_bounded_utf8_cut_on_a_boundary() {
    // 1,023 ASCII bytes then a 3-byte character: the cut must not split it.
    let mut body = vec![b'x'; 1023];
    body.extend_from_slice("\u{201C}tail".as_bytes());
    let err = decode::<IgnoredAny, EcsError>(500, None, &body).unwrap_err();
    let Error::Unrecognized(u) = err else {
        panic!()
    };
    assert_eq!(u.excerpt().len(), 1023);
    // Invalid bytes become U+FFFD without going over the limit.
    let body = vec![0xFFu8; 5000];
    let Error::Unrecognized(u) = decode::<IgnoredAny, EcsError>(500, None, &body).unwrap_err()
    else {
        panic!()
    };
    assert!(u.excerpt().len() <= EXCERPT_LIMIT);
    assert!(u.excerpt().chars().all(|c| c == '\u{FFFD}'));
    assert_eq!(u.body_len(), 5000);
}

#[test]
fn large_bodies_decode_alike_in_both_formats() {
    use aliyun_errors_tests::describe_instances::{json_body, xml_body};
    let (xml, json) = (xml_body(3100), json_body(3100));
    assert!(
        xml.len() > 1_000_000 && json.len() > 1_000_000,
        "{} {}",
        xml.len(),
        json.len()
    );
    let from_xml = decode::<DescribeInstances, EcsError>(200, None, xml.as_bytes()).unwrap();
    let from_json = decode::<DescribeInstances, EcsError>(200, None, json.as_bytes()).unwrap();
    assert_eq!(from_xml, from_json);
    assert_eq!(from_xml.data.instances.instance.len(), 3100);
    assert_eq!(
        from_xml.data.instances.instance[3].tags.tag[0].tag_value,
        "prod & <3>"
    );
}

#[test]
fn errors_serialize_for_structured_logs() {
    let err = decode::<IgnoredAny, EcsError>(400, None, SOURCE_ERROR_JSON).unwrap_err();
    let v = serde_json::to_value(&err).unwrap();
    assert_eq!(v["outcome"], "error");
    assert_eq!(v["code"], "MissingParameter.CommandId");
    assert_eq!(v["known"], false);
    assert_eq!(v["family"], "MissingParameter");
    assert_eq!(v["request_id"], "540CFF28-407A-40B5-B6A5-74Bxxxxxxxxx");
    assert_eq!(v["retry"], "never");
    let err = decode::<IgnoredAny, EcsError>(502, Some("text/html"), b"<html></html>").unwrap_err();
    let v = serde_json::to_value(&err).unwrap();
    assert_eq!(v["outcome"], "unrecognized");
    assert_eq!(v["kind"], "not_an_envelope");
    assert_eq!(v["retry"], "transient");
    assert_eq!(v["excerpt"], "<html></html>");
}

#[test]
fn every_outcome_serializes_to_the_same_keys_in_order() {
    /// The top-level keys as written (a `Value`'s map may sort them).
    struct Keys(Vec<String>);
    impl<'de> serde::Deserialize<'de> for Keys {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct Visitor;
            impl<'de> serde::de::Visitor<'de> for Visitor {
                type Value = Keys;
                fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                    f.write_str("an object")
                }
                fn visit_map<A: serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> Result<Keys, A::Error> {
                    let mut keys = Vec::new();
                    while let Some(key) = map.next_key::<String>()? {
                        map.next_value::<IgnoredAny>()?;
                        keys.push(key);
                    }
                    Ok(Keys(keys))
                }
            }
            d.deserialize_map(Visitor)
        }
    }
    let keys = |err: &aliyun_errors::Error<EcsError>| {
        let text = serde_json::to_string(err).unwrap();
        (
            serde_json::from_str::<Keys>(&text).unwrap().0,
            serde_json::to_value(err).unwrap(),
        )
    };
    let expected: Vec<String> = aliyun_errors::JSON_KEYS
        .iter()
        .map(|k| k.to_string())
        .collect();
    let api = decode::<IgnoredAny, EcsError>(400, None, SOURCE_ERROR_JSON).unwrap_err();
    let (written, v) = keys(&api);
    assert_eq!(written, expected);
    assert_eq!(v["variant"], serde_json::Value::Null);
    assert_eq!(v["kind"], serde_json::Value::Null);
    let known = br#"{"RequestId":"r","Code":"Forbidden.RAM","Message":"m"}"#;
    let (written, v) = keys(&decode::<IgnoredAny, EcsError>(403, None, known).unwrap_err());
    assert_eq!(written, expected);
    assert_eq!(v["variant"], "ForbiddenRam");
    assert_eq!(v["entry"]["http_status"], 403);
    let html = decode::<IgnoredAny, EcsError>(502, Some("text/html"), b"<html></html>");
    let (written, v) = keys(&html.unwrap_err());
    assert_eq!(written, expected);
    assert_eq!(v["code"], serde_json::Value::Null);
    assert_eq!(v["body_len"], 13);
}

#[test]
fn xml_fields_that_hold_elements_are_not_kept_as_text() {
    let e = api_error(
        400,
        None,
        b"<Error><Code>X</Code><Bucket>b</Bucket><Detail><A>1</A></Detail>\
          <Hint><B/></Hint><Empty/></Error>",
    );
    assert_eq!(e.field("Bucket"), Some("b"));
    assert_eq!(e.field("Empty"), Some(""));
    assert_eq!(e.field("Detail"), None);
    assert_eq!(e.field("Hint"), None);
    let names: Vec<&str> = e.fields().map(|(name, _)| name).collect();
    assert_eq!(names, ["Bucket", "Empty"]);
}

#[test]
fn an_xml_body_without_its_root_end_or_without_a_root_says_which() {
    let detail = |body: &[u8]| match decode::<IgnoredAny, EcsError>(400, None, body) {
        Err(Error::Unrecognized(u)) => {
            assert_eq!(u.reason(), UnrecognizedReason::Malformed);
            u.detail().to_owned()
        }
        other => panic!("expected unrecognized, got {other:?}"),
    };
    let cut = detail(b"<Error><Code>X</Code><Message>m</Message>");
    assert!(cut.contains("truncated"), "{cut}");
    let rootless = detail(b"<?xml version=\"1.0\"?><!-- nothing -->");
    assert!(rootless.contains("no root element"), "{rootless}");
}

#[test]
fn a_json_body_that_is_no_object_says_what_was_expected() {
    let Err(Error::Unrecognized(u)) =
        decode::<IgnoredAny, EcsError>(400, None, br#"[{"Code":"X"}]"#)
    else {
        panic!("expected unrecognized");
    };
    assert_eq!(u.reason(), UnrecognizedReason::NotAnEnvelope);
    assert!(
        u.detail().contains("expected an error envelope object"),
        "{}",
        u.detail()
    );
}

#[test]
fn an_oss_json_wrapper_that_is_no_object_is_skipped() {
    // The array is read past, element by element, and the fields after it still count.
    let e = api_error(
        400,
        None,
        br#"{"Error":["a",{"Code":"Y"},[1]],"Code":"X","Message":"m"}"#,
    );
    assert_eq!(e.code(), "X");
    assert_eq!(e.message(), Some("m"));
}
