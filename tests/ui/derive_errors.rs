use aliyun_errors::ErrorCode;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ErrorCode)]
pub enum BadRows {
    #[error_code(code = "Throttling", status = 4000, message = "Slow down.", retry = "throttling")]
    Throttling,
    #[error_code(code = "Dup", status = 400, message = "One.")]
    Dup,
    #[error_code(code = "Dup", status = 409, message = "Two.")]
    AlsoDup,
    #[error_code(code = "Same", status = 400, message = "Same.")]
    #[error_code(code = "Same", status = 400, message = "Same.")]
    Same,
    #[error_code(code = "Forbidden.RAM", status = 403, message = "No.")]
    #[error_code(code = "Forbidden.RAM", status = 404, message = "Nope.", retry = "transient")]
    ForbiddenRam,
    #[error_code(code = "Bad Code ", status = 400, message = "")]
    BadCode,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ErrorCode)]
pub enum BadShape {
    #[error_code(status = 400, message = "No code.")]
    NoCode,
    #[error_code(code = "X", status = 400, message = "m", colour = "red")]
    UnknownKey,
    NoRows,
    Tuple(u8),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ErrorCode)]
#[error_code(crate = "aliyun_errors", crate = "other")]
pub enum Twice {
    #[error_code(code = "A", code = "B", status = 400, message = "m")]
    CodeTwice,
    #[error_code(code = "C", status = 400, status = 409, message = "m")]
    StatusTwice,
}

fn main() {}
