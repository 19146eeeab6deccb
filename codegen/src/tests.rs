//! Unit tests: one per validation rule, plus merging and generation.

use super::*;

const HEADER: &str = "code,http_status,message,retry\n";

fn errors(csv: &str) -> Vec<String> {
    match parse_table(&[("spec/x.csv", csv.as_bytes())]) {
        Ok(table) => panic!("expected problems, got {} rows", table.rows().len()),
        Err(diags) => diags.iter().map(ToString::to_string).collect(),
    }
}

fn table(csv: &str) -> ParsedTable {
    parse_table(&[("spec/x.csv", csv.as_bytes())]).unwrap_or_else(|d| panic!("{d}"))
}

#[test]
fn reads_rows_codes_and_retry_in_table_order() {
    let t = table(&format!(
        "{HEADER}B.x,400,m1,\nA,403,m2,transient\nB.x,404,m3,never\nB.x,400,m4,\n"
    ));
    assert_eq!(t.rows().len(), 4);
    let codes: Vec<_> = t
        .codes()
        .iter()
        .map(|c| (c.code.as_str(), c.variant.as_str()))
        .collect();
    assert_eq!(codes, [("B.x", "BX"), ("A", "A")]);
    let b = &t.codes()[0];
    assert_eq!(b.rows, [0, 2, 3]);
    assert_eq!(b.retry, Retry::Never);
    assert_eq!(t.http_statuses(b), [400, 404]);
    assert_eq!(t.messages(b), ["m1", "m3", "m4"]);
    assert_eq!(t.codes()[1].retry, Retry::Transient);
    assert_eq!(t.rows()[2].location.line, 4);
}

#[test]
fn accepts_bom_crlf_and_quoted_fields() {
    let csv = "\u{FEFF}code,http_status,message,retry\r\nA,400,\"a, \"\"quoted\"\" one\",\r\n";
    let t = table(csv);
    assert_eq!(t.rows()[0].message, "a, \"quoted\" one");
    assert_eq!(t.rows()[0].location.line, 2);
}

#[test]
fn variant_names_follow_heck_with_dot_as_word_break() {
    assert_eq!(
        variant_name("InvalidAccessKeyId.NotFound"),
        "InvalidAccessKeyIdNotFound"
    );
    assert_eq!(variant_name("Forbidden.RAM"), "ForbiddenRam");
    assert_eq!(
        variant_name("UnsupportedHTTPMethod"),
        "UnsupportedHttpMethod"
    );
    assert_eq!(variant_name("InvalidParamater"), "InvalidParamater");
}

#[test]
fn status_must_be_an_integer_from_100_to_599() {
    for bad in ["4OO", "99", "600", " ", " 400", "+400", "40000000000"] {
        assert_eq!(
            errors(&format!("{HEADER}A,{bad},m,\n")),
            [format!(
                "spec/x.csv:2: http_status: expected an integer from 100 to 599, found \"{bad}\""
            )]
        );
    }
    table(&format!("{HEADER}A,100,m,\nB,599,m,\n"));
}

#[test]
fn an_empty_status_is_a_row_without_a_documented_status() {
    // The source names the code, not its status (nor, here, its message).
    let t = table(&format!("{HEADER}A,,,\nA,404,Gone.,\nB,,m,throttling\n"));
    let statuses: Vec<_> = t.rows().iter().map(|r| r.http_status).collect();
    assert_eq!(statuses, [None, Some(404), None]);
    let [a, b] = t.codes() else {
        panic!("two codes")
    };
    assert_eq!(t.http_statuses(a), [404]);
    assert!(t.http_statuses(b).is_empty());
    // An empty status is one key of the duplicate check, like any status.
    assert_eq!(
        errors(&format!("{HEADER}A,,m,\nA,,m,\n")),
        ["spec/x.csv:3: row: duplicate of line 2"]
    );
    // The layout writes no status as 0, which the runtime reads back as none.
    let data = t.encode();
    assert_eq!(aliyun_errors_core::layout::u16_at(&data.rows, 4), 0);
    // Generated docs say so instead of naming a status.
    let source = expand_table_source(&t, "E", false).unwrap_or_default();
    assert!(source.contains("HTTP status not documented"), "{source}");
}

#[test]
fn code_must_be_present_and_well_formed() {
    assert_eq!(
        errors(&format!("{HEADER},400,m,\n")),
        ["spec/x.csv:2: code: empty code"]
    );
    for bad in [" A", "A ", "A\tB", "\"A B\"", "\"A\u{7}B\""] {
        let shown = bad.trim_matches('"');
        assert_eq!(
            errors(&format!("{HEADER}{bad},400,m,\n")),
            [format!(
                "spec/x.csv:2: code: expected a code without control characters or white space, found {shown:?}"
            )]
        );
    }
}

#[test]
fn any_other_text_is_a_code_and_any_message_a_message() {
    let t = table(&format!(
        "{HEADER}10001,400,m,\n-1101,400,,\nA-B,400,m,\nA_B,400,m,\nThrottli\u{2202}ngException,400,m,\nACS.InvalidParameter.%s,400,%s,\n\"Quote\"\"d!\",400,m,\nÄrger,400,m,\n"
    ));
    let variants: Vec<_> = t
        .codes()
        .iter()
        .map(|c| (c.code.as_str(), c.variant.as_str()))
        .collect();
    assert_eq!(
        variants,
        [
            ("10001", "Code10001"),
            ("-1101", "Minus1101"),
            ("A-B", "AB"),
            ("A_B", "AB_2"),
            ("Throttli\u{2202}ngException", "ThrottliNgException"),
            ("ACS.InvalidParameter.%s", "AcsInvalidParameterAny"),
            ("Quote\"d!", "QuoteD"),
            ("Ärger", "Ärger"),
        ]
    );
    assert_eq!(t.rows()[1].message, "");
    // The rule lists every name it made up (a code not of letters, digits, `.` and `_`) or
    // disambiguated.
    let renamed: Vec<_> = t.renamed().iter().map(|r| r.code.as_str()).collect();
    assert_eq!(
        renamed,
        [
            "10001",
            "-1101",
            "A-B",
            "A_B",
            "Throttli\u{2202}ngException",
            "ACS.InvalidParameter.%s",
            "Quote\"d!",
            "Ärger"
        ]
    );
    assert!(t.renamed()[3].reason.contains("AB"), "{}", t.renamed()[3]);
    // Every name is a Rust identifier.
    for code in t.codes() {
        syn::parse_str::<syn::Ident>(&code.variant).unwrap();
    }
}

#[test]
fn variant_names_of_a_plus_sign_and_of_characters_no_identifier_starts_with() {
    for (code, variant) in [
        ("+86", "Plus86"),
        // A number that is no identifier character breaks words.
        ("Quota\u{BD}Exceeded", "QuotaExceeded"),
        // A digit, and a vowel sign, that may continue an identifier but not start one.
        ("\u{663}Fail", "Code\u{663}fail"),
        ("\u{E31}x", "Code\u{E31}x"),
    ] {
        assert_eq!(variant_name(code), variant, "{code}");
        syn::parse_str::<syn::Ident>(variant).unwrap();
    }
}

#[test]
fn variant_names_never_change_when_rows_are_added() {
    let before = table(&format!(
        "{HEADER}Parameter.Error,400,m,\nParameterError,400,m,\n"
    ));
    let after = table(&format!(
        "{HEADER}Parameter.Error,400,m,\nParameterError,400,m,\nparameter_error,400,m,\nParameterError_2,400,m,\n"
    ));
    let names = |t: &ParsedTable| {
        t.codes()
            .iter()
            .map(|c| c.variant.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(names(&before), ["ParameterError", "ParameterError_2"]);
    assert_eq!(
        names(&after),
        [
            "ParameterError",
            "ParameterError_2",
            "ParameterError_3",
            "ParameterError2"
        ]
    );
    assert_eq!(variant_name("Self"), "Self_");
    assert_eq!(variant_name("!!!"), "Code");
    assert_eq!(variant_name("%d.Quota"), "NumQuota");
}

#[test]
fn retry_must_be_a_known_word() {
    assert_eq!(
        errors(&format!("{HEADER}A,400,m,sometimes\n")),
        [
            "spec/x.csv:2: retry: expected never, throttling, transient or conflict (or empty), found \"sometimes\""
        ]
    );
}

#[test]
fn one_code_keeps_one_retry_class_naming_both_lines() {
    assert_eq!(
        errors(&format!(
            "{HEADER}A,400,m1,transient\nB,400,m,\nA,500,m2,never\n"
        )),
        ["spec/x.csv:4: retry: code \"A\" is \"never\" here but \"transient\" at spec/x.csv:2"]
    );
}

#[test]
fn exact_duplicate_rows_are_rejected() {
    assert_eq!(
        errors(&format!("{HEADER}A,400,m,\nA,400,m,never\n")),
        ["spec/x.csv:3: row: duplicate of line 2"]
    );
}

#[test]
fn duplicates_are_found_in_a_code_with_many_rows() {
    // A code with many rows: its duplicates are found wherever they are,
    // within a file and across files.
    let mut csv = HEADER.to_owned();
    for i in 0..40 {
        csv.push_str(&format!("A,400,message {i},\n"));
    }
    let mut dup = csv.clone();
    dup.push_str("A,400,message 3,\nA,400,message 39,\nA,401,message 39,\n");
    assert_eq!(
        errors(&dup),
        [
            "spec/x.csv:42: row: duplicate of line 5",
            "spec/x.csv:43: row: duplicate of line 41",
        ]
    );
    let other = format!("{HEADER}A,400,message 0,\nA,400,message 39,\nA,400,message 40,\n");
    let t = parse_table(&[
        ("spec/x.csv", csv.as_bytes()),
        ("spec/y.csv", other.as_bytes()),
    ])
    .unwrap();
    assert_eq!(t.rows().len(), 41);
    assert_eq!(t.rows()[40].location.to_string(), "spec/y.csv:4");
}

#[test]
fn empty_tables_are_rejected() {
    assert_eq!(
        errors(HEADER),
        ["spec/x.csv:1: table: no rows below the header"]
    );
    assert_eq!(
        errors(""),
        [
            "spec/x.csv:1: header: empty file, expected the header code,http_status,message,retry[,apis][,source]"
        ]
    );
}

#[test]
fn header_problems_name_the_column() {
    assert_eq!(
        errors("code,status,message\nA,400,m\n"),
        [
            "spec/x.csv:1: header: unknown column \"status\", expected code,http_status,message,retry[,apis][,source]",
            "spec/x.csv:1: header: missing column \"http_status\"",
            "spec/x.csv:1: header: missing column \"retry\"",
        ]
    );
    assert_eq!(
        errors("code,message,http_status,retry\nA,m,400,\n"),
        [
            "spec/x.csv:1: header: columns out of order, expected code,http_status,message,retry[,apis][,source]"
        ]
    );
    assert_eq!(
        errors("code,code,http_status,message,retry\nA,A,400,m,\n"),
        ["spec/x.csv:1: header: column \"code\" appears twice"]
    );
}

#[test]
fn rows_with_the_wrong_number_of_fields_are_rejected() {
    assert_eq!(
        errors(&format!("{HEADER}A,400,m\nB,400,m,,extra\n")),
        [
            "spec/x.csv:2: row: expected 4 fields, found 3",
            "spec/x.csv:3: row: expected 4 fields, found 5"
        ]
    );
}

#[test]
fn invalid_utf8_is_reported_not_panicked_on() {
    let mut csv = HEADER.as_bytes().to_vec();
    csv.extend_from_slice(b"A,400,caf\xE9,\n");
    let diags = parse_table(&[("spec/x.csv", &csv)]).unwrap_err();
    assert_eq!(
        diags.to_string(),
        "spec/x.csv:2: message: not valid UTF-8 (byte 3)"
    );
}

#[test]
fn every_problem_is_reported_at_once_in_line_order() {
    let csv = format!(
        "{HEADER}A,4OO,m,\n,400,m,\nB,400,,maybe\nA,400,m,\nA,400,m,\nC,400,m,transient\nC,401,n,\n"
    );
    assert_eq!(
        errors(&csv),
        [
            "spec/x.csv:2: http_status: expected an integer from 100 to 599, found \"4OO\"",
            "spec/x.csv:3: code: empty code",
            "spec/x.csv:4: retry: expected never, throttling, transient or conflict (or empty), found \"maybe\"",
            "spec/x.csv:6: row: duplicate of line 5",
            "spec/x.csv:8: retry: code \"C\" is \"never\" here but \"transient\" at spec/x.csv:7",
        ]
    );
}

#[test]
fn merged_tables_keep_first_positions_and_share_identical_rows() {
    let common = format!("{HEADER}Throttling,400,Slow down.,throttling\nA,400,a,\n");
    let product = format!("{HEADER}B,404,b,\nThrottling,400,Slow down.,throttling\nA,403,a2,\n");
    let t = parse_table(&[
        ("spec/common.csv", common.as_bytes()),
        ("spec/vpc.csv", product.as_bytes()),
    ])
    .unwrap();
    let codes: Vec<_> = t.codes().iter().map(|c| c.code.as_str()).collect();
    assert_eq!(codes, ["Throttling", "A", "B"]);
    assert_eq!(t.rows().len(), 4);
    assert_eq!(t.http_statuses(&t.codes()[1]), [400, 403]);
    assert_eq!(t.rows()[3].location.to_string(), "spec/vpc.csv:4");
}

#[test]
fn merged_tables_must_agree_on_retry_naming_both_files() {
    let common = format!("{HEADER}Throttling,400,Slow down.,throttling\n");
    let product = format!("{HEADER}Throttling,429,Slow down!,never\n");
    let diags = parse_table(&[
        ("spec/common.csv", common.as_bytes()),
        ("spec/vpc.csv", product.as_bytes()),
    ])
    .unwrap_err();
    assert_eq!(
        diags.to_string(),
        "spec/vpc.csv:2: retry: code \"Throttling\" is \"never\" here but \"throttling\" at spec/common.csv:2"
    );
}

#[test]
fn unreadable_files_are_named_as_written_without_the_resolved_path() {
    let missing = std::env::temp_dir().join("aliyun-errors-no-such-table.csv");
    let diags = load_table(&[("spec/none.csv", &missing)]).unwrap_err();
    let text = diags.to_string();
    assert!(
        text.starts_with("spec/none.csv: cannot read spec/none.csv: "),
        "{text}"
    );
    assert!(!text.contains(&*missing.to_string_lossy()), "{text}");
}

#[test]
fn macro_reports_bad_options_without_panicking() {
    let out = error_table(
        quote!(csv = "x.csv", colour = "red", non_exhaustive),
        quote!(
            pub enum E {}
        ),
    )
    .to_string();
    assert!(out.contains("unknown option"), "{out}");
    let out = error_table(
        quote!(),
        quote!(
            pub enum E {}
        ),
    )
    .to_string();
    assert!(out.contains("missing option `csv"), "{out}");
    let out = error_table(
        quote!(csv = "x.csv"),
        quote!(
            pub enum E {
                A,
            }
        ),
    )
    .to_string();
    assert!(out.contains("leave the enum empty"), "{out}");
    let out = error_table(
        quote!(csv = "x.csv"),
        quote!(
            pub struct E;
        ),
    )
    .to_string();
    assert!(out.contains("goes on an empty enum"), "{out}");
    let out = error_table(
        quote!(csv = []),
        quote!(
            pub enum E {}
        ),
    )
    .to_string();
    assert!(out.contains("names no table"), "{out}");
}

#[test]
fn the_source_text_is_the_generated_tokens() {
    // Scattered rows, several statuses and messages: every special case of the generator.
    let t = table(&format!(
        "{HEADER}A,400,a,\nB,403,b,transient\nA,404,a2,\nB,403,b2,transient\nC,429,c,throttling\n"
    ));
    let source = crate::expand_table_source(&t, "E", true).unwrap();
    let lexed: TokenStream = source.parse().unwrap();
    let tokens = crate::expand_table(&t, "E", true).unwrap();
    assert_eq!(lexed.to_string(), tokens.to_string());
    for piece in [
        // The codes in variant order, then each message once; the codes' offsets 0, 1, 2, 3.
        "text : r\"ABCaa2bb2c\" , codes : b\"\\0\\0\\0\\0\\x01\\0\\0\\0\\x02\\0\\0\\0\\x03\\0\\0\\0\"",
        // Rows grouped by code in variant order (A's two, B's two, C's), each the message's
        // range, the status and the retry byte: A 3..4 400 never, A 4..6 404 never,
        // B 6..7 403 transient, B 7..9 403 transient, C 9..10 429 throttling.
        "rows : b\"\\x03\\0\\0\\0\\x04\\0\\0\\0\\x90\\x01\\0\\0\\x04\\0\\0\\0\\x06\\0\\0\\0\\x94\\x01\\0\\0\\x06\\0\\0\\0\\x07\\0\\0\\0\\x93\\x01\\x02\\0\\x07\\0\\0\\0\\t\\0\\0\\0\\x93\\x01\\x02\\0\\t\\0\\0\\0\\n\\0\\0\\0\\xAD\\x01\\x01\\0\"",
        // Each code's first row, as little-endian u32s: 0, 2, 4, 5.
        "first : b\"\\0\\0\\0\\0\\x02\\0\\0\\0\\x04\\0\\0\\0\\x05\\0\\0\\0\"",
        "all : [__E :: A , __E :: B , __E :: C ,]",
        // A code of several rows: its statuses, then a line per row.
        "# [doc = r\" `A` (HTTP 400, 404, retry: never):\"] # [doc = r\"\"] # [doc = r\" - 400: a\"] # [doc = r\" - 404: a2\"] A ,",
    ] {
        assert!(lexed.to_string().contains(piece), "{piece} in {lexed}");
    }
    assert!(lexed.to_string().contains("# [non_exhaustive]"), "{lexed}");
}

#[test]
fn generated_code_tracks_the_table_and_hands_its_data_to_the_macro() {
    let t = table(&format!(
        "{HEADER}Forbidden.RAM,403,Not [allowed] <b>,\nAB,400,m,\nCD,400,m,\n"
    ));
    let spec = expand::EnumSpec {
        attrs: Vec::new(),
        vis: syn::parse_quote!(pub),
        ident: syn::parse_quote!(E),
        krate: syn::parse_quote!(::aliyun_errors),
        krate_option: None,
        non_exhaustive: false,
        sources: vec!["spec/x.csv".into()],
        tracked: vec!["/abs/spec/x.csv".into()],
        style: None,
        operations: false,
    };
    let out = expand::expand(&t, &spec).to_string();
    assert!(
        out.contains("include_bytes ! (r\"/abs/spec/x.csv\")"),
        "{out}"
    );
    // The data, handed to the runtime's one macro.
    assert!(
        out.contains("use :: aliyun_errors :: __private_0_3 as __p ; use E as __E ; __p :: error_code ! (E , all : [__E :: ForbiddenRam , __E :: Ab , __E :: Cd ,]"),
        "{out}"
    );
    // One doc line for a one-row code, its message's Markdown escaped.
    let doc = r#"# [doc = r" `Forbidden.RAM` (HTTP 403, retry: never): Not \[allowed\] \<b\>"]"#;
    assert!(out.contains(doc), "{out}");
    // The codes end to end, then each distinct message once (`m` for both AB and CD).
    assert!(
        out.contains(r#"text : r"Forbidden.RAMABCDNot [allowed] <b>m""#),
        "{out}"
    );
    // Forbidden.RAM: its message at 17..34, 403, never; AB and CD: `m` at 34..35, 400.
    assert!(
        out.contains(r#"rows : b"\x11\0\0\0\"\0\0\0\x93\x01\0\0\"\0\0\0#\0\0\0\x90\x01\0\0\"\0\0\0#\0\0\0\x90\x01\0\0""#),
        "{out}"
    );
    assert!(!out.contains("non_exhaustive"), "{out}");
}

use quote::quote;

#[test]
fn string_literals_are_raw_with_enough_hashes() {
    for text in [
        "plain",
        "a \"quoted\" word",
        "tricky \"# and \"## here",
        "a fence longer than ten: \"###########",
        "back\\slash",
        "",
        "line\nbreak",
        "\"",
    ] {
        let literal = expand::StrLiteral(text).to_string();
        let parsed: syn::LitStr = syn::parse_str(&literal).unwrap();
        assert_eq!(parsed.value(), text, "{literal}");
    }
    assert_eq!(expand::StrLiteral("cr\r").to_string(), "\"cr\\r\"");
    assert_eq!(expand::StrLiteral("2 cr\r\r").to_string(), "\"2 cr\\r\\r\"");
    // An invisible character is escaped; a visible one stays raw.
    assert_eq!(
        expand::StrLiteral("zero\u{200B}width").to_string(),
        "\"zero\\u{200b}width\""
    );
    assert_eq!(
        expand::StrLiteral("\u{C4}rger").to_string(),
        "r\"\u{C4}rger\""
    );
}

#[test]
fn line_numbers_count_blank_lines_and_multiline_fields() {
    let csv = format!("{HEADER}A,400,\"two\nlines\",\n\nB,4OO,m,\r\n\r\nC,4OO,m,\n");
    assert_eq!(
        errors(&csv),
        [
            "spec/x.csv:5: http_status: expected an integer from 100 to 599, found \"4OO\"",
            "spec/x.csv:7: http_status: expected an integer from 100 to 599, found \"4OO\"",
        ]
    );
}

#[test]
fn diagnostics_carry_the_related_rows_as_data() {
    let common = format!("{HEADER}Throttling,400,Slow down.,throttling\n");
    let product = format!("{HEADER}A,400,a,\nThrottling,429,Too many.,never\nA,400,a,\n");
    let diags = parse_table(&[
        ("spec/common.csv", common.as_bytes()),
        ("spec/vpc.csv", product.as_bytes()),
    ])
    .unwrap_err();
    let related: Vec<Vec<String>> = diags
        .iter()
        .map(|d| d.related.iter().map(ToString::to_string).collect())
        .collect();
    assert_eq!(related, [["spec/common.csv:2"], ["spec/vpc.csv:2"]]);
    // Display names them as a table does: a path, or a line of the same file.
    assert_eq!(
        diags.to_string(),
        "spec/vpc.csv:3: retry: code \"Throttling\" is \"never\" here but \"throttling\" at spec/common.csv:2\n\
         spec/vpc.csv:4: row: duplicate of line 2"
    );
}

#[test]
fn both_doc_line_forms_give_the_same_documentation() {
    // Inside the compiler a doc line is a `///` comment, outside `#[doc = r"…"]`: the unit
    // tests run the second; this checks that the first documents the same text.
    use syn::parse::Parser;
    let doc_of = |text: &str| -> String {
        let attrs = syn::Attribute::parse_outer.parse_str(text).unwrap();
        let syn::Meta::NameValue(meta) = &attrs[0].meta else {
            panic!("{text}")
        };
        let syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(doc),
            ..
        }) = &meta.value
        else {
            panic!("{text}")
        };
        doc.value()
    };
    for line in [
        " `Forbidden.RAM` (HTTP 403, retry: never): User not authorized.",
        " a \"quoted\" \\ backslash, */ and /* markers, \u{201C}curly\u{201D}, 中文, 😀",
        "",
        " ##\"# fences",
    ] {
        let (mut comment, mut attribute) = (String::new(), String::new());
        crate::expand::write_doc_line(&mut comment, line, true);
        crate::expand::write_doc_line(&mut attribute, line, false);
        assert_eq!(doc_of(&comment), doc_of(&attribute), "{line:?}");
        assert_eq!(doc_of(&attribute), line);
    }
}

#[test]
fn markdown_punctuation_is_escaped_and_control_characters_become_spaces() {
    let escaped = |text: &str| {
        let mut out = String::from(">");
        crate::expand::escape_markdown(&mut out, text);
        out
    };
    assert_eq!(escaped(""), ">");
    assert_eq!(escaped("plain 中文 text"), ">plain 中文 text");
    assert_eq!(
        escaped("plain ASCII, (with) 'quotes'."),
        ">plain ASCII, (with) 'quotes'."
    );
    // The printable range's ends: a space and `~` (escaped) in, DEL (a control) out.
    assert_eq!(escaped(" del\x7f~"), "> del \\~");
    assert_eq!(escaped("<>"), r">\<\>");
    assert_eq!(
        escaped("[a]<b>`c`*_#|~&!\\"),
        r">\[a\]\<b\>\`c\`\*\_\#\|\~\&\!\\"
    );
    assert_eq!(escaped("\tone\r\nline\u{85}é!"), "> one  line é\\!");
}

#[cfg(feature = "import")]
#[test]
fn import_infers_each_retry_class_from_any_one_rule() {
    use crate::infer_retry;
    for (code, statuses, class) in [
        ("Throttling", &[400][..], Retry::Throttling),
        ("Throttling.User", &[400], Retry::Throttling),
        ("Flow_Control.Exceeded", &[400], Retry::Throttling),
        ("TooManyRequests", &[403], Retry::Throttling),
        ("Quota", &[429], Retry::Throttling),
        ("InternalError.Db", &[400], Retry::Transient),
        ("ServiceUnavailable", &[400], Retry::Transient),
        ("SystemBusy", &[400], Retry::Transient),
        ("Backend.Failed", &[500, 503], Retry::Transient),
        ("Backend.Failed", &[500, 400], Retry::Never),
        ("Backend.Failed", &[], Retry::Never),
        ("Quota.Exceeded", &[400], Retry::Never),
        // The transient list is exact; any other "busy" code is a state conflict.
        ("SystemBusyNow", &[400], Retry::Conflict),
        ("IncorrectInstanceStatus", &[403], Retry::Conflict),
        ("IncorrectStatus.Vpc", &[400], Retry::Conflict),
        ("InvalidInstance.Status", &[400], Retry::Never),
        ("InvalidState", &[400], Retry::Conflict),
        ("OperationConflict", &[409], Retry::Conflict),
        ("Operation.Conflict", &[400], Retry::Conflict),
        ("TaskConflict", &[400], Retry::Conflict),
        ("LastTokenProcessing", &[403], Retry::Conflict),
        ("InstanceLocked", &[400], Retry::Conflict),
        ("VSwitch.InUse", &[400], Retry::Conflict),
        ("DependencyViolation.NatGateway", &[400], Retry::Conflict),
        ("OperationFailed.ConcurrentRequest", &[400], Retry::Conflict),
        // The request, an account or money: never.
        ("InvalidParameter.InvalidStatus", &[400], Retry::Never),
        (
            "InvalidAccountStatus.NotEnoughBalance",
            &[400],
            Retry::Never,
        ),
        ("BandwidthPackage.FinancialLocked", &[400], Retry::Never),
        ("SAG.ConflictCidr.CcnSnatCidr", &[400], Retry::Never),
    ] {
        assert_eq!(infer_retry(code, statuses), class, "{code} {statuses:?}");
    }
}

#[test]
fn a_table_path_falls_back_to_the_second_directory_only_when_the_first_lacks_it() {
    use crate::error_table::resolve_in;
    use std::ffi::OsStr;
    let root = std::env::temp_dir().join(format!("aliyun-errors-resolve-{}", std::process::id()));
    let (first, second) = (root.join("first"), root.join("second"));
    for dir in [&first, &second] {
        std::fs::create_dir_all(dir.join("spec")).unwrap();
    }
    std::fs::write(first.join("spec/both.csv"), "").unwrap();
    std::fs::write(second.join("spec/both.csv"), "").unwrap();
    std::fs::write(second.join("spec/second.csv"), "").unwrap();
    let (a, b) = (Some(first.as_os_str()), Some(second.as_os_str()));
    assert_eq!(
        resolve_in("spec/both.csv", a, b),
        first.join("spec/both.csv")
    );
    assert_eq!(
        resolve_in("spec/second.csv", a, b),
        second.join("spec/second.csv")
    );
    // In neither: the first directory's path, for the error message.
    assert_eq!(
        resolve_in("spec/none.csv", a, b),
        first.join("spec/none.csv")
    );
    assert_eq!(
        resolve_in("spec/second.csv", a, None),
        first.join("spec/second.csv")
    );
    assert_eq!(
        resolve_in("x.csv", None, None::<&OsStr>),
        std::path::PathBuf::from("x.csv")
    );
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn an_enum_with_a_where_clause_or_a_discriminant_is_refused() {
    let derive = |item: &str| crate::derive_error_code(item.parse().unwrap()).to_string();
    let out = derive(
        "enum E where u8: Copy { #[error_code(code = \"A\", status = 400, message = \"a\")] A }",
    );
    assert!(out.contains("takes no generic parameters"), "{out}");
    let out = derive("enum E { #[error_code(code = \"A\", status = 400, message = \"a\")] A = 1 }");
    assert!(out.contains("without fields or discriminant"), "{out}");
    let out = error_table(
        quote!(csv = "spec/x.csv"),
        quote!(
            enum E
            where
                u8: Copy, {}
        ),
    )
    .to_string();
    assert!(out.contains("takes no generic parameters"), "{out}");
}

#[test]
fn a_derive_names_rows_by_their_ordinal_and_variant() {
    let out = crate::derive_error_code(quote!(
        enum E {
            #[error_code(code = "A", status = 400, message = "a")]
            A,
            #[error_code(code = "B", status = 400, message = "b")]
            B,
            #[error_code(code = "A", status = 400, message = "a")]
            C,
        }
    ))
    .to_string();
    assert!(out.contains("the #[error_code] row 1 (on A)"), "{out}");
}

#[test]
fn diagnostics_count_iterate_and_keep_the_files_order() {
    let bad = format!("{HEADER}A,999,m,\n");
    let worse = format!("{HEADER}B,200,m,\nC,999,m,\n");
    // Reported file by file in the order given, whatever order validation finds them in.
    let Err(diags) = parse_table(&[
        ("spec/b.csv", worse.as_bytes()),
        ("spec/a.csv", bad.as_bytes()),
    ]) else {
        panic!("expected problems")
    };
    assert_eq!(diags.len(), 2, "{diags}");
    assert!(!diags.is_empty());
    assert!(Diagnostics(Vec::new()).is_empty());
    let places: Vec<(String, Option<u64>)> = (&diags)
        .into_iter()
        .map(|d| (d.path.clone(), d.line))
        .collect();
    assert_eq!(
        places,
        [
            ("spec/b.csv".to_owned(), Some(3)),
            ("spec/a.csv".to_owned(), Some(2))
        ]
    );
}

#[test]
fn generated_data_covers_templates_apis_and_rows() {
    // A template with two wildcards, APIs on two codes, a code of two adjacent rows, and no
    // transient code.
    let t = table(
        "code,http_status,message,retry,apis\n\
         Quota.%s.Over%dTimes,400,q,throttling,Run\n\
         A,400,a,,Run Stop\n\
         A,404,a2,,\n\
         B,403,b,,\n",
    );
    let out = crate::expand_table(&t, "E", false).unwrap().to_string();
    for piece in [
        // The templates by index, most specific first.
        "templates : [0]",
        // The API names once, sorted; per API its codes' indices (u16): Run 0, 1; Stop 1.
        ", api_names : [r\"Run\" , r\"Stop\" ,] , api_codes : b\"\\0\\0\\x01\\0\\x01\\0\" , api_first : b\"\\0\\0\\0\\0\\x02\\0\\0\\0\\x03\\0\\0\\0\")",
        // The template's row: its message `q` at 22..23, 400, throttling (1).
        "rows : b\"\\x16\\0\\0\\0\\x17\\0\\0\\0\\x90\\x01\\x01\\0",
    ] {
        assert!(out.contains(piece), "{piece} in {out}");
    }
    // Without templates or APIs, the trait's defaults: no such arguments.
    let plain = crate::expand_table(&table(&format!("{HEADER}A,400,a,\n")), "E", false)
        .unwrap()
        .to_string();
    assert!(!plain.contains("templates :"), "{plain}");
    assert!(!plain.contains("api_names"), "{plain}");
}

#[test]
fn a_code_of_placeholders_and_punctuation_alone_is_exact_not_a_template() {
    for code in ["%s", "%d", "%s.%s", "%s-%d", "%s_%s:"] {
        assert!(!ParsedTable::is_template(code), "{code}");
    }
    for code in [
        "ACS.%s",
        "%sServiceRisked",
        "Quota.%s.Over%dTimes",
        "E%d",
        "Ärger.%s",
    ] {
        assert!(ParsedTable::is_template(code), "{code}");
    }
    assert!(!ParsedTable::is_template("Plain.Code"));
    let t = table(&format!("{HEADER}%s,400,%s,transient\nA.%s,400,m,\n"));
    let templates: Vec<_> = t.templates().iter().map(|c| c.code.as_str()).collect();
    assert_eq!(templates, ["A.%s"]);
}

#[test]
fn the_most_specific_template_comes_first_then_table_order() {
    let t = table(&format!(
        "{HEADER}X.%s,400,m,\nConvertFailed.%s,400,m,\nY.%s,400,m,\nConvertFailed.Date%s,400,m,\n"
    ));
    let templates: Vec<_> = t.templates().iter().map(|c| c.code.as_str()).collect();
    assert_eq!(
        templates,
        ["ConvertFailed.Date%s", "ConvertFailed.%s", "X.%s", "Y.%s"]
    );
    let out = crate::expand_table(&t, "E", false).unwrap().to_string();
    assert!(out.contains("templates : [3 1 0 2]"), "{out}");
}

#[test]
fn a_table_of_up_to_64_codes_gets_a_compiled_match_by_length() {
    let rows = |n: usize| {
        let mut csv = HEADER.to_owned();
        for i in 0..n {
            csv.push_str(&format!("Code{i},400,m,\n"));
        }
        table(&csv)
    };
    let at_limit = expand_table_source(&rows(lookup::SMALL_TABLE), "E", false).unwrap();
    // Grouped by length, each code with its index: `Code0`..`Code9` are 5 bytes long.
    assert!(at_limit.contains(r#"by_length: {5 => [r"Code0" 0 r"Code1" 1 "#));
    assert!(at_limit.contains(r#"6 => [r"Code10" 10 "#));
    assert!(at_limit.contains(r#"r"Code63" 63 ]}"#));
    let past = expand_table_source(&rows(lookup::SMALL_TABLE + 1), "E", false).unwrap();
    assert!(!past.contains("by_length"));
    assert!(past.contains("slots"));
}
