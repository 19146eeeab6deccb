//! An error's retry class, decided in one place ([`error_class`]): the headers, each envelope
//! family's own rules (its official SDK's, or where the SDK has none its documentation's),
//! the table's row, and the status. README's table lists each family's rule with its source.

use crate::decode::Style;
use crate::entry::Retry;

/// The retry class of an error as it was sent, the one rule that [`ApiError::retry`]
/// answers with and [`RetryPolicy`] acts on, in order:
///
/// 1. `throttled`: the gateway asked for a delay (`x-acs-retry-after`): throttling;
/// 2. the rule of `style`'s family for the code or the status, where it has one (OSS, the
///    log service, Function Compute, Model Studio): a family's SDK retries by these whatever
///    the table says (`None`: no family's rules, as a policy with `style_rules(false)`);
/// 3. `row`: the table's class of the code (its own row, its template's or its family's);
/// 4. the status alone ([`Retry::for_status`]).
///
/// `style` is the product's ([`Table::style`]) where it has one, else the envelope's
/// ([`Table::retry_of`] chooses it).
///
/// ```
/// use aliyun_errors::{Retry, Style, retry::error_class};
/// // OSS's SDKs retry a skewed clock (after correcting it), whatever the table says.
/// let oss = Some(Style::Oss);
/// assert_eq!(error_class(Some(Retry::Never), oss, "RequestTimeTooSkewed", 403, false), Retry::Transient);
/// // Elsewhere the table's class stands, then the status's.
/// let rpc = Some(Style::Rpc);
/// assert_eq!(error_class(Some(Retry::Never), rpc, "RequestTimeTooSkewed", 403, false), Retry::Never);
/// assert_eq!(error_class(Some(Retry::Never), None, "RequestTimeTooSkewed", 403, false), Retry::Never);
/// assert_eq!(error_class(None, rpc, "Unknown", 503, false), Retry::Transient);
/// assert_eq!(error_class(Some(Retry::Never), rpc, "Unknown", 400, true), Retry::Throttling);
/// ```
///
/// [`ApiError::retry`]: crate::ApiError::retry
/// [`RetryPolicy`]: crate::RetryPolicy
/// [`Table::style`]: crate::Table::style
/// [`Table::retry_of`]: crate::Table::retry_of
pub fn error_class(
    row: Option<Retry>,
    style: Option<Style>,
    code: &str,
    http_status: u16,
    throttled: bool,
) -> Retry {
    if throttled {
        return Retry::Throttling;
    }
    style
        .and_then(|style| style_rule(style, code, http_status))
        .or(row)
        .unwrap_or_else(|| Retry::for_status(http_status))
}

/// The class a family's rules give an error, or `None` to let the table (or the status)
/// decide.
fn style_rule(style: Style, code: &str, http_status: u16) -> Option<Retry> {
    match style {
        Style::Oss => oss(code, http_status),
        Style::Sls => sls(code, http_status),
        Style::Fc => fc(code, http_status),
        Style::DashScope | Style::OpenAi => model_studio(code, http_status),
        _ => None,
    }
}

/// Any 5xx: the families' SDKs retry every server error, where the general rule
/// ([`Retry::for_status`]) names four statuses and yields to the table's row.
fn server_error(http_status: u16) -> Option<Retry> {
    (500..=599)
        .contains(&http_status)
        .then_some(Retry::Transient)
}

/// OSS's v2 SDKs' retryers (Go `retry/retryable_error.go`, Java `oss2.retry`): a service
/// error with status 5xx, 401, 408 or 429, or the code `RequestTimeTooSkewed` (the SDKs
/// correct their clock first) or `BadRequest`. (The Go SDK also retries every 400; the
/// Java and .NET ones do not, and neither does this rule: 400 `InvalidArgument` fails the
/// same again.)
fn oss(code: &str, http_status: u16) -> Option<Retry> {
    match (code, http_status) {
        (_, 429) => Some(Retry::Throttling),
        ("RequestTimeTooSkewed" | "BadRequest", _) | (_, 401 | 408) => Some(Retry::Transient),
        _ => server_error(http_status),
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
        _ => server_error(http_status),
    }
}

/// Function Compute's error-code documentation: `ResourceExhausted` (429) and
/// `ResourceThrottled` (503) are limits being hit, as is any 429: throttling;
/// `InternalServerError` ("Please retry") and any 5xx transient; `ConcurrentUpdateError`
/// ("update one after another") a state conflict. A function's own error
/// (`X-Fc-Error-Type`) re-runs user code: never.
fn fc(code: &str, http_status: u16) -> Option<Retry> {
    match code {
        "UnhandledInvocationError" | "HandledInvocationError" => Some(Retry::Never),
        "ResourceExhausted" | "ResourceThrottled" => Some(Retry::Throttling),
        "InternalServerError" => Some(Retry::Transient),
        "ConcurrentUpdateError" => Some(Retry::Conflict),
        _ if http_status == 429 => Some(Retry::Throttling),
        _ => server_error(http_status),
    }
}

/// Model Studio's error-code documentation: a rate limit (`Throttling`,
/// `Throttling.RateQuota`, the OpenAI mode's `rate_limit_exceeded`, any 429) is throttling;
/// an exhausted quota (`Throttling.AllocationQuota`, `insufficient_quota`) is not retried
/// ("follow the relevant entry before making another call"); `InternalError*`,
/// `ServiceUnavailable` and any 5xx are transient.
fn model_studio(code: &str, http_status: u16) -> Option<Retry> {
    match code {
        "Throttling.AllocationQuota" | "insufficient_quota" => Some(Retry::Never),
        "Throttling" | "Throttling.RateQuota" | "rate_limit_exceeded" => Some(Retry::Throttling),
        "ServiceUnavailable" => Some(Retry::Transient),
        _ if code.starts_with("InternalError") => Some(Retry::Transient),
        _ if http_status == 429 => Some(Retry::Throttling),
        _ => server_error(http_status),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Retry::{Conflict, Never, Throttling, Transient};
    use Style::{DashScope, Fc, OpenAi, Oss, Rpc, Sls};

    /// Each case is sent with a table row of the other classes too: a family's rule wins
    /// over every row, so that a rule that merely repeats the table is told apart.
    #[track_caller]
    fn rule(style: Style, code: &str, status: u16, class: Retry) {
        for row in [
            None,
            Some(Never),
            Some(Throttling),
            Some(Transient),
            Some(Conflict),
        ] {
            assert_eq!(
                error_class(row, Some(style), code, status, false),
                class,
                "{style} {code} {status} with the row {row:?}"
            );
        }
    }

    /// No family rule: the table's row decides, else the status.
    #[track_caller]
    fn no_rule(style: Style, code: &str, status: u16) {
        for row in Retry::ALL {
            assert_eq!(
                error_class(Some(row), Some(style), code, status, false),
                row
            );
        }
        assert_eq!(
            error_class(None, Some(style), code, status, false),
            Retry::for_status(status),
            "{style} {code} {status}"
        );
    }

    #[test]
    fn oss_retries_as_its_v2_sdks() {
        rule(Oss, "RequestTimeTooSkewed", 403, Transient);
        rule(Oss, "BadRequest", 400, Transient);
        rule(Oss, "AccessDenied", 401, Transient);
        rule(Oss, "RequestTimeout", 408, Transient);
        rule(Oss, "SlowDown", 429, Throttling);
        rule(Oss, "BadRequest", 429, Throttling);
        for status in [500, 501, 503, 505, 599] {
            rule(Oss, "InternalError", status, Transient);
        }
        no_rule(Oss, "NoSuchKey", 404);
        no_rule(Oss, "InvalidArgument", 400);
        no_rule(Oss, "Other", 402);
        no_rule(Oss, "Other", 409);
        no_rule(Oss, "Other", 600);
        no_rule(Oss, "Other", 499);
    }

    #[test]
    fn the_log_service_retries_as_its_producer() {
        for code in ["WriteQuotaExceed", "ShardWriteQuotaExceed", "ExceedQuota"] {
            rule(Sls, code, 403, Throttling);
        }
        for code in [
            "InternalServerError",
            "ServerBusy",
            "RequestError",
            "BadResponse",
            "Unauthorized",
        ] {
            rule(Sls, code, 401, Transient);
        }
        rule(Sls, "Anything", 501, Transient);
        rule(Sls, "WriteQuotaExceed", 500, Throttling);
        no_rule(Sls, "ProjectNotExist", 404);
        no_rule(Sls, "Anything", 429);
    }

    #[test]
    fn function_compute_retries_by_its_documentation() {
        rule(Fc, "ResourceThrottled", 503, Throttling);
        rule(Fc, "ResourceExhausted", 400, Throttling);
        rule(Fc, "InternalServerError", 400, Transient);
        rule(Fc, "ConcurrentUpdateError", 409, Conflict);
        rule(Fc, "ConcurrentUpdateError", 503, Conflict);
        rule(Fc, "UnhandledInvocationError", 200, Never);
        rule(Fc, "HandledInvocationError", 502, Never);
        rule(Fc, "Anything", 429, Throttling);
        rule(Fc, "Anything", 505, Transient);
        no_rule(Fc, "FunctionNotFound", 404);
    }

    #[test]
    fn model_studio_tells_a_rate_from_a_quota() {
        for style in [DashScope, OpenAi] {
            rule(style, "Throttling", 400, Throttling);
            rule(style, "Throttling.RateQuota", 400, Throttling);
            rule(style, "rate_limit_exceeded", 400, Throttling);
            rule(style, "Throttling.AllocationQuota", 429, Never);
            rule(style, "insufficient_quota", 429, Never);
            rule(style, "InternalError.Algo", 400, Transient);
            rule(style, "InternalError", 400, Transient);
            rule(style, "ServiceUnavailable", 400, Transient);
            rule(style, "Anything", 429, Throttling);
            rule(style, "Anything", 501, Transient);
            no_rule(style, "InvalidParameter", 400);
            no_rule(style, "Internal", 400);
        }
    }

    #[test]
    fn other_styles_have_no_rules_and_the_header_wins_everywhere() {
        for style in [Rpc, Style::Roa, Style::Gateway, Style::DataHub, Style::Top] {
            no_rule(style, "RequestTimeTooSkewed", 403);
            no_rule(style, "Throttling", 503);
        }
        for style in [Rpc, Oss, Fc, DashScope] {
            for row in [None, Some(Never), Some(Conflict)] {
                assert_eq!(
                    error_class(row, Some(style), "UnhandledInvocationError", 400, true),
                    Throttling
                );
            }
        }
        // Without a family's rules: the row, else the status; the header still wins.
        assert_eq!(
            error_class(Some(Never), None, "InternalError", 503, false),
            Never
        );
        assert_eq!(
            error_class(None, None, "RequestTimeTooSkewed", 503, false),
            Transient
        );
        assert_eq!(error_class(Some(Never), None, "X", 400, true), Throttling);
    }
}
