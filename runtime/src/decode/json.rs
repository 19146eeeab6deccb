//! JSON: the error envelope (fields borrowed from the body) and the success data.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeOwned, Deserializer as _, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;

use super::capture::{Capture, Key};
use super::envelope::{Field, Fields};
use super::{Problem, UnrecognizedKind};

/// Reads the error envelope's fields. Values that are not strings keep their JSON text
/// (a numeric `Code` stays `400`, an `AccessDeniedDetail` object stays whole); `null` is
/// absent.
pub(crate) fn error_fields(body: &[u8]) -> Result<Fields<'_>, Problem> {
    // From the bytes: serde_json checks UTF-8 as it goes, so there is no separate pass.
    let mut de = serde_json::Deserializer::from_slice(body);
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
        while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
            match Field::from_key(&key) {
                Some(field) => {
                    let raw: &'de RawValue = map.next_value()?;
                    if let Some(text) = text_of(raw).map_err(de::Error::custom)? {
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

/// A value's text: a string unescaped (borrowed when it has no escapes), `null` absent,
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
