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

impl IdKind {
    fn name(self, es: bool) -> &'static str {
        match (self, es) {
            (IdKind::Module, false) => "module",
            (IdKind::Module, true) => "módulo",
            (IdKind::Lesson, false) => "lesson",
            (IdKind::Lesson, true) => "lección",
            (IdKind::Question, false) => "question",
            (IdKind::Question, true) => "pregunta",
            (IdKind::Scenario, false) => "scenario",
            (IdKind::Scenario, true) => "escenario",
            (IdKind::Scene, false) => "scene",
            (IdKind::Scene, true) => "escena",
            (IdKind::Artefact, false) => "artefact",
            (IdKind::Artefact, true) => "material",
            (IdKind::Part, false) => "part",
            (IdKind::Part, true) => "parte",
            (IdKind::Source, false) => "source",
            (IdKind::Source, true) => "fuente",
            (IdKind::FlagKind, false) => "flag kind",
            (IdKind::FlagKind, true) => "tipo de señal",
        }
    }
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

fn bracket_closer(open: char) -> char {
    match open {
        '(' => ')',
        '[' => ']',
        _ => '}',
    }
}

fn mib(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
}

impl DiagKind {
    /// The message in `lang` ("es" gives Spanish; anything else English).
    pub fn describe(&self, lang: &str) -> String {
        let es = lang == "es";
        use DiagKind::*;
        match self {
            Io(e) if es => format!("no se pudo leer el archivo: {e}"),
            Io(e) => format!("could not read the file: {e}"),
            TooLarge { size, limit } if es => format!(
                "el archivo pesa {} y el límite es {}; no se leyó. divídelo en módulos más pequeños",
                mib(*size),
                mib(*limit)
            ),
            TooLarge { size, limit } => format!(
                "the file is {} and the limit is {}; it was not read. Split it into smaller modules",
                mib(*size),
                mib(*limit)
            ),
            NotUtf8 if es => {
                "el archivo no es texto UTF-8; guárdalo como UTF-8 en tu editor".into()
            }
            NotUtf8 => "the file is not UTF-8 text; save it as UTF-8 in your editor".into(),
            Syntax(m) if es => format!("error de formato: {m}"),
            Syntax(m) => m.clone(),
            SmartQuote { found } if es => format!(
                "hay una comilla tipográfica {found}: usa comillas rectas \" en lugar de “ ” (pasa al copiar de un procesador de textos)"
            ),
            SmartQuote { found } => format!(
                "a typographic quote {found}: use straight quotes \" instead of “ ” (this happens when text is pasted from a word processor)"
            ),
            UnclosedBracket { open, line, col, closed_by: None } if es => format!(
                "el `{open}` abierto en {line}:{col} nunca se cierra; añade `{}` donde termina",
                bracket_closer(*open)
            ),
            UnclosedBracket { open, line, col, closed_by: None } => format!(
                "the `{open}` opened at {line}:{col} is never closed; add `{}` where it ends",
                bracket_closer(*open)
            ),
            UnclosedBracket { open, line, col, closed_by: Some((c, l2, c2)) } if es => format!(
                "el `{open}` abierto en {line}:{col} no se cierra: en {l2}:{c2} hay un `{c}`. Probablemente falta `{}` al final de la línea {line}",
                bracket_closer(*open)
            ),
            UnclosedBracket { open, line, col, closed_by: Some((c, l2, c2)) } => format!(
                "the `{open}` opened at {line}:{col} is never closed: at {l2}:{c2} there is a `{c}`. A `{}` is probably missing at the end of line {line}",
                bracket_closer(*open)
            ),
            ExtraBracket { found } if es => format!("sobra este `{found}`: no hay nada abierto que cerrar"),
            ExtraBracket { found } => format!("this `{found}` is one too many: nothing open is left to close"),
            MissingComma { line } if es => format!("falta una coma (,) al final de la línea {line}"),
            MissingComma { line } => format!("a comma (,) is missing at the end of line {line}"),
            UnknownField { found, outer, suggestion, expected } => {
                let inside = match (outer, es) {
                    (Some(o), true) => format!(" en `{o}`"),
                    (Some(o), false) => format!(" in `{o}`"),
                    (None, _) => String::new(),
                };
                match (suggestion, es) {
                    (Some(b), true) => format!("campo desconocido `{found}`{inside}; ¿quisiste decir `{b}`?"),
                    (Some(b), false) => format!("unknown field `{found}`{inside}; did you mean `{b}`?"),
                    (None, true) => format!(
                        "campo desconocido `{found}`{inside}; se esperaba uno de: {}",
                        expected.join(", ")
                    ),
                    (None, false) => format!(
                        "unknown field `{found}`{inside}; expected one of: {}",
                        expected.join(", ")
                    ),
                }
            }
            MissingField { field, outer: Some(o) } if es => format!("a `{o}` le falta el campo `{field}`"),
            MissingField { field, outer: Some(o) } => format!("`{o}` is missing the field `{field}`"),
            MissingField { field, outer: None } if es => format!("falta el campo `{field}`"),
            MissingField { field, outer: None } => format!("missing the field `{field}`"),
            FileEndsEarly if es => {
                "el archivo termina antes de tiempo; puede faltar un paréntesis o una comilla de cierre".into()
            }
            FileEndsEarly => {
                "the file ends too early; a closing bracket or quote may be missing".into()
            }
            ExpectedName if es => {
                "se esperaba un nombre: un campo, o un tipo como Text, Lesson o Choice".into()
            }
            ExpectedName => {
                "expected a name here: a field name, or a type such as Text, Lesson or Choice".into()
            }
            StringNotClosed if es => {
                "un texto no se cierra: puede faltar una comilla de cierre (\")".into()
            }
            StringNotClosed => "a string is not closed: a closing quote (\") may be missing".into(),
            ExpectedText if es => {
                "se esperaba un texto en cada idioma, como (en: \"...\", es: \"...\")".into()
            }
            ExpectedText => {
                "expected a text in each language, like (en: \"...\", es: \"...\")".into()
            }
            TooDeep { limit } if es => format!(
                "el archivo anida más de {limit} niveles; los archivos de lecciones nunca lo necesitan"
            ),
            TooDeep { limit } => format!(
                "the file nests more than {limit} levels deep; lesson files never need that"
            ),
            IsDirectory if es => "se esperaba un archivo y hay una carpeta".into(),
            IsDirectory => "expected a file, found a directory".into(),
            NoModules if es => "no hay módulos (archivos .ron) en esta carpeta".into(),
            NoModules => "no modules (.ron files) in this directory".into(),
            MissingManifest if es => {
                "falta course.ron, que declara el id, el título y los idiomas del curso".into()
            }
            MissingManifest => {
                "course.ron is missing; it declares the course id, title and languages".into()
            }
            DuplicateId { what, id, first } if es => {
                format!("el id de {} \"{id}\" ya se usó en {first}", what.name(true))
            }
            DuplicateId { what, id, first } => {
                format!(
                    "duplicate {} id \"{id}\"; first used at {first}",
                    what.name(false)
                )
            }
            BadId { id } if es => format!(
                "el id \"{id}\" solo puede tener minúsculas sin tilde, cifras y guiones (-)"
            ),
            BadId { id } => format!(
                "the id \"{id}\" may only use lowercase letters a-z, digits and hyphens (-)"
            ),
            BadCourseId(e) if es => format!(
                "el id del curso no sirve como nombre de carpeta: solo minúsculas sin tilde, cifras y guiones, hasta 64, sin empezar por guion ({e})"
            ),
            BadCourseId(e) => format!(
                "the course id cannot be used as a folder name: lowercase letters, digits and hyphens only, up to 64, not starting with a hyphen ({e})"
            ),
            EmptyId if es => "el id está vacío".into(),
            EmptyId => "the id is empty".into(),
            MissingTranslation { lang } if es => {
                format!("falta el texto en el idioma \"{lang}\"")
            }
            MissingTranslation { lang } => format!("missing text in language \"{lang}\""),
            UndeclaredLanguage { lang } if es => format!(
                "el idioma \"{lang}\" no está declarado en course.ron (languages); se ignorará"
            ),
            UndeclaredLanguage { lang } => format!(
                "language \"{lang}\" is not declared in course.ron (languages); it will be ignored"
            ),
            NoLanguages if es => "course.ron no declara ningún idioma".into(),
            NoLanguages => "course.ron declares no languages".into(),
            BadLanguageCode(c) if es => format!("\"{c}\" no es un código de idioma (como en, es)"),
            BadLanguageCode(c) => format!("\"{c}\" is not a language code (such as en, es)"),
            UnknownScene { id } if es => {
                format!("la opción lleva a la escena \"{id}\", que no existe")
            }
            UnknownScene { id } => {
                format!("the choice leads to scene \"{id}\", which does not exist")
            }
            UnreachableScene { id } if es => {
                format!("ninguna opción lleva a la escena \"{id}\"; nadie la verá")
            }
            UnreachableScene { id } => {
                format!("no choice leads to scene \"{id}\"; no learner will ever see it")
            }
            NoEnding if es => "el escenario no tiene ningún final (ending)".into(),
            NoEnding => "the scenario has no ending".into(),
            NoWayOut { scene } if es => format!(
                "desde la escena \"{scene}\" no se puede llegar a ningún final; es un ciclo sin salida"
            ),
            NoWayOut { scene } => format!(
                "from scene \"{scene}\" no ending can be reached; it is a loop with no way out"
            ),
            DeadEnd { scene } if es => {
                format!("la escena \"{scene}\" no tiene opciones ni final")
            }
            DeadEnd { scene } => format!("scene \"{scene}\" has neither choices nor an ending"),
            EndingWithChoices { scene } if es => format!(
                "la escena \"{scene}\" tiene un final y también opciones; un final no lleva opciones"
            ),
            EndingWithChoices { scene } => format!(
                "scene \"{scene}\" has an ending and also choices; an ending has no choices"
            ),
            SingleNeedsOneCorrect { found } if es => format!(
                "una pregunta Single necesita exactamente una opción correcta; tiene {found}"
            ),
            SingleNeedsOneCorrect { found } => {
                format!("a Single question needs exactly one correct choice; found {found}")
            }
            MultiNeedsCorrect if es => {
                "una pregunta Multi necesita al menos una opción correcta".into()
            }
            MultiNeedsCorrect => "a Multi question needs at least one correct choice".into(),
            TooFewChoices { found, min } if es => {
                format!("se necesitan al menos {min} opciones; hay {found}")
            }
            TooFewChoices { found, min } => {
                format!("needs at least {min} choices or items; found {found}")
            }
            SpotNeedsFlags if es => {
                "una pregunta SpotFlags necesita al menos una parte marcada en flags".into()
            }
            SpotNeedsFlags => "a SpotFlags question needs at least one flagged part".into(),
            UnknownPart { id } if es => {
                format!("no hay ninguna parte con id \"{id}\" en el material")
            }
            UnknownPart { id } => format!("the artefact has no part with id \"{id}\""),
            PassMark { value } if es => {
                format!("la nota para aprobar debe estar entre 0 y 100; es {value}")
            }
            PassMark { value } => format!("the pass mark must be between 0 and 100; it is {value}"),
            EmptyList { what } if es => format!("la lista {what} está vacía"),
            EmptyList { what } => format!("{what} is empty"),
            Minutes { value } if es => {
                format!("los minutos estimados deben estar entre 1 y 600; son {value}")
            }
            Minutes { value } => {
                format!("estimated minutes must be between 1 and 600; it is {value}")
            }
            AssetAbsolute { path } if es => format!(
                "la ruta \"{path}\" es absoluta; usa una ruta dentro de la carpeta del curso"
            ),
            AssetAbsolute { path } => {
                format!("the path \"{path}\" is absolute; use a path inside the course folder")
            }
            AssetEscapes { path } if es => {
                format!("la ruta \"{path}\" sale de la carpeta del curso")
            }
            AssetEscapes { path } => {
                format!("the path \"{path}\" points outside the course folder")
            }
            AssetMissing { path } if es => format!("no existe el archivo \"{path}\""),
            AssetMissing { path } => format!("the file \"{path}\" does not exist"),
            AssetNotFile { path } if es => format!("\"{path}\" no es un archivo"),
            AssetNotFile { path } => format!("\"{path}\" is not a file"),
            AssetTooLarge { path, size, limit } if es => format!(
                "\"{path}\" pesa {}; el límite es {}",
                mib(*size),
                mib(*limit)
            ),
            AssetTooLarge { path, size, limit } => {
                format!("\"{path}\" is {}; the limit is {}", mib(*size), mib(*limit))
            }
            Markup(m) => m.clone(),
            BadDate { value } if es => {
                format!("\"{value}\" no es una fecha AAAA-MM-DD válida")
            }
            BadDate { value } => format!("\"{value}\" is not a valid YYYY-MM-DD date"),
            BadYear { value } if es => format!(
                "\"{value}\" no es un año; escribe 2016, \"c. 2015\" o \"n.d.\" (sin fecha)"
            ),
            BadYear { value } => {
                format!("\"{value}\" is not a year; write 2016, \"c. 2015\" or \"n.d.\" (no date)")
            }
            NoSources if es => {
                "el módulo no tiene fuentes (sources); toda cifra necesita su fuente".into()
            }
            NoSources => "the module lists no sources; every figure needs one".into(),
            MissingAlt if es => {
                "una imagen necesita image_alt: una descripción para quien no puede verla".into()
            }
            MissingAlt => {
                "an image needs image_alt: a description for people who cannot see it".into()
            }
            MissingHelp if es => {
                "falta help.ron; la pantalla de ayuda no mostrará ningún número".into()
            }
            MissingHelp => "help.ron is missing; the help screen will show no numbers".into(),
            FlagAndDecoy { part } if es => {
                format!("la parte \"{part}\" está a la vez en flags y en decoys")
            }
            FlagAndDecoy { part } => format!("part \"{part}\" is both in flags and in decoys"),
            AltWithoutImage if es => "hay image_alt pero no image; añade la imagen o quita la descripción".into(),
            AltWithoutImage => "image_alt is given but no image; add the image or remove the description".into(),
            UnknownFlagKind { name, known: 0, .. } if es => format!(
                "\"{name}\" no es un tipo de señal: course.ron no define ninguno (flag_kinds); añádelo allí o quita el tipo"
            ),
            UnknownFlagKind { name, known: 0, .. } => format!(
                "\"{name}\" is not a flag kind: course.ron defines none (flag_kinds); add it there or remove the kind"
            ),
            UnknownFlagKind { name, suggestion, .. } if es => match suggestion {
                Some(s) => format!("\"{name}\" no es un tipo de señal de course.ron; ¿quisiste decir {s}?"),
                None => format!("\"{name}\" no es un tipo de señal definido en course.ron (flag_kinds)"),
            },
            UnknownFlagKind { name, suggestion, .. } => match suggestion {
                Some(s) => format!("\"{name}\" is not a flag kind in course.ron; did you mean {s}?"),
                None => format!("\"{name}\" is not a flag kind defined in course.ron (flag_kinds)"),
            },
            UnknownSource { id } if es => format!(
                "no hay ninguna fuente con id \"{id}\" en sources del módulo"
            ),
            UnknownSource { id } => format!("the module's sources have no source with id \"{id}\""),
            UnknownQuestion { id } if es => format!("el cuestionario no tiene ninguna pregunta con id \"{id}\""),
            UnknownQuestion { id } => format!("the quiz has no question with id \"{id}\""),
            TwoPinned { pin } if es => format!(
                "solo una opción puede llevar pin: {pin:?}; quita el pin de una de ellas"
            ),
            TwoPinned { pin } => format!("only one choice may have pin: {pin:?}; remove it from one"),
            WeakSourceForLearners { confidence } if es => format!(
                "una línea con show: Learners necesita una fuente High o MediumHigh; esta es {confidence:?}. Usa show: Facilitators o busca una fuente mejor"
            ),
            WeakSourceForLearners { confidence } => format!(
                "a line with show: Learners needs a High or MediumHigh source; this one is {confidence:?}. Use show: Facilitators or find a better source"
            ),
            EnforcementWithoutAdvice if es => "una línea de la policía o de migración necesita who_should_call: quién debe llamar y quién no".into(),
            EnforcementWithoutAdvice => "a police or immigration line needs who_should_call: who should call it, and who should not".into(),
            NoEmergencyEntry { country } if es => format!(
                "{country} no tiene número de emergencia (kind: Emergency) ni un NotFound(what: Emergency) que diga que no se encontró"
            ),
            NoEmergencyEntry { country } => format!(
                "{country} has no emergency number (kind: Emergency) and no NotFound(what: Emergency) saying none was found"
            ),
            LongestIsRight { count, total, modules } if es => format!(
                "en {count} de {total} preguntas Single{} la respuesta correcta es la opción más larga (más del 40%); quien adivina la más larga aprueba. Acorta la correcta o alarga los distractores",
                modules.map(|m| format!(" de {m} módulos")).unwrap_or_default()
            ),
            LongestIsRight { count, total, modules } => format!(
                "in {count} of {total} Single questions{} the right answer is the longest choice (over 40%); a learner who guesses the longest passes. Shorten the right one or lengthen the distractors",
                modules.map(|m| format!(" across {m} modules")).unwrap_or_default()
            ),
            TrueFalseLean { answer, count, total, modules } if es => format!(
                "{count} de {total} preguntas TrueFalse{} tienen la respuesta {} (más del 70%); quien contesta siempre lo mismo acierta. Equilibra verdaderas y falsas",
                modules.map(|m| format!(" de {m} módulos")).unwrap_or_default(),
                if *answer { "verdadero" } else { "falso" }
            ),
            TrueFalseLean { answer, count, total, modules } => format!(
                "{count} of {total} TrueFalse questions{} have the answer {answer} (over 70%); a learner who always answers the same passes. Balance true and false",
                modules.map(|m| format!(" across {m} modules")).unwrap_or_default()
            ),
            CountInText { phrase } if es => format!(
                "\"{phrase}\" dice cuántas opciones son correctas; quítalo para que haya que pensar en cada una"
            ),
            CountInText { phrase } => format!(
                "\"{phrase}\" says how many choices are right; remove it so that each choice must be thought about"
            ),
            FirstChoiceAlwaysSafe { scenario, scenes } if es => format!(
                "en el escenario \"{scenario}\" la primera opción es la segura en las {scenes} escenas donde se elige; en papel eso revela el camino. Cambia el orden en alguna"
            ),
            FirstChoiceAlwaysSafe { scenario, scenes } => format!(
                "in scenario \"{scenario}\" the first choice is the safe one in all {scenes} scenes with a choice; on paper that gives the path away. Reorder some"
            ),
            InlineCitation { text } if es => format!(
                "cita dentro del texto \"{text}\"; pon la fuente en sources: [\"id\"] del bloque y quítala del texto"
            ),
            InlineCitation { text } => format!(
                "citation inside the text \"{text}\"; put the source in the block's sources: [\"id\"] and take it out of the text"
            ),
            FigureWithoutSource { figure } if es => format!(
                "la página da una cifra (\"{figure}\") y no tiene fuentes; añade sources: [\"id\"] al bloque"
            ),
            FigureWithoutSource { figure } => format!(
                "the page gives a figure (\"{figure}\") and has no sources; add sources: [\"id\"] to the block"
            ),
        }
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

    /// The message, with the field path appended when there is one.
    pub fn message(&self, lang: &str) -> String {
        let m = self.kind.describe(lang);
        match &self.field {
            Some(f) if !f.is_empty() => {
                let label = if lang == "es" { "en" } else { "at" };
                format!("{m} ({label} {f})")
            }
            _ => m,
        }
    }

    /// `file:line:col`.
    pub fn location(&self) -> String {
        format!("{}:{}:{}", self.file.display(), self.line, self.col)
    }
}

impl Diagnostic {
    /// `path:line:col: error: message` in `lang` ("es" gives Spanish).
    pub fn render(&self, lang: &str) -> String {
        let sev = match (self.severity, lang == "es") {
            (Severity::Error, _) => "error",
            (Severity::Warning, false) => "warning",
            (Severity::Warning, true) => "aviso",
        };
        format!("{}: {sev}: {}", self.location(), self.message(lang))
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
