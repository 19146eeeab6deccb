//! The code lookups every generated table carries (slots written by the generator's hash, read
//! by the runtime's; a small table's compiled `match` besides): every code of every enabled
//! product is found, at its own index, by both, and a code one byte off by neither.

use aliyun_errors::ErrorCode;

fn every_code_is_found_and_no_near_miss<E: ErrorCode>() {
    for (index, &e) in E::ALL.iter().enumerate() {
        assert_eq!(e.index(), index);
        assert_eq!(E::from_code(e.code()), Some(e), "{e:?}");
        assert_eq!(E::TABLE.find(e.code()), Some(index), "{e:?}");
        // The same code with its last byte changed, cut short, and lengthened.
        let code = e.code();
        let cut = code.char_indices().last().map_or(0, |(at, _)| at);
        let mut changed = code.as_bytes().to_vec();
        if let Some(last) = changed.last_mut() {
            *last = if *last == b'~' { b'!' } else { b'~' };
        }
        for near in [
            String::from_utf8_lossy(&changed).into_owned(),
            code[..cut].to_owned(),
            format!("{code}x"),
        ] {
            if let Some(found) = E::from_code(&near) {
                assert_eq!(found.code(), near, "{near:?} found as {found:?}");
            }
            let by_slots = E::TABLE.find(&near).map(|i| E::ALL[i]);
            assert_eq!(E::from_code(&near), by_slots, "{near:?}");
        }
    }
    assert_eq!(E::from_code(""), None);
    assert_eq!(E::from_code(&"x".repeat(4096)), None);
}

#[test]
fn every_enabled_product_finds_its_codes() {
    use aliyun_errors::*;
    every_code_is_found_and_no_near_miss::<ecs::EcsError>();
    every_code_is_found_and_no_near_miss::<pop::PopError>();
    every_code_is_found_and_no_near_miss::<oss::OssError>();
    every_code_is_found_and_no_near_miss::<sls::SlsError>();
    every_code_is_found_and_no_near_miss::<fc::FcError>();
    every_code_is_found_and_no_near_miss::<fc_open::FcOpenError>();
    every_code_is_found_and_no_near_miss::<mns_open::MnsOpenError>();
    every_code_is_found_and_no_near_miss::<dashscope::DashscopeError>();
    every_code_is_found_and_no_near_miss::<dysmsapi::DysmsapiError>();
    every_code_is_found_and_no_near_miss::<cloudapi::CloudapiError>();
    every_code_is_found_and_no_near_miss::<maxcompute::MaxcomputeError>();
}

#[test]
fn a_macro_table_finds_its_codes() {
    every_code_is_found_and_no_near_miss::<aliyun_errors_tests::SmallError>();
}
