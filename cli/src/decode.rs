//! `aliyun-errors decode`: a saved response body, decoded against the ECS table.

use std::fmt::Write as _;
use std::io::Read as _;
use std::path::PathBuf;

use aliyun_errors::ecs::EcsError;
use aliyun_errors::{ApiError, Decoder, Error, ErrorCode, Format, Unrecognized};
use serde::de::IgnoredAny;
use serde_json::{Value, json};

use crate::{Failure, row_json};

/// Decode a saved response body (XML or JSON) against the ECS table.
///
/// Without --status, a body holding a `Code` is taken as an HTTP 400 error and any other
/// body as an HTTP 200 success.
#[derive(clap::Args)]
pub(crate) struct Args {
    /// The body: a file, or - (the default) for standard input.
    file: Option<PathBuf>,
    /// The HTTP status of the response (default: 400 if the body holds a Code, else 200).
    #[arg(long)]
    status: Option<u16>,
    /// The response's Content-Type (the body's own format wins when they disagree).
    #[arg(long)]
    content_type: Option<String>,
    /// Print JSON: outcome, http_status, format, request_id, host_id, code, known, variant,
    /// family, message, recommend, retry, entry, excerpt.
    #[arg(long)]
    json: bool,
}

pub(crate) fn run(args: &Args) -> Result<String, Failure> {
    let body = read_body(args.file.as_deref())?;
    let content_type = args.content_type.as_deref();
    let decoder = Decoder::new();
    let outcome = match args.status {
        Some(status) => decoder
            .decode::<IgnoredAny, EcsError>(status, content_type, &body)
            .map(|r| (status, r.request_id)),
        None => match decoder.decode_error::<EcsError>(400, content_type, &body) {
            Error::Api(api) => Err(Error::Api(api)),
            Error::Unrecognized(_) => decoder
                .decode::<IgnoredAny, EcsError>(200, content_type, &body)
                .map(|r| (200, r.request_id)),
        },
    };
    let format = Format::detect(content_type, &body);
    let value = match &outcome {
        Ok((status, request_id)) => success_json(*status, format, request_id.as_deref()),
        Err(Error::Api(api)) => api_json(api),
        Err(Error::Unrecognized(u)) => unrecognized_json(u),
    };
    if args.json {
        Ok(crate::to_json(&value))
    } else {
        Ok(text(&value))
    }
}

fn read_body(file: Option<&std::path::Path>) -> Result<Vec<u8>, Failure> {
    match file {
        Some(path) if path.as_os_str() != "-" => std::fs::read(path)
            .map_err(|e| Failure::new(format!("cannot read {}: {e}", path.display()))),
        _ => {
            let mut body = Vec::new();
            std::io::stdin()
                .read_to_end(&mut body)
                .map_err(|e| Failure::new(format!("cannot read standard input: {e}")))?;
            Ok(body)
        }
    }
}

/// Every key, null where absent, so that consumers can rely on the shape.
fn base(outcome: &str, http_status: u16) -> serde_json::Map<String, Value> {
    let mut map = serde_json::Map::new();
    map.insert("outcome".into(), outcome.into());
    map.insert("http_status".into(), http_status.into());
    for key in [
        "format",
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
        "retry",
        "entry",
        "kind",
        "detail",
        "excerpt",
    ] {
        map.insert(key.into(), Value::Null);
    }
    map
}

fn success_json(http_status: u16, format: Option<Format>, request_id: Option<&str>) -> Value {
    let mut map = base("success", http_status);
    map.insert("format".into(), json!(format.map(Format::as_str)));
    map.insert("request_id".into(), json!(request_id));
    Value::Object(map)
}

fn api_json(api: &ApiError<EcsError>) -> Value {
    let mut map = base("error", api.http_status());
    let fields = [
        ("format", json!(api.format().as_str())),
        ("request_id", json!(api.request_id())),
        ("host_id", json!(api.host_id())),
        ("code", json!(api.code())),
        ("known", json!(api.kind().is_some())),
        ("variant", json!(api.kind().map(|c| format!("{c:?}")))),
        ("family", json!(api.family().map(|f| f.code()))),
        ("message", json!(api.message())),
        ("recommend", json!(api.recommend())),
        ("access_denied_detail", json!(api.access_denied_detail())),
        ("retry", json!(api.retry().as_str())),
        ("entry", json!(api.entry().map(row_json))),
    ];
    for (key, value) in fields {
        map.insert(key.into(), value);
    }
    Value::Object(map)
}

fn unrecognized_json(u: &Unrecognized) -> Value {
    let mut map = base("unrecognized", u.http_status());
    let fields = [
        ("format", json!(u.format().map(Format::as_str))),
        ("content_type", json!(u.content_type())),
        ("retry", json!(u.retry().as_str())),
        ("kind", json!(u.kind().as_str())),
        ("detail", json!(u.detail())),
        ("excerpt", json!(u.excerpt())),
    ];
    for (key, value) in fields {
        map.insert(key.into(), value);
    }
    Value::Object(map)
}

/// The JSON's non-null fields as `key: value` lines.
fn text(value: &Value) -> String {
    let mut out = String::new();
    if let Value::Object(map) = value {
        for (key, value) in map {
            let shown = match value {
                Value::Null => continue,
                Value::String(s) => s.clone(),
                Value::Object(row) => format!(
                    "{} {}",
                    row.get("http_status").unwrap_or(&Value::Null),
                    row.get("message").and_then(Value::as_str).unwrap_or("")
                ),
                other => other.to_string(),
            };
            let _ = writeln!(out, "{key:<12} {shown}");
        }
    }
    out
}
