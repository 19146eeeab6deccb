//! [`Format`]: XML or JSON, from the request parameter, a Content-Type or the body.

use std::fmt;
use std::str::FromStr;

/// The two formats of Alibaba Cloud API responses, chosen by the `Format` request parameter
/// (XML by default).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// `Format=XML`, the default.
    Xml,
    /// `Format=JSON`.
    Json,
}

impl Format {
    /// The lowercase name: `xml` or `json`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Format::Xml => "xml",
            Format::Json => "json",
        }
    }

    /// From a `Format` request parameter value, case-insensitive: `XML`, `json`, ...
    pub fn from_param(value: &str) -> Option<Format> {
        if value.eq_ignore_ascii_case("xml") {
            Some(Format::Xml)
        } else if value.eq_ignore_ascii_case("json") {
            Some(Format::Json)
        } else {
            None
        }
    }

    /// From a Content-Type: `application/json`, `text/json`, `application/xml`, `text/xml`
    /// (and `+json`/`+xml` suffixes), any case, parameters ignored.
    ///
    /// ```
    /// use aliyun_errors::Format;
    /// assert_eq!(Format::from_content_type("Application/JSON; charset=UTF-8"), Some(Format::Json));
    /// assert_eq!(Format::from_content_type("text/xml"), Some(Format::Xml));
    /// assert_eq!(Format::from_content_type("text/html"), None);
    /// ```
    pub fn from_content_type(content_type: &str) -> Option<Format> {
        let essence = content_type.split(';').next().unwrap_or("").trim();
        let (kind, subtype) = essence.split_once('/')?;
        let is = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
        if !(is(kind, "application") || is(kind, "text")) {
            return None;
        }
        let suffix = |s: &str| {
            subtype.len() > s.len()
                && subtype.is_char_boundary(subtype.len() - s.len())
                && is(&subtype[subtype.len() - s.len()..], s)
        };
        if is(subtype, "json") || suffix("+json") {
            Some(Format::Json)
        } else if is(subtype, "xml") || suffix("+xml") {
            Some(Format::Xml)
        } else {
            None
        }
    }

    /// From the body: its first non-space byte after an optional UTF-8 BOM, `{` or `[` for
    /// JSON, `<` for XML.
    ///
    /// ```
    /// use aliyun_errors::Format;
    /// assert_eq!(Format::sniff(b"\xEF\xBB\xBF \n{\"Code\":1}"), Some(Format::Json));
    /// assert_eq!(Format::sniff(b"<?xml version=\"1.0\"?><Error/>"), Some(Format::Xml));
    /// assert_eq!(Format::sniff(b"Bad Gateway"), None);
    /// ```
    pub fn sniff(body: &[u8]) -> Option<Format> {
        let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
        match body.iter().find(|b| !b.is_ascii_whitespace())? {
            b'{' | b'[' => Some(Format::Json),
            b'<' => Some(Format::Xml),
            _ => None,
        }
    }

    /// The format of a response: the body's, else the Content-Type's (the body wins when
    /// they disagree: servers mislabel, bytes do not).
    pub fn detect(content_type: Option<&str>, body: &[u8]) -> Option<Format> {
        Format::sniff(body).or_else(|| content_type.and_then(Format::from_content_type))
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// The error of `Format::from_str`: neither `xml` nor `json`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownFormat(String);

impl fmt::Display for UnknownFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown format {:?}, expected XML or JSON", self.0)
    }
}

impl std::error::Error for UnknownFormat {}

impl FromStr for Format {
    type Err = UnknownFormat;

    /// Parses a `Format` request parameter value, case-insensitive.
    fn from_str(value: &str) -> Result<Format, UnknownFormat> {
        Format::from_param(value).ok_or_else(|| UnknownFormat(value.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_types() {
        for (ct, f) in [
            ("application/json", Some(Format::Json)),
            ("text/json", Some(Format::Json)),
            ("APPLICATION/XML", Some(Format::Xml)),
            ("text/xml;charset=utf-8", Some(Format::Xml)),
            (" application/problem+json ", Some(Format::Json)),
            ("application/atom+XML", Some(Format::Xml)),
            ("text/html", None),
            ("image/json", None),
            ("json", None),
            ("", None),
            ("application/\u{e9}json", None),
            // A suffix needs something before it; what comes before may be any text.
            ("application/+json", None),
            ("application/\u{e9}+json", Some(Format::Json)),
        ] {
            assert_eq!(Format::from_content_type(ct), f, "{ct:?}");
        }
    }

    #[test]
    fn params_and_detection() {
        assert_eq!("JSON".parse::<Format>(), Ok(Format::Json));
        assert_eq!("xml".parse::<Format>(), Ok(Format::Xml));
        assert!("yaml".parse::<Format>().is_err());
        assert_eq!(
            Format::detect(Some("application/json"), b"<Error/>"),
            Some(Format::Xml)
        );
        assert_eq!(Format::detect(Some("text/xml"), b" {}"), Some(Format::Json));
        assert_eq!(Format::detect(Some("text/xml"), b""), Some(Format::Xml));
        assert_eq!(Format::detect(None, b"\xEF\xBB\xBF"), None);
    }
}
