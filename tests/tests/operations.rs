//! Per-operation error kinds: an enum per API of the codes it documents, and `Other`.
//! A small table of the tests' own through `#[error_table(…, operations)]`, and ECS's
//! `DescribeInstances` through the runtime's feature `operations`.

use aliyun_errors::ecs::EcsError;
use aliyun_errors::ecs::ops::{DescribeInstancesError, RunInstancesError};
use aliyun_errors::{Error, ErrorCode, Retry, decode, error_table};
use serde::de::IgnoredAny;

/// A table whose rows name the APIs that document them.
#[error_table(csv = "spec/ops.csv", operations)]
pub enum ThingError {}

use ops::{DescribeThingsError, RunThingError};

fn json_error(code: &str) -> Vec<u8> {
    format!(r#"{{"RequestId":"R","Code":"{code}","Message":"m"}}"#).into_bytes()
}

fn kind_of<E: ErrorCode>(code: &str, status: u16) -> Option<E> {
    match decode::<IgnoredAny, E>(status, Some("application/json"), &json_error(code)) {
        Err(Error::Api(e)) => e.kind(),
        other => panic!("{code}: {other:?}"),
    }
}

#[test]
fn an_api_with_codes_has_a_kind_of_those_codes_in_table_order() {
    assert_eq!(DescribeThingsError::API, "DescribeThings");
    // The kind's own items are the `Operation` trait's, for generic code.
    assert_eq!(
        <DescribeThingsError as aliyun_errors::Operation>::API,
        "DescribeThings"
    );
    assert_eq!(
        <DescribeThingsError as aliyun_errors::Operation>::DOCUMENTED,
        <DescribeThingsError as ErrorCode>::ALL
    );
    assert_eq!(
        DescribeThingsError::ALL,
        [
            DescribeThingsError::Throttling,
            DescribeThingsError::ThingNotFound
        ]
    );
    assert_eq!(
        RunThingError::ALL,
        [
            RunThingError::Throttling,
            RunThingError::ThingNotFound,
            RunThingError::ThingAny,
            RunThingError::QuotaExceeded
        ]
    );
    // The product's code, its data and its traits, as the product's.
    let e = DescribeThingsError::ThingNotFound;
    assert_eq!(e.product(), ThingError::ThingNotFound);
    assert_eq!(e.code(), "Thing.NotFound");
    assert_eq!(e.http_status(), Some(404));
    assert_eq!(e.retry(), Retry::Never);
    assert_eq!(e.to_string(), ThingError::ThingNotFound.to_string());
    assert_eq!(format!("{e:?}"), "ThingNotFound");
    assert_eq!("Thing.NotFound".parse::<DescribeThingsError>(), Ok(e));
    assert_eq!(serde_json::to_string(&e).unwrap(), r#""Thing.NotFound""#);
    assert_eq!(
        serde_json::from_str::<DescribeThingsError>(r#""Thing.NotFound""#).unwrap(),
        e
    );
    // Every row of the code, as the product's (an API's own rows are its variant's docs).
    assert_eq!(e.entries().count(), 2);
}

#[test]
fn an_api_without_codes_has_no_kind() {
    // APIs come from the `apis` column: one that documents no code is in no row, so it has
    // no kind; its errors are the product's kind.
    assert_eq!(ThingError::of_api("DeleteThing").count(), 0);
    let table = aliyun_errors_codegen::load_files(&["spec/ops.csv"]).unwrap();
    let apis: Vec<&str> = aliyun_errors_codegen::apis_with_codes(&table)
        .into_keys()
        .collect();
    assert_eq!(apis, ["DescribeThings", "RunThing"]);
}

#[test]
fn a_code_of_many_apis_is_a_variant_of_each() {
    assert_eq!(
        DescribeThingsError::from(ThingError::Throttling),
        DescribeThingsError::Throttling
    );
    assert_eq!(
        RunThingError::from(ThingError::Throttling),
        RunThingError::Throttling
    );
    assert_eq!(
        ThingError::from(RunThingError::Throttling),
        ThingError::Throttling
    );
    assert_eq!(RunThingError::Throttling.retry(), Retry::Throttling);
}

#[test]
fn a_template_code_of_an_api_matches_the_codes_it_stands_for() {
    assert_eq!(
        kind_of::<RunThingError>("Thing.Broken", 400),
        Some(RunThingError::ThingAny)
    );
    // For an API that does not document the template, the code is `Other`.
    let Some(DescribeThingsError::Other(other)) =
        kind_of::<DescribeThingsError>("Thing.Broken", 400)
    else {
        panic!("Other")
    };
    assert_eq!(other.product(), ThingError::ThingAny);
}

#[test]
fn a_code_of_the_product_the_api_does_not_document_is_other() {
    let kind = kind_of::<DescribeThingsError>("Quota.Exceeded", 403);
    let Some(DescribeThingsError::Other(other)) = kind else {
        panic!("{kind:?}")
    };
    assert_eq!(other.product(), ThingError::QuotaExceeded);
    assert_eq!(other.code(), "Quota.Exceeded");
    assert_eq!(
        format!("{:?}", kind.unwrap()),
        "Other(OtherCode(QuotaExceeded))"
    );
    // Its data is the product code's.
    let unlisted = DescribeThingsError::from(ThingError::Unlisted);
    assert_eq!(unlisted.retry(), Retry::Transient);
    assert_eq!(ThingError::from(unlisted), ThingError::Unlisted);
    assert_eq!(
        "Unlisted"
            .parse::<RunThingError>()
            .map(RunThingError::product),
        Ok(ThingError::Unlisted)
    );
}

#[test]
fn an_unknown_code_is_no_kind() {
    assert_eq!(kind_of::<DescribeThingsError>("Nope.Nothing", 400), None);
    assert!("Nope".parse::<DescribeThingsError>().is_err());
}

#[test]
fn errors_convert_between_the_product_kind_and_an_operation_kind() {
    let body = json_error("Thing.NotFound");
    let Err(product) = decode::<IgnoredAny, ThingError>(404, Some("application/json"), &body)
    else {
        panic!("an error")
    };
    let op: Error<RunThingError> = product.clone().map_kind();
    assert_eq!(
        op.as_api().and_then(|e| e.kind()),
        Some(RunThingError::ThingNotFound)
    );
    assert_eq!(op.retry(), product.retry());
    let back: Error<ThingError> = op.map_kind();
    assert_eq!(back, product);
}

#[test]
fn ecs_describe_instances_is_small_and_exhaustively_matchable() {
    assert_eq!(DescribeInstancesError::API, "DescribeInstances");
    assert!(DescribeInstancesError::ALL.len() < 20);
    assert!(RunInstancesError::ALL.len() > 400);
    let kind = DescribeInstancesError::from(EcsError::InvalidFilterValue);
    let what = match kind {
        DescribeInstancesError::InvalidFilterValue => "documented",
        DescribeInstancesError::Other(other) if other.product() == EcsError::Throttling => {
            "throttled"
        }
        _ => "another",
    };
    assert_eq!(what, "documented");
    assert!(matches!(
        DescribeInstancesError::from(EcsError::Throttling),
        DescribeInstancesError::Other(o) if o.product() == EcsError::Throttling
    ));
    // Decoding straight into the operation's kind.
    let body = br#"<Error><RequestId>R</RequestId><Code>InvalidFilterValue</Code><Message>m</Message></Error>"#;
    let Err(Error::Api(e)) =
        decode::<IgnoredAny, DescribeInstancesError>(400, Some("text/xml"), body)
    else {
        panic!("an API error")
    };
    assert_eq!(e.kind(), Some(DescribeInstancesError::InvalidFilterValue));
    // Every documented variant converts to its product code and back.
    for &v in DescribeInstancesError::ALL {
        assert_eq!(DescribeInstancesError::from(v.product()), v);
        assert!(v.product().apis().any(|api| api == "DescribeInstances"));
    }
}
