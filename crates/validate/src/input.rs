//! Reading the two inputs: labelled test queries (the name benchmark's format) and a clean
//! customer portfolio (the format `screen --batch` reads).
//!
//! Every problem is an [`InputError`] naming the file and the line, so a bank that brings
//! its own test names is told exactly what to fix. A query the matcher would refuse (empty
//! name, control characters…) is refused here, before anything is screened: a validation
//! report must not quietly count it as "no hit".

use nomina_match::Query;
use serde::Deserialize;
use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// One labelled test query: what to screen, which listed entities count as a correct hit
/// (none for a name that is nobody on the lists) and its tags.
#[derive(Debug, Clone, PartialEq)]
pub struct Labelled {
    /// The query's id, unique in its file.
    pub id: String,
    /// The line it was read from (1-based).
    pub line: usize,
    /// What is screened.
    pub query: Query,
    /// Entity keys that count as a correct hit; empty for a negative.
    pub expect: Vec<String>,
    /// Free labels (`typo`, `translit`, `person`…), used for the per-tag tables.
    pub tags: Vec<String>,
}

impl Labelled {
    /// True when the query names someone on the lists (its `expect` is not empty).
    pub fn is_positive(&self) -> bool {
        !self.expect.is_empty()
    }
}

/// One customer of a portfolio: an id and a query.
#[derive(Debug, Clone, PartialEq)]
pub struct Customer {
    /// The customer's id (the line number when the line has none).
    pub id: String,
    /// The line it was read from (1-based).
    pub line: usize,
    /// What is screened.
    pub query: Query,
}

/// A problem with an input file, naming the file and, when it is about one line, the line.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub struct InputError {
    /// The file.
    pub file: PathBuf,
    /// The 1-based line, when the problem is on one line.
    pub line: Option<usize>,
    /// What is wrong, in words.
    pub message: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(n) => write!(f, "{}:{n}: {}", self.file.display(), self.message),
            None => write!(f, "{}: {}", self.file.display(), self.message),
        }
    }
}

#[derive(Deserialize)]
struct LabelledLine {
    id: Option<serde_json::Value>,
    query: Option<Query>,
    #[serde(default)]
    expect: Option<Vec<String>>,
    #[serde(default)]
    tags: Option<Vec<String>>,
}

#[derive(Deserialize)]
struct PortfolioLine {
    id: Option<serde_json::Value>,
    query: Option<Query>,
}

/// The non-blank lines of a file with their 1-based numbers, as text.
fn lines<'a>(
    file: &'a Path,
    bytes: &'a [u8],
) -> impl Iterator<Item = Result<(usize, &'a str), InputError>> + 'a {
    bytes
        .split(|&b| b == b'\n')
        .enumerate()
        .map(|(i, l)| (i + 1, l.strip_suffix(b"\r").unwrap_or(l)))
        .filter(|(_, l)| !l.iter().all(u8::is_ascii_whitespace))
        .map(move |(n, raw)| {
            std::str::from_utf8(raw)
                .map(|s| (n, s))
                .map_err(|e| InputError {
                    file: file.to_path_buf(),
                    line: Some(n),
                    message: format!("invalid UTF-8 at byte {} of the line", e.valid_up_to()),
                })
        })
}

fn error(file: &Path, line: usize, message: impl Into<String>) -> InputError {
    InputError {
        file: file.to_path_buf(),
        line: Some(line),
        message: message.into(),
    }
}

/// An id as text: a JSON string as it is, a number written out; anything else refused.
fn id_text(file: &Path, n: usize, v: serde_json::Value) -> Result<String, InputError> {
    match v {
        serde_json::Value::String(s) if !s.is_empty() => Ok(s),
        serde_json::Value::Number(x) => Ok(x.to_string()),
        other => Err(error(
            file,
            n,
            format!("\"id\" must be a non-empty string or a number, not {other}"),
        )),
    }
}

/// Checks a query as the matcher will, so a query it would refuse is reported here.
fn checked(file: &Path, n: usize, q: Query) -> Result<Query, InputError> {
    q.validate()
        .map_err(|e| error(file, n, format!("the query cannot be screened: {e}")))?;
    Ok(q)
}

/// Reads labelled queries from a file (see [`parse_labelled`]).
pub fn read_labelled(path: &Path) -> Result<Vec<Labelled>, InputError> {
    let bytes = read(path)?;
    parse_labelled(path, &bytes)
}

/// Parses labelled queries, one JSON object a line:
/// `{"id": "d1", "query": {"name": ...}, "expect": ["un:QDi.422"], "tags": ["typo"]}`.
/// `id` and `query` are required, ids are unique; `expect` and `tags` default to empty.
///
/// ```
/// use nomina_validate::input::parse_labelled;
/// let text = br#"{"id": "a", "query": {"name": "Masood Azhar"}, "expect": ["un:QDi.422"]}"#;
/// let qs = parse_labelled("t.jsonl".as_ref(), text).unwrap();
/// assert!(qs[0].is_positive());
/// let err = parse_labelled("t.jsonl".as_ref(), b"\n{\"id\": \"a\"}").unwrap_err();
/// assert_eq!(err.to_string(), "t.jsonl:2: no \"query\" object");
/// ```
pub fn parse_labelled(file: &Path, bytes: &[u8]) -> Result<Vec<Labelled>, InputError> {
    let mut out = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for item in lines(file, bytes) {
        let (n, text) = item?;
        let line: LabelledLine = serde_json::from_str(text)
            .map_err(|e| error(file, n, format!("not a labelled query: {e}")))?;
        let id = id_text(file, n, line.id.ok_or_else(|| error(file, n, "no \"id\""))?)?;
        let query = line
            .query
            .ok_or_else(|| error(file, n, "no \"query\" object"))?;
        let query = checked(file, n, query)?;
        if let Some(first) = seen.insert(id.clone(), n) {
            return Err(error(
                file,
                n,
                format!("duplicate id {id:?} (first on line {first})"),
            ));
        }
        let expect = line.expect.unwrap_or_default();
        if let Some(bad) = expect.iter().find(|k| !k.contains(':')) {
            return Err(error(
                file,
                n,
                format!("expected key {bad:?} is not an entity key like \"un:QDi.422\""),
            ));
        }
        out.push(Labelled {
            id,
            line: n,
            query,
            expect,
            tags: line.tags.unwrap_or_default(),
        });
    }
    if out.is_empty() {
        return Err(InputError {
            file: file.to_path_buf(),
            line: None,
            message: "no queries in the file".into(),
        });
    }
    Ok(out)
}

/// Reads a portfolio from a file (see [`parse_portfolio`]).
pub fn read_portfolio(path: &Path) -> Result<Vec<Customer>, InputError> {
    let bytes = read(path)?;
    parse_portfolio(path, &bytes)
}

/// Parses a portfolio of customers, one a line, in the format `screen --batch` reads:
/// `{"id": ..., "query": {...}}` or a bare query object (its line number is then its id).
/// Expected hits and tags, if present, are ignored: every customer is taken as clean.
pub fn parse_portfolio(file: &Path, bytes: &[u8]) -> Result<Vec<Customer>, InputError> {
    let mut out = Vec::new();
    for item in lines(file, bytes) {
        let (n, text) = item?;
        let value: serde_json::Value = serde_json::from_str(text)
            .map_err(|e| error(file, n, format!("malformed JSON: {e}")))?;
        let line: PortfolioLine = serde_json::from_value(value.clone())
            .map_err(|e| error(file, n, format!("not a customer: {e}")))?;
        let id = match line.id {
            Some(v) => id_text(file, n, v)?,
            None => n.to_string(),
        };
        let query = match line.query {
            Some(q) => q,
            None => serde_json::from_value(value)
                .map_err(|e| error(file, n, format!("not a query: {e}")))?,
        };
        let query = checked(file, n, query)?;
        out.push(Customer { id, line: n, query });
    }
    if out.is_empty() {
        return Err(InputError {
            file: file.to_path_buf(),
            line: None,
            message: "no customers in the file".into(),
        });
    }
    Ok(out)
}

fn read(path: &Path) -> Result<Vec<u8>, InputError> {
    std::fs::read(path).map_err(|e| InputError {
        file: path.to_path_buf(),
        line: None,
        message: format!("cannot read: {e}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lab(text: &str) -> Result<Vec<Labelled>, String> {
        parse_labelled(Path::new("q.jsonl"), text.as_bytes()).map_err(|e| e.to_string())
    }

    #[test]
    fn labelled_lines_are_read_with_their_line_numbers() {
        let qs = lab(concat!(
            "{\"id\": \"p\", \"query\": {\"name\": \"Masood Azhar\", \"type\": \"person\"}, \"expect\": [\"un:QDi.422\"], \"tags\": [\"exact\"]}\n",
            "\n",
            "{\"id\": 7, \"query\": {\"name\": \"Jane Smith\"}}\r\n",
        ))
        .unwrap();
        assert_eq!(qs.len(), 2);
        assert_eq!((qs[0].id.as_str(), qs[0].line), ("p", 1));
        assert!(qs[0].is_positive());
        assert_eq!(qs[0].tags, ["exact"]);
        assert_eq!((qs[1].id.as_str(), qs[1].line), ("7", 3));
        assert!(!qs[1].is_positive());
    }

    #[test]
    fn bad_labelled_lines_name_file_and_line() {
        let ok = "{\"id\": \"a\", \"query\": {\"name\": \"X Y\"}}\n";
        let cases = [
            (
                "{\"id\": \"a\", \"query\": ",
                "q.jsonl:2: not a labelled query",
            ),
            ("{\"query\": {\"name\": \"A\"}}", "q.jsonl:2: no \"id\""),
            ("{\"id\": \"b\"}", "q.jsonl:2: no \"query\" object"),
            (
                "{\"id\": \"b\", \"query\": {\"name\": \"  \"}}",
                "q.jsonl:2: the query cannot be screened: the name is empty",
            ),
            (
                "{\"id\": \"a\", \"query\": {\"name\": \"Z\"}}",
                "q.jsonl:2: duplicate id \"a\" (first on line 1)",
            ),
            (
                "{\"id\": \"b\", \"query\": {\"name\": \"Z\"}, \"expect\": [\"QDi.422\"]}",
                "q.jsonl:2: expected key \"QDi.422\" is not an entity key",
            ),
            (
                "{\"id\": null, \"query\": {\"name\": \"Z\"}}",
                "q.jsonl:2: no \"id\"",
            ),
            (
                "{\"id\": [1], \"query\": {\"name\": \"Z\"}}",
                "q.jsonl:2: \"id\" must be a non-empty string or a number",
            ),
        ];
        for (second, want) in cases {
            let err = lab(&format!("{ok}{second}\n")).unwrap_err();
            assert!(err.starts_with(want), "{second}: got {err}");
        }
        assert_eq!(lab("\n \n").unwrap_err(), "q.jsonl: no queries in the file");
        let bytes = b"{\"id\": \"a\", \"query\": {\"name\": \"\xff\"}}";
        let err = parse_labelled(Path::new("q.jsonl"), bytes).unwrap_err();
        assert_eq!(err.line, Some(1));
        assert!(err.message.contains("invalid UTF-8"), "{err}");
    }

    #[test]
    fn portfolio_lines_take_both_shapes() {
        let file = Path::new("p.jsonl");
        let cs = parse_portfolio(
            file,
            b"{\"id\": \"c1\", \"query\": {\"name\": \"Ann Lee\", \"country\": \"GB\"}}\n{\"name\": \"Bob Roe\"}\n",
        )
        .unwrap();
        assert_eq!(cs[0].id, "c1");
        assert_eq!(cs[0].query.country.as_deref(), Some("GB"));
        assert_eq!(
            (cs[1].id.as_str(), cs[1].query.name.as_str()),
            ("2", "Bob Roe")
        );
        let err = parse_portfolio(file, b"{\"name\": \"A\"}\n{\"nom\": 3}\n").unwrap_err();
        assert_eq!(err.line, Some(2));
        assert!(
            err.to_string().starts_with("p.jsonl:2: not a query"),
            "{err}"
        );
        let err = read_portfolio(Path::new("/nonexistent/p.jsonl")).unwrap_err();
        assert!(err
            .to_string()
            .starts_with("/nonexistent/p.jsonl: cannot read"));
    }
}
