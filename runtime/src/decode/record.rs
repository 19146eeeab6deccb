//! One JSON shape for every outcome: [`JSON_KEYS`], written by the `Serialize` of
//! [`ApiError`](super::ApiError) and of [`Unrecognized`](super::Unrecognized) alike.

/// The keys of the JSON an [`Error`](super::Error) serializes to (with the `serde` feature),
/// in the order written. An `ApiError` and an `Unrecognized` each write every key, `null`
/// where it does not apply, so that a consumer of structured logs reads one shape; the CLI's
/// `decode --json` writes the same keys for a success too.
///
/// - `outcome`: `error`, `unrecognized` (and `success` in the CLI);
/// - `http_status`, `format` (`xml`, `json`), `style` (the envelope's, e.g. `rpc`, `oss`),
///   `content_type` (an unrecognized response's), `request_id`, `host_id`;
/// - `code` (as sent), `known` (the table holds it), `variant` (its variant's name),
///   `family` (the known code it extends), `message`, `recommend`, `access_denied_detail`,
///   `ec`, `error_type`, `fields` (the body's other fields), `fields_truncated`, `entry`
///   (the table's row the response matches: `http_status`, `message`);
/// - `kind`, `detail`, `excerpt`, `body_len`: why a response was not understood;
/// - `retry` (the class), `retry_after_ms` (the server's delay).
pub const JSON_KEYS: [&str; 25] = [
    "outcome",
    "http_status",
    "format",
    "style",
    "content_type",
    "request_id",
    "host_id",
    "code",
    "known",
    "variant",
    "family",
    "message",
    "recommend",
    "access_denied_detail",
    "ec",
    "error_type",
    "fields",
    "fields_truncated",
    "entry",
    "kind",
    "detail",
    "excerpt",
    "body_len",
    "retry",
    "retry_after_ms",
];

/// The values of [`JSON_KEYS`], `None` where a key does not apply; `fields` is any map.
#[cfg(feature = "serde")]
#[derive(Default)]
pub(crate) struct Record<'a, F> {
    pub outcome: &'a str,
    pub http_status: u16,
    pub format: Option<&'a str>,
    pub style: Option<&'a str>,
    pub content_type: Option<&'a str>,
    pub request_id: Option<&'a str>,
    pub host_id: Option<&'a str>,
    pub code: Option<&'a str>,
    pub known: Option<bool>,
    pub variant: Option<&'a dyn std::fmt::Debug>,
    pub family: Option<&'a str>,
    pub message: Option<&'a str>,
    pub recommend: Option<&'a str>,
    pub access_denied_detail: Option<&'a str>,
    pub ec: Option<&'a str>,
    pub error_type: Option<&'a str>,
    pub fields: Option<F>,
    pub fields_truncated: Option<bool>,
    pub entry: Option<crate::Entry>,
    pub kind: Option<&'a str>,
    pub detail: Option<&'a str>,
    pub excerpt: Option<&'a str>,
    pub body_len: Option<usize>,
    pub retry: &'a str,
    pub retry_after: Option<std::time::Duration>,
}

#[cfg(feature = "serde")]
impl<F: serde::Serialize> serde::Serialize for Record<'_, F> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let [
            outcome,
            http_status,
            format,
            style,
            content_type,
            request_id,
            host_id,
            code,
            known,
            variant,
            family,
            message,
            recommend,
            access_denied_detail,
            ec,
            error_type,
            fields,
            fields_truncated,
            entry,
            kind,
            detail,
            excerpt,
            body_len,
            retry,
            retry_after_ms,
        ] = JSON_KEYS;
        let mut s = serializer.serialize_struct("Error", JSON_KEYS.len())?;
        s.serialize_field(outcome, self.outcome)?;
        s.serialize_field(http_status, &self.http_status)?;
        s.serialize_field(format, &self.format)?;
        s.serialize_field(style, &self.style)?;
        s.serialize_field(content_type, &self.content_type)?;
        s.serialize_field(request_id, &self.request_id)?;
        s.serialize_field(host_id, &self.host_id)?;
        s.serialize_field(code, &self.code)?;
        s.serialize_field(known, &self.known)?;
        s.serialize_field(variant, &self.variant.map(DebugName))?;
        s.serialize_field(family, &self.family)?;
        s.serialize_field(message, &self.message)?;
        s.serialize_field(recommend, &self.recommend)?;
        s.serialize_field(access_denied_detail, &self.access_denied_detail)?;
        s.serialize_field(ec, &self.ec)?;
        s.serialize_field(error_type, &self.error_type)?;
        s.serialize_field(fields, &self.fields)?;
        s.serialize_field(fields_truncated, &self.fields_truncated)?;
        s.serialize_field(entry, &self.entry)?;
        s.serialize_field(kind, &self.kind)?;
        s.serialize_field(detail, &self.detail)?;
        s.serialize_field(excerpt, &self.excerpt)?;
        s.serialize_field(body_len, &self.body_len)?;
        s.serialize_field(retry, self.retry)?;
        let millis = self.retry_after.map(|d| d.as_millis() as u64);
        s.serialize_field(retry_after_ms, &millis)?;
        s.end()
    }
}

/// A variant by its name (its `Debug`), written without a `String` in between.
#[cfg(feature = "serde")]
struct DebugName<'a>(&'a dyn std::fmt::Debug);

#[cfg(feature = "serde")]
impl serde::Serialize for DebugName<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&format_args!("{:?}", self.0))
    }
}
