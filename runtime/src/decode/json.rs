//! JSON: the error envelope (fields borrowed from the body) and the success data.

use std::borrow::Cow;
use std::fmt;

use serde::Deserialize as _;
use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{self, DeserializeOwned, Deserializer as _, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;

use super::capture::Capture;
use super::envelope::{Field, Fields};
use super::{Problem, UnrecognizedKind};

/// Reads the error envelope's fields. `Code` and `AccessDeniedDetail` keep their JSON text
/// when they are not strings (a numeric code stays `4.0e1`, a detail object stays whole);
/// other fields that are not strings become text; `null` is absent.
pub(crate) fn error_fields(body: &str) -> Result<Fields<'_>, Problem> {
    // From text checked whole: one UTF-8 check of a small body costs less than serde_json's
    // check of each string it borrows from bytes (the success path reads bytes: one pass).
    let mut de = serde_json::Deserializer::from_str(body);
    let problem = |e| problem(e, UnrecognizedKind::NotAnEnvelope);
    let fields = de.deserialize_map(FieldsVisitor).map_err(problem)?;
    de.end().map_err(problem)?;
    Ok(fields)
}

/// Deserializes the success data, picking out `RequestId` in the same pass.
pub(crate) fn success<T: DeserializeOwned>(body: &[u8]) -> Result<(Option<String>, T), Problem> {
    let mut de = serde_json::Deserializer::from_slice(body);
    let mut request_id = None;
    let problem = |e| problem(e, UnrecognizedKind::DataMismatch);
    let data = T::deserialize(Capture::new(&mut de, &mut request_id)).map_err(problem)?;
    de.end().map_err(problem)?;
    Ok((request_id, data))
}

/// Classifies a serde_json error; `data` is the kind for well-formed JSON of the wrong shape.
fn problem(err: serde_json::Error, data: UnrecognizedKind) -> Problem {
    let text = err.to_string();
    let kind = if text.starts_with("recursion limit exceeded") {
        UnrecognizedKind::TooDeep
    } else if err.is_data() {
        data
    } else {
        UnrecognizedKind::Malformed
    };
    Problem { kind, detail: text }
}

struct FieldsVisitor;

impl<'de> Visitor<'de> for FieldsVisitor {
    type Value = Fields<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an error envelope object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields<'de>, A::Error> {
        let mut fields = Fields::default();
        while let Some(FieldKey(key)) = map.next_key()? {
            match key {
                // Kept exactly as written: a numeric code's digits, a detail object whole.
                Some(field @ (Field::Code | Field::AccessDeniedDetail)) => {
                    let raw: &'de RawValue = map.next_value()?;
                    if let Some(text) = text_of(raw).map_err(de::Error::custom)? {
                        fields.set(field, text);
                    }
                }
                Some(field) => {
                    if let Text(Some(text)) = map.next_value()? {
                        fields.set(field, text);
                    }
                }
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(fields)
    }
}

/// An object key, matched against the envelope's fields as it is read (nothing allocated).
struct FieldKey(Option<Field>);

impl<'de> de::Deserialize<'de> for FieldKey {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;

        impl Visitor<'_> for KeyVisitor {
            type Value = FieldKey;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string key")
            }

            fn visit_str<E: de::Error>(self, key: &str) -> Result<FieldKey, E> {
                Ok(FieldKey(Field::from_key(key)))
            }
        }

        deserializer.deserialize_identifier(KeyVisitor)
    }
}

/// A field's value as text: a string borrowed when it has no escapes, a number or boolean
/// as printed by Rust, an object or array as its JSON; `None` for `null`.
struct Text<'de>(Option<Cow<'de, str>>);

impl<'de> de::Deserialize<'de> for Text<'de> {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;

        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }

            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Text<'de>, E> {
                Ok(Text(Some(Cow::Borrowed(v))))
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text<'de>, E> {
                Ok(Text(Some(Cow::Owned(v.to_owned()))))
            }

            fn visit_string<E: de::Error>(self, v: String) -> Result<Text<'de>, E> {
                Ok(Text(Some(Cow::Owned(v))))
            }

            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Text<'de>, E> {
                Ok(Text(Some(Cow::Borrowed(if v { "true" } else { "false" }))))
            }

            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Text<'de>, E> {
                Ok(Text(Some(Cow::Owned(v.to_string()))))
            }

            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Text<'de>, E> {
                Ok(Text(Some(Cow::Owned(v.to_string()))))
            }

            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Text<'de>, E> {
                Ok(Text(Some(Cow::Owned(v.to_string()))))
            }

            fn visit_unit<E: de::Error>(self) -> Result<Text<'de>, E> {
                Ok(Text(None))
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Text<'de>, A::Error> {
                let value = serde_json::Value::deserialize(MapAccessDeserializer::new(map))?;
                Ok(Text(Some(Cow::Owned(value.to_string()))))
            }

            fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<Text<'de>, A::Error> {
                let value = serde_json::Value::deserialize(SeqAccessDeserializer::new(seq))?;
                Ok(Text(Some(Cow::Owned(value.to_string()))))
            }
        }

        deserializer.deserialize_any(TextVisitor)
    }
}

/// A raw value's text: a string unescaped (borrowed when it has no escapes), `null` absent,
/// anything else its JSON text as written.
fn text_of(raw: &RawValue) -> Result<Option<Cow<'_, str>>, serde_json::Error> {
    let json = raw.get();
    if json == "null" {
        return Ok(None);
    }
    match json.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
        Some(inner) if !inner.contains('\\') => Ok(Some(Cow::Borrowed(inner))),
        Some(_) => serde_json::from_str::<String>(json).map(|s| Some(Cow::Owned(s))),
        None => Ok(Some(Cow::Borrowed(json))),
    }
}
