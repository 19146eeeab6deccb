//! What generated code reaches through `aliyun_errors::__private_0_2`: it never names the
//! user's own dependencies. Not public API.
//!
//! The contract: the module's name carries the runtime's minor version (`0.2` →
//! `__private_0_2`), and codegen writes that name (`aliyun_errors_codegen::PRIVATE_MODULE`
//! in the generator). A change here that generated code could notice goes with a new minor
//! version, so an enum generated (or checked in) for another runtime fails to compile with
//! "could not find `__private_0_2`" rather than misbehave.

pub use ::core;
pub use ::serde;
pub use ::std;

pub use crate::__impl_serde as impl_serde;

use std::marker::PhantomData;

use crate::code::ErrorCode;
pub use crate::entry::template_matches;
use crate::entry::{Entry, Retry};

/// The retry classes, by short names for generated tables.
pub const NEVER: Retry = Retry::Never;
/// See [`NEVER`].
pub const THROTTLING: Retry = Retry::Throttling;
/// See [`NEVER`].
pub const TRANSIENT: Retry = Retry::Transient;
/// See [`NEVER`].
pub const CONFLICT: Retry = Retry::Conflict;

/// A table row, as generated tables write them.
pub const fn row(
    code: &'static str,
    http_status: u16,
    message: &'static str,
    retry: Retry,
) -> Entry {
    Entry {
        code,
        http_status,
        message,
        retry,
    }
}

/// What a generated `FromStr` and `TryFrom<&str>` return.
pub type Parsed<E> = Result<E, crate::UnknownCode>;

/// A generated enum's `Display`: `Code: message` (the first row's message).
pub fn display<E: ErrorCode>(code: E, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
    f.write_str(code.code())?;
    f.write_str(": ")?;
    f.write_str(code.message())
}

/// A generated enum's `FromStr` and `TryFrom<&str>`: the code's variant, or the unknown code.
pub fn parse<E: ErrorCode>(code: &str) -> Parsed<E> {
    E::from_code(code).ok_or_else(|| crate::UnknownCode::new(code))
}

/// Serializes a code as its wire string.
pub fn serialize_code<E: ErrorCode, S: serde::Serializer>(
    code: &E,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(code.code())
}

/// Deserializes a code from its wire string; an unknown code is an error naming it.
pub fn deserialize_code<'de, E: ErrorCode, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<E, D::Error> {
    deserializer.deserialize_str(CodeVisitor(PhantomData))
}

struct CodeVisitor<E>(PhantomData<E>);

impl<E: ErrorCode> serde::de::Visitor<'_> for CodeVisitor<E> {
    type Value = E;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("an error code string")
    }

    fn visit_str<Err: serde::de::Error>(self, code: &str) -> Result<E, Err> {
        E::from_code(code).ok_or_else(|| Err::custom(crate::UnknownCode::new(code)))
    }
}

/// `Serialize`/`Deserialize` as the wire code, when the runtime's `serde` feature is on.
/// A `macro_rules!` so that the feature of *this* crate decides, not the caller's.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ident) => {
        impl $crate::__private_0_2::serde::Serialize for $ty {
            fn serialize<S: $crate::__private_0_2::serde::Serializer>(
                &self,
                serializer: S,
            ) -> $crate::__private_0_2::core::result::Result<S::Ok, S::Error> {
                $crate::__private_0_2::serialize_code(self, serializer)
            }
        }

        impl<'de> $crate::__private_0_2::serde::Deserialize<'de> for $ty {
            fn deserialize<D: $crate::__private_0_2::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> $crate::__private_0_2::core::result::Result<Self, D::Error> {
                $crate::__private_0_2::deserialize_code(deserializer)
            }
        }
    };
}

/// Without the `serde` feature, generated enums get no serde impls.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ident) => {};
}
