//! `alerta check [DIR]`: tells a lesson author exactly what is wrong.

use std::io::Write;
use std::path::Path;

use serde::Serialize;

use crate::course::{Diagnostic, LoadError, Loaded, load_dir};
use crate::i18n::Localizer;

/// Exit codes: 0 no errors, 1 errors, 2 the directory cannot be read.
pub const EXIT_OK: i32 = 0;
pub const EXIT_ERRORS: i32 = 1;
pub const EXIT_UNREADABLE: i32 = 2;

#[derive(Serialize)]
struct JsonDiag<'a> {
    path: String,
    line: usize,
    col: usize,
    message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    field: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonReport<'a> {
    modules: usize,
    lessons: usize,
    questions: usize,
    scenarios: usize,
    languages: &'a [String],
    errors: Vec<JsonDiag<'a>>,
    warnings: Vec<JsonDiag<'a>>,
    /// Problems not reported because course.ron has errors.
    suppressed: usize,
    /// Pictures the course shows (in pages, stories, artefacts and flag kinds).
    pictures: usize,
    /// The interface's text in each language of the course.
    interface: Vec<JsonUi>,
    /// Partly translated course languages (`fallbacks` in course.ron).
    course_texts: Vec<JsonCourseTexts>,
}

#[derive(Serialize)]
struct JsonUi {
    tag: String,
    name: String,
    translated: usize,
    total: usize,
    falls_back_to: Vec<String>,
    missing: Vec<String>,
    unused: Vec<String>,
    /// Broken files and placeholder mismatches: errors.
    errors: Vec<String>,
}

#[derive(Serialize)]
struct JsonCourseTexts {
    lang: String,
    translated: usize,
    total: usize,
    falls_back_to: String,
}

fn json_diag<'a>(d: &'a Diagnostic, lang: &str) -> JsonDiag<'a> {
    JsonDiag {
        path: d.file.display().to_string(),
        line: d.line,
        col: d.col,
        message: d.kind.describe(lang),
        field: d.field.as_deref(),
    }
}

/// One line: `5 modules, 23 lessons, 71 questions, 5 scenarios, languages: en es`.
pub fn summary(loaded: &Loaded) -> String {
    summary_in(loaded, &crate::i18n::localizer("en"))
}

fn summary_in(loaded: &Loaded, l: &Localizer) -> String {
    let c = &loaded.course;
    l.t_args(
        "check-summary",
        &[
            ("modules", c.modules.len().into()),
            ("lessons", c.lesson_count().into()),
            ("questions", c.question_count().into()),
            ("scenarios", c.scenario_count().into()),
            ("languages", c.meta.languages.join(" ").into()),
        ],
    )
}

/// The interface's text for each language of the course (and any other
/// language with a file), as the app will show it.
fn interface_coverage(loaded: &Loaded) -> Vec<crate::i18n::Coverage> {
    let catalog = crate::i18n::shared();
    let mut tags: Vec<String> = loaded.course.meta.languages.clone();
    for info in catalog.available_languages() {
        if !tags.contains(&info.tag) {
            tags.push(info.tag);
        }
    }
    let extra: Vec<(String, String)> = loaded.course.meta.fallbacks.clone();
    tags.iter()
        .map(|t| {
            let mut c = catalog.coverage(t);
            c.chain = catalog.chain_with(t, &extra);
            c
        })
        .collect()
}

fn write_interface(out: &mut dyn Write, l: &Localizer, langs: &[crate::i18n::Coverage]) {
    let _ = writeln!(out, "{}", l.t("check-ui-heading"));
    for c in langs {
        let mut line = l.t_args(
            "check-ui-language",
            &[
                ("tag", c.tag.as_str().into()),
                ("name", c.own_name.as_str().into()),
                ("translated", c.translated.into()),
                ("total", c.total.into()),
                ("percent", c.percent().into()),
            ],
        );
        if c.translated < c.total && c.chain.len() > 1 {
            line.push_str(&l.t_args(
                "check-falls-back",
                &[("chain", c.chain[1..].join(" → ").into())],
            ));
        }
        let _ = writeln!(out, "  {line}");
        for p in &c.problems {
            let _ = writeln!(out, "    {}", p.as_error());
        }
        for m in &c.mismatches {
            let _ = writeln!(out, "    {}", mismatch(l, m));
        }
        for (key, list) in [
            ("check-ui-missing", &c.missing),
            ("check-ui-unused", &c.unused),
        ] {
            if !list.is_empty() && c.translated > 0 {
                let shown: Vec<&str> = list.iter().take(12).map(String::as_str).collect();
                let more = if list.len() > 12 { ", …" } else { "" };
                let _ = writeln!(
                    out,
                    "    {}",
                    l.t_args(
                        key,
                        &[
                            ("count", list.len().into()),
                            ("keys", format!("{}{more}", shown.join(", ")).into()),
                        ],
                    )
                );
            }
        }
    }
}

fn mismatch(l: &Localizer, m: &crate::i18n::Mismatch) -> String {
    let vars = |v: &[String]| {
        v.iter()
            .map(|x| format!("{{ ${x} }}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    format!(
        "{}: {}",
        l.t("diag-severity-error"),
        l.t_args(
            "check-ui-mismatch",
            &[
                ("key", m.key.as_str().into()),
                ("found", vars(&m.found).into()),
                ("expected", vars(&m.expected).into()),
            ],
        )
    )
}

fn fallback_of(loaded: &Loaded, lang: &str) -> String {
    loaded
        .course
        .meta
        .fallbacks
        .iter()
        .find(|(a, _)| a == lang)
        .map(|(_, b)| b.clone())
        .unwrap_or_default()
}

/// How to check.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// One JSON object instead of text.
    pub json: bool,
    /// Warnings count as errors.
    pub strict: bool,
    /// The language of the messages, a BCP-47 tag (English for a language
    /// without interface texts).
    pub lang: String,
}

/// The author's language from the system locale (`LC_ALL`, `LC_MESSAGES`, `LANG`).
pub fn system_lang() -> String {
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Ok(v) = std::env::var(var)
            && !v.is_empty()
        {
            // `pt_BR.UTF-8` → `pt-BR`; `C` and `POSIX` mean no preference.
            let tag = v.split(['.', '@']).next().unwrap_or("").replace('_', "-");
            return crate::i18n::normalize_tag(&tag)
                .filter(|t| t != "C" && t != "POSIX" && t.len() >= 2)
                .unwrap_or_else(|| "en".into());
        }
    }
    "en".into()
}

/// Runs the check and writes the report; returns the exit code.
pub fn run(dir: &Path, opts: Options, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let json = opts.json;
    let mut loaded = match load_dir(dir) {
        Ok(l) => l,
        Err(e) => {
            report_load_error(&e, json, out, err);
            return EXIT_UNREADABLE;
        }
    };
    if opts.strict {
        for d in &mut loaded.diagnostics {
            d.severity = crate::course::Severity::Error;
        }
    }
    let l = crate::i18n::localizer(&opts.lang);
    let ui = interface_coverage(&loaded);
    // A broken interface file or a message with other variables than English
    // is an error: the app would show a wrong or half-filled sentence.
    let ui_errors: usize = ui
        .iter()
        .map(|c| c.problems.len() + c.mismatches.len())
        .sum();
    let n_errors = loaded.errors().count() + ui_errors;
    let n_warnings = loaded.warnings().count();
    if json {
        let c = &loaded.course;
        let report = JsonReport {
            modules: c.modules.len(),
            lessons: c.lesson_count(),
            questions: c.question_count(),
            scenarios: c.scenario_count(),
            languages: &c.meta.languages,
            errors: loaded.errors().map(|d| json_diag(d, &opts.lang)).collect(),
            warnings: loaded
                .warnings()
                .map(|d| json_diag(d, &opts.lang))
                .collect(),
            suppressed: loaded.suppressed,
            pictures: c.picture_count(),
            interface: ui
                .iter()
                .map(|c| JsonUi {
                    tag: c.tag.clone(),
                    name: c.own_name.clone(),
                    translated: c.translated,
                    total: c.total,
                    falls_back_to: c.chain.iter().skip(1).cloned().collect(),
                    missing: c.missing.clone(),
                    unused: c.unused.clone(),
                    errors: c
                        .problems
                        .iter()
                        .map(|p| p.as_error().to_string())
                        .chain(c.mismatches.iter().map(|m| mismatch(&l, m)))
                        .collect(),
                })
                .collect(),
            course_texts: loaded
                .coverage
                .iter()
                .map(|(lang, (have, total))| JsonCourseTexts {
                    lang: lang.clone(),
                    translated: *have,
                    total: *total,
                    falls_back_to: fallback_of(&loaded, lang),
                })
                .collect(),
        };
        let _ = serde_json::to_writer_pretty(&mut *out, &report);
        let _ = writeln!(out);
    } else {
        for d in &loaded.diagnostics {
            let _ = writeln!(out, "{}", d.render(&opts.lang));
        }
        write_interface(out, &l, &ui);
        for (lang, (have, total)) in &loaded.coverage {
            let percent = (have * 100).checked_div(*total).unwrap_or(100);
            let _ = writeln!(
                out,
                "{}",
                l.t_args(
                    "check-course-texts",
                    &[
                        ("lang", lang.as_str().into()),
                        ("translated", (*have).into()),
                        ("total", (*total).into()),
                        ("percent", percent.into()),
                        ("fallback", fallback_of(&loaded, lang).into()),
                    ],
                )
            );
        }
        let _ = writeln!(out, "{}", summary_in(&loaded, &l));
        if n_errors + n_warnings > 0 {
            let _ = writeln!(
                out,
                "{}",
                l.t_args(
                    "check-counts",
                    &[("errors", n_errors.into()), ("warnings", n_warnings.into())],
                )
            );
        }
        if loaded.suppressed > 0 {
            let _ = writeln!(
                out,
                "{}",
                l.t_args("check-suppressed", &[("count", loaded.suppressed.into())])
            );
        }
    }
    if n_errors > 0 { EXIT_ERRORS } else { EXIT_OK }
}

fn report_load_error(e: &LoadError, json: bool, out: &mut dyn Write, err: &mut dyn Write) {
    // The error and its causes, as a chain.
    let mut msg = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        msg.push_str(": ");
        msg.push_str(&s.to_string());
        source = s.source();
    }
    if json {
        let path = match e {
            LoadError::Unreadable { path, .. } | LoadError::NotADirectory { path } => path,
        };
        let report = serde_json::json!({
            "modules": 0, "lessons": 0, "questions": 0, "scenarios": 0,
            "languages": [],
            "errors": [{"path": path.display().to_string(), "line": 1, "col": 1, "message": msg}],
            "warnings": [],
        });
        let _ = writeln!(out, "{report}");
    } else {
        let _ = writeln!(err, "error: {msg}");
    }
}
