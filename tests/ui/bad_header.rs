use aliyun_errors::error_table;

#[error_table(csv = "ui/tables/bad_header.csv")]
pub enum BadHeader {}

#[error_table(csv = "ui/tables/empty.csv")]
pub enum Empty {}

#[error_table(csv = "ui/tables/no_such_file.csv")]
pub enum Missing {}

fn main() {}
