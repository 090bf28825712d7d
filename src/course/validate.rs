//! Checks beyond syntax, and the step from raw structs to the trusted model.
//!
//! Every check records a [`Problem`] with the field path where it applies. The
//! loader later turns paths into line and column numbers.

use std::collections::{HashMap, VecDeque};
use std::path::{Component, Path, PathBuf};

use super::diag::{DiagKind, IdKind, Severity};
use super::locate::FieldPath;
use super::markup;
use super::model::*;
use super::raw::*;
use super::text::{Text, is_lang_code};

/// Largest asset (image) a course may reference.
pub const MAX_ASSET_BYTES: u64 = 4 * 1024 * 1024;

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
}

type Seen = HashMap<String, FieldPath>;

impl<'a> Validator<'a> {
    pub fn new(languages: &'a [String], root: &'a Path) -> Self {
        Validator {
            languages,
            root,
            kinds: Vec::new(),
            problems: Vec::new(),
        }
    }

    /// The validator for one module of a course with this manifest.
    pub fn for_course(meta: &'a CourseMeta, root: &'a Path) -> Self {
        let mut v = Validator::new(&meta.languages, root);
        v.kinds = meta.flag_kinds.iter().map(|k| k.id.clone()).collect();
        v
    }

    /// A picture inside the course folder, or an error at `path`.
    fn asset(&mut self, path: FieldPath, rel: &str) -> Option<PathBuf> {
        match check_asset(self.root, rel) {
            Ok(p) => Some(p),
            Err(kind) => {
                self.error(path, kind);
                None
            }
        }
    }

    /// A red-flag kind named in a lesson must be one `course.ron` defines.
    fn kind(&mut self, path: FieldPath, k: Option<KindName>) -> Option<String> {
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

    fn error(&mut self, path: FieldPath, kind: DiagKind) {
        self.problems.push(Problem {
            severity: Severity::Error,
            path,
            kind,
        });
    }

    fn warn(&mut self, path: FieldPath, kind: DiagKind) {
        self.problems.push(Problem {
            severity: Severity::Warning,
            path,
            kind,
        });
    }

    /// Every declared language present and non-blank; undeclared ones warned about.
    pub fn text(&mut self, path: &FieldPath, t: &Text) {
        for lang in self.languages {
            if !t.has(lang) {
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

    fn opt_text(&mut self, path: &FieldPath, t: &Option<Text>) {
        if let Some(t) = t {
            self.text(path, t);
        }
    }

    fn rich(&mut self, path: &FieldPath, t: Text) -> RichText {
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
    fn id(&mut self, path: &FieldPath, id: &str, what: IdKind, seen: &mut Seen) {
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

    fn non_empty<T>(&mut self, path: &FieldPath, v: &[T], what: &'static str) {
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
        (!self.has_errors()).then(|| CourseMeta {
            id: raw.id.clone(),
            version: raw.version,
            title: raw.title.clone(),
            description: raw.description.clone(),
            languages: raw.languages.clone(),
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

    fn source(&mut self, path: &FieldPath, s: RawSource, ids: &mut Seen) -> Source {
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

    fn lesson(
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

    fn block(&mut self, path: &FieldPath, raw: RawBlock, block_ids: &mut Seen) -> Block {
        match raw {
            RawBlock::Text { body, .. } => Block::Text(self.rich(&path.field("body"), body)),
            RawBlock::Picture {
                image,
                alt,
                caption,
            } => {
                self.text(&path.field("alt"), &alt);
                self.opt_text(&path.field("caption"), &caption);
                let image = self.asset(path.field("image"), &image).unwrap_or_default();
                Block::Picture(Picture {
                    image,
                    alt,
                    caption,
                })
            }
            RawBlock::KeyPoints { title, points, .. } => {
                self.opt_text(&path.field("title"), &title);
                self.non_empty(&path.field("points"), &points, "points");
                for (i, p) in points.iter().enumerate() {
                    self.text(&path.field("points").index(i), p);
                }
                Block::KeyPoints { title, points }
            }
            RawBlock::RedFlags { title, flags, .. } => {
                self.opt_text(&path.field("title"), &title);
                self.non_empty(&path.field("flags"), &flags, "flags");
                let flags = flags
                    .into_iter()
                    .enumerate()
                    .map(|(i, f)| {
                        let fp = path.field("flags").index(i);
                        self.text(&fp.field("text"), &f.text);
                        self.opt_text(&fp.field("why"), &f.why);
                        let kind = self.kind(fp.field("kind"), f.kind);
                        RedFlag {
                            text: f.text,
                            kind,
                            why: f.why,
                        }
                    })
                    .collect();
                Block::RedFlags { title, flags }
            }
            RawBlock::Artefact(a) => Block::Artefact(self.artefact(path, a, block_ids)),
            RawBlock::Discussion { prompt } => {
                self.text(&path.field("prompt"), &prompt);
                Block::Discussion(prompt)
            }
            RawBlock::FacilitatorNote { note } => {
                self.text(&path.field("note"), &note);
                Block::FacilitatorNote(note)
            }
            RawBlock::Scenario(s) => Block::Scenario(self.scenario(path, s, block_ids)),
        }
    }

    fn artefact(&mut self, path: &FieldPath, raw: RawArtefact, block_ids: &mut Seen) -> Artefact {
        self.id(&path.field("id"), &raw.id, IdKind::Artefact, block_ids);
        self.text(&path.field("title"), &raw.title);
        self.opt_text(&path.field("from"), &raw.from);
        let image = raw
            .image
            .as_ref()
            .and_then(|rel| self.asset(path.field("image"), rel));
        if raw.image.is_some() && raw.image_alt.is_none() {
            self.error(path.field("image"), DiagKind::MissingAlt);
        }
        self.opt_text(&path.field("image_alt"), &raw.image_alt);
        self.non_empty(&path.field("parts"), &raw.parts, "parts");
        let mut part_ids = Seen::new();
        let parts = raw
            .parts
            .into_iter()
            .enumerate()
            .map(|(i, p)| {
                let pp = path.field("parts").index(i);
                if let Some(id) = &p.id {
                    self.id(&pp.field("id"), id, IdKind::Part, &mut part_ids);
                }
                self.text(&pp.field("text"), &p.text);
                self.opt_text(&pp.field("note"), &p.note);
                let flag = self.kind(pp.field("flag"), p.flag);
                Part {
                    id: p.id,
                    sender: p.sender,
                    mine: p.mine,
                    time: p.time,
                    text: p.text,
                    flag,
                    note: p.note,
                }
            })
            .collect();
        Artefact {
            id: raw.id,
            kind: raw.kind,
            title: raw.title,
            from: raw.from,
            image,
            image_alt: raw.image_alt,
            parts,
        }
    }

    fn scenario(&mut self, path: &FieldPath, raw: RawScenario, block_ids: &mut Seen) -> Scenario {
        self.id(&path.field("id"), &raw.id, IdKind::Scenario, block_ids);
        self.text(&path.field("title"), &raw.title);
        self.opt_text(&path.field("intro"), &raw.intro);
        self.non_empty(&path.field("scenes"), &raw.scenes, "scenes");
        let image = match (&raw.image, &raw.image_alt) {
            (Some(rel), alt) => {
                if alt.is_none() {
                    self.error(path.field("image"), DiagKind::MissingAlt);
                }
                self.opt_text(&path.field("image_alt"), alt);
                self.asset(path.field("image"), rel).map(|image| Picture {
                    image,
                    alt: alt.clone().unwrap_or_default(),
                    caption: None,
                })
            }
            (None, Some(_)) => {
                self.warn(path.field("image_alt"), DiagKind::AltWithoutImage);
                None
            }
            (None, None) => None,
        };

        let mut scene_ids = Seen::new();
        let mut index: HashMap<&str, usize> = HashMap::new();
        for (i, s) in raw.scenes.iter().enumerate() {
            let sp = path.field("scenes").index(i);
            self.id(&sp.field("id"), &s.id, IdKind::Scene, &mut scene_ids);
            index.entry(s.id.as_str()).or_insert(i);
        }
        let start = match index.get(raw.start.as_str()) {
            Some(&i) => i,
            None => {
                self.error(
                    path.field("start"),
                    DiagKind::UnknownScene {
                        id: raw.start.clone(),
                    },
                );
                0
            }
        };

        let mut scenes = Vec::with_capacity(raw.scenes.len());
        let mut edges: Vec<Vec<usize>> = vec![Vec::new(); raw.scenes.len()];
        let mut is_ending = vec![false; raw.scenes.len()];
        let mut broken_links = false;
        for (i, s) in raw.scenes.iter().enumerate() {
            let sp = path.field("scenes").index(i);
            self.text(&sp.field("text"), &s.text);
            let step = match (&s.ending, s.choices.is_empty()) {
                (Some(_), false) => {
                    self.error(
                        sp.field("choices"),
                        DiagKind::EndingWithChoices {
                            scene: s.id.clone(),
                        },
                    );
                    SceneStep::Choices(Vec::new())
                }
                (None, true) => {
                    self.error(
                        sp.field("id"),
                        DiagKind::DeadEnd {
                            scene: s.id.clone(),
                        },
                    );
                    SceneStep::Choices(Vec::new())
                }
                (Some(e), true) => {
                    let ep = sp.field("ending");
                    self.text(&ep.field("title"), &e.title);
                    self.text(&ep.field("debrief"), &e.debrief);
                    is_ending[i] = true;
                    SceneStep::Ending(Ending {
                        outcome: e.outcome,
                        title: e.title.clone(),
                        debrief: e.debrief.clone(),
                    })
                }
                (None, false) => {
                    let mut out = Vec::new();
                    for (ci, c) in s.choices.iter().enumerate() {
                        let cp = sp.field("choices").index(ci);
                        self.text(&cp.field("text"), &c.text);
                        match index.get(c.goto.as_str()) {
                            Some(&to) => {
                                edges[i].push(to);
                                out.push(SceneChoice {
                                    text: c.text.clone(),
                                    goto: to,
                                });
                            }
                            None => {
                                broken_links = true;
                                self.error(
                                    cp.field("goto"),
                                    DiagKind::UnknownScene { id: c.goto.clone() },
                                )
                            }
                        }
                    }
                    SceneStep::Choices(out)
                }
            };
            scenes.push(Scene {
                id: s.id.clone(),
                text: s.text.clone(),
                step,
            });
        }

        // With a broken link the graph is incomplete: report the link, not its echoes.
        if !raw.scenes.is_empty() && !broken_links && index.contains_key(raw.start.as_str()) {
            if !is_ending.iter().any(|e| *e) {
                self.error(path.field("scenes"), DiagKind::NoEnding);
            }
            // Forward: what the learner can reach from the start.
            let reach = bfs(start, &edges);
            // Backward: which scenes can still reach an ending.
            let mut rev: Vec<Vec<usize>> = vec![Vec::new(); edges.len()];
            for (from, tos) in edges.iter().enumerate() {
                for &to in tos {
                    rev[to].push(from);
                }
            }
            let mut can_finish = vec![false; edges.len()];
            let mut queue: VecDeque<usize> = (0..edges.len()).filter(|&i| is_ending[i]).collect();
            for &i in &queue {
                can_finish[i] = true;
            }
            while let Some(n) = queue.pop_front() {
                for &p in &rev[n] {
                    if !can_finish[p] {
                        can_finish[p] = true;
                        queue.push_back(p);
                    }
                }
            }
            for (i, s) in raw.scenes.iter().enumerate() {
                let sp = path.field("scenes").index(i).field("id");
                if !reach[i] {
                    self.error(sp, DiagKind::UnreachableScene { id: s.id.clone() });
                } else if !can_finish[i] && !s.choices.is_empty() && is_ending.iter().any(|e| *e) {
                    self.error(
                        sp,
                        DiagKind::NoWayOut {
                            scene: s.id.clone(),
                        },
                    );
                }
            }
        }

        Scenario {
            id: raw.id.clone(),
            title: raw.title.clone(),
            intro: raw.intro.clone(),
            image,
            start,
            scenes,
        }
    }

    fn quiz(
        &mut self,
        path: &FieldPath,
        raw: RawQuiz,
        block_ids: &mut Seen,
        ids: &mut Seen,
    ) -> Quiz {
        if !(0..=100).contains(&raw.pass_mark) {
            self.error(
                path.field("pass_mark"),
                DiagKind::PassMark {
                    value: raw.pass_mark,
                },
            );
        }
        self.non_empty(&path.field("questions"), &raw.questions, "questions");
        let pass_mark = raw.pass_mark.clamp(0, 100) as u8;
        let questions = raw
            .questions
            .into_iter()
            .enumerate()
            .map(|(i, q)| self.question(&path.field("questions").index(i), q, ids, block_ids))
            .collect();
        Quiz {
            pass_mark,
            questions,
        }
    }

    /// The check before the lessons: copies of quiz questions, then its own.
    fn pre_check(
        &mut self,
        path: &FieldPath,
        raw: RawPreCheck,
        quiz: &Quiz,
        block_ids: &mut Seen,
        ids: &mut Seen,
    ) -> PreCheck {
        let mut questions = Vec::new();
        let mut seen = Seen::new();
        for (i, id) in raw.from_quiz.iter().enumerate() {
            let p = path.field("from_quiz").index(i);
            if let Some(first) = seen.get(id.as_str()) {
                self.error(
                    p,
                    DiagKind::DuplicateId {
                        what: IdKind::Question,
                        id: id.clone(),
                        first: first.to_string(),
                    },
                );
                continue;
            }
            seen.insert(id.clone(), p);
            match quiz.questions.iter().find(|q| q.id == *id) {
                Some(q) => questions.push(q.clone()),
                None => self.error(p, DiagKind::UnknownQuestion { id: id.clone() }),
            }
        }
        for (i, q) in raw.questions.into_iter().enumerate() {
            questions.push(self.question(&path.field("questions").index(i), q, ids, block_ids));
        }
        if questions.is_empty() {
            self.error(*path, DiagKind::EmptyList { what: "pre_check" });
        }
        PreCheck { questions }
    }

    fn question(
        &mut self,
        path: &FieldPath,
        raw: RawQuestion,
        ids: &mut Seen,
        block_ids: &mut Seen,
    ) -> Question {
        let is_single = matches!(raw, RawQuestion::Single(_));
        let (id, prompt, hint, explanation, kind) = match raw {
            RawQuestion::Single(q) | RawQuestion::Multi(q) => {
                self.common(path, &q.id, &q.prompt, &q.hint, &q.explanation, ids);
                let choices = self.choices(path, q.choices);
                let correct = choices.iter().filter(|c| c.correct).count();
                let kind = if is_single {
                    if correct != 1 {
                        self.error(
                            path.field("choices"),
                            DiagKind::SingleNeedsOneCorrect { found: correct },
                        );
                    }
                    QuestionKind::Single { choices }
                } else {
                    if correct == 0 {
                        self.error(path.field("choices"), DiagKind::MultiNeedsCorrect);
                    }
                    QuestionKind::Multi { choices }
                };
                (q.id, q.prompt, q.hint, q.explanation, kind)
            }
            RawQuestion::TrueFalse(q) => {
                self.common(path, &q.id, &q.prompt, &q.hint, &q.explanation, ids);
                self.opt_text(&path.field("true_feedback"), &q.true_feedback);
                self.opt_text(&path.field("false_feedback"), &q.false_feedback);
                let kind = QuestionKind::TrueFalse {
                    answer: q.answer,
                    true_feedback: q.true_feedback,
                    false_feedback: q.false_feedback,
                };
                (q.id, q.prompt, q.hint, q.explanation, kind)
            }
            RawQuestion::Order(q) => {
                self.common(path, &q.id, &q.prompt, &q.hint, &q.explanation, ids);
                if q.items.len() < 2 {
                    self.error(
                        path.field("items"),
                        DiagKind::TooFewChoices {
                            found: q.items.len(),
                            min: 2,
                        },
                    );
                }
                for (i, t) in q.items.iter().enumerate() {
                    self.text(&path.field("items").index(i), t);
                }
                let kind = QuestionKind::Order { items: q.items };
                (q.id, q.prompt, q.hint, q.explanation, kind)
            }
            RawQuestion::SpotFlags(q) => {
                self.common(path, &q.id, &q.prompt, &q.hint, &q.explanation, ids);
                let artefact = self.artefact(&path.field("artefact"), q.artefact, block_ids);
                let n = artefact.parts.len();
                let mut flagged = vec![false; n];
                let mut feedback: Vec<Option<Text>> = vec![None; n];
                if q.flags.is_empty() {
                    self.error(path.field("flags"), DiagKind::SpotNeedsFlags);
                }
                for (list, name, is_flag) in [(q.flags, "flags", true), (q.decoys, "decoys", false)]
                {
                    for (i, s) in list.into_iter().enumerate() {
                        let sp = path.field(name).index(i);
                        self.opt_text(&sp.field("feedback"), &s.feedback);
                        match artefact.part_index(&s.part) {
                            Some(pi) => {
                                if !is_flag && flagged[pi] {
                                    self.error(
                                        sp.field("part"),
                                        DiagKind::FlagAndDecoy { part: s.part },
                                    );
                                }
                                if is_flag {
                                    flagged[pi] = true;
                                }
                                feedback[pi] = s.feedback;
                            }
                            None => {
                                self.error(sp.field("part"), DiagKind::UnknownPart { id: s.part })
                            }
                        }
                    }
                }
                let kind = QuestionKind::SpotFlags {
                    artefact,
                    flagged,
                    feedback,
                };
                (q.id, q.prompt, q.hint, q.explanation, kind)
            }
        };
        Question {
            id,
            prompt,
            hint,
            explanation,
            kind,
        }
    }

    /// Checks the parts every question has.
    fn common(
        &mut self,
        path: &FieldPath,
        id: &str,
        prompt: &Text,
        hint: &Option<Text>,
        explanation: &Option<Text>,
        ids: &mut Seen,
    ) {
        self.id(&path.field("id"), id, IdKind::Question, ids);
        self.text(&path.field("prompt"), prompt);
        self.opt_text(&path.field("hint"), hint);
        self.opt_text(&path.field("explanation"), explanation);
    }

    fn choices(&mut self, path: &FieldPath, raw: Vec<RawChoice>) -> Vec<Choice> {
        for pin in [Pin::First, Pin::Last] {
            let pinned: Vec<usize> = raw
                .iter()
                .enumerate()
                .filter(|(_, c)| c.pin == Some(pin))
                .map(|(i, _)| i)
                .collect();
            if let [_, second, ..] = pinned[..] {
                self.error(
                    path.field("choices").index(second).field("pin"),
                    DiagKind::TwoPinned { pin },
                );
            }
        }
        if raw.len() < 2 {
            self.error(
                path.field("choices"),
                DiagKind::TooFewChoices {
                    found: raw.len(),
                    min: 2,
                },
            );
        }
        raw.into_iter()
            .enumerate()
            .map(|(i, c)| {
                let cp = path.field("choices").index(i);
                self.text(&cp.field("text"), &c.text);
                self.opt_text(&cp.field("feedback"), &c.feedback);
                Choice {
                    text: c.text,
                    correct: c.correct,
                    pin: c.pin,
                    feedback: c.feedback,
                }
            })
            .collect()
    }

    pub fn help(&mut self, raw: RawHelpFile) -> Help {
        let root = FieldPath::root().field("lines");
        self.opt_text(&FieldPath::root().field("notes"), &raw.notes);
        let mut help = Help {
            notes: raw.notes,
            ..Help::default()
        };
        for (i, entry) in raw.lines.into_iter().enumerate() {
            let lp = root.index(i);
            match entry {
                RawHelpEntry::HelpLine(l) => {
                    self.text(&lp.field("country"), &l.country);
                    self.text(&lp.field("name"), &l.name);
                    self.opt_text(&lp.field("hours"), &l.hours);
                    self.opt_text(&lp.field("notes"), &l.notes);
                    self.opt_text(&lp.field("who_should_call"), &l.who_should_call);
                    self.date(lp.field("source_checked"), &l.source_checked);
                    if let Some(d) = &l.called {
                        self.date(lp.field("called"), d);
                    }
                    if l.source.trim().is_empty() {
                        self.error(lp.field("source"), DiagKind::EmptyList { what: "source" });
                    }
                    if l.show == HelpAudience::Learners && l.confidence < Confidence::MediumHigh {
                        self.error(
                            lp.field("show"),
                            DiagKind::WeakSourceForLearners {
                                confidence: l.confidence,
                            },
                        );
                    }
                    if l.run_by.is_enforcement() && l.who_should_call.is_none() {
                        self.error(lp.field("run_by"), DiagKind::EnforcementWithoutAdvice);
                    }
                    help.lines.push(HelpLine {
                        country: l.country,
                        name: l.name,
                        number: l.number,
                        kind: l.kind,
                        operator: l.operator,
                        run_by: l.run_by,
                        hours: l.hours,
                        notes: l.notes,
                        who_should_call: l.who_should_call,
                        source: l.source,
                        confidence: l.confidence,
                        source_checked: l.source_checked,
                        called: l.called,
                        show: l.show,
                    });
                }
                RawHelpEntry::NotFound(n) => {
                    self.text(&lp.field("country"), &n.country);
                    self.text(&lp.field("note"), &n.note);
                    self.date(lp.field("source_checked"), &n.source_checked);
                    help.not_found.push(NotFound {
                        country: n.country,
                        what: n.what,
                        note: n.note,
                        source_checked: n.source_checked,
                    });
                }
            }
        }
        // Every country with a line has its emergency number, or says none was found.
        let mut countries: Vec<&Text> = Vec::new();
        for l in &help.lines {
            if !countries.contains(&&l.country) {
                countries.push(&l.country);
            }
        }
        let lang = self.languages.first().map(String::as_str).unwrap_or("en");
        for c in countries {
            let has_emergency = help
                .lines
                .iter()
                .any(|l| l.country == *c && l.kind == HelpKind::Emergency)
                || help
                    .not_found
                    .iter()
                    .any(|n| n.country == *c && n.what == Lookup::Emergency);
            let regional = help
                .lines
                .iter()
                .filter(|l| l.country == *c)
                .all(|l| l.kind == HelpKind::Web);
            if !has_emergency && !regional {
                self.warn(
                    root,
                    DiagKind::NoEmergencyEntry {
                        country: c.get(lang).to_string(),
                    },
                );
            }
        }
        help
    }

    fn date(&mut self, path: FieldPath, value: &str) {
        if !parse_date(value) {
            self.error(
                path,
                DiagKind::BadDate {
                    value: value.to_string(),
                },
            );
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

fn bfs(start: usize, edges: &[Vec<usize>]) -> Vec<bool> {
    let mut seen = vec![false; edges.len()];
    if start >= edges.len() {
        return seen;
    }
    let mut queue = VecDeque::from([start]);
    seen[start] = true;
    while let Some(n) = queue.pop_front() {
        for &m in &edges[n] {
            if !seen[m] {
                seen[m] = true;
                queue.push_back(m);
            }
        }
    }
    seen
}

/// Ids inside a lesson file: lowercase ASCII letters, digits, `-` and `_`,
/// at most 64 characters. (Ids that become file names are stricter: see
/// `crate::progress::ids`.)
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

pub fn parse_year(s: &str) -> Option<Year> {
    let s = s.trim();
    let year = |t: &str| t.parse::<u16>().ok().filter(|y| (1900..=2100).contains(y));
    if s.eq_ignore_ascii_case("n.d.") || s.eq_ignore_ascii_case("nd") {
        Some(Year::Undated)
    } else if let Some(rest) = s.strip_prefix("c.") {
        year(rest.trim()).map(Year::Circa)
    } else {
        year(s).map(Year::Known)
    }
}

pub fn parse_date(s: &str) -> bool {
    s.len() == 10 && s.parse::<jiff::civil::Date>().is_ok()
}

/// Checks that `rel` names a file inside `root`, and returns its full path.
pub fn check_asset(root: &Path, rel: &str) -> Result<PathBuf, DiagKind> {
    let p = Path::new(rel);
    let looks_absolute = p.is_absolute()
        || rel.starts_with('/')
        || rel.starts_with('\\')
        || p.components()
            .any(|c| matches!(c, Component::Prefix(_) | Component::RootDir))
        || rel.get(1..3).is_some_and(|s| s == ":\\" || s == ":/");
    if looks_absolute {
        return Err(DiagKind::AssetAbsolute { path: rel.into() });
    }
    if p.components().any(|c| matches!(c, Component::ParentDir)) || rel.contains("..\\") {
        return Err(DiagKind::AssetEscapes { path: rel.into() });
    }
    let full = root.join(p);
    let meta = match std::fs::metadata(&full) {
        Ok(m) => m,
        Err(_) => {
            // A dangling symlink is reported as escaping if it points outside.
            return Err(DiagKind::AssetMissing { path: rel.into() });
        }
    };
    // Resolve symlinks on both sides; the target must stay inside the course.
    let (Ok(canon_root), Ok(canon)) = (root.canonicalize(), full.canonicalize()) else {
        return Err(DiagKind::AssetMissing { path: rel.into() });
    };
    if !canon.starts_with(&canon_root) {
        return Err(DiagKind::AssetEscapes { path: rel.into() });
    }
    if !meta.is_file() {
        return Err(DiagKind::AssetNotFile { path: rel.into() });
    }
    if meta.len() > MAX_ASSET_BYTES {
        return Err(DiagKind::AssetTooLarge {
            path: rel.into(),
            size: meta.len(),
            limit: MAX_ASSET_BYTES,
        });
    }
    Ok(canon)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years() {
        assert_eq!(parse_year("2016"), Some(Year::Known(2016)));
        assert_eq!(parse_year("c. 2015"), Some(Year::Circa(2015)));
        assert_eq!(parse_year("n.d."), Some(Year::Undated));
        assert_eq!(parse_year("soon"), None);
        assert_eq!(parse_year("16"), None);
    }

    #[test]
    fn dates() {
        assert!(parse_date("2026-11-29"));
        assert!(!parse_date("2026-13-01"));
        assert!(!parse_date("29/11/2026"));
    }

    #[test]
    fn ids() {
        assert!(is_valid_id("fake-jobs"));
        assert!(is_valid_id("q_1"));
        assert!(!is_valid_id("Fake"));
        assert!(!is_valid_id("a b"));
        assert!(!is_valid_id("ñ"));
    }

    #[test]
    fn assets_must_stay_inside() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("course");
        std::fs::create_dir_all(root.join("assets")).unwrap();
        std::fs::write(root.join("assets/a.png"), b"x").unwrap();
        std::fs::write(dir.path().join("secret.txt"), b"x").unwrap();
        assert!(check_asset(&root, "assets/a.png").is_ok());
        assert!(matches!(
            check_asset(&root, "../secret.txt"),
            Err(DiagKind::AssetEscapes { .. })
        ));
        assert!(matches!(
            check_asset(&root, "/etc/passwd"),
            Err(DiagKind::AssetAbsolute { .. })
        ));
        assert!(matches!(
            check_asset(&root, "C:\\x.png"),
            Err(DiagKind::AssetAbsolute { .. })
        ));
        assert!(matches!(
            check_asset(&root, "assets/none.png"),
            Err(DiagKind::AssetMissing { .. })
        ));
        assert!(matches!(
            check_asset(&root, "assets"),
            Err(DiagKind::AssetNotFile { .. })
        ));
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path().join("secret.txt"), root.join("assets/link.png"))
                .unwrap();
            assert!(matches!(
                check_asset(&root, "assets/link.png"),
                Err(DiagKind::AssetEscapes { .. })
            ));
        }
    }
}
