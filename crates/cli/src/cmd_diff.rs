//! `nomina diff OLD NEW`: what changed between two list files, entity by entity.

use crate::exit::CmdResult;
use crate::{emit, emit_json, GlobalArgs};
use nomina_lists::diff::{diff, EntitySummary, FieldChange, ListDiff};
use nomina_model::ListVersion;
use serde_json::Value;
use std::path::PathBuf;

/// Options of `nomina diff`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The older list file (for an OFAC sdn/cons_prim CSV, its companions are read from
    /// beside it).
    pub old: PathBuf,
    /// The newer list file.
    pub new: PathBuf,
    /// Print the diff as JSON.
    #[arg(long)]
    pub json: bool,
}

/// Runs `nomina diff`. The exit code is 0 whether or not the lists differ: a diff that ran
/// is a success, and the summary says what changed.
pub fn run(_global: &GlobalArgs, args: &Args) -> CmdResult {
    crate::exit::check_readable("OLD", &args.old)?;
    crate::exit::check_readable("NEW", &args.new)?;
    // The two files are independent; reading them side by side halves the wait.
    let (old, new) = std::thread::scope(|s| {
        let old = s.spawn(|| nomina_lists::read_path(&args.old));
        let new = nomina_lists::read_path(&args.new);
        (
            old.join().unwrap_or_else(|p| std::panic::resume_unwind(p)),
            new,
        )
    });
    let (old, new) = (old?, new?);
    let d = diff(&[old], &[new]);
    if args.json {
        return emit_json(&d);
    }
    emit(&render(&d))
}

fn version_line(label: &str, v: &[ListVersion]) -> String {
    let parts: Vec<String> = v
        .iter()
        .map(|v| {
            let date = v
                .published
                .map(|d| format!(" published {d}"))
                .unwrap_or_default();
            format!(
                "{} {}{date} ({}), sha256 {}",
                v.source,
                v.format,
                v.files.join(", "),
                &v.sha256
            )
        })
        .collect();
    format!("{label}: {}\n", parts.join("; "))
}

fn summary_line(e: &EntitySummary) -> String {
    let programmes = if e.programmes.is_empty() {
        String::new()
    } else {
        format!("  [{}]", e.programmes.join(", "))
    };
    format!(
        "{}  {}  {}{programmes}",
        e.key,
        e.entity_type.as_str(),
        e.name
    )
}

/// A short readable form of a model value: names as `full (kind)`, strings as themselves,
/// anything else as compact JSON, cut to a screen line.
fn value_text(v: &Value) -> String {
    let s = match v {
        Value::Null => "(none)".to_string(),
        Value::String(s) => s.clone(),
        Value::Object(m) if m.contains_key("full") && m.contains_key("kind") => format!(
            "{} ({})",
            m.get("full").and_then(Value::as_str).unwrap_or_default(),
            m.get("kind").and_then(Value::as_str).unwrap_or_default()
        ),
        Value::Object(m) if m.contains_key("raw") && m.len() <= 2 => m
            .get("raw")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
        other => other.to_string(),
    };
    const MAX: usize = 160;
    if s.chars().count() > MAX {
        format!("{}…", s.chars().take(MAX).collect::<String>())
    } else {
        s
    }
}

fn field_lines(f: &FieldChange) -> Vec<String> {
    if f.added.is_empty() && f.removed.is_empty() {
        return vec![format!(
            "{}: {} -> {}",
            f.field,
            value_text(&f.before),
            value_text(&f.after)
        )];
    }
    let mut out = Vec::new();
    for r in &f.removed {
        out.push(format!("{}: - {}", f.field, value_text(r)));
    }
    for a in &f.added {
        out.push(format!("{}: + {}", f.field, value_text(a)));
    }
    out
}

fn render(d: &ListDiff) -> String {
    let mut out = version_line("old", &d.old);
    out.push_str(&version_line("new", &d.new));
    let s = &d.summary;
    out.push_str(&format!(
        "{} added, {} removed, {} changed, {} unchanged\n",
        s.added, s.removed, s.changed, s.unchanged
    ));
    for n in &d.notes {
        out.push_str(&format!("note: {n}\n"));
    }
    if !d.added.is_empty() {
        out.push_str(&format!("\nAdded ({}):\n", d.added.len()));
        for e in &d.added {
            out.push_str(&format!("  + {}\n", summary_line(e)));
        }
    }
    if !d.removed.is_empty() {
        out.push_str(&format!("\nRemoved ({}):\n", d.removed.len()));
        for e in &d.removed {
            out.push_str(&format!("  - {}\n", summary_line(e)));
        }
    }
    if !d.changed.is_empty() {
        out.push_str(&format!("\nChanged ({}):\n", d.changed.len()));
        for c in &d.changed {
            out.push_str(&format!(
                "  ~ {}  {}  {}\n",
                c.key,
                c.entity_type.as_str(),
                c.name
            ));
            for f in &c.fields {
                for l in field_lines(f) {
                    out.push_str(&format!("      {l}\n"));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn values_render_compactly() {
        assert_eq!(value_text(&Value::Null), "(none)");
        assert_eq!(
            value_text(&json!({"full": "Masud Azhar", "kind": "alias", "script": "latin"})),
            "Masud Azhar (alias)"
        );
        assert_eq!(
            value_text(&json!({"code": "PK", "raw": "Pakistan"})),
            "Pakistan"
        );
        assert_eq!(value_text(&json!("x")), "x");
        assert!(value_text(&json!("y".repeat(500))).ends_with('…'));
        let f = FieldChange {
            field: "remarks".into(),
            before: Value::Null,
            after: json!("now deceased"),
            added: vec![],
            removed: vec![],
        };
        assert_eq!(field_lines(&f), ["remarks: (none) -> now deceased"]);
    }
}
