//! Decodes one error body many times, for a profiler: `profile_decode json|xml [N]`.

use aliyun_errors::decode;
use aliyun_errors::ecs::EcsError;
use serde::de::IgnoredAny;

fn main() {
    let mut args = std::env::args().skip(1);
    let body = match args.next().as_deref() {
        Some("xml") => aliyun_errors_benches::ERROR_XML,
        _ => aliyun_errors_benches::ERROR_JSON,
    };
    let n: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(100_000);
    let mut total = 0;
    if std::env::var_os("FLOOR").is_some() {
        for _ in 0..n {
            let f: aliyun_errors_benches::BorrowedError =
                serde_json::from_slice(std::hint::black_box(body.as_bytes())).unwrap();
            total += f.request_id.len() + f.host_id.len() + f.code.len() + f.message.len();
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
