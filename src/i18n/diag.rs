//! Checker messages ([`DiagKind`]) in the user's language.
//!
//! The `match` in [`describe`] has no wildcard arm: a new `DiagKind` variant
//! does not compile until it has a message here and in the `.ftl` files.

use crate::course::diag::IdKind;
use crate::course::{DiagKind, Diagnostic};

use super::{Arg, Localize, Localizer};

/// The message of one kind of id (`diag-id-kind-…`).
pub fn id_kind_key(what: IdKind) -> &'static str {
    match what {
        IdKind::Module => "diag-id-kind-module",
        IdKind::Lesson => "diag-id-kind-lesson",
        IdKind::Question => "diag-id-kind-question",
        IdKind::Scenario => "diag-id-kind-scenario",
        IdKind::Scene => "diag-id-kind-scene",
        IdKind::Artefact => "diag-id-kind-artefact",
        IdKind::Part => "diag-id-kind-part",
        IdKind::Source => "diag-id-kind-source",
        IdKind::FlagKind => "diag-id-kind-flag-kind",
    }
}

/// The bracket that closes `open`.
fn closer(open: char) -> char {
    match open {
        '(' => ')',
        '[' => ']',
        _ => '}',
    }
}

/// Sizes are shown as `1.5 MiB`, as [`DiagKind::describe`] does.
fn mib(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
}

/// The message key and named arguments for `kind`.
pub fn key_and_args(
    kind: &DiagKind,
    l: &Localizer,
) -> (&'static str, Vec<(&'static str, Arg<'static>)>) {
    use DiagKind::*;
    let s = |v: &str| Arg::from(v.to_string());
    match kind {
        Io(e) => ("diag-io", vec![("error", s(e))]),
        TooLarge { size, limit } => (
            "diag-too-large",
            vec![("size", mib(*size).into()), ("limit", mib(*limit).into())],
        ),
        NotUtf8 => ("diag-not-utf8", vec![]),
        Syntax(m) => ("diag-syntax", vec![("message", s(m))]),
        SmartQuote { found } => ("diag-smart-quote", vec![("found", s(&found.to_string()))]),
        UnclosedBracket {
            open,
            line,
            col,
            closed_by,
        } => {
            let mut args = vec![
                ("open", s(&open.to_string())),
                ("close", s(&closer(*open).to_string())),
                ("line", (*line).into()),
                ("col", (*col).into()),
            ];
            match closed_by {
                None => ("diag-unclosed-bracket", args),
                Some((c, l2, c2)) => {
                    args.push(("found", s(&c.to_string())));
                    args.push(("line2", (*l2).into()));
                    args.push(("col2", (*c2).into()));
                    ("diag-unclosed-bracket-closed-by", args)
                }
            }
        }
        ExtraBracket { found } => ("diag-extra-bracket", vec![("found", s(&found.to_string()))]),
        MissingComma { line } => ("diag-missing-comma", vec![("line", (*line).into())]),
        UnknownField {
            found,
            outer,
            suggestion,
            expected,
        } => {
            let mut args = vec![("found", s(found))];
            if let Some(o) = outer {
                args.push(("outer", s(o)));
            }
            let key = match (outer.is_some(), suggestion) {
                (inside, Some(b)) => {
                    args.push(("suggestion", s(b)));
                    if inside {
                        "diag-unknown-field-in-did-you-mean"
                    } else {
                        "diag-unknown-field-did-you-mean"
                    }
                }
                (inside, None) => {
                    args.push(("expected", s(&expected.join(", "))));
                    if inside {
                        "diag-unknown-field-in"
                    } else {
                        "diag-unknown-field"
                    }
                }
            };
            (key, args)
        }
        MissingField { field, outer } => match outer {
            Some(o) => (
                "diag-missing-field-in",
                vec![("field", s(field)), ("outer", s(o))],
            ),
            None => ("diag-missing-field", vec![("field", s(field))]),
        },
        FileEndsEarly => ("diag-file-ends-early", vec![]),
        ExpectedName => ("diag-expected-name", vec![]),
        StringNotClosed => ("diag-string-not-closed", vec![]),
        ExpectedText => ("diag-expected-text", vec![]),
        TooDeep { limit } => ("diag-too-deep", vec![("limit", (*limit).into())]),
        IsDirectory => ("diag-is-directory", vec![]),
        NoModules => ("diag-no-modules", vec![]),
        MissingManifest => ("diag-missing-manifest", vec![]),
        DuplicateId { what, id, first } => (
            "diag-duplicate-id",
            vec![
                ("what", l.t(id_kind_key(*what)).into()),
                ("id", s(id)),
                ("first", s(first)),
            ],
        ),
        BadId { id } => ("diag-bad-id", vec![("id", s(id))]),
        BadCourseId(e) => ("diag-bad-course-id", vec![("error", e.localize(l).into())]),
        EmptyId => ("diag-empty-id", vec![]),
        MissingTranslation { lang } => ("diag-missing-translation", vec![("lang", s(lang))]),
        UndeclaredLanguage { lang } => ("diag-undeclared-language", vec![("lang", s(lang))]),
        NoLanguages => ("diag-no-languages", vec![]),
        BadLanguageCode(c) => ("diag-bad-language-code", vec![("code", s(c))]),
        BadFallback { lang, to } => ("diag-bad-fallback", vec![("lang", s(lang)), ("to", s(to))]),
        UnknownScene { id } => ("diag-unknown-scene", vec![("id", s(id))]),
        UnreachableScene { id } => ("diag-unreachable-scene", vec![("id", s(id))]),
        NoEnding => ("diag-no-ending", vec![]),
        NoWayOut { scene } => ("diag-no-way-out", vec![("scene", s(scene))]),
        DeadEnd { scene } => ("diag-dead-end", vec![("scene", s(scene))]),
        EndingWithChoices { scene } => ("diag-ending-with-choices", vec![("scene", s(scene))]),
        SingleNeedsOneCorrect { found } => (
            "diag-single-needs-one-correct",
            vec![("found", (*found).into())],
        ),
        MultiNeedsCorrect => ("diag-multi-needs-correct", vec![]),
        TooFewChoices { found, min } => (
            "diag-too-few-choices",
            vec![("found", (*found).into()), ("min", (*min).into())],
        ),
        SpotNeedsFlags => ("diag-spot-needs-flags", vec![]),
        UnknownPart { id } => ("diag-unknown-part", vec![("id", s(id))]),
        PassMark { value } => ("diag-pass-mark", vec![("value", (*value).into())]),
        EmptyList { what } => ("diag-empty-list", vec![("what", s(what))]),
        Minutes { value } => ("diag-minutes", vec![("value", (*value).into())]),
        AssetAbsolute { path } => ("diag-asset-absolute", vec![("path", s(path))]),
        AssetEscapes { path } => ("diag-asset-escapes", vec![("path", s(path))]),
        AssetMissing { path } => ("diag-asset-missing", vec![("path", s(path))]),
        AssetNotFile { path } => ("diag-asset-not-file", vec![("path", s(path))]),
        AssetTooLarge { path, size, limit } => (
            "diag-asset-too-large",
            vec![
                ("path", s(path)),
                ("size", mib(*size).into()),
                ("limit", mib(*limit).into()),
            ],
        ),
        Markup(m) => ("diag-markup", vec![("message", s(m))]),
        BadDate { value } => ("diag-bad-date", vec![("value", s(value))]),
        BadYear { value } => ("diag-bad-year", vec![("value", s(value))]),
        NoSources => ("diag-no-sources", vec![]),
        MissingAlt => ("diag-missing-alt", vec![]),
        AltWithoutImage => ("diag-alt-without-image", vec![]),
        MissingHelp => ("diag-missing-help", vec![]),
        FlagAndDecoy { part } => ("diag-flag-and-decoy", vec![("part", s(part))]),
        UnknownFlagKind {
            name,
            known: 0,
            suggestion: _,
        } => (
            "diag-unknown-flag-kind-none-defined",
            vec![("name", s(name))],
        ),
        UnknownFlagKind {
            name,
            known: _,
            suggestion: Some(suggestion),
        } => (
            "diag-unknown-flag-kind-did-you-mean",
            vec![("name", s(name)), ("suggestion", s(suggestion))],
        ),
        UnknownFlagKind {
            name,
            known: _,
            suggestion: None,
        } => ("diag-unknown-flag-kind", vec![("name", s(name))]),
        UnknownSource { id } => ("diag-unknown-source", vec![("id", s(id))]),
        UnknownQuestion { id } => ("diag-unknown-question", vec![("id", s(id))]),
        // The RON words an author writes (First, Last; High, Low, …).
        TwoPinned { pin } => ("diag-two-pinned", vec![("pin", format!("{pin:?}").into())]),
        WeakSourceForLearners { confidence } => (
            "diag-weak-source-for-learners",
            vec![("confidence", format!("{confidence:?}").into())],
        ),
        EnforcementWithoutAdvice => ("diag-enforcement-without-advice", vec![]),
        NoEmergencyEntry { country } => ("diag-no-emergency-entry", vec![("country", s(country))]),
        LongestIsRight {
            count,
            total,
            modules,
        } => {
            let mut args = vec![("count", (*count).into()), ("total", (*total).into())];
            match modules {
                Some(m) => {
                    args.push(("modules", (*m).into()));
                    ("diag-longest-is-right-across-modules", args)
                }
                None => ("diag-longest-is-right", args),
            }
        }
        TrueFalseLean {
            answer,
            count,
            total,
            modules,
        } => {
            let mut args = vec![
                ("answer", s(if *answer { "true" } else { "false" })),
                ("count", (*count).into()),
                ("total", (*total).into()),
            ];
            match modules {
                Some(m) => {
                    args.push(("modules", (*m).into()));
                    ("diag-true-false-lean-across-modules", args)
                }
                None => ("diag-true-false-lean", args),
            }
        }
        CountInText { phrase } => ("diag-count-in-text", vec![("phrase", s(phrase))]),
        FirstChoiceAlwaysSafe { scenario, scenes } => (
            "diag-first-choice-always-safe",
            vec![("scenario", s(scenario)), ("scenes", (*scenes).into())],
        ),
        InlineCitation { text } => ("diag-inline-citation", vec![("text", s(text))]),
        FigureWithoutSource { figure } => {
            ("diag-figure-without-source", vec![("figure", s(figure))])
        }
    }
}

/// The checker message for `kind`, in `l`'s language.
pub fn describe(kind: &DiagKind, l: &Localizer) -> String {
    let (key, args) = key_and_args(kind, l);
    l.t_args(key, &args)
}

/// The message of a diagnostic with its field path, like
/// [`Diagnostic::message`] but in any language.
pub fn message(d: &Diagnostic, l: &Localizer) -> String {
    let m = describe(&d.kind, l);
    match &d.field {
        Some(f) if !f.is_empty() => l.t_args(
            "diag-in-field",
            &[("message", m.into()), ("field", f.into())],
        ),
        _ => m,
    }
}

impl Localize for DiagKind {
    fn localize(&self, l: &Localizer) -> String {
        describe(self, l)
    }
}

impl Localize for Diagnostic {
    fn localize(&self, l: &Localizer) -> String {
        message(self, l)
    }
}
