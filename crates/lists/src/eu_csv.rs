//! EU Financial Sanctions Files (FSF), CSV 1.1.
//!
//! A `;`-separated file whose header runs from `fileGenerationDate;Entity_LogicalId;…` to
//! `Citizenship_Regulation_PublicationUrl` (118 columns). There is one row per sub-record:
//! a row fills the name-alias, birth-date, identification, citizenship or address columns,
//! and repeats the entity columns (`Entity_*`) on every row. Rows are grouped by
//! `Entity_LogicalId` into one entity keyed `eu:<Entity_LogicalId>`.
//!
//! The columns are the XML attributes with a prefix (`NameAlias_WholeName` is
//! `nameAlias@wholeName`), so the mapping itself is shared with [`crate::eu_xml`].
//!
//! CSV 1.1 has no `strong` column, so every alias after the first reads as a strong alias;
//! a `NameAlias_Strong` column, if a file has one, is honoured.

use crate::error::{line_of, ListError, Position};
use crate::eu_xml::{clean, eu_date, EuEntity, FieldError, Fields, Stats};
use crate::un::MAX_FIELD_BYTES;
use crate::{finish_snapshot, InputFile};
use nomina_model::{FuzzyDate, ListSnapshot, Source};
use std::collections::HashMap;

/// The format name stored in [`nomina_model::ListVersion::format`].
pub const FORMAT: &str = "eu-csv";

/// Columns without which a file cannot be read as an FSF CSV.
const REQUIRED: [&str; 4] = [
    "fileGenerationDate",
    "Entity_LogicalId",
    "Entity_SubjectType_ClassificationCode",
    "NameAlias_WholeName",
];

/// The sub-record column groups, each mapped through [`Fields`] like the XML element of
/// the same name.
const GROUPS: [&str; 5] = [
    "NameAlias_",
    "BirthDate_",
    "Identification_",
    "Citizenship_",
    "Address_",
];

/// True when the first line is an FSF CSV header.
pub(crate) fn sniff(head: &[u8]) -> bool {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let line = head.split(|b| *b == b'\n').next().unwrap_or(head);
    let has = |needle: &[u8]| line.windows(needle.len()).any(|w| w == needle);
    has(b"fileGenerationDate") && has(b"Entity_LogicalId") && has(b";")
}

/// Reads an EU FSF CSV file into a whole snapshot, or fails naming the file, the line and
/// the column at fault.
pub fn parse(file: &InputFile) -> Result<ListSnapshot, ListError> {
    let name = file.name.as_str();
    let bytes = file
        .bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(&file.bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ListError::at(
            name,
            Position::Line(1),
            "the file is empty: no header row",
        ));
    }
    if let Err(e) = std::str::from_utf8(bytes) {
        let at = e.valid_up_to();
        return Err(ListError::at(
            name,
            Position::LineByte(line_of(bytes, at), at as u64),
            "invalid UTF-8: EU FSF CSV files are UTF-8 encoded",
        ));
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut rows = reader.records();
    let header = match rows.next() {
        Some(r) => r.map_err(|e| csv_error(name, e))?,
        None => {
            return Err(ListError::at(
                name,
                Position::Line(1),
                "the file is empty: no header row",
            ))
        }
    };
    let columns = Columns::new(&header);
    if let Some(missing) = REQUIRED.iter().find(|c| !columns.index.contains_key(**c)) {
        return Err(ListError::at(
            name,
            Position::Line(1),
            format!(
                "header has no {missing} column: not an EU Financial Sanctions Files CSV (1.1)"
            ),
        )
        .with_field(*missing));
    }

    let mut builders: Vec<(EuEntity, u64)> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    let mut published: Option<(FuzzyDate, String)> = None;
    for row in rows {
        let row = row.map_err(|e| csv_error(name, e))?;
        let line = row.position().map(|p| p.line()).unwrap_or(0);
        if row.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let at = |e: FieldError| {
            ListError::at(name, Position::Line(line), e.message).with_field(e.field)
        };
        if row.len() != columns.names.len() {
            return Err(ListError::at(
                name,
                Position::Line(line),
                format!(
                    "row has {} fields, the header has {} (truncated or malformed row)",
                    row.len(),
                    columns.names.len()
                ),
            ));
        }
        if let Some((i, f)) = row
            .iter()
            .enumerate()
            .find(|(_, f)| f.len() > MAX_FIELD_BYTES)
        {
            return Err(ListError::at(
                name,
                Position::Line(line),
                format!(
                    "value is {} bytes, more than the {MAX_FIELD_BYTES} accepted",
                    f.len()
                ),
            )
            .with_field(columns.names[i].clone()));
        }
        let fields = CsvFields {
            prefix: "",
            row: &row,
            columns: &columns,
        };

        if let Some(text) = fields.get("fileGenerationDate") {
            let date = eu_date(&text).ok_or_else(|| {
                ListError::at(
                    name,
                    Position::Line(line),
                    format!("{text:?} is not a date (dd/mm/yyyy)"),
                )
                .with_field("fileGenerationDate")
            })?;
            match &published {
                Some((d, first)) if *d != date => {
                    return Err(ListError::at(
                        name,
                        Position::Line(line),
                        format!("fileGenerationDate {text} differs from {first} on earlier rows"),
                    )
                    .with_field("fileGenerationDate"))
                }
                Some(_) => {}
                None => published = Some((date, text)),
            }
        }

        let id = fields.get("Entity_LogicalId").ok_or_else(|| {
            ListError::at(name, Position::Line(line), "row has no Entity_LogicalId")
                .with_field("Entity_LogicalId")
        })?;
        let i = *by_id.entry(id.clone()).or_insert_with(|| {
            builders.push((EuEntity::new(&id), line));
            builders.len() - 1
        });
        let b = &mut builders[i].0;
        for field in [
            "Entity_SubjectType",
            "Entity_SubjectType_ClassificationCode",
        ] {
            b.set_subject(field, fields.get(field)).map_err(at)?;
        }
        b.entity_fields(
            &fields,
            "Entity_EU_ReferenceNumber",
            "Entity_UnitedNationId",
            "Entity_DesignationDate",
            "Entity_DesignationDetails",
        )
        .map_err(at)?;
        b.add_remark(fields.get("Entity_Remark"));
        b.add_programme(fields.get("Entity_Regulation_Programme"));

        for prefix in GROUPS {
            if !columns.filled(&row, prefix) {
                continue;
            }
            let f = CsvFields {
                prefix,
                row: &row,
                columns: &columns,
            };
            match prefix {
                "NameAlias_" => b.add_alias(&f),
                "BirthDate_" => b.add_birthdate(&f),
                "Identification_" => b.add_identification(&f),
                "Citizenship_" => {
                    b.add_citizenship(&f);
                    Ok(())
                }
                _ => b.add_address(&f).map(|_| ()),
            }
            .map_err(at)?;
        }
    }

    if builders.is_empty() {
        return Err(ListError::at(
            name,
            Position::Line(2),
            "no data rows after the header: the list is empty or truncated",
        ));
    }
    let mut stats = Stats::default();
    let mut entities = Vec::with_capacity(builders.len());
    for (b, line) in builders {
        stats.add(&b);
        let entity = b
            .finish(
                "NameAlias_WholeName",
                "Entity_SubjectType_ClassificationCode",
            )
            .map_err(|e| {
                ListError::at(
                    name,
                    Position::Line(line),
                    format!("{} (entity first seen here)", e.message),
                )
                .with_field(e.field)
            })?;
        entities.push(entity);
    }
    let mut warnings = stats.warnings();
    if published.is_none() {
        warnings.push("no fileGenerationDate: publication date unknown".to_string());
    }
    finish_snapshot(
        Source::Eu,
        FORMAT,
        published.map(|p| p.0),
        &[file],
        entities,
        warnings,
    )
}

fn csv_error(file: &str, e: csv::Error) -> ListError {
    let message = format!("malformed CSV: {e}");
    match e.position() {
        Some(p) => ListError::at(file, Position::Line(p.line()), message),
        None => ListError::file(file, message),
    }
}

/// The header: column names and where each is.
struct Columns {
    names: Vec<String>,
    index: HashMap<String, usize>,
}

impl Columns {
    fn new(header: &csv::StringRecord) -> Columns {
        let names: Vec<String> = header.iter().map(|h| h.trim().to_string()).collect();
        let mut index = HashMap::new();
        for (i, n) in names.iter().enumerate() {
            index.entry(n.clone()).or_insert(i);
        }
        Columns { names, index }
    }

    /// True when the row fills any of a group's own columns (its regulation columns only
    /// say where the facts were published).
    fn filled(&self, row: &csv::StringRecord, prefix: &str) -> bool {
        self.names.iter().zip(row.iter()).any(|(n, v)| {
            n.starts_with(prefix)
                && !n.contains("_Regulation")
                && !n.ends_with("_RegulationLanguage")
                && !n.ends_with("_LogicalId")
                && !v.trim().is_empty()
        })
    }
}

/// One row seen through [`Fields`]: `get("wholeName")` reads `<prefix>WholeName`.
struct CsvFields<'a> {
    prefix: &'static str,
    row: &'a csv::StringRecord,
    columns: &'a Columns,
}

impl CsvFields<'_> {
    fn column(&self, name: &str) -> String {
        if self.prefix.is_empty() {
            return name.to_string();
        }
        // Where the CSV column is not simply the capitalised attribute name.
        let suffix = match name {
            "birthdate" => "BirthDate".to_string(),
            "dayOfMonth" => "Day".to_string(),
            "monthOfYear" => "Month".to_string(),
            "issueDate" => "IssuedDate".to_string(),
            "identificationTypeCode" => "TypeCode".to_string(),
            "identificationTypeDescription" => "TypeDescription".to_string(),
            _ => {
                let mut c = name.chars();
                c.next()
                    .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                    .unwrap_or_default()
            }
        };
        format!("{}{suffix}", self.prefix)
    }
}

impl Fields for CsvFields<'_> {
    fn get(&self, name: &str) -> Option<String> {
        let i = *self.columns.index.get(&self.column(name))?;
        self.row.get(i).and_then(clean)
    }

    fn field_name(&self, name: &str) -> String {
        self.column(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nomina_model::{EntityType, NameKind};

    const HEADER: &str = "fileGenerationDate;Entity_LogicalId;Entity_EU_ReferenceNumber;Entity_SubjectType;Entity_SubjectType_ClassificationCode;Entity_Regulation_Programme;NameAlias_WholeName;NameAlias_FirstName;NameAlias_LastName;NameAlias_Strong;NameAlias_LogicalId;BirthDate_BirthDate;BirthDate_Year;BirthDate_Circa;BirthDate_LogicalId";

    fn parse_str(csv: &str) -> Result<ListSnapshot, ListError> {
        parse(&InputFile {
            name: "t.csv".into(),
            bytes: csv.as_bytes().to_vec(),
        })
    }

    #[test]
    fn sniffs_the_header() {
        assert!(sniff(
            b"\xEF\xBB\xBFfileGenerationDate;Entity_LogicalId;Entity_EU_ReferenceNumber\n1"
        ));
        assert!(!sniff(b"fileGenerationDate,Entity_LogicalId\n"));
        assert!(!sniff(b"ent_num,SDN_Name\n"));
    }

    #[test]
    fn groups_rows_and_reads_strong() {
        let snap = parse_str(&format!(
            "\u{feff}{HEADER}\r\n\
             02/10/2024;7;EU.1.1;E;enterprise;TAQA;Acme;;;;1;;;;\r\n\
             02/10/2024;7;EU.1.1;E;enterprise;TAQA;Acme Ltd;;;false;2;;;;\r\n\
             02/10/2024;8;EU.1.2;P;person;TAQA;\"Jo; Bo\";Jo;Bo;;3;;;;\r\n\
             02/10/2024;8;EU.1.2;P;person;TAQA;;;;;;;1960;YES;4\r\n"
        ))
        .unwrap();
        assert_eq!(snap.version.published, "2024-10-02".parse().ok());
        assert_eq!(snap.entities.len(), 2);
        let acme = &snap.entities[0];
        assert_eq!(
            (acme.key.as_str(), acme.entity_type),
            ("eu:7", EntityType::Organization)
        );
        assert_eq!(acme.names[1].kind, NameKind::WeakAlias);
        let jo = &snap.entities[1];
        assert_eq!(jo.primary_name(), "Jo; Bo");
        assert_eq!(jo.names[0].parts.len(), 2);
        assert_eq!(
            (jo.birth_dates[0].from, jo.birth_dates[0].approximate),
            (Some(FuzzyDate::year(1960)), true)
        );
    }

    #[test]
    fn errors_name_line_and_column() {
        let e = parse_str(&format!("{HEADER}\n02/10/2024;7;EU.1.1;E;enterprise;TAQA;Acme;;;;1;;;;\n02/10/2024;7;EU.1.1;E\n"))
            .unwrap_err();
        assert_eq!(e.position, Some(Position::Line(3)));
        let e = parse_str(&format!(
            "{HEADER}\n02/10/2024;7;EU.1.1;E;enterprise;TAQA;Acme;;;maybe;1;;;;\n"
        ))
        .unwrap_err();
        assert_eq!(
            (e.position, e.field.as_deref()),
            (Some(Position::Line(2)), Some("NameAlias_Strong"))
        );
        let e = parse_str(&format!(
            "{HEADER}\n02/10/2024;7;EU.1.1;X;x;TAQA;Acme;;;;1;;;;\n"
        ))
        .unwrap_err();
        assert_eq!(e.field.as_deref(), Some("Entity_SubjectType"));
        let e = parse_str(&format!(
            "{HEADER}\n02/10/2024;7;EU.1.1;E;enterprise;TAQA;;;;;;;1960;NO;4\n"
        ))
        .unwrap_err();
        assert!(e.message.contains("no name"), "{e}");
        let e = parse_str("fileGenerationDate;Entity_LogicalId\n").unwrap_err();
        assert_eq!(e.position, Some(Position::Line(1)));
        let e = parse(&InputFile {
            name: "t.csv".into(),
            bytes: b"fileGenerationDate;\xff\n".to_vec(),
        })
        .unwrap_err();
        assert!(e.message.contains("UTF-8"), "{e}");
    }
}
