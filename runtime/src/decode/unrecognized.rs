//! [`Unrecognized`]: a response body that is not an error envelope (nor the success data).

use std::fmt;

use super::api_error::OneLine;
use super::headers::HeaderFacts;
use super::{EXCERPT_LIMIT, Problem};
use crate::entry::Retry;
use crate::format::Format;

/// Why a body was not understood.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UnrecognizedReason {
    /// No body, or only white space.
    Empty,
    /// The body is neither XML nor JSON (e.g. plain text).
    UnknownFormat,
    /// Not well-formed: truncated, invalid UTF-8, syntax errors, HTML that is not XML.
    Malformed,
    /// Well-formed, but no error envelope: no `Code`.
    NotAnEnvelope,
    /// A success body that does not fit the data type.
    DataMismatch,
    /// Over the decoder's body size limit.
    TooLarge,
    /// Nested deeper than the decoder's (or serde_json's) limit.
    TooDeep,
    /// No response at all: [`retry::run`](crate::retry::run) cut the attempt at the policy's
    /// time limits ([`TimedOut`](crate::retry::TimedOut)); the status is 0.
    TimedOut,
}

/// The former name of [`UnrecognizedReason`].
#[deprecated(
    since = "0.3.0",
    note = "renamed `UnrecognizedReason` (`ApiError::kind` is the variant)"
)]
pub type UnrecognizedKind = UnrecognizedReason;

impl UnrecognizedReason {
    /// A snake_case name: `empty`, `unknown_format`, `malformed`, `not_an_envelope`,
    /// `data_mismatch`, `too_large`, `too_deep`, `timed_out`.
    pub const fn as_str(self) -> &'static str {
        match self {
            UnrecognizedReason::Empty => "empty",
            UnrecognizedReason::UnknownFormat => "unknown_format",
            UnrecognizedReason::Malformed => "malformed",
            UnrecognizedReason::NotAnEnvelope => "not_an_envelope",
            UnrecognizedReason::DataMismatch => "data_mismatch",
            UnrecognizedReason::TooLarge => "too_large",
            UnrecognizedReason::TooDeep => "too_deep",
            UnrecognizedReason::TimedOut => "timed_out",
        }
    }
}

impl fmt::Display for UnrecognizedReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// A response that was not understood, kept as its status, Content-Type, the reason and an
/// excerpt of at most 1 KiB of the body. Never a made-up code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unrecognized {
    http_status: u16,
    content_type: Option<Box<str>>,
    excerpt: Box<str>,
    format: Option<Format>,
    reason: UnrecognizedReason,
    detail: std::borrow::Cow<'static, str>,
    body_len: usize,
    retry_after: Option<std::time::Duration>,
    // The delay came from `x-acs-retry-after`: the gateway throttled the call.
    throttled: bool,
    request_id: Option<Box<str>>,
}

impl Unrecognized {
    /// The one place an `Unrecognized` is made: built complete, with the headers' facts
    /// (the Content-Type, the wait, the request id).
    pub(crate) fn new(
        http_status: u16,
        format: Option<Format>,
        problem: Problem,
        body: &[u8],
        headers: &HeaderFacts<'_>,
    ) -> Self {
        let mut excerpt = String::with_capacity(body.len().min(EXCERPT_LIMIT));
        push_excerpt(&mut excerpt, body);
        Unrecognized {
            http_status,
            content_type: headers.content_type.map(Box::from),
            excerpt: excerpt.into_boxed_str(),
            format,
            reason: problem.reason,
            detail: problem.detail,
            body_len: body.len(),
            retry_after: headers.retry_after,
            throttled: headers.throttled,
            request_id: headers.request_id_for(None).map(Box::from),
        }
    }

    /// The HTTP status of the response.
    pub fn http_status(&self) -> u16 {
        self.http_status
    }

    /// The response's Content-Type, as received.
    pub fn content_type(&self) -> Option<&str> {
        self.content_type.as_deref()
    }

    /// The format the body was read as, if it looked like XML or JSON.
    pub fn format(&self) -> Option<Format> {
        self.format
    }

    /// Why the body was not understood (or, [`UnrecognizedReason::TimedOut`], that none
    /// came).
    pub fn reason(&self) -> UnrecognizedReason {
        self.reason
    }

    /// The former name of [`reason`](Self::reason).
    #[deprecated(
        since = "0.3.0",
        note = "renamed `reason` (`ApiError::kind` is the variant)"
    )]
    pub fn kind(&self) -> UnrecognizedReason {
        self.reason
    }

    /// An attempt that [`retry::run`](crate::retry::run) cut before a response came: status
    /// 0, no body, the reason [`UnrecognizedReason::TimedOut`]; retried as a transport
    /// timeout.
    pub fn timed_out(timed_out: crate::retry::TimedOut) -> Self {
        let problem = Problem {
            reason: UnrecognizedReason::TimedOut,
            detail: timed_out.to_string().into(),
        };
        // No response: no status, no body, no header.
        Unrecognized::new(0, None, problem, b"", &HeaderFacts::default())
    }

    /// The parser's own words, e.g. `expected value at line 1 column 7`.
    pub fn detail(&self) -> &str {
        &self.detail
    }

    /// The start of the body: at most 1 KiB, valid UTF-8 (invalid bytes as U+FFFD), cut
    /// on a character boundary.
    pub fn excerpt(&self) -> &str {
        &self.excerpt
    }

    /// The body's full length in bytes.
    pub fn body_len(&self) -> usize {
        self.body_len
    }

    /// How long the server asked the caller to wait (`x-acs-retry-after`, else
    /// `Retry-After`), when known.
    pub fn retry_after(&self) -> Option<std::time::Duration> {
        self.retry_after
    }

    /// The request id from the response's headers (`x-acs-request-id`, `x-oss-request-id`,
    /// `x-log-requestid`, `X-Ca-Request-Id`), when decoded with them.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// Throttling with `x-acs-retry-after`; a cut attempt transient; else by status alone:
    /// 429 throttling; 500, 502, 503, 504 transient; else never (the one rule, without a
    /// code: [`error_class`](crate::retry::error_class)).
    pub fn retry(&self) -> Retry {
        if self.reason == UnrecognizedReason::TimedOut {
            return Retry::Transient;
        }
        crate::retry::error_class(None, None, "", self.http_status, self.throttled)
    }
}

impl fmt::Display for Unrecognized {
    /// One line: `unrecognized response (HTTP 502, text/html): malformed: …`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unrecognized response (HTTP {}", self.http_status)?;
        if let Some(ct) = self.content_type() {
            write!(f, ", {}", OneLine(ct))?;
        }
        write!(f, "): {}: {}", self.reason, OneLine(&self.detail))
    }
}

impl std::error::Error for Unrecognized {}

/// The keys of [`JSON_KEYS`](crate::JSON_KEYS), in that order; those of an error envelope
/// are `null`.
#[cfg(feature = "serde")]
impl serde::Serialize for Unrecognized {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        super::record::Record::<()> {
            outcome: "unrecognized",
            http_status: self.http_status,
            format: self.format.map(Format::as_str),
            content_type: self.content_type(),
            request_id: self.request_id(),
            kind: Some(self.reason.as_str()),
            detail: Some(&self.detail),
            excerpt: Some(self.excerpt()),
            body_len: Some(self.body_len),
            retry: self.retry().as_str(),
            retry_after: self.retry_after,
            ..Default::default()
        }
        .serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(content_type: Option<&str>) -> Unrecognized {
        let problem = Problem {
            reason: UnrecognizedReason::NotAnEnvelope,
            detail: "an HTML page".into(),
        };
        Unrecognized::new(
            502,
            Some(Format::Xml),
            problem,
            b"<html>x</html>",
            &HeaderFacts::content_type_only(content_type),
        )
    }

    #[test]
    fn content_type_and_excerpt_stay_apart() {
        for content_type in [None, Some(""), Some("text/html; charset=utf-8")] {
            let u = html(content_type);
            assert_eq!(u.content_type(), content_type);
            assert_eq!(u.excerpt(), "<html>x</html>");
        }
        assert_ne!(html(None), html(Some("")));
    }
}

/// Appends at most [`EXCERPT_LIMIT`] bytes of the body to `out` as valid UTF-8: invalid
/// bytes become U+FFFD, and the cut falls on a character boundary. Reads only the start of
/// the body.
pub(crate) fn push_excerpt(out: &mut String, body: &[u8]) {
    // Each input byte gives at least one output byte, so the output is full before this
    // prefix runs out; the 3 extra bytes complete a character that starts before the limit.
    let head = &body[..body.len().min(EXCERPT_LIMIT + 3)];
    // The common case, valid UTF-8, checked by std's fast path (`utf8_chunks` goes byte by byte).
    if let Ok(text) = std::str::from_utf8(head) {
        out.push_str(&text[..text.floor_char_boundary(EXCERPT_LIMIT)]);
        return;
    }
    let limit = out.len() + EXCERPT_LIMIT;
    for chunk in head.utf8_chunks() {
        let valid = chunk.valid();
        let room = limit - out.len();
        if valid.len() > room {
            out.push_str(&valid[..valid.floor_char_boundary(room)]);
            break;
        }
        out.push_str(valid);
        if !chunk.invalid().is_empty() {
            if out.len() + '\u{FFFD}'.len_utf8() > limit {
                break;
            }
            out.push('\u{FFFD}');
        }
    }
}

#[cfg(test)]
mod excerpt_tests {
    use super::*;

    /// The excerpt a reader expects: the lossy text, cut to the limit on a char boundary.
    fn expected(body: &[u8]) -> String {
        let mut out = String::new();
        for ch in String::from_utf8_lossy(body).chars() {
            if out.len() + ch.len_utf8() > EXCERPT_LIMIT {
                break;
            }
            out.push(ch);
        }
        out
    }

    #[test]
    fn excerpts_cut_on_boundaries_and_read_only_the_start() {
        let mut cases: Vec<Vec<u8>> = Vec::new();
        for pad in 1018..=1026 {
            for tail in ["\u{201C}xyz", "é", "\u{1F600}", "a"] {
                let mut body = vec![b'x'; pad];
                body.extend_from_slice(tail.as_bytes());
                cases.push(body.clone());
                // Cut through the last character, and an invalid byte near the limit.
                cases.push(body[..body.len() - 1].to_vec());
                body.insert(pad - 2, 0xFF);
                cases.push(body);
            }
        }
        cases.push(vec![0xFF; 5000]);
        cases.push("é".repeat(3000).into_bytes());
        cases.push(Vec::new());
        for body in cases {
            // After other text, as `Unrecognized` keeps it: the limit counts from the excerpt.
            let mut got = String::from("text/html");
            push_excerpt(&mut got, &body);
            let got = got.strip_prefix("text/html").unwrap();
            assert!(got.len() <= EXCERPT_LIMIT);
            assert_eq!(got, expected(&body), "{} bytes", body.len());
        }
    }
}
