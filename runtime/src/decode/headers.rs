//! What a response's headers say: the request id (by a documented precedence), the wait,
//! API Gateway's error, OSS's `x-oss-err`, Function Compute's `X-Fc-Error-Type`.

use std::borrow::Cow;

use super::envelope::{Field, Fields};

/// What a response's headers add to its body, read once from the header map (or the CLI's
/// `--header` lines), then handed to every error as it is built.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct HeaderFacts<'h> {
    pub content_type: Option<&'h str>,
    /// The request id of the headers, by [`request_id_rank`]: for a body without one.
    pub request_id: Option<&'h str>,
    request_id_rank: u8,
    /// MaxCompute's `x-odps-request-id`: it names the request even when the body's differs.
    pub odps_request_id: Option<&'h str>,
    /// Function Compute's `X-Fc-Error-Type`: the function itself failed (even with 200).
    pub fc_error_type: Option<&'h str>,
    /// `x-fc-request-id` or `x-datahub-request-id` came: the envelope is that family's.
    pub fc: bool,
    pub datahub: bool,
    /// `x-acs-retry-after` (milliseconds), else `Retry-After` (seconds).
    pub retry_after: Option<std::time::Duration>,
    /// The delay was `x-acs-retry-after`: the gateway throttled the call.
    pub throttled: bool,
    /// API Gateway's `X-Ca-Error-Code` and `X-Ca-Error-Message`.
    pub gateway_code: Option<&'h str>,
    pub gateway_message: Option<&'h str>,
    /// OSS's `x-oss-err`: the error XML, base64, of a response without a body (HEAD).
    pub oss_err: Option<&'h str>,
}

impl<'h> HeaderFacts<'h> {
    /// Reads the facts from `(name, value)` pairs; names compared without case.
    pub(crate) fn from_pairs(pairs: impl IntoIterator<Item = (&'h str, &'h str)>) -> Self {
        use std::time::Duration;
        let mut facts = HeaderFacts::default();
        let (mut acs_retry, mut retry_after) = (None, None);
        for (name, value) in pairs {
            // `http` gives names in lowercase; other callers' are lowered here.
            let lowered;
            let name = if name.bytes().any(|b| b.is_ascii_uppercase()) {
                lowered = name.to_ascii_lowercase();
                lowered.as_str()
            } else {
                name
            };
            let text = || Some(value.trim_ascii()).filter(|v| !v.is_empty());
            match name {
                "content-type" => facts.content_type = facts.content_type.or(Some(value)),
                "x-odps-request-id" => {
                    facts.odps_request_id = facts.odps_request_id.or_else(text);
                }
                "x-fc-error-type" => facts.fc_error_type = facts.fc_error_type.or_else(text),
                "x-acs-retry-after" => {
                    acs_retry = acs_retry.or_else(|| positive(value).map(Duration::from_millis));
                }
                "retry-after" => {
                    retry_after = retry_after.or_else(|| positive(value).map(Duration::from_secs));
                }
                "x-ca-error-code" => facts.gateway_code = facts.gateway_code.or_else(text),
                "x-ca-error-message" => facts.gateway_message = facts.gateway_message.or_else(text),
                "x-oss-err" => facts.oss_err = facts.oss_err.or_else(text),
                _ => {
                    let Some(rank) = request_id_rank(name) else {
                        continue;
                    };
                    facts.fc |= name == "x-fc-request-id";
                    facts.datahub |= name == "x-datahub-request-id";
                    if let Some(id) = text()
                        && (facts.request_id.is_none() || rank < facts.request_id_rank)
                    {
                        facts.request_id = Some(id);
                        facts.request_id_rank = rank;
                    }
                }
            }
        }
        facts.throttled = acs_retry.is_some();
        facts.retry_after = acs_retry.or(retry_after);
        facts
    }
}

/// The rank of a request-id header (lowercase name), lower first; `None` for another header:
/// the gateways' own, then the services' (Function Compute, DataHub), then the generic
/// `x-request-id` (Model Studio). MaxCompute's `x-odps-request-id` is apart: it wins over
/// the body's.
fn request_id_rank(name: &str) -> Option<u8> {
    match name {
        "x-acs-request-id" | "x-oss-request-id" | "x-mns-request-id" | "x-log-requestid"
        | "x-ca-request-id" => Some(0),
        "x-fc-request-id" | "x-datahub-request-id" => Some(1),
        "x-request-id" => Some(2),
        _ => None,
    }
}

impl<'h> HeaderFacts<'h> {
    /// The facts of a response decoded without its headers: its Content-Type alone.
    pub(crate) fn content_type_only(content_type: Option<&'h str>) -> Self {
        HeaderFacts {
            content_type,
            ..HeaderFacts::default()
        }
    }

    /// The request id of a body that had `body` (or none): MaxCompute's wins, then the
    /// body's, then the other headers'.
    pub(crate) fn request_id_for<'a>(&self, body: Option<&'a str>) -> Option<&'a str>
    where
        'h: 'a,
    {
        self.odps_request_id.or(body).or(self.request_id)
    }

    /// The headers' request ids on an envelope's fields, by [`request_id_for`](Self::request_id_for).
    pub(crate) fn fill_request_id<'b>(&self, fields: &mut Fields<'b>)
    where
        'h: 'b,
    {
        if let Some(id) = self.odps_request_id {
            fields.replace(Field::RequestId, Cow::Borrowed(id));
        } else if let Some(id) = self
            .request_id
            .filter(|_| fields.get(Field::RequestId).is_none())
        {
            fields.set(Field::RequestId, Cow::Borrowed(id));
        }
    }
}

/// A positive whole number (a missing, empty, non-numeric, zero or negative value is none).
fn positive(value: &str) -> Option<u64> {
    value.trim_ascii().parse::<u64>().ok().filter(|&n| n > 0)
}
