//! Replays the published history of ECS's and VPC's API metadata (`tests/history/`, every
//! revision's error entries as a change log; its README gives the shape): each revision is
//! imported onto the table of the one before (`--keep`), as a maintainer regenerates. Over
//! the whole history, no product variant is ever renamed; each API's operation kind has, at
//! every revision, exactly the codes the metadata lists for that API, so its variants change
//! exactly when that list changes; and `diff`'s verdict is breaking exactly then.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use aliyun_errors_codegen::{ParsedTable, apis_with_codes, import, parse_table};
use serde_json::{Value, json};

/// One metadata entry: API, status key, code, message.
type Entry = (String, String, String, String);

/// Every revision's entries, oldest first, rebuilt from the change log.
fn revisions(product: &str) -> Vec<BTreeSet<Entry>> {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/history/{product}/changes.csv"));
    let mut reader = csv::Reader::from_path(&path).unwrap();
    let mut revisions: Vec<BTreeSet<Entry>> = Vec::new();
    for record in reader.records() {
        let r = record.unwrap();
        let revision: usize = r[0].parse().unwrap();
        while revisions.len() <= revision {
            revisions.push(revisions.last().cloned().unwrap_or_default());
        }
        let entry = (
            r[2].to_owned(),
            r[3].to_owned(),
            r[4].to_owned(),
            r[5].to_owned(),
        );
        let entries = &mut revisions[revision];
        match &r[1] {
            "+" => assert!(entries.insert(entry), "{product} r{revision}: added twice"),
            "-" => assert!(
                entries.remove(&entry),
                "{product} r{revision}: removed, absent"
            ),
            other => panic!("change {other:?}"),
        }
    }
    // A revision that changed no error entry (ECS's last) has none in the log.
    let listed = csv::Reader::from_path(path.with_file_name("revisions.csv"))
        .unwrap()
        .records()
        .count();
    while revisions.len() < listed {
        revisions.push(revisions.last().cloned().unwrap_or_default());
    }
    revisions
}

/// The revision as an `api-docs.json` holding its error entries.
fn api_docs(entries: &BTreeSet<Entry>) -> Vec<u8> {
    let mut apis: BTreeMap<&str, BTreeMap<&str, Vec<Value>>> = BTreeMap::new();
    for (api, status, code, message) in entries {
        apis.entry(api)
            .or_default()
            .entry(status)
            .or_default()
            .push(json!({ "errorCode": code, "errorMessage": message }));
    }
    let apis: serde_json::Map<String, Value> = apis
        .into_iter()
        .map(|(api, codes)| (api.to_owned(), json!({ "errorCodes": codes })))
        .collect();
    serde_json::to_vec(&json!({ "apis": apis })).unwrap()
}

/// Each API's codes as the metadata lists them: the entries `import --skip-invalid` takes
/// (a status key from 100 to 599; a code by the one code rule, white space around it trimmed).
fn metadata_lists(entries: &BTreeSet<Entry>) -> BTreeMap<String, BTreeSet<String>> {
    let mut lists: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (api, status, code, _) in entries {
        let status_ok = status.bytes().all(|b| b.is_ascii_digit())
            && status
                .parse::<u16>()
                .is_ok_and(|s| (100..=599).contains(&s));
        let code = code.trim();
        if status_ok && aliyun_errors_codegen::is_valid_code(code) {
            lists
                .entry(api.clone())
                .or_default()
                .insert(code.to_owned());
        }
    }
    lists
}

/// Each API's operation kind, as its codes (the kind's variants).
fn kinds(table: &ParsedTable) -> BTreeMap<String, BTreeSet<String>> {
    let codes = table.codes();
    apis_with_codes(table)
        .into_iter()
        .map(|(api, indices)| {
            (
                api.to_owned(),
                indices.iter().map(|&i| codes[i].code.clone()).collect(),
            )
        })
        .collect()
}

fn diff_verdict(dir: &Path, old: &str, new: &str) -> String {
    let (old_path, new_path) = (dir.join("old.csv"), dir.join("new.csv"));
    std::fs::write(&old_path, old).unwrap();
    std::fs::write(&new_path, new).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_aliyun-errors"))
        .args(["diff", "--json"])
        .arg(&old_path)
        .arg(&new_path)
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    v["verdict"].as_str().unwrap().to_owned()
}

/// Replays one product; returns per step (revision 1 on) the number of operation kinds that
/// changed and whether the product's enum changed.
fn replay(product: &str) -> (Vec<(usize, bool)>, BTreeMap<String, usize>) {
    let dir: PathBuf = std::env::temp_dir().join(format!(
        "aliyun-errors-history-{product}-{}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let mut steps = Vec::new();
    let mut changes_of: BTreeMap<String, usize> = BTreeMap::new();
    let mut previous: Option<(ParsedTable, String)> = None;
    for (revision, entries) in revisions(product).iter().enumerate() {
        let docs = api_docs(entries);
        let keep = previous.as_ref().map(|(table, _)| table);
        // As `import --skip-invalid`: an entry whose status is not one (ECS's `4003`) is left out.
        let imported = import(&[("api-docs.json", &docs)], keep, &[], true)
            .unwrap_or_else(|p| panic!("{product} r{revision}: {p:?}"));
        let table = parse_table(&[("table.csv", imported.csv.as_bytes())])
            .unwrap_or_else(|d| panic!("{product} r{revision}: {d}"));
        // Each API's kind holds exactly the codes the metadata lists for it.
        let (have, want) = (kinds(&table), metadata_lists(entries));
        let apis: BTreeSet<&String> = have.keys().chain(want.keys()).collect();
        let differ: Vec<_> = apis
            .into_iter()
            .filter(|api| have.get(*api) != want.get(*api))
            .map(|api| (api, have.get(api), want.get(api)))
            .collect();
        assert!(differ.is_empty(), "{product} r{revision}: {differ:?}");
        if let Some((old, old_csv)) = &previous {
            // No variant is renamed (or lost): `--keep` keeps every code where it was.
            for code in old.codes() {
                let now = table
                    .code(&code.code)
                    .unwrap_or_else(|| panic!("{} gone", code.code));
                assert_eq!(
                    now.variant, code.variant,
                    "{product} r{revision}: {} renamed",
                    code.code
                );
            }
            let (before, after) = (kinds(old), kinds(&table));
            let apis: BTreeSet<&String> = before.keys().chain(after.keys()).collect();
            let changed_apis: Vec<&&String> = apis
                .iter()
                .filter(|api| before.get(**api) != after.get(**api))
                .collect();
            for api in &changed_apis {
                *changes_of.entry((**api).clone()).or_default() += 1;
            }
            let changed = changed_apis.len();
            let enum_changed = table.codes().len() != old.codes().len();
            let verdict = diff_verdict(&dir, old_csv, &imported.csv);
            assert_eq!(
                verdict == "breaking",
                changed > 0,
                "{product} r{revision}: verdict {verdict}, {changed} kinds changed"
            );
            steps.push((changed, enum_changed));
        }
        previous = Some((table, imported.csv));
    }
    let _ = std::fs::remove_dir_all(&dir);
    // Every API of the last revision, changed or not.
    if let Some((table, _)) = &previous {
        for api in kinds(table).into_keys() {
            changes_of.entry(api).or_default();
        }
    }
    (steps, changes_of)
}

fn report(product: &str, (steps, changes_of): &(Vec<(usize, bool)>, BTreeMap<String, usize>)) {
    let mut changed: Vec<usize> = steps.iter().map(|s| s.0).collect();
    changed.sort_unstable();
    let steps_with_kind_changes = changed.iter().filter(|&&n| n > 0).count();
    let enum_changes = steps.iter().filter(|s| s.1).count();
    eprintln!(
        "{product}: {} steps; operation kinds changed per step: median {}, max {}; steps changing a kind: {steps_with_kind_changes}; steps changing the product enum: {enum_changes}",
        steps.len(),
        changed[changed.len() / 2],
        changed.last().copied().unwrap_or(0),
    );
    let mut per_api: Vec<usize> = changes_of.values().copied().collect();
    per_api.sort_unstable();
    eprintln!(
        "{product}: {} operation kinds; changes per kind over the history: median {}, p90 {}, max {}",
        per_api.len(),
        per_api[per_api.len() / 2],
        per_api[per_api.len() * 9 / 10],
        per_api.last().copied().unwrap_or(0),
    );
}

#[test]
fn ecs_history_replays_with_stable_variants_and_operation_kinds() {
    let replayed = replay("ecs");
    assert_eq!(replayed.0.len(), 52);
    report("ecs", &replayed);
}

#[test]
fn vpc_history_replays_with_stable_variants_and_operation_kinds() {
    let replayed = replay("vpc");
    assert_eq!(replayed.0.len(), 50);
    report("vpc", &replayed);
}
