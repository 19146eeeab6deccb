use aliyun_errors::error_table;

#[error_table(csv = "ui/tables/bad.csv")]
pub enum BadError {}

fn main() {}
