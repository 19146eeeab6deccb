//! The columns of `cli/products.csv`, the CLI's list of products: written by the maintainers'
//! pipeline (`cargo xtask codegen`), read by the CLI. One schema, by name.

/// The header of `cli/products.csv`, in order.
pub const COLUMNS: [&str; 7] = [
    "product",
    "enum",
    "feature",
    "tables",
    "version",
    "success_codes",
    "style",
];

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
}

impl Listed {
    /// The row's fields, in [`COLUMNS`]' order (lists joined by spaces).
    pub fn to_fields(&self) -> [String; 7] {
        [
            self.product.clone(),
            self.enum_name.clone(),
            self.feature.clone(),
            self.tables.join(" "),
            self.version.clone(),
            self.success_codes.join(" "),
            self.style.clone(),
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
        })
    }
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
        };
        let fields = listed.to_fields();
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
    }
}
