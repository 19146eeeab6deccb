use aliyun_errors::error_table;

#[error_table(csv = ["ui/tables/common.csv", "ui/tables/conflict.csv"])]
pub enum VpcError {}

fn main() {}
