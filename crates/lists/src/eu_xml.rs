//! EU Financial Sanctions Files (FSF), XML 1.1, and the mapping it shares with the CSV.
//!
//! The root `<export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate=…>` holds
//! one `<sanctionEntity logicalId=… euReferenceNumber=… unitedNationId=… designationDate=…>`
//! per listed party, keyed `eu:<logicalId>`. Its children are `regulation` (programme),
//! `subjectType` (`code` person/enterprise), `nameAlias`, `citizenship`, `birthdate`,
//! `identification`, `address` and `remark`; facts are attributes, remarks are child
//! elements.
//!
//! The FSF CSV ([`crate::eu_csv`]) carries the same sub-records with the same field names
//! (`NameAlias_WholeName` is `nameAlias@wholeName`), so both readers feed one builder,
//! `EuEntity`, through the `Fields` view, and the two serialisations of one list version
//! give the same entities.

use crate::error::ListError;
use crate::un::{check_sizes, classify_document, iso_date, Ctx};
use crate::xml::{Element, XmlRecords};
use crate::{finish_snapshot, InputFile};
use nomina_model::{
    collapse_whitespace, Address, BirthDate, Country, Entity, EntityType, FuzzyDate, IdKind,
    Identifier, ListSnapshot, Name, NameKind, NamePart, NamePartKind, Place, Source,
};

/// The format name stored in [`nomina_model::ListVersion::format`].
pub const FORMAT: &str = "eu-xml";

const ROOT: &str = "export";

/// Reads an EU FSF XML file into a whole snapshot, or fails naming the file, the line and
/// the element or attribute at fault.
pub fn parse(file: &InputFile) -> Result<ListSnapshot, ListError> {
    let mut records = XmlRecords::new(&file.name, &file.bytes)?;
    let ctx = Ctx::new(&file.name, &file.bytes);
    let mut stats = Stats::default();
    let mut entities = Vec::new();
    while let Some(el) = records.next(&["sanctionEntity"])? {
        records.expect_root(ROOT, "an EU Financial Sanctions Files XML file")?;
        entities.push(map_entity(&ctx, &el, &mut stats)?);
    }
    records.expect_root(ROOT, "an EU Financial Sanctions Files XML file")?;
    let mut warnings = stats.warnings();
    let published = records.root_date("generationDate", eu_date, &mut warnings)?;
    records.finish()?;
    finish_snapshot(Source::Eu, FORMAT, published, &[file], entities, warnings)
}

fn map_entity(ctx: &Ctx, el: &Element, stats: &mut Stats) -> Result<Entity, ListError> {
    check_sizes(ctx, el)?;
    let at = |child: &Element, e: FieldError| ctx.err(child, e.message).with_field(e.field);
    let id = el.attr("logicalId").and_then(clean).ok_or_else(|| {
        ctx.err(el, "sanctionEntity has no logicalId")
            .with_field("sanctionEntity@logicalId")
    })?;
    let mut b = EuEntity::new(&id);
    let own = XmlFields(el);
    b.entity_fields(
        &own,
        "euReferenceNumber",
        "unitedNationId",
        "designationDate",
        "designationDetails",
    )
    .map_err(|e| at(el, e))?;
    for c in &el.children {
        let f = XmlFields(c);
        let done = match c.name.as_str() {
            "remark" => {
                b.add_remark(c.value());
                Ok(())
            }
            "regulation" => {
                b.add_programme(f.get("programme"));
                Ok(())
            }
            "subjectType" => b
                .set_subject(&f.field_name("code"), f.get("code"))
                .and_then(|_| {
                    b.set_subject(
                        &f.field_name("classificationCode"),
                        f.get("classificationCode"),
                    )
                }),
            "nameAlias" => b.add_alias(&f),
            "citizenship" => {
                b.add_citizenship(&f);
                Ok(())
            }
            "birthdate" => b.add_birthdate(&f),
            "address" => b.add_address(&f).map(|_| ()),
            "identification" => b.add_identification(&f),
            _ => Ok(()),
        };
        done.map_err(|e| at(c, e))?;
    }
    stats.add(&b);
    b.finish("nameAlias@wholeName", "subjectType@code")
        .map_err(|e| at(el, e))
}

/// An XML element seen through [`Fields`]: attributes, plus the `remark` and
/// `contactInfo` child elements.
struct XmlFields<'a>(&'a Element);

impl Fields for XmlFields<'_> {
    fn get(&self, name: &str) -> Option<String> {
        if let Some(v) = self.0.attr(name).and_then(clean) {
            return Some(v);
        }
        let joined: Vec<String> = match name {
            "remark" => self
                .0
                .children_named("remark")
                .filter_map(Element::value)
                .collect(),
            "contactInfo" => self
                .0
                .children_named("contactInfo")
                .filter_map(|c| {
                    let (k, v) = (
                        c.attr("key").and_then(clean),
                        c.attr("value").and_then(clean).or_else(|| c.value()),
                    );
                    match (k, v) {
                        (Some(k), Some(v)) => Some(format!("{k}: {v}")),
                        (None, v) => v,
                        (k, None) => k,
                    }
                })
                .collect(),
            _ => Vec::new(),
        };
        (!joined.is_empty()).then(|| joined.join("; "))
    }

    fn field_name(&self, name: &str) -> String {
        match name {
            "remark" | "contactInfo" => format!("{}/{name}", self.0.name),
            _ => format!("{}@{name}", self.0.name),
        }
    }
}

/// Whitespace-collapsed text, `None` when blank.
pub(crate) fn clean(text: &str) -> Option<String> {
    let v = collapse_whitespace(text);
    (!v.is_empty()).then_some(v)
}

/// Reads the dates EU files use: `yyyy-mm-dd` (optionally with time and zone, as in
/// `generationDate`) or `dd/mm/yyyy` (the CSV's `fileGenerationDate`).
pub(crate) fn eu_date(text: &str) -> Option<FuzzyDate> {
    if let Some(d) = iso_date(text) {
        return Some(d);
    }
    let mut it = text.trim().split('/');
    let (d, m, y) = (it.next()?, it.next()?, it.next()?);
    if it.next().is_some() || d.len() != 2 || m.len() != 2 || y.len() != 4 {
        return None;
    }
    FuzzyDate::ymd(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// One EU sub-record (a name alias, birth date, citizenship, identification or address),
/// whichever serialisation it came from. Fields are asked for by their XML attribute name.
pub(crate) trait Fields {
    /// The field's whitespace-collapsed value; `None` when absent or blank.
    fn get(&self, name: &str) -> Option<String>;
    /// How the file names this field, for error messages (`birthdate@circa`,
    /// `BirthDate_Circa`).
    fn field_name(&self, name: &str) -> String;
}

/// A field with a bad value, before the reader adds the file and position.
#[derive(Debug)]
pub(crate) struct FieldError {
    /// The field as the file names it.
    pub field: String,
    /// What is wrong with it.
    pub message: String,
}

fn bad(f: &dyn Fields, name: &str, message: impl Into<String>) -> FieldError {
    FieldError {
        field: f.field_name(name),
        message: message.into(),
    }
}

fn get_bool(f: &dyn Fields, name: &str) -> Result<Option<bool>, FieldError> {
    match f.get(name) {
        None => Ok(None),
        Some(v) => match v.to_ascii_lowercase().as_str() {
            "true" | "yes" | "y" | "1" => Ok(Some(true)),
            "false" | "no" | "n" | "0" => Ok(Some(false)),
            _ => Err(bad(f, name, format!("{v:?} is not a yes/no value"))),
        },
    }
}

fn get_date(f: &dyn Fields, name: &str) -> Result<Option<FuzzyDate>, FieldError> {
    match f.get(name) {
        None => Ok(None),
        Some(v) => eu_date(&v)
            .map(Some)
            .ok_or_else(|| bad(f, name, format!("{v:?} is not a date"))),
    }
}

fn get_number<T: std::str::FromStr>(
    f: &dyn Fields,
    name: &str,
    what: &str,
) -> Result<Option<T>, FieldError> {
    match f.get(name) {
        None => Ok(None),
        Some(v) => v
            .parse()
            .map(Some)
            .map_err(|_| bad(f, name, format!("{v:?} is not a {what}"))),
    }
}

fn get_year(f: &dyn Fields, name: &str) -> Result<Option<i32>, FieldError> {
    match f.get(name) {
        None => Ok(None),
        Some(v) if v.len() == 4 && v.bytes().all(|b| b.is_ascii_digit()) => Ok(v.parse().ok()),
        Some(v) => Err(bad(f, name, format!("{v:?} is not a four-digit year"))),
    }
}

/// A country from an ISO code and a description. The FSF writes "unknown" as code `00` /
/// description `UNKNOWN`, which is no country at all.
fn country(code: Option<String>, description: Option<String>) -> Option<Country> {
    let code = code
        .filter(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_alphabetic()))
        .map(|c| c.to_ascii_uppercase());
    let description = description.filter(|d| !d.eq_ignore_ascii_case("unknown"));
    match (code, description) {
        (None, None) => None,
        (Some(c), d) => Some(Country {
            raw: d.unwrap_or_else(|| c.clone()),
            code: Some(c),
        }),
        (None, Some(d)) => Some(Country::from_raw(&d)),
    }
}

fn fields_country(f: &dyn Fields) -> Option<Country> {
    country(f.get("countryIso2Code"), f.get("countryDescription"))
}

fn push_distinct<T: PartialEq>(list: &mut Vec<T>, value: T) {
    if !list.contains(&value) {
        list.push(value);
    }
}

/// The identifier kind from the FSF `identificationTypeCode`, falling back to the
/// description for codes nomina does not know.
fn id_kind(code: Option<&str>, description: Option<&str>) -> IdKind {
    let by_code = code
        .map(|c| c.to_ascii_lowercase())
        .and_then(|c| match c.as_str() {
            "passport" => Some(IdKind::Passport),
            "id" | "nationalid" | "ssn" => Some(IdKind::NationalId),
            "fiscalcode" | "tin" | "inn" | "tax" => Some(IdKind::TaxId),
            "regnumber" => Some(IdKind::Registration),
            "imo" => Some(IdKind::Imo),
            "swiftbic" | "bic" => Some(IdKind::Bic),
            "mmsi" => Some(IdKind::Mmsi),
            "callsign" => Some(IdKind::CallSign),
            _ => None,
        });
    by_code
        .or_else(|| description.and_then(classify_document))
        .unwrap_or(IdKind::Other)
}

/// Counts of sub-records skipped, reported as warnings.
#[derive(Default)]
pub(crate) struct Stats {
    empty_aliases: usize,
    numberless_ids: usize,
}

impl Stats {
    /// Adds one entity's counts.
    pub(crate) fn add(&mut self, b: &EuEntity) {
        self.empty_aliases += b.empty_aliases;
        self.numberless_ids += b.numberless_ids;
    }

    /// The warnings for the snapshot.
    pub(crate) fn warnings(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.empty_aliases > 0 {
            out.push(format!(
                "skipped {} name aliases with no name",
                self.empty_aliases
            ));
        }
        if self.numberless_ids > 0 {
            out.push(format!(
                "{} identifications have no number; their details are kept in the remarks",
                self.numberless_ids
            ));
        }
        out
    }
}

/// One EU entity being assembled from its sub-records.
pub(crate) struct EuEntity {
    /// The entity so far; its type is settled in [`EuEntity::finish`].
    entity: Entity,
    subject: Option<(EntityType, String)>,
    reference: Option<String>,
    remarks: Vec<String>,
    empty_aliases: usize,
    numberless_ids: usize,
}

impl EuEntity {
    /// Starts the entity `eu:<logical_id>`.
    pub(crate) fn new(logical_id: &str) -> EuEntity {
        let mut entity = Entity::new(
            Source::Eu,
            logical_id,
            EntityType::Person,
            Name::new("", NameKind::Primary),
        );
        entity.names.clear();
        EuEntity {
            entity,
            subject: None,
            reference: None,
            remarks: Vec::new(),
            empty_aliases: 0,
            numberless_ids: 0,
        }
    }

    /// Reads the entity-level fields (EU reference, UN id, designation date and details),
    /// named as the file names them.
    pub(crate) fn entity_fields(
        &mut self,
        f: &dyn Fields,
        reference: &str,
        un_id: &str,
        designation_date: &str,
        designation_details: &str,
    ) -> Result<(), FieldError> {
        if let Some(r) = f.get(reference) {
            match &self.reference {
                Some(old) if *old != r => {
                    return Err(bad(
                        f,
                        reference,
                        format!(
                            "{} is listed again with EU reference {r} (first {old}): duplicate id",
                            self.entity.key
                        ),
                    ))
                }
                Some(_) => {}
                None => {
                    self.reference = Some(r.clone());
                    push_distinct(&mut self.entity.other_references, r);
                }
            }
        }
        if let Some(u) = f.get(un_id) {
            push_distinct(&mut self.entity.other_references, u);
        }
        if let Some(d) = get_date(f, designation_date)? {
            match self.entity.listed_on {
                Some(old) if old != d => {
                    return Err(bad(
                        f,
                        designation_date,
                        format!("designation date {d} differs from {old} given before"),
                    ))
                }
                _ => self.entity.listed_on = Some(d),
            }
        }
        self.add_remark(f.get(designation_details));
        Ok(())
    }

    /// Sets the subject type from a `person`/`enterprise` code or a `P`/`E` classification.
    pub(crate) fn set_subject(
        &mut self,
        field: &str,
        value: Option<String>,
    ) -> Result<(), FieldError> {
        let Some(v) = value else { return Ok(()) };
        let t = match v.to_ascii_lowercase().as_str() {
            "person" | "p" => EntityType::Person,
            "enterprise" | "e" => EntityType::Organization,
            _ => {
                return Err(FieldError {
                    field: field.to_string(),
                    message: format!(
                        "unknown subject type {v:?} (expected person/P or enterprise/E)"
                    ),
                })
            }
        };
        match &self.subject {
            Some((old, old_field)) if *old != t => Err(FieldError {
                field: field.to_string(),
                message: format!(
                    "subject type {v:?} contradicts {old_field} ({})",
                    old.as_str()
                ),
            }),
            Some(_) => Ok(()),
            None => {
                self.subject = Some((t, field.to_string()));
                Ok(())
            }
        }
    }

    /// Adds an entity remark.
    pub(crate) fn add_remark(&mut self, text: Option<String>) {
        if let Some(t) = text {
            push_distinct(&mut self.remarks, t);
        }
    }

    /// Adds a regulation's programme (e.g. `IRQ`, `TAQA`).
    pub(crate) fn add_programme(&mut self, programme: Option<String>) {
        if let Some(p) = programme {
            push_distinct(&mut self.entity.programmes, p);
        }
    }

    /// Adds a name alias. The first alias with a name is the primary name, as the FSF
    /// lists it first; later ones are aliases, weak when `strong` is false.
    pub(crate) fn add_alias(&mut self, f: &dyn Fields) -> Result<(), FieldError> {
        let strong = get_bool(f, "strong")?;
        let [first, middle, last] = ["firstName", "middleName", "lastName"].map(|n| f.get(n));
        let whole = f.get("wholeName").or_else(|| {
            let parts: Vec<&str> = [&first, &middle, &last]
                .iter()
                .filter_map(|p| p.as_deref())
                .collect();
            (!parts.is_empty()).then(|| parts.join(" "))
        });
        let Some(whole) = whole else {
            self.empty_aliases += 1;
            return Ok(());
        };
        let kind = if self.entity.names.is_empty() {
            NameKind::Primary
        } else if strong == Some(false) {
            NameKind::WeakAlias
        } else {
            NameKind::Alias
        };
        let mut name = Name::new(whole, kind);
        name.parts = [
            (NamePartKind::Given, first),
            (NamePartKind::Middle, middle),
            (NamePartKind::Family, last),
        ]
        .into_iter()
        .filter_map(|(kind, v)| v.map(|value| NamePart { kind, value }))
        .collect();
        name.language = f.get("nameLanguage");
        name.note = f.get("remark");
        if !self.entity.names.iter().any(|n| n.full == name.full) {
            self.entity.names.push(name);
        }
        if let Some(t) = f.get("title") {
            push_distinct(&mut self.entity.titles, t);
        }
        if let Some(p) = f.get("function") {
            push_distinct(&mut self.entity.positions, p);
        }
        if self.entity.gender.is_none() {
            self.entity.gender = f.get("gender").map(|g| match g.as_str() {
                "M" | "m" => "Male".to_string(),
                "F" | "f" => "Female".to_string(),
                _ => g,
            });
        }
        Ok(())
    }

    /// Adds a birth date and the place of birth given with it.
    pub(crate) fn add_birthdate(&mut self, f: &dyn Fields) -> Result<(), FieldError> {
        let circa = get_bool(f, "circa")?.unwrap_or(false);
        let (from, to, raw) = if let Some(d) = get_date(f, "birthdate")? {
            (Some(d), Some(d), f.get("birthdate"))
        } else if let Some(y) = get_year(f, "year")? {
            let month: Option<u8> = get_number(f, "monthOfYear", "month")?;
            let day: Option<u8> = get_number(f, "dayOfMonth", "day")?;
            let date = match (month, day) {
                (None, _) => FuzzyDate::year(y),
                (Some(m), None) => FuzzyDate::ym(y, m)
                    .ok_or_else(|| bad(f, "monthOfYear", format!("no month {m}")))?,
                (Some(m), Some(d)) => FuzzyDate::ymd(y, m, d).ok_or_else(|| {
                    bad(f, "dayOfMonth", format!("no such day {y}-{m:02}-{d:02}"))
                })?,
            };
            (Some(date), Some(date), Some(date.to_string()))
        } else {
            let from = get_year(f, "yearRangeFrom")?;
            let to = get_year(f, "yearRangeTo")?;
            if let (Some(a), Some(b)) = (from, to) {
                if a > b {
                    return Err(bad(
                        f,
                        "yearRangeFrom",
                        format!("range {a}-{b} runs backwards"),
                    ));
                }
            }
            let raw = (from.is_some() || to.is_some()).then(|| {
                format!(
                    "{}-{}",
                    from.map(|y| y.to_string()).unwrap_or_default(),
                    to.map(|y| y.to_string()).unwrap_or_default()
                )
            });
            (from.map(FuzzyDate::year), to.map(FuzzyDate::year), raw)
        };
        if let Some(mut raw) = raw {
            let calendar = f
                .get("calendarType")
                .filter(|c| !c.eq_ignore_ascii_case("gregorian"));
            let (mut from, mut to) = (from, to);
            if let Some(c) = calendar {
                // A date in another calendar is not a Gregorian date: keep it as text only.
                raw = format!("{raw} ({c} calendar)");
                (from, to) = (None, None);
            }
            if let Some(r) = f.get("remark") {
                raw = format!("{raw} ({r})");
            }
            let bd = BirthDate {
                from,
                to,
                approximate: circa,
                raw,
            };
            let dup = self.entity.birth_dates.iter().any(|o| {
                o.from == bd.from
                    && o.to == bd.to
                    && o.approximate == bd.approximate
                    && (o.from.is_some() || o.raw == bd.raw)
            });
            if !dup {
                self.entity.birth_dates.push(bd);
            }
        }

        let [city, place, region, zip] = ["city", "place", "region", "zipCode"].map(|n| f.get(n));
        let c = fields_country(f);
        if city.is_some() || place.is_some() || region.is_some() || c.is_some() {
            let raw = [&city, &place, &region, &zip]
                .iter()
                .filter_map(|s| s.as_deref())
                .chain(c.as_ref().map(|c| c.raw.as_str()))
                .collect::<Vec<_>>()
                .join(", ");
            push_distinct(
                &mut self.entity.birth_places,
                Place {
                    city: city.or(place),
                    region,
                    country: c,
                    raw,
                },
            );
        }
        Ok(())
    }

    /// Adds a citizenship (an unknown country adds nothing).
    pub(crate) fn add_citizenship(&mut self, f: &dyn Fields) {
        if let Some(c) = fields_country(f) {
            push_distinct(&mut self.entity.citizenships, c);
        }
    }

    /// Adds an address; returns whether it held anything.
    pub(crate) fn add_address(&mut self, f: &dyn Fields) -> Result<bool, FieldError> {
        let street = match (f.get("street"), f.get("poBox")) {
            (Some(s), Some(p)) => Some(format!("{s}, P.O. Box {p}")),
            (s, p) => s.or(p.map(|p| format!("P.O. Box {p}"))),
        };
        let mut notes: Vec<String> = Vec::new();
        notes.extend(f.get("place"));
        if get_bool(f, "asAtListingTime")? == Some(true) {
            notes.push("as at listing time".to_string());
        }
        notes.extend(f.get("contactInfo"));
        notes.extend(f.get("remark"));
        let addr = Address {
            street,
            city: f.get("city"),
            region: f.get("region"),
            postal_code: f.get("zipCode"),
            country: fields_country(f),
            note: (!notes.is_empty()).then(|| notes.join("; ")),
        };
        if addr == Address::default() {
            return Ok(false);
        }
        push_distinct(&mut self.entity.addresses, addr);
        Ok(true)
    }

    /// Adds an identification document or number.
    pub(crate) fn add_identification(&mut self, f: &dyn Fields) -> Result<(), FieldError> {
        let code = f.get("identificationTypeCode");
        let description = f.get("identificationTypeDescription");
        let kind = id_kind(code.as_deref(), description.as_deref());
        let label = description
            .or(code)
            .unwrap_or_else(|| "Identification".to_string());
        let number = f.get("number");
        let latin = f.get("latinNumber");
        let mut notes: Vec<String> = Vec::new();
        for (flag, text) in [
            ("diplomatic", "diplomatic"),
            ("knownExpired", "known expired"),
            ("knownFalse", "known false"),
            ("reportedLost", "reported lost"),
            ("revokedByIssuer", "revoked by issuer"),
        ] {
            if get_bool(f, flag)? == Some(true) {
                notes.push(text.to_string());
            }
        }
        if let (Some(n), Some(l)) = (&number, &latin) {
            if n != l {
                notes.push(format!("latin number {l}"));
            }
        }
        notes.extend(f.get("issuedBy").map(|v| format!("issued by {v}")));
        notes.extend(f.get("region").map(|v| format!("region {v}")));
        notes.extend(
            f.get("nameOnDocument")
                .map(|v| format!("name on document: {v}")),
        );
        if let Some(d) = get_date(f, "validFrom")? {
            notes.push(format!("valid from {d}"));
        }
        notes.extend(f.get("remark"));
        let issued = get_date(f, "issueDate")?;
        let expires = get_date(f, "validTo")?;
        let country = fields_country(f);
        match number.or(latin) {
            Some(value) => {
                let id = Identifier {
                    kind,
                    label,
                    value,
                    country,
                    issued,
                    expires,
                    note: (!notes.is_empty()).then(|| notes.join("; ")),
                };
                push_distinct(&mut self.entity.identifiers, id);
            }
            None => {
                let mut details: Vec<String> = country.into_iter().map(|c| c.raw).collect();
                details.extend(issued.map(|d| format!("issued {d}")));
                details.extend(notes);
                if !details.is_empty() {
                    self.numberless_ids += 1;
                    push_distinct(
                        &mut self.remarks,
                        format!("{label}: {}", details.join("; ")),
                    );
                }
            }
        }
        Ok(())
    }

    /// The finished entity; fails when no alias gave it a name or no subject type was given.
    pub(crate) fn finish(
        mut self,
        name_field: &str,
        type_field: &str,
    ) -> Result<Entity, FieldError> {
        if self.entity.names.is_empty() {
            return Err(FieldError {
                field: name_field.to_string(),
                message: format!("{} has no name", self.entity.key),
            });
        }
        let Some((t, _)) = self.subject else {
            return Err(FieldError {
                field: type_field.to_string(),
                message: format!("{} has no subject type", self.entity.key),
            });
        };
        self.entity.entity_type = t;
        if !self.remarks.is_empty() {
            self.entity.remarks = Some(self.remarks.join("\n"));
        }
        Ok(self.entity)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(xml: &str) -> Result<ListSnapshot, ListError> {
        parse(&InputFile {
            name: "t.xml".into(),
            bytes: xml.as_bytes().to_vec(),
        })
    }

    fn wrap(body: &str) -> String {
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\" generationDate=\"2024-10-02T18:01:02.123+02:00\" globalFileId=\"1\">\n{body}\n</export>\n"
        )
    }

    #[test]
    fn dates() {
        assert_eq!(eu_date("02/10/2024"), "2024-10-02".parse().ok());
        assert_eq!(
            eu_date("2024-10-02T18:01:02.123+02:00"),
            "2024-10-02".parse().ok()
        );
        assert_eq!(eu_date("31/02/2024"), None);
        assert_eq!(eu_date("2/10/2024"), None);
    }

    #[test]
    fn countries() {
        assert_eq!(country(Some("00".into()), Some("UNKNOWN".into())), None);
        let iq = country(Some("iq".into()), Some("IRAQ".into())).unwrap();
        assert_eq!((iq.code.as_deref(), iq.raw.as_str()), (Some("IQ"), "IRAQ"));
        assert_eq!(
            country(None, Some("Pakistan".into()))
                .unwrap()
                .code
                .as_deref(),
            Some("PK")
        );
    }

    #[test]
    fn entity_shapes() {
        let snap = parse_str(&wrap(
            r#"<sanctionEntity logicalId="5" euReferenceNumber="EU.1.2" unitedNationId="QDi.1" designationDate="2020-01-02">
                <remark>first</remark>
                <regulation programme="TAQA"><publicationUrl>http://x</publicationUrl></regulation>
                <subjectType code="person" classificationCode="P"/>
                <nameAlias firstName="A" middleName="" lastName="B" wholeName="A B" strong="false" gender="F" title="Dr" function="boss" nameLanguage=""/>
                <nameAlias wholeName="" firstName="" lastName=""/>
                <nameAlias wholeName="Ab" strong="false"/>
                <nameAlias wholeName="A-B" strong="true" nameLanguage="FR"><remark>r</remark></nameAlias>
                <birthdate circa="true" calendarType="GREGORIAN" year="1970" monthOfYear="3" city="" place="near X" countryIso2Code="00" countryDescription="UNKNOWN"/>
                <birthdate circa="false" yearRangeFrom="1950" yearRangeTo="1952"/>
                <birthdate circa="false" calendarType="ISLAMIC" birthdate="1390-01-01"/>
                <identification knownFalse="true" number="X1" identificationTypeCode="passport" identificationTypeDescription="National passport" countryIso2Code="FR" countryDescription="FRANCE" issueDate="2001-02-03"/>
                <identification identificationTypeCode="other" number=""><remark>lost</remark></identification>
                <address street="1 Rue" poBox="9" city="Paris" zipCode="75001" countryIso2Code="FR" countryDescription="FRANCE" asAtListingTime="true"/>
                <address countryIso2Code="00" countryDescription="UNKNOWN"/>
                <citizenship countryIso2Code="FR" countryDescription="FRANCE"/>
            </sanctionEntity>"#,
        ))
        .unwrap();
        assert_eq!(snap.version.published, "2024-10-02".parse().ok());
        let e = &snap.entities[0];
        assert_eq!(e.key, "eu:5");
        assert_eq!(e.entity_type, EntityType::Person);
        let names: Vec<_> = e.names.iter().map(|n| (n.full.as_str(), n.kind)).collect();
        assert_eq!(
            names,
            [
                ("A B", NameKind::Primary),
                ("Ab", NameKind::WeakAlias),
                ("A-B", NameKind::Alias)
            ]
        );
        assert_eq!(e.names[0].parts.len(), 2);
        assert_eq!(
            (e.names[2].language.as_deref(), e.names[2].note.as_deref()),
            (Some("FR"), Some("r"))
        );
        assert_eq!(
            (e.gender.as_deref(), e.titles.len(), e.positions.len()),
            (Some("Female"), 1, 1)
        );
        assert_eq!(e.other_references, ["EU.1.2", "QDi.1"]);
        assert_eq!(e.listed_on, "2020-01-02".parse().ok());
        assert_eq!(e.programmes, ["TAQA"]);
        assert_eq!(e.birth_dates.len(), 3);
        assert_eq!(
            (e.birth_dates[0].from, e.birth_dates[0].approximate),
            (FuzzyDate::ym(1970, 3), true)
        );
        assert_eq!(e.birth_dates[1].to, Some(FuzzyDate::year(1952)));
        assert_eq!(
            (e.birth_dates[2].from, e.birth_dates[2].raw.as_str()),
            (None, "1390-01-01 (ISLAMIC calendar)")
        );
        assert_eq!(e.birth_places.len(), 1);
        assert_eq!(e.birth_places[0].raw, "near X");
        assert_eq!(e.identifiers.len(), 1);
        assert_eq!(e.identifiers[0].note.as_deref(), Some("known false"));
        assert_eq!(e.addresses.len(), 1);
        assert_eq!(e.addresses[0].street.as_deref(), Some("1 Rue, P.O. Box 9"));
        assert_eq!(e.citizenships[0].code.as_deref(), Some("FR"));
        assert_eq!(e.remarks.as_deref(), Some("first\nother: lost"));
    }

    #[test]
    fn errors_name_the_attribute() {
        let e = parse_str(&wrap(
            r#"<sanctionEntity><subjectType code="person"/></sanctionEntity>"#,
        ))
        .unwrap_err();
        assert_eq!(e.field.as_deref(), Some("sanctionEntity@logicalId"));
        assert!(
            matches!(e.position, Some(crate::Position::LineByte(3, _))),
            "{e}"
        );
        let e = parse_str(&wrap(
            r#"<sanctionEntity logicalId="1"><subjectType code="person"/><nameAlias wholeName="A"/><birthdate circa="maybe"/></sanctionEntity>"#,
        ))
        .unwrap_err();
        assert_eq!(e.field.as_deref(), Some("birthdate@circa"));
        let e = parse_str(&wrap(
            r#"<sanctionEntity logicalId="1"><subjectType code="vessel"/></sanctionEntity>"#,
        ))
        .unwrap_err();
        assert_eq!(e.field.as_deref(), Some("subjectType@code"));
        let e = parse_str(&wrap(
            r#"<sanctionEntity logicalId="1"><subjectType code="person"/></sanctionEntity>"#,
        ))
        .unwrap_err();
        assert!(e.message.contains("no name"), "{e}");
    }
}
