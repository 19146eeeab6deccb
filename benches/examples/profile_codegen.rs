//! Validates and generates a synthetic table many times, for a profiler:
//! `profile_codegen [ROWS] [N]`. Prints the time of each step: parse and validate; generate
//! unlexed (what the macro computes before it hands text to the compiler's lexer); the whole
//! output as source text; tokens (the text parts lexed by proc-macro2, as the CLI and build
//! scripts do before formatting). Each step is a function of its own that drops its output,
//! for callgrind's `--toggle-collect='*step_NAME*'`.

use std::hint::black_box;
use std::time::Instant;

use aliyun_errors_codegen::ParsedTable;

#[inline(never)]
fn step_parse(csv: &str) -> ParsedTable {
    aliyun_errors_codegen::parse_table(&[("spec/synthetic.csv", csv.as_bytes())]).unwrap()
}

#[inline(never)]
fn step_unlexed(table: &ParsedTable) {
    drop(black_box(aliyun_errors_codegen::expand_table_unlexed(
        table,
        "SyntheticError",
        false,
    )));
}

#[inline(never)]
fn step_source(table: &ParsedTable) {
    drop(black_box(aliyun_errors_codegen::expand_table_source(
        table,
        "SyntheticError",
        false,
    )));
}

#[inline(never)]
fn step_tokens(table: &ParsedTable) {
    drop(black_box(aliyun_errors_codegen::expand_table(
        table,
        "SyntheticError",
        false,
    )));
}

fn main() {
    let mut args = std::env::args().skip(1);
    let rows: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(10_000);
    let n: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(20);
    let csv = aliyun_errors_benches::synthetic_table(rows);
    let mut times = [0.0; 4];
    for _ in 0..n {
        let start = Instant::now();
        let table = step_parse(&csv);
        let mut marks = [start; 4];
        marks[0] = Instant::now();
        step_unlexed(&table);
        marks[1] = Instant::now();
        step_source(&table);
        marks[2] = Instant::now();
        step_tokens(&table);
        marks[3] = Instant::now();
        let mut previous = start;
        for (time, mark) in times.iter_mut().zip(marks) {
            *time += (mark - previous).as_secs_f64();
            previous = mark;
        }
    }
    let us = times.map(|total| total * 1e6 / n as f64);
    println!(
        "{rows} rows: parse+validate {:.1} µs, unlexed {:.1} µs, source text {:.1} µs, tokens {:.1} µs (each with its drop)",
        us[0], us[1], us[2], us[3]
    );
}
