//! JSON: the error envelope (fields borrowed from the body) and the success data.

use std::borrow::Cow;
use std::fmt;

use serde::Deserialize as _;
use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{self, DeserializeOwned, Deserializer as _, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;

use super::capture::Capture;
use super::envelope::{Field, Fields, Hint, Wrapper};
use super::{Problem, UnrecognizedReason, family};

/// Reads the error envelope's fields. `Code` and `AccessDeniedDetail` keep their JSON text
/// when they are not strings (a numeric code stays `4.0e1`, a detail object stays whole);
/// other fields that are not strings become text; `null` is absent.
pub(crate) fn error_fields<'b>(body: &'b str, fields: &mut Fields<'b>) -> Result<(), Problem> {
    let mut raw_code = false;
    let read = read_fields(body, fields, &mut raw_code);
    // A code that only its JSON text keeps (`4.0e1`, an object): read again, `Code` raw.
    if read.is_err() && raw_code {
        *fields = Fields::default();
        return read_fields(body, fields, &mut raw_code);
    }
    read
}

/// One reading of the envelope; `Code` raw when `raw_code` is set, else as text, setting
/// `raw_code` (and failing) when that text would not be the code as written.
fn read_fields<'b>(
    body: &'b str,
    fields: &mut Fields<'b>,
    raw_code: &mut bool,
) -> Result<(), Problem> {
    // From text checked whole: one UTF-8 check of a small body costs less than serde_json's
    // check of each string it borrows from bytes (the success path reads bytes: one pass).
    let mut de = serde_json::Deserializer::from_str(body);
    de.deserialize_map(FieldsVisitor {
        fields,
        wrapper: None,
        raw_code,
    })
    .and_then(|()| de.end())
    .map_err(|e| problem(e, UnrecognizedReason::NotAnEnvelope))
}

/// Whether an object's first key is `key` (read without parsing the rest).
pub(crate) fn opens_with_key(body: &[u8], key: &str) -> bool {
    let rest = body.trim_ascii_start();
    let Some(rest) = rest.strip_prefix(b"{") else {
        return false;
    };
    rest.trim_ascii_start()
        .strip_prefix(b"\"")
        .and_then(|r| r.strip_prefix(key.as_bytes()))
        .is_some_and(|r| r.starts_with(b"\""))
}

/// Deserializes the success data, picking out `RequestId` in the same pass.
pub(crate) fn success<T: DeserializeOwned>(body: &[u8]) -> Result<(Option<String>, T), Problem> {
    let mut de = serde_json::Deserializer::from_slice(body);
    let mut request_id = None;
    let problem = |e| problem(e, UnrecognizedReason::DataMismatch);
    let data = T::deserialize(Capture::new(&mut de, &mut request_id, true)).map_err(problem)?;
    de.end().map_err(problem)?;
    Ok((request_id, data))
}

/// Classifies a serde_json error; `data` is the kind for well-formed JSON of the wrong shape.
fn problem(err: serde_json::Error, data: UnrecognizedReason) -> Problem {
    let text = err.to_string();
    let reason = if text.starts_with("recursion limit exceeded") {
        UnrecognizedReason::TooDeep
    } else if err.is_data() {
        data
    } else {
        UnrecognizedReason::Malformed
    };
    Problem {
        reason,
        detail: text.into(),
    }
}

/// Fills the caller's fields in place (not moved back out through each `Result`); inside a
/// wrapper object, its keys are read as that wrapper's family writes them.
struct FieldsVisitor<'a, 'de> {
    fields: &'a mut Fields<'de>,
    wrapper: Option<Wrapper>,
    raw_code: &'a mut bool,
}

impl<'de> Visitor<'de> for FieldsVisitor<'_, 'de> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an error envelope object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let fields = self.fields;
        let raw_code = self.raw_code;
        while let Some(key) = map.next_key::<FieldKey<'de>>()? {
            let key = match key {
                // OSS's JSON APIs wrap the envelope: `{"Error": {"Code": …}}`; Model Studio
                // and the OpenAI mode `{"error": {…}}`; the open platform `{"error_response": …}`.
                FieldKey::Wrapper(wrapper) if self.wrapper.is_none() => {
                    fields.mark_wrapper(wrapper);
                    map.next_value_seed(Nested {
                        fields: &mut *fields,
                        wrapper,
                        raw_code: &mut *raw_code,
                    })?;
                    if wrapper == Wrapper::Top {
                        family::top_code_and_message(fields);
                    }
                    continue;
                }
                // The open platform's `code` and `msg` pairs are kept as they are (below, the
                // specific pair is the envelope's code and message).
                FieldKey::Known((Field::Code, _)) if self.wrapper == Some(Wrapper::Top) => {
                    if let Some(value) = raw_text(&mut map)? {
                        fields.add_extra(Cow::Borrowed("code"), value);
                    }
                    continue;
                }
                FieldKey::Other(name)
                    if self.wrapper == Some(Wrapper::Top) && family::TOP_KEYS.contains(&&*name) =>
                {
                    if let Some(value) = raw_text(&mut map)? {
                        fields.add_extra(name, value);
                    }
                    continue;
                }
                FieldKey::Other(name) if self.wrapper == Some(Wrapper::Error) && name == "type" => {
                    fields.mark_openai();
                    if let Some(text) = map.next_value::<Text>()?.0 {
                        fields.set_key((Field::ErrorType, Hint::None), text);
                    }
                    continue;
                }
                FieldKey::Known(key) => key,
                // A wrapper's key inside a wrapper is just another field (an object: skipped).
                FieldKey::Wrapper(_) => {
                    map.next_value::<IgnoredAny>()?;
                    continue;
                }
                FieldKey::Other(name) => {
                    if self.wrapper == Some(Wrapper::Error) && name == "param" {
                        fields.mark_openai();
                    }
                    // Another scalar field, kept as written (a number's digits borrowed);
                    // objects and arrays skipped.
                    let raw: &'de RawValue = map.next_value()?;
                    if !raw.get().starts_with(['{', '['])
                        && let Some(value) = text_of(raw).map_err(de::Error::custom)?
                    {
                        fields.add_extra(name, value);
                    }
                    continue;
                }
            };
            let text = match key.0 {
                // Kept exactly as written: a numeric code's digits, a detail object whole.
                Field::Code if !*raw_code => map.next_value_seed(CodeText(&mut *raw_code))?,
                Field::Code | Field::AccessDeniedDetail => raw_text(&mut map)?,
                _ => map.next_value::<Text>()?.0,
            };
            if let Some(text) = text {
                fields.set_key(key, text);
            }
        }
        Ok(())
    }
}

/// The object inside a wrapper (`{"Error": …}`, `{"error": …}`, `{"error_response": …}`),
/// read with the same visitor in the wrapper's context; a wrapper that is not an object is
/// skipped.
struct Nested<'a, 'de> {
    fields: &'a mut Fields<'de>,
    wrapper: Wrapper,
    raw_code: &'a mut bool,
}

impl<'de> de::DeserializeSeed<'de> for Nested<'_, 'de> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        let visitor = FieldsVisitor {
            fields: self.fields,
            wrapper: Some(self.wrapper),
            raw_code: self.raw_code,
        };
        deserializer.deserialize_any(SkipOther(visitor))
    }
}

/// A map read by the inner visitor; any other value skipped.
struct SkipOther<'a, 'de>(FieldsVisitor<'a, 'de>);

impl<'de> Visitor<'de> for SkipOther<'_, 'de> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        self.0.visit_map(map)
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<(), A::Error> {
        IgnoredAny.visit_seq(seq).map(drop)
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        Ok(())
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }
}

/// The next value's JSON text as written (a string's unescaped); `None` for `null`.
fn raw_text<'de, A: MapAccess<'de>>(map: &mut A) -> Result<Option<Cow<'de, str>>, A::Error> {
    let raw: &'de RawValue = map.next_value()?;
    text_of(raw).map_err(de::Error::custom)
}

/// An object key: an envelope field (matched as it is read), a wrapper object's key, or
/// another key, kept for [`Fields::add_extra`].
enum FieldKey<'de> {
    Known((Field, Hint)),
    Wrapper(Wrapper),
    Other(Cow<'de, str>),
}

impl<'de> de::Deserialize<'de> for FieldKey<'de> {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;

        impl KeyVisitor {
            fn key<'de>(key: Cow<'de, str>) -> FieldKey<'de> {
                match Field::from_key(&key) {
                    Some(known) => FieldKey::Known(known),
                    None => match Wrapper::from_key(&key) {
                        Some(wrapper) => FieldKey::Wrapper(wrapper),
                        None => FieldKey::Other(key),
                    },
                }
            }
        }

        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = FieldKey<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string key")
            }

            fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Self::Value, E> {
                Ok(Self::key(Cow::Borrowed(key)))
            }

            fn visit_str<E: de::Error>(self, key: &str) -> Result<Self::Value, E> {
                Ok(Self::key(Cow::Owned(key.to_owned())))
            }
        }

        deserializer.deserialize_str(KeyVisitor)
    }
}

/// A field's value as text: a string borrowed when it has no escapes, `None` for `null`; a
/// number or boolean as printed by Rust, an object or array as its JSON.
struct Text<'de>(Option<Cow<'de, str>>);

impl<'de> de::Deserialize<'de> for Text<'de> {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor)
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Text(Some(Cow::Borrowed(v))))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Text(Some(Cow::Owned(v.to_owned()))))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(Text(Some(Cow::Owned(v))))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Text(None))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Text(Some(Cow::Borrowed(if v { "true" } else { "false" }))))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Text(Some(Cow::Owned(v.to_string()))))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Text(Some(Cow::Owned(v.to_string()))))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Ok(Text(Some(Cow::Owned(v.to_string()))))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        let value = serde_json::Value::deserialize(MapAccessDeserializer::new(map))?;
        Ok(Text(Some(Cow::Owned(value.to_string()))))
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        let value = serde_json::Value::deserialize(SeqAccessDeserializer::new(seq))?;
        Ok(Text(Some(Cow::Owned(value.to_string()))))
    }
}

/// `Code` read as [`Text`] where that text is the code as written (a string, an integer, a
/// boolean, `null`); any other value, or a failed read (`1e400`), sets the flag and fails,
/// for the envelope to be read again with `Code` raw.
struct CodeText<'a>(&'a mut bool);

impl<'de> de::DeserializeSeed<'de> for CodeText<'_> {
    type Value = Option<Cow<'de, str>>;

    fn deserialize<D: de::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Self::Value, D::Error> {
        let read = deserializer.deserialize_any(CodeVisitor);
        if read.is_err() {
            *self.0 = true;
        }
        read
    }
}

struct CodeVisitor;

impl<'de> Visitor<'de> for CodeVisitor {
    type Value = Option<Cow<'de, str>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string, an integer, a boolean or null")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Some(Cow::Borrowed(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        TextVisitor.visit_str(v).map(|t| t.0)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        TextVisitor.visit_bool(v).map(|t| t.0)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        TextVisitor.visit_i64(v).map(|t| t.0)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        TextVisitor.visit_u64(v).map(|t| t.0)
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
