//! The CLI's `generate` output, checked in under `tests/generated/`, compiles as is in a crate
//! that depends on `aliyun-errors` and behaves like the macro's enum. (`cli/tests` checks
//! that `generate` still writes exactly these files.)

use aliyun_errors::{ErrorCode, Retry};
use aliyun_errors_tests::SmallError;

mod expanded {
    include!("../generated/small_error.rs");
}

mod derived {
    include!("../generated/small_derive.rs");
}

use derived::DerivedSmallError;
use expanded::GeneratedSmallError;

#[test]
fn generated_enums_match_the_macro_enum() {
    assert_eq!(
        GeneratedSmallError::table().collect::<Vec<_>>(),
        SmallError::table().collect::<Vec<_>>()
    );
    assert_eq!(
        DerivedSmallError::table().collect::<Vec<_>>(),
        SmallError::table().collect::<Vec<_>>()
    );
    for (i, e) in SmallError::ALL.iter().enumerate() {
        let g = GeneratedSmallError::ALL[i];
        let d = DerivedSmallError::ALL[i];
        assert_eq!((g.code(), d.code()), (e.code(), e.code()));
        assert!(g.http_statuses().eq(e.http_statuses()));
        assert!(d.messages().eq(e.messages()));
        assert_eq!((g.retry(), d.retry()), (e.retry(), e.retry()));
        assert_eq!(g.to_string(), e.to_string());
        assert_eq!(d.code().parse::<DerivedSmallError>(), Ok(d));
    }
    assert_eq!(
        GeneratedSmallError::from_code("Throttling.User"),
        Some(GeneratedSmallError::ThrottlingUser)
    );
    assert_eq!(DerivedSmallError::ThrottlingUser.retry(), Retry::Throttling);
}
