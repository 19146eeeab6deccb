// A `non_exhaustive` enum from another crate: a match without a wildcard does not compile.
use aliyun_errors_tests::OpenSmallError;

fn main() {
    let e = OpenSmallError::ThrottlingUser;
    let _ = match e {
        OpenSmallError::ThrottlingUser => 1,
        OpenSmallError::ForbiddenRam => 2,
        OpenSmallError::ServiceUnavailable => 3,
    };
}
