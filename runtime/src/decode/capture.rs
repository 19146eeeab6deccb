//! Deserializes the success data `T` from the envelope's map in the same pass that picks out
//! `RequestId`: a `Deserializer` adapter whose map access watches the keys go by.

use std::borrow::Cow;
use std::fmt;

use serde::de::value::{BorrowedStrDeserializer, StringDeserializer};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};

use super::envelope::Field;

/// Wraps a deserializer so that `RequestId` (or `requestId`) is copied out as `T` reads the
/// top-level map; `T` still sees every key, that one included.
pub(crate) struct Capture<'r, D> {
    inner: D,
    request_id: &'r mut Option<String>,
    any_for_ignored: bool,
}

impl<'r, D> Capture<'r, D> {
    /// `any_for_ignored`: an ignored `T` reads whatever value is there (JSON), not a map.
    pub(crate) fn new(inner: D, request_id: &'r mut Option<String>, any_for_ignored: bool) -> Self {
        Capture {
            inner,
            request_id,
            any_for_ignored,
        }
    }
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Capture<'_, D> {
    type Error = D::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        let visitor = CaptureVisitor::new(visitor, self.request_id);
        self.inner.deserialize_any(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        let visitor = CaptureVisitor::new(visitor, self.request_id);
        self.inner.deserialize_map(visitor)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        let visitor = CaptureVisitor::new(visitor, self.request_id);
        self.inner.deserialize_struct(name, fields, visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        let visitor = CaptureVisitor::new(visitor, self.request_id);
        // JSON says what it holds (a log service success may be an array); XML's root is a map.
        if self.any_for_ignored {
            self.inner.deserialize_any(visitor)
        } else {
            self.inner.deserialize_map(visitor)
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct enum identifier
    }
}

struct CaptureVisitor<'r, V> {
    inner: V,
    request_id: &'r mut Option<String>,
}

impl<'r, V> CaptureVisitor<'r, V> {
    fn new(inner: V, request_id: &'r mut Option<String>) -> Self {
        CaptureVisitor { inner, request_id }
    }
}

impl<'de, V: Visitor<'de>> Visitor<'de> for CaptureVisitor<'_, V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.inner.expecting(f)
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.inner.visit_seq(seq)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.inner.visit_map(CaptureMap {
            inner: map,
            request_id: self.request_id,
            value_is_request_id: false,
        })
    }
}

struct CaptureMap<'r, A> {
    inner: A,
    request_id: &'r mut Option<String>,
    value_is_request_id: bool,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for CaptureMap<'_, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        let Some(Str(key)) = self.inner.next_key::<Str<'de>>()? else {
            return Ok(None);
        };
        self.value_is_request_id = self.request_id.is_none()
            && Field::from_key(&key).map(|(field, _)| field) == Some(Field::RequestId);
        match key {
            Cow::Borrowed(key) => seed.deserialize(BorrowedStrDeserializer::new(key)),
            Cow::Owned(key) => seed.deserialize(StringDeserializer::new(key)),
        }
        .map(Some)
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, A::Error> {
        if !std::mem::take(&mut self.value_is_request_id) {
            return self.inner.next_value_seed(seed);
        }
        // Borrowed from the body where the parser can: one copy, for us; `T` reads the slice.
        let Str(id) = self.inner.next_value::<Str<'de>>()?;
        *self.request_id = Some(id.clone().into_owned());
        match id {
            Cow::Borrowed(id) => seed.deserialize(BorrowedStrDeserializer::new(id)),
            Cow::Owned(id) => seed.deserialize(StringDeserializer::new(id)),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

/// A string (a key, or the RequestId), borrowed from the body when the parser can.
pub(crate) struct Str<'de>(pub Cow<'de, str>);

impl<'de> de::Deserialize<'de> for Str<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct StrVisitor;

        impl<'de> Visitor<'de> for StrVisitor {
            type Value = Str<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }

            fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Str<'de>, E> {
                Ok(Str(Cow::Borrowed(key)))
            }

            fn visit_str<E: de::Error>(self, key: &str) -> Result<Str<'de>, E> {
                Ok(Str(Cow::Owned(key.to_owned())))
            }

            fn visit_string<E: de::Error>(self, key: String) -> Result<Str<'de>, E> {
                Ok(Str(Cow::Owned(key)))
            }
        }

        deserializer.deserialize_str(StrVisitor)
    }
}
