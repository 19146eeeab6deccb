//! Looks up every code of a table, then a few unknown ones, many times, for a profiler:
//! `profile_lookup return_results_41|ecs [N]`, the inputs of
//! `cargo bench -p aliyun-errors-benches --bench lookup`. Instructions of one round:
//! (callgrind's count at 2N - its count at N) / N.

use std::hint::black_box;

use aliyun_errors::ErrorCode;
use aliyun_errors::ecs::EcsError;
use aliyun_errors_benches::lookup_inputs;

/// The return-results table alone (41 codes), as the ECS enum was before the catalog: in the
/// benchmark's own crate, as a user's `#[error_table]` is.
#[aliyun_errors::error_table(csv = "../spec/ecs.csv")]
pub enum ReturnResultsError {}

fn rounds<E: ErrorCode>(n: usize) -> usize {
    let inputs = lookup_inputs::<E>();
    let mut total = 0;
    for _ in 0..n {
        for input in &inputs {
            // The variant itself goes to `black_box`: `from_code` alone is measured.
            total += usize::from(black_box(E::from_code(black_box(input))).is_some());
        }
    }
    total
}

fn main() {
    let mut args = std::env::args().skip(1);
    let table = args.next().unwrap_or_else(|| "return_results_41".into());
    let n: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(100_000);
    let total = match table.as_str() {
        "ecs" => rounds::<EcsError>(n),
        _ => rounds::<ReturnResultsError>(n),
    };
    println!("{total}");
}
