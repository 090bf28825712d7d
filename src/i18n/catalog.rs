//! Every language's messages, from the embedded files and from folders on disk.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use super::syntax::{pattern_text, pattern_vars};
use super::{DEFAULT_LANG, FILE_NAME};

/// The languages built into the binary: (tag, file text).
const EMBEDDED: &[(&str, &str)] = &[
    ("en", include_str!("../../assets/i18n/en/alerta.ftl")),
    ("es", include_str!("../../assets/i18n/es/alerta.ftl")),
];

/// A larger `alerta.ftl` is not read: the English one is about 22 KiB.
const MAX_FILE_BYTES: u64 = 2 * 1024 * 1024;

/// The term that names a language in itself: `-language-name = Português`.
const TERM_NAME: &str = "language-name";
/// The term that names the next language to try: `-fallback = es`.
const TERM_FALLBACK: &str = "fallback";

/// Something wrong in a language file. Loading goes on without it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadProblem {
    pub file: PathBuf,
    /// 1-based; 1:1 for problems with the whole file.
    pub line: usize,
    /// 1-based, in characters.
    pub col: usize,
    pub message: String,
    /// The language the file is for, when its folder name is a valid tag.
    pub tag: Option<String>,
}

/// `file:line:col: message`, which editors can jump to.
impl fmt::Display for LoadProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file.display(),
            self.line,
            self.col,
            self.message
        )
    }
}

impl LoadProblem {
    /// `file:line:col: error: message`, as `alerta check` prints it.
    pub fn as_error(&self) -> String {
        format!(
            "{}:{}:{}: error: {}",
            self.file.display(),
            self.line,
            self.col,
            self.message
        )
    }
}

/// A language for a language picker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LanguageInfo {
    /// The normalised BCP-47 tag, such as `pt-BR`.
    pub tag: String,
    /// The language's name in itself (`-language-name`), or the tag when the
    /// files do not give one.
    pub own_name: String,
}

/// One language: its bundle and what its files say about themselves.
pub(super) struct Language {
    pub(super) bundle: FluentBundle<FluentResource>,
    pub(super) own_name: Option<String>,
    pub(super) fallback: Option<String>,
    /// Message id → the variables its text uses, from the last source that
    /// defined it. Only messages with a value are listed.
    pub(super) messages: BTreeMap<String, BTreeSet<String>>,
    /// Where the messages came from, in load order.
    pub(super) sources: Vec<PathBuf>,
}

/// Every language Alerta can show, with its messages.
///
/// Made once at start-up ([`Catalog::load`]) and shared (it is `Send + Sync`);
/// each [`super::Localizer`] reads from it.
pub struct Catalog {
    pub(super) langs: BTreeMap<String, Language>,
    problems: Vec<LoadProblem>,
}

impl fmt::Debug for Catalog {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Catalog")
            .field("languages", &self.langs.keys().collect::<Vec<_>>())
            .field("problems", &self.problems)
            .finish()
    }
}

/// `pt-br` → `pt-BR`; `None` when `tag` is not a BCP-47 language tag.
pub fn normalize_tag(tag: &str) -> Option<String> {
    let tag = tag.trim();
    if tag.is_empty() {
        return None;
    }
    let id: LanguageIdentifier = tag.parse().ok()?;
    // "und" (undetermined) is what an empty or odd tag can parse to.
    if id.language.is_empty() {
        return None;
    }
    Some(id.to_string())
}

/// The base language of a normalised tag: `pt-BR` → `pt`.
fn base_language(tag: &str) -> Option<String> {
    let id: LanguageIdentifier = tag.parse().ok()?;
    Some(id.language.as_str().to_string())
}

impl Catalog {
    /// Only the languages built into the binary (English and Spanish).
    pub fn embedded() -> Catalog {
        Catalog::load(&[])
    }

    /// The embedded languages, then `<dir>/<tag>/alerta.ftl` for every tag
    /// folder in each of `extra_dirs`, in order. A later file overrides an
    /// earlier one message by message. Folders that do not exist are skipped
    /// without a problem; anything else that goes wrong is in
    /// [`Catalog::problems`], and loading goes on.
    pub fn load(extra_dirs: &[PathBuf]) -> Catalog {
        let mut c = Catalog {
            langs: BTreeMap::new(),
            problems: Vec::new(),
        };
        for (tag, text) in EMBEDDED {
            let file = PathBuf::from(format!("<built-in>/{tag}/{FILE_NAME}"));
            c.add_source(tag, &file, text.to_string());
        }
        for dir in extra_dirs {
            c.load_dir(dir);
        }
        c
    }

    /// The folders where [`Catalog::load`] should look beside the program:
    /// `<folder of the executable>/assets/i18n`, when it exists.
    pub fn dirs_beside_exe() -> Vec<PathBuf> {
        let Some(bin) = std::env::current_exe()
            .ok()
            .and_then(|exe| exe.parent().map(Path::to_path_buf))
        else {
            return Vec::new();
        };
        // Installed (`/usr/bin` beside `/usr/share/alerta`), then beside the
        // program itself (a zip or tarball), which wins.
        [
            bin.join("../share/alerta/assets/i18n"),
            bin.join("../Resources/assets/i18n"),
            bin.join("assets").join("i18n"),
        ]
        .into_iter()
        .filter(|d| d.is_dir())
        .collect()
    }

    fn problem(&mut self, file: &Path, tag: Option<&str>, message: String) {
        self.problems.push(LoadProblem {
            file: file.to_path_buf(),
            line: 1,
            col: 1,
            message,
            tag: tag.map(str::to_string),
        });
    }

    fn load_dir(&mut self, dir: &Path) {
        let entries = match std::fs::read_dir(dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return,
            Err(e) => {
                self.problem(dir, None, format!("could not read the folder: {e}"));
                return;
            }
        };
        let mut folders: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.join(FILE_NAME).is_file())
            .collect();
        folders.sort();
        for folder in folders {
            let file = folder.join(FILE_NAME);
            let name = folder
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let Some(tag) = normalize_tag(&name) else {
                self.problem(
                    &file,
                    None,
                    format!("\"{name}\" is not a language tag (such as es, pt-BR or quc); the file was not read"),
                );
                continue;
            };
            match read_limited(&file) {
                Ok(text) => self.add_source(&tag, &file, text),
                Err(message) => self.problem(&file, Some(&tag), message),
            }
        }
    }

    /// Adds one file's messages to language `tag` (already normalised).
    fn add_source(&mut self, tag: &str, file: &Path, text: String) {
        let resource = match FluentResource::try_new(text) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    let (line, col) = line_col(r.source(), error_offset(r.source(), &e));
                    self.problems.push(LoadProblem {
                        file: file.to_path_buf(),
                        line,
                        col,
                        message: e.kind.to_string(),
                        tag: Some(tag.to_string()),
                    });
                }
                r
            }
        };
        let mut fallback_problem = None;
        let lang = self.langs.entry(tag.to_string()).or_insert_with(|| {
            let id: LanguageIdentifier = tag.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // egui draws the isolation marks FSI/PDI as boxes.
            bundle.set_use_isolating(false);
            Language {
                bundle,
                own_name: None,
                fallback: None,
                messages: BTreeMap::new(),
                sources: Vec::new(),
            }
        });
        for entry in resource.entries() {
            match entry {
                ast::Entry::Message(m) => {
                    if let Some(value) = &m.value {
                        let mut vars = BTreeSet::new();
                        pattern_vars(value, &mut vars);
                        for a in &m.attributes {
                            pattern_vars(&a.value, &mut vars);
                        }
                        lang.messages.insert(m.id.name.to_string(), vars);
                    } else {
                        lang.messages.remove(m.id.name);
                    }
                }
                ast::Entry::Term(t) if t.id.name == TERM_NAME => {
                    let name = pattern_text(&t.value);
                    if !name.is_empty() {
                        lang.own_name = Some(name);
                    }
                }
                ast::Entry::Term(t) if t.id.name == TERM_FALLBACK => {
                    let value = pattern_text(&t.value);
                    match normalize_tag(&value) {
                        Some(f) => lang.fallback = Some(f),
                        None => {
                            let (line, col) = find_line_col(resource.source(), "-fallback");
                            fallback_problem = Some(LoadProblem {
                                file: file.to_path_buf(),
                                line,
                                col,
                                message: format!(
                                    "-fallback = {value}: \"{value}\" is not a language tag"
                                ),
                                tag: Some(tag.to_string()),
                            });
                        }
                    }
                }
                _ => {}
            }
        }
        lang.sources.push(file.to_path_buf());
        lang.bundle.add_resource_overriding(resource);
        self.problems.extend(fallback_problem);
    }

    /// Everything that went wrong while loading, in load order.
    pub fn problems(&self) -> &[LoadProblem] {
        &self.problems
    }

    /// Whether any file defines messages or terms for `tag`.
    pub fn has_language(&self, tag: &str) -> bool {
        normalize_tag(tag).is_some_and(|t| self.langs.contains_key(&t))
    }

    /// Whether the file(s) of `tag` itself have the message `key` (without
    /// falling back to another language).
    pub fn has_message(&self, tag: &str, key: &str) -> bool {
        normalize_tag(tag)
            .and_then(|t| self.messages(&t))
            .is_some_and(|m| m.contains_key(key))
    }

    /// Every language with a file, sorted by tag, with its own name.
    pub fn available_languages(&self) -> Vec<LanguageInfo> {
        self.langs
            .keys()
            .map(|tag| LanguageInfo {
                tag: tag.clone(),
                own_name: self.own_name(tag),
            })
            .collect()
    }

    /// The language's name in itself (its files' `-language-name`); the tag
    /// when no file names it.
    pub fn own_name(&self, tag: &str) -> String {
        let t = normalize_tag(tag).unwrap_or_else(|| tag.to_string());
        self.langs
            .get(&t)
            .and_then(|l| l.own_name.clone())
            .unwrap_or(t)
    }

    /// The files each language was read from, in load order.
    pub fn sources(&self, tag: &str) -> Vec<PathBuf> {
        normalize_tag(tag)
            .and_then(|t| self.langs.get(&t))
            .map(|l| l.sources.clone())
            .unwrap_or_default()
    }

    /// The fallback chain of `tag`: see [`Catalog::chain_with`].
    pub fn chain(&self, tag: &str) -> Vec<String> {
        self.chain_with(tag, &[])
    }

    /// The languages to try, in order, for a message in `tag`: the tag, its
    /// base language (`pt-BR` → `pt`), then the `-fallback` of the files, then
    /// the `extra` fallbacks a course gives as `(from, to)` pairs (for example
    /// `("quc", "es")`), each followed the same way, and `en` last. No tag
    /// appears twice, so a cycle (`a` → `b` → `a`) just ends.
    ///
    /// The chain lists tags even when the catalog has no file for them, so the
    /// app can use the same chain for a course's own texts; a [`super::Localizer`]
    /// skips the ones without messages. An invalid `tag` gives `["en"]`.
    pub fn chain_with(&self, tag: &str, extra: &[(String, String)]) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(t) = normalize_tag(tag) {
            self.visit(t, extra, &mut out);
        }
        if !out.iter().any(|t| t == DEFAULT_LANG) {
            out.push(DEFAULT_LANG.to_string());
        }
        out
    }

    fn visit(&self, tag: String, extra: &[(String, String)], out: &mut Vec<String>) {
        if out.contains(&tag) {
            return;
        }
        out.push(tag.clone());
        if let Some(base) = base_language(&tag).filter(|b| *b != tag) {
            self.visit(base, extra, out);
        }
        if let Some(f) = self.langs.get(&tag).and_then(|l| l.fallback.clone()) {
            self.visit(f, extra, out);
        }
        for (from, to) in extra {
            if normalize_tag(from).as_deref() == Some(tag.as_str())
                && let Some(to) = normalize_tag(to)
            {
                self.visit(to, extra, out);
            }
        }
    }

    /// The message ids of `tag` (after overrides) with their variables.
    pub(super) fn messages(&self, tag: &str) -> Option<&BTreeMap<String, BTreeSet<String>>> {
        self.langs.get(tag).map(|l| &l.messages)
    }
}

fn read_limited(file: &Path) -> Result<String, String> {
    let meta = std::fs::metadata(file).map_err(|e| format!("could not read the file: {e}"))?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(format!(
            "the file is {} bytes; at most {MAX_FILE_BYTES} are read",
            meta.len()
        ));
    }
    let bytes = std::fs::read(file).map_err(|e| format!("could not read the file: {e}"))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| "the file is not UTF-8 text; save it as UTF-8 in your editor".to_string())?;
    // A byte-order mark would make the first message id invalid.
    Ok(text.strip_prefix('\u{FEFF}').unwrap_or(&text).to_string())
}

/// 1-based line and column (in characters) of byte offset `pos`.
fn line_col(text: &str, pos: usize) -> (usize, usize) {
    let mut pos = pos.min(text.len());
    while !text.is_char_boundary(pos) {
        pos -= 1;
    }
    let before = &text[..pos];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, text[line_start..pos].chars().count() + 1)
}

/// Where to point for a parse error. The parser often notices a problem
/// (an unclosed `{`) only at the start of the next line; inside the same
/// broken entry, point at the end of the line with the problem instead.
fn error_offset(text: &str, e: &fluent_syntax::parser::ParserError) -> usize {
    let pos = e.pos.start.min(text.len());
    let entry_start = e.slice.as_ref().map_or(pos, |s| s.start);
    let mut p = pos;
    if p > entry_start && text[..p].ends_with('\n') {
        p -= 1;
        if text[..p].ends_with('\r') {
            p -= 1;
        }
    }
    p
}

/// Line and column of `needle` at the start of a line, or 1:1.
fn find_line_col(text: &str, needle: &str) -> (usize, usize) {
    if text.starts_with(needle) {
        return (1, 1);
    }
    text.find(&format!("\n{needle}"))
        .map_or((1, 1), |i| line_col(text, i + 1))
}
