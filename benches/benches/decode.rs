//! Decoding against what a user would write by hand, in the same run:
//! error bodies (JSON and XML), 1 MiB success bodies, and bodies that are not envelopes.

use std::hint::black_box;

use aliyun_errors::ecs::EcsError;
use aliyun_errors::{Decoder, Error, decode};
use aliyun_errors_benches::{
    ERROR_JSON, ERROR_JSON_DETAIL, ERROR_XML, ERROR_XML_DETAIL, HTML_502, garbage, json_floor,
    unclosed_markup, xml_floor,
};
use aliyun_errors_tests::describe_instances::{DescribeInstances, json_body, xml_body};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use serde::Deserialize;
use serde::de::IgnoredAny;

/// The serde path for XML: the four fields as `String`s.
#[derive(Deserialize)]
#[allow(dead_code)]
struct OwnedError {
    #[serde(rename = "RequestId")]
    request_id: String,
    #[serde(rename = "HostId")]
    host_id: String,
    #[serde(rename = "Code")]
    code: String,
    #[serde(rename = "Message")]
    message: String,
}

/// Ours: the full decode into `ApiError<EcsError>` (every field kept, code looked up).
fn ours(status: u16, content_type: &str, body: &[u8]) -> usize {
    match decode::<IgnoredAny, EcsError>(status, Some(content_type), body) {
        Err(Error::Api(e)) => e.code().len() + e.message().map_or(0, str::len),
        Err(Error::Unrecognized(u)) => u.excerpt().len(),
        Ok(_) => 0,
    }
}

/// `serde_json::Value`, then the four fields picked out.
fn json_value(body: &[u8]) -> usize {
    let value: serde_json::Value = serde_json::from_slice(body).unwrap();
    ["RequestId", "HostId", "Code", "Message"]
        .iter()
        .map(|k| value[k].as_str().map_or(0, str::len))
        .sum()
}

fn xml_serde(body: &[u8]) -> usize {
    let text = std::str::from_utf8(body).unwrap();
    let e: OwnedError = quick_xml::de::from_str(text).unwrap();
    e.code.len() + e.message.len()
}

fn errors(c: &mut Criterion) {
    for (name, body) in [
        ("recommend", ERROR_JSON),
        ("access_denied_detail", ERROR_JSON_DETAIL),
    ] {
        let body = body.as_bytes();
        let mut group = c.benchmark_group(format!("error_json/{name}"));
        group.throughput(Throughput::Bytes(body.len() as u64));
        group.bench_function("ours: decode", |b| {
            b.iter(|| ours(400, "application/json", black_box(body)))
        });
        group.bench_function("baseline: serde_json Value + extraction", |b| {
            b.iter(|| json_value(black_box(body)))
        });
        group.bench_function("floor: serde_json into &str fields", |b| {
            b.iter(|| json_floor(black_box(body)))
        });
        group.finish();
    }
    for (name, body) in [
        ("recommend", ERROR_XML),
        ("access_denied_detail", ERROR_XML_DETAIL),
    ] {
        let body = body.as_bytes();
        let mut group = c.benchmark_group(format!("error_xml/{name}"));
        group.throughput(Throughput::Bytes(body.len() as u64));
        group.bench_function("ours: decode", |b| {
            b.iter(|| ours(400, "text/xml", black_box(body)))
        });
        group.bench_function("baseline: quick_xml::de into String fields", |b| {
            b.iter(|| xml_serde(black_box(body)))
        });
        group.bench_function("floor: hand-written quick_xml::Reader loop", |b| {
            b.iter(|| xml_floor(black_box(body)))
        });
        group.finish();
    }
}

/// The new families' error bodies, as their products document them.
const ROA_JSON: &str = r#"{"code":"ErrorClusterNotFound","message":"The cluster c82e6987e2961451182edacd74faf2e4 is not found.","requestId":"D4C9C2B2-5D0E-4E2A-9A27-5AC8D2B1A6C3","status":404,"data":{"cluster_id":"c82e6987e2961451182edacd74faf2e4"}}"#;
const SLS_JSON: &str = r#"{"errorCode":"ProjectNotExist","errorMessage":"The Project does not exist : my-project-cn-hangzhou"}"#;
const OSS_JSON: &str = r#"{"Error":{"Code":"InvalidArgument","Message":"The value of max-keys is invalid.","RequestId":"5C3D9175B6FC201293AD4890","HostId":"examplebucket.oss-cn-hangzhou.aliyuncs.com","EC":"0016-00000801"}}"#;
const OSS_XML: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n  <Code>SignatureDoesNotMatch</Code>\n  <Message>The request signature we calculated does not match the signature you provided.</Message>\n  <RequestId>5C3D9175B6FC201293AD4890</RequestId>\n  <HostId>examplebucket.oss-cn-hangzhou.aliyuncs.com</HostId>\n  <OSSAccessKeyId>LTAI5tExample</OSSAccessKeyId>\n  <SignatureProvided>NTZMhtn4n3XzYs5hZ2xQMvL1234=</SignatureProvided>\n  <StringToSign>GET\n\n\nWed, 11 May 2011 07:59:25 GMT\n/examplebucket/example.txt</StringToSign>\n  <EC>0002-00000040</EC>\n  <RecommendDoc>https://api.aliyun.com/troubleshoot?q=0002-00000040</RecommendDoc>\n</Error>";

#[derive(Deserialize)]
#[allow(dead_code)]
struct RoaFloor<'a> {
    code: &'a str,
    message: &'a str,
    #[serde(rename = "requestId")]
    request_id: &'a str,
    status: u16,
    data: IgnoredAny,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct SlsFloor<'a> {
    #[serde(rename = "errorCode")]
    code: &'a str,
    #[serde(rename = "errorMessage")]
    message: &'a str,
}

#[derive(Deserialize)]
#[allow(dead_code)]
#[serde(rename_all = "PascalCase")]
struct OssFields<'a> {
    code: &'a str,
    message: &'a str,
    request_id: &'a str,
    host_id: &'a str,
    #[serde(rename = "EC")]
    ec: &'a str,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct OssFloor<'a> {
    #[serde(rename = "Error", borrow)]
    error: OssFields<'a>,
}

/// The XML floor for a body whose every field is kept: each child's text, sliced.
fn xml_all_fields_floor(body: &[u8]) -> usize {
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

fn families(c: &mut Criterion) {
    let headers = [("x-log-requestid", "5F3C1E2B9A8D7C6B5A4F3E2D")];
    let json_floor_of = |body: &str| -> fn(&[u8]) -> usize {
        match body {
            ROA_JSON => |b| serde_json::from_slice::<RoaFloor>(b).unwrap().code.len(),
            SLS_JSON => |b| serde_json::from_slice::<SlsFloor>(b).unwrap().code.len(),
            _ => |b| {
                serde_json::from_slice::<OssFloor>(b)
                    .unwrap()
                    .error
                    .code
                    .len()
            },
        }
    };
    for (name, body, floor) in [
        ("roa_json", ROA_JSON, json_floor_of(ROA_JSON)),
        ("sls_json", SLS_JSON, json_floor_of(SLS_JSON)),
        ("oss_json", OSS_JSON, json_floor_of(OSS_JSON)),
        (
            "oss_xml",
            OSS_XML,
            xml_all_fields_floor as fn(&[u8]) -> usize,
        ),
    ] {
        let body = body.as_bytes();
        let mut group = c.benchmark_group(format!("error_family/{name}"));
        group.throughput(Throughput::Bytes(body.len() as u64));
        group.bench_function("ours: decode with headers", |b| {
            b.iter(|| {
                let decoded = Decoder::new().decode_with_header_pairs::<IgnoredAny, EcsError>(
                    400,
                    headers.iter().copied(),
                    black_box(body),
                );
                match decoded {
                    Err(Error::Api(e)) => e.code().len(),
                    _ => 0,
                }
            })
        });
        group.bench_function("floor: serde into borrowed fields", |b| {
            b.iter(|| floor(black_box(body)))
        });
        group.finish();
    }
}

fn success(c: &mut Criterion) {
    // About 1 MiB each.
    let json = json_body(3100).into_bytes();
    let xml = xml_body(2150).into_bytes();

    let mut group = c.benchmark_group("success_json_1mib");
    group.throughput(Throughput::Bytes(json.len() as u64));
    group.bench_function("ours: decode", |b| {
        b.iter(|| {
            decode::<DescribeInstances, EcsError>(200, Some("application/json"), black_box(&json))
                .unwrap()
        })
    });
    group.bench_function("baseline: serde_json::from_slice into T", |b| {
        b.iter(|| serde_json::from_slice::<DescribeInstances>(black_box(&json)).unwrap())
    });
    group.finish();

    let mut group = c.benchmark_group("success_xml_1mib");
    group.throughput(Throughput::Bytes(xml.len() as u64));
    group.bench_function("ours: decode", |b| {
        b.iter(|| {
            decode::<DescribeInstances, EcsError>(200, Some("text/xml"), black_box(&xml)).unwrap()
        })
    });
    group.bench_function("baseline: quick_xml::de::from_str into T", |b| {
        b.iter(|| {
            let text = std::str::from_utf8(black_box(&xml)).unwrap();
            quick_xml::de::from_str::<DescribeInstances>(text).unwrap()
        })
    });
    group.finish();
}

fn unrecognized(c: &mut Criterion) {
    let bodies = [
        ("html_502", HTML_502.as_bytes().to_vec()),
        ("garbage_1mib", garbage(1 << 20)),
        ("unclosed_markup_1mib", unclosed_markup(1 << 20)),
    ];
    for (name, body) in &bodies {
        let mut group = c.benchmark_group(format!("unrecognized/{name}"));
        group.throughput(Throughput::Bytes(body.len() as u64));
        group.bench_function("ours: decode", |b| {
            b.iter(|| ours(502, "text/html", black_box(body)))
        });
        group.bench_function("baseline: one memchr pass over the body", |b| {
            b.iter(|| memchr::memchr_iter(b'>', black_box(body)).count())
        });
        group.finish();
    }
}

criterion_group! {
    name = benches;
    config = aliyun_errors_benches::criterion();
    targets = errors, families, success, unrecognized
}
criterion_main!(benches);
