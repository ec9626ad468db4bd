//! `update` against a local HTTP server on 127.0.0.1 serving the real in-repo list files,
//! and the in-force rules. Every failure case checks that the version in force is the one
//! that was in force before.

use nomina_model::Source;
use nomina_registry::store::DataDir;
use nomina_registry::update::InForceSummary;
use nomina_registry::{
    bundled, load_in_force, update, Endpoints, FileRole, HttpConfig, Options, Origin, Outcome,
    RegistryError, UpdateOptions,
};
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

// ---------------------------------------------------------------------------------------
// A tiny HTTP/1.1 server: one thread, one request per connection, replies set per path.

#[derive(Clone)]
enum Reply {
    /// 200 with this body.
    Ok(Vec<u8>),
    /// This status with a short body.
    Status(u16),
    /// 200 announcing `claimed` bytes but sending only `body`, then closing.
    CutShort { body: Vec<u8>, claimed: usize },
}

struct Server {
    base: String,
    routes: Arc<Mutex<HashMap<String, Reply>>>,
}

impl Server {
    fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let base = format!("http://{}", listener.local_addr().unwrap());
        let routes: Arc<Mutex<HashMap<String, Reply>>> = Arc::default();
        let shared = routes.clone();
        std::thread::spawn(move || {
            // Ends with the test process; each connection is bounded by its own timeouts.
            for stream in listener.incoming().flatten() {
                let _ = serve(stream, &shared);
            }
        });
        Server { base, routes }
    }

    fn set(&self, path: &str, reply: Reply) {
        self.routes.lock().unwrap().insert(path.to_string(), reply);
    }

    fn clear(&self) {
        self.routes.lock().unwrap().clear();
    }

    fn endpoints(&self) -> Endpoints {
        Endpoints {
            un: format!("{}/un/consolidated.xml", self.base),
            ofac: format!("{}/ofac/", self.base),
            eu: format!("{}/eu/fsf.xml", self.base),
            uk: format!("{}/uk/list.xml", self.base),
        }
    }
}

fn serve(stream: TcpStream, routes: &Mutex<HashMap<String, Reply>>) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header == "\r\n" || header == "\n" {
            break;
        }
    }
    let path = request_line
        .split_whitespace()
        .nth(1)
        .unwrap_or("/")
        .to_string();
    let reply = routes
        .lock()
        .unwrap()
        .get(&path)
        .cloned()
        .unwrap_or(Reply::Status(404));
    let mut out = stream;
    let (status, body, claimed) = match reply {
        Reply::Ok(b) => (200, b.clone(), b.len()),
        Reply::Status(code) => {
            let b = format!("<html><body>error {code}</body></html>").into_bytes();
            let n = b.len();
            (code, b, n)
        }
        Reply::CutShort { body, claimed } => (200, body, claimed),
    };
    let head =
        format!("HTTP/1.1 {status} X\r\nContent-Length: {claimed}\r\nConnection: close\r\n\r\n");
    out.write_all(head.as_bytes())?;
    out.write_all(&body)?;
    out.flush()
}

// ---------------------------------------------------------------------------------------

fn data(rel: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../data/lists")
        .join(rel);
    let gz = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(&gz[..])
        .read_to_end(&mut out)
        .unwrap();
    out
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("nomina-registry-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn options(server: &Server, source: Source) -> UpdateOptions {
    UpdateOptions {
        sources: vec![source],
        force: false,
        // The in-repo files are older than the bundled defaults: most tests are about
        // other checks; `downgrades_are_refused_unless_forced` is about this one.
        allow_downgrade: true,
        max_drop: 0.10,
        endpoints: server.endpoints(),
        http: HttpConfig {
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(60),
            max_bytes: 64 << 20,
        },
    }
}

/// Runs one update of one source and returns its outcome.
fn run(dir: &DataDir, opts: &UpdateOptions) -> Outcome {
    let mut results = update(dir, opts).expect("update ran");
    assert_eq!(results.len(), 1);
    results.remove(0).outcome
}

fn in_force_name(dir: &DataDir, source: &Source) -> Option<String> {
    dir.in_force().unwrap().get(source).cloned()
}

fn failed(o: Outcome) -> String {
    match o {
        Outcome::Failed(e) => e.to_string(),
        other => panic!("expected a failure, got {other:?}"),
    }
}

const UN_2018_10: &str = "2018-10-29-a24c0fe8";

/// A data directory with UN 2018-10-29 in force, updated through the server.
fn un_in_force(name: &str) -> (Server, DataDir) {
    let server = Server::start();
    let dir = DataDir::new(temp_dir(name));
    server.set(
        "/un/consolidated.xml",
        Reply::Ok(data("un/consolidated-2018-10-29.xml.gz")),
    );
    match run(&dir, &options(&server, Source::Un)) {
        Outcome::Updated {
            version,
            entities,
            published,
            previous,
            warnings: _,
        } => {
            assert_eq!(version, UN_2018_10);
            assert_eq!(entities, 703 + 390);
            assert_eq!(
                published.map(|d| d.to_string()).as_deref(),
                Some("2018-10-29")
            );
            // The bundled default was in force before.
            assert_eq!(previous.label, "bundled default");
            assert_eq!(previous.entities, 730 + 273);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        in_force_name(&dir, &Source::Un).as_deref(),
        Some(UN_2018_10)
    );
    (server, dir)
}

#[test]
fn successful_update_is_stored_and_put_in_force() {
    let (server, dir) = un_in_force("success");
    let vdir = dir.version_dir(&Source::Un, UN_2018_10);
    assert!(vdir.join("consolidated.xml").is_file());
    let manifest = nomina_registry::store::read_manifest(&vdir).unwrap();
    assert_eq!(manifest.source, Source::Un);
    assert_eq!(manifest.format, "un-xml");
    assert_eq!(manifest.entities, 1093);
    assert_eq!(manifest.counts["person"], 703);
    assert_eq!(manifest.files[0].role, FileRole::Main);
    assert_eq!(
        manifest.files[0].url.as_deref(),
        Some(server.endpoints().un.as_str())
    );
    // The README's checksum of the raw file.
    assert_eq!(
        manifest.files[0].sha256,
        "a24c0fe81f934cc246170032a930e20f8af6611201afe81c19d6a15b9d06a57e"
    );

    // The data directory's version is now what every command loads for UN; the other
    // sources stay on their bundled defaults.
    // (UK is left out only because its reader is the slowest in debug builds.)
    let loaded = load_in_force(&Options {
        data_dir: Some(dir.root().to_path_buf()),
        only: vec![Source::Eu, Source::Ofac, Source::Un],
        ..Options::default()
    })
    .unwrap();
    let sources: Vec<String> = loaded
        .snapshots()
        .map(|s| s.version.source.to_string())
        .collect();
    assert_eq!(
        sources,
        ["un", "ofac", "eu"],
        "display order, whatever the order asked"
    );
    assert_eq!(loaded.lists[0].origin, Origin::DataDir(vdir.clone()));
    assert_eq!(loaded.lists[0].snapshot.entities.len(), 1093);
    assert_eq!(loaded.lists[1].origin, Origin::Bundled);
    assert!(
        loaded.find("un:QDi.422").is_none(),
        "not listed before 2019"
    );

    // Downloading the same content again changes nothing.
    match run(&dir, &options(&server, Source::Un)) {
        Outcome::Unchanged { current } => {
            assert_eq!(current.label, format!("version {UN_2018_10}"))
        }
        other => panic!("{other:?}"),
    }
    // A smaller drop than the limit is accepted: 2020-03-20 has 1014 entities (-7.2%).
    server.set(
        "/un/consolidated.xml",
        Reply::Ok(data("un/consolidated-2020-03-20.xml.gz")),
    );
    match run(&dir, &options(&server, Source::Un)) {
        Outcome::Updated {
            version, entities, ..
        } => {
            assert!(version.starts_with("2020-03-20-3a11ee1e"), "{version}");
            assert_eq!(entities, 1014);
        }
        other => panic!("{other:?}"),
    }
    let loaded = load_in_force(&Options {
        data_dir: Some(dir.root().to_path_buf()),
        only: vec![Source::Un],
        ..Options::default()
    })
    .unwrap();
    assert_eq!(loaded.lists.len(), 1);
    assert!(loaded.find("un:QDi.422").is_some());
    // Both versions stay stored.
    assert_eq!(dir.versions(&Source::Un).unwrap().len(), 2);
}

#[test]
fn truncated_file_leaves_the_version_in_force() {
    let (server, dir) = un_in_force("truncated");
    let full = data("un/consolidated-2020-03-20.xml.gz");
    server.set(
        "/un/consolidated.xml",
        Reply::Ok(full[..full.len() / 2].to_vec()),
    );
    let e = failed(run(&dir, &options(&server, Source::Un)));
    assert!(e.contains("/un/consolidated.xml"), "{e}");
    assert_eq!(
        in_force_name(&dir, &Source::Un).as_deref(),
        Some(UN_2018_10)
    );
    // Nothing half-parsed was stored.
    assert_eq!(dir.versions(&Source::Un).unwrap().len(), 1);

    // A body cut short by the connection is a download error, not a shorter file.
    server.set(
        "/un/consolidated.xml",
        Reply::CutShort {
            body: full[..1000].to_vec(),
            claimed: full.len(),
        },
    );
    let e = failed(run(&dir, &options(&server, Source::Un)));
    assert!(e.contains("download of") && e.contains("failed"), "{e}");
    assert_eq!(
        in_force_name(&dir, &Source::Un).as_deref(),
        Some(UN_2018_10)
    );
}

#[test]
fn wrong_file_and_http_errors_leave_the_version_in_force() {
    let (server, dir) = un_in_force("wrong");
    server.set(
        "/un/consolidated.xml",
        Reply::Ok(b"<!DOCTYPE html><html><body>Service unavailable</body></html>".to_vec()),
    );
    let e = failed(run(&dir, &options(&server, Source::Un)));
    assert!(e.contains("HTML page"), "{e}");
    assert_eq!(
        in_force_name(&dir, &Source::Un).as_deref(),
        Some(UN_2018_10)
    );

    server.set("/un/consolidated.xml", Reply::Status(500));
    let e = failed(run(&dir, &options(&server, Source::Un)));
    assert!(e.contains("HTTP 500"), "{e}");
    assert!(e.starts_with("un: download of http://127.0.0.1:"), "{e}");
    assert_eq!(
        in_force_name(&dir, &Source::Un).as_deref(),
        Some(UN_2018_10)
    );

    server.clear();
    let e = failed(run(&dir, &options(&server, Source::Un)));
    assert!(e.contains("404"), "{e}");

    // A valid list of another source at the UN address is refused.
    server.set(
        "/un/consolidated.xml",
        Reply::Ok(data("uk/conlist-2018-04-13.csv.gz")),
    );
    let e = failed(run(&dir, &options(&server, Source::Un)));
    assert!(
        e.contains("is a uk list") && e.contains("not a un list"),
        "{e}"
    );
    assert_eq!(
        in_force_name(&dir, &Source::Un).as_deref(),
        Some(UN_2018_10)
    );

    // Too large for the size cap.
    server.set(
        "/un/consolidated.xml",
        Reply::Ok(data("un/consolidated-2020-03-20.xml.gz")),
    );
    let mut small = options(&server, Source::Un);
    small.http.max_bytes = 1000;
    let e = failed(run(&dir, &small));
    assert!(e.contains("1000 byte limit"), "{e}");
    assert_eq!(
        in_force_name(&dir, &Source::Un).as_deref(),
        Some(UN_2018_10)
    );
}

#[test]
fn big_count_drop_is_refused_unless_forced() {
    let (server, dir) = un_in_force("drop");
    // 2024-09-21 has 875 entities against 1093 in force: 19.9% fewer.
    server.set(
        "/un/consolidated.xml",
        Reply::Ok(data("un/consolidated-2024-09-21.xml.gz")),
    );
    let o = run(&dir, &options(&server, Source::Un));
    let e = match o {
        Outcome::Failed(e @ RegistryError::Refused { .. }) => e.to_string(),
        other => panic!("{other:?}"),
    };
    assert!(
        e.contains("875 entities against 1093")
            && e.contains("19.9% fewer")
            && e.contains("--force"),
        "{e}"
    );
    assert_eq!(
        in_force_name(&dir, &Source::Un).as_deref(),
        Some(UN_2018_10)
    );
    // Kept for inspection, not in force.
    assert_eq!(dir.versions(&Source::Un).unwrap().len(), 2);

    // A larger allowed drop, or --force, puts it in force.
    let mut forced = options(&server, Source::Un);
    forced.force = true;
    match run(&dir, &forced) {
        Outcome::Updated {
            version, previous, ..
        } => {
            assert_eq!(version, "2024-09-21-e5d3640a");
            assert_eq!(
                previous,
                InForceSummary {
                    label: format!("version {UN_2018_10}"),
                    sha256: "a24c0fe81f934cc246170032a930e20f8af6611201afe81c19d6a15b9d06a57e"
                        .into(),
                    entities: 1093,
                    published: "2018-10-29".parse().ok(),
                }
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        in_force_name(&dir, &Source::Un).as_deref(),
        Some("2024-09-21-e5d3640a")
    );

    // The same drop limit applies against the bundled default: 875 against 1003 (-12.8%).
    let fresh = DataDir::new(temp_dir("drop-bundled"));
    let o = run(&fresh, &options(&server, Source::Un));
    assert!(failed(o).contains("1003 in the bundled default"));
    assert_eq!(in_force_name(&fresh, &Source::Un), None);
    let mut wider = options(&server, Source::Un);
    wider.max_drop = 0.2;
    assert!(matches!(run(&fresh, &wider), Outcome::Updated { .. }));
}

#[test]
fn ofac_csv_set_is_downloaded_whole() {
    let server = Server::start();
    let dir = DataDir::new(temp_dir("ofac"));
    for (file, rel) in [
        ("SDN.CSV", "ofac/sdn-2021-07-07.csv.gz"),
        ("ALT.CSV", "ofac/alt-2021-07-07.csv.gz"),
        ("ADD.CSV", "ofac/add-2021-07-07.csv.gz"),
        ("SDN_COMMENTS.CSV", "ofac/sdn_comments-2021-07-07.csv.gz"),
    ] {
        server.set(&format!("/ofac/{file}"), Reply::Ok(data(rel)));
    }
    // 8976 entities against 13821 in the bundled 2023 set: refused, then forced.
    let e = failed(run(&dir, &options(&server, Source::Ofac)));
    assert!(e.contains("8976 entities against 13821"), "{e}");
    let mut forced = options(&server, Source::Ofac);
    forced.force = true;
    let version = match run(&dir, &forced) {
        Outcome::Updated {
            version, entities, ..
        } => {
            assert_eq!(entities, 8976);
            version
        }
        other => panic!("{other:?}"),
    };
    let vdir = dir.version_dir(&Source::Ofac, &version);
    let manifest = nomina_registry::store::read_manifest(&vdir).unwrap();
    let roles: Vec<(FileRole, &str)> = manifest
        .files
        .iter()
        .map(|f| (f.role, f.name.as_str()))
        .collect();
    assert_eq!(
        roles,
        [
            (FileRole::Main, "SDN.CSV"),
            (FileRole::OfacAlt, "ALT.CSV"),
            (FileRole::OfacAdd, "ADD.CSV"),
            (FileRole::OfacComments, "SDN_COMMENTS.CSV")
        ]
    );
    let loaded = load_in_force(&Options {
        data_dir: Some(dir.root().to_path_buf()),
        only: vec![Source::Ofac],
        ..Options::default()
    })
    .unwrap();
    let (azhar, _) = loaded.find("ofac:11459").expect("ofac:11459");
    assert!(
        azhar.names.iter().any(|n| n.full == "AZHAR, Masud"),
        "alt.csv was read: {:?}",
        azhar.names
    );
    assert!(!azhar.addresses.is_empty(), "add.csv was read");

    // An HTML page instead of ALT.CSV fails the whole set; the 2021 set stays in force.
    server.set(
        "/ofac/SDN.CSV",
        Reply::Ok(data("ofac/sdn-2023-12-28.csv.gz")),
    );
    server.set(
        "/ofac/ALT.CSV",
        Reply::Ok(b"<html><body>Please log in</body></html>".to_vec()),
    );
    server.set(
        "/ofac/ADD.CSV",
        Reply::Ok(data("ofac/add-2023-12-28.csv.gz")),
    );
    server.set("/ofac/SDN_COMMENTS.CSV", Reply::Status(404));
    let e = failed(run(&dir, &options(&server, Source::Ofac)));
    assert!(
        e.contains("/ofac/ALT.CSV") && e.contains("expected an OFAC companion CSV"),
        "{e}"
    );
    assert_eq!(in_force_name(&dir, &Source::Ofac), Some(version.clone()));

    // A missing ALT.CSV is fatal; a missing SDN_COMMENTS.CSV only a warning.
    server.set("/ofac/ALT.CSV", Reply::Status(404));
    let e = failed(run(&dir, &options(&server, Source::Ofac)));
    assert!(e.contains("ALT.CSV") && e.contains("404"), "{e}");
    server.set(
        "/ofac/ALT.CSV",
        Reply::Ok(data("ofac/alt-2023-12-28.csv.gz")),
    );
    match run(&dir, &options(&server, Source::Ofac)) {
        Outcome::Updated {
            entities, warnings, ..
        } => {
            assert_eq!(entities, 13821);
            assert!(
                warnings
                    .iter()
                    .any(|w| w.contains("SDN_COMMENTS.CSV was not found")),
                "{warnings:?}"
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn bad_options_and_a_held_lock_change_nothing() {
    let (server, dir) = un_in_force("options");
    let mut bad = options(&server, Source::Un);
    bad.max_drop = 1.5;
    assert!(matches!(update(&dir, &bad), Err(RegistryError::Usage(_))));
    let mut custom = options(&server, Source::Un);
    custom.sources = vec![Source::Custom("acme".into())];
    assert!(matches!(
        update(&dir, &custom),
        Err(RegistryError::Usage(_))
    ));

    server.set(
        "/un/consolidated.xml",
        Reply::Ok(data("un/consolidated-2020-03-20.xml.gz")),
    );
    let lock = dir.lock().unwrap();
    let e = update(&dir, &options(&server, Source::Un))
        .unwrap_err()
        .to_string();
    assert!(e.contains("another update is running"), "{e}");
    drop(lock);
    assert_eq!(
        in_force_name(&dir, &Source::Un).as_deref(),
        Some(UN_2018_10)
    );
}

#[test]
fn a_damaged_stored_version_is_reported_not_screened() {
    let (_server, dir) = un_in_force("damaged");
    let file = dir
        .version_dir(&Source::Un, UN_2018_10)
        .join("consolidated.xml");
    let mut bytes = std::fs::read(&file).unwrap();
    bytes.truncate(bytes.len() - 10);
    std::fs::write(&file, bytes).unwrap();
    let e = load_in_force(&Options {
        data_dir: Some(dir.root().to_path_buf()),
        only: vec![Source::Un],
        ..Options::default()
    })
    .unwrap_err()
    .to_string();
    assert!(
        e.contains("consolidated.xml") && e.contains("content changed since it was stored"),
        "{e}"
    );
}

#[test]
fn list_files_replace_every_default() {
    let eu = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../data/lists/eu/fsf-excerpt-2024-10-02.csv.gz");
    let un = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../data/lists/un/consolidated-2018-08-24.xml.gz");
    let loaded = load_in_force(&Options {
        lists: vec![eu.clone(), un.clone()],
        ..Options::default()
    })
    .unwrap();
    let got: Vec<(String, usize)> = loaded
        .snapshots()
        .map(|s| (s.version.source.to_string(), s.entities.len()))
        .collect();
    assert_eq!(got, [("eu".to_string(), 4), ("un".to_string(), 701 + 397)]);
    assert_eq!(loaded.lists[0].origin, Origin::File(eu.clone()));
    // `only` filters after reading, so a bad file is still reported.
    let only_un = load_in_force(&Options {
        lists: vec![eu.clone(), un],
        only: vec![Source::Un],
        ..Options::default()
    });
    assert_eq!(only_un.unwrap().lists.len(), 1);

    // A bad file fails the whole set and names the file.
    let missing = PathBuf::from("/nonexistent/list.xml");
    let e = load_in_force(&Options {
        lists: vec![eu, missing],
        ..Options::default()
    })
    .unwrap_err()
    .to_string();
    assert!(e.contains("/nonexistent/list.xml"), "{e}");
}

#[test]
fn bundled_defaults_parse_with_their_published_counts() {
    let all = bundled::load_all().unwrap();
    let got: Vec<(String, [usize; 4])> = all
        .iter()
        .map(|s| {
            let c = s.counts();
            (
                s.version.source.to_string(),
                [c[0].1, c[1].1, c[2].1, c[3].1],
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("un".to_string(), [730, 273, 0, 0]),
            ("ofac".to_string(), [6646, 6033, 764, 378]),
            ("eu".to_string(), [4, 0, 0, 0]),
            ("uk".to_string(), [1426, 680, 0, 0]),
        ]
    );
    // The OFAC default includes its companions.
    assert_eq!(all[1].version.files.len(), 3, "{:?}", all[1].version.files);
}

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../lists/tests/fixtures")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn eu_and_uk_update_from_their_official_xml_formats() {
    let server = Server::start();
    let dir = DataDir::new(temp_dir("eu-uk"));
    // EU FSF XML in the published layout: the same 4 entities as the bundled CSV excerpt.
    server.set(
        "/eu/fsf.xml",
        Reply::Ok(fixture("eu-fsf-excerpt-2024-10-02.xml")),
    );
    let version = match run(&dir, &options(&server, Source::Eu)) {
        Outcome::Updated {
            version,
            entities,
            previous,
            ..
        } => {
            assert_eq!((entities, previous.entities), (4, 4));
            version
        }
        other => panic!("{other:?}"),
    };
    let manifest =
        nomina_registry::store::read_manifest(&dir.version_dir(&Source::Eu, &version)).unwrap();
    assert_eq!(manifest.format, "eu-xml");
    assert_eq!(
        manifest.files[0].name, "eu-fsf.xml",
        "stored under the detected format's extension"
    );

    // UK Sanctions List XML: a handful of designations against 2106 in the bundled OFSI list.
    server.set("/uk/list.xml", Reply::Ok(fixture("uk-sl-2026-10-08.xml")));
    let e = failed(run(&dir, &options(&server, Source::Uk)));
    assert!(e.contains("against 2106 in the bundled default"), "{e}");
    assert_eq!(in_force_name(&dir, &Source::Uk), None);
    let mut forced = options(&server, Source::Uk);
    forced.force = true;
    assert!(matches!(run(&dir, &forced), Outcome::Updated { .. }));
    let loaded = load_in_force(&Options {
        data_dir: Some(dir.root().to_path_buf()),
        only: vec![Source::Uk, Source::Eu],
        ..Options::default()
    })
    .unwrap();
    let formats: Vec<&str> = loaded
        .snapshots()
        .map(|s| s.version.format.as_str())
        .collect();
    assert_eq!(formats, ["eu-xml", "uk-sl-xml"]);
}

/// An older file served (a stale mirror or cache): UN 2018-10-29 in force, 2018-08-24
/// downloaded. Refused without `--force`, stored for inspection, the version in force kept.
#[test]
fn downgrades_are_refused_unless_forced() {
    let (server, dir) = un_in_force("downgrade");
    server.set(
        "/un/consolidated.xml",
        Reply::Ok(data("un/consolidated-2018-08-24.xml.gz")),
    );
    let mut strict = options(&server, Source::Un);
    strict.allow_downgrade = false;
    let e = failed(run(&dir, &strict));
    assert!(
        e.contains("published 2018-08-24")
            && e.contains("published 2018-10-29")
            && e.contains("downgrade")
            && e.contains("--force"),
        "{e}"
    );
    assert_eq!(
        in_force_name(&dir, &Source::Un).as_deref(),
        Some(UN_2018_10)
    );
    assert_eq!(
        dir.versions(&Source::Un).unwrap().len(),
        2,
        "kept for inspection"
    );

    // Against the bundled default (2026-02-27) too.
    let fresh = DataDir::new(temp_dir("downgrade-bundled"));
    let e = failed(run(&fresh, &strict));
    assert!(
        e.contains("bundled default in force was published 2026-02-27"),
        "{e}"
    );
    assert_eq!(in_force_name(&fresh, &Source::Un), None);

    // Allowed explicitly, it goes in force.
    let mut forced = strict.clone();
    forced.allow_downgrade = true;
    assert!(matches!(run(&dir, &forced), Outcome::Updated { .. }));
    assert!(in_force_name(&dir, &Source::Un)
        .unwrap()
        .starts_with("2018-08-24"));
}

/// `in-force.json` deleted from a data directory that holds downloads: loading is an error,
/// not the bundled lists; `update --force` rebuilds it.
#[test]
fn a_deleted_in_force_file_is_an_error_not_the_bundled_lists() {
    let (server, dir) = un_in_force("deleted-in-force");
    std::fs::remove_file(dir.in_force_path()).unwrap();
    let e = load_in_force(&Options {
        data_dir: Some(dir.root().to_path_buf()),
        ..Options::default()
    })
    .unwrap_err()
    .to_string();
    assert!(
        e.contains("in-force.json") && e.contains("missing, but 1 downloaded list versions"),
        "{e}"
    );
    // Without --force, update refuses too (nothing is put in force on a guess).
    let e = update(&dir, &options(&server, Source::Un)).unwrap_err();
    assert!(e.to_string().contains("missing"), "{e}");
    let mut forced = options(&server, Source::Un);
    forced.force = true;
    assert!(matches!(
        run(&dir, &forced),
        Outcome::Updated { .. } | Outcome::Unchanged { .. }
    ));
    assert!(dir.in_force_path().is_file());
}

/// A misspelt `--data-dir` is an error naming the option, not the bundled lists.
#[test]
fn a_data_dir_that_does_not_exist_is_an_error() {
    let missing = temp_dir("no-such-dir");
    let e = load_in_force(&Options {
        data_dir: Some(missing.clone()),
        ..Options::default()
    })
    .unwrap_err();
    assert!(matches!(e, RegistryError::Usage(_)), "{e}");
    let e = e.to_string();
    assert!(
        e.contains("--data-dir") && e.contains(&missing.display().to_string()),
        "{e}"
    );
}
