//! How complete each language is, for `alerta check`.

use std::collections::BTreeSet;
use std::fmt;

use super::{Catalog, DEFAULT_LANG, LoadProblem, normalize_tag};

/// A message whose variables differ from English's. The app passes the
/// English variables, so any other would show as `{$name}`: an error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mismatch {
    pub key: String,
    /// The variables English uses.
    pub expected: Vec<String>,
    /// The variables this language uses.
    pub found: Vec<String>,
}

/// One language compared with English.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Coverage {
    pub tag: String,
    pub own_name: String,
    /// The languages tried for a message, in order.
    pub chain: Vec<String>,
    /// Messages in English.
    pub total: usize,
    /// English messages this language has.
    pub translated: usize,
    /// In English but not in this language (shown from the fallback chain).
    pub missing: Vec<String>,
    /// In this language but not in English: a typo or a message the app no
    /// longer uses.
    pub unused: Vec<String>,
    /// Errors: variables that differ from English.
    pub mismatches: Vec<Mismatch>,
    /// Errors: parse errors in this language's files.
    pub problems: Vec<LoadProblem>,
}

impl Coverage {
    /// Placeholder mismatches and broken files are errors; missing and unused
    /// messages are not.
    pub fn has_errors(&self) -> bool {
        !self.mismatches.is_empty() || !self.problems.is_empty()
    }

    /// Share of English messages translated, 0–100, rounded down.
    pub fn percent(&self) -> usize {
        (self.translated * 100)
            .checked_div(self.total)
            .unwrap_or(100)
    }
}

fn var_list(vars: &BTreeSet<String>) -> Vec<String> {
    vars.iter().cloned().collect()
}

fn show_vars(vars: &[String]) -> String {
    if vars.is_empty() {
        "none".to_string()
    } else {
        vars.iter()
            .map(|v| format!("{{ ${v} }}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// At most `limit` keys, then "… and N more", unless `all`.
fn key_list(keys: &[String], all: bool) -> String {
    const LIMIT: usize = 12;
    if all || keys.len() <= LIMIT {
        keys.join(", ")
    } else {
        format!(
            "{}, … and {} more",
            keys[..LIMIT].join(", "),
            keys.len() - LIMIT
        )
    }
}

/// One line of summary, then the errors, then the missing and unused keys.
/// `{:#}` lists every key instead of the first dozen.
impl fmt::Display for Coverage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let all = f.alternate();
        write!(
            f,
            "{} ({}): {} of {} messages ({}%)",
            self.tag,
            self.own_name,
            self.translated,
            self.total,
            self.percent()
        )?;
        if self.chain.len() > 1 {
            write!(f, "; falls back to {}", self.chain[1..].join(" → "))?;
        }
        writeln!(f)?;
        for p in &self.problems {
            writeln!(f, "  {}", p.as_error())?;
        }
        for m in &self.mismatches {
            writeln!(
                f,
                "  error: \"{}\" uses {}, but English uses {}",
                m.key,
                show_vars(&m.found),
                show_vars(&m.expected)
            )?;
        }
        if !self.missing.is_empty() {
            writeln!(
                f,
                "  missing ({}): {}",
                self.missing.len(),
                key_list(&self.missing, all)
            )?;
        }
        if !self.unused.is_empty() {
            writeln!(
                f,
                "  unused ({}): {}",
                self.unused.len(),
                key_list(&self.unused, all)
            )?;
        }
        Ok(())
    }
}

impl Catalog {
    /// `tag` compared with English: missing, unused and mismatched messages.
    /// A tag the catalog has no file for has every message missing.
    pub fn coverage(&self, tag: &str) -> Coverage {
        let t = normalize_tag(tag).unwrap_or_else(|| tag.to_string());
        let empty = Default::default();
        let en = self.messages(DEFAULT_LANG).unwrap_or(&empty);
        let own = self.messages(&t).unwrap_or(&empty);
        let mut c = Coverage {
            tag: t.clone(),
            own_name: self.own_name(&t),
            chain: self.chain(&t),
            total: en.len(),
            translated: 0,
            missing: Vec::new(),
            unused: Vec::new(),
            mismatches: Vec::new(),
            problems: self
                .problems()
                .iter()
                .filter(|p| p.tag.as_deref() == Some(t.as_str()))
                .cloned()
                .collect(),
        };
        for (key, vars) in en {
            match own.get(key) {
                None => c.missing.push(key.clone()),
                Some(found) => {
                    c.translated += 1;
                    if found != vars {
                        c.mismatches.push(Mismatch {
                            key: key.clone(),
                            expected: var_list(vars),
                            found: var_list(found),
                        });
                    }
                }
            }
        }
        c.unused = own
            .keys()
            .filter(|k| !en.contains_key(*k))
            .cloned()
            .collect();
        c
    }

    /// Every language's coverage, and the problems that belong to none.
    pub fn report(&self) -> I18nReport {
        I18nReport {
            languages: self
                .available_languages()
                .iter()
                .map(|l| self.coverage(&l.tag))
                .collect(),
            problems: self
                .problems()
                .iter()
                .filter(|p| p.tag.is_none())
                .cloned()
                .collect(),
        }
    }
}

/// What `alerta check` prints about the interface languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct I18nReport {
    pub languages: Vec<Coverage>,
    /// Problems not tied to one language (an unreadable folder, a folder
    /// name that is not a language tag).
    pub problems: Vec<LoadProblem>,
}

impl I18nReport {
    /// Whether `alerta check` should fail.
    pub fn has_errors(&self) -> bool {
        !self.problems.is_empty() || self.languages.iter().any(Coverage::has_errors)
    }
}

/// `{:#}` lists every missing and unused key.
impl fmt::Display for I18nReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "Interface languages: {}", self.languages.len())?;
        for p in &self.problems {
            writeln!(f, "  {}", p.as_error())?;
        }
        for c in &self.languages {
            if f.alternate() {
                write!(f, "{c:#}")?;
            } else {
                write!(f, "{c}")?;
            }
        }
        Ok(())
    }
}
