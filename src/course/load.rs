//! Reading a course directory: each file on its own, so one broken file never
//! stops the others.

use std::io::Read;
use std::path::{Path, PathBuf};

use super::diag::{DiagKind, Diagnostic, Severity};
use super::help::Help;
use super::locate::{FieldPath, Outline};
use super::model::{Course, CourseMeta, FailedModule, Module};
use super::raw::{RawHelpFile, RawManifest, RawModule};
use super::text::{FallbackScope, Text};
use super::validate::{Problem, Validator};
use std::collections::BTreeMap;

/// Files larger than this are refused without being read.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;
/// How deeply a lesson file may nest before the parser gives up.
pub const MAX_NESTING: usize = 64;
pub const MANIFEST: &str = "course.ron";
pub const HELP_FILE: &str = "help.ron";

pub use super::parse::parse;

/// The course directory itself could not be used. Problems inside files are
/// diagnostics, not errors.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read the course directory {}", path.display())]
    Unreadable {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{} is not a directory", path.display())]
    NotADirectory { path: PathBuf },
}

/// A loaded course and everything worth telling its author.
#[derive(Debug)]
pub struct Loaded {
    pub course: Course,
    pub diagnostics: Vec<Diagnostic>,
    /// Problems in other files not reported because `course.ron` has errors
    /// (they are often echoes of it: a language it failed to declare).
    pub suppressed: usize,
    /// For each partly translated language (`fallbacks` in course.ron): the
    /// texts its author translated, and all the texts.
    pub coverage: BTreeMap<String, (usize, usize)>,
}

impl Loaded {
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.is_error())
    }
    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| !d.is_error())
    }
}

/// Reads a file as UTF-8 text, refusing directories, huge files and binary junk.
pub fn read_source(path: &Path) -> Result<String, Diagnostic> {
    let meta = std::fs::metadata(path)
        .map_err(|e| Diagnostic::error(path, DiagKind::Io(e.to_string())))?;
    if meta.is_dir() {
        return Err(Diagnostic::error(path, DiagKind::IsDirectory));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(Diagnostic::error(
            path,
            DiagKind::TooLarge {
                size: meta.len(),
                limit: MAX_FILE_BYTES,
            },
        ));
    }
    let file = std::fs::File::open(path)
        .map_err(|e| Diagnostic::error(path, DiagKind::Io(e.to_string())))?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // Read one byte past the limit, in case the file grew or is not a regular file.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Diagnostic::error(path, DiagKind::Io(e.to_string())))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Diagnostic::error(
            path,
            DiagKind::TooLarge {
                size: bytes.len() as u64,
                limit: MAX_FILE_BYTES,
            },
        ));
    }
    decode_utf8(path, bytes)
}

/// UTF-8 with an optional byte-order mark (Windows editors add one).
pub fn decode_utf8(path: &Path, mut bytes: Vec<u8>) -> Result<String, Diagnostic> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| {
        let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        // `good` is valid UTF-8 by construction.
        let prefix = std::str::from_utf8(good).unwrap_or("");
        let (line, col) = end_position(prefix);
        Diagnostic::error(path, DiagKind::NotUtf8).at(line, col)
    })
}

/// The 1-based line and column just after `prefix`.
fn end_position(prefix: &str) -> (usize, usize) {
    let line = 1 + prefix.matches('\n').count();
    let col = 1 + prefix.rsplit('\n').next().map_or(0, |l| l.chars().count());
    (line, col)
}

/// Turns validation problems into positioned diagnostics.
fn place(path: &Path, src: &str, problems: Vec<Problem>) -> Vec<Diagnostic> {
    if problems.is_empty() {
        return Vec::new();
    }
    let outline = Outline::scan(src);
    problems
        .into_iter()
        .map(|p| {
            let pos = outline.find(&p.path);
            Diagnostic {
                severity: p.severity,
                file: path.to_path_buf(),
                line: pos.line,
                col: pos.col,
                field: Some(p.path.to_string()).filter(|s| !s.is_empty()),
                kind: p.kind,
            }
        })
        .collect()
}

/// The outcome of loading one module file.
pub struct ModuleResult {
    pub module: Option<Module>,
    /// Enough to name a module that failed validation.
    pub id: Option<String>,
    pub title: Option<Text>,
    pub diagnostics: Vec<Diagnostic>,
    /// For each partly translated language: texts translated, texts seen.
    pub coverage: BTreeMap<String, (usize, usize)>,
}

/// Loads and validates one module file against the course's manifest.
pub fn load_module(path: &Path, meta: &CourseMeta, root: &Path) -> ModuleResult {
    let failed = |d: Diagnostic| ModuleResult {
        module: None,
        id: None,
        title: None,
        diagnostics: vec![d],
        coverage: BTreeMap::new(),
    };
    match read_source(path) {
        Ok(src) => module_from_source(path, &src, meta, root),
        Err(d) => failed(d),
    }
}

/// Parses and validates module text that is already in memory.
pub fn module_from_source(path: &Path, src: &str, meta: &CourseMeta, root: &Path) -> ModuleResult {
    let parsed = {
        let _scope = FallbackScope::new(&meta.fallbacks);
        parse::<RawModule>(path, src)
    };
    let raw = match parsed {
        Ok(r) => r,
        Err(d) => {
            return ModuleResult {
                module: None,
                id: None,
                title: None,
                diagnostics: vec![d],
                coverage: BTreeMap::new(),
            };
        }
    };
    let mut v = Validator::for_course(meta, root);
    let (id, title) = (raw.id.clone(), raw.title.clone());
    let module = v.module(raw, path);
    if let Some(m) = &module {
        v.problems.extend(super::audit::module(m, &meta.languages));
    }
    ModuleResult {
        module,
        id: Some(id),
        title: Some(title),
        diagnostics: place(path, src, v.problems),
        coverage: v.coverage,
    }
}

/// Adds one file's translation counts to the course's.
fn add_coverage(
    total: &mut BTreeMap<String, (usize, usize)>,
    part: BTreeMap<String, (usize, usize)>,
) {
    for (lang, (have, seen)) in part {
        let t = total.entry(lang).or_default();
        t.0 += have;
        t.1 += seen;
    }
}

fn fallback_meta(dir: &Path, src: Option<&str>) -> CourseMeta {
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "course".into());
    let mut meta = CourseMeta::basic(&name, Text::en_es(&name, &name), &["en", "es"]);
    // Check the modules against what course.ron says, as far as it can be read.
    if let Some(langs) = src.and_then(declared_languages) {
        meta.languages = langs;
    }
    meta
}

/// The `languages: [...]` list of a course.ron that does not parse, if it
/// can be read on its own.
fn declared_languages(src: &str) -> Option<Vec<String>> {
    let list = src.match_indices("languages").find_map(|(i, _)| {
        let rest = &src[i + "languages".len()..];
        let rest = rest
            .trim_start()
            .strip_prefix(':')?
            .trim_start()
            .strip_prefix('[')?;
        Some(&rest[..rest.find(']')?])
    })?;
    let langs: Vec<String> = list
        .split(',')
        .map(|s| s.trim().trim_matches('"').to_string())
        .filter(|s| !s.is_empty())
        .collect();
    (!langs.is_empty() && langs.iter().all(|l| super::text::is_lang_code(l))).then_some(langs)
}

/// Reads `course.ron`. Returns its meta (or a fallback) and whether it had errors.
fn load_manifest(
    dir: &Path,
    diags: &mut Vec<Diagnostic>,
    coverage: &mut BTreeMap<String, (usize, usize)>,
) -> (CourseMeta, bool) {
    let path = dir.join(MANIFEST);
    if !path.exists() {
        diags.push(Diagnostic::error(&path, DiagKind::MissingManifest));
        return (fallback_meta(dir, None), true);
    }
    let src = read_source(&path);
    let parsed = src
        .clone()
        .and_then(|src| parse::<RawManifest>(&path, &src).map(|r| (src, r)));
    match parsed {
        Err(d) => {
            diags.push(d);
            (fallback_meta(dir, src.ok().as_deref()), true)
        }
        Ok((src, mut raw)) => {
            // Its texts may borrow from a fallback it declares itself.
            if !raw.fallbacks.is_empty() {
                let pairs: Vec<(String, String)> = raw
                    .fallbacks
                    .iter()
                    .map(|(a, b)| (a.clone(), b.clone()))
                    .collect();
                let _scope = FallbackScope::new(&pairs);
                if let Ok(again) = parse::<RawManifest>(&path, &src) {
                    raw = again;
                }
            }
            let mut v = Validator::new(&raw.languages, dir);
            v.partial = raw.fallbacks.keys().cloned().collect();
            let meta = v.manifest(&raw);
            add_coverage(coverage, std::mem::take(&mut v.coverage));
            let failed = v.has_errors();
            diags.extend(place(&path, &src, v.problems));
            match meta {
                Some(m) => (m, failed),
                None => (fallback_meta(dir, Some(&src)), true),
            }
        }
    }
}

fn load_help(
    dir: &Path,
    meta: &CourseMeta,
    diags: &mut Vec<Diagnostic>,
    coverage: &mut BTreeMap<String, (usize, usize)>,
) -> Help {
    let path = dir.join(HELP_FILE);
    if !path.exists() {
        diags.push(Diagnostic::warning(&path, DiagKind::MissingHelp));
        return Help::default();
    }
    let parsed = read_source(&path).and_then(|src| {
        let _scope = FallbackScope::new(&meta.fallbacks);
        parse::<RawHelpFile>(&path, &src).map(|r| (src, r))
    });
    match parsed {
        Err(d) => {
            diags.push(d);
            Help::default()
        }
        Ok((src, raw)) => {
            let mut v = Validator::for_course(meta, dir);
            let help = v.help(raw);
            add_coverage(coverage, std::mem::take(&mut v.coverage));
            let failed = v.has_errors();
            diags.extend(place(&path, &src, v.problems));
            // A broken help file shows nothing rather than something unchecked.
            if failed { Help::default() } else { help }
        }
    }
}

/// Loads every file in `dir`. Only an unreadable directory is an `Err`.
pub fn load_dir(dir: &Path) -> Result<Loaded, LoadError> {
    let meta = std::fs::metadata(dir).map_err(|source| LoadError::Unreadable {
        path: dir.to_path_buf(),
        source,
    })?;
    if !meta.is_dir() {
        return Err(LoadError::NotADirectory {
            path: dir.to_path_buf(),
        });
    }
    let entries = std::fs::read_dir(dir).map_err(|source| LoadError::Unreadable {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut diags = Vec::new();
    let mut module_files: Vec<PathBuf> = Vec::new();
    for entry in entries {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                diags.push(Diagnostic::error(dir, DiagKind::Io(e.to_string())));
                continue;
            }
        };
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') || !name.ends_with(".ron") {
            continue;
        }
        if name == MANIFEST || name == HELP_FILE {
            continue;
        }
        module_files.push(entry.path());
    }
    module_files.sort();

    let mut coverage = BTreeMap::new();
    let (meta, manifest_failed) = load_manifest(dir, &mut diags, &mut coverage);
    let manifest_diags = diags.len();
    let help = load_help(dir, &meta, &mut diags, &mut coverage);

    if module_files.is_empty() {
        diags.push(Diagnostic::error(dir, DiagKind::NoModules));
    }

    let results = load_modules_parallel(&module_files, &meta, dir);

    let mut modules: Vec<Module> = Vec::new();
    let mut failed = Vec::new();
    let mut first_file_of: std::collections::HashMap<String, PathBuf> = Default::default();
    for (file, mut r) in module_files.into_iter().zip(results) {
        add_coverage(&mut coverage, std::mem::take(&mut r.coverage));
        if let Some(m) = &r.module {
            if let Some(first) = first_file_of.get(&m.id) {
                let dup = place(
                    &file,
                    &read_source(&file).unwrap_or_default(),
                    vec![Problem {
                        severity: Severity::Error,
                        path: FieldPath::root().field("id"),
                        kind: DiagKind::DuplicateId {
                            what: super::diag::IdKind::Module,
                            id: m.id.clone(),
                            first: first.display().to_string(),
                        },
                    }],
                );
                r.diagnostics.extend(dup);
                r.module = None;
            } else {
                first_file_of.insert(m.id.clone(), file.clone());
            }
        }
        match r.module {
            Some(m) => modules.push(m),
            None => failed.push(FailedModule {
                file: file.clone(),
                id: r.id,
                title: r.title,
                errors: r
                    .diagnostics
                    .iter()
                    .filter(|d| d.is_error())
                    .cloned()
                    .collect(),
            }),
        }
        diags.extend(r.diagnostics);
    }

    // Answer-key bias over the whole course, reported on course.ron.
    if modules.len() > 1 {
        let mut tally = super::audit::KeyTally::default();
        for m in &modules {
            tally.add(super::audit::key_tally(m, &meta.languages));
        }
        let manifest = dir.join(MANIFEST);
        for p in tally.problems(FieldPath::root(), Some(modules.len())) {
            diags.push(Diagnostic {
                severity: p.severity,
                ..Diagnostic::error(&manifest, p.kind)
            });
        }
    }

    // An error in course.ron comes first and alone: what it says (the
    // languages, the flag kinds) shapes every other check, so the rest may
    // be echoes. They are counted, and shown once it is fixed.
    let mut suppressed = 0;
    if manifest_failed {
        // Keep what is about course.ron and the folder itself.
        let later = diags.split_off(manifest_diags);
        let (keep, hide): (Vec<_>, Vec<_>) = later.into_iter().partition(|d| d.file == dir);
        suppressed = hide.len();
        diags.extend(keep);
    }
    diags.sort_by(|a, b| {
        (&a.file, a.line, a.col, a.severity).cmp(&(&b.file, b.line, b.col, b.severity))
    });
    Ok(Loaded {
        suppressed,
        coverage,
        course: Course {
            root: dir.to_path_buf(),
            meta,
            modules,
            help,
            failed,
        },
        diagnostics: diags,
    })
}

/// Parses module files on all cores; each file is independent.
fn load_modules_parallel(files: &[PathBuf], meta: &CourseMeta, root: &Path) -> Vec<ModuleResult> {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(files.len().max(1));
    if threads <= 1 || files.len() < 4 {
        return files.iter().map(|f| load_module(f, meta, root)).collect();
    }
    let chunk = files.len().div_ceil(threads);
    std::thread::scope(|s| {
        let handles: Vec<_> = files
            .chunks(chunk)
            .map(|part| {
                let h = s.spawn(move || {
                    part.iter()
                        .map(|f| load_module(f, meta, root))
                        .collect::<Vec<_>>()
                });
                (part, h)
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|(part, h)| match h.join() {
                Ok(v) => v,
                // A panic would be a bug in our own code; report it per file rather
                // than take the app down or misalign results.
                Err(_) => part
                    .iter()
                    .map(|f| ModuleResult {
                        module: None,
                        id: None,
                        title: None,
                        diagnostics: vec![Diagnostic::error(
                            f,
                            DiagKind::Io("internal error while loading this file".into()),
                        )],
                        coverage: BTreeMap::new(),
                    })
                    .collect(),
            })
            .collect()
    })
}
