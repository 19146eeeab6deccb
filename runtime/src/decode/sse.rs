//! Server-sent events: a streaming call's whole body, read (feature `sse`) with the
//! `eventsource-stream` parser, for its error event, its real status and its last data.

#[cfg(feature = "sse")]
use std::convert::Infallible;
#[cfg(feature = "sse")]
use std::pin::Pin;
#[cfg(feature = "sse")]
use std::task::{Context, Poll, Waker};

#[cfg(feature = "sse")]
use eventsource_stream::Eventsource as _;
#[cfg(feature = "sse")]
use futures_core::Stream;

#[cfg(feature = "sse")]
use super::envelope::Fields;
#[cfg(feature = "sse")]
use super::json;
use super::{Problem, UnrecognizedReason};

/// Whether a body is an event stream: its first line that is not blank is a field
/// (`data:`, `event:`, `id:`, `retry:`) or a comment (`:`), whatever the Content-Type says.
pub(crate) fn looks_like(body: &[u8]) -> bool {
    // Only the start is read: a JSON or XML body is told by its first byte.
    let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
    let start = body.trim_ascii_start();
    if !matches!(start.first(), Some(b':' | b'd' | b'e' | b'i' | b'r')) {
        return false;
    }
    start.starts_with(b":")
        || [&b"data:"[..], b"event:", b"id:", b"retry:"]
            .iter()
            .any(|field| start.starts_with(field))
}

/// Without the `sse` feature, an event stream is not read.
#[cfg(not(feature = "sse"))]
pub(crate) fn unread() -> Problem {
    Problem {
        reason: UnrecognizedReason::UnknownFormat,
        detail: "an event stream (read with the `sse` feature)".into(),
    }
}

#[cfg(feature = "sse")]
/// What a stream says: the status of its `:HTTP_STATUS/NNN` comment, its first error
/// event's data, and its last data that is JSON (for a success).
#[derive(Debug, Default)]
pub(crate) struct Scan {
    pub status: Option<u16>,
    pub error: Option<String>,
    pub last_json: Option<String>,
}

#[cfg(feature = "sse")]
/// The body in pieces: the parser's buffer then holds at most an event and a piece, so a
/// stream of many events is read in linear time.
struct Pieces<'a>(&'a [u8]);

#[cfg(feature = "sse")]
const PIECE: usize = 4096;

#[cfg(feature = "sse")]
impl<'a> Stream for Pieces<'a> {
    type Item = Result<&'a [u8], Infallible>;

    fn poll_next(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        if this.0.is_empty() {
            return Poll::Ready(None);
        }
        let (piece, rest) = this.0.split_at(this.0.len().min(PIECE));
        this.0 = rest;
        Poll::Ready(Some(Ok(piece)))
    }
}

#[cfg(feature = "sse")]
/// Reads every event of a whole body (the body's end ends its last event).
pub(crate) fn scan(body: &[u8]) -> Result<Scan, Problem> {
    let mut scan = Scan {
        status: http_status_comment(body),
        ..Scan::default()
    };
    // The stream ends with the body: a last event without its blank line is complete.
    let ended = [body, b"\n\n"].concat();
    let mut events = Pieces(&ended).eventsource();
    let waker = Waker::noop();
    let mut cx = Context::from_waker(waker);
    loop {
        // Every piece is ready at once: the stream never waits.
        let event = match Pin::new(&mut events).poll_next(&mut cx) {
            Poll::Ready(Some(Ok(event))) => event,
            Poll::Ready(Some(Err(err))) => {
                return Err(Problem {
                    reason: UnrecognizedReason::Malformed,
                    detail: format!("event stream: {err}").into(),
                });
            }
            Poll::Ready(None) | Poll::Pending => break,
        };
        let data = event.data.trim_ascii();
        let is_json = data.starts_with('{');
        if scan.error.is_none() && (event.event == "error" || is_json && is_envelope(data)) {
            scan.error = Some(event.data);
            continue;
        }
        if is_json {
            scan.last_json = Some(event.data);
        }
    }
    Ok(scan)
}

#[cfg(feature = "sse")]
/// Whether an event's data is an error envelope.
fn is_envelope(data: &str) -> bool {
    let mut fields = Fields::default();
    json::error_fields(data, &mut fields).is_ok() && fields.is_error_in_success()
}

#[cfg(feature = "sse")]
/// The status in Model Studio's `:HTTP_STATUS/400` comment: the real one of a stream sent
/// with 200.
fn http_status_comment(body: &[u8]) -> Option<u16> {
    body.split(|&b| b == b'\n').find_map(|line| {
        let digits = line.trim_ascii().strip_prefix(b":HTTP_STATUS/")?;
        let status: u16 = std::str::from_utf8(digits).ok()?.parse().ok()?;
        (100..600).contains(&status).then_some(status)
    })
}
