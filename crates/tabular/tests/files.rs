//! The reader and the result writer on real files: the same rows in each format read the
//! same; bad rows are reported by line or row and field and the rest go on; a committed
//! output cut short by a crash is restored to its commit and continued.

use arrow::array::{ArrayRef, AsArray, Int64Array, StringArray};
use arrow::record_batch::RecordBatch;
use nomina_tabular::{
    Commit, Format, HitColumns, HitsTable, Position, Reader, Record, ResultWriter,
};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use parquet::arrow::ArrowWriter;
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn dir(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("nomina-tabular-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Every row of a file, read in chunks of 2.
fn read_all(path: &Path, format: Format, skip: u64) -> Vec<(Position, Result<Record, String>)> {
    let mut r = Reader::open(path, format, skip, 2).unwrap();
    let mut out = Vec::new();
    loop {
        let chunk = r.next_chunk(2).unwrap();
        if chunk.is_empty() {
            return out;
        }
        out.extend(
            chunk
                .into_iter()
                .map(|row| (row.position, row.record.map_err(|e| e.message))),
        );
    }
}

const JSONL: &str = r#"{"id": "c1", "query": {"name": "Ann Smith", "type": "person", "dob": "1970-05-01", "country": "DE"}}
{"id": "c2", "query": {"name": "Acme Trading LLC", "type": "organization"}}

{"id": "c3", "query": {"name": "Olga Ivanova", "country": "RU"}}
"#;

const CSV: &str = "id,name,type,dob,country
c1,Ann Smith,person,1970-05-01,DE
c2,Acme Trading LLC,organization,,
c3,Olga Ivanova,,,RU
";

fn parquet_of_the_same_rows(path: &Path) {
    let text = |v: Vec<Option<&str>>| Arc::new(StringArray::from(v)) as ArrayRef;
    let batch = RecordBatch::try_from_iter(vec![
        ("id", text(vec![Some("c1"), Some("c2"), Some("c3")])),
        (
            "name",
            text(vec![
                Some("Ann Smith"),
                Some("Acme Trading LLC"),
                Some("Olga Ivanova"),
            ]),
        ),
        (
            "type",
            text(vec![Some("person"), Some("organization"), None]),
        ),
        ("dob", text(vec![Some("1970-05-01"), None, None])),
        ("country", text(vec![Some("DE"), None, Some("RU")])),
    ])
    .unwrap();
    let mut w =
        ArrowWriter::try_new(std::fs::File::create(path).unwrap(), batch.schema(), None).unwrap();
    w.write(&batch).unwrap();
    w.close().unwrap();
}

fn queries(rows: &[(Position, Result<Record, String>)]) -> Vec<nomina_match::Query> {
    rows.iter()
        .map(|(_, r)| r.as_ref().unwrap().query().unwrap())
        .collect()
}

#[test]
fn the_same_rows_read_the_same_in_every_format() {
    let d = dir("formats");
    let (j, c, p) = (d.join("q.jsonl"), d.join("q.csv"), d.join("q.parquet"));
    std::fs::write(&j, JSONL).unwrap();
    std::fs::write(&c, CSV).unwrap();
    parquet_of_the_same_rows(&p);
    let from_json = read_all(&j, Format::Jsonl, 0);
    let from_csv = read_all(&c, Format::Csv, 0);
    let from_parquet = read_all(&p, Format::Parquet, 0);
    assert_eq!(from_json.len(), 3);
    assert_eq!(queries(&from_json), queries(&from_csv));
    assert_eq!(queries(&from_json), queries(&from_parquet));
    let keys = |rows: &[(Position, Result<Record, String>)]| -> Vec<String> {
        rows.iter()
            .map(|(_, r)| r.as_ref().unwrap().key_text().unwrap())
            .collect()
    };
    assert_eq!(keys(&from_json), ["c1", "c2", "c3"]);
    assert_eq!(keys(&from_csv), keys(&from_json));
    assert_eq!(keys(&from_parquet), keys(&from_json));
    // Positions: lines of the text files (the blank line counts, the header too), rows of
    // the Parquet file.
    let pos = |rows: &[(Position, Result<Record, String>)]| -> Vec<Position> {
        rows.iter().map(|(p, _)| *p).collect()
    };
    assert_eq!(
        pos(&from_json),
        [Position::Line(1), Position::Line(2), Position::Line(4)]
    );
    assert_eq!(
        pos(&from_csv),
        [Position::Line(2), Position::Line(3), Position::Line(4)]
    );
    assert_eq!(
        pos(&from_parquet),
        [Position::Row(1), Position::Row(2), Position::Row(3)]
    );
    // A resumed read skips rows, not lines, and keeps the positions.
    for (path, format) in [
        (&j, Format::Jsonl),
        (&c, Format::Csv),
        (&p, Format::Parquet),
    ] {
        let rest = read_all(path, format, 2);
        assert_eq!(rest.len(), 1, "{format}");
        assert_eq!(keys(&rest), ["c3"], "{format}");
    }
}

#[test]
fn bad_rows_are_named_by_position_and_field_and_the_rest_are_read() {
    let d = dir("bad");
    let csv = d.join("bad.csv");
    let mut bytes = b"id,name,country\nc1,Ann Smith,DE\nc2,Bad,\xff\xfe\nc3,Too,many,fields\nc4,Olga Ivanova,RU\n".to_vec();
    bytes.extend_from_slice(b"c5,,\n");
    std::fs::write(&csv, bytes).unwrap();
    let rows = read_all(&csv, Format::Csv, 0);
    assert_eq!(rows.len(), 5);
    assert!(rows[0].1.is_ok());
    assert_eq!(rows[1].0, Position::Line(3));
    assert_eq!(
        rows[1].1.as_ref().unwrap_err(),
        "\"country\": invalid UTF-8 at byte 0"
    );
    assert_eq!(rows[2].0, Position::Line(4));
    assert!(
        rows[2]
            .1
            .as_ref()
            .unwrap_err()
            .contains("4 fields where the header has 3"),
        "{:?}",
        rows[2].1
    );
    assert!(rows[3].1.is_ok());

    let jsonl = d.join("bad.jsonl");
    std::fs::write(
        &jsonl,
        "{\"id\": 1, \"query\": {\"name\": \"A\", \"dob\": \"1970-13-01\"}}\n{\"id\": 2, \"query\": {\"name\": 3}}\nnot json\n{\"id\": 4, \"name\": \"Ann\", \"colour\": \"red\"}\n",
    )
    .unwrap();
    let rows = read_all(&jsonl, Format::Jsonl, 0);
    let bad_dob = rows[0].1.as_ref().unwrap().query().unwrap_err();
    assert_eq!(bad_dob.field, "dob");
    assert_eq!(
        rows[1].1.as_ref().unwrap_err(),
        "\"name\": expected a string"
    );
    assert!(rows[2]
        .1
        .as_ref()
        .unwrap_err()
        .starts_with("malformed JSON"));
    assert_eq!(rows[3].1.as_ref().unwrap_err(), "\"colour\": unknown key");

    // An unknown CSV column refuses the file, naming the column.
    let odd = d.join("odd.csv");
    std::fs::write(&odd, "id,name,dateofbirth\n1,A,1970\n").unwrap();
    let e = Reader::open(&odd, Format::Csv, 0, 10)
        .err()
        .unwrap()
        .to_string();
    assert!(e.contains("line 1: unknown column \"dateofbirth\""), "{e}");
    // Not Parquet at all.
    let e = Reader::open(&csv, Format::Parquet, 0, 10)
        .err()
        .unwrap()
        .to_string();
    assert!(e.contains("not a readable Parquet file"), "{e}");
}

fn errors_table(rows: std::ops::Range<i64>) -> RecordBatch {
    let mut t = HitsTable::new(COLUMNS);
    for r in rows {
        t.push_error(
            r,
            Some(&format!("c{r}")),
            &format!("row {r}: the name is empty"),
        );
    }
    t.finish().unwrap()
}

const COLUMNS: HitColumns = HitColumns {
    id: true,
    explanation: false,
    error: true,
};

fn parquet_rows(path: &Path) -> Vec<i64> {
    let r = ParquetRecordBatchReaderBuilder::try_new(std::fs::File::open(path).unwrap())
        .unwrap()
        .build()
        .unwrap();
    r.flat_map(|b| {
        let b = b.unwrap();
        let col = b
            .column_by_name("row")
            .unwrap()
            .as_primitive::<arrow::datatypes::Int64Type>()
            .clone();
        col.values().to_vec()
    })
    .collect()
}

#[test]
fn an_output_cut_short_resumes_from_its_last_commit() {
    let d = dir("resume");
    for format in [Format::Csv, Format::Parquet, Format::Jsonl] {
        let out = d.join(format!("out.{format}"));
        // Write 0..3 and commit, then 3..5 that the "crash" loses.
        let mut w = ResultWriter::create(Some(&out), format, COLUMNS).unwrap();
        let commit: Commit = if format == Format::Jsonl {
            w.write_lines(["{\"id\":0}", "{\"id\":1}", "{\"id\":2}"])
                .unwrap();
            let c = w.commit().unwrap();
            w.write_lines(["{\"id\":3}"]).unwrap();
            c
        } else {
            w.write_batch(&errors_table(0..3)).unwrap();
            let c = w.commit().unwrap();
            w.write_batch(&errors_table(3..5)).unwrap();
            let _ = w.commit().unwrap();
            c
        };
        drop(w);
        let mut w = ResultWriter::resume(&out, format, COLUMNS, &commit).unwrap();
        let _ = w.commit().unwrap();
        ResultWriter::drop_resume_copy(&out).unwrap();
        if format == Format::Jsonl {
            w.write_lines(["{\"id\":3}", "{\"id\":4}"]).unwrap();
        } else {
            w.write_batch(&errors_table(3..5)).unwrap();
        }
        w.finish().unwrap();
        match format {
            Format::Parquet => {
                assert_eq!(parquet_rows(&out), vec![0, 1, 2, 3, 4]);
                assert!(!nomina_tabular::write::resume_copy_path(&out).exists());
            }
            Format::Csv => {
                let text = std::fs::read_to_string(&out).unwrap();
                let lines: Vec<&str> = text.lines().collect();
                assert_eq!(lines[0], "row,id,entity,name,type,score,matched_name,error");
                assert_eq!(lines.len(), 6, "{text}");
                assert_eq!(lines[4], "3,c3,,,,,,row 3: the name is empty");
            }
            Format::Jsonl => {
                let text = std::fs::read_to_string(&out).unwrap();
                assert_eq!(
                    text,
                    "{\"id\":0}\n{\"id\":1}\n{\"id\":2}\n{\"id\":3}\n{\"id\":4}\n"
                );
            }
        }
    }
}

#[test]
fn a_parquet_output_reads_back_with_its_columns() {
    let d = dir("columns");
    let out = d.join("hits.parquet");
    let mut w = ResultWriter::create(Some(&out), Format::Parquet, COLUMNS).unwrap();
    w.write_batch(&errors_table(1..3)).unwrap();
    w.finish().unwrap();
    let b = ParquetRecordBatchReaderBuilder::try_new(std::fs::File::open(&out).unwrap())
        .unwrap()
        .build()
        .unwrap()
        .next()
        .unwrap()
        .unwrap();
    assert_eq!(
        b.column_by_name("row").unwrap().as_ref(),
        &Int64Array::from(vec![1, 2]) as &dyn arrow::array::Array
    );
    assert_eq!(
        b.column_by_name("id").unwrap().as_string::<i32>().value(1),
        "c2"
    );
    assert!(b.column_by_name("score").unwrap().is_null(0));
}
