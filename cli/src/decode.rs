//! `aliyun-errors decode`: a saved response body, decoded against the ECS table (or any
//! product's, `--product`).

use std::fmt::Write as _;
use std::io::Read as _;
use std::path::PathBuf;

use aliyun_errors::ecs::EcsError;
use aliyun_errors::{ApiError, Decoder, Error, Format, Unrecognized};
use serde::de::IgnoredAny;
use serde_json::{Value, json};

use crate::Failure;

/// Decode a saved response (XML or JSON body, or a whole HTTP response) against the ECS table.
///
/// Input that starts with `HTTP/` is a whole HTTP/1.x response as `curl -si` prints it:
/// status line, headers, blank line, body. Its status and headers are used (`--status`
/// overrides the status). Otherwise the input is a bare body; `--header` adds headers.
/// Without a status, a body holding an error code is taken as an HTTP 400 error and any
/// other body as an HTTP 200 success.
#[derive(clap::Args)]
pub(crate) struct Args {
    /// The response: a file, or - (the default) for standard input.
    file: Option<PathBuf>,
    /// The HTTP status of the response (default: the HTTP head's; else 400 if the body holds
    /// an error code, else 200).
    #[arg(long)]
    status: Option<u16>,
    /// The response's Content-Type (the body's own format wins when they disagree).
    #[arg(long)]
    content_type: Option<String>,
    /// A response header, `Name: value` (repeatable): x-acs-request-id, x-acs-retry-after,
    /// Retry-After, x-oss-err, X-Ca-Error-Message, ...
    #[arg(long = "header", value_name = "NAME: VALUE")]
    headers: Vec<String>,
    /// The product whose table names the code (`known`, `variant`, `family`, `retry`,
    /// `entry`), by its catalog name (`aliyun-errors products`). For a product with success
    /// codes (`dysmsapi`: `OK`), a 2xx envelope with any other `Code` is an error, as such
    /// products send them.
    #[arg(long, value_name = "NAME", default_value = crate::catalog::DEFAULT_PRODUCT)]
    product: String,
    /// Print JSON, every outcome with the same keys (null where one does not apply): outcome,
    /// http_status, format, style, content_type, request_id, host_id, code, known, variant,
    /// family, message, recommend, ..., entry, kind, detail, excerpt, body_len, retry, ...
    #[arg(long)]
    json: bool,
}

/// A response as read from the input: status (when the input had an HTTP head), headers
/// and body.
struct Input {
    status: Option<u16>,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

pub(crate) fn run(args: &Args) -> Result<String, Failure> {
    let product = match args.product.as_str() {
        crate::catalog::DEFAULT_PRODUCT => None,
        name => Some(crate::catalog::product(name)?),
    };
    let bytes = read_body(args.file.as_deref())?;
    let mut input = if bytes.starts_with(b"HTTP/") {
        parse_response(&bytes)?
    } else {
        Input {
            status: None,
            headers: Vec::new(),
            body: bytes,
        }
    };
    for line in &args.headers {
        input.headers.push(parse_header(line)?);
    }
    if let Some(content_type) = &args.content_type {
        input
            .headers
            .retain(|(name, _)| !name.eq_ignore_ascii_case("content-type"));
        input
            .headers
            .push(("content-type".to_owned(), content_type.clone()));
    }
    let pairs = || input.headers.iter().map(|(n, v)| (n.as_str(), v.as_str()));
    let body = &input.body;
    let decoder = match product.as_ref().map(|p| &p.success_codes) {
        Some(codes) if !codes.is_empty() => {
            // The decoder keeps `'static` codes; this process decodes one response and ends.
            let codes: Vec<&'static str> = codes.iter().map(|c| &*c.clone().leak()).collect();
            Decoder::new().success_codes(codes.leak())
        }
        _ => Decoder::new(),
    };
    let decode =
        |status| decoder.decode_with_header_pairs::<IgnoredAny, EcsError>(status, pairs(), body);
    let outcome = match args.status.or(input.status) {
        Some(status) => decode(status).map(|r| (status, r.request_id)),
        None => match decode(400) {
            Err(Error::Api(api)) => Err(Error::Api(api)),
            _ => decode(200).map(|r| (200, r.request_id)),
        },
    };
    let content_type = pairs()
        .find(|(name, _)| name.eq_ignore_ascii_case("content-type"))
        .map(|(_, value)| value);
    let format = Format::detect(content_type, body);
    let mut value = match &outcome {
        Ok((status, request_id)) => success_json(*status, format, request_id.as_deref()),
        Err(Error::Api(api)) => {
            let mut value = api_json(api);
            if let Some(product) = &product {
                in_product(&mut value, api, product);
            }
            value
        }
        Err(Error::Unrecognized(u)) => unrecognized_json(u),
    };
    // The input's Content-Type, for every outcome (the runtime keeps it only when unrecognized).
    if let Some(slot) = value.get_mut("content_type").filter(|slot| slot.is_null()) {
        *slot = json!(content_type);
    }
    if args.json {
        Ok(crate::to_json(&value))
    } else {
        Ok(text(&value))
    }
}

/// A whole HTTP/1.x response: the last head (a `100 Continue` first is skipped), its headers,
/// and the bytes after the blank line.
fn parse_response(bytes: &[u8]) -> Result<Input, Failure> {
    let mut rest = bytes;
    loop {
        let mut headers = [httparse::EMPTY_HEADER; 128];
        let mut response = httparse::Response::new(&mut headers);
        let parsed = response
            .parse(rest)
            .map_err(|e| Failure::new(format!("not an HTTP response head: {e}")))?;
        let httparse::Status::Complete(len) = parsed else {
            return Err(Failure::new(
                "the HTTP response head ends before its blank line",
            ));
        };
        let status = response.code.unwrap_or(0);
        if (100..200).contains(&status) && rest[len..].starts_with(b"HTTP/") {
            rest = &rest[len..];
            continue;
        }
        let headers = response
            .headers
            .iter()
            .map(|h| {
                (
                    h.name.to_owned(),
                    String::from_utf8_lossy(h.value).into_owned(),
                )
            })
            .collect();
        return Ok(Input {
            status: Some(status),
            headers,
            body: rest[len..].to_vec(),
        });
    }
}

/// One `--header 'Name: value'`.
fn parse_header(line: &str) -> Result<(String, String), Failure> {
    let text = format!("{line}\r\n\r\n");
    let mut headers = [httparse::EMPTY_HEADER; 1];
    let parsed = httparse::parse_headers(text.as_bytes(), &mut headers);
    let complete = matches!(parsed, Ok(httparse::Status::Complete(_)));
    match &headers[0] {
        header if complete && !header.name.is_empty() => Ok((
            header.name.to_owned(),
            String::from_utf8_lossy(header.value).into_owned(),
        )),
        _ => Err(Failure::new(format!(
            "--header {line:?}: expected `Name: value`"
        ))),
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

/// The runtime's keys ([`aliyun_errors::JSON_KEYS`]) for a success: the status, format and
/// request id, every other key null.
fn success_json(http_status: u16, format: Option<Format>, request_id: Option<&str>) -> Value {
    let mut map = serde_json::Map::new();
    for key in aliyun_errors::JSON_KEYS {
        map.insert(key.into(), Value::Null);
    }
    map.insert("outcome".into(), "success".into());
    map.insert("http_status".into(), http_status.into());
    map.insert("format".into(), json!(format.map(Format::as_str)));
    map.insert("request_id".into(), json!(request_id));
    Value::Object(map)
}

/// The runtime's own JSON of the error (`Serialize`).
fn api_json(api: &ApiError<EcsError>) -> Value {
    serde_json::to_value(api).unwrap_or(Value::Null)
}

/// The keys the table decides, from another product's table: `known`, `variant`, `family`,
/// `retry` (the table's class unless the headers said throttling) and `entry`.
fn in_product(value: &mut Value, api: &ApiError<EcsError>, product: &crate::catalog::Product) {
    let sent = api.code();
    let known = product.known(sent);
    let code = known.as_ref().map(|k| k.code());
    let family = code.is_none().then(|| product.family(sent)).flatten();
    let retry = if api.retry_after().is_some() && api.retry() == aliyun_errors::Retry::Throttling {
        aliyun_errors::Retry::Throttling
    } else {
        product.retry(sent, api.http_status())
    };
    let entry = code.and_then(|c| {
        let rows = product.rows(c);
        let message = api.message().filter(|m| !m.is_empty());
        rows.iter()
            .find(|e| {
                e.http_status == api.http_status()
                    && message.is_some_and(|m| aliyun_errors::messages_match(&e.message, m))
            })
            .or_else(|| rows.iter().find(|e| e.http_status == api.http_status()))
            .or(rows.first())
            .map(|e| json!({ "http_status": e.http_status, "message": e.message }))
    });
    if let Value::Object(map) = value {
        map.insert("known".into(), json!(code.is_some()));
        map.insert("variant".into(), json!(code.map(|c| c.variant.as_str())));
        map.insert("family".into(), json!(family.map(|f| f.code.as_str())));
        map.insert("retry".into(), json!(retry.as_str()));
        map.insert("entry".into(), entry.unwrap_or(Value::Null));
    }
}

/// The runtime's own JSON of the unrecognized response.
fn unrecognized_json(u: &Unrecognized) -> Value {
    serde_json::to_value(u).unwrap_or(Value::Null)
}

/// The JSON's non-null fields as `key: value` lines.
fn text(value: &Value) -> String {
    let mut out = String::new();
    if let Value::Object(map) = value {
        for (key, value) in map {
            let shown = match value {
                Value::Null => continue,
                Value::String(s) => s.clone(),
                Value::Object(row) if key == "entry" => format!(
                    "{} {}",
                    row.get("http_status").unwrap_or(&Value::Null),
                    row.get("message").and_then(Value::as_str).unwrap_or("")
                ),
                Value::Object(fields) if fields.is_empty() => continue,
                other => other.to_string(),
            };
            let _ = writeln!(out, "{key:<12} {shown}");
        }
    }
    out
}
