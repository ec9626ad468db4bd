//! The peers' names for nomina's sources, in one table: yente's dataset names
//! (OpenSanctions' `un_sc_sanctions`, `us_ofac_sdn`…) and its collections (`default`,
//! `sanctions`), watchman's `sourceList` values (`un_csl`, `us_ofac`…). Every name a
//! request may carry is read here and every name an answer carries is written from here,
//! so the two directions cannot disagree. A name that is not in the table is refused
//! (404 for a yente path's dataset, 400 for a parameter), never read as "every list".

use nomina_model::Source;

/// One official source and what each peer calls it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PeerNames {
    /// nomina's key prefix (`un`, `ofac`, `eu`, `uk`).
    pub source: &'static str,
    /// yente's (OpenSanctions') dataset name.
    pub yente: &'static str,
    /// Other yente dataset names nomina reads as the same source (never written).
    pub yente_aliases: &'static [&'static str],
    /// watchman's `sourceList` value.
    pub watchman: &'static str,
    /// A title for `/catalog`.
    pub title: &'static str,
}

/// The four official sources. OFAC's SDN and consolidated non-SDN lists are one nomina
/// source, so `us_ofac_sdn` and watchman's `us_ofac` stand for both.
pub const SOURCES: [PeerNames; 4] = [
    PeerNames {
        source: "un",
        yente: "un_sc_sanctions",
        yente_aliases: &[],
        watchman: "un_csl",
        title: "UN Security Council Consolidated List",
    },
    PeerNames {
        source: "ofac",
        yente: "us_ofac_sdn",
        yente_aliases: &["us_ofac_cons"],
        watchman: "us_ofac",
        title: "US OFAC SDN and consolidated non-SDN lists",
    },
    PeerNames {
        source: "eu",
        yente: "eu_fsf",
        yente_aliases: &[],
        watchman: "eu_csl",
        title: "EU Financial Sanctions Files",
    },
    PeerNames {
        source: "uk",
        yente: "gb_hmt_sanctions",
        yente_aliases: &["gb_fcdo_sanctions"],
        watchman: "uk_csl",
        title: "UK Sanctions List (OFSI / FCDO)",
    },
];

/// yente collection names that stand for every list in force.
pub const YENTE_COLLECTIONS: [&str; 2] = ["default", "sanctions"];

fn by_source(source: &Source) -> Option<&'static PeerNames> {
    SOURCES.iter().find(|p| p.source == source.prefix())
}

/// yente's name for a source; a custom list keeps its own prefix.
///
/// ```
/// use nomina_model::Source;
/// assert_eq!(nomina_server::compat::datasets::yente_name(&Source::Un), "un_sc_sanctions");
/// ```
pub fn yente_name(source: &Source) -> String {
    by_source(source)
        .map(|p| p.yente.to_string())
        .unwrap_or_else(|| source.prefix().to_string())
}

/// watchman's `sourceList` for a source; a custom list keeps its own prefix.
pub fn watchman_name(source: &Source) -> String {
    by_source(source)
        .map(|p| p.watchman.to_string())
        .unwrap_or_else(|| source.prefix().to_string())
}

/// What a dataset name in a request stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Every list in force (a collection).
    All,
    /// One source, by nomina prefix.
    Source(String),
}

impl Scope {
    /// Whether an entity of `source` is in this scope.
    pub fn contains(&self, source: &Source) -> bool {
        match self {
            Scope::All => true,
            Scope::Source(p) => p == source.prefix(),
        }
    }
}

/// Reads a yente dataset or collection name: yente's names, nomina's own prefixes, or the
/// prefix of a custom list in force (`custom`). `None` for a name nomina does not know.
pub fn yente_scope(name: &str, custom: &[String]) -> Option<Scope> {
    if YENTE_COLLECTIONS.contains(&name) {
        return Some(Scope::All);
    }
    SOURCES
        .iter()
        .find(|p| p.yente == name || p.yente_aliases.contains(&name) || p.source == name)
        .map(|p| Scope::Source(p.source.to_string()))
        .or_else(|| {
            custom
                .iter()
                .find(|c| c.as_str() == name)
                .map(|c| Scope::Source(c.clone()))
        })
}

/// Reads a watchman `source` value (case-insensitive): watchman's names or nomina's
/// prefixes. `None` for a name nomina does not know (watchman's `us_csl`, `us_non_sdn`,
/// `us_fincen_311`, `us_tel` are lists nomina does not carry or does not separate).
pub fn watchman_scope(name: &str, custom: &[String]) -> Option<Scope> {
    let name = name.to_ascii_lowercase();
    SOURCES
        .iter()
        .find(|p| p.watchman == name || p.source == name)
        .map(|p| Scope::Source(p.source.to_string()))
        .or_else(|| {
            custom
                .iter()
                .find(|c| c.to_ascii_lowercase() == name)
                .map(|c| Scope::Source(c.clone()))
        })
}

/// Every name a yente request may use, for error messages.
pub fn yente_names() -> String {
    let mut names: Vec<&str> = YENTE_COLLECTIONS.to_vec();
    names.extend(SOURCES.iter().map(|p| p.yente));
    names.join(", ")
}

/// Every name a watchman request may use, for error messages.
pub fn watchman_names() -> String {
    SOURCES
        .iter()
        .map(|p| p.watchman)
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_back_to_the_source_they_were_written_from() {
        for s in [Source::Un, Source::Ofac, Source::Eu, Source::Uk] {
            let want = Some(Scope::Source(s.prefix().to_string()));
            assert_eq!(yente_scope(&yente_name(&s), &[]), want);
            assert_eq!(watchman_scope(&watchman_name(&s), &[]), want);
            assert_eq!(yente_scope(s.prefix(), &[]), want);
        }
        let acme = Source::Custom("acme".into());
        assert_eq!(yente_name(&acme), "acme");
        assert_eq!(
            yente_scope("acme", &["acme".into()]),
            Some(Scope::Source("acme".into()))
        );
    }

    #[test]
    fn collections_and_unknown_names() {
        assert_eq!(yente_scope("default", &[]), Some(Scope::All));
        assert_eq!(yente_scope("sanctions", &[]), Some(Scope::All));
        assert_eq!(yente_scope("peps", &[]), None);
        assert_eq!(yente_scope("acme", &[]), None);
        assert_eq!(
            watchman_scope("US_OFAC", &[]),
            Some(Scope::Source("ofac".into()))
        );
        assert_eq!(watchman_scope("us_non_sdn", &[]), None);
        assert!(Scope::All.contains(&Source::Eu));
        assert!(!Scope::Source("un".into()).contains(&Source::Eu));
    }
}
