//! Properties (proptest): envelopes round-trip through both formats for any strings; any bytes
//! decode without panicking and within the limits; table validation never panics and accepts
//! what it should.

use aliyun_errors::ecs::EcsError;
use aliyun_errors::{Decoder, EXCERPT_LIMIT, Error, UnrecognizedKind, decode};
use aliyun_errors_tests::envelope::Envelope;
use proptest::prelude::*;
use serde::de::IgnoredAny;

/// Any string, and strings made of what breaks encoders: markup, quotes, `]]>`, entities,
/// control characters, non-ASCII.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "([<>&\"'\\]]|\\]\\]>|&amp;|&#x41;|\r\n|\r|\t| |\u{0}|\u{1}|\u{1b}|\u{201C}|中|😀|[a-z]){0,24}",
    ]
}

fn envelope() -> impl Strategy<Value = Envelope> {
    (text(), text(), text(), text(), text()).prop_map(
        |(request_id, host_id, code, message, recommend)| Envelope {
            request_id,
            host_id,
            code,
            message,
            recommend,
        },
    )
}

fn assert_fields(body: &str, envelope: &Envelope) -> Result<(), TestCaseError> {
    let Err(Error::Api(e)) = decode::<IgnoredAny, EcsError>(400, None, body.as_bytes()) else {
        return Err(TestCaseError::fail(format!("not an API error: {body:?}")));
    };
    prop_assert_eq!(e.request_id(), Some(envelope.request_id.as_str()));
    prop_assert_eq!(e.host_id(), Some(envelope.host_id.as_str()));
    prop_assert_eq!(e.code(), envelope.code.as_str());
    prop_assert_eq!(e.message(), Some(envelope.message.as_str()));
    prop_assert_eq!(e.recommend(), Some(envelope.recommend.as_str()));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn envelopes_round_trip_through_json(envelope in envelope()) {
        assert_fields(&envelope.to_json(), &envelope)?;
    }

    #[test]
    fn envelopes_round_trip_through_xml(envelope in envelope()) {
        // XML cannot carry NUL at all; every other string can.
        match envelope.to_xml() {
            Some(xml) => assert_fields(&xml, &envelope)?,
            None => {
                let fields = [&envelope.request_id, &envelope.host_id, &envelope.code, &envelope.message, &envelope.recommend];
                prop_assert!(fields.iter().any(|f| f.contains('\0')));
            }
        }
    }

    #[test]
    fn any_bytes_decode_without_panicking(
        status in 100u16..600,
        prefix in prop_oneof![Just(&b""[..]), Just(&b"<"[..]), Just(&b"{"[..]), Just(&b"\xEF\xBB\xBF<Error>"[..])],
        body in proptest::collection::vec(any::<u8>(), 0..2048),
    ) {
        let body = [prefix, &body].concat();
        match decode::<IgnoredAny, EcsError>(status, Some("text/xml"), &body) {
            Ok(_) => prop_assert!((200..300).contains(&status)),
            Err(Error::Api(e)) => prop_assert_eq!(e.http_status(), status),
            Err(Error::Unrecognized(u)) => {
                prop_assert_eq!(u.http_status(), status);
                prop_assert!(u.excerpt().len() <= EXCERPT_LIMIT);
                prop_assert_eq!(u.body_len(), body.len());
            }
        }
        // Over the limit, the body is refused unread, with its excerpt.
        let small = Decoder::new().max_body_size(64);
        if body.len() > 64 {
            let Err(Error::Unrecognized(u)) = small.decode::<IgnoredAny, EcsError>(status, None, &body) else {
                return Err(TestCaseError::fail("over the limit but decoded"));
            };
            prop_assert_eq!(u.kind(), UnrecognizedKind::TooLarge);
            prop_assert!(u.excerpt().len() <= EXCERPT_LIMIT);
            prop_assert_eq!(u.body_len(), body.len());
        }
    }

    #[test]
    fn any_bytes_as_a_table_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let mut csv = b"code,http_status,message,retry\n".to_vec();
        csv.extend_from_slice(&bytes);
        if let Ok(table) = aliyun_errors_codegen::parse_table(&[("t.csv", &csv)]) {
            let mut variants: Vec<&str> = table.codes().iter().map(|c| c.variant.as_str()).collect();
            variants.sort_unstable();
            let before = variants.len();
            variants.dedup();
            prop_assert_eq!(before, variants.len());
            prop_assert!(aliyun_errors_codegen::expand_table(&table, "T", false).is_some());
        }
    }

    #[test]
    fn well_formed_rows_are_accepted(
        rows in proptest::collection::vec(("[A-Z][a-z]{1,6}(\\.[A-Z][a-z]{1,6})?", 100u16..600, "[ -~]{1,30}"), 1..20),
    ) {
        // One retry class per code, no exact duplicates, no two codes with one variant.
        let mut csv = csv::Writer::from_writer(Vec::new());
        csv.write_record(["code", "http_status", "message", "retry"]).unwrap();
        let mut seen_rows = std::collections::HashSet::new();
        let mut variants = std::collections::HashMap::new();
        let mut kept = 0;
        for (code, status, message) in &rows {
            let variant = aliyun_errors_codegen::variant_name(code);
            if variants.get(&variant).is_some_and(|c: &String| c != code)
                || !seen_rows.insert((code.clone(), *status, message.trim().to_owned()))
                || message.trim().is_empty()
            {
                continue;
            }
            variants.insert(variant, code.clone());
            csv.write_record([code.as_str(), &status.to_string(), message, "transient"]).unwrap();
            kept += 1;
        }
        let csv = csv.into_inner().unwrap();
        let table = aliyun_errors_codegen::parse_table(&[("t.csv", &csv)]);
        prop_assert!(table.is_ok(), "{}", table.unwrap_err());
        prop_assert_eq!(table.unwrap().entries().len(), kept);
    }
}
