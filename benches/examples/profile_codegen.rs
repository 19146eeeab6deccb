//! Validates and generates a synthetic table many times, for a profiler:
//! `profile_codegen [ROWS] [N]`. Prints the time of each step: parse and validate; generate
//! unlexed (what the macro computes before it hands text to the compiler's lexer); the whole
//! output as source text; tokens (the text parts lexed by proc-macro2, as the CLI and build
//! scripts do before formatting).

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let rows: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(10_000);
    let n: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(20);
    let csv = aliyun_errors_benches::synthetic_table(rows);
    let (mut parse, mut unlexed, mut source, mut tokens) = (0.0, 0.0, 0.0, 0.0);
    for _ in 0..n {
        let start = Instant::now();
        let table =
            aliyun_errors_codegen::parse_table(&[("spec/synthetic.csv", csv.as_bytes())]).unwrap();
        let parsed = Instant::now();
        let generated =
            aliyun_errors_codegen::expand_table_unlexed(&table, "SyntheticError", false);
        std::hint::black_box(generated);
        let generated = Instant::now();
        let text = aliyun_errors_codegen::expand_table_source(&table, "SyntheticError", false);
        std::hint::black_box(text);
        let written = Instant::now();
        let lexed = aliyun_errors_codegen::expand_table(&table, "SyntheticError", false);
        std::hint::black_box(lexed);
        let done = Instant::now();
        parse += (parsed - start).as_secs_f64();
        unlexed += (generated - parsed).as_secs_f64();
        source += (written - generated).as_secs_f64();
        tokens += (done - written).as_secs_f64();
    }
    let ms = |total: f64| total * 1e3 / n as f64;
    println!(
        "{rows} rows: parse+validate {:.2} ms, unlexed {:.2} ms, source text {:.2} ms, tokens (incl. drop) {:.2} ms",
        ms(parse),
        ms(unlexed),
        ms(source),
        ms(tokens)
    );
}
