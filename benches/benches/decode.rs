//! Decoding against what a user would write by hand, in the same run:
//! error bodies (JSON and XML), 1 MiB success bodies, and bodies that are not envelopes.

use std::hint::black_box;

use aliyun_errors::ecs::EcsError;
use aliyun_errors::{Decoder, Error, decode};
use aliyun_errors_benches::{
    ERROR_JSON, ERROR_JSON_DETAIL, ERROR_JSON_RPC, ERROR_XML, ERROR_XML_DETAIL, FAMILIES, HTML_502,
    garbage, json_floor, unclosed_markup, xml_floor,
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
        ("rpc", ERROR_JSON_RPC),
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

fn families(c: &mut Criterion) {
    let headers = [("x-log-requestid", "5F3C1E2B9A8D7C6B5A4F3E2D")];
    for (name, body, floor) in FAMILIES {
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
        // The body alone, as the RPC rows decode theirs: what the headers add shows apart.
        group.bench_function("ours: decode (body alone)", |b| {
            b.iter(
                || match decode::<IgnoredAny, EcsError>(400, None, black_box(body)) {
                    Err(Error::Api(e)) => e.code().len(),
                    _ => 0,
                },
            )
        });
        let floor_name = if body.starts_with(b"<") {
            "floor: hand-written quick_xml::Reader loop"
        } else {
            "floor: serde into borrowed fields"
        };
        group.bench_function(floor_name, |b| b.iter(|| floor(black_box(body))));
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
