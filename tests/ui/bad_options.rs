use aliyun_errors::error_table;

#[error_table(csv = "ui/tables/two.csv", colour = "red", non_exhaustive)]
pub enum UnknownOption {}

#[error_table(non_exhaustive)]
pub enum NoTable {}

#[error_table(csv = "ui/tables/two.csv")]
pub enum NotEmpty {
    Throttling,
}

#[error_table(csv = "ui/tables/two.csv")]
pub struct NotAnEnum;

fn main() {}
