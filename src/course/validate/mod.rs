//! Checks beyond syntax, and the step from raw structs to the trusted model.
//!
//! Every check records a [`Problem`] with the field path where it applies. The
//! loader later turns paths into line and column numbers.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::diag::{DiagKind, IdKind, Severity};
use super::locate::FieldPath;
use super::markup;
use super::model::*;
use super::raw::*;
use super::text::{Text, is_lang_code};

/// A problem found by validation, before it has a line and column.
#[derive(Clone, Debug)]
pub struct Problem {
    pub severity: Severity,
    pub path: FieldPath,
    pub kind: DiagKind,
}

/// Validation context for one file.
pub struct Validator<'a> {
    pub languages: &'a [String],
    /// The course folder; assets must stay inside it.
    pub root: &'a Path,
    /// The red-flag kinds `course.ron` defines.
    pub kinds: Vec<String>,
    pub problems: Vec<Problem>,
    /// Languages that may be partly translated (they have a fallback).
    pub partial: Vec<String>,
    /// For each partial language: texts the author translated, and texts seen.
    pub coverage: std::collections::BTreeMap<String, (usize, usize)>,
}

type Seen = HashMap<String, FieldPath>;

impl<'a> Validator<'a> {
    pub fn new(languages: &'a [String], root: &'a Path) -> Self {
        Validator {
            languages,
            root,
            kinds: Vec::new(),
            problems: Vec::new(),
            partial: Vec::new(),
            coverage: Default::default(),
        }
    }

    /// The validator for one module of a course with this manifest.
    pub fn for_course(meta: &'a CourseMeta, root: &'a Path) -> Self {
        let mut v = Validator::new(&meta.languages, root);
        v.kinds = meta.flag_kinds.iter().map(|k| k.id.clone()).collect();
        v.partial = meta.fallbacks.iter().map(|(l, _)| l.clone()).collect();
        v
    }

    /// A picture inside the course folder, or an error at `path`.
    pub(super) fn asset(&mut self, path: FieldPath, rel: &str) -> Option<PathBuf> {
        match check_asset(self.root, rel) {
            Ok(p) => Some(p),
            // A missing picture loses only the picture: its description is
            // shown instead, and `--strict` still refuses the course.
            Err(kind @ DiagKind::AssetMissing { .. }) => {
                self.warn(path, kind);
                None
            }
            Err(kind) => {
                self.error(path, kind);
                None
            }
        }
    }

    /// A red-flag kind named in a lesson must be one `course.ron` defines.
    pub(super) fn kind(&mut self, path: FieldPath, k: Option<KindName>) -> Option<String> {
        let k = k?;
        if self.kinds.contains(&k.0) {
            Some(k.0)
        } else {
            let suggestion = self
                .kinds
                .iter()
                .find(|d| d.eq_ignore_ascii_case(&k.0))
                .cloned();
            self.error(
                path,
                DiagKind::UnknownFlagKind {
                    name: k.0,
                    known: self.kinds.len(),
                    suggestion,
                },
            );
            None
        }
    }

    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == Severity::Error)
    }

    pub(super) fn error(&mut self, path: FieldPath, kind: DiagKind) {
        self.problems.push(Problem {
            severity: Severity::Error,
            path,
            kind,
        });
    }

    pub(super) fn warn(&mut self, path: FieldPath, kind: DiagKind) {
        self.problems.push(Problem {
            severity: Severity::Warning,
            path,
            kind,
        });
    }

    /// Every declared language present and non-blank; undeclared ones warned about.
    pub fn text(&mut self, path: &FieldPath, t: &Text) {
        for lang in self.languages {
            if self.partial.contains(lang) {
                // Not an error: the text is borrowed from the fallback, and
                // the checker reports how much is translated.
                if t.has(lang) {
                    let c = self.coverage.entry(lang.clone()).or_default();
                    c.1 += 1;
                    if !t.is_borrowed(lang) {
                        c.0 += 1;
                    }
                }
            } else if !t.has(lang) {
                self.error(*path, DiagKind::MissingTranslation { lang: lang.clone() });
            }
        }
        for lang in t.languages() {
            if !self.languages.iter().any(|l| l == lang) {
                self.warn(
                    path.lang(lang),
                    DiagKind::UndeclaredLanguage {
                        lang: lang.to_string(),
                    },
                );
            }
        }
    }

    pub(super) fn opt_text(&mut self, path: &FieldPath, t: &Option<Text>) {
        if let Some(t) = t {
            self.text(path, t);
        }
    }

    pub(super) fn rich(&mut self, path: &FieldPath, t: Text) -> RichText {
        self.text(path, &t);
        let mut parsed = Vec::with_capacity(2);
        for (lang, s) in t.iter() {
            let mut r = markup::parse(s);
            for w in r.warnings.drain(..) {
                self.warn(path.lang(lang), DiagKind::Markup(w));
            }
            parsed.push((lang.to_string(), r));
        }
        RichText { source: t, parsed }
    }

    /// Checks an id's form and uniqueness within `seen`.
    pub(super) fn id(&mut self, path: &FieldPath, id: &str, what: IdKind, seen: &mut Seen) {
        if id.is_empty() {
            self.error(*path, DiagKind::EmptyId);
            return;
        }
        if !is_valid_id(id) {
            self.error(*path, DiagKind::BadId { id: id.to_string() });
        }
        if let Some(first) = seen.get(id) {
            self.error(
                *path,
                DiagKind::DuplicateId {
                    what,
                    id: id.to_string(),
                    first: first.to_string(),
                },
            );
        } else {
            seen.insert(id.to_string(), *path);
        }
    }

    pub(super) fn non_empty<T>(&mut self, path: &FieldPath, v: &[T], what: &'static str) {
        if v.is_empty() {
            self.error(*path, DiagKind::EmptyList { what });
        }
    }

    /// Validates `course.ron`. Build this validator with the manifest's own languages.
    pub fn manifest(&mut self, raw: &RawManifest) -> Option<CourseMeta> {
        let root = FieldPath::root();
        // The course id names the folder a pack is installed in: the strict file-id rule.
        if let Err(e) = crate::progress::ids::check_id(&raw.id) {
            self.error(root.field("id"), DiagKind::BadCourseId(e));
        }
        if raw.languages.is_empty() {
            self.error(root.field("languages"), DiagKind::NoLanguages);
        }
        for (i, l) in raw.languages.iter().enumerate() {
            if !is_lang_code(l) {
                self.error(
                    root.field("languages").index(i),
                    DiagKind::BadLanguageCode(l.clone()),
                );
            }
        }
        for (from, to) in &raw.fallbacks {
            // A fallback joins two languages of the course, and its chain ends
            // at a language that is fully translated.
            let declared = |l: &str| raw.languages.iter().any(|d| d == l);
            let mut at = to.as_str();
            let mut ends = false;
            for _ in 0..=raw.fallbacks.len() {
                match raw.fallbacks.get(at) {
                    Some(next) if at != from => at = next,
                    Some(_) => break,
                    None => {
                        ends = at != from;
                        break;
                    }
                }
            }
            if !declared(from) || !declared(to) || from == to || !ends {
                self.error(
                    root.field("fallbacks").lang(from),
                    DiagKind::BadFallback {
                        lang: from.clone(),
                        to: to.clone(),
                    },
                );
            }
        }
        self.text(&root.field("title"), &raw.title);
        self.text(&root.field("description"), &raw.description);
        self.opt_text(&root.field("tagline"), &raw.tagline);
        self.opt_text(&root.field("flag_kind_label"), &raw.flag_kind_label);
        self.opt_text(&root.field("example_caption"), &raw.example_caption);
        let mut flag_kinds: Vec<FlagKind> = Vec::new();
        for (i, k) in raw.flag_kinds.iter().enumerate() {
            let kp = root.field("flag_kinds").index(i);
            if let Some(first) = flag_kinds.iter().position(|f| f.id == k.id.0) {
                self.error(
                    kp.field("id"),
                    DiagKind::DuplicateId {
                        what: IdKind::FlagKind,
                        id: k.id.0.clone(),
                        first: root.field("flag_kinds").index(first).to_string(),
                    },
                );
            }
            self.text(&kp.field("name"), &k.name);
            let icon = k
                .icon
                .as_ref()
                .and_then(|rel| self.asset(kp.field("icon"), rel));
            flag_kinds.push(FlagKind {
                id: k.id.0.clone(),
                name: k.name.clone(),
                icon,
            });
        }
        // The meta is built from whatever is valid, even with errors (they are
        // still reported): a missing icon or translation must not take every
        // module down with it. Only unusable languages make it unusable.
        let languages: Vec<String> = raw
            .languages
            .iter()
            .filter(|l| is_lang_code(l))
            .cloned()
            .collect();
        (!languages.is_empty()).then(|| CourseMeta {
            id: raw.id.clone(),
            version: raw.version,
            title: raw.title.clone(),
            description: raw.description.clone(),
            languages,
            fallbacks: raw
                .fallbacks
                .iter()
                .map(|(a, b)| (a.clone(), b.clone()))
                .collect(),
            tagline: raw.tagline.clone(),
            flag_kinds,
            flag_kind_label: raw.flag_kind_label.clone(),
            example_caption: raw.example_caption.clone(),
        })
    }

    /// Validates one module. Returns it only if there were no errors.
    pub fn module(&mut self, raw: RawModule, file: &Path) -> Option<Module> {
        let root = FieldPath::root();
        self.id(&root.field("id"), &raw.id, IdKind::Module, &mut Seen::new());
        self.text(&root.field("title"), &raw.title);
        self.text(&root.field("summary"), &raw.summary);
        self.opt_text(&root.field("content_note"), &raw.content_note);
        if !(1..=600).contains(&raw.minutes) {
            self.error(
                root.field("minutes"),
                DiagKind::Minutes { value: raw.minutes },
            );
        }
        if raw.sources.is_empty() {
            self.warn(root.field("sources"), DiagKind::NoSources);
        }
        let mut source_ids = Seen::new();
        let sources: Vec<Source> = raw
            .sources
            .into_iter()
            .enumerate()
            .map(|(i, s)| self.source(&root.field("sources").index(i), s, &mut source_ids))
            .collect();
        let source_index: HashMap<String, usize> = sources
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.id.clone().map(|id| (id, i)))
            .collect();

        self.non_empty(&root.field("lessons"), &raw.lessons, "lessons");
        let mut lesson_ids = Seen::new();
        // Scenario and artefact ids share one namespace per module, as progress refers to them.
        let mut block_ids = Seen::new();
        let lessons: Vec<Lesson> = raw
            .lessons
            .into_iter()
            .enumerate()
            .map(|(i, l)| {
                self.lesson(
                    &root.field("lessons").index(i),
                    l,
                    &mut lesson_ids,
                    &mut block_ids,
                    &source_index,
                )
            })
            .collect();

        let mut question_ids = Seen::new();
        let quiz = self.quiz(
            &root.field("quiz"),
            raw.quiz,
            &mut block_ids,
            &mut question_ids,
        );
        let pre_check = raw.pre_check.map(|pc| {
            self.pre_check(
                &root.field("pre_check"),
                pc,
                &quiz,
                &mut block_ids,
                &mut question_ids,
            )
        });

        (!self.has_errors()).then(|| Module {
            id: raw.id,
            file: file.to_path_buf(),
            title: raw.title,
            summary: raw.summary,
            content_note: raw.content_note,
            minutes: raw.minutes.clamp(1, 600) as u32,
            sources,
            pre_check,
            lessons,
            quiz,
        })
    }

    pub(super) fn source(&mut self, path: &FieldPath, s: RawSource, ids: &mut Seen) -> Source {
        if let Some(id) = &s.id {
            self.id(&path.field("id"), id, IdKind::Source, ids);
        }
        if s.title.trim().is_empty() {
            self.error(path.field("title"), DiagKind::EmptyList { what: "title" });
        }
        let year = match parse_year(&s.year.0) {
            Some(y) => y,
            None => {
                self.error(
                    path.field("year"),
                    DiagKind::BadYear {
                        value: s.year.0.clone(),
                    },
                );
                Year::Undated
            }
        };
        Source {
            id: s.id,
            title: s.title,
            publisher: s.publisher,
            year,
            url: s.url,
            note: s.note,
        }
    }

    pub(super) fn lesson(
        &mut self,
        path: &FieldPath,
        raw: RawLesson,
        lesson_ids: &mut Seen,
        block_ids: &mut Seen,
        sources: &HashMap<String, usize>,
    ) -> Lesson {
        self.id(&path.field("id"), &raw.id, IdKind::Lesson, lesson_ids);
        self.text(&path.field("title"), &raw.title);
        self.non_empty(&path.field("pages"), &raw.pages, "pages");
        let pages = raw
            .pages
            .into_iter()
            .enumerate()
            .map(|(pi, blocks)| {
                let ppath = path.field("pages").index(pi);
                self.non_empty(&ppath, &blocks, "page");
                let mut page_sources: Vec<usize> = Vec::new();
                let blocks = blocks
                    .into_iter()
                    .enumerate()
                    .map(|(bi, b)| {
                        let bp = ppath.index(bi);
                        for (si, id) in block_sources(&b).iter().enumerate() {
                            match sources.get(id.as_str()) {
                                Some(&i) => {
                                    if !page_sources.contains(&i) {
                                        page_sources.push(i)
                                    }
                                }
                                None => self.error(
                                    bp.field("sources").index(si),
                                    DiagKind::UnknownSource { id: id.clone() },
                                ),
                            }
                        }
                        self.block(&bp, b, block_ids)
                    })
                    .collect();
                Page {
                    blocks,
                    sources: page_sources,
                }
            })
            .collect();
        Lesson {
            id: raw.id,
            title: raw.title,
            pages,
        }
    }
}

/// The source ids a block names.
fn block_sources(b: &RawBlock) -> &[String] {
    match b {
        RawBlock::Text { sources, .. }
        | RawBlock::KeyPoints { sources, .. }
        | RawBlock::RedFlags { sources, .. } => sources,
        _ => &[],
    }
}

mod blocks;
mod help;
mod paths;
mod quiz;
mod scenario;

pub use paths::{MAX_ASSET_BYTES, check_asset, is_valid_id, parse_date, parse_year};
