//! `aliyun-errors decode`: a saved response body, decoded against the ECS table (or any
//! product's, `--product`) through the runtime's own decoder, lookups and JSON.

use std::fmt::Write as _;
use std::io::Read as _;
use std::path::PathBuf;

use aliyun_errors::{Decoder, Error, Format};
use serde::de::IgnoredAny;
use serde_json::{Value, json};

use crate::Failure;
use crate::catalog::CatalogCode;

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
    let product = crate::catalog::product(&args.product)?;
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
    let decoder = match product.listed.success_codes.as_slice() {
        [] => Decoder::new(),
        codes => {
            // The decoder keeps `'static` codes; this process decodes one response and ends.
            let codes: Vec<&'static str> = codes.iter().map(|c| &*c.clone().leak()).collect();
            Decoder::new().success_codes(codes.leak())
        }
    };
    // Decoded and written as the product's enum would be: the runtime's lookups and JSON.
    let value = product.with(|| outcome_json(&decoder, args.status, &input));
    if args.json {
        Ok(crate::to_json(&value))
    } else {
        Ok(text(&value))
    }
}

/// The response decoded against the current product's table, as the runtime's JSON keys
/// ([`aliyun_errors::JSON_KEYS`]): a success's, or the error's own `Serialize`.
fn outcome_json(decoder: &Decoder, status: Option<u16>, input: &Input) -> Value {
    let pairs = || input.headers.iter().map(|(n, v)| (n.as_str(), v.as_str()));
    let body = &input.body;
    let decode =
        |status| decoder.decode_with_header_pairs::<IgnoredAny, CatalogCode>(status, pairs(), body);
    let outcome = match status.or(input.status) {
        Some(status) => decode(status).map(|r| (status, r.request_id)),
        None => match decode(400) {
            Err(Error::Api(api)) => Err(Error::Api(api)),
            _ => decode(200).map(|r| (200, r.request_id)),
        },
    };
    let content_type = pairs()
        .find(|(name, _)| name.eq_ignore_ascii_case("content-type"))
        .map(|(_, value)| value);
    let mut value = match &outcome {
        Ok((status, request_id)) => success_json(
            *status,
            Format::detect(content_type, body),
            request_id.as_deref(),
        ),
        Err(error) => serde_json::to_value(error).unwrap_or(Value::Null),
    };
    // The input's Content-Type, for every outcome (the runtime keeps it only when unrecognized).
    if let Some(slot) = value.get_mut("content_type").filter(|slot| slot.is_null()) {
        *slot = json!(content_type);
    }
    value
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
