//! `nomina show KEY`: everything a list says about one entity, so an analyst can judge a
//! possible match against the listing itself.

use crate::exit::{CmdResult, Failure};
use crate::{emit, emit_json, GlobalArgs};
use nomina_model::{Address, BirthDate, Country, Entity, Identifier, NameKind, Place, Source};
use nomina_registry::OFFICIAL_SOURCES;

/// Options of `nomina show`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Entity key: `<source>:<id>`, e.g. `un:QDi.422`, `ofac:11459`.
    pub key: String,
    /// Print the entity as JSON (the nomina entity model).
    #[arg(long)]
    pub json: bool,
    /// Read only the listing's own list, without the party it belongs to (faster).
    #[arg(long)]
    pub no_party: bool,
}

/// Runs `nomina show`.
pub fn run(global: &GlobalArgs, args: &Args) -> CmdResult {
    let key = args.key.trim();
    let Some((prefix, _)) = key
        .split_once(':')
        .filter(|(p, i)| !p.is_empty() && !i.trim().is_empty())
    else {
        return Err(Failure::usage(format!(
            "{key:?} is not an entity key; keys look like un:QDi.422 or ofac:11459"
        )));
    };
    // Only the key's own source needs parsing; custom prefixes can only come from --list.
    let source = Source::from_prefix(prefix);
    let only = if OFFICIAL_SOURCES.contains(&source) {
        vec![source]
    } else {
        Vec::new()
    };
    // Every list is read when the judgements are to be applied to the party; the key's
    // own source is enough to show the listing itself.
    let loaded = global.load_lists(if args.no_party { only } else { Vec::new() })?;
    let Some((entity, list)) = loaded.find(key) else {
        let searched: Vec<String> = loaded
            .snapshots()
            .map(|s| {
                let date = s
                    .version
                    .published
                    .map(|d| format!(" {d}"))
                    .unwrap_or_default();
                format!("{} {}{date}", s.version.source, s.version.format)
            })
            .collect();
        let searched = if searched.is_empty() {
            "none loaded for that source".to_string()
        } else {
            searched.join(", ")
        };
        return Err(Failure::not_found(format!(
            "no entity with key {key} in the lists in force ({searched})"
        )));
    };
    let party = if args.no_party {
        None
    } else {
        let judgements = crate::cmd_parties::judgements_in_force(global)?;
        nomina_registry::parties::Parties::link(&loaded, &judgements)
            .of(&entity.key)
            .cloned()
    };
    if args.json {
        if let Some(p) = &party {
            let mut v = serde_json::to_value(entity).map_err(|e| {
                Failure::new(crate::exit::FAILURE, format!("cannot encode JSON: {e}"))
            })?;
            v["party"] = serde_json::to_value(p).unwrap_or_default();
            return emit_json(&v);
        }
        return emit_json(entity);
    }
    let v = &list.snapshot.version;
    let mut text = render(entity);
    let date = v
        .published
        .map(|d| format!(" published {d}"))
        .unwrap_or_default();
    text.push_str(&format!(
        "List:            {} {}{date}, sha256 {} ({})\n",
        v.source, v.format, v.sha256, list.origin
    ));
    if let Some(p) = &party {
        text.push_str(&format!(
            "Party:           {}
",
            p.id
        ));
        text.push_str(&crate::cmd_parties::describe(p, &loaded));
    }
    emit(&text)
}

fn kind_label(k: NameKind) -> &'static str {
    match k {
        NameKind::Primary => "primary",
        NameKind::Alias => "a.k.a.",
        NameKind::WeakAlias => "weak a.k.a.",
        NameKind::FormerName => "f.k.a.",
        NameKind::OriginalScript => "original script",
    }
}

fn country(c: &Country) -> String {
    match &c.code {
        Some(code) if !c.raw.eq_ignore_ascii_case(code) => format!("{} ({code})", c.raw),
        _ => c.raw.clone(),
    }
}

fn birth_date(b: &BirthDate) -> String {
    let core = match (b.from, b.to) {
        (Some(f), Some(t)) if f == t => f.to_string(),
        (Some(f), Some(t)) => format!("{f} to {t}"),
        (Some(f), None) => format!("from {f}"),
        (None, Some(t)) => format!("until {t}"),
        (None, None) => return format!("note: {}", b.raw),
    };
    let circa = if b.approximate { "circa " } else { "" };
    if b.raw.trim().is_empty() || b.raw == core {
        format!("{circa}{core}")
    } else {
        format!("{circa}{core}  (listed as {:?})", b.raw)
    }
}

fn place(p: &Place) -> String {
    let parts: Vec<String> = [
        p.city.clone(),
        p.region.clone(),
        p.country.as_ref().map(country),
    ]
    .into_iter()
    .flatten()
    .collect();
    if parts.is_empty() {
        p.raw.clone()
    } else {
        parts.join(", ")
    }
}

fn address(a: &Address) -> String {
    let mut parts: Vec<String> = [
        a.street.clone(),
        a.city.clone(),
        a.region.clone(),
        a.postal_code.clone(),
    ]
    .into_iter()
    .flatten()
    .collect();
    if let Some(c) = &a.country {
        parts.push(country(c));
    }
    let mut s = parts.join(", ");
    if let Some(n) = &a.note {
        s.push_str(&format!("  [{n}]"));
    }
    s
}

fn identifier(i: &Identifier) -> String {
    let mut s = format!("{}: {}", i.label, i.value);
    let mut extra = Vec::new();
    if let Some(c) = &i.country {
        extra.push(country(c));
    }
    if let Some(d) = i.issued {
        extra.push(format!("issued {d}"));
    }
    if let Some(d) = i.expires {
        extra.push(format!("expires {d}"));
    }
    if let Some(n) = &i.note {
        extra.push(n.clone());
    }
    if !extra.is_empty() {
        s.push_str(&format!("  ({})", extra.join("; ")));
    }
    s
}

fn line(out: &mut String, label: &str, values: Vec<String>) {
    match values.len() {
        0 => {}
        1 => out.push_str(&format!("{:<17}{}\n", format!("{label}:"), values[0])),
        _ => {
            out.push_str(&format!("{label}:\n"));
            for v in values {
                out.push_str(&format!("  {v}\n"));
            }
        }
    }
}

/// The entity as readable text, one labelled line or block per field.
fn render(e: &Entity) -> String {
    let mut out = format!(
        "{}  {}  {}\n",
        e.key,
        e.entity_type.as_str(),
        e.primary_name()
    );
    out.push_str("Names:\n");
    let width = e
        .names
        .iter()
        .map(|n| n.full.chars().count())
        .max()
        .unwrap_or(0)
        .min(60);
    for n in &e.names {
        let mut extra = Vec::new();
        if let Some(l) = &n.language {
            extra.push(format!("language {l}"));
        }
        if let Some(note) = &n.note {
            extra.push(note.clone());
        }
        let extra = if extra.is_empty() {
            String::new()
        } else {
            format!("  ({})", extra.join("; "))
        };
        out.push_str(&format!(
            "  {:<width$}  {}{extra}\n",
            n.full,
            kind_label(n.kind)
        ));
    }
    line(
        &mut out,
        "Dates of birth",
        e.birth_dates.iter().map(birth_date).collect(),
    );
    line(
        &mut out,
        "Places of birth",
        e.birth_places.iter().map(place).collect(),
    );
    line(
        &mut out,
        "Nationalities",
        e.nationalities.iter().map(country).collect(),
    );
    line(
        &mut out,
        "Citizenships",
        e.citizenships.iter().map(country).collect(),
    );
    line(&mut out, "Gender", e.gender.iter().cloned().collect());
    line(&mut out, "Titles", e.titles.clone());
    line(&mut out, "Positions", e.positions.clone());
    line(
        &mut out,
        "Identifiers",
        e.identifiers.iter().map(identifier).collect(),
    );
    line(
        &mut out,
        "Addresses",
        e.addresses.iter().map(address).collect(),
    );
    if let Some(v) = &e.vessel {
        let fields = [
            ("call sign", v.call_sign.clone()),
            ("type", v.vessel_type.clone()),
            ("flag", v.flag.as_ref().map(country)),
            ("tonnage", v.tonnage.clone()),
            ("GRT", v.gross_registered_tonnage.clone()),
            ("owner", v.owner.clone()),
        ];
        line(
            &mut out,
            "Vessel",
            fields
                .into_iter()
                .filter_map(|(k, v)| v.map(|v| format!("{k}: {v}")))
                .collect(),
        );
    }
    if let Some(a) = &e.aircraft {
        let fields = [
            ("model", a.model.clone()),
            ("operator", a.operator.clone()),
            ("manufactured", a.manufactured.clone()),
        ];
        line(
            &mut out,
            "Aircraft",
            fields
                .into_iter()
                .filter_map(|(k, v)| v.map(|v| format!("{k}: {v}")))
                .collect(),
        );
    }
    line(&mut out, "Programmes", e.programmes.clone());
    line(&mut out, "Other references", e.other_references.clone());
    line(
        &mut out,
        "Listed on",
        e.listed_on.iter().map(|d| d.to_string()).collect(),
    );
    if !e.last_updated.is_empty() {
        let dates: Vec<String> = e.last_updated.iter().map(|d| d.to_string()).collect();
        line(&mut out, "Last updated", vec![dates.join(", ")]);
    }
    if let Some(r) = &e.remarks {
        out.push_str("Remarks:\n");
        for l in r.lines().map(str::trim).filter(|l| !l.is_empty()) {
            out.push_str(&format!("  {l}\n"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use nomina_model::{EntityType, FuzzyDate, Name};

    #[test]
    fn renders_every_field_kind() {
        let mut e = Entity::new(
            Source::Un,
            "QDi.422",
            EntityType::Person,
            Name::new("MOHAMMED MASOOD AZHAR ALVI", NameKind::Primary),
        );
        e.push_name(Name::new("Masud Azhar", NameKind::Alias));
        e.birth_dates.push(BirthDate::single(
            FuzzyDate::ymd(1968, 7, 10).unwrap(),
            "1968-07-10",
        ));
        let mut approx = BirthDate::range(
            FuzzyDate::year(1951),
            FuzzyDate::year(1953),
            "between 1951 and 1953",
        );
        approx.approximate = true;
        e.birth_dates.push(approx);
        e.birth_places.push(Place {
            city: Some("Bahawalpur".into()),
            country: Some(Country::from_raw("Pakistan")),
            ..Place::default()
        });
        e.nationalities.push(Country::from_raw("Pakistan"));
        e.listed_on = FuzzyDate::ymd(2019, 5, 1);
        e.remarks = Some("line one\n   line two".into());
        let t = render(&e);
        for want in [
            "un:QDi.422  person  MOHAMMED MASOOD AZHAR ALVI",
            "Masud Azhar                 a.k.a.",
            "  1968-07-10\n",
            "circa 1951 to 1953  (listed as \"between 1951 and 1953\")",
            "Places of birth: Bahawalpur, Pakistan (PK)",
            "Nationalities:   Pakistan (PK)",
            "Listed on:       2019-05-01",
            "Remarks:\n  line one\n  line two\n",
        ] {
            assert!(t.contains(want), "missing {want:?} in\n{t}");
        }
    }
}
