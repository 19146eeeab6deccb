//! Prints a synthetic table of N rows (default 10,000), for `benches/check_time.sh`.

fn main() {
    let rows = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000);
    print!("{}", aliyun_errors_benches::synthetic_table(rows));
}
