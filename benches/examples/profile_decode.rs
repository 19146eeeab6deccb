//! Decodes one error body many times, for a profiler:
//! `profile_decode json|rpc_json|xml|html|roa_json|sls_json|oss_json|oss_xml [N]`. The families go
//! through the with-headers path, as in `cargo bench -p aliyun-errors-benches --bench decode -- error_family`.
//! `FLOOR=1`: the benchmark's floor for that body instead of ours.

use aliyun_errors::ecs::EcsError;
use aliyun_errors::{Decoder, decode};
use aliyun_errors_benches as benches;
use serde::de::IgnoredAny;

fn main() {
    let mut args = std::env::args().skip(1);
    let name = args.next().unwrap_or_else(|| "json".into());
    let family = benches::FAMILIES.iter().find(|(n, _, _)| *n == name);
    let (body, floor): (&str, fn(&[u8]) -> usize) = match (name.as_str(), family) {
        (_, Some(&(_, body, floor))) => (body, floor),
        ("rpc_json", _) => (benches::ERROR_JSON_RPC, benches::json_floor),
        ("xml", _) => (benches::ERROR_XML, benches::xml_floor),
        ("html", _) => (benches::HTML_502, benches::xml_floor),
        _ => (benches::ERROR_JSON, benches::json_floor),
    };
    // On the heap, as a response is: the body's alignment, which std's UTF-8 check's count
    // depends on, is then the same in every build.
    let body = body.as_bytes().to_vec();
    let n: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(100_000);
    let mut total = 0;
    if std::env::var_os("FLOOR").is_some() {
        for _ in 0..n {
            total += floor(std::hint::black_box(&body));
        }
        println!("{total}");
        return;
    }
    let headers = [("x-log-requestid", "5F3C1E2B9A8D7C6B5A4F3E2D")];
    for _ in 0..n {
        let body = std::hint::black_box(&body[..]);
        let decoded = if family.is_some() {
            Decoder::new().decode_with_header_pairs::<IgnoredAny, EcsError>(
                400,
                headers.iter().copied(),
                body,
            )
        } else {
            decode::<IgnoredAny, EcsError>(400, None, body)
        };
        if let Err(e) = decoded {
            total += e.http_status() as usize;
        }
    }
    println!("{total}");
}
