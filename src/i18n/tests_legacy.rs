//! The move from `src/app/strings.rs` to Fluent changed no text.
//!
//! `tests/fixtures/i18n/strings-map.tsv` gives, per `S` variant, its Fluent
//! key and the names of its old `{}` placeholders in order. Each message,
//! formatted with numbers as arguments (numbers take the plural "other"
//! form, like the old text), must equal the old table's text filled with the
//! same numbers. Delete this file when `strings.rs` goes.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use super::{Arg, Catalog, Localizer};
use crate::app::strings::{S, fill};

struct Row {
    key: String,
    args: Vec<String>,
}

fn map() -> BTreeMap<String, Row> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/i18n/strings-map.tsv");
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let mut cols = l.split('\t');
            let variant = cols.next().unwrap().to_string();
            let key = cols.next().unwrap().to_string();
            let args = cols
                .next()
                .unwrap_or("")
                .split(',')
                .filter(|a| !a.is_empty())
                .map(str::to_string)
                .collect();
            (variant, Row { key, args })
        })
        .collect()
}

/// `HelpTitle` → `help-title`.
fn kebab(variant: &str) -> String {
    let mut out = String::new();
    for (i, c) in variant.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn every_ui_string_has_a_fluent_key_with_the_same_text() {
    let map = map();
    let catalog = Arc::new(Catalog::embedded());
    let en = Localizer::new(catalog.clone(), "en");
    let es = Localizer::new(catalog, "es");
    assert_eq!(map.len(), S::ALL.len(), "one map line per S variant");
    for s in S::ALL {
        let variant = format!("{s:?}");
        let row = map
            .get(&variant)
            .unwrap_or_else(|| panic!("{variant} is not in strings-map.tsv"));
        assert_eq!(row.key, kebab(&variant));
        assert!(en.has(&row.key), "{} is not in en/alerta.ftl", row.key);
        assert!(es.has(&row.key), "{} is not in es/alerta.ftl", row.key);
        let numbers: Vec<u32> = (0..row.args.len() as u32).map(|i| 7 + i).collect();
        let shown: Vec<&dyn std::fmt::Display> = numbers
            .iter()
            .map(|n| n as &dyn std::fmt::Display)
            .collect();
        let args: Vec<(&str, Arg)> = row
            .args
            .iter()
            .zip(&numbers)
            .map(|(a, n)| (a.as_str(), Arg::from(*n)))
            .collect();
        assert_eq!(
            en.t_args(&row.key, &args),
            fill(s.en(), &shown),
            "{variant}"
        );
        assert_eq!(
            es.t_args(&row.key, &args),
            fill(s.es(), &shown),
            "{variant}"
        );
    }
}
