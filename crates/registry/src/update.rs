//! `nomina update`: download the official lists and switch to them only when they are sound.
//!
//! For each source the update downloads every file, parses the whole list with the same
//! reader screening uses, checks that it is the expected source, compares its entity count
//! with the version in force, stores it, and only then switches `in-force.json`. Any failure
//! at any step — network, HTTP status, size cap, truncated or wrong file, parse error, a drop
//! in record count beyond the allowed fraction — leaves the version in force untouched and
//! is reported with its reason. Sources are independent: a failed OFAC download does not
//! stop the UN list from updating.

use crate::http::{fetch, FetchError};
use crate::store::{read_manifest, DataDir, StoredFile, UpdateLock};
use crate::{bundled, parse_files, FileRole, RegistryError, OFFICIAL_SOURCES};
use nomina_lists::{detect, Format, InputFile, ListError};
use nomina_model::{FuzzyDate, Source};
use std::time::Duration;

/// UN Security Council Consolidated List, XML.
pub const UN_URL: &str = "https://scsanctions.un.org/resources/xml/en/consolidated.xml";
/// OFAC Sanctions List Service exports; `SDN.CSV`, `ALT.CSV`, `ADD.CSV` and
/// `SDN_COMMENTS.CSV` are appended.
pub const OFAC_BASE_URL: &str =
    "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/";
/// EU Financial Sanctions Files, full list, XML 1.1 (the token is the public one the EU
/// publishes for unauthenticated downloads).
pub const EU_URL: &str =
    "https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw";
/// UK Sanctions List (FCDO), XML.
pub const UK_URL: &str = "https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml";

/// Environment variables overriding each address (tests, mirrors, proxies).
pub const URL_ENV: [(&str, Source); 4] = [
    ("NOMINA_UN_URL", Source::Un),
    ("NOMINA_OFAC_URL", Source::Ofac),
    ("NOMINA_EU_URL", Source::Eu),
    ("NOMINA_UK_URL", Source::Uk),
];

/// Where each source is downloaded from. For OFAC this is a base address to which the file
/// names are appended; for the others it is the file's own address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoints {
    /// UN consolidated XML.
    pub un: String,
    /// OFAC base address (ends with `/`).
    pub ofac: String,
    /// EU FSF XML.
    pub eu: String,
    /// UK Sanctions List XML.
    pub uk: String,
}

impl Endpoints {
    /// The official addresses.
    pub fn official() -> Endpoints {
        Endpoints {
            un: UN_URL.into(),
            ofac: OFAC_BASE_URL.into(),
            eu: EU_URL.into(),
            uk: UK_URL.into(),
        }
    }

    /// The official addresses, each overridden by its environment variable when set
    /// ([`URL_ENV`]).
    pub fn from_env() -> Endpoints {
        let mut e = Endpoints::official();
        for (var, source) in URL_ENV {
            if let Some(v) = std::env::var_os(var)
                .map(|v| v.to_string_lossy().into_owned())
                .filter(|v| !v.is_empty())
            {
                e.set(&source, v);
            }
        }
        e
    }

    /// Overrides one source's address.
    pub fn set(&mut self, source: &Source, url: String) {
        match source {
            Source::Un => self.un = url,
            Source::Ofac => {
                self.ofac = if url.ends_with('/') {
                    url
                } else {
                    format!("{url}/")
                }
            }
            Source::Eu => self.eu = url,
            Source::Uk => self.uk = url,
            Source::Custom(_) => {}
        }
    }

    fn downloads(&self, source: &Source) -> Vec<Download> {
        let one = |url: &str, stem: &'static str| {
            vec![Download {
                role: FileRole::Main,
                url: url.to_string(),
                stem,
                required: true,
            }]
        };
        match source {
            Source::Un => one(&self.un, "consolidated"),
            Source::Eu => one(&self.eu, "eu-fsf"),
            Source::Uk => one(&self.uk, "uk-sanctions-list"),
            Source::Ofac => [
                (FileRole::Main, "SDN.CSV", true),
                (FileRole::OfacAlt, "ALT.CSV", true),
                (FileRole::OfacAdd, "ADD.CSV", true),
                // Only a handful of remarks overflow; a mirror without the file still
                // yields a complete list apart from those tails, and the reader says so.
                (FileRole::OfacComments, "SDN_COMMENTS.CSV", false),
            ]
            .into_iter()
            .map(|(role, name, required)| Download {
                role,
                url: format!("{}{name}", self.ofac),
                stem: name,
                required,
            })
            .collect(),
            Source::Custom(_) => Vec::new(),
        }
    }
}

struct Download {
    role: FileRole,
    url: String,
    /// Stored file name (OFAC, complete) or stem to which the detected extension is added.
    stem: &'static str,
    required: bool,
}

/// HTTP limits for downloads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpConfig {
    /// Limit for establishing a connection.
    pub connect_timeout: Duration,
    /// Limit for a whole request, body included.
    pub timeout: Duration,
    /// Largest accepted body, in bytes (the largest official file is ~60 MB today).
    pub max_bytes: u64,
}

impl Default for HttpConfig {
    fn default() -> Self {
        HttpConfig {
            connect_timeout: Duration::from_secs(30),
            timeout: Duration::from_secs(600),
            max_bytes: 256 << 20,
        }
    }
}

/// Default largest accepted drop in entity count against the version in force.
pub const DEFAULT_MAX_DROP: f64 = 0.10;

/// What to update and how carefully.
#[derive(Debug, Clone)]
pub struct UpdateOptions {
    /// Sources to update (empty: UN, OFAC, EU and UK).
    pub sources: Vec<Source>,
    /// Switch even when the entity count drops by more than `max_drop`.
    pub force: bool,
    /// Switch even to a version published before the one in force (a downgrade: an old
    /// file served by a stale mirror or cache). `nomina update --force` sets it.
    pub allow_downgrade: bool,
    /// Largest accepted fractional drop in entity count (0.10 = 10%).
    pub max_drop: f64,
    /// Download addresses.
    pub endpoints: Endpoints,
    /// HTTP limits.
    pub http: HttpConfig,
}

impl Default for UpdateOptions {
    fn default() -> Self {
        UpdateOptions {
            sources: Vec::new(),
            force: false,
            allow_downgrade: false,
            max_drop: DEFAULT_MAX_DROP,
            endpoints: Endpoints::from_env(),
            http: HttpConfig::default(),
        }
    }
}

/// The version in force for a source before an update, for comparison and reporting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InForceSummary {
    /// `bundled default` or `version <dir name>`.
    pub label: String,
    /// Its content hash.
    pub sha256: String,
    /// Its entity count.
    pub entities: usize,
    /// Its publication date.
    pub published: Option<FuzzyDate>,
}

/// What happened to one source.
#[derive(Debug)]
pub enum Outcome {
    /// A new version was stored and put in force.
    Updated {
        /// Its version directory name.
        version: String,
        /// Its entity count.
        entities: usize,
        /// Its publication date.
        published: Option<FuzzyDate>,
        /// What was in force before.
        previous: InForceSummary,
        /// Reader warnings and notes (e.g. an optional file that was absent).
        warnings: Vec<String>,
    },
    /// The download is identical to the version in force; nothing changed.
    Unchanged {
        /// The version in force.
        current: InForceSummary,
    },
    /// Nothing changed: the version in force stays. The error says why.
    Failed(RegistryError),
}

/// The result of updating one source.
#[derive(Debug)]
pub struct SourceUpdate {
    /// The source.
    pub source: Source,
    /// What happened.
    pub outcome: Outcome,
}

impl SourceUpdate {
    /// True unless the update failed or was refused.
    pub fn ok(&self) -> bool {
        !matches!(self.outcome, Outcome::Failed(_))
    }
}

/// Updates the requested sources in the data directory, one after another, under the
/// directory's update lock. Returns one result per source; an `Err` means nothing was
/// attempted (bad options, lock held, unreadable `in-force.json`).
pub fn update(
    data_dir: &DataDir,
    opts: &UpdateOptions,
) -> Result<Vec<SourceUpdate>, RegistryError> {
    update_with(data_dir, opts, |_| {})
}

/// [`update`], calling `progress` with each source's result as soon as it is known, so an
/// operator watching a slow download sees the sources that are already done.
pub fn update_with<F: FnMut(&SourceUpdate)>(
    data_dir: &DataDir,
    opts: &UpdateOptions,
    mut progress: F,
) -> Result<Vec<SourceUpdate>, RegistryError> {
    if !(0.0..=1.0).contains(&opts.max_drop) || opts.max_drop.is_nan() {
        return Err(RegistryError::Usage(format!(
            "--max-drop must be a fraction between 0 and 1, not {}",
            opts.max_drop
        )));
    }
    let sources: Vec<Source> = if opts.sources.is_empty() {
        OFFICIAL_SOURCES.to_vec()
    } else {
        opts.sources.clone()
    };
    if let Some(s) = sources.iter().find(|s| !OFFICIAL_SOURCES.contains(s)) {
        return Err(RegistryError::Usage(format!(
            "{s} has no official download address (expected un, ofac, eu or uk)"
        )));
    }
    let lock = data_dir.lock()?;
    // Validated up front so that a damaged data directory is reported once, not per source.
    // A lost `in-force.json` beside stored versions is rebuilt only when forced.
    if opts.force {
        data_dir.in_force_or_rebuild()?;
    } else {
        data_dir.in_force()?;
    }
    let mut results = Vec::with_capacity(sources.len());
    for source in sources {
        let outcome = match update_one(data_dir, &source, opts, &lock) {
            Ok(o) => o,
            Err(e) => Outcome::Failed(e),
        };
        let result = SourceUpdate { source, outcome };
        progress(&result);
        results.push(result);
    }
    Ok(results)
}

fn update_one(
    data_dir: &DataDir,
    source: &Source,
    opts: &UpdateOptions,
    lock: &UpdateLock,
) -> Result<Outcome, RegistryError> {
    let name = source.prefix().to_string();
    let mut warnings = Vec::new();
    let mut fetched = Vec::new();
    for d in opts.endpoints.downloads(source) {
        match fetch(&opts.http, &d.url) {
            Ok(bytes) => fetched.push((d, bytes)),
            Err(FetchError::NotFound) if !d.required => {
                warnings.push(format!(
                    "{} was not found (HTTP 404); continuing without it",
                    d.url
                ));
            }
            Err(FetchError::NotFound) => {
                return Err(RegistryError::Download {
                    source_name: name,
                    url: d.url,
                    message: "HTTP 404 Not Found".into(),
                })
            }
            Err(FetchError::Other(message)) => {
                return Err(RegistryError::Download {
                    source_name: name,
                    url: d.url,
                    message,
                })
            }
        }
    }

    let mut inputs = Vec::with_capacity(fetched.len());
    let mut stored = Vec::with_capacity(fetched.len());
    for (d, bytes) in &fetched {
        let input = InputFile::from_bytes(d.url.clone(), bytes.clone())?;
        let detected = detect(&input.bytes);
        if d.role != FileRole::Main && !matches!(detected, Some(Format::OfacCsvCompanion(_))) {
            let what = detected
                .map(|f| format!("a {f} file"))
                .unwrap_or_else(|| "not a recognised list file".into());
            return Err(ListError::file(
                &input.name,
                format!(
                    "expected an OFAC companion CSV ({}), but this is {what}",
                    d.stem
                ),
            )
            .into());
        }
        let file_name = match (d.role, detected) {
            (FileRole::Main, Some(f)) if *source != Source::Ofac => {
                format!("{}.{}", d.stem, extension(f))
            }
            _ => d.stem.to_string(),
        };
        stored.push(StoredFile {
            role: d.role,
            name: file_name,
            url: Some(d.url.clone()),
            bytes: bytes.clone(),
        });
        inputs.push((d.role, input));
    }
    drop(fetched);

    let mut snapshot = parse_files(inputs)?;
    if snapshot.version.source != *source {
        return Err(RegistryError::Refused {
            source_name: name,
            message: format!(
                "the file downloaded from {} is a {} list ({}), not a {source} list",
                stored
                    .first()
                    .and_then(|f| f.url.clone())
                    .unwrap_or_default(),
                snapshot.version.source,
                snapshot.version.format
            ),
        });
    }
    snapshot.warnings.extend(warnings);

    let previous = in_force_summary(data_dir, source)?;
    if previous.sha256 == snapshot.version.sha256 {
        return Ok(Outcome::Unchanged { current: previous });
    }

    if let Some(message) = downgrade(&previous, snapshot.version.published) {
        if !opts.allow_downgrade {
            let version = data_dir.store_version(&stored, &snapshot)?;
            return Err(RegistryError::Refused {
                source_name: name,
                message: format!(
                    "{message}. It is stored as {} for inspection but NOT in force; if an older \
                     list is really wanted, run again with --force",
                    data_dir.version_dir(source, &version).display()
                ),
            });
        }
    }

    let entities = snapshot.entities.len();
    let floor = previous.entities as f64 * (1.0 - opts.max_drop);
    let too_small = (entities as f64) < floor;
    let version = data_dir.store_version(&stored, &snapshot)?;
    if too_small && !opts.force {
        let drop = 100.0 * (previous.entities - entities) as f64 / previous.entities as f64;
        return Err(RegistryError::Refused {
            source_name: name,
            message: format!(
                "the new list has {entities} entities against {} in the {} in force ({drop:.1}% fewer; at most {:.1}% is accepted). \
                 It is stored as {} for inspection but NOT in force; if the drop is genuine, run again with --force or a larger --max-drop",
                previous.entities,
                previous.label,
                opts.max_drop * 100.0,
                data_dir.version_dir(source, &version).display()
            ),
        });
    }
    data_dir.set_in_force(source, &version, lock)?;
    Ok(Outcome::Updated {
        version,
        entities,
        published: snapshot.version.published,
        previous,
        warnings: snapshot.warnings,
    })
}

/// Why a download published on `new` would be a downgrade from the version in force, if it
/// would: an older publication date than the one in force. Undated lists cannot be
/// compared and are not refused for it.
pub fn downgrade(previous: &InForceSummary, new: Option<FuzzyDate>) -> Option<String> {
    let (old, new) = (previous.published?, new?);
    (new < old).then(|| {
        format!(
            "the download is older than the version in force: published {new}, but the {} in \
             force was published {old} (a downgrade)",
            previous.label
        )
    })
}

fn extension(format: Format) -> &'static str {
    match format {
        Format::UnXml
        | Format::OfacXml
        | Format::OfacEnhancedXml
        | Format::EuXml
        | Format::UkSanctionsListXml => "xml",
        Format::CustomJson => "json",
        _ => "csv",
    }
}

/// The version in force for a source: the data directory's, else the bundled default.
pub fn in_force_summary(
    data_dir: &DataDir,
    source: &Source,
) -> Result<InForceSummary, RegistryError> {
    if let Some(name) = data_dir.in_force_or_rebuild()?.get(source) {
        let m = read_manifest(&data_dir.version_dir(source, name))?;
        return Ok(InForceSummary {
            label: format!("version {name}"),
            sha256: m.sha256,
            entities: m.entities,
            published: m.published,
        });
    }
    let snapshot = bundled::load(source)?;
    Ok(InForceSummary {
        label: "bundled default".into(),
        sha256: snapshot.version.sha256,
        entities: snapshot.entities.len(),
        published: snapshot.version.published,
    })
}
