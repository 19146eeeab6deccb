// With `non_exhaustive`, a wildcard arm is required outside the crate, and compiles.
use aliyun_errors::{error_table, ErrorCode};

#[error_table(csv = "ui/tables/two.csv", non_exhaustive)]
pub enum TwoError {}

fn main() {
    let e = TwoError::from_code("Forbidden.RAM").unwrap();
    let _ = match e {
        TwoError::Throttling => 1,
        _ => 0,
    };
    let _ = TwoError::ForbiddenRam;
}
