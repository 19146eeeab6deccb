//! Validates and generates a synthetic table many times, for a profiler:
//! `profile_codegen [ROWS] [N]`. Prints the time of each step.

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let rows: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(10_000);
    let n: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(20);
    let csv = aliyun_errors_benches::synthetic_table(rows);
    let (mut parse, mut expand) = (0.0, 0.0);
    for _ in 0..n {
        let start = Instant::now();
        let table =
            aliyun_errors_codegen::parse_table(&[("spec/synthetic.csv", csv.as_bytes())]).unwrap();
        let parsed = Instant::now();
        let tokens = aliyun_errors_codegen::expand_table(&table, "SyntheticError", false).unwrap();
        let done = Instant::now();
        std::hint::black_box(tokens);
        parse += (parsed - start).as_secs_f64();
        expand += (done - parsed).as_secs_f64();
    }
    println!(
        "{rows} rows: parse+validate {:.2} ms, expand {:.2} ms",
        parse * 1e3 / n as f64,
        expand * 1e3 / n as f64
    );
}
