//! Each envelope family's own rules, one section per family: what its headers, its status
//! or its body's shape change in the common reading (`envelope.rs` names every family's
//! keys; `sse.rs` reads Model Studio's event streams).

use std::borrow::Cow;

use super::envelope::{Field, Fields, Hint, Style};
use super::headers::HeaderFacts;
use super::{ApiError, Decoder, Problem, UnrecognizedReason, json, utf8};
use crate::code::ErrorCode;
use crate::format::Format;

// Function Compute and DataHub.

/// The headers tell the family apart from the body's keys: Function Compute 2.0's
/// `errorCode` is the log service's, DataHub's `ErrorCode` Function Compute 3.0's.
pub(super) fn style_by_headers(style: Style, facts: &HeaderFacts<'_>) -> Style {
    match style {
        Style::Sls if facts.fc => Style::Fc,
        Style::Fc if facts.datahub => Style::DataHub,
        style => style,
    }
}

impl Decoder {
    /// A Function Compute function's own error (`X-Fc-Error-Type`, even with 200): its type
    /// is the code; the body's `errorType` and `errorMessage`, if it has them, are kept.
    pub(super) fn function_error<E: ErrorCode>(
        &self,
        http_status: u16,
        facts: &HeaderFacts<'_>,
        error_type: &str,
        body: &[u8],
    ) -> ApiError<E> {
        let mut fields = Fields::default();
        let format = match self.check_body(facts.content_type, body) {
            Ok((Format::Json, bytes)) => {
                // A body that is not an object keeps no field: the header still tells.
                if let Ok(text) = utf8(bytes) {
                    let _ = json::error_fields(text, &mut fields);
                }
                Format::Json
            }
            Ok((format, _)) => format,
            Err(_) => Format::Json,
        };
        // The header's type is the code; the body's `errorType`, if any, the finer type.
        fields.replace(Field::Code, Cow::Borrowed(error_type));
        fields.set(Field::ErrorType, Cow::Borrowed(error_type));
        facts.fill_request_id(&mut fields);
        ApiError::with_style(http_status, format, &fields, Style::Fc, facts)
    }
}

// API Gateway.

/// API Gateway's error, from its `X-Ca-Error-*` headers, when the body is no envelope (nor
/// the success).
pub(super) fn gateway_error<E: ErrorCode>(
    http_status: u16,
    format: Format,
    facts: &HeaderFacts<'_>,
) -> ApiError<E> {
    let mut fields = Fields::default();
    for (field, value) in [
        (Field::Code, facts.gateway_code),
        (Field::Message, facts.gateway_message),
        (Field::RequestId, facts.request_id),
    ] {
        if let Some(value) = value {
            fields.set(field, Cow::Borrowed(value));
        }
    }
    ApiError::with_style(http_status, format, &fields, Style::Gateway, facts)
}

// OSS.

/// The body OSS put base64-encoded in `x-oss-err` (a HEAD response's error), refused when it
/// would decode to more than `max_body_size` bytes (checked before decoding).
#[cfg(feature = "http")]
pub(super) fn oss_err_body(encoded: &str, max_body_size: usize) -> Result<Vec<u8>, Problem> {
    use base64::Engine as _;
    let decoded_len = encoded.len() / 4 * 3;
    if decoded_len > max_body_size.saturating_add(3) {
        return Err(Problem {
            reason: UnrecognizedReason::TooLarge,
            detail: format!(
                "x-oss-err of {} bytes is over the body limit of {max_body_size} bytes",
                encoded.len()
            )
            .into(),
        });
    }
    base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .map_err(|err| Problem {
            reason: UnrecognizedReason::Malformed,
            detail: format!("x-oss-err is not base64: {err}").into(),
        })
}

/// Without the `http` feature (no base64 decoder), `x-oss-err` is not read.
#[cfg(not(feature = "http"))]
pub(super) fn oss_err_body(_: &str, _: usize) -> Result<Vec<u8>, Problem> {
    Err(Problem {
        reason: UnrecognizedReason::Empty,
        detail: "empty body (x-oss-err is read with the `http` feature)".into(),
    })
}

// The legacy open platform (Top).

/// The open platform answers its errors with 200: a body opening with `{"error_response":`.
pub(super) fn is_top_error(format: Format, body: &[u8]) -> bool {
    format == Format::Json && json::opens_with_key(body, "error_response")
}

/// The open platform's keys inside `error_response`, kept as they are; the envelope's code
/// and message are the specific ones (`sub_code`, `sub_msg`) when present, else `code` and
/// `msg`.
pub(super) const TOP_KEYS: [&str; 4] = ["code", "msg", "sub_code", "sub_msg"];

/// The open platform's envelope: `sub_code` (else `code`) and `sub_msg` (else `msg`).
pub(super) fn top_code_and_message(fields: &mut Fields<'_>) {
    for (field, specific, general) in [
        (Field::Code, "sub_code", "code"),
        (Field::Message, "sub_msg", "msg"),
    ] {
        let value = fields
            .extra_value(specific)
            .filter(|v| !v.is_empty())
            .or_else(|| fields.extra_value(general))
            .map(str::to_owned);
        if let Some(value) = value {
            fields.set_key((field, Hint::None), Cow::Owned(value));
        }
    }
}

// APIs that answer errors with 200 and name their success codes (SMS: `OK`).

/// A 2xx envelope whose code is not one of the API's success codes is an error.
pub(super) fn fails_success_codes(fields: &Fields<'_>, success: &[&str]) -> bool {
    fields.is_error_in_success()
        && fields
            .get(Field::Code)
            .is_some_and(|code| !success.contains(&code))
}
