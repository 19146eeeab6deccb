//! XML: the error envelope (fields borrowed from the body) and the success data.
//!
//! The root element may have any name; the fields are its children, in any order. Comments,
//! the declaration, processing instructions and a DOCTYPE are skipped; CDATA, the predefined
//! entities and character references are decoded. No DTD is processed and no declared entity
//! is expanded: an unknown `&name;` is kept as written.

use std::borrow::Cow;

use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::Event;
use quick_xml::reader::Reader;
use serde::de::DeserializeOwned;

use super::capture::Capture;
use super::envelope::{Field, Fields};
use super::{Problem, UnrecognizedReason};

/// Whether the body opens as an HTML page (`<html` or an HTML DOCTYPE, any case): a
/// gateway's error page, told without reading it as XML or checking its UTF-8. An HTML root
/// after a prolog is still found by [`error_fields`].
pub(crate) fn starts_as_html(body: &[u8]) -> bool {
    let body = body.trim_ascii_start();
    if let Some(rest) = strip_prefix_ignore_case(body, b"<!doctype") {
        return doctype_is_html(rest);
    }
    strip_prefix_ignore_case(body, b"<html")
        .and_then(<[u8]>::first)
        .is_some_and(|b| b.is_ascii_whitespace() || matches!(b, b'>' | b'/'))
}

/// Whether a DOCTYPE's content (what follows `<!DOCTYPE`) names HTML.
fn doctype_is_html(content: &[u8]) -> bool {
    strip_prefix_ignore_case(content.trim_ascii_start(), b"html").is_some()
}

fn strip_prefix_ignore_case<'a>(text: &'a [u8], prefix: &[u8]) -> Option<&'a [u8]> {
    let (head, rest) = text.split_at_checked(prefix.len())?;
    head.eq_ignore_ascii_case(prefix).then_some(rest)
}

/// Reads the error envelope's fields; nesting deeper than `max_depth` is refused.
pub(crate) fn error_fields<'b>(
    body: &'b [u8],
    max_depth: usize,
    fields: &mut Fields<'b>,
) -> Result<(), Problem> {
    // From the bytes: the reader checks the UTF-8 of each piece it returns, so the body is
    // not checked whole first.
    let mut reader = Reader::from_reader(body);
    let mut depth = 0usize;
    let mut seen_root = false;
    // MNS's batch results: `<Messages><Message><ErrorCode>…` per message.
    let mut batch = false;

    loop {
        let event = reader.read_event().map_err(|e| malformed(&reader, e))?;
        match event {
            Event::Start(start) => {
                depth += 1;
                if depth > max_depth {
                    return Err(too_deep(max_depth));
                }
                if depth == 1 {
                    if start.local_name().as_ref().eq_ignore_ascii_case("html") {
                        return Err(html_page());
                    }
                    // OSS and MNS name their namespace on the root (`xmlns="…"`).
                    if start
                        .attributes()
                        .flatten()
                        .any(|a| a.key.as_ref() == "xmlns")
                    {
                        fields.mark_oss();
                    }
                    seen_root = true;
                    batch = start.local_name().as_ref() == "Messages";
                } else if depth == 2 && batch && start.local_name().as_ref() == "Message" {
                    batch_message(&mut reader, max_depth, fields)?;
                    depth -= 1;
                } else if depth == 2 {
                    let known = Field::from_key(start.local_name().as_ref());
                    if let Some(key @ (Field::AccessDeniedDetail, _)) = known {
                        // Kept whole: the raw XML between its tags.
                        let raw = reader
                            .read_text(start.name())
                            .map_err(|e| malformed(&reader, e))?
                            .into_inner();
                        fields.set_key(key, raw);
                    } else {
                        // Read on with the same reader: no second pass over the field.
                        let (text, nested) = field_text(&mut reader, depth, max_depth)?;
                        match known {
                            Some(key) => fields.set_key(key, text),
                            // Another field, kept when it is text alone.
                            None if !nested => fields.add_extra(element_name(&start), text),
                            None => {}
                        }
                    }
                    depth -= 1;
                }
            }
            Event::Empty(_) if depth == 0 => break,
            // A field read whole above leaves the loop at the root's level: this is a field.
            Event::Empty(start) => match Field::from_key(start.local_name().as_ref()) {
                Some(key) => fields.set_key(key, Cow::Borrowed("")),
                None => fields.add_extra(element_name(&start), Cow::Borrowed("")),
            },
            Event::End(_) => {
                // quick-xml refuses an end tag without its start; saturate all the same.
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    break;
                }
            }
            Event::Text(text) if depth == 0 && !text.trim_ascii().is_empty() => {
                return Err(not_xml_envelope("text outside the root element"));
            }
            Event::DocType(doctype) if doctype_is_html(doctype.as_bytes()) => {
                return Err(html_page());
            }
            Event::Eof if seen_root => return Err(truncated()),
            Event::Eof => {
                return Err(Problem {
                    reason: UnrecognizedReason::Malformed,
                    detail: "no root element".into(),
                });
            }
            // Text and references outside the fields, and everything else, are skipped.
            _ => {}
        }
    }
    Ok(())
}

/// One `<Message>` of MNS's batch results (`BatchSendMessage`, `BatchDeleteMessage`): every
/// child is kept as a field, in order; the first `ErrorCode` and `ErrorMessage` of the batch
/// are the envelope's code and message.
fn batch_message<'b>(
    reader: &mut Reader<&'b [u8]>,
    max_depth: usize,
    fields: &mut Fields<'b>,
) -> Result<(), Problem> {
    loop {
        match reader.read_event().map_err(|e| malformed(reader, e))? {
            Event::Start(start) => {
                if max_depth < 3 {
                    return Err(too_deep(max_depth));
                }
                let (text, nested) = field_text(reader, 3, max_depth)?;
                let name = start.local_name();
                match name.as_ref() {
                    "ErrorCode" => fields.set(Field::Code, text.clone()),
                    "ErrorMessage" => fields.set(Field::Message, text.clone()),
                    _ => {}
                }
                if !nested {
                    fields.add_extra(element_name(&start), text);
                }
            }
            Event::Empty(start) => fields.add_extra(element_name(&start), Cow::Borrowed("")),
            Event::End(_) => return Ok(()),
            Event::Eof => return Err(truncated()),
            _ => {}
        }
    }
}

/// Deserializes the success data from the root element's children, picking out
/// `RequestId` in the same pass.
pub(crate) fn success<T: DeserializeOwned>(
    body: &str,
    max_depth: usize,
) -> Result<(Option<String>, T), Problem> {
    let mut de = quick_xml::de::Deserializer::from_str(body);
    de.recursion_limit(max_depth);
    let mut request_id = None;
    match T::deserialize(Capture::new(&mut de, &mut request_id, false)) {
        Ok(data) => Ok((request_id, data)),
        Err(err) => {
            let reason = match err {
                quick_xml::DeError::TooDeeplyNested(_) => UnrecognizedReason::TooDeep,
                quick_xml::DeError::InvalidXml(_) | quick_xml::DeError::UnexpectedEof => {
                    UnrecognizedReason::Malformed
                }
                _ => UnrecognizedReason::DataMismatch,
            };
            Err(Problem {
                reason,
                detail: err.to_string().into(),
            })
        }
    }
}

/// A field's text, read up to its end tag: text and CDATA, the predefined entities and
/// character references decoded, line ends normalized, nested markup skipped (but counted
/// against `max_depth`); an undeclared entity is kept as written. Also says whether the
/// field held elements (then it is no scalar).
fn field_text<'b>(
    reader: &mut Reader<&'b [u8]>,
    field_depth: usize,
    max_depth: usize,
) -> Result<(Cow<'b, str>, bool), Problem> {
    let mut text: Option<Cow<'b, str>> = None;
    let mut depth = field_depth;
    let mut nested = false;
    loop {
        let event = reader.read_event().map_err(|e| malformed(reader, e))?;
        let piece = match event {
            Event::Text(t) => t.xml10_content(),
            Event::CData(c) => c.xml10_content(),
            Event::GeneralRef(reference) => match reference.resolve_char_ref() {
                Ok(Some(ch)) => Cow::Owned(ch.to_string()),
                Ok(None) => match resolve_predefined_entity(&reference) {
                    Some(text) => Cow::Borrowed(text),
                    None => Cow::Owned(format!("&{};", &*reference)),
                },
                Err(err) => return Err(malformed(reader, err)),
            },
            Event::Start(_) => {
                depth += 1;
                nested = true;
                if depth > max_depth {
                    return Err(too_deep(max_depth));
                }
                continue;
            }
            Event::Empty(_) => {
                nested = true;
                continue;
            }
            Event::End(_) if depth == field_depth => break,
            Event::End(_) => {
                depth -= 1;
                continue;
            }
            Event::Eof => return Err(truncated()),
            _ => continue,
        };
        append(&mut text, piece);
    }
    Ok((text.unwrap_or(Cow::Borrowed("")), nested))
}

/// An element's local name, for another field's name.
fn element_name<'b>(start: &quick_xml::events::BytesStart<'_>) -> Cow<'b, str> {
    Cow::Owned(start.local_name().as_ref().to_owned())
}

fn append<'a>(acc: &mut Option<Cow<'a, str>>, text: Cow<'a, str>) {
    match acc {
        None => *acc = Some(text),
        Some(existing) => existing.to_mut().push_str(&text),
    }
}

fn malformed(reader: &Reader<&[u8]>, err: impl std::fmt::Display) -> Problem {
    Problem {
        reason: UnrecognizedReason::Malformed,
        detail: format!("{err} (at byte {})", reader.error_position()).into(),
    }
}

fn too_deep(max_depth: usize) -> Problem {
    Problem {
        reason: UnrecognizedReason::TooDeep,
        detail: format!("XML nested deeper than {max_depth} elements").into(),
    }
}

fn truncated() -> Problem {
    Problem {
        reason: UnrecognizedReason::Malformed,
        detail: "the body ends inside the root element (truncated?)".into(),
    }
}

pub(crate) fn html_page() -> Problem {
    Problem {
        reason: UnrecognizedReason::NotAnEnvelope,
        detail: "an HTML page, not an error envelope".into(),
    }
}

fn not_xml_envelope(what: &str) -> Problem {
    Problem {
        reason: UnrecognizedReason::Malformed,
        detail: format!("not well-formed XML: {what}").into(),
    }
}
