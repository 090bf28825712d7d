//! Parsing a file's text with ron, and wording its errors for authors.

use std::path::Path;

use serde::de::DeserializeOwned;

use super::diag::{DiagKind, Diagnostic};
use super::load::MAX_NESTING;

fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(
            ron::extensions::Extensions::IMPLICIT_SOME
                | ron::extensions::Extensions::UNWRAP_VARIANT_NEWTYPES,
        )
        .with_recursion_limit(MAX_NESTING)
}

/// Parses `src` as `T`, turning a syntax error into a diagnostic with its
/// position. When the parser's message would mislead an author (a missing
/// bracket reported on the next line as an unknown field), the text is
/// scanned for the usual causes, which are reported instead, where they are.
pub fn parse<T: DeserializeOwned>(path: &Path, src: &str) -> Result<T, Diagnostic> {
    ron_options().from_str::<T>(src).map_err(|e| {
        let (line, col) = (e.span.start.line, e.span.start.col);
        let kind = match &e.code {
            ron::Error::ExceededRecursionLimit => DiagKind::TooDeep { limit: MAX_NESTING },
            ron::Error::Eof => DiagKind::FileEndsEarly,
            ron::Error::ExpectedIdentifier => DiagKind::ExpectedName,
            ron::Error::ExpectedStringEnd => DiagKind::StringNotClosed,
            ron::Error::NoSuchStructField {
                expected,
                found,
                outer,
            } => DiagKind::UnknownField {
                found: found.to_string(),
                outer: outer.as_ref().map(|o| o.to_string()),
                suggestion: closest(found, expected).map(str::to_string),
                expected: expected.iter().map(|s| s.to_string()).collect(),
            },
            ron::Error::MissingStructField { field, outer } => DiagKind::MissingField {
                field: field.to_string(),
                outer: outer.as_ref().map(|o| o.to_string()),
            },
            ron::Error::ExpectedNamedStructLike("Text") => DiagKind::ExpectedText,
            other => DiagKind::Syntax(other.to_string()),
        };
        // An unterminated string or a file nested too deep says exactly what
        // is wrong; anything else may be a bracket, a quote or a comma.
        let plain = matches!(kind, DiagKind::StringNotClosed | DiagKind::TooDeep { .. });
        if !plain && let Some(h) = super::syntax::explain(src, super::syntax::Pos { line, col }) {
            return Diagnostic::error(path, h.kind).at(h.at.line, h.at.col);
        }
        Diagnostic::error(path, kind).at(line, col)
    })
}

/// The expected name closest to a typo, if it is close enough to be a good guess.
fn closest<'a>(found: &str, expected: &[&'a str]) -> Option<&'a str> {
    expected
        .iter()
        .map(|e| (edit_distance(found, e), *e))
        .filter(|(d, e)| *d <= 2.max(e.len() / 4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, e)| e)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != *cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}
