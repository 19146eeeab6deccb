//! Importing Alibaba Cloud's API metadata (samples under `tests/metadata/`, copied from the
//! catalog) and the retry rules. (That every shipped table loads and every generated file is
//! current is `xtask`'s test of `cargo xtask codegen --check`.)

use aliyun_errors_codegen::{ParsedTable, Retry, import, infer_retry, parse_table};

fn metadata(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/metadata/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn workspace() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn table_of(csv: &str) -> ParsedTable {
    parse_table(&[("imported.csv", csv.as_bytes())]).unwrap_or_else(|d| panic!("{d}\n{csv}"))
}

#[test]
fn one_row_per_code_status_and_message_with_its_apis_sorted_by_code() {
    let vpc = metadata("vpc-sample.json");
    let imported = import(&[("vpc.json", &vpc)], None, &[], false).unwrap();
    let mut lines = imported.csv.lines();
    assert_eq!(lines.next(), Some("code,http_status,message,retry,apis"));
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), imported.rows);
    assert_eq!(
        rows,
        [
            "10001,400,Numeric code.,never,DeleteVpc",
            "ACS.InvalidParameter.%s,400,%s is not valid.,never,CreateVpc",
            "DependencyViolation,400,,conflict,DeleteVpc",
            "InternalError,500,The request processing has failed due to some unknown error.,transient,CreateVpc",
            "InvalidParameter,400,The specified parameter is not valid,never,CreateVpc DescribeVpcs",
            "InvalidVpcId.NotFound,404,Specified VPC does not exist.,never,DescribeVpcs",
            "QuotaExceeded.Vpc,400,The VPC quota is exceeded: %s.,never,CreateVpc",
            "RequestLimitExceeded,429,Too many requests.,throttling,CreateVpc",
            "Throttling.User,400,Request was denied due to user flow control.,throttling,DescribeVpcs",
            "VpcBusy,500,The VPC is busy.,transient,CreateVpc",
            "VpcBusy,503,\"The VPC is busy, try later.\",transient,CreateVpc",
        ]
    );
    assert_eq!(imported.codes, 10);
    // The table passes check; the names the rule made up are listed.
    let table = table_of(&imported.csv);
    let renamed: Vec<_> = table.renamed().iter().map(|r| r.variant.as_str()).collect();
    assert_eq!(renamed, ["Code10001", "AcsInvalidParameterAny"]);
    let apis = table.apis_of(table.code("InvalidParameter").unwrap());
    assert_eq!(apis, ["CreateVpc", "DescribeVpcs"]);
}

#[test]
fn bad_metadata_reports_every_problem_with_file_api_and_key() {
    let (bad, not_json) = (metadata("bad.json"), metadata("not-json.json"));
    let problems = import(
        &[("bad.json", &bad), ("not-json.json", &not_json)],
        None,
        &[],
        false,
    )
    .unwrap_err();
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        text,
        [
            "bad.json: BadEntries: errorCodes.\"400\": expected an array",
            "bad.json: BadEntries: errorCodes.\"403\"[0]: expected an object with errorCode and errorMessage",
            "bad.json: BadEntries: errorCodes.\"403\"[1].errorCode: expected a string, found nothing",
            "bad.json: BadEntries: errorCodes.\"403\"[2].errorCode: white space inside a code: \"Has Space\"",
            "bad.json: BadEntries: errorCodes.\"403\"[3].errorCode: control character in a code: \"Ctrl\\u{7}\"",
            "bad.json: BadEntries: errorCodes.\"403\"[4].errorCode: empty code: \"   \"",
            "bad.json: BadErrorCodes: errorCodes: expected an object of HTTP statuses",
            "bad.json: BadStatus: errorCodes.\"2014\": \"2014\" is not an HTTP status (100 to 599)",
            "bad.json: BadStatus: errorCodes.\"4OO\": \"4OO\" is not an HTTP status (100 to 599)",
            "bad.json: BadStatus: errorCodes.\"600\": \"600\" is not an HTTP status (100 to 599)",
            "bad.json: NotAnObject: value: expected an object",
            "not-json.json: file: not JSON: EOF while parsing a value at line 1 column 26",
        ]
    );

    // Skipped instead: the same problems, listed; the good entries imported, the trimmed
    // code warned of.
    let imported = import(
        &[("bad.json", &bad), ("not-json.json", &not_json)],
        None,
        &[],
        true,
    )
    .unwrap();
    assert_eq!(imported.skipped, problems);
    assert_eq!(
        imported.csv,
        "code,http_status,message,retry,apis\nGood,400,fine,never,BadStatus\nTrimmed,403,m,never,BadEntries\n"
    );
    assert_eq!(imported.warnings.len(), 1);
    assert_eq!(
        imported.warnings[0].to_string(),
        "bad.json: BadEntries: errorCodes.\"403\"[5].errorCode: white space around the code \"Trimmed\" trimmed"
    );
}

#[test]
fn keep_preserves_order_classes_and_gone_codes() {
    let vpc = metadata("vpc-sample.json");
    let old = "code,http_status,message,retry,apis\n\
               VpcBusy,503,\"The VPC is busy, try later.\",never,\n\
               Curated.Gone,400,Documented elsewhere.,throttling,DeleteVpc\n";
    let old = table_of(old);
    let imported = import(&[("vpc.json", &vpc)], Some(&old), &[], false).unwrap();
    let rows: Vec<&str> = imported.csv.lines().skip(1).collect();
    // The old rows first, in their order, with their classes (VpcBusy stays `never`, its
    // new 500 row too), their apis refreshed; a code gone from the metadata kept, documented
    // by no API any more.
    assert_eq!(
        rows[0],
        "VpcBusy,503,\"The VPC is busy, try later.\",never,CreateVpc"
    );
    assert_eq!(
        rows[1],
        "Curated.Gone,400,Documented elsewhere.,throttling,"
    );
    assert!(rows.contains(&"VpcBusy,500,The VPC is busy.,never,CreateVpc"));
    assert_eq!(imported.gone, ["Curated.Gone"]);
    assert_eq!(rows.len(), 12);
    table_of(&imported.csv);

    // A table merged first gives its codes' classes (`spec/common.csv`).
    let common = table_of("code,http_status,message,retry\nInternalError,500,m,never\n");
    let imported = import(&[("vpc.json", &vpc)], None, &[&common], false).unwrap();
    assert!(imported.csv.contains(
        "InternalError,500,The request processing has failed due to some unknown error.,never,CreateVpc"
    ));
}

#[test]
fn the_rules_give_the_return_results_table_its_own_classes() {
    let spec = std::fs::read(workspace().join("spec/ecs.csv")).unwrap();
    let table = parse_table(&[("spec/ecs.csv", &spec)]).unwrap();
    for code in table.codes() {
        let statuses = table.http_statuses(code);
        assert_eq!(
            infer_retry(&code.code, &statuses),
            code.retry,
            "{} {statuses:?}",
            code.code
        );
    }
    assert_eq!(infer_retry("Throttling.Api", &[400]), Retry::Throttling);
    assert_eq!(infer_retry("Request.Throttled", &[400]), Retry::Throttling);
    assert_eq!(infer_retry("Anything", &[429]), Retry::Throttling);
    assert_eq!(infer_retry("InternalError.Disk", &[400]), Retry::Transient);
    assert_eq!(infer_retry("Backend.Down", &[502, 503]), Retry::Transient);
    // One server status among client ones does not make a code transient.
    assert_eq!(infer_retry("InvalidParameter", &[400, 500]), Retry::Never);
    assert_eq!(infer_retry("Backend.Down", &[]), Retry::Never);
}

#[test]
fn the_ecs_sample_imports_with_its_known_problems_skipped() {
    let ecs = metadata("ecs-sample.json");
    let problems = import(&[("ecs.json", &ecs)], None, &[], false).unwrap_err();
    // The catalog's `4003` status key, reported with its API.
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].api.as_deref(), Some("DescribeEniMonitorData"));
    assert_eq!(problems[0].key, "errorCodes.\"4003\"");
    let imported = import(&[("ecs.json", &ecs)], None, &[], true).unwrap();
    assert!(!imported.warnings.is_empty());
    let table = table_of(&imported.csv);
    assert!(table.code("404").is_some());
}

#[test]
fn reclassifying_gives_a_kept_never_the_rules_class_and_plain_keep_does_not() {
    let vpc = metadata("vpc-sample.json");
    let old =
        table_of("code,http_status,message,retry,apis\nDependencyViolation,400,,never,DeleteVpc\n");
    let plain = import(&[("vpc.json", &vpc)], Some(&old), &[], false).unwrap();
    assert!(
        plain
            .csv
            .contains("DependencyViolation,400,,never,DeleteVpc"),
        "{}",
        plain.csv
    );
    let again = aliyun_errors_codegen::import_reinferring(
        &[("vpc.json", &vpc)],
        Some(&old),
        &[],
        false,
        true,
    )
    .unwrap();
    assert!(
        again
            .csv
            .contains("DependencyViolation,400,,conflict,DeleteVpc"),
        "{}",
        again.csv
    );
}
