//! Each envelope style's own retry rules (its service family's), as its official SDK (or, where the SDK has none, its
//! documentation) gives them; applied when an error's [`Style`] is that family's. README's
//! table lists each rule with its source.

use crate::decode::Style;
use crate::entry::Retry;

/// Whether a style has rules of its own (the others' errors skip the lookup).
pub(crate) fn has_style_rules(style: Style) -> bool {
    matches!(
        style,
        Style::Oss | Style::Sls | Style::Fc | Style::DashScope | Style::OpenAi
    )
}

/// The class a style's rules give an error, or `None` to let the table (or the status)
/// decide.
pub(crate) fn style_rule(style: Style, code: &str, http_status: u16) -> Option<Retry> {
    match style {
        Style::Oss => oss(code, http_status),
        Style::Sls => sls(code, http_status),
        Style::Fc => fc(code, http_status),
        Style::DashScope | Style::OpenAi => model_studio(code, http_status),
        _ => None,
    }
}

/// OSS's v2 SDKs' retryers (Go `retry/retryable_error.go`, Java `oss2.retry`): a service
/// error with status 5xx, 401, 408 or 429, or the code `RequestTimeTooSkewed` (the SDKs
/// correct their clock first) or `BadRequest`. (The Go SDK also retries every 400; the
/// Java and .NET ones do not, and neither does this rule: 400 `InvalidArgument` fails the
/// same again.)
fn oss(code: &str, http_status: u16) -> Option<Retry> {
    match (code, http_status) {
        (_, 429) => Some(Retry::Throttling),
        ("RequestTimeTooSkewed" | "BadRequest", _) => Some(Retry::Transient),
        (_, 401 | 408) => Some(Retry::Transient),
        (_, status) if status >= 500 => Some(Retry::Transient),
        _ => None,
    }
}

/// The log service's official producer (`RetriableErrors`): the write quotas are
/// throttling; `InternalServerError`, `ServerBusy`, `RequestError`, `BadResponse` and
/// `Unauthorized` (an STS token being rotated) transient; any 5xx transient.
fn sls(code: &str, http_status: u16) -> Option<Retry> {
    match code {
        "WriteQuotaExceed" | "ShardWriteQuotaExceed" | "ExceedQuota" => Some(Retry::Throttling),
        "InternalServerError" | "ServerBusy" | "RequestError" | "BadResponse" | "Unauthorized" => {
            Some(Retry::Transient)
        }
        _ if http_status >= 500 => Some(Retry::Transient),
        _ => None,
    }
}

/// Function Compute's error-code documentation: `ResourceExhausted` (429) and
/// `ResourceThrottled` (503) are limits being hit: throttling; `InternalServerError`
/// ("Please retry") transient; `ConcurrentUpdateError` ("update one after another") a state
/// conflict. A function's own error (`X-Fc-Error-Type`) re-runs user code: never.
fn fc(code: &str, http_status: u16) -> Option<Retry> {
    match code {
        "UnhandledInvocationError" | "HandledInvocationError" => Some(Retry::Never),
        "ResourceExhausted" | "ResourceThrottled" => Some(Retry::Throttling),
        "InternalServerError" => Some(Retry::Transient),
        "ConcurrentUpdateError" => Some(Retry::Conflict),
        _ if http_status == 429 => Some(Retry::Throttling),
        _ if http_status >= 500 => Some(Retry::Transient),
        _ => None,
    }
}

/// Model Studio's error-code documentation: a rate limit (`Throttling`,
/// `Throttling.RateQuota`, the OpenAI mode's `rate_limit_exceeded`) is throttling; an
/// exhausted quota (`Throttling.AllocationQuota`, `insufficient_quota`) is not retried
/// ("follow the relevant entry before making another call"); `InternalError*`,
/// `ServiceUnavailable` and 5xx are transient.
fn model_studio(code: &str, http_status: u16) -> Option<Retry> {
    match code {
        "Throttling.AllocationQuota" | "insufficient_quota" => Some(Retry::Never),
        "Throttling" | "Throttling.RateQuota" | "rate_limit_exceeded" => Some(Retry::Throttling),
        _ if code.starts_with("InternalError") || code == "ServiceUnavailable" => {
            Some(Retry::Transient)
        }
        _ if http_status == 429 => Some(Retry::Throttling),
        _ if http_status >= 500 => Some(Retry::Transient),
        _ => None,
    }
}
