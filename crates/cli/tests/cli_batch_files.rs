//! `nomina screen --batch` over files: the same queries as JSON lines, CSV and Parquet give
//! the same results, written as JSON lines, CSV or Parquet; bad rows are reported by line
//! or row and field and the rest are screened; an interrupted run (stopped by a test hook
//! after N durable chunks, or killed with SIGKILL) resumes with `--resume` to exactly the
//! output of an uninterrupted run, without screening a row twice; a changed input or list
//! refuses to resume.

mod common;

use arrow::array::{Array, ArrayRef, AsArray, StringArray};
use arrow::datatypes::{Float64Type, Int64Type};
use arrow::record_batch::RecordBatch;
use common::{command, run, TempDir};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use parquet::arrow::ArrowWriter;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

fn repo(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(rel)
}

/// 1,000 clean customers from the portfolio generator, in the benchmark's query format.
fn portfolio() -> Vec<Value> {
    std::fs::read_to_string(repo("crates/python/tests/data/portfolio-1000.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// Queries that hit listed parties, so that outputs have hits to compare.
fn listed() -> Vec<Value> {
    [
        ("l1", "Masood Azhar", "person"),
        ("l2", "Jaish-e-Mohammed", "organization"),
        ("l3", "Bank Sepah", "organization"),
        ("l4", "Hafiz Saeed", "person"),
    ]
    .iter()
    .map(|(id, name, kind)| serde_json::json!({"id": id, "query": {"name": name, "type": kind}}))
    .collect()
}

/// `nomina --list UN --list OFAC ARGS…` with an empty data directory.
fn nomina(data: &Path, lists: &[&str], args: &[&str]) -> (i32, String, String) {
    let mut cmd = command();
    for l in lists {
        cmd.arg("--list").arg(repo(l));
    }
    cmd.args(args).env("NOMINA_DATA_DIR", data);
    run(cmd, &format!("nomina {}", args.join(" ")))
}

const UN: &str = "data/lists/un/consolidated-2026-02-27.xml.gz";
const OFAC: &str = "data/lists/ofac/sdn-2021-07-07.csv.gz";
const LISTS: &[&str] = &[UN, OFAC];

fn field<'a>(q: &'a Value, k: &str) -> Option<&'a str> {
    q["query"][k].as_str()
}

fn write_jsonl(path: &Path, rows: &[Value]) {
    let text: String = rows.iter().map(|r| format!("{r}\n")).collect();
    std::fs::write(path, text).unwrap();
}

fn write_csv(path: &Path, rows: &[Value]) {
    let mut w = csv::Writer::from_path(path).unwrap();
    w.write_record(["id", "name", "type", "dob", "country"])
        .unwrap();
    for r in rows {
        w.write_record([
            r["id"].as_str().unwrap(),
            field(r, "name").unwrap(),
            field(r, "type").unwrap_or(""),
            field(r, "dob").unwrap_or(""),
            field(r, "country").unwrap_or(""),
        ])
        .unwrap();
    }
    w.flush().unwrap();
}

fn write_parquet(path: &Path, rows: &[Value]) {
    let col = |f: &dyn Fn(&Value) -> Option<&str>| -> ArrayRef {
        Arc::new(StringArray::from(rows.iter().map(f).collect::<Vec<_>>()))
    };
    let batch = RecordBatch::try_from_iter(vec![
        ("id", col(&|r| r["id"].as_str())),
        ("name", col(&|r| field(r, "name"))),
        ("type", col(&|r| field(r, "type"))),
        ("dob", col(&|r| field(r, "dob"))),
        ("country", col(&|r| field(r, "country"))),
    ])
    .unwrap();
    let file = std::fs::File::create(path).unwrap();
    let mut w = ArrowWriter::try_new(file, batch.schema(), None).unwrap();
    // Several record batches, as a real file has several row groups.
    for start in (0..batch.num_rows()).step_by(300) {
        let len = 300.min(batch.num_rows() - start);
        w.write(&batch.slice(start, len)).unwrap();
        w.flush().unwrap();
    }
    w.close().unwrap();
}

/// (id, entity, score) of every hit, and the ids of rows with errors, from any output.
#[derive(Debug, PartialEq, Eq)]
struct Results {
    hits: BTreeSet<(String, String, String)>,
    errors: BTreeSet<String>,
}

fn results_of(path: &Path) -> Results {
    let mut hits = BTreeSet::new();
    let mut errors = BTreeSet::new();
    let ext = path.extension().unwrap().to_str().unwrap();
    match ext {
        "jsonl" => {
            for l in std::fs::read_to_string(path).unwrap().lines() {
                let v: Value = serde_json::from_str(l).unwrap();
                let id = match &v["id"] {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                if v.get("error").is_some() {
                    errors.insert(id.clone());
                }
                for h in v["hits"].as_array().into_iter().flatten() {
                    hits.insert((
                        id.clone(),
                        h["entity"].as_str().unwrap().to_string(),
                        format!("{:.6}", h["score"].as_f64().unwrap()),
                    ));
                }
            }
        }
        "csv" => {
            let mut r = csv::Reader::from_path(path).unwrap();
            let header = r.headers().unwrap().clone();
            let at = |n: &str| header.iter().position(|h| h == n).unwrap();
            for rec in r.records() {
                let rec = rec.unwrap();
                let id = rec[at("id")].to_string();
                if !rec[at("error")].is_empty() {
                    errors.insert(id);
                } else {
                    let score: f64 = rec[at("score")].parse().unwrap();
                    hits.insert((id, rec[at("entity")].to_string(), format!("{score:.6}")));
                }
            }
        }
        "parquet" => {
            let reader =
                ParquetRecordBatchReaderBuilder::try_new(std::fs::File::open(path).unwrap())
                    .unwrap()
                    .build()
                    .unwrap();
            for b in reader {
                let b = b.unwrap();
                let id = b.column_by_name("id").unwrap().as_string::<i32>().clone();
                let entity = b
                    .column_by_name("entity")
                    .unwrap()
                    .as_string::<i32>()
                    .clone();
                let score = b
                    .column_by_name("score")
                    .unwrap()
                    .as_primitive::<Float64Type>()
                    .clone();
                let error = b
                    .column_by_name("error")
                    .unwrap()
                    .as_string::<i32>()
                    .clone();
                for i in 0..b.num_rows() {
                    if error.is_valid(i) {
                        errors.insert(id.value(i).to_string());
                    } else {
                        hits.insert((
                            id.value(i).to_string(),
                            entity.value(i).to_string(),
                            format!("{:.6}", score.value(i)),
                        ));
                    }
                }
            }
        }
        other => panic!("no reader for .{other}"),
    }
    Results { hits, errors }
}

#[test]
fn every_input_format_gives_the_same_results_in_every_output_format() {
    let dir = TempDir::new("formats");
    let d = &dir.0;
    let mut rows = listed();
    rows.extend(portfolio().into_iter().take(300));
    let inputs = [d.join("q.jsonl"), d.join("q.csv"), d.join("q.parquet")];
    write_jsonl(&inputs[0], &rows);
    write_csv(&inputs[1], &rows);
    write_parquet(&inputs[2], &rows);
    // JSON lines to stdout, as before: one line per query, in input order.
    let (code, stdout, stderr) = nomina(
        d,
        LISTS,
        &["screen", "--batch", inputs[0].to_str().unwrap()],
    );
    assert_eq!(code, 0, "{stderr}");
    let lines: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), rows.len());
    assert_eq!(lines[0]["id"], "l1");
    assert_eq!(lines[0]["hits"][0]["entity"], "ofac:11459");
    let reference = d.join("reference.jsonl");
    std::fs::write(&reference, &stdout).unwrap();
    let expected = results_of(&reference);
    assert!(expected.hits.len() >= 4, "{expected:?}");
    assert!(expected.errors.is_empty());
    for input in &inputs {
        for out_ext in ["jsonl", "csv", "parquet"] {
            let name = format!(
                "from-{}.{out_ext}",
                input.extension().unwrap().to_str().unwrap()
            );
            let out = d.join(name);
            let (code, _, stderr) = nomina(
                d,
                LISTS,
                &[
                    "screen",
                    "--batch",
                    input.to_str().unwrap(),
                    "--out",
                    out.to_str().unwrap(),
                    "--chunk-rows",
                    "64",
                ],
            );
            assert_eq!(code, 0, "{} → {out_ext}: {stderr}", input.display());
            assert_eq!(
                results_of(&out),
                expected,
                "{} → {out_ext}",
                input.display()
            );
            assert!(!d.join(format!("{}.checkpoint", out.display())).exists());
        }
    }
}

#[test]
fn bad_rows_are_reported_by_row_and_field_and_the_rest_are_screened() {
    let dir = TempDir::new("bad");
    let d = &dir.0;
    let csv = d.join("bad.csv");
    std::fs::write(
        &csv,
        "id,name,type,dob\nq1,Masood Azhar,person,1968\nq2,Ann Smith,person,1970-13-01\nq3,Bank Sepah,robot,\nq4,,,\n",
    )
    .unwrap();
    let out = d.join("out.csv");
    let (code, _, stderr) = nomina(
        d,
        LISTS,
        &[
            "screen",
            "--batch",
            csv.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 5, "{stderr}");
    assert!(stderr.contains("line 3: dob \"1970-13-01\""), "{stderr}");
    assert!(
        stderr.contains("line 4: unknown type \"robot\""),
        "{stderr}"
    );
    assert!(stderr.contains("line 5: the name is empty"), "{stderr}");
    assert!(
        stderr.contains("3 of 4 queries could not be screened"),
        "{stderr}"
    );
    let r = results_of(&out);
    assert_eq!(r.errors, ["q2", "q3", "q4"].map(String::from).into());
    assert!(r
        .hits
        .iter()
        .any(|(id, e, _)| id == "q1" && e == "ofac:11459"));

    // Parquet: rows are numbered from 1; a bad value names row and field.
    let pq = d.join("bad.parquet");
    let rows = vec![
        serde_json::json!({"id": "p1", "query": {"name": "Masood Azhar"}}),
        serde_json::json!({"id": "p2", "query": {"name": "Ann Smith", "dob": "13/05/1957"}}),
    ];
    write_parquet(&pq, &rows);
    let (code, stdout, stderr) = nomina(d, LISTS, &["screen", "--batch", pq.to_str().unwrap()]);
    assert_eq!(code, 5, "{stderr}");
    let lines: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[1]["id"], "p2");
    assert!(
        lines[1]["error"]
            .as_str()
            .unwrap()
            .starts_with("row 2: dob \"13/05/1957\""),
        "{}",
        lines[1]
    );
    // A column nomina does not read refuses the file before anything is screened.
    let odd = d.join("odd.csv");
    std::fs::write(&odd, "id,name,birthday\n1,A,1970\n").unwrap();
    let (code, _, stderr) = nomina(d, LISTS, &["screen", "--batch", odd.to_str().unwrap()]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("unknown column \"birthday\""), "{stderr}");
}

fn checkpoint_of(out: &Path) -> PathBuf {
    PathBuf::from(format!("{}.checkpoint", out.display()))
}

/// The number after `prefix` in `text`.
fn number_after(text: &str, prefix: &str) -> u64 {
    let at = text
        .find(prefix)
        .unwrap_or_else(|| panic!("no {prefix:?} in {text}"))
        + prefix.len();
    text[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .unwrap()
}

#[test]
fn a_stopped_run_resumes_to_the_uninterrupted_output_without_screening_twice() {
    let dir = TempDir::new("resume");
    let d = &dir.0;
    let mut rows = listed();
    rows.extend(portfolio().into_iter().take(600));
    let input = d.join("q.parquet");
    write_parquet(&input, &rows);
    let total = rows.len() as u64;
    for ext in ["jsonl", "csv", "parquet"] {
        let whole = d.join(format!("whole.{ext}"));
        let args = |out: &Path| {
            vec![
                "screen".to_string(),
                "--batch".into(),
                input.display().to_string(),
                "--out".into(),
                out.display().to_string(),
                "--chunk-rows".into(),
                "100".into(),
            ]
        };
        let strs = |v: &[String]| {
            v.iter()
                .map(String::as_str)
                .collect::<Vec<_>>()
                .join("\u{1f}")
        };
        let run_args = |v: Vec<String>| -> (i32, String, String) {
            let joined = strs(&v);
            let a: Vec<&str> = joined.split('\u{1f}').collect();
            nomina(d, LISTS, &a)
        };
        let (code, _, stderr) = run_args(args(&whole));
        assert_eq!(code, 0, "{stderr}");

        let out = d.join(format!("stopped.{ext}"));
        let mut stop = args(&out);
        stop.extend(["--stop-after-chunks".into(), "3".into()]);
        let (code, _, stderr) = run_args(stop);
        assert_eq!(code, 1, "{stderr}");
        assert!(stderr.contains("stopped after 3 chunks"), "{stderr}");
        assert!(checkpoint_of(&out).exists());

        let mut resume = args(&out);
        resume.push("--resume".into());
        let (code, _, stderr) = run_args(resume.clone());
        assert_eq!(code, 0, "{ext}: {stderr}");
        // The resumed run screened only the rows the stopped one had not.
        assert_eq!(number_after(&stderr, "resuming: "), 300, "{stderr}");
        assert_eq!(number_after(&stderr, "screened "), total - 300, "{stderr}");
        assert!(!checkpoint_of(&out).exists());
        if ext == "parquet" {
            assert_eq!(results_of(&out), results_of(&whole), "{ext}");
            let rows_of = |p: &Path| -> Vec<i64> {
                ParquetRecordBatchReaderBuilder::try_new(std::fs::File::open(p).unwrap())
                    .unwrap()
                    .build()
                    .unwrap()
                    .flat_map(|b| {
                        let b = b.unwrap();
                        b.column_by_name("row")
                            .unwrap()
                            .as_primitive::<Int64Type>()
                            .values()
                            .to_vec()
                    })
                    .collect()
            };
            assert_eq!(rows_of(&out), rows_of(&whole));
        } else {
            // Text outputs are byte for byte those of the uninterrupted run.
            assert_eq!(
                std::fs::read(&out).unwrap(),
                std::fs::read(&whole).unwrap(),
                "{ext}"
            );
        }
        // Nothing is left to resume once finished.
        let (code, _, stderr) = run_args(resume);
        assert_eq!(code, 2, "{stderr}");
        assert!(stderr.contains("nothing to resume"), "{stderr}");
    }
}

#[test]
fn a_changed_input_or_list_refuses_to_resume() {
    let dir = TempDir::new("changed");
    let d = &dir.0;
    let rows: Vec<Value> = portfolio().into_iter().take(400).collect();
    let input = d.join("q.jsonl");
    write_jsonl(&input, &rows);
    let out = d.join("out.jsonl");
    let base = [
        "screen",
        "--batch",
        input.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--chunk-rows",
        "100",
    ];
    let (code, _, stderr) = nomina(
        d,
        LISTS,
        &[&base[..], &["--stop-after-chunks", "1"]].concat(),
    );
    assert_eq!(code, 1, "{stderr}");
    let (code, _, stderr) = nomina(d, &[UN], &[&base[..], &["--resume"]].concat());
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("the lists changed since the interrupted run"),
        "{stderr}"
    );
    let (code, _, stderr) = nomina(
        d,
        LISTS,
        &[&base[..], &["--resume", "--limit", "3"]].concat(),
    );
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("--limit changed"), "{stderr}");
    write_jsonl(&input, &rows[..399]);
    let (code, _, stderr) = nomina(d, LISTS, &[&base[..], &["--resume"]].concat());
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("the input file changed since the interrupted run"),
        "{stderr}"
    );
    assert!(
        checkpoint_of(&out).exists(),
        "a refused resume keeps the checkpoint"
    );
}

#[test]
fn a_killed_run_resumes_to_the_uninterrupted_output() {
    let dir = TempDir::new("kill");
    let d = &dir.0;
    // Ten copies of the portfolio with distinct ids: long enough to be killed mid-way.
    let rows: Vec<Value> = (0..10)
        .flat_map(|copy| {
            portfolio().into_iter().map(move |mut r| {
                r["id"] = Value::from(format!("{copy}-{}", r["id"].as_str().unwrap()));
                r
            })
        })
        .collect();
    let input = d.join("q.csv");
    write_csv(&input, &rows);
    let out = d.join("out.parquet");
    let args = |extra: &[&str]| -> Vec<String> {
        let mut v: Vec<String> = vec![];
        for l in LISTS {
            v.extend(["--list".into(), repo(l).display().to_string()]);
        }
        v.extend(
            [
                "screen",
                "--batch",
                input.to_str().unwrap(),
                "--out",
                out.to_str().unwrap(),
                "--chunk-rows",
                "50",
            ]
            .map(String::from),
        );
        v.extend(extra.iter().map(|s| s.to_string()));
        v
    };
    let mut child = command()
        .args(args(&[]))
        .env("NOMINA_DATA_DIR", d)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Kill it once at least two chunks are durable.
    let deadline = Instant::now() + Duration::from_secs(300);
    loop {
        let done = std::fs::read_to_string(checkpoint_of(&out))
            .ok()
            .and_then(|t| serde_json::from_str::<Value>(&t).ok())
            .and_then(|v| v["rows_done"].as_u64())
            .unwrap_or(0);
        if done >= 100 {
            break;
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "the run ended before it could be killed"
        );
        assert!(Instant::now() < deadline, "no chunk was committed in time");
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(checkpoint_of(&out).exists());
    let mut cmd = command();
    cmd.args(args(&["--resume"])).env("NOMINA_DATA_DIR", d);
    let (code, _, stderr) = run(cmd, "resume");
    assert_eq!(code, 0, "{stderr}");
    let done = number_after(&stderr, "resuming: ");
    assert!(done >= 100 && done < rows.len() as u64, "{stderr}");
    assert_eq!(
        number_after(&stderr, "screened "),
        rows.len() as u64 - done,
        "{stderr}"
    );

    let whole = d.join("whole.parquet");
    let mut cmd = command();
    for l in LISTS {
        cmd.arg("--list").arg(repo(l));
    }
    cmd.args([
        "screen",
        "--batch",
        input.to_str().unwrap(),
        "--out",
        whole.to_str().unwrap(),
    ])
    .env("NOMINA_DATA_DIR", d);
    let (code, _, stderr) = run(cmd, "whole");
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(results_of(&out), results_of(&whole));
}
