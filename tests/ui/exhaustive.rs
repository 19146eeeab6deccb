// A table that gains a code breaks every wildcard-free match: that is the point.
use aliyun_errors::error_table;

#[error_table(csv = "ui/tables/two.csv")]
pub enum TwoError {}

fn retry_after_ms(e: TwoError) -> u64 {
    match e {
        TwoError::Throttling => 1000,
    }
}

fn main() {
    let _ = retry_after_ms(TwoError::Throttling);
}
