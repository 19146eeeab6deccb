//! [`Error`]: a failed call, the server's envelope or a body that is not one.

use std::fmt;

use super::{ApiError, Unrecognized};
use crate::code::ErrorCode;
use crate::entry::Retry;

/// A failed call: the server's error envelope, or a body that is not one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error<E> {
    /// An error envelope: the server's code, message, RequestId and the rest.
    Api(ApiError<E>),
    /// Anything else (a gateway's HTML page, an empty, truncated or binary body, a success
    /// body that does not fit the data type): kept as status, Content-Type and excerpt.
    Unrecognized(Unrecognized),
}

impl<E> Error<E> {
    /// The same failure with an API error's kind seen as another kind of the same table
    /// ([`ApiError::map_kind`]): a product's code as one of its operations' kinds, or back.
    pub fn map_kind<F: From<E>>(self) -> Error<F> {
        match self {
            Error::Api(e) => Error::Api(e.map_kind()),
            Error::Unrecognized(u) => Error::Unrecognized(u),
        }
    }
}

impl<E: ErrorCode> Error<E> {
    /// The HTTP status of the response.
    pub fn http_status(&self) -> u16 {
        match self {
            Error::Api(e) => e.http_status(),
            Error::Unrecognized(u) => u.http_status(),
        }
    }

    /// Whether and how to retry: see [`ApiError::retry`] and [`Unrecognized::retry`].
    pub fn retry(&self) -> Retry {
        match self {
            Error::Api(e) => e.retry(),
            Error::Unrecognized(u) => u.retry(),
        }
    }

    /// The server's RequestId: the body's, else the headers'.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Api(e) => e.request_id(),
            Error::Unrecognized(u) => u.request_id(),
        }
    }

    /// How long the server asked the caller to wait (`x-acs-retry-after`), when known.
    pub fn retry_after(&self) -> Option<std::time::Duration> {
        match self {
            Error::Api(e) => e.retry_after(),
            Error::Unrecognized(u) => u.retry_after(),
        }
    }

    /// The error envelope, if the body was one.
    pub fn as_api(&self) -> Option<&ApiError<E>> {
        match self {
            Error::Api(e) => Some(e),
            Error::Unrecognized(_) => None,
        }
    }
}

/// Transparent: the inner error's `Display`.
impl<E: ErrorCode> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Api(e) => e.fmt(f),
            Error::Unrecognized(u) => u.fmt(f),
        }
    }
}

/// Transparent: the source is the inner error's own (so a chain printed by anyhow or eyre
/// shows the message once).
impl<E: ErrorCode> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Api(e) => std::error::Error::source(e),
            Error::Unrecognized(u) => std::error::Error::source(u),
        }
    }
}

/// With the `serde` feature, for structured logs: the `ApiError` or the `Unrecognized`, each
/// with an `outcome` key (`error`, `unrecognized`).
#[cfg(feature = "serde")]
impl<E: ErrorCode> serde::Serialize for Error<E> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Error::Api(e) => e.serialize(serializer),
            Error::Unrecognized(u) => u.serialize(serializer),
        }
    }
}

impl<E> From<ApiError<E>> for Error<E> {
    fn from(e: ApiError<E>) -> Self {
        Error::Api(e)
    }
}

impl<E> From<Unrecognized> for Error<E> {
    fn from(u: Unrecognized) -> Self {
        Error::Unrecognized(u)
    }
}

/// An attempt that [`retry::run`](crate::retry::run) cut: an [`Unrecognized`] whose reason
/// is [`TimedOut`](super::UnrecognizedReason::TimedOut), so that an operation returning
/// `Result<T, Error<E>>` goes into the loop as it is.
impl<E> From<crate::retry::TimedOut> for Error<E> {
    fn from(timed_out: crate::retry::TimedOut) -> Self {
        Error::Unrecognized(Unrecognized::timed_out(timed_out))
    }
}
