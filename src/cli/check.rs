//! `alerta check [DIR]`: tells a lesson author exactly what is wrong.

use std::io::Write;
use std::path::Path;

use serde::Serialize;

use crate::course::{Diagnostic, LoadError, Loaded, load_dir};

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
    let c = &loaded.course;
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    format!(
        "{}, {}, {}, {}, languages: {}",
        plural(c.modules.len(), "module", "modules"),
        plural(c.lesson_count(), "lesson", "lessons"),
        plural(c.question_count(), "question", "questions"),
        plural(c.scenario_count(), "scenario", "scenarios"),
        c.meta.languages.join(" ")
    )
}

/// How to check.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// One JSON object instead of text.
    pub json: bool,
    /// Warnings count as errors.
    pub strict: bool,
    /// The language of the messages: "es" for Spanish, anything else English.
    pub lang: String,
}

/// The author's language from the system locale (`LC_ALL`, `LC_MESSAGES`, `LANG`).
pub fn system_lang() -> String {
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Ok(v) = std::env::var(var)
            && !v.is_empty()
        {
            return if v.starts_with("es") { "es" } else { "en" }.into();
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
    let n_errors = loaded.errors().count();
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
        };
        let _ = serde_json::to_writer_pretty(&mut *out, &report);
        let _ = writeln!(out);
    } else {
        for d in &loaded.diagnostics {
            let _ = writeln!(out, "{}", d.render(&opts.lang));
        }
        let _ = writeln!(out, "{}", summary(&loaded));
        if n_errors + n_warnings > 0 {
            let _ = writeln!(
                out,
                "{n_errors} error{}, {n_warnings} warning{}",
                if n_errors == 1 { "" } else { "s" },
                if n_warnings == 1 { "" } else { "s" }
            );
        }
        if loaded.suppressed > 0 {
            let _ = writeln!(
                out,
                "{} more problem{} in other files not shown: fix course.ron first, then check again",
                loaded.suppressed,
                if loaded.suppressed == 1 { "" } else { "s" }
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
