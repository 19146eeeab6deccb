//! [`ApiError`]: an error envelope as the server sent it, with the table's view of it.

use std::fmt;
use std::time::Duration;

use super::envelope::{Field, Fields, Kept, Style};
use super::family::style_by_headers;
use super::headers::HeaderFacts;
use crate::code::ErrorCode;
use crate::entry::{Entry, Retry};
use crate::format::Format;

/// An error response's envelope: everything the server said, and what the table says of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiError<E> {
    http_status: u16,
    format: Format,
    code: Option<E>,
    style: Style,
    retry_after: Option<Duration>,
    // The delay came from `x-acs-retry-after`: the gateway throttled the call.
    throttled: bool,
    // Every string in one allocation: an error is cheap to build and small to return.
    kept: Kept,
}

impl<E> ApiError<E> {
    /// The same error with its kind seen as another kind of the same table: a product's code
    /// as one of its operations' kinds (`ecs::ops::DescribeInstancesError`, feature
    /// `operations`), or an operation's kind as its product's code. Nothing else changes.
    pub fn map_kind<F: From<E>>(self) -> ApiError<F> {
        ApiError {
            http_status: self.http_status,
            format: self.format,
            code: self.code.map(F::from),
            style: self.style,
            retry_after: self.retry_after,
            throttled: self.throttled,
            kept: self.kept,
        }
    }
}

impl<E: ErrorCode> ApiError<E> {
    /// The error of an envelope's fields, of the family its keys name.
    pub(crate) fn new(
        http_status: u16,
        format: Format,
        fields: &Fields<'_>,
        headers: &HeaderFacts<'_>,
    ) -> Self {
        Self::with_style(http_status, format, fields, fields.style(), headers)
    }

    /// The one place an `ApiError` is made: built complete, the headers' facts included
    /// (the fields already hold their request id).
    pub(crate) fn with_style(
        http_status: u16,
        format: Format,
        fields: &Fields<'_>,
        style: Style,
        headers: &HeaderFacts<'_>,
    ) -> Self {
        ApiError {
            http_status,
            format,
            code: fields
                .get(Field::Code)
                .and_then(|code| E::from_code(code).or_else(|| E::from_template(code))),
            style: style_by_headers(style, headers),
            retry_after: headers.retry_after,
            throttled: headers.throttled,
            kept: Kept::new(fields),
        }
    }

    /// Which family of gateways sent the envelope ([`Style`]): RPC, ROA, OSS, log service,
    /// API Gateway (whose error is read from its `X-Ca-Error-*` headers), Function Compute,
    /// DataHub, Model Studio, its OpenAI-compatible mode or the legacy open platform.
    pub fn style(&self) -> Style {
        self.style
    }

    /// The error's type, where the family sends one: the OpenAI-compatible mode's `type`
    /// (`invalid_request_error`, `insufficient_quota`, …), Function Compute's `errorType`
    /// or, for a function's own error, its `X-Fc-Error-Type`.
    pub fn error_type(&self) -> Option<&str> {
        self.kept.get(Field::ErrorType)
    }

    /// OSS's `EC`: the detail code of the error, e.g. `0003-00000001`.
    pub fn ec(&self) -> Option<&str> {
        self.kept.get(Field::Ec)
    }

    /// Another scalar field of the envelope by its name as sent (`BucketName`,
    /// `StringToSign`, `Description`, `status`, …); the first one when it repeats.
    pub fn field(&self, name: &str) -> Option<&str> {
        self.kept
            .extra()
            .find_map(|(n, value)| (n == name).then_some(value))
    }

    /// Every other scalar field of the envelope, (name, value), in body order: at most 64
    /// fields and 64 KiB of names and values.
    pub fn fields(&self) -> impl Iterator<Item = (&str, &str)> {
        self.kept.extra()
    }

    /// True when the envelope had more fields than [`fields`](Self::fields) keeps.
    pub fn fields_truncated(&self) -> bool {
        self.kept.truncated()
    }

    /// The HTTP status of the response.
    pub fn http_status(&self) -> u16 {
        self.http_status
    }

    /// The code exactly as the server sent it (a numeric JSON code keeps its text).
    pub fn code(&self) -> &str {
        self.kept.get(Field::Code).unwrap_or("")
    }

    /// The table's variant for the code, as [`std::io::Error::kind`] names its enum: the
    /// code's own, else the first template it fits (`ACS.InvalidParameter.%s`); `None` for
    /// a code the table does not know (see [`family`](Self::family)).
    pub fn kind(&self) -> Option<E> {
        self.code
    }

    /// The server's message; `None` when it sent none (an empty element stays `Some("")`).
    pub fn message(&self) -> Option<&str> {
        self.kept.get(Field::Message)
    }

    /// The `RequestId` (`requestId`, `request_id`, …), to quote to support: the body's, else
    /// the headers' (`x-acs-request-id`, `x-oss-request-id`, `x-log-requestid`,
    /// `X-Ca-Request-Id`, then `x-fc-request-id`, `x-datahub-request-id`, then
    /// `x-request-id`); MaxCompute's `x-odps-request-id` wins over the body's.
    pub fn request_id(&self) -> Option<&str> {
        self.kept.get(Field::RequestId)
    }

    /// The `HostId`: the service node that answered.
    pub fn host_id(&self) -> Option<&str> {
        self.kept.get(Field::HostId)
    }

    /// `Recommend` (RPC) or `RecommendDoc` (OSS): a link to a diagnosis of the error.
    pub fn recommend(&self) -> Option<&str> {
        self.kept.get(Field::Recommend)
    }

    /// The `AccessDeniedDetail`, kept whole: its JSON text (an object stays an object) or
    /// the raw XML between its tags.
    pub fn access_denied_detail(&self) -> Option<&str> {
        self.kept.get(Field::AccessDeniedDetail)
    }

    /// The format of the body.
    pub fn format(&self) -> Format {
        self.format
    }

    /// How long the server asked the caller to wait (`x-acs-retry-after`, else
    /// `Retry-After`), when known.
    pub fn retry_after(&self) -> Option<Duration> {
        self.retry_after
    }

    /// The table row this response matches (by status and message), for a known code.
    pub fn entry(&self) -> Option<Entry> {
        let message = self.message().filter(|m| !m.is_empty());
        self.code
            .map(|code| code.entry(Some(self.http_status), message))
    }

    /// For an unknown dotted code, its longest known prefix: `Throttling.User` →
    /// `Throttling`. `None` for a known code or when no prefix is known.
    pub fn family(&self) -> Option<E> {
        if self.code.is_some() {
            return None;
        }
        E::family_of(self.code())
    }

    /// Whether and how to retry, by the one rule ([`error_class`](crate::retry::error_class))
    /// that [`RetryPolicy`](crate::RetryPolicy) acts on: throttling after
    /// `x-acs-retry-after`; else the rule of the product's family (OSS, the log service,
    /// Function Compute, Model Studio), or of the envelope's where the product has none;
    /// else the table's class of the code, its template or its family; else the status's.
    pub fn retry(&self) -> Retry {
        let style = E::table_data().rules_style(self.style);
        let (code, status) = (self.code(), self.http_status);
        crate::retry::error_class(self.row_retry(), Some(style), code, status, self.throttled)
    }

    /// The class without the envelope families' rules: the table's row (the code's, its
    /// template's or its family's), else the status's; throttling after `x-acs-retry-after`.
    pub fn retry_without_style_rules(&self) -> Retry {
        let (code, status) = (self.code(), self.http_status);
        crate::retry::error_class(self.row_retry(), None, code, status, self.throttled)
    }

    /// The table's class of the code as decoded: its own row's (or its template's), else
    /// its family's ([`Table::retry_of`](crate::Table::retry_of) looks the same up).
    fn row_retry(&self) -> Option<Retry> {
        self.code.or_else(|| self.family()).map(ErrorCode::retry)
    }
}

/// The retry class an HTTP status implies on its own: 429 throttling; 500, 502, 503, 504
/// transient; else never.
#[deprecated(since = "0.3.0", note = "use `Retry::for_status`, the same rule")]
pub fn retry_for_status(http_status: u16) -> Retry {
    Retry::for_status(http_status)
}

/// Writes text on one line: control characters (line breaks included) become spaces.
pub(crate) struct OneLine<'a>(pub &'a str);

impl fmt::Display for OneLine<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, part) in self.0.split(char::is_control).enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            f.write_str(part)?;
        }
        Ok(())
    }
}

impl<E: ErrorCode> fmt::Display for ApiError<E> {
    /// One line: `Code (HTTP 400): message [RequestId: …]`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let code = match self.code() {
            "" => "(no code)",
            code => code,
        };
        write!(f, "{} (HTTP {})", OneLine(code), self.http_status)?;
        if let Some(message) = self.message().filter(|m| !m.is_empty()) {
            write!(f, ": {}", OneLine(message))?;
        }
        if let Some(id) = self.request_id() {
            write!(f, " [RequestId: {}]", OneLine(id))?;
        }
        Ok(())
    }
}

impl<E: ErrorCode> std::error::Error for ApiError<E> {}

/// The keys of [`JSON_KEYS`](crate::JSON_KEYS), in that order; those of an unrecognized
/// response are `null`.
#[cfg(feature = "serde")]
impl<E: ErrorCode> serde::Serialize for ApiError<E> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let kind = self.kind();
        super::record::Record {
            outcome: "error",
            http_status: self.http_status,
            format: Some(self.format.as_str()),
            style: Some(self.style.as_str()),
            content_type: None,
            request_id: self.request_id(),
            host_id: self.host_id(),
            code: Some(self.code()),
            known: Some(self.code.is_some()),
            variant: kind.as_ref().map(|k| k as &dyn std::fmt::Debug),
            family: self.family().map(|f| f.code()),
            message: self.message(),
            recommend: self.recommend(),
            access_denied_detail: self.access_denied_detail(),
            ec: self.ec(),
            error_type: self.error_type(),
            fields: Some(FieldsMap(self)),
            fields_truncated: Some(self.fields_truncated()),
            entry: self.entry(),
            kind: None,
            detail: None,
            excerpt: None,
            body_len: None,
            retry: self.retry().as_str(),
            retry_after: self.retry_after,
        }
        .serialize(serializer)
    }
}

/// The other fields as a JSON object (the first of a repeated name wins there).
#[cfg(feature = "serde")]
struct FieldsMap<'a, E>(&'a ApiError<E>);

#[cfg(feature = "serde")]
impl<E: ErrorCode> serde::Serialize for FieldsMap<'_, E> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        let mut seen: Vec<&str> = Vec::new();
        for (name, value) in self.0.fields() {
            if !seen.contains(&name) {
                seen.push(name);
                map.serialize_entry(name, value)?;
            }
        }
        map.end()
    }
}
