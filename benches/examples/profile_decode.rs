//! Decodes one error body many times, for a profiler: `profile_decode json|xml|html [N]`.

use aliyun_errors::decode;
use aliyun_errors::ecs::EcsError;
use serde::de::IgnoredAny;

fn main() {
    let mut args = std::env::args().skip(1);
    let body = match args.next().as_deref() {
        Some("xml") => aliyun_errors_benches::ERROR_XML,
        Some("html") => aliyun_errors_benches::HTML_502,
        _ => aliyun_errors_benches::ERROR_JSON,
    };
    let n: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(100_000);
    let mut total = 0;
    // FLOOR=1: the hand-written floor of the benchmark instead of ours.
    if std::env::var_os("FLOOR").is_some() {
        let floor = if body.starts_with('<') {
            aliyun_errors_benches::xml_floor
        } else {
            aliyun_errors_benches::json_floor
        };
        for _ in 0..n {
            total += floor(std::hint::black_box(body.as_bytes()));
        }
        println!("{total}");
        return;
    }
    for _ in 0..n {
        if let Err(e) =
            decode::<IgnoredAny, EcsError>(400, None, std::hint::black_box(body.as_bytes()))
        {
            total += e.http_status() as usize;
        }
    }
    println!("{total}");
}
