//! The columns of `cli/products.csv`, the CLI's list of products: written by the maintainers'
//! pipeline (`cargo xtask codegen`), read by the CLI. One schema, by name.

/// The header of `cli/products.csv`, in order.
pub const COLUMNS: [&str; 8] = [
    "product",
    "enum",
    "feature",
    "tables",
    "version",
    "success_codes",
    "style",
    "sources",
];

/// Where a row of a product's table comes from, by kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SourceKind {
    /// The API metadata (`spec/catalog/`, `spec/ecs-api.csv`).
    Metadata,
    /// A documentation page (the seed's tables, which have no `source` column, included).
    Documentation,
    /// An official SDK's file.
    Sdk,
    /// Alibaba Cloud's own client, terraform-provider-alicloud (`spec/terraform/`).
    Client,
}

impl SourceKind {
    /// Every kind, in the order `sources` lists them.
    pub const ALL: [SourceKind; 4] = [
        SourceKind::Metadata,
        SourceKind::Documentation,
        SourceKind::Sdk,
        SourceKind::Client,
    ];

    /// The kind's name: `metadata`, `documentation`, `sdk` or `client`.
    pub const fn as_str(self) -> &'static str {
        match self {
            SourceKind::Metadata => "metadata",
            SourceKind::Documentation => "documentation",
            SourceKind::Sdk => "sdk",
            SourceKind::Client => "client",
        }
    }

    /// The kind of a row of the table file `table` (its path under the workspace, such as
    /// `spec/families/oss.csv`) whose `source` column is `source` (empty without one). A
    /// GitHub file is an SDK's, but for the documentation's own sources (`AlibabaCloudDocs`).
    pub fn of(table: &str, source: &str) -> SourceKind {
        if table.starts_with("spec/catalog/") || table == "spec/ecs-api.csv" {
            SourceKind::Metadata
        } else if table.starts_with("spec/terraform/") {
            SourceKind::Client
        } else if source.contains("github.com/") && !source.contains("github.com/AlibabaCloudDocs/")
        {
            SourceKind::Sdk
        } else {
            SourceKind::Documentation
        }
    }
}

/// One product as `cli/products.csv` lists it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Listed {
    /// The catalog name (`ecs`, `fc-open`).
    pub product: String,
    /// Its enum (`EcsError`).
    pub enum_name: String,
    /// The runtime feature that compiles it; empty for a product without a table of its own.
    pub feature: String,
    /// The tables it merges, in order.
    pub tables: Vec<String>,
    /// The version of the API metadata it was imported from; empty without one.
    pub version: String,
    /// The codes its 2xx envelopes carry on success (SMS's `OK`).
    pub success_codes: Vec<String>,
    /// The envelope style whose retry rules its errors follow (`oss`, `sls`, `fc`,
    /// `dashscope`); empty for the general rules.
    pub style: String,
    /// Its rows counted by where they come from, in [`SourceKind::ALL`]'s order.
    pub sources: [usize; 4],
}

impl Listed {
    /// The row's fields, in [`COLUMNS`]' order (lists joined by spaces).
    pub fn to_fields(&self) -> [String; 8] {
        [
            self.product.clone(),
            self.enum_name.clone(),
            self.feature.clone(),
            self.tables.join(" "),
            self.version.clone(),
            self.success_codes.join(" "),
            self.style.clone(),
            SourceKind::ALL
                .iter()
                .zip(self.sources)
                .map(|(kind, n)| format!("{}={n}", kind.as_str()))
                .collect::<Vec<_>>()
                .join(" "),
        ]
    }

    /// A row read under `header`: each field by its column's name, so that a column added or
    /// moved is still read right. `Err` names a missing column.
    pub fn from_fields<'a>(
        header: &[&str],
        fields: impl IntoIterator<Item = &'a str>,
    ) -> Result<Listed, String> {
        let fields: Vec<&str> = fields.into_iter().collect();
        let field = |name: &str| -> Result<&str, String> {
            let at = header
                .iter()
                .position(|h| *h == name)
                .ok_or_else(|| format!("no column {name:?}"))?;
            Ok(fields.get(at).copied().unwrap_or(""))
        };
        let words = |name: &str| -> Result<Vec<String>, String> {
            Ok(field(name)?
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(str::to_owned)
                .collect())
        };
        Ok(Listed {
            product: field(COLUMNS[0])?.to_owned(),
            enum_name: field(COLUMNS[1])?.to_owned(),
            feature: field(COLUMNS[2])?.to_owned(),
            tables: words(COLUMNS[3])?,
            version: field(COLUMNS[4])?.to_owned(),
            success_codes: words(COLUMNS[5])?,
            style: field(COLUMNS[6])?.to_owned(),
            sources: sources(field(COLUMNS[7])?)?,
        })
    }
}

/// The `sources` column (`metadata=3 documentation=1 sdk=0 client=2`) as counts.
fn sources(text: &str) -> Result<[usize; 4], String> {
    let mut counts = [0; 4];
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let parsed = word.split_once('=').and_then(|(name, n)| {
            let at = SourceKind::ALL.iter().position(|k| k.as_str() == name)?;
            Some((at, n.parse().ok()?))
        });
        let (at, n) = parsed.ok_or_else(|| format!("sources: not a kind=count: {word:?}"))?;
        counts[at] = n;
    }
    Ok(counts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_round_trips_by_column_name() {
        let listed = Listed {
            product: "dysmsapi".into(),
            enum_name: "DysmsapiError".into(),
            feature: "dysmsapi".into(),
            tables: vec![
                "spec/common.csv".into(),
                "spec/families/dysmsapi.csv".into(),
            ],
            version: "2017-05-25".into(),
            success_codes: vec!["OK".into()],
            style: String::new(),
            sources: [0, 20, 3, 1],
        };
        let fields = listed.to_fields();
        assert_eq!(fields[7], "metadata=0 documentation=20 sdk=3 client=1");
        let read = Listed::from_fields(&COLUMNS, fields.iter().map(String::as_str)).unwrap();
        assert_eq!(read, listed);
        // Columns in another order are read by name.
        let mut header = COLUMNS;
        header.swap(0, 6);
        let mut moved = fields.clone();
        moved.swap(0, 6);
        let read = Listed::from_fields(&header, moved.iter().map(String::as_str)).unwrap();
        assert_eq!(read, listed);
        assert_eq!(
            Listed::from_fields(&COLUMNS[..6], fields.iter().map(String::as_str)),
            Err("no column \"style\"".into())
        );
        let mut bad = fields.clone();
        bad[7] = "metadata=x".into();
        assert_eq!(
            Listed::from_fields(&COLUMNS, bad.iter().map(String::as_str)),
            Err("sources: not a kind=count: \"metadata=x\"".into())
        );
    }

    #[test]
    fn a_row_kind_comes_from_its_table_then_its_source() {
        let kind = SourceKind::of;
        assert_eq!(kind("spec/catalog/vpc.csv", ""), SourceKind::Metadata);
        assert_eq!(kind("spec/ecs-api.csv", ""), SourceKind::Metadata);
        assert_eq!(
            kind("spec/terraform/vpc.csv", "https://github.com/aliyun/x"),
            SourceKind::Client
        );
        assert_eq!(kind("spec/ecs.csv", ""), SourceKind::Documentation);
        let sdk = "https://github.com/aliyun/aliyun-oss-java-sdk/blob/c/OSSErrorCode.java#L9";
        assert_eq!(kind("spec/families/oss.csv", sdk), SourceKind::Sdk);
        let docs = "https://github.com/AlibabaCloudDocs/sls/blob/c/errors.md#L3";
        assert_eq!(
            kind("spec/families/sls.csv", docs),
            SourceKind::Documentation
        );
        let page = "https://www.alibabacloud.com/help/doc-detail/32005.html";
        assert_eq!(
            kind("spec/families/oss.csv", page),
            SourceKind::Documentation
        );
    }
}
