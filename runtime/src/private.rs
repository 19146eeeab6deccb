//! What generated code reaches through `aliyun_errors::__private_0_3`: it never names the
//! user's own dependencies. Not public API.
//!
//! The contract: the module's name carries the runtime's minor version (`0.3` →
//! `__private_0_3`), and codegen writes that name (`aliyun_errors_codegen::PRIVATE_MODULE`
//! in the generator). A change here that generated code could notice goes with a new minor
//! version, so an enum generated (or checked in) for another runtime fails to compile with
//! "could not find `__private_0_3`" rather than misbehave.

pub use ::core;
pub use ::serde;
pub use ::std;

pub use crate::__error_code as error_code;
pub use crate::__impl_serde as impl_serde;
pub use crate::__op_kind as op_kind;
pub use crate::__style as style;
pub use crate::ops::debug as op_debug;

use std::marker::PhantomData;

use crate::code::ErrorCode;
pub use crate::table::{ApiIndex, Table};

/// A generated table's text, rows, lookup and templates (`aliyun_errors_core::layout`), and
/// the style whose family rules its errors follow.
#[allow(clippy::too_many_arguments)] // The layout's fields, one argument each.
pub const fn table(
    text: &'static str,
    codes: &'static [u8],
    rows: &'static [u8],
    first: &'static [u8],
    slots: &'static [u8],
    seed: u64,
    templates: &'static [u16],
    style: Option<crate::Style>,
) -> Table {
    Table::new(text, codes, rows, first, slots, seed, templates, style)
}

/// A generated table's API index (see [`ApiIndex`]'s fields).
pub const fn api_index(
    names: &'static [&'static str],
    codes: &'static [u8],
    first: &'static [u8],
) -> ApiIndex {
    ApiIndex::new(names, codes, first)
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

/// Everything a generated enum implements, from its data: `ErrorCode` (its `ALL`; `TABLE`
/// from the text, the codes' ranges, the rows grouped by code, each code's first row and the
/// lookup slots and seed, the templates' indices and the family style (see [`Table`]);
/// `TEMPLATES` from those indices; `API_INDEX`; `index` as the
/// variant's position: the variants have no explicit discriminants; and, for a small table's
/// `by_length` codes, `from_code` as a compiled `match` on the length, then on the code),
/// `Display`, `Error`, `FromStr`, `AsRef<str>`, and serde's traits when the runtime's `serde`
/// feature is on. Each argument but `by_length` is one token tree (an array in brackets, a
/// byte string, a number), matched without being parsed, so that a large table costs the
/// macro little. `style`, `by_length`, `templates` and the `api_` arguments may be left out.
#[doc(hidden)]
#[macro_export]
macro_rules! __error_code {
    (
        $ty:ident,
        all: $all:tt,
        text: $text:tt,
        codes: $codes:tt,
        rows: $rows:tt,
        first: $first:tt,
        slots: $slots:tt,
        seed: $seed:tt
        $(, style: $style:ident)?
        $(, by_length: { $($len:literal => [$($code:literal $index:literal)*])* })?
        $(, templates: [$($template:literal)*])?
        $(, api_names: $names:tt, api_codes: $api_codes:tt, api_first: $api_first:tt)?
        $(,)?
    ) => {
        impl $crate::ErrorCode for $ty {
            const ALL: &'static [Self] = &$all;
            const TABLE: &'static $crate::__private_0_3::Table = &$crate::__private_0_3::table(
                $text,
                $codes,
                $rows,
                $first,
                $slots,
                $seed,
                &[$($($template,)*)?],
                $crate::__private_0_3::style!($($style)?),
            );
            $(const TEMPLATES: &'static [Self] = &[$(Self::ALL[$template],)*];)?
            $(
                const API_INDEX: &'static $crate::__private_0_3::ApiIndex =
                    &$crate::__private_0_3::api_index(&$names, $api_codes, $api_first);
            )?
            fn index(self) -> usize {
                self as usize
            }
            $(
                fn from_code(code: &str) -> $crate::__private_0_3::core::option::Option<Self> {
                    let index: usize = match code.len() {
                        $($len => match code { $($code => $index,)* _ => usize::MAX },)*
                        _ => usize::MAX,
                    };
                    Self::ALL.get(index).copied()
                }
            )?
        }
        impl $crate::__private_0_3::core::fmt::Display for $ty {
            fn fmt(
                &self,
                f: &mut $crate::__private_0_3::core::fmt::Formatter<'_>,
            ) -> $crate::__private_0_3::core::fmt::Result {
                $crate::__private_0_3::display(*self, f)
            }
        }
        impl $crate::__private_0_3::std::error::Error for $ty {}
        impl $crate::__private_0_3::core::str::FromStr for $ty {
            type Err = $crate::UnknownCode;
            // `Parsed<Self>`, not `Result<Self, Self::Err>`: a table may have a code `Err`.
            fn from_str(code: &str) -> $crate::__private_0_3::Parsed<Self> {
                $crate::__private_0_3::parse(code)
            }
        }
        impl $crate::__private_0_3::core::convert::TryFrom<&str> for $ty {
            type Error = $crate::UnknownCode;
            fn try_from(code: &str) -> $crate::__private_0_3::Parsed<Self> {
                $crate::__private_0_3::parse(code)
            }
        }
        impl $crate::__private_0_3::core::convert::AsRef<str> for $ty {
            fn as_ref(&self) -> &str {
                $crate::ErrorCode::code(*self)
            }
        }
        $crate::__private_0_3::impl_serde!($ty);
    };
}

/// What an operation's error kind implements besides the derives, from its data: `API`,
/// `ALL` and `product()` as its own items; [`Operation`](crate::Operation) (its product, API,
/// documented variants, their product indices as little-endian `u16`s, and `index`'s match
/// arms, each variant's product index); `Debug`, `Display`, `FromStr`, `From` both ways with
/// the product's enum, and serde's traits. `ErrorCode` is every `Operation`'s. Each argument
/// is one token tree.
#[doc(hidden)]
#[macro_export]
macro_rules! __op_kind {
    ($ty:ident, $product:ident, $api:literal, all: $all:tt, indices: $indices:literal, index: $arms:tt $(,)?) => {
        // The same as the traits', reachable without importing them.
        impl $ty {
            /// The API whose documented errors the variants are.
            pub const API: &'static str = $api;
            /// The documented variants, in the product table's order.
            pub const ALL: &'static [Self] = &$all;

            /// The product's code: the variant of the product's enum this kind stands for.
            pub fn product(self) -> $product {
                $crate::Operation::product(self)
            }
        }
        impl $crate::Operation for $ty {
            type Product = $product;
            const API: &'static str = $api;
            const DOCUMENTED: &'static [Self] = Self::ALL;
            const INDICES: &'static [u8] = $indices;
            fn product_index(self) -> usize {
                match self $arms
            }
            fn other(code: $crate::OtherCode<$product>) -> Self {
                Self::Other(code)
            }
        }
        impl $crate::__private_0_3::core::fmt::Debug for $ty {
            fn fmt(
                &self,
                f: &mut $crate::__private_0_3::core::fmt::Formatter<'_>,
            ) -> $crate::__private_0_3::core::fmt::Result {
                $crate::__private_0_3::op_debug(*self, f)
            }
        }
        impl $crate::__private_0_3::core::fmt::Display for $ty {
            fn fmt(
                &self,
                f: &mut $crate::__private_0_3::core::fmt::Formatter<'_>,
            ) -> $crate::__private_0_3::core::fmt::Result {
                $crate::__private_0_3::display(*self, f)
            }
        }
        impl $crate::__private_0_3::core::str::FromStr for $ty {
            type Err = $crate::UnknownCode;
            fn from_str(code: &str) -> $crate::__private_0_3::Parsed<Self> {
                $crate::__private_0_3::parse(code)
            }
        }
        impl $crate::__private_0_3::core::convert::From<$ty> for $product {
            fn from(kind: $ty) -> $product {
                $crate::Operation::product(kind)
            }
        }
        impl $crate::__private_0_3::core::convert::From<$product> for $ty {
            fn from(code: $product) -> $ty {
                <$ty as $crate::ErrorCode>::from_index($crate::ErrorCode::index(code))
            }
        }
        $crate::__private_0_3::impl_serde!($ty);
    };
}

/// The style argument of [`error_code!`]: `Some(Style::Name)`, or `None` without one.
#[doc(hidden)]
#[macro_export]
macro_rules! __style {
    () => {
        $crate::__private_0_3::core::option::Option::None
    };
    ($style:ident) => {
        $crate::__private_0_3::core::option::Option::Some($crate::Style::$style)
    };
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
        impl $crate::__private_0_3::serde::Serialize for $ty {
            fn serialize<S: $crate::__private_0_3::serde::Serializer>(
                &self,
                serializer: S,
            ) -> $crate::__private_0_3::core::result::Result<S::Ok, S::Error> {
                $crate::__private_0_3::serialize_code(self, serializer)
            }
        }

        impl<'de> $crate::__private_0_3::serde::Deserialize<'de> for $ty {
            fn deserialize<D: $crate::__private_0_3::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> $crate::__private_0_3::core::result::Result<Self, D::Error> {
                $crate::__private_0_3::deserialize_code(deserializer)
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
