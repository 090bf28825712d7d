//! Diagnostics: what is wrong with a lesson file, and where.
//!
//! A diagnostic is data (a [`DiagKind`] plus a location) until it is shown;
//! [`DiagKind::describe`] turns it into a sentence in English or Spanish.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// What kind of thing an id names, for duplicate-id messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdKind {
    Module,
    Lesson,
    Question,
    Scenario,
    Scene,
    Artefact,
    Part,
    Source,
    FlagKind,
}

/// Every problem the loader and validator can report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiagKind {
    /// The file could not be read (permissions, vanished, …).
    Io(String),
    TooLarge {
        size: u64,
        limit: u64,
    },
    NotUtf8,
    /// The text is not valid RON for the expected shape; the message comes from the parser.
    Syntax(String),
    // Syntax errors explained in plain words (see `super::syntax`).
    SmartQuote {
        found: char,
    },
    UnclosedBracket {
        open: char,
        line: usize,
        col: usize,
        /// The wrong bracket that closed it, and where.
        closed_by: Option<(char, usize, usize)>,
    },
    ExtraBracket {
        found: char,
    },
    MissingComma {
        line: usize,
    },
    // The parser's own messages, worded for authors.
    UnknownField {
        found: String,
        outer: Option<String>,
        suggestion: Option<String>,
        expected: Vec<String>,
    },
    MissingField {
        field: String,
        outer: Option<String>,
    },
    FileEndsEarly,
    ExpectedName,
    StringNotClosed,
    ExpectedText,
    TooDeep {
        limit: usize,
    },
    IsDirectory,
    NoModules,
    MissingManifest,
    DuplicateId {
        what: IdKind,
        id: String,
        first: String,
    },
    BadId {
        id: String,
    },
    BadCourseId(crate::progress::ids::IdError),
    EmptyId,
    MissingTranslation {
        lang: String,
    },
    UndeclaredLanguage {
        lang: String,
    },
    NoLanguages,
    BadLanguageCode(String),
    /// `fallbacks` in course.ron names a language the course does not have,
    /// or goes round in a circle.
    BadFallback {
        lang: String,
        to: String,
    },
    UnknownScene {
        id: String,
    },
    UnreachableScene {
        id: String,
    },
    NoEnding,
    NoWayOut {
        scene: String,
    },
    DeadEnd {
        scene: String,
    },
    EndingWithChoices {
        scene: String,
    },
    SingleNeedsOneCorrect {
        found: usize,
    },
    MultiNeedsCorrect,
    TooFewChoices {
        found: usize,
        min: usize,
    },
    SpotNeedsFlags,
    UnknownPart {
        id: String,
    },
    PassMark {
        value: i64,
    },
    EmptyList {
        what: &'static str,
    },
    Minutes {
        value: i64,
    },
    AssetAbsolute {
        path: String,
    },
    AssetEscapes {
        path: String,
    },
    AssetMissing {
        path: String,
    },
    AssetNotFile {
        path: String,
    },
    AssetTooLarge {
        path: String,
        size: u64,
        limit: u64,
    },
    Markup(String),
    BadDate {
        value: String,
    },
    BadYear {
        value: String,
    },
    NoSources,
    MissingAlt,
    AltWithoutImage,
    MissingHelp,
    FlagAndDecoy {
        part: String,
    },
    UnknownFlagKind {
        name: String,
        /// How many kinds course.ron defines.
        known: usize,
        suggestion: Option<String>,
    },
    UnknownSource {
        id: String,
    },
    UnknownQuestion {
        id: String,
    },
    TwoPinned {
        pin: super::model::Pin,
    },
    WeakSourceForLearners {
        confidence: super::model::Confidence,
    },
    EnforcementWithoutAdvice,
    NoEmergencyEntry {
        country: String,
    },
    // Answer-key bias (warnings; errors with `--strict`).
    LongestIsRight {
        count: usize,
        total: usize,
        /// `None` for one module; the number of modules for the whole course.
        modules: Option<usize>,
    },
    TrueFalseLean {
        answer: bool,
        count: usize,
        total: usize,
        modules: Option<usize>,
    },
    CountInText {
        phrase: String,
    },
    FirstChoiceAlwaysSafe {
        scenario: String,
        scenes: usize,
    },
    // Sources out of the running text.
    InlineCitation {
        text: String,
    },
    FigureWithoutSource {
        figure: String,
    },
}

impl DiagKind {
    /// The message in `lang`, from the Fluent files (`diag-…` messages in
    /// `assets/i18n/<tag>/alerta.ftl`); a language without them falls back
    /// message by message to English.
    pub fn describe(&self, lang: &str) -> String {
        crate::i18n::diag::describe(self, &crate::i18n::localizer(lang))
    }
}

impl fmt::Display for DiagKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe("en"))
    }
}

/// One problem in one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub file: PathBuf,
    /// 1-based line and column (in characters). Problems with a whole file point at 1:1.
    pub line: usize,
    pub col: usize,
    /// The field's path inside the file, like `lessons[2].title`, when there is one.
    pub field: Option<String>,
    pub kind: DiagKind,
}

impl Diagnostic {
    pub fn error(file: impl Into<PathBuf>, kind: DiagKind) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.into(),
            line: 1,
            col: 1,
            field: None,
            kind,
        }
    }

    pub fn warning(file: impl Into<PathBuf>, kind: DiagKind) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, kind)
        }
    }

    pub fn at(mut self, line: usize, col: usize) -> Self {
        self.line = line.max(1);
        self.col = col.max(1);
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The message in `lang`, with the field path appended when there is one.
    pub fn message(&self, lang: &str) -> String {
        crate::i18n::diag::message(self, &crate::i18n::localizer(lang))
    }

    /// `file:line:col`.
    pub fn location(&self) -> String {
        format!("{}:{}:{}", self.file.display(), self.line, self.col)
    }
}

impl Diagnostic {
    /// `path:line:col: error: message` in `lang`. The word "error" stays as
    /// it is in every language, so editors can jump to it.
    pub fn render(&self, lang: &str) -> String {
        let l = crate::i18n::localizer(lang);
        let sev = match self.severity {
            Severity::Error => l.t("diag-severity-error"),
            Severity::Warning => l.t("diag-severity-warning"),
        };
        format!(
            "{}: {sev}: {}",
            self.location(),
            crate::i18n::diag::message(self, &l)
        )
    }
}

/// rustc/gcc style: `path:line:col: error: message`, which editors can jump to.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{}: {sev}: {}", self.location(), self.message("en"))
    }
}

/// Shortens `path` relative to `base` for display, when it lies inside it.
pub fn display_path(path: &Path, base: &Path) -> PathBuf {
    path.strip_prefix(base)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| path.to_path_buf())
}
