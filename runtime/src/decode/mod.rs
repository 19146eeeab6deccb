//! Decoding a response: status, Content-Type and body into the typed success or error.

mod api_error;
mod capture;
mod envelope;
mod error;
mod family;
mod headers;
mod json;
mod record;
mod sse;
mod unrecognized;
mod xml;

use std::borrow::Cow;

use serde::de::DeserializeOwned;

use crate::code::ErrorCode;
use crate::format::Format;
use envelope::Fields;
pub(crate) use headers::HeaderFacts;

pub use api_error::ApiError;
#[allow(deprecated)]
pub use api_error::retry_for_status;
pub use envelope::Style;
pub use error::Error;
pub use record::JSON_KEYS;
#[allow(deprecated)]
pub use unrecognized::UnrecognizedKind;
pub use unrecognized::{Unrecognized, UnrecognizedReason};

/// The default largest body [`decode`] reads: 16 MiB.
pub const DEFAULT_MAX_BODY_SIZE: usize = 16 << 20;
/// The default deepest XML nesting [`decode`] reads: 128 elements.
pub const DEFAULT_MAX_DEPTH: usize = 128;
/// The longest excerpt of a body kept by [`Unrecognized`]: 1 KiB.
pub const EXCERPT_LIMIT: usize = 1024;

/// A successful response: its `RequestId` and the action's data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Response<T> {
    /// The `RequestId` (or `requestId`) beside the data; `None` if the server sent none.
    pub request_id: Option<String>,
    /// The action's data.
    pub data: T,
}

/// Why a body was not understood, before the response's context is attached.
#[derive(Debug)]
pub(crate) struct Problem {
    pub reason: UnrecognizedReason,
    // Most details are fixed text: no allocation for them.
    pub detail: Cow<'static, str>,
}

/// Decodes responses, with limits on what it reads. [`decode`] uses the defaults.
///
/// ```
/// use aliyun_errors::{Decoder, Error, ecs::EcsError};
///
/// let decoder = Decoder::new().max_body_size(1 << 20).max_depth(64);
/// let body = br#"{"RequestId":"R1","Code":"Throttling","Message":"Slow down."}"#;
/// let err = decoder.decode::<serde::de::IgnoredAny, EcsError>(400, None, body).unwrap_err();
/// assert_eq!(err.request_id(), Some("R1"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decoder {
    max_body_size: usize,
    max_depth: usize,
    success_codes: Option<&'static [&'static str]>,
}

impl Default for Decoder {
    fn default() -> Self {
        Decoder::new()
    }
}

impl Decoder {
    /// A decoder with the default limits: 16 MiB of body, 128 levels of XML nesting.
    pub const fn new() -> Self {
        Decoder {
            max_body_size: DEFAULT_MAX_BODY_SIZE,
            max_depth: DEFAULT_MAX_DEPTH,
            success_codes: None,
        }
    }

    /// The largest body to decode; a larger one is [`UnrecognizedReason::TooLarge`]. At most
    /// 4 GiB: a larger limit is taken as 4 GiB.
    pub const fn max_body_size(mut self, bytes: usize) -> Self {
        const MAX: usize = u32::MAX as usize;
        self.max_body_size = if bytes > MAX { MAX } else { bytes };
        self
    }

    /// For APIs that answer errors with HTTP 200 (SMS: `isv.BUSINESS_LIMIT_CONTROL`, `OK` on
    /// success): a 2xx envelope whose `Code` is not one of `codes` is an error. Without it, a
    /// 2xx body is an error only when it does not fit the data type but is an envelope.
    ///
    /// ```
    /// use aliyun_errors::{Decoder, Error, ecs::EcsError};
    /// let sms = Decoder::new().success_codes(&["OK"]);
    /// let body = br#"{"RequestId":"R","Code":"isv.BUSINESS_LIMIT_CONTROL","Message":"limited"}"#;
    /// let err = sms.decode::<serde::de::IgnoredAny, EcsError>(200, None, body).unwrap_err();
    /// assert_eq!(err.as_api().unwrap().code(), "isv.BUSINESS_LIMIT_CONTROL");
    /// let ok = br#"{"RequestId":"R","Code":"OK","Message":"OK","BizId":"1"}"#;
    /// assert!(sms.decode::<serde::de::IgnoredAny, EcsError>(200, None, ok).is_ok());
    /// ```
    pub const fn success_codes(mut self, codes: &'static [&'static str]) -> Self {
        self.success_codes = Some(codes);
        self
    }

    /// The deepest XML nesting to decode; deeper is [`UnrecognizedReason::TooDeep`]. (JSON
    /// has serde_json's own limit of 128.)
    pub const fn max_depth(mut self, depth: usize) -> Self {
        self.max_depth = depth;
        self
    }

    /// Decodes a response: a 2xx into [`Response<T>`], anything else into [`Error`].
    ///
    /// The format is the body's (`{` or `[` is JSON, `<` is XML), else the Content-Type's.
    /// A 2xx body that does not fit `T` but is an error envelope is an [`Error::Api`] (some
    /// gateways send errors with 200); otherwise it is [`Error::Unrecognized`].
    pub fn decode<T: DeserializeOwned, E: ErrorCode>(
        &self,
        http_status: u16,
        content_type: Option<&str>,
        body: &[u8],
    ) -> Result<Response<T>, Error<E>> {
        let facts = HeaderFacts::content_type_only(content_type);
        self.decode_impl(http_status, &facts, body)
    }

    /// [`decode`](Self::decode) with what the headers said (a plain decode's facts hold only
    /// the Content-Type): each error is built with them where it is made.
    fn decode_impl<'b, T: DeserializeOwned, E: ErrorCode>(
        &self,
        http_status: u16,
        facts: &HeaderFacts<'b>,
        body: &'b [u8],
    ) -> Result<Response<T>, Error<E>> {
        if sse::looks_like(body) {
            return self.decode_stream(http_status, facts, body);
        }
        if !(200..300).contains(&http_status) {
            return Err(self.error_envelope(http_status, facts, body));
        }
        let unrecognized =
            |format, problem| not_understood(http_status, facts, format, problem, body);
        let (format, bytes) = match self.check_body(facts.content_type, body) {
            Ok(checked) => checked,
            // A success may be a bare JSON value (`null`) or text (the metadata service's).
            Err((format, problem)) if problem.reason == UnrecognizedReason::UnknownFormat => {
                return scalar_success(body, facts).ok_or_else(|| unrecognized(format, problem));
            }
            Err((format, problem)) => return Err(unrecognized(format, problem)),
        };
        let api_error = |fields: &Fields<'_>| ApiError::new(http_status, format, fields, facts);
        if let Some(success) = self.success_codes {
            let mut fields = Fields::default();
            if self.error_fields(format, bytes, facts, &mut fields).is_ok()
                && family::fails_success_codes(&fields, success)
            {
                return Err(api_error(&fields).into());
            }
        }
        if family::is_top_error(format, bytes) {
            let mut fields = Fields::default();
            if self.error_fields(format, bytes, facts, &mut fields).is_ok() {
                return Err(api_error(&fields).into());
            }
        }
        // A gateway's HTML page, even with 200, is no success (nor an envelope).
        if format == Format::Xml && xml::starts_as_html(bytes) {
            return Err(unrecognized(Some(format), xml::html_page()));
        }
        let data = match format {
            Format::Json => json::success(bytes),
            Format::Xml => utf8(bytes).and_then(|text| xml::success(text, self.max_depth)),
        };
        match data {
            Ok((request_id, data)) => Ok(Response {
                request_id: facts
                    .request_id_for(request_id.as_deref())
                    .map(str::to_owned),
                data,
            }),
            Err(problem) => {
                let mut fields = Fields::default();
                Err(match self.error_fields(format, bytes, facts, &mut fields) {
                    Ok(()) if fields.is_error_in_success() => api_error(&fields).into(),
                    _ => unrecognized(Some(format), problem),
                })
            }
        }
    }

    /// Decodes a response from its status, headers and body (feature `http`).
    ///
    /// The headers add what the body lacks: the `Content-Type`; the request id when the body
    /// has none (`x-acs-request-id`, `x-oss-request-id`, `x-log-requestid`,
    /// `X-Ca-Request-Id`); the wait (`x-acs-retry-after` in milliseconds, which also makes the
    /// error [`Retry::Throttling`](crate::Retry::Throttling) whatever its code, else
    /// `Retry-After` in seconds); OSS's `x-oss-err` (the base64 error XML of a HEAD response,
    /// read when the body is empty, bounded like a body); API Gateway's
    /// `X-Ca-Error-Message` and `X-Ca-Error-Code` (an [`ApiError`] of style
    /// [`Style::Gateway`] when the body is not an envelope).
    #[cfg(feature = "http")]
    pub fn decode_parts<T: DeserializeOwned, E: ErrorCode>(
        &self,
        http_status: u16,
        headers: &http::HeaderMap,
        body: &[u8],
    ) -> Result<Response<T>, Error<E>> {
        let pairs = headers
            .iter()
            .filter_map(|(name, value)| Some((name.as_str(), value.to_str().ok()?)));
        self.decode_with_header_pairs(http_status, pairs, body)
    }

    /// Decodes an [`http::Response`] (feature `http`): [`decode_parts`](Self::decode_parts)
    /// on its status, headers and body.
    #[cfg(feature = "http")]
    pub fn decode_http<T: DeserializeOwned, E: ErrorCode, B: AsRef<[u8]>>(
        &self,
        response: &http::Response<B>,
    ) -> Result<Response<T>, Error<E>> {
        let status = response.status().as_u16();
        self.decode_parts(status, response.headers(), response.body().as_ref())
    }

    /// Decodes a response from its status, its headers as `(name, value)` pairs (names
    /// compared without case) and its body: what [`decode_parts`](Self::decode_parts) does,
    /// for a client whose headers are not an `http::HeaderMap` (and without the `http`
    /// feature, where `x-oss-err` is not read).
    ///
    /// ```
    /// use aliyun_errors::{Decoder, ecs::EcsError};
    /// let headers = [("x-log-requestid", "5F3C")];
    /// let body = br#"{"errorCode":"ProjectNotExist","errorMessage":"The Project does not exist"}"#;
    /// let err = Decoder::new()
    ///     .decode_with_header_pairs::<serde::de::IgnoredAny, EcsError>(404, headers, body)
    ///     .unwrap_err();
    /// assert_eq!(err.request_id(), Some("5F3C"));
    /// ```
    pub fn decode_with_header_pairs<'h, T: DeserializeOwned, E: ErrorCode>(
        &self,
        http_status: u16,
        headers: impl IntoIterator<Item = (&'h str, &'h str)>,
        body: &[u8],
    ) -> Result<Response<T>, Error<E>> {
        self.decode_with_headers(http_status, &HeaderFacts::from_pairs(headers), body)
    }

    fn decode_with_headers<T: DeserializeOwned, E: ErrorCode>(
        &self,
        http_status: u16,
        facts: &HeaderFacts<'_>,
        body: &[u8],
    ) -> Result<Response<T>, Error<E>> {
        if let Some(error_type) = facts.fc_error_type {
            return Err(self
                .function_error(http_status, facts, error_type, body)
                .into());
        }
        // OSS sends a HEAD response's error in `x-oss-err`, base64, the body being empty.
        let from_header;
        let body = match facts.oss_err.filter(|_| body.trim_ascii().is_empty()) {
            Some(encoded) => match family::oss_err_body(encoded, self.max_body_size) {
                Ok(decoded) => {
                    from_header = decoded;
                    &from_header[..]
                }
                Err(problem) => {
                    let raw = encoded.as_bytes();
                    return Err(Unrecognized::new(http_status, None, problem, raw, facts).into());
                }
            },
            None => body,
        };
        self.decode_impl(http_status, facts, body)
    }

    /// Decodes a response known to be an error (whatever its status): the envelope, or
    /// [`Error::Unrecognized`].
    pub fn decode_error<E: ErrorCode>(
        &self,
        http_status: u16,
        content_type: Option<&str>,
        body: &[u8],
    ) -> Error<E> {
        let facts = HeaderFacts::content_type_only(content_type);
        if !sse::looks_like(body) {
            return self.error_envelope(http_status, &facts, body);
        }
        match self.decode_stream::<serde::de::IgnoredAny, E>(http_status, &facts, body) {
            Err(error) => error,
            Ok(_) => {
                let problem = Problem {
                    reason: UnrecognizedReason::NotAnEnvelope,
                    detail: "an event stream without an error event".into(),
                };
                not_understood(http_status, &facts, None, problem, body)
            }
        }
    }

    /// An error response's body that is no event stream: its envelope, else not understood.
    fn error_envelope<'b, E: ErrorCode>(
        &self,
        http_status: u16,
        facts: &HeaderFacts<'b>,
        body: &'b [u8],
    ) -> Error<E> {
        // Filled in place: the fields are not moved back out through each `Result`.
        let mut fields = Fields::default();
        let parsed = self
            .check_body(facts.content_type, body)
            .and_then(|(format, bytes)| {
                self.error_fields(format, bytes, facts, &mut fields)
                    .map(|()| format)
                    .map_err(|p| (Some(format), p))
            });
        match parsed {
            Ok(format) => ApiError::new(http_status, format, &fields, facts).into(),
            Err((format, problem)) => not_understood(http_status, facts, format, problem, body),
        }
    }

    /// A body over [`max_body_size`](Self::max_body_size), refused unread.
    fn too_large(&self, body: &[u8]) -> Option<Problem> {
        (body.len() > self.max_body_size).then(|| Problem {
            reason: UnrecognizedReason::TooLarge,
            detail: format!(
                "body of {} bytes is over the limit of {} bytes",
                body.len(),
                self.max_body_size
            )
            .into(),
        })
    }

    /// Size, emptiness, format and an intact end: what every body must pass before it is
    /// parsed. Returns the format and the body without its BOM.
    fn check_body<'b>(
        &self,
        content_type: Option<&str>,
        body: &'b [u8],
    ) -> Result<(Format, &'b [u8]), Refused> {
        // The format the Content-Type names: only needed for a body refused before sniffing.
        let declared = || content_type.and_then(Format::from_content_type);
        let fail =
            |format, reason, detail: Cow<'static, str>| Err((format, Problem { reason, detail }));
        if let Some(problem) = self.too_large(body) {
            return Err((declared(), problem));
        }
        let trimmed = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
        let Some(&last) = trimmed.iter().rev().find(|b| !b.is_ascii_whitespace()) else {
            return fail(declared(), UnrecognizedReason::Empty, "empty body".into());
        };
        let Some(format) = Format::sniff(trimmed) else {
            let detail = "the body is neither XML nor JSON".into();
            return fail(declared(), UnrecognizedReason::UnknownFormat, detail);
        };
        // A cut-off body is told by its last byte, without parsing what came before.
        let (ends_well, end) = match format {
            Format::Xml => (last == b'>', "'>'"),
            Format::Json => (last == b'}' || last == b']', "'}' or ']'"),
        };
        if !ends_well {
            let detail = format!("truncated: a {format} body ends with {end}");
            return fail(Some(format), UnrecognizedReason::Malformed, detail.into());
        }
        Ok((format, trimmed))
    }

    /// Reads an error envelope into `fields`; one without a code (an empty one included) is
    /// not an envelope, but in the OpenAI-compatible mode.
    fn error_fields<'b>(
        &self,
        format: Format,
        body: &'b [u8],
        facts: &HeaderFacts<'b>,
        fields: &mut Fields<'b>,
    ) -> Result<(), Problem> {
        match format {
            Format::Json => json::error_fields(utf8(body)?, fields)?,
            Format::Xml if xml::starts_as_html(body) => return Err(xml::html_page()),
            Format::Xml => xml::error_fields(body, self.max_depth, fields)?,
        }
        if !fields.is_envelope() {
            return Err(Problem {
                reason: UnrecognizedReason::NotAnEnvelope,
                detail: "no error code (Code, code, errorCode, ErrorCode) in the body".into(),
            });
        }
        facts.fill_request_id(fields);
        Ok(())
    }

    /// A body of server-sent events: its error event (its real status from the
    /// `:HTTP_STATUS/NNN` comment) is the error; without one, a 2xx stream's last JSON data
    /// is the success.
    #[cfg(feature = "sse")]
    fn decode_stream<'b, T: DeserializeOwned, E: ErrorCode>(
        &self,
        http_status: u16,
        facts: &HeaderFacts<'b>,
        body: &'b [u8],
    ) -> Result<Response<T>, Error<E>> {
        // API Gateway's error keeps the response's status; the stream's own is the body's.
        let unrecognized = |status, format, problem| {
            let status = if facts.gateway_message.is_some() {
                http_status
            } else {
                status
            };
            not_understood(status, facts, format, problem, body)
        };
        if let Some(problem) = self.too_large(body) {
            return Err(unrecognized(http_status, None, problem));
        }
        let scan = sse::scan(body).map_err(|p| unrecognized(http_status, None, p))?;
        // A stream sent with 200 tells its real status in a comment; an error status stands.
        let status = match scan.status {
            Some(status) if (200..300).contains(&http_status) => status,
            _ => http_status,
        };
        if let Some(data) = &scan.error {
            let mut fields = Fields::default();
            return Err(
                match self.error_fields(Format::Json, data.as_bytes(), facts, &mut fields) {
                    Ok(()) => ApiError::new(status, Format::Json, &fields, facts).into(),
                    Err(problem) => unrecognized(status, Some(Format::Json), problem),
                },
            );
        }
        if !(200..300).contains(&status) {
            let problem = Problem {
                reason: UnrecognizedReason::NotAnEnvelope,
                detail: "an event stream without an error event".into(),
            };
            return Err(unrecognized(status, None, problem));
        }
        let Some(data) = &scan.last_json else {
            let problem = Problem {
                reason: UnrecognizedReason::Empty,
                detail: "an event stream without JSON data".into(),
            };
            return Err(unrecognized(status, None, problem));
        };
        match json::success(data.as_bytes()) {
            Ok((request_id, data)) => Ok(Response {
                request_id: facts
                    .request_id_for(request_id.as_deref())
                    .map(str::to_owned),
                data,
            }),
            Err(problem) => Err(unrecognized(status, Some(Format::Json), problem)),
        }
    }

    /// Without the `sse` feature, an event stream is not read.
    #[cfg(not(feature = "sse"))]
    fn decode_stream<T: DeserializeOwned, E: ErrorCode>(
        &self,
        http_status: u16,
        facts: &HeaderFacts<'_>,
        body: &[u8],
    ) -> Result<Response<T>, Error<E>> {
        Err(not_understood(
            http_status,
            facts,
            None,
            sse::unread(),
            body,
        ))
    }

    /// Decodes one server-sent event's `data` (JSON), for a client that reads the stream
    /// itself: an error envelope is the error (with `http_status`, the response's or the
    /// stream's `:HTTP_STATUS/NNN`), anything else the event's data.
    ///
    /// ```
    /// use aliyun_errors::{Decoder, Style, ecs::EcsError};
    /// use serde::de::IgnoredAny;
    ///
    /// let data = br#"{"code":"InvalidParameter","message":"Range of input length should be [1, 30720]","request_id":"7a8c-1"}"#;
    /// let err = Decoder::new()
    ///     .decode_event::<IgnoredAny, EcsError>(400, data)
    ///     .unwrap_err();
    /// let api = err.as_api().unwrap();
    /// assert_eq!(api.code(), "InvalidParameter");
    /// assert_eq!(api.style(), Style::DashScope);
    /// ```
    pub fn decode_event<T: DeserializeOwned, E: ErrorCode>(
        &self,
        http_status: u16,
        data: &[u8],
    ) -> Result<Response<T>, Error<E>> {
        let facts = HeaderFacts::default();
        let mut fields = Fields::default();
        if let Ok(text) = utf8(data)
            && json::error_fields(text, &mut fields).is_ok()
            && fields.is_error_in_success()
        {
            return Err(ApiError::new(http_status, Format::Json, &fields, &facts).into());
        }
        match json::success(data) {
            Ok((request_id, data)) => Ok(Response { request_id, data }),
            Err(problem) => {
                Err(
                    Unrecognized::new(http_status, Some(Format::Json), problem, data, &facts)
                        .into(),
                )
            }
        }
    }
}

/// A 2xx body that is neither an object nor markup: a bare JSON value (`null`, `42`) or, for
/// data that takes a string, the text itself (never trimmed).
fn scalar_success<T: DeserializeOwned>(
    body: &[u8],
    facts: &HeaderFacts<'_>,
) -> Option<Response<T>> {
    let request_id = facts.request_id_for(None).map(str::to_owned);
    let data = serde_json::from_slice::<T>(body).ok().or_else(|| {
        let text = std::str::from_utf8(body).ok()?;
        T::deserialize(serde::de::value::StrDeserializer::<serde::de::value::Error>::new(text)).ok()
    })?;
    Some(Response { request_id, data })
}

/// A body not understood: API Gateway's error when its headers name one (the body being no
/// envelope), else [`Unrecognized`].
fn not_understood<E: ErrorCode>(
    http_status: u16,
    facts: &HeaderFacts<'_>,
    format: Option<Format>,
    problem: Problem,
    body: &[u8],
) -> Error<E> {
    match facts.gateway_message {
        Some(_) => family::gateway_error(http_status, format.unwrap_or(Format::Json), facts).into(),
        None => Unrecognized::new(http_status, format, problem, body, facts).into(),
    }
}

/// A body refused before parsing: the format it claimed, if any, and why.
type Refused = (Option<Format>, Problem);

/// The body as text, for the XML reader (serde_json reads bytes and checks as it goes).
fn utf8(body: &[u8]) -> Result<&str, Problem> {
    std::str::from_utf8(body).map_err(|err| Problem {
        reason: UnrecognizedReason::Malformed,
        detail: format!("invalid UTF-8 at byte {}", err.valid_up_to()).into(),
    })
}

/// Decodes a response's status, headers and body with the default [`Decoder`] (feature
/// `http`); see [`Decoder::decode_parts`].
#[cfg(feature = "http")]
pub fn decode_parts<T: DeserializeOwned, E: ErrorCode>(
    http_status: u16,
    headers: &http::HeaderMap,
    body: &[u8],
) -> Result<Response<T>, Error<E>> {
    Decoder::new().decode_parts(http_status, headers, body)
}

/// Decodes an [`http::Response`] with the default [`Decoder`] (feature `http`); see
/// [`Decoder::decode_http`].
///
/// ```
/// use aliyun_errors::{decode_http, Error, Retry, ecs::EcsError};
/// use serde::de::IgnoredAny;
///
/// let response = http::Response::builder()
///     .status(400)
///     .header("content-type", "application/json")
///     .header("x-acs-retry-after", "1500")
///     .body(r#"{"RequestId":"R","Code":"Throttling.User","Message":"Slow down."}"#)
///     .unwrap();
/// let Err(Error::Api(e)) = decode_http::<IgnoredAny, EcsError, _>(&response) else { panic!() };
/// assert_eq!(e.retry(), Retry::Throttling);
/// assert_eq!(e.retry_after(), Some(std::time::Duration::from_millis(1500)));
/// ```
#[cfg(feature = "http")]
pub fn decode_http<T: DeserializeOwned, E: ErrorCode, B: AsRef<[u8]>>(
    response: &http::Response<B>,
) -> Result<Response<T>, Error<E>> {
    Decoder::new().decode_http(response)
}

/// Decodes a response with the default [`Decoder`]: a 2xx into [`Response<T>`], anything
/// else into [`Error`]. Never panics; never makes up a code.
///
/// ```
/// use aliyun_errors::{decode, Error, ErrorCode, Retry, ecs::EcsError};
/// use serde::de::IgnoredAny;
///
/// let body = br#"<?xml version="1.0" encoding="UTF-8"?>
/// <Error>
///   <RequestId>540CFF28-407A-40B5-B6A5-74Bxxxxxxxxx</RequestId>
///   <HostId>ecs.aliyuncs.com</HostId>
///   <Code>Throttling</Code>
///   <Message>Request was denied due to request throttling.</Message>
/// </Error>"#;
/// let Err(Error::Api(err)) = decode::<IgnoredAny, EcsError>(400, Some("text/xml"), body) else {
///     panic!("expected an API error");
/// };
/// assert_eq!(err.code(), "Throttling");
/// assert_eq!(err.kind(), Some(EcsError::Throttling));
/// assert_eq!(err.retry(), Retry::Throttling);
/// assert_eq!(err.request_id(), Some("540CFF28-407A-40B5-B6A5-74Bxxxxxxxxx"));
/// ```
pub fn decode<T: DeserializeOwned, E: ErrorCode>(
    http_status: u16,
    content_type: Option<&str>,
    body: &[u8],
) -> Result<Response<T>, Error<E>> {
    Decoder::new().decode(http_status, content_type, body)
}

#[cfg(test)]
mod tests {
    use serde::de::IgnoredAny;

    use super::*;
    use crate::code::tests::Hand;

    #[test]
    fn x_oss_err_is_read_with_the_http_feature_and_named_without_it() {
        // `<Error><Code>NoSuchKey</Code></Error>`, as OSS sends it for a HEAD request.
        let headers = [(
            "x-oss-err",
            "PEVycm9yPjxDb2RlPk5vU3VjaEtleTwvQ29kZT48L0Vycm9yPg==",
        )];
        let decoded =
            Decoder::new().decode_with_header_pairs::<IgnoredAny, Hand>(404, headers, b"");
        match decoded {
            #[cfg(feature = "http")]
            Err(Error::Api(e)) => assert_eq!(e.code(), "NoSuchKey"),
            #[cfg(not(feature = "http"))]
            Err(Error::Unrecognized(u)) => {
                assert_eq!(u.reason(), UnrecognizedReason::Empty);
                assert!(u.detail().contains("`http` feature"), "{}", u.detail());
            }
            other => panic!("unexpected {other:?}"),
        }
    }
}
