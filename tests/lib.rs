//! Integration and compile-fail tests of `aliyun-errors`; see `tests/`.
