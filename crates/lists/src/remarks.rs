//! OFAC remarks: the semi-structured `; `-separated text in which the legacy CSV (and, for
//! what the XML does not structure, the classic XML) carries dates and places of birth,
//! nationalities, documents, vessel and aircraft particulars, relationships and the weak
//! `a.k.a. 'NAME'` aliases.
//!
//! OFAC writes items as `[alt. ]LABEL VALUE[ (Country)][ issued DATE][ expires DATE]` and ends
//! the whole text with a period. Labels are read from a table ([`LABELS`]): an item whose label
//! is not in it is simply not structured, and it is never lost because the entity keeps the
//! whole remarks text. Nothing here invents precision: a year stays a year, "circa" is
//! approximate, `1951 to 1953` is a range, and text that cannot be read as a date is kept as a
//! note-only [`BirthDate`].

use nomina_model::{
    country, AircraftInfo, BirthDate, Country, Entity, EntityType, FuzzyDate, IdKind, Identifier,
    Name, NameKind, NamePart, NamePartKind, Place,
};

/// One fact read from a remarks item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Fact {
    /// `DOB …` / `alt. DOB …`.
    BirthDate(BirthDate),
    /// `POB …`.
    BirthPlace(Place),
    /// `nationality …`.
    Nationality(Country),
    /// `citizen …`.
    Citizenship(Country),
    /// `Gender …`.
    Gender(String),
    /// A document, number, code or other labelled fact (`Passport`, `IMO`, `Website`,
    /// `Linked To:`, `Secondary sanctions risk:` …), kept with OFAC's own label.
    Identifier(Identifier),
    /// A weak alias: `a.k.a. 'NAME'` (also `f.k.a.`/`n.k.a.`, noted on the name).
    Name(Name),
    /// `Aircraft Model …`.
    AircraftModel(String),
    /// `Aircraft Operator …`.
    AircraftOperator(String),
    /// `Aircraft Manufacture Date …`.
    AircraftManufactured(String),
}

/// What to do with the value that follows a label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Handler {
    /// A date of birth.
    Dob,
    /// A place of birth.
    Pob,
    /// A nationality.
    Nationality,
    /// A citizenship.
    Citizen,
    /// A gender.
    Gender,
    /// A weak alias; the argument is the marker OFAC used (`a.k.a.`, `f.k.a.`, `n.k.a.`).
    WeakAlias(&'static str),
    /// A document-like number: the value may end with `(Country)`, `issued DATE`,
    /// `expires DATE`. A value starting with `IMO ` is an IMO number whatever the label.
    Document(IdKind),
    /// A labelled fact whose whole value is a country (`Former Vessel Flag Malta`).
    CountryFact,
    /// A labelled fact kept verbatim (URLs, e-mail, sanctions notes, linked parties): no
    /// country or date is split off, because these values are not documents.
    Verbatim,
    /// `Digital Currency Address - XBT <address>`: the currency becomes part of the label.
    CryptoWallet,
    /// Aircraft model.
    AircraftModel,
    /// Aircraft operator.
    AircraftOperator,
    /// Aircraft manufacture date.
    AircraftManufactured,
}

/// Every label nomina structures, as OFAC prints it. The longest label that starts an item
/// wins, so `Aircraft Construction Number (also called …)` is read before `Aircraft
/// Construction Number`. Labels are
/// compared ignoring ASCII case. A label followed by `(` in this table takes the whole
/// parenthesised qualifier and an optional `:` as part of the label (`Listing Date (EO 14024
/// Directive 2):`).
pub(crate) static LABELS: &[(&str, Handler)] = &[
    ("DOB", Handler::Dob),
    ("POB", Handler::Pob),
    ("nationality", Handler::Nationality),
    ("citizen", Handler::Citizen),
    ("Gender", Handler::Gender),
    ("a.k.a.", Handler::WeakAlias("a.k.a.")),
    ("f.k.a.", Handler::WeakAlias("f.k.a.")),
    ("n.k.a.", Handler::WeakAlias("n.k.a.")),
    // Personal documents.
    ("Passport", Handler::Document(IdKind::Passport)),
    (
        "Travel Document Number",
        Handler::Document(IdKind::Passport),
    ),
    ("National ID No.", Handler::Document(IdKind::NationalId)),
    ("National ID", Handler::Document(IdKind::NationalId)),
    ("Cedula No.", Handler::Document(IdKind::NationalId)),
    ("C.U.R.P.", Handler::Document(IdKind::NationalId)),
    ("CURP", Handler::Document(IdKind::NationalId)),
    ("SSN", Handler::Document(IdKind::NationalId)),
    ("D.N.I.", Handler::Document(IdKind::NationalId)),
    ("C.U.I.", Handler::Document(IdKind::NationalId)),
    ("C.U.I.P.", Handler::Document(IdKind::Other)),
    (
        "Identification Number",
        Handler::Document(IdKind::NationalId),
    ),
    ("Personal ID Card", Handler::Document(IdKind::NationalId)),
    (
        "National Foreign ID Number",
        Handler::Document(IdKind::NationalId),
    ),
    (
        "Turkish Identification Number",
        Handler::Document(IdKind::NationalId),
    ),
    ("Kenyan ID No.", Handler::Document(IdKind::NationalId)),
    (
        "Citizen's Card Number",
        Handler::Document(IdKind::NationalId),
    ),
    (
        "Tazkira National ID Card",
        Handler::Document(IdKind::NationalId),
    ),
    (
        "Bosnian Personal ID No.",
        Handler::Document(IdKind::NationalId),
    ),
    (
        "Moroccan Personal ID No.",
        Handler::Document(IdKind::NationalId),
    ),
    (
        "CNP (Personal Numerical Code)",
        Handler::Document(IdKind::NationalId),
    ),
    (
        "Stateless Person ID Card",
        Handler::Document(IdKind::NationalId),
    ),
    ("Refugee ID Card", Handler::Document(IdKind::NationalId)),
    ("Numero de Identidad", Handler::Document(IdKind::NationalId)),
    ("Driver's License No.", Handler::Document(IdKind::Other)),
    ("Birth Certificate Number", Handler::Document(IdKind::Other)),
    ("Electoral Registry No.", Handler::Document(IdKind::Other)),
    ("Residency Number", Handler::Document(IdKind::Other)),
    (
        "Cartilla de Servicio Militar Nacional",
        Handler::Document(IdKind::Other),
    ),
    ("Immigration No.", Handler::Document(IdKind::Other)),
    ("Pilot License Number", Handler::Document(IdKind::Other)),
    (
        "Seafarer's Identification Document",
        Handler::Document(IdKind::Other),
    ),
    (
        "Military Registration Number",
        Handler::Document(IdKind::Other),
    ),
    ("VisaNumberID", Handler::Document(IdKind::Other)),
    // Tax numbers.
    ("Tax ID No.", Handler::Document(IdKind::TaxId)),
    ("NIT #", Handler::Document(IdKind::TaxId)),
    ("R.F.C.", Handler::Document(IdKind::TaxId)),
    ("C.U.I.T.", Handler::Document(IdKind::TaxId)),
    ("RFC", Handler::Document(IdKind::TaxId)),
    ("RUC #", Handler::Document(IdKind::TaxId)),
    ("RIF #", Handler::Document(IdKind::TaxId)),
    ("V.A.T. Number", Handler::Document(IdKind::TaxId)),
    ("US FEIN", Handler::Document(IdKind::TaxId)),
    ("Italian Fiscal Code", Handler::Document(IdKind::TaxId)),
    ("Fiscal Code", Handler::Document(IdKind::TaxId)),
    // Company and registry numbers.
    ("Registration ID", Handler::Document(IdKind::Registration)),
    (
        "Registration Number",
        Handler::Document(IdKind::Registration),
    ),
    (
        "Business Registration Number",
        Handler::Document(IdKind::Registration),
    ),
    (
        "Business Registration Document #",
        Handler::Document(IdKind::Registration),
    ),
    ("Business Number", Handler::Document(IdKind::Registration)),
    ("Company Number", Handler::Document(IdKind::Registration)),
    ("UK Company Number", Handler::Document(IdKind::Registration)),
    (
        "Commercial Registry Number",
        Handler::Document(IdKind::Registration),
    ),
    (
        "Government Gazette Number",
        Handler::Document(IdKind::Registration),
    ),
    (
        "Folio Mercantil No.",
        Handler::Document(IdKind::Registration),
    ),
    (
        "Matricula Mercantil No",
        Handler::Document(IdKind::Registration),
    ),
    ("C.R. No.", Handler::Document(IdKind::Registration)),
    ("Trade License No.", Handler::Document(IdKind::Registration)),
    (
        "Legal Entity Number",
        Handler::Document(IdKind::Registration),
    ),
    (
        "Unified Social Credit Code (USCC)",
        Handler::Document(IdKind::Registration),
    ),
    (
        "United Social Credit Code Certificate (USCCC)",
        Handler::Document(IdKind::Registration),
    ),
    (
        "Chamber of Commerce Number",
        Handler::Document(IdKind::Registration),
    ),
    (
        "Central Registration System Number",
        Handler::Document(IdKind::Registration),
    ),
    (
        "Public Registration Number",
        Handler::Document(IdKind::Registration),
    ),
    (
        "Economic Register Number (CBLS)",
        Handler::Document(IdKind::Registration),
    ),
    (
        "Istanbul Chamber of Comm. No.",
        Handler::Document(IdKind::Registration),
    ),
    (
        "Dubai Chamber of Commerce Membership No.",
        Handler::Document(IdKind::Registration),
    ),
    (
        "Certificate of Incorporation Number",
        Handler::Document(IdKind::Registration),
    ),
    (
        "Registered Charity No.",
        Handler::Document(IdKind::Registration),
    ),
    ("Enterprise Number", Handler::Document(IdKind::Registration)),
    (
        "Branch Unit Number",
        Handler::Document(IdKind::Registration),
    ),
    (
        "MSB Registration Number",
        Handler::Document(IdKind::Registration),
    ),
    ("D-U-N-S Number", Handler::Document(IdKind::Registration)),
    ("LE Number", Handler::Document(IdKind::Registration)),
    ("License", Handler::Document(IdKind::Registration)),
    ("Permit Number", Handler::Document(IdKind::Registration)),
    // Vessels.
    (
        "Vessel Registration Identification",
        Handler::Document(IdKind::Registration),
    ),
    (
        "International Maritime Organization No.",
        Handler::Document(IdKind::Imo),
    ),
    ("IMO", Handler::Document(IdKind::Imo)),
    ("MMSI", Handler::Document(IdKind::Mmsi)),
    (
        "Other Vessel Call Sign",
        Handler::Document(IdKind::CallSign),
    ),
    ("Other Vessel Type", Handler::Verbatim),
    ("Vessel Year of Build", Handler::Verbatim),
    ("Former Vessel Flag", Handler::CountryFact),
    ("Other Vessel Flag", Handler::CountryFact),
    ("Nationality of Registration", Handler::CountryFact),
    // Aircraft.
    (
        "Aircraft Manufacturer's Serial Number (MSN)",
        Handler::Document(IdKind::AircraftSerial),
    ),
    (
        "Aircraft Serial Identification",
        Handler::Document(IdKind::AircraftSerial),
    ),
    (
        "Aircraft Tail Number",
        Handler::Document(IdKind::AircraftTail),
    ),
    (
        "Previous Aircraft Tail Number",
        Handler::Document(IdKind::AircraftTail),
    ),
    (
        "Aircraft Construction Number (also called L/N or S/N or F/N)",
        Handler::Document(IdKind::Other),
    ),
    (
        "Aircraft Construction Number",
        Handler::Document(IdKind::Other),
    ),
    (
        "Aircraft Mode S Transponder Code",
        Handler::Document(IdKind::Other),
    ),
    ("Aircraft Model", Handler::AircraftModel),
    ("Aircraft Operator", Handler::AircraftOperator),
    ("Aircraft Manufacture Date", Handler::AircraftManufactured),
    // Finance and contact.
    ("SWIFT/BIC", Handler::Document(IdKind::Bic)),
    ("BIK (RU)", Handler::Document(IdKind::Other)),
    ("ISIN", Handler::Document(IdKind::Other)),
    ("Chinese Commercial Code", Handler::Document(IdKind::Other)),
    ("Equity Ticker", Handler::Verbatim),
    ("Issuer Name", Handler::Verbatim),
    ("Digital Currency Address -", Handler::CryptoWallet),
    ("Website", Handler::Verbatim),
    ("Email Address", Handler::Verbatim),
    ("Phone Number", Handler::Verbatim),
    ("Telephone", Handler::Verbatim),
    ("Telephone:", Handler::Verbatim),
    ("Telephone No.", Handler::Verbatim),
    ("Fax", Handler::Verbatim),
    ("Fax:", Handler::Verbatim),
    ("Fax No.", Handler::Verbatim),
    // Relationships and sanctions information.
    ("Linked To:", Handler::Verbatim),
    ("Additional Sanctions Information -", Handler::Verbatim),
    ("Secondary sanctions risk:", Handler::Verbatim),
    (
        "Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions:",
        Handler::Verbatim,
    ),
    (
        "Executive Order 13662 Directive Determination -",
        Handler::Verbatim,
    ),
    ("Executive Order 13846 information:", Handler::Verbatim),
    (
        "Executive Order 14024 Directive Information -",
        Handler::Verbatim,
    ),
    (
        "Executive Order 14024 Directive Information",
        Handler::Verbatim,
    ),
    ("IFCA Determination -", Handler::Verbatim),
    (
        "For more information on directives, please visit the following link:",
        Handler::Verbatim,
    ),
    ("CAATSA Section 235 Information:", Handler::Verbatim),
    ("Listing Date (", Handler::Verbatim),
    ("Effective Date (", Handler::Verbatim),
    ("Purchase/Sales For Divestment Date (", Handler::Verbatim),
    ("Organization Established Date", Handler::Verbatim),
    ("Organization Type:", Handler::Verbatim),
    ("Target Type", Handler::Verbatim),
];

/// Splits remarks into items on `;` and drops the period that ends the whole text.
///
/// OFAC separates items with `; `; a few real remarks miss the space
/// (`nationality possibly Palestinian;arrested 23 Apr 2002`), so any `;` separates.
///
/// OFAC ends remarks with a period, which then sticks to the last item (`Mexico.`,
/// `'BNC'.`). It is removed unless the last word is itself an abbreviation with inner dots
/// (`S.A. DE C.V.`), where the period belongs to the word.
pub(crate) fn items(text: &str) -> Vec<&str> {
    let mut out: Vec<&str> = text
        .split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if let Some(last) = out.last_mut() {
        *last = strip_terminator(last);
    }
    out
}

fn strip_terminator(item: &str) -> &str {
    let Some(body) = item.strip_suffix('.') else {
        return item;
    };
    let last_word = body.rsplit(' ').next().unwrap_or(body);
    if last_word.contains('.') {
        item
    } else {
        body
    }
}

/// Finds the label an item starts with: the handler, the label as printed, and the rest.
fn match_label(item: &str) -> Option<(Handler, &str, &str)> {
    let mut best: Option<(Handler, usize)> = None;
    for (label, handler) in LABELS {
        let n = label.len();
        if item.len() < n || !item.is_char_boundary(n) || !item[..n].eq_ignore_ascii_case(label) {
            continue;
        }
        let end = if label.ends_with('(') {
            // The qualifier runs to the matching `)`, then an optional `:`.
            let Some(close) = item[n..].find(')') else {
                continue;
            };
            let mut end = n + close + 1;
            if item[end..].starts_with(':') {
                end += 1;
            }
            end
        } else {
            n
        };
        let rest = &item[end..];
        // A label must end at a word boundary (`License` is not `Licensed`, `C.U.I.` is not
        // `C.U.I.T.`), unless it ends in punctuation that closes it (`Linked To:`, `NIT #`).
        let closed = label.ends_with([':', '-', '#', '(']);
        if !(rest.is_empty() || rest.starts_with(' ') || closed) {
            continue;
        }
        if !matches!(best, Some((_, len)) if len >= end) {
            best = Some((*handler, end));
        }
    }
    best.map(|(h, end)| (h, item[..end].trim_end(), item[end..].trim()))
}

/// Reads one remarks item into zero or more facts; an item nomina does not structure gives
/// none (it stays in the remarks text). `person` decides whether a weak alias written
/// `LAST, First` is split into parts.
pub(crate) fn parse_item(item: &str, person: bool) -> Vec<Fact> {
    let item = item.trim();
    let body = strip_prefix_ci(item, "alt. ").unwrap_or(item);
    let Some((handler, label, value)) = match_label(body) else {
        return Vec::new();
    };
    if value.is_empty() {
        return Vec::new();
    }
    let fact = match handler {
        Handler::Dob => Fact::BirthDate(parse_birth_date(value)),
        Handler::Pob => Fact::BirthPlace(parse_place(value)),
        Handler::Nationality => Fact::Nationality(Country::from_raw(trim_period(value))),
        Handler::Citizen => Fact::Citizenship(Country::from_raw(trim_period(value))),
        Handler::Gender => Fact::Gender(trim_period(value).to_string()),
        Handler::WeakAlias(marker) => match weak_alias(value, marker, person) {
            Some(name) => Fact::Name(name),
            None => return Vec::new(),
        },
        Handler::Document(kind) => Fact::Identifier(document(kind, label, value)),
        Handler::CountryFact => {
            let value = trim_period(value);
            Fact::Identifier(identifier(
                IdKind::Other,
                label,
                value,
                Some(Country::from_raw(value)),
            ))
        }
        Handler::Verbatim => {
            let value = if label.eq_ignore_ascii_case("Website")
                || label.eq_ignore_ascii_case("Email Address")
            {
                trim_period(value)
            } else {
                value
            };
            Fact::Identifier(identifier(IdKind::Other, label, value, None))
        }
        Handler::CryptoWallet => {
            let (currency, address) = value.split_once(' ').unwrap_or((value, ""));
            let address = trim_period(address.trim());
            if address.is_empty() {
                return Vec::new();
            }
            Fact::Identifier(identifier(
                IdKind::CryptoWallet,
                &format!("{label} {currency}"),
                address,
                None,
            ))
        }
        Handler::AircraftModel => Fact::AircraftModel(trim_period(value).to_string()),
        Handler::AircraftOperator => Fact::AircraftOperator(trim_period(value).to_string()),
        Handler::AircraftManufactured => Fact::AircraftManufactured(trim_period(value).to_string()),
    };
    vec![fact]
}

/// Parses a whole remarks text into an entity: keeps the text in `remarks` and adds every
/// fact read from it, without duplicating facts the entity already has.
pub(crate) fn apply(entity: &mut Entity, text: &str) {
    let text = text.trim();
    if text.is_empty() {
        return;
    }
    let person = entity.entity_type == EntityType::Person;
    for item in items(text) {
        for fact in parse_item(item, person) {
            add_fact(entity, fact);
        }
    }
    entity.remarks = Some(text.to_string());
}

/// Adds one fact to an entity (shared with the classic XML reader, whose `remarks` element
/// holds the same kind of text).
pub(crate) fn add_fact(entity: &mut Entity, fact: Fact) {
    match fact {
        Fact::BirthDate(d) => push_unique(&mut entity.birth_dates, d),
        Fact::BirthPlace(p) => push_unique(&mut entity.birth_places, p),
        Fact::Nationality(c) => push_unique(&mut entity.nationalities, c),
        Fact::Citizenship(c) => push_unique(&mut entity.citizenships, c),
        Fact::Gender(g) => {
            entity.gender.get_or_insert(g);
        }
        Fact::Identifier(id) => push_unique(&mut entity.identifiers, id),
        Fact::Name(n) => entity.push_name(n),
        Fact::AircraftModel(v) => join_into(&mut aircraft(entity).model, v),
        Fact::AircraftOperator(v) => join_into(&mut aircraft(entity).operator, v),
        Fact::AircraftManufactured(v) => join_into(&mut aircraft(entity).manufactured, v),
    }
}

fn aircraft(entity: &mut Entity) -> &mut AircraftInfo {
    entity.aircraft.get_or_insert_with(AircraftInfo::default)
}

/// Several values for a one-value field (`alt. Aircraft Operator`) are all kept, joined
/// with `; ` as OFAC itself separates items.
fn join_into(slot: &mut Option<String>, value: String) {
    match slot {
        Some(old) if old.split("; ").any(|v| v == value) => {}
        Some(old) => {
            old.push_str("; ");
            old.push_str(&value);
        }
        None => *slot = Some(value),
    }
}

fn push_unique<T: PartialEq>(list: &mut Vec<T>, value: T) {
    if !list.contains(&value) {
        list.push(value);
    }
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let n = prefix.len();
    (s.len() >= n && s.is_char_boundary(n) && s[..n].eq_ignore_ascii_case(prefix)).then(|| &s[n..])
}

fn trim_period(s: &str) -> &str {
    s.trim().trim_end_matches('.').trim_end()
}

fn identifier(kind: IdKind, label: &str, value: &str, country: Option<Country>) -> Identifier {
    Identifier {
        kind,
        label: label.to_string(),
        value: value.trim().to_string(),
        country,
        issued: None,
        expires: None,
        note: None,
    }
}

/// Reads `VALUE[ (Country)][ issued DATE][ expires DATE]`. A value that starts with `IMO `
/// is an IMO number whatever the label (`Vessel Registration Identification IMO 9187629`,
/// `Company Number IMO 5055293`). Dates that cannot be read (`issued 01 Jan 2008 to 31 Dec
/// 2010`) go to the note rather than being dropped or guessed.
pub(crate) fn document(kind: IdKind, label: &str, value: &str) -> Identifier {
    let mut rest = trim_period(value);
    let mut notes = Vec::new();
    let mut expires = None;
    let mut issued = None;
    if let Some((head, tail)) = rsplit_word(rest, "expires") {
        match parse_date(tail) {
            Some(d) => expires = Some(d),
            None => notes.push(format!("expires {tail}")),
        }
        rest = head;
    }
    if let Some((head, tail)) = rsplit_word(rest, "issued") {
        match parse_date(tail) {
            Some(d) => issued = Some(d),
            None => notes.push(format!("issued {tail}")),
        }
        rest = head;
    }
    let (rest, country, place) = split_trailing_country(rest);
    let (kind, value) = match strip_prefix_ci(rest, "IMO ") {
        Some(number) => (IdKind::Imo, number.trim()),
        None => (kind, rest),
    };
    notes.reverse();
    notes.extend(place);
    Identifier {
        kind,
        label: label.to_string(),
        value: value.trim().to_string(),
        country,
        issued,
        expires,
        note: (!notes.is_empty()).then(|| notes.join("; ")),
    }
}

/// Splits `"A issued B"` at the last ` issued ` into `("A", "B")`.
fn rsplit_word<'a>(s: &'a str, word: &str) -> Option<(&'a str, &'a str)> {
    let pat = format!(" {word} ");
    let at = s.rfind(&pat)?;
    let head = s[..at].trim_end();
    let tail = s[at + pat.len()..].trim();
    (!head.is_empty() && !tail.is_empty()).then_some((head, tail))
}

/// Splits a trailing `(Country)` off a value: `01200175 (Colombia)` gives `01200175` and
/// Colombia. A trailing group that is a place but not a country nomina knows, such as the
/// registry city in `Matricula Mercantil No 16218702 (Medellin)`, is split off as a note
/// instead, so the number stays exact and no city is passed off as a country; after a
/// country, one more such group is split off too (`HRA 738077 (Stuttgart) (Germany)`).
/// Anything else, such as `(USCC)` or `(individual)`, stays in the value.
pub(crate) fn split_trailing_country(s: &str) -> (&str, Option<Country>, Option<String>) {
    let s = s.trim();
    let Some((head, inner)) = trailing_group(s) else {
        return (s, None, None);
    };
    if country::lookup(inner).is_some() {
        let country = Some(Country::from_raw(inner));
        return match trailing_group(head) {
            Some((head2, place)) if is_place_name(place) => {
                (head2, country, Some(place.to_string()))
            }
            _ => (head, country, None),
        };
    }
    if is_place_name(inner) {
        return (head, None, Some(inner.to_string()));
    }
    (s, None, None)
}

/// `("A B", "C")` for `"A B (C)"`; `None` without a trailing group or without text before it.
fn trailing_group(s: &str) -> Option<(&str, &str)> {
    let body = s.strip_suffix(')')?;
    let open = body.rfind('(')?;
    let head = body[..open].trim_end();
    // `12/BAHANA(N)010023` style values have no space before the group: not a suffix.
    if head.is_empty() || !body[..open].ends_with(' ') {
        return None;
    }
    Some((head, body[open + 1..].trim()))
}

fn is_place_name(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
        && s.chars().any(char::is_lowercase)
        && s.chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | ',' | '.' | '-' | '\''))
}

/// Reads a place of birth `City, Region, Country`: the last part is the country when nomina
/// knows it (`Korea, North` and `Congo, Democratic Republic of the` are tried whole), the
/// first remaining part is the city and the rest the region. The whole text is always kept
/// in `raw`.
pub(crate) fn parse_place(text: &str) -> Place {
    let raw = trim_period(text).to_string();
    let parts: Vec<&str> = raw
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let mut place = Place {
        raw: raw.clone(),
        ..Place::default()
    };
    let mut split = parts.len();
    for take in [2, 1] {
        if parts.len() >= take {
            let candidate = parts[parts.len() - take..].join(", ");
            if country::lookup(&candidate).is_some() {
                place.country = Some(Country::from_raw(&candidate));
                split = parts.len() - take;
                break;
            }
        }
    }
    let local = &parts[..split];
    if let Some((city, region)) = local.split_first() {
        place.city = Some(city.to_string());
        if !region.is_empty() {
            place.region = Some(region.join(", "));
        }
    }
    place
}

fn year(s: &str) -> Option<i32> {
    (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

fn day(s: &str) -> Option<u8> {
    ((1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

/// Reads an OFAC date: `10 Jul 1968`, `Jul 1968` or `1968`, at exactly the precision given.
pub(crate) fn parse_date(text: &str) -> Option<FuzzyDate> {
    let parts: Vec<&str> = trim_period(text).split_whitespace().collect();
    match parts.as_slice() {
        [y] => year(y).map(FuzzyDate::year),
        [m, y] => FuzzyDate::ym(year(y)?, nomina_model::month_from_name(m)?),
        [d, m, y] => FuzzyDate::ymd(year(y)?, nomina_model::month_from_name(m)?, day(d)?),
        _ => None,
    }
}

/// Reads an OFAC date of birth: a date (`10 Jul 1968`, `Feb 1949`, `1946`), a range
/// (`1951 to 1953`, `01 Jan 1961 to 31 Dec 1962`), or either of those after `circa`
/// (approximate; `circa 1979-1982` is an approximate range). Anything else is kept as a
/// note-only date of birth with the raw text.
pub(crate) fn parse_birth_date(text: &str) -> BirthDate {
    let raw = trim_period(text);
    let (approximate, body) = match strip_prefix_ci(raw, "circa ") {
        Some(rest) => (true, rest.trim()),
        None => (false, raw),
    };
    let range = body.split_once(" to ").or_else(|| {
        let (a, b) = body.split_once('-')?;
        (year(a.trim()).is_some() && year(b.trim()).is_some()).then_some((a, b))
    });
    let dates = match range {
        Some((a, b)) => match (parse_date(a), parse_date(b)) {
            (Some(from), Some(to)) if from <= to => Some((from, to)),
            _ => None,
        },
        None => parse_date(body).map(|d| (d, d)),
    };
    match dates {
        Some((from, to)) => BirthDate {
            from: Some(from),
            to: Some(to),
            approximate,
            raw: raw.to_string(),
        },
        None => BirthDate {
            from: None,
            to: None,
            approximate,
            raw: raw.to_string(),
        },
    }
}

/// Splits an OFAC `LAST, First` name into family and given parts (at the first comma);
/// a name without a comma has no parts.
pub(crate) fn last_first_parts(full: &str) -> Vec<NamePart> {
    let Some((family, given)) = full.split_once(',') else {
        return Vec::new();
    };
    let (family, given) = (family.trim(), given.trim());
    let mut parts = Vec::new();
    if !family.is_empty() {
        parts.push(NamePart {
            kind: NamePartKind::Family,
            value: family.to_string(),
        });
    }
    if !given.is_empty() {
        parts.push(NamePart {
            kind: NamePartKind::Given,
            value: given.to_string(),
        });
    }
    parts
}

/// Reads the `'NAME'` after `a.k.a.`. Quirks of real lists: doubled quotes (`''FUPI''`), a
/// quote misplaced around the comma (`'ABU-AL-KARKH', 'Yusuf'`), apostrophes inside names
/// (`'LORD'S ARMY'`, `'AL-WAFA''`, kept), and a name cut off with the remarks at 1000
/// characters (no closing quote: kept, with a note, because a cut alias still names the
/// party).
fn weak_alias(value: &str, marker: &'static str, person: bool) -> Option<Name> {
    let value = value.trim();
    let (inner, cut) = match value.strip_prefix('\'') {
        Some(rest) => {
            let rest = rest
                .strip_suffix('.')
                .filter(|r| r.ends_with('\''))
                .unwrap_or(rest);
            match rest.strip_suffix('\'') {
                Some(inner) => (inner, false),
                None => (rest, true),
            }
        }
        None => (value.trim_end_matches('.'), false),
    };
    let mut text = inner.trim();
    if text.len() >= 2 && text.starts_with('\'') && text.ends_with('\'') {
        text = &text[1..text.len() - 1];
    }
    let text = text.replace("', '", ", ");
    let mut name = Name::new(&text, NameKind::WeakAlias);
    if name.full.is_empty() {
        return None;
    }
    if person {
        name.parts = last_first_parts(&name.full);
    }
    let mut notes = Vec::new();
    if marker != "a.k.a." {
        notes.push(marker.to_string());
    }
    if cut {
        notes.push("cut off in the list (remarks truncated)".to_string());
    }
    name.note = (!notes.is_empty()).then(|| notes.join("; "));
    Some(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use nomina_model::Source;

    fn one(item: &str) -> Fact {
        let mut facts = parse_item(item, true);
        assert_eq!(facts.len(), 1, "{item}: {facts:?}");
        facts.remove(0)
    }

    fn id(item: &str) -> Identifier {
        match one(item) {
            Fact::Identifier(id) => id,
            other => panic!("{item}: {other:?}"),
        }
    }

    fn dob(item: &str) -> BirthDate {
        match one(item) {
            Fact::BirthDate(d) => d,
            other => panic!("{item}: {other:?}"),
        }
    }

    fn fd(s: &str) -> FuzzyDate {
        s.parse().unwrap()
    }

    #[test]
    fn dates_keep_their_precision() {
        assert_eq!(parse_date("10 Jul 1968"), Some(fd("1968-07-10")));
        assert_eq!(parse_date("Feb 1949"), Some(fd("1949-02")));
        assert_eq!(parse_date("1946."), Some(fd("1946")));
        assert_eq!(parse_date("31 Feb 1990"), None);
        assert_eq!(parse_date("10 Foo 1990"), None);
        assert_eq!(parse_date("68"), None);
        assert_eq!(parse_date(""), None);
    }

    #[test]
    fn every_dob_shape() {
        let d = dob("DOB 10 Dec 1948");
        assert_eq!(
            (d.from, d.to, d.approximate),
            (Some(fd("1948-12-10")), Some(fd("1948-12-10")), false)
        );
        assert_eq!(d.raw, "10 Dec 1948");
        let d = dob("alt. DOB 1936");
        assert_eq!((d.from, d.to), (Some(fd("1936")), Some(fd("1936"))));
        let d = dob("DOB Mar 1945");
        assert_eq!(d.from, Some(fd("1945-03")));
        let d = dob("DOB 1951 to 1953");
        assert_eq!(
            (d.from, d.to, d.approximate),
            (Some(fd("1951")), Some(fd("1953")), false)
        );
        let d = dob("DOB 01 Jan 1961 to 31 Dec 1962");
        assert_eq!(
            (d.from, d.to),
            (Some(fd("1961-01-01")), Some(fd("1962-12-31")))
        );
        let d = dob("DOB Mar 1962 to Feb 1963");
        assert_eq!((d.from, d.to), (Some(fd("1962-03")), Some(fd("1963-02"))));
        let d = dob("DOB circa 1951");
        assert_eq!(
            (d.from, d.to, d.approximate),
            (Some(fd("1951")), Some(fd("1951")), true)
        );
        let d = dob("DOB circa 07 Jul 1966");
        assert_eq!((d.from, d.approximate), (Some(fd("1966-07-07")), true));
        let d = dob("DOB circa 1979-1982");
        assert_eq!(
            (d.from, d.to, d.approximate),
            (Some(fd("1979")), Some(fd("1982")), true)
        );
        let d = dob("DOB 30 Nov 1955.");
        assert_eq!(
            (d.from, d.raw.as_str()),
            (Some(fd("1955-11-30")), "30 Nov 1955")
        );
        // Unreadable or reversed: note only, never a guess.
        let d = dob("DOB 1953 to 1951");
        assert_eq!((d.from, d.to, d.raw.as_str()), (None, None, "1953 to 1951"));
        let d = dob("DOB unknown");
        assert_eq!((d.from, d.raw.as_str()), (None, "unknown"));
    }

    #[test]
    fn places_of_birth() {
        let Fact::BirthPlace(p) = one("POB Bahawalpur, Punjab Province, Pakistan") else {
            panic!()
        };
        assert_eq!(p.city.as_deref(), Some("Bahawalpur"));
        assert_eq!(p.region.as_deref(), Some("Punjab Province"));
        assert_eq!(
            p.country.as_ref().and_then(|c| c.code.as_deref()),
            Some("PK")
        );
        assert_eq!(p.raw, "Bahawalpur, Punjab Province, Pakistan");
        let Fact::BirthPlace(p) = one("POB Pyongyang, Korea, North") else {
            panic!()
        };
        assert_eq!(p.city.as_deref(), Some("Pyongyang"));
        assert_eq!(
            p.country.as_ref().and_then(|c| c.code.as_deref()),
            Some("KP")
        );
        let Fact::BirthPlace(p) = one("POB Lebanon") else {
            panic!()
        };
        assert_eq!(
            (p.city, p.country.and_then(|c| c.code)),
            (None, Some("LB".to_string()))
        );
        let Fact::BirthPlace(p) = one("POB Khan Younis") else {
            panic!()
        };
        assert_eq!((p.city.as_deref(), p.country), (Some("Khan Younis"), None));
    }

    #[test]
    fn nationality_citizen_gender() {
        assert_eq!(
            one("nationality Congo, Democratic Republic of the."),
            Fact::Nationality(Country::from_raw("Congo, Democratic Republic of the"))
        );
        let Fact::Nationality(c) = one("alt. nationality Russia") else {
            panic!()
        };
        assert_eq!(c.code.as_deref(), Some("RU"));
        let Fact::Citizenship(c) = one("citizen Mexico.") else {
            panic!()
        };
        assert_eq!((c.code.as_deref(), c.raw.as_str()), (Some("MX"), "Mexico"));
        assert_eq!(one("Gender Male."), Fact::Gender("Male".into()));
        assert_eq!(one("Gender Female"), Fact::Gender("Female".into()));
    }

    #[test]
    fn passports_with_country_and_dates() {
        let p = id("Passport G025057 issued 23 Jun 1999 expires 05 Feb 2004");
        assert_eq!(
            (p.kind, p.label.as_str(), p.value.as_str()),
            (IdKind::Passport, "Passport", "G025057")
        );
        assert_eq!(
            (p.issued, p.expires, p.country),
            (Some(fd("1999-06-23")), Some(fd("2004-02-05")), None)
        );
        let p = id("Passport E590976 (Tunisia) issued 19 Jun 1987 expires 18 Jun 1992.");
        assert_eq!(p.value, "E590976");
        assert_eq!(p.country.and_then(|c| c.code).as_deref(), Some("TN"));
        assert_eq!(p.expires, Some(fd("1992-06-18")));
        let p = id("alt. Passport D9008347 (Iran) issued 18 Jul 2010 expires 18 Jul 2015.");
        assert_eq!(
            (p.value.as_str(), p.issued),
            ("D9008347", Some(fd("2010-07-18")))
        );
        let p = id("Passport V487440 (Thailand) expires May 2007");
        assert_eq!(p.expires, Some(fd("2007-05")));
        let p = id("Passport 654781 (Jordan) issued 01 Jan 2008 to 31 Dec 2010");
        assert_eq!((p.value.as_str(), p.issued), ("654781", None));
        assert_eq!(p.note.as_deref(), Some("issued 01 Jan 2008 to 31 Dec 2010"));
        assert_eq!(p.country.and_then(|c| c.code).as_deref(), Some("JO"));
        let p = id("Passport C 1415363 - 16/2/1421H issued 21 May 2000");
        assert_eq!(
            (p.value.as_str(), p.issued),
            ("C 1415363 - 16/2/1421H", Some(fd("2000-05-21")))
        );
    }

    #[test]
    fn national_and_tax_numbers() {
        for (item, kind, label, value, code) in [
            (
                "National ID No. 660000 73767 (Belgium)",
                IdKind::NationalId,
                "National ID No.",
                "660000 73767",
                Some("BE"),
            ),
            (
                "Cedula No. 16247821 (Colombia)",
                IdKind::NationalId,
                "Cedula No.",
                "16247821",
                Some("CO"),
            ),
            (
                "Cedula No. V-5.764.952 (Venezuela)",
                IdKind::NationalId,
                "Cedula No.",
                "V-5.764.952",
                Some("VE"),
            ),
            (
                "Tax ID No. 100036386 (Serbia)",
                IdKind::TaxId,
                "Tax ID No.",
                "100036386",
                Some("RS"),
            ),
            (
                "Tax ID No. AABA 670850 Y.",
                IdKind::TaxId,
                "Tax ID No.",
                "AABA 670850 Y",
                None,
            ),
            (
                "NIT # 800146749-7 (Colombia).",
                IdKind::TaxId,
                "NIT #",
                "800146749-7",
                Some("CO"),
            ),
            (
                "R.F.C. MEFE800201L2A (Mexico)",
                IdKind::TaxId,
                "R.F.C.",
                "MEFE800201L2A",
                Some("MX"),
            ),
            (
                "C.U.R.P. MEFE800201HSLNGF04 (Mexico).",
                IdKind::NationalId,
                "C.U.R.P.",
                "MEFE800201HSLNGF04",
                Some("MX"),
            ),
            (
                "SSN 523-33-8386 (United States)",
                IdKind::NationalId,
                "SSN",
                "523-33-8386",
                Some("US"),
            ),
            (
                "Registration ID 14063277.",
                IdKind::Registration,
                "Registration ID",
                "14063277",
                None,
            ),
            (
                "Registration Number HRA 738077 (Stuttgart) (Germany)",
                IdKind::Registration,
                "Registration Number",
                "HRA 738077",
                Some("DE"),
            ),
            (
                "Unified Social Credit Code (USCC) 91222401MA0Y31E659 (China).",
                IdKind::Registration,
                "Unified Social Credit Code (USCC)",
                "91222401MA0Y31E659",
                Some("CN"),
            ),
            (
                "National ID No. 12/BAHANA(N)010023 (Burma).",
                IdKind::NationalId,
                "National ID No.",
                "12/BAHANA(N)010023",
                Some("MM"),
            ),
            (
                "SWIFT/BIC CBSYSYDA",
                IdKind::Bic,
                "SWIFT/BIC",
                "CBSYSYDA",
                None,
            ),
        ] {
            let i = id(item);
            assert_eq!(
                (i.kind, i.label.as_str(), i.value.as_str()),
                (kind, label, value),
                "{item}"
            );
            assert_eq!(i.country.and_then(|c| c.code).as_deref(), code, "{item}");
        }
    }

    #[test]
    fn vessel_and_aircraft_items() {
        let i = id("Vessel Registration Identification IMO 9187629");
        assert_eq!(
            (i.kind, i.label.as_str(), i.value.as_str()),
            (IdKind::Imo, "Vessel Registration Identification", "9187629")
        );
        let i = id("Identification Number IMO 5342883.");
        assert_eq!((i.kind, i.value.as_str()), (IdKind::Imo, "5342883"));
        let i = id("MMSI 572469210");
        assert_eq!((i.kind, i.value.as_str()), (IdKind::Mmsi, "572469210"));
        let i = id("Former Vessel Flag Malta");
        assert_eq!((i.kind, i.value.as_str()), (IdKind::Other, "Malta"));
        assert_eq!(i.country.and_then(|c| c.code).as_deref(), Some("MT"));
        let i = id("Aircraft Manufacturer's Serial Number (MSN) 1023409321");
        assert_eq!(
            (i.kind, i.value.as_str()),
            (IdKind::AircraftSerial, "1023409321")
        );
        let i = id("Aircraft Tail Number YV3360.");
        assert_eq!((i.kind, i.value.as_str()), (IdKind::AircraftTail, "YV3360"));
        let i = id("Aircraft Construction Number (also called L/N or S/N or F/N) 8401");
        assert_eq!(
            (i.kind, i.label.as_str(), i.value.as_str()),
            (
                IdKind::Other,
                "Aircraft Construction Number (also called L/N or S/N or F/N)",
                "8401"
            )
        );
        assert_eq!(
            one("Aircraft Model A300B4-622R"),
            Fact::AircraftModel("A300B4-622R".into())
        );
        assert_eq!(
            one("Aircraft Operator Iran Air"),
            Fact::AircraftOperator("Iran Air".into())
        );
        assert_eq!(
            one("Aircraft Manufacture Date 1992"),
            Fact::AircraftManufactured("1992".into())
        );
    }

    #[test]
    fn crypto_web_mail_and_notes() {
        let i = id("alt. Digital Currency Address - XBT 1Kuf2Rd8mDyAViwBozGTNYnvWL8uYFrkVo");
        assert_eq!(
            (i.kind, i.label.as_str(), i.value.as_str()),
            (
                IdKind::CryptoWallet,
                "Digital Currency Address - XBT",
                "1Kuf2Rd8mDyAViwBozGTNYnvWL8uYFrkVo"
            )
        );
        let i = id("Website www.sberbank.ru.");
        assert_eq!(
            (i.label.as_str(), i.value.as_str()),
            ("Website", "www.sberbank.ru")
        );
        let i = id("Email Address 3507656950@qq.com");
        assert_eq!(
            (i.label.as_str(), i.value.as_str()),
            ("Email Address", "3507656950@qq.com")
        );
        let i = id("Linked To: RED MUNDIAL INMOBILIARIA, S.A. DE C.V.");
        assert_eq!(
            (i.label.as_str(), i.value.as_str()),
            ("Linked To:", "RED MUNDIAL INMOBILIARIA, S.A. DE C.V.")
        );
        let i = id("Additional Sanctions Information - Subject to Secondary Sanctions");
        assert_eq!(
            (i.label.as_str(), i.value.as_str()),
            (
                "Additional Sanctions Information -",
                "Subject to Secondary Sanctions"
            )
        );
        let i = id("Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and 510.210");
        assert_eq!(i.label, "Secondary sanctions risk:");
        assert_eq!(
            i.value,
            "North Korea Sanctions Regulations, sections 510.201 and 510.210"
        );
        assert!(i.country.is_none());
        let i = id("Listing Date (EO 14024 Directive 2): 24 Feb 2022");
        assert_eq!(
            (i.label.as_str(), i.value.as_str()),
            ("Listing Date (EO 14024 Directive 2):", "24 Feb 2022")
        );
    }

    #[test]
    fn weak_aliases_in_every_quoting() {
        let name = |item: &str| match one(item) {
            Fact::Name(n) => n,
            other => panic!("{item}: {other:?}"),
        };
        let n = name("a.k.a. 'BNC'");
        assert_eq!(
            (n.full.as_str(), n.kind, n.note.as_deref()),
            ("BNC", NameKind::WeakAlias, None)
        );
        let n = name("a.k.a. 'KUWAITI, Abu Shaima''");
        assert_eq!(n.full, "KUWAITI, Abu Shaima'");
        assert_eq!(n.parts.len(), 2);
        assert_eq!(name("a.k.a. ''FOOPIE''").full, "FOOPIE");
        assert_eq!(
            name("a.k.a. ''AHMED THE TANZANIAN''.").full,
            "AHMED THE TANZANIAN"
        );
        assert_eq!(
            name("a.k.a. 'ABDEL' AZIZ BEN NARVAN'").full,
            "ABDEL' AZIZ BEN NARVAN"
        );
        assert_eq!(
            name("a.k.a. 'ABU-AL-KARKH', 'Yusuf'.").full,
            "ABU-AL-KARKH, Yusuf"
        );
        assert_eq!(name("a.k.a. 'SUE RC 'KMP''.").full, "SUE RC 'KMP'");
        assert_eq!(name("a.k.a. 'LLC 'DSD''").full, "LLC 'DSD'");
        let n = name("a.k.a. 'snowsjo");
        assert_eq!(n.full, "snowsjo");
        assert!(n.note.unwrap().contains("cut off"));
        let n = name("f.k.a. 'UNITED GEORGIAN BANK'");
        assert_eq!(
            (n.kind, n.note.as_deref()),
            (NameKind::WeakAlias, Some("f.k.a."))
        );
        assert!(parse_item("a.k.a. ''", true).is_empty());
    }

    #[test]
    fn items_split_and_lose_only_the_final_period() {
        assert_eq!(
            items("DOB 1984; POB Niger; a.k.a. 'X'."),
            vec!["DOB 1984", "POB Niger", "a.k.a. 'X'"]
        );
        assert_eq!(
            items("Linked To: S.A. DE C.V."),
            vec!["Linked To: S.A. DE C.V."]
        );
        assert_eq!(items("Maulana."), vec!["Maulana"]);
        assert_eq!(
            items("nationality X;arrested 23 Apr 2002."),
            vec!["nationality X", "arrested 23 Apr 2002"]
        );
        assert!(items("").is_empty());
    }

    #[test]
    fn unknown_items_give_no_fact_and_are_not_lost() {
        assert!(parse_item(
            "Member of the State Duma Committee on Housing Policy.",
            true
        )
        .is_empty());
        assert!(parse_item("(individual) [SDGT]", true).is_empty());
        assert!(parse_item("Passport", true).is_empty());
        // A label must be a whole word.
        assert!(parse_item("Passports withheld", true).is_empty());
        let i = id("C.U.I.T. 20-12345678-3 (Argentina)");
        assert_eq!(
            (i.kind, i.label.as_str(), i.value.as_str()),
            (IdKind::TaxId, "C.U.I.T.", "20-12345678-3")
        );
        let mut e = Entity::new(
            Source::Ofac,
            "1",
            EntityType::Person,
            Name::new("A, B", NameKind::Primary),
        );
        apply(&mut e, "DOB 1984; Member ETA; a.k.a. 'X'; a.k.a. 'Y'.");
        assert_eq!(
            e.remarks.as_deref(),
            Some("DOB 1984; Member ETA; a.k.a. 'X'; a.k.a. 'Y'.")
        );
        assert_eq!(
            e.names
                .iter()
                .filter(|n| n.kind == NameKind::WeakAlias)
                .count(),
            2
        );
        assert_eq!(e.birth_dates.len(), 1);
    }

    #[test]
    fn trailing_groups_that_are_not_countries_stay() {
        assert_eq!(
            split_trailing_country("ABC (USCC)"),
            ("ABC (USCC)", None, None)
        );
        assert_eq!(
            split_trailing_country("X (individual)"),
            ("X (individual)", None, None)
        );
        assert_eq!(split_trailing_country("(Russia)"), ("(Russia)", None, None));
        assert_eq!(
            split_trailing_country("12/BAHANA(N)"),
            ("12/BAHANA(N)", None, None)
        );
        let (v, c, n) = split_trailing_country("123 (Korea, North)");
        assert_eq!(
            (v, c.and_then(|c| c.code).as_deref(), n),
            ("123", Some("KP"), None)
        );
        // A registry city is a note, not a country.
        let i = id("Matricula Mercantil No 16218702 (Medellin).");
        assert_eq!(
            (i.value.as_str(), i.country, i.note.as_deref()),
            ("16218702", None, Some("Medellin"))
        );
    }

    #[test]
    fn apply_merges_aircraft_fields() {
        let mut e = Entity::new(
            Source::Ofac,
            "1",
            EntityType::Aircraft,
            Name::new("EP-MNE", NameKind::Primary),
        );
        apply(&mut e, "Aircraft Operator Mahan Air; alt. Aircraft Operator Iran Air; Aircraft Model A300; Gender Male; Gender Female");
        let a = e.aircraft.unwrap();
        assert_eq!(a.operator.as_deref(), Some("Mahan Air; Iran Air"));
        assert_eq!(a.model.as_deref(), Some("A300"));
        assert_eq!(e.gender.as_deref(), Some("Male"));
    }
}
