//! One row of a queries or customers file, as text: whichever format it came from, a row
//! becomes a [`Record`], and a record becomes a screening [`Query`] or a customer.

use crate::error::FieldError;
use crate::query::RawQuery;
use nomina_match::Query;
use serde_json::Value;

/// The columns (CSV header, Parquet field names) and JSON keys a row may have. Lists within
/// a CSV cell or a text column are separated by `;`; in Parquet they may also be list
/// columns.
pub const COLUMNS: &[&str] = &[
    "id",
    "reference",
    "name",
    "names",
    "aliases",
    "type",
    "dob",
    "country",
    "identifiers",
    "ids",
];

/// The columns that hold the row's key (customer reference, query id).
pub const KEY_COLUMNS: &[&str] = &["id", "reference"];

/// The columns that hold more than one value.
pub const LIST_COLUMNS: &[&str] = &["names", "aliases", "identifiers", "ids"];

/// Separator of the values of a list held in one text cell.
pub const LIST_SEPARATOR: char = ';';

/// One row: its key and a party's fields, all as text, not yet checked.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Record {
    /// The row's id or reference as written (a JSON number stays a number), when it has one.
    pub key: Option<Value>,
    /// Names, the main one first.
    pub names: Vec<String>,
    /// Kind of party, as written.
    pub entity_type: Option<String>,
    /// Date of birth or incorporation, as written.
    pub dob: Option<String>,
    /// Country, as written.
    pub country: Option<String>,
    /// Identifiers.
    pub identifiers: Vec<String>,
}

impl Record {
    /// The key as text (`None` when the row has none).
    pub fn key_text(&self) -> Option<String> {
        self.key.as_ref().map(|k| match k {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        })
    }

    /// Sets one column's value from text; list columns are split on `;`. A column not in
    /// [`COLUMNS`] is an error naming it.
    pub fn set_text(&mut self, column: &str, value: &str) -> Result<(), FieldError> {
        let list = || split_list(value);
        match column {
            "id" | "reference" => self.key = Some(Value::String(value.to_string())),
            "name" => self.names.insert(0, value.to_string()),
            "names" | "aliases" => self.names.extend(list()),
            "type" => self.entity_type = Some(value.to_string()),
            "dob" => self.dob = Some(value.to_string()),
            "country" => self.country = Some(value.to_string()),
            "identifiers" | "ids" => self.identifiers.extend(list()),
            other => return Err(unknown_column(other)),
        }
        Ok(())
    }

    /// The screening query of a row: exactly one name (screening takes one name a query;
    /// `customers import` is the door for a party with aliases).
    pub fn query(&self) -> Result<Query, FieldError> {
        if self.names.len() > 1 {
            return Err(FieldError::in_field(
                "names",
                format!(
                    "{} names in one row; a screening query has one name (customers import \
                     takes aliases)",
                    self.names.len()
                ),
            ));
        }
        RawQuery {
            name: self.names.first().map(String::as_str),
            entity_type: self.entity_type.as_deref(),
            dob: self.dob.as_deref(),
            country: self.country.as_deref(),
            ids: self.identifiers.clone(),
        }
        .read()
    }
}

/// The values of a list held in one text cell: split on `;`, trimmed, blanks dropped.
pub fn split_list(value: &str) -> Vec<String> {
    value
        .split(LIST_SEPARATOR)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// The error for a column or key nomina does not read.
pub fn unknown_column(name: &str) -> FieldError {
    FieldError::in_field(
        name,
        format!("unknown column (known: {})", COLUMNS.join(", ")),
    )
}

/// A record from one JSON object: `{"id"|"reference": …, "query": {…}}` (the name
/// benchmark's format, whose other top-level keys — `expect`, `tags` and the like — are
/// labels for scorers and are not read) or the fields at the top level. Unknown keys among
/// the fields are errors naming them.
pub fn from_json(v: &Value) -> Result<Record, FieldError> {
    let Some(top) = v.as_object() else {
        return Err(FieldError::in_row("not a JSON object"));
    };
    let mut r = Record::default();
    let mut fields = top.clone();
    for key in KEY_COLUMNS {
        if let Some(k) = fields.remove(*key) {
            r.key = match k {
                Value::String(_) | Value::Number(_) => Some(k),
                Value::Null => None,
                _ => return Err(FieldError::in_field(*key, "expected a string or a number")),
            };
        }
    }
    if let Some(q) = fields.remove("query") {
        fields = match q {
            Value::Object(m) => m,
            _ => return Err(FieldError::in_field("query", "expected an object")),
        };
    }
    let text = |k: &str, v: &Value| -> Result<Option<String>, FieldError> {
        match v {
            Value::Null => Ok(None),
            Value::String(s) => Ok(Some(s.clone())),
            _ => Err(FieldError::in_field(k, "expected a string")),
        }
    };
    let list = |k: &str, v: &Value| -> Result<Vec<String>, FieldError> {
        match v {
            Value::Null => Ok(Vec::new()),
            Value::String(s) => Ok(vec![s.clone()]),
            Value::Array(a) => a
                .iter()
                .enumerate()
                .map(|(i, x)| {
                    x.as_str().map(str::to_string).ok_or_else(|| {
                        FieldError::in_field(format!("{k}[{i}]"), "expected a string")
                    })
                })
                .collect(),
            _ => Err(FieldError::in_field(
                k,
                "expected a string or a list of strings",
            )),
        }
    };
    for (k, v) in &fields {
        match k.as_str() {
            "name" => {
                if let Some(n) = text(k, v)? {
                    r.names.insert(0, n);
                }
            }
            "names" | "aliases" => r.names.extend(list(k, v)?),
            "type" => r.entity_type = text(k, v)?,
            "dob" => r.dob = text(k, v)?,
            "country" => r.country = text(k, v)?,
            "identifiers" | "ids" => r.identifiers.extend(list(k, v)?),
            other => return Err(FieldError::in_field(other, "unknown key")),
        }
    }
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_benchmark_query_format_is_read() {
        let v = json!({"id": "c1", "query": {"name": "Ann Smith", "type": "person", "dob": "1970", "country": "DE"}});
        let r = from_json(&v).unwrap();
        assert_eq!(r.key_text().as_deref(), Some("c1"));
        assert_eq!(r.names, vec!["Ann Smith"]);
        assert_eq!(r.dob.as_deref(), Some("1970"));
        assert_eq!(r.query().unwrap().country.as_deref(), Some("DE"));
    }

    #[test]
    fn the_labels_beside_a_query_are_not_read() {
        let v = json!({"id": "d1", "query": {"name": "Ann Smith"}, "expect": ["un:QDi.1"], "tags": ["typo"]});
        let r = from_json(&v).unwrap();
        assert_eq!(r.names, vec!["Ann Smith"]);
        assert_eq!(r.key_text().as_deref(), Some("d1"));
    }

    #[test]
    fn flat_objects_with_aliases_and_identifiers_are_read() {
        let v = json!({"reference": 7, "name": "A", "aliases": ["B"], "identifiers": "P1"});
        let r = from_json(&v).unwrap();
        assert_eq!(r.key, Some(json!(7)));
        assert_eq!(r.key_text().as_deref(), Some("7"));
        assert_eq!(r.names, vec!["A", "B"]);
        assert_eq!(r.identifiers, vec!["P1"]);
    }

    #[test]
    fn bad_fields_are_named() {
        for (v, field) in [
            (json!({"id": "c", "query": {"name": 3}}), "name"),
            (json!({"id": "c", "query": {"nmae": "x"}}), "nmae"),
            (json!({"id": [1], "name": "x"}), "id"),
            (json!({"id": "c", "identifiers": [1]}), "identifiers[0]"),
            (json!([1]), "row"),
        ] {
            let e = from_json(&v).unwrap_err();
            assert_eq!(e.field, field, "{v}");
            if field != "row" {
                assert!(e.message.starts_with(&format!("{field:?}: ")), "{e}");
            }
        }
    }

    #[test]
    fn a_query_has_one_name() {
        let mut r = Record::default();
        r.set_text("names", "A; B").unwrap();
        assert_eq!(r.names, vec!["A", "B"]);
        assert_eq!(r.query().unwrap_err().field, "names");
        assert_eq!(r.set_text("colour", "x").unwrap_err().field, "colour");
    }
}
