//! [`Style`]: the shape of an error envelope, which family of gateways sent it.

use std::fmt;

/// The shape of an error envelope: which family of Alibaba Cloud gateways sent it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Style {
    /// RPC APIs (ECS, VPC, RAM, SMS, …): `Code`, `Message`, `RequestId`, `HostId`.
    Rpc,
    /// ROA APIs (Container Service, ROS, …): `code`, `message`, `requestId` (or the older
    /// `errorCode`, `errorMsg`).
    Roa,
    /// OSS and the message service: XML `<Error>` with `EC`, `RecommendDoc` or a namespace;
    /// JSON `{"Error": {…}}`.
    Oss,
    /// Log service: `errorCode`, `errorMessage` (or `error_code`, `error_message`).
    Sls,
    /// API Gateway: the error in `X-Ca-Error-*` headers, the body the backend's own.
    Gateway,
    /// Function Compute: `ErrorCode`, `ErrorMessage` (3.0), or the 2.0 API's `errorCode`,
    /// `errorMessage` with `x-fc-request-id`; a function's own error (`X-Fc-Error-Type`).
    Fc,
    /// DataHub: `ErrorCode`, `ErrorMessage` with `x-datahub-request-id`.
    DataHub,
    /// Model Studio (DashScope), native: `request_id`, `code`, `message`, or the code
    /// nested under `error`.
    DashScope,
    /// Model Studio's OpenAI-compatible mode: `{"error": {"message", "type", "param",
    /// "code"}}`, the code possibly absent.
    OpenAi,
    /// The legacy open platform (Alidayu/TOP): `{"error_response": {"code", "msg",
    /// "sub_code", "sub_msg", "request_id"}}`.
    Top,
}

impl Style {
    /// Every style, in order.
    pub const ALL: [Style; 10] = [
        Style::Rpc,
        Style::Roa,
        Style::Oss,
        Style::Sls,
        Style::Gateway,
        Style::Fc,
        Style::DataHub,
        Style::DashScope,
        Style::OpenAi,
        Style::Top,
    ];

    /// The style named by its word ([`as_str`](Self::as_str)).
    pub fn from_word(word: &str) -> Option<Style> {
        Style::ALL.into_iter().find(|s| s.as_str() == word)
    }

    /// `rpc`, `roa`, `oss`, `sls`, `gateway`, `fc`, `datahub`, `dashscope`, `openai` or
    /// `top`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Style::Rpc => "rpc",
            Style::Roa => "roa",
            Style::Oss => "oss",
            Style::Sls => "sls",
            Style::Gateway => "gateway",
            Style::Fc => "fc",
            Style::DataHub => "datahub",
            Style::DashScope => "dashscope",
            Style::OpenAi => "openai",
            Style::Top => "top",
        }
    }
}

impl fmt::Display for Style {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_style_is_named_by_its_word() {
        for style in Style::ALL {
            assert_eq!(Style::from_word(style.as_str()), Some(style));
        }
        assert_eq!(Style::from_word("OSS"), None);
        assert_eq!(Style::DashScope.to_string(), "dashscope");
    }
}
