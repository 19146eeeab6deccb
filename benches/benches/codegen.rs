//! Codegen cost: validate and generate synthetic tables of 50, 1,000 and 10,000 rows in
//! process, as the macro does on every build of a crate that uses it.

use std::hint::black_box;

use aliyun_errors_benches::synthetic_table;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn codegen(c: &mut Criterion) {
    let mut group = c.benchmark_group("codegen");
    for rows in [50, 1_000, 10_000] {
        let csv = synthetic_table(rows);
        group.throughput(Throughput::Elements(rows as u64));
        group.bench_function(format!("validate+generate {rows} rows"), |b| {
            b.iter(|| {
                let table = aliyun_errors_codegen::parse_table(&[(
                    "spec/synthetic.csv",
                    black_box(csv.as_bytes()),
                )])
                .unwrap();
                aliyun_errors_codegen::expand_table(&table, "SyntheticError", false).unwrap()
            })
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = aliyun_errors_benches::criterion();
    targets = codegen
}
criterion_main!(benches);
