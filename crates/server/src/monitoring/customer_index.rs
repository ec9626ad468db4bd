//! The index over the customer base that a delta re-screen searches in reverse: the
//! customers' distinct names indexed as if they were a list, and their identifiers. It is
//! built from the store a page at a time (never the whole records), kept in a file between
//! runs, and trusted only for the customers saved before it was built: a delta run also
//! screens every customer saved since ([`CustomerIndex::built_from`]).

use nomina_match::{Matcher, Query};
use nomina_model::{Entity, EntityType, ListVersion, Name, NameKind, Source};
use nomina_store::{now_millis, Customer, Millis, Store};
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// The key prefix of customer names in the reverse index (`customer:<n>`).
pub const CUSTOMER_PREFIX: &str = "customer";

/// Lowest reverse score that makes a customer a candidate. Reverse scores (the listed name
/// as the query, weights from the customer base) differ from forward ones, so the floor is
/// well under the alert threshold; every candidate is then screened forward exactly as a
/// full re-screen would, so a low floor costs time, never a false alert. The equivalence
/// test (`crates/cli/tests/monitoring.rs`) checks that it loses nothing on a real update.
pub const REVERSE_FLOOR: f64 = 0.5;

/// How far back of its build's start an index counts customers as saved after it: covers
/// clocks of several service nodes writing to one database that disagree by up to this
/// much (NTP keeps them within milliseconds). Customers saved in the margin are screened
/// by a delta run twice over, never missed.
pub const CLOCK_MARGIN_MS: Millis = 2_000;

/// Customers read from the store per page while building.
const PAGE: usize = 10_000;

/// The first eight bytes of a customer index file.
pub const MAGIC: &[u8; 8] = b"NOMINACX";

/// An identifier as compared: letters and digits only, upper case.
pub fn identifier_key(id: &str) -> String {
    id.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_uppercase)
        .collect()
}

/// Where a customer index is kept, and which database it indexes (a file built over
/// another database is not used).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexFile {
    /// The file (`customer-index.bin` in the data directory).
    pub path: PathBuf,
    /// The database's target (`sqlite:…`, `postgres://…`), without its password.
    pub database: String,
}

impl IndexFile {
    /// The index file of the data directory `data_dir` for the database `database`.
    pub fn in_data_dir(data_dir: &Path, database: &str) -> IndexFile {
        IndexFile {
            path: data_dir.join("customer-index.bin"),
            database: without_password(database),
        }
    }
}

/// A database URL with any password removed (`postgres://u:secret@h` → `postgres://u@h`):
/// it is written into the index file.
fn without_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let Some((userinfo, host)) = rest.split_once('@') else {
        return url.to_string();
    };
    let user = userinfo.split(':').next().unwrap_or_default();
    format!("{scheme}://{user}@{host}")
}

/// What the file says of itself, beside the index.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
struct Header {
    database: String,
    built_from: Millis,
    customers: usize,
}

/// Who bears each indexed name, and the identifiers: the part of the index besides the
/// name matcher.
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
struct Holders {
    /// Customer references, by position, in increasing order.
    references: Vec<String>,
    /// When each customer was saved, as read (its `updated`), by position.
    updated: Vec<Millis>,
    /// Positions of the customers bearing indexed name `n`:
    /// `holder_data[holder_offsets[n]..holder_offsets[n + 1]]`.
    holder_offsets: Vec<u32>,
    holder_data: Vec<u32>,
    /// Positions of the customers bearing an identifier ([`identifier_key`]).
    by_identifier: HashMap<String, Vec<u32>>,
}

/// The customer base as a searchable index.
pub struct CustomerIndex {
    matcher: Matcher,
    holders: Holders,
    header: Header,
}

/// The error of a file that reads back wrong.
fn damaged(file: &IndexFile, what: String) -> IndexFileError {
    IndexFileError::File(nomina_index::IndexError::Damaged {
        path: file.path.clone(),
        what,
    })
}

impl std::fmt::Debug for CustomerIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CustomerIndex")
            .field("customers", &self.len())
            .field("built_from", &self.header.built_from)
            .field("database", &self.header.database)
            .finish_non_exhaustive()
    }
}

/// Why a customer index could not be built, read or written.
#[derive(Debug, thiserror::Error)]
pub enum IndexFileError {
    /// The store failed while the customers were read.
    #[error(transparent)]
    Store(#[from] nomina_store::StoreError),
    /// The file is damaged, foreign or of another build (see `nomina_index`).
    #[error(transparent)]
    File(#[from] nomina_index::IndexError),
    /// The file was written for another database.
    #[error("{path}: built over the database {found}, not {expected}")]
    OtherDatabase {
        /// The file.
        path: PathBuf,
        /// The database it names.
        found: String,
        /// The database in use.
        expected: String,
    },
    /// The store gave the customers out of reference order, which the index relies on.
    #[error("the store did not give the customers in reference order")]
    Unordered,
    /// The file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

/// Builds an index from customers given one at a time (names, identifiers): each distinct
/// name is indexed once, whoever bears it.
#[derive(Default)]
struct Collector {
    holders: Holders,
    names: HashMap<String, u32>,
    /// Bearers of each name, before flattening.
    bearers: Vec<Vec<u32>>,
}

impl Collector {
    fn add(&mut self, c: &Customer) {
        let i = self.holders.references.len() as u32;
        self.holders.references.push(c.reference.clone());
        self.holders.updated.push(c.updated);
        for id in &c.identifiers {
            let k = identifier_key(id);
            if !k.is_empty() {
                self.holders.by_identifier.entry(k).or_default().push(i);
            }
        }
        for name in &c.names {
            let n = match self.names.get(name.as_str()) {
                Some(&n) => n,
                None => {
                    let n = self.bearers.len() as u32;
                    self.names.insert(name.clone(), n);
                    self.bearers.push(Vec::new());
                    n
                }
            };
            let b = &mut self.bearers[n as usize];
            if b.last() != Some(&i) {
                b.push(i);
            }
        }
    }

    fn finish(self, header: Header) -> CustomerIndex {
        let Collector {
            mut holders,
            names,
            bearers,
        } = self;
        let mut by_position: Vec<(u32, String)> = names.into_iter().map(|(s, n)| (n, s)).collect();
        by_position.sort_unstable_by_key(|(n, _)| *n);
        holders.holder_offsets.reserve(bearers.len() + 1);
        holders.holder_offsets.push(0);
        for b in bearers {
            holders.holder_data.extend(b);
            holders
                .holder_offsets
                .push(holders.holder_data.len() as u32);
        }
        let source = Source::Custom(CUSTOMER_PREFIX.into());
        let version = ListVersion {
            source: source.clone(),
            format: "customers".into(),
            published: None,
            sha256: String::new(),
            files: Vec::new(),
        };
        // One name entity at a time: the whole base never sits in memory as entities.
        let matcher = Matcher::build_from(
            vec![version],
            by_position
                .into_iter()
                .map(|(n, name)| name_entity(&source, n as usize, &name)),
        );
        CustomerIndex {
            matcher,
            holders,
            header,
        }
    }
}

impl CustomerIndex {
    /// Indexes the given customers (tests, and bases held in memory).
    pub fn build(customers: &[Customer]) -> CustomerIndex {
        let mut sorted: Vec<&Customer> = customers.iter().collect();
        sorted.sort_by(|a, b| a.reference.cmp(&b.reference));
        sorted.dedup_by(|a, b| a.reference == b.reference);
        let mut c = Collector::default();
        for x in sorted {
            c.add(x);
        }
        c.finish(Header {
            database: String::new(),
            built_from: now_millis() - CLOCK_MARGIN_MS,
            customers: customers.len(),
        })
    }

    /// Indexes every customer of `store`, read a page at a time. Customers saved while it
    /// reads are after [`CustomerIndex::built_from`] and so screened by the next delta run
    /// whatever this index holds of them.
    pub fn build_from_store(
        store: &dyn Store,
        database: &str,
    ) -> Result<CustomerIndex, IndexFileError> {
        let built_from = now_millis() - CLOCK_MARGIN_MS;
        let mut c = Collector::default();
        let mut after: Option<String> = None;
        loop {
            let page = store.customers_page(after.as_deref(), PAGE)?;
            for x in &page {
                c.add(x);
            }
            if page.len() < PAGE {
                break;
            }
            after = page.last().map(|x| x.reference.clone());
        }
        let customers = c.holders.references.len();
        if c.holders.references.windows(2).any(|w| w[0] >= w[1]) {
            return Err(IndexFileError::Unordered);
        }
        Ok(c.finish(Header {
            database: database.to_string(),
            built_from,
            customers,
        }))
    }

    /// Customers saved at or after this time may be missing from the index or indexed
    /// with old names: a delta run asks the store for them and screens those the index
    /// does not hold as they are ([`CustomerIndex::holds_as_is`]).
    pub fn built_from(&self) -> Millis {
        self.header.built_from
    }

    /// Whether the index holds this customer as saved now (same reference, same time of
    /// saving): what a customer saved near the build, and read by it, is.
    pub fn holds_as_is(&self, c: &Customer) -> bool {
        let h = &self.holders;
        h.references
            .binary_search_by(|r| r.as_str().cmp(&c.reference))
            .is_ok_and(|i| h.updated.get(i) == Some(&c.updated))
    }

    /// How many customers the index holds.
    pub fn len(&self) -> usize {
        self.holders.references.len()
    }

    /// Whether it holds no customer.
    pub fn is_empty(&self) -> bool {
        self.holders.references.is_empty()
    }

    /// The reference of the customer at `position`.
    pub fn reference(&self, position: usize) -> &str {
        self.holders
            .references
            .get(position)
            .map_or("", String::as_str)
    }

    /// Writes the index to `file.path` atomically (a temporary file, then a rename).
    pub fn save(&self, file: &IndexFile) -> Result<(), IndexFileError> {
        let io = |source| IndexFileError::Io {
            path: file.path.clone(),
            source,
        };
        let damaged = |what: String| damaged(file, what);
        let header = Header {
            database: file.database.clone(),
            ..self.header.clone()
        };
        let header = serde_json::to_vec(&header).map_err(|e| damaged(e.to_string()))?;
        let as_io = |e: String| std::io::Error::other(e);
        // The matcher and the holders are streamed into the file: a copy of a million
        // customers' index as bytes would double the memory a build needs.
        let sections: [Box<nomina_index::format::SectionFn<'_>>; 3] = [
            Box::new(|w| w.write_all(&header)),
            Box::new(|w| self.matcher.write_to(w).map_err(|e| as_io(e.to_string()))),
            Box::new(|w| {
                postcard::to_io(&self.holders, w)
                    .map(drop)
                    .map_err(|e| as_io(e.to_string()))
            }),
        ];
        nomina_index::format::write_streamed(
            &file.path,
            MAGIC,
            &nomina_match::build_fingerprint(),
            &sections,
        )
        .map_err(io)
    }

    /// Reads the index kept in `file.path`: `Ok(None)` when there is none; an error when
    /// it is damaged, of another build or of another database (the caller rebuilds it).
    pub fn open(file: &IndexFile) -> Result<Option<CustomerIndex>, IndexFileError> {
        let bytes = match std::fs::read(&file.path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(source) => {
                return Err(IndexFileError::Io {
                    path: file.path.clone(),
                    source,
                })
            }
        };
        let damaged = |what: String| damaged(file, what);
        let [header, matcher, holders] = nomina_index::format::verify(
            &file.path,
            &bytes,
            MAGIC,
            &nomina_match::build_fingerprint(),
        )?;
        let header: Header =
            serde_json::from_slice(&bytes[header]).map_err(|e| damaged(format!("header: {e}")))?;
        if header.database != file.database {
            return Err(IndexFileError::OtherDatabase {
                path: file.path.clone(),
                found: header.database,
                expected: file.database.clone(),
            });
        }
        let matcher = Matcher::from_bytes(&bytes[matcher])
            .map_err(|e| damaged(format!("name index: {e}")))?;
        let holders: Holders = postcard::from_bytes(&bytes[holders])
            .map_err(|e| damaged(format!("customers: {e}")))?;
        let consistent = holders.holder_offsets.last().copied()
            == Some(holders.holder_data.len() as u32)
            && holders
                .holder_data
                .iter()
                .chain(holders.by_identifier.values().flatten())
                .all(|&i| (i as usize) < holders.references.len())
            && holders.references.len() == header.customers
            && holders.updated.len() == header.customers
            && holders.references.windows(2).all(|w| w[0] < w[1]);
        if !consistent {
            return Err(damaged("customers: positions out of range".into()));
        }
        Ok(Some(CustomerIndex {
            matcher,
            holders,
            header,
        }))
    }

    /// Positions of the customers a listed entity could hit: any of its names scoring at
    /// least [`REVERSE_FLOOR`] against a customer's name, or an identifier in common.
    pub fn candidates(&self, e: &Entity) -> BTreeSet<usize> {
        let mut out = BTreeSet::new();
        for name in &e.names {
            let q = Query {
                name: name.full.clone(),
                entity_type: None,
                dob: None,
                country: None,
                identifiers: Vec::new(),
            };
            if q.validate().is_err() {
                continue;
            }
            for h in self
                .matcher
                .screen(&q, REVERSE_FLOOR, usize::MAX)
                .unwrap_or_default()
            {
                out.extend(self.holders_of(&h.entity).iter().map(|&i| i as usize));
            }
        }
        for id in &e.identifiers {
            if let Some(found) = self.holders.by_identifier.get(&identifier_key(&id.value)) {
                out.extend(found.iter().map(|&i| i as usize));
            }
        }
        out
    }

    /// [`CustomerIndex::candidates`] of many entities, on every core.
    pub fn candidates_of(&self, entities: &[&Entity]) -> super::Result<BTreeSet<usize>> {
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        let chunk = entities.len().div_ceil(threads).max(1);
        std::thread::scope(|s| {
            let parts: Vec<_> = entities
                .chunks(chunk)
                .map(|part| {
                    s.spawn(move || {
                        part.iter()
                            .flat_map(|e| self.candidates(e))
                            .collect::<BTreeSet<usize>>()
                    })
                })
                .collect();
            let mut out = BTreeSet::new();
            for p in parts {
                out.extend(p.join().map_err(|_| {
                    super::MonitorError::Invalid("a reverse screening thread panicked".into())
                })?);
            }
            Ok(out)
        })
    }

    /// The customers bearing the indexed name with this key (`customer:<n>`).
    fn holders_of(&self, key: &str) -> &[u32] {
        let h = &self.holders;
        key.strip_prefix(CUSTOMER_PREFIX)
            .and_then(|k| k.strip_prefix(':'))
            .and_then(|n| n.parse::<usize>().ok())
            .and_then(|n| {
                let from = *h.holder_offsets.get(n)? as usize;
                let to = *h.holder_offsets.get(n + 1)? as usize;
                h.holder_data.get(from..to)
            })
            .unwrap_or(&[])
    }
}

/// One distinct customer name as an entity of the reverse index (`customer:<n>`).
fn name_entity(source: &Source, n: usize, name: &str) -> Entity {
    Entity::new(
        source.clone(),
        &n.to_string(),
        EntityType::Person,
        Name::new(name, NameKind::Primary),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(reference: &str, name: &str, ids: &[&str]) -> Customer {
        Customer {
            reference: reference.into(),
            names: vec![name.into()],
            entity_type: None,
            dob: None,
            country: None,
            identifiers: ids.iter().map(|s| s.to_string()).collect(),
            updated: 0,
        }
    }

    fn base() -> Vec<Customer> {
        vec![
            c("a", "Masud Azhar", &[]),
            c("b", "Ann Smith", &["P-123"]),
            c("c", "John Brown", &[]),
            c("d", "Masud Azhar", &[]),
        ]
    }

    fn listed() -> Entity {
        let mut e = name_entity(&Source::Un, 0, "Masood Azhar Alvi");
        e.identifiers.push(
            serde_json::from_value(serde_json::json!({
                "kind": "passport", "label": "Passport", "value": "p123"
            }))
            .unwrap(),
        );
        e
    }

    #[test]
    fn identifiers_compare_without_punctuation_or_case() {
        assert_eq!(identifier_key("ab-12 3/x"), "AB123X");
    }

    #[test]
    fn passwords_never_reach_the_file() {
        assert_eq!(
            without_password("postgres://nomina:s3cret@db:5432/x"),
            "postgres://nomina@db:5432/x"
        );
        assert_eq!(
            without_password("sqlite:/d/nomina.db"),
            "sqlite:/d/nomina.db"
        );
    }

    #[test]
    fn a_listed_name_finds_every_bearer_and_an_identifier_finds_its_own() {
        let index = CustomerIndex::build(&base());
        let found = index.candidates(&listed());
        let refs: Vec<&str> = found.iter().map(|&i| index.reference(i)).collect();
        assert_eq!(
            refs,
            vec!["a", "b", "d"],
            "shared name indexed once: {refs:?}"
        );
    }

    #[test]
    fn a_saved_index_reads_back_and_is_refused_elsewhere() {
        let dir = tempfile::tempdir().unwrap();
        let file = IndexFile::in_data_dir(dir.path(), "sqlite:/x/nomina.db");
        assert!(CustomerIndex::open(&file).unwrap().is_none(), "no file yet");
        let index = CustomerIndex::build(&base());
        index.save(&file).unwrap();
        let back = CustomerIndex::open(&file).unwrap().expect("read back");
        assert_eq!(back.len(), 4);
        assert!(back.holds_as_is(&base()[1]));
        let changed = Customer {
            updated: 7,
            ..base()[1].clone()
        };
        assert!(!back.holds_as_is(&changed), "saved again since");
        assert!(
            !back.holds_as_is(&c("zz", "New Customer", &[])),
            "not indexed"
        );
        assert_eq!(back.built_from(), index.built_from());
        assert_eq!(
            back.candidates(&listed()),
            index.candidates(&listed()),
            "same answers"
        );
        let other = IndexFile::in_data_dir(dir.path(), "sqlite:/y/other.db");
        assert!(matches!(
            CustomerIndex::open(&other),
            Err(IndexFileError::OtherDatabase { .. })
        ));
        let mut bytes = std::fs::read(&file.path).unwrap();
        let last = bytes.len() - 1;
        bytes[last] ^= 1;
        std::fs::write(&file.path, bytes).unwrap();
        assert!(CustomerIndex::open(&file)
            .unwrap_err()
            .to_string()
            .contains("checksum"));
    }
}
