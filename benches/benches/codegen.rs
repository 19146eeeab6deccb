//! Codegen cost: validate and generate synthetic tables of 50, 1,000 and 10,000 rows, and the
//! shipped ECS table, in process, as the macro does on every build of a crate that uses it.
//! Three forms of the output: unlexed (what the macro computes before it hands the table's
//! text to the compiler's lexer: that text, the fixed implementations as `quote!`'s tokens),
//! the whole source text, and tokens (the text lexed by proc-macro2 and dropped, as the CLI
//! and build scripts do before formatting).

use std::hint::black_box;

use aliyun_errors_benches::synthetic_table;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn codegen(c: &mut Criterion) {
    let mut group = c.benchmark_group("codegen");
    for rows in [50, 1_000, 10_000] {
        let csv = synthetic_table(rows);
        let table = || {
            aliyun_errors_codegen::parse_table(&[("spec/synthetic.csv", black_box(csv.as_bytes()))])
                .unwrap()
        };
        group.throughput(Throughput::Elements(rows as u64));
        group.bench_function(format!("validate+generate {rows} rows: unlexed"), |b| {
            b.iter(|| {
                aliyun_errors_codegen::expand_table_unlexed(&table(), "SyntheticError", false)
                    .unwrap()
            })
        });
        group.bench_function(format!("validate+generate {rows} rows: source text"), |b| {
            b.iter(|| {
                aliyun_errors_codegen::expand_table_source(&table(), "SyntheticError", false)
                    .unwrap()
            })
        });
        group.bench_function(
            format!("validate+generate {rows} rows: tokens (proc-macro2 lexer)"),
            |b| {
                b.iter(|| {
                    aliyun_errors_codegen::expand_table(&table(), "SyntheticError", false).unwrap()
                })
            },
        );
    }
    // The full ECS table, as shipped: the return-results table then the API metadata's.
    let ecs = include_str!("../../spec/ecs.csv");
    let ecs_api = include_str!("../../spec/ecs-api.csv");
    let sources = [
        ("spec/ecs.csv", ecs.as_bytes()),
        ("spec/ecs-api.csv", ecs_api.as_bytes()),
    ];
    let rows = aliyun_errors_codegen::parse_table(&sources)
        .unwrap()
        .rows()
        .len();
    group.throughput(Throughput::Elements(rows as u64));
    group.bench_function(
        format!("validate+generate the ECS table ({rows} rows): source text"),
        |b| {
            b.iter(|| {
                let table = aliyun_errors_codegen::parse_table(black_box(&sources)).unwrap();
                aliyun_errors_codegen::expand_table_source(&table, "EcsError", false).unwrap()
            })
        },
    );
    group.finish();
}

criterion_group! {
    name = benches;
    config = aliyun_errors_benches::criterion();
    targets = codegen
}
criterion_main!(benches);
