//! The app's plain state: what is loaded, who is learning, which screen is
//! open, and what it shows. Views read it; only `apply` changes it.
//!
//! Screens name course items by id. After the course changes (a pack is
//! installed, the course is switched, a file is edited under `--watch`),
//! [`State::revalidate`] closes anything that no longer fits and says so.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use crate::course::pages::PageRef;
use crate::course::{Course, Diagnostic, Text};
use crate::pack::{Installed, PackError};
use crate::present::Presentation;
use crate::progress::export::ImportError;
use crate::progress::pin::PinError;
use crate::progress::{AppSettings, ProfileEntry, ProfileError, Progress, Recovery, SaveError};
use crate::quiz::run::QuizRun;
use crate::quiz::scenario::ScenarioPlay;
use crate::quiz::{Answer, Grade, QuizAttempt, Status, TryOutcome};
use crate::report::{ClassReport, Origin};

use super::command::{ClassSort, ClassTab};
use super::session::Session;

/// An error from the core, kept as data and worded in the learner's language
/// only when shown.
#[derive(Debug)]
pub enum Failure {
    Save(SaveError),
    Profile(ProfileError),
    Pin(PinError),
    Pack(PackError),
    Import(ImportError),
    /// A CSV or PDF could not be produced.
    Report(String),
}

/// A message on a screen, as data.
#[derive(Debug)]
pub enum Msg {
    Done,
    WrongPin,
    NameTaken,
    NameInvalid,
    PinInvalid,
    Failed(Failure),
    Exported(PathBuf),
    SavedTo(PathBuf),
    SavedTwo(PathBuf, PathBuf),
    PinWasReset(String),
    PackInstalled(Text),
    PackInvalid,
    CourseSwitched(Text),
    NoVotesYet,
    RoomVoted(String),
    ImportNothing,
    Imported(String),
    ImportDuplicate(String),
    ImportSameName(String),
    ImportRejected { file: String, error: ImportError },
}

/// A notice at the top of the screen until dismissed.
#[derive(Debug)]
pub enum Notice {
    DataNotWritable(SaveError),
    SaveFailed(SaveError),
    Recovered(Recovery),
    ReadOnly,
    /// The course changed under an open screen, which was closed.
    ScreenClosed,
    /// The course files changed on disk and were loaded again (`--watch`).
    Reloaded,
    /// The course files changed on disk but have errors; what was on screen stays.
    ReloadFailed(Vec<Diagnostic>),
}

impl Notice {
    pub fn is_error(&self) -> bool {
        matches!(
            self,
            Notice::DataNotWritable(_)
                | Notice::SaveFailed(_)
                | Notice::Recovered(_)
                | Notice::ReloadFailed(_)
        )
    }
}

/// Text the user is typing. Views may edit these (and only these) directly.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Drafts {
    pub new_name: String,
    pub pin: String,
    pub rename: String,
    pub new_pin: String,
    pub delete_confirm: String,
    pub session_notes: String,
    pub class_filter: String,
}

#[derive(Debug, Default)]
pub struct StartState {
    /// Profiles on this computer, read when the screen opens.
    pub profiles: Vec<ProfileEntry>,
    /// `profiles` has been read for this visit.
    pub loaded: bool,
    pub creating: bool,
    /// The profile whose PIN is being asked for.
    pub pin_for: Option<String>,
    pub error: Option<Msg>,
    /// A profile that is open in another window.
    pub locked: Option<String>,
    pub facilitator_pin: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ModuleView {
    /// The content note, with continue / skip to quiz / help.
    Note,
    Page(PageRef),
}

#[derive(Debug)]
pub struct ModuleState {
    pub module: String,
    pub view: ModuleView,
    /// Artefacts whose warning signs are showing.
    pub revealed: HashSet<String>,
    pub scenarios: HashMap<String, ScenarioPlay>,
    /// The page's "Sources" list is open.
    pub sources_open: bool,
    pub seed: u64,
}

/// What the learner has selected for the current question.
#[derive(Clone, Debug, PartialEq)]
pub enum Sel {
    Single(Option<usize>),
    Multi(std::collections::BTreeSet<usize>),
    TrueFalse(Option<bool>),
    /// Course item indices in the learner's current order.
    Order(Vec<usize>),
    Spot(std::collections::BTreeSet<usize>),
}

impl Sel {
    pub fn fresh(q: &crate::course::Question, layout: &[usize]) -> Sel {
        use crate::course::QuestionKind;
        match &q.kind {
            QuestionKind::Single { .. } => Sel::Single(None),
            QuestionKind::Multi { .. } => Sel::Multi(Default::default()),
            QuestionKind::TrueFalse { .. } => Sel::TrueFalse(None),
            QuestionKind::Order { .. } => Sel::Order(layout.to_vec()),
            QuestionKind::SpotFlags { .. } => Sel::Spot(Default::default()),
        }
    }

    /// The answer, if the learner has given enough to grade.
    pub fn answer(&self) -> Option<Answer> {
        match self {
            Sel::Single(s) => s.map(Answer::Single),
            Sel::Multi(s) => Some(Answer::Multi(s.clone())),
            Sel::TrueFalse(b) => b.map(Answer::TrueFalse),
            Sel::Order(o) => Some(Answer::Order(o.clone())),
            Sel::Spot(s) => Some(Answer::Spot(s.clone())),
        }
    }

    /// Picks or toggles option `i` (a course index; for true/false 0 = true).
    pub fn toggle(&mut self, i: usize) {
        match self {
            Sel::Single(s) => *s = Some(i),
            Sel::Multi(s) | Sel::Spot(s) => {
                if !s.remove(&i) {
                    s.insert(i);
                }
            }
            Sel::TrueFalse(b) => *b = Some(i == 0),
            Sel::Order(_) => {}
        }
    }

    pub fn swap(&mut self, a: usize, b: usize) {
        if let Sel::Order(o) = self
            && a < o.len()
            && b < o.len()
        {
            o.swap(a, b);
        }
    }
}

/// A quiz, or the check before a module's lessons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuizKind {
    Quiz,
    PreCheck,
}

#[derive(Debug)]
pub struct QuizState {
    pub module: String,
    pub kind: QuizKind,
    pub run: QuizRun,
    pub current: usize,
    pub sel: Sel,
    /// The result of the last try at the current question.
    pub outcome: Option<TryOutcome>,
    pub hint_shown: bool,
}

impl QuizState {
    pub fn status(&self) -> Status {
        self.run
            .states
            .get(self.current)
            .map(|s| s.status)
            .unwrap_or(Status::Open)
    }
}

#[derive(Debug)]
pub struct ResultsState {
    pub module: String,
    pub kind: QuizKind,
    pub attempt: QuizAttempt,
    /// Question ids not right at the first try.
    pub missed: Vec<String>,
}

#[derive(Debug)]
pub struct ReviewState {
    /// `(module id, question id)` due for review.
    pub items: Vec<(String, String)>,
    pub current: usize,
    pub layout: Vec<usize>,
    pub sel: Sel,
    pub outcome: Option<Grade>,
    pub right: usize,
    pub answered: usize,
    pub seed: u64,
}

#[derive(Debug, Default)]
pub struct SettingsState {
    pub renaming: bool,
    pub setting_pin: bool,
    pub deleting: bool,
    pub message: Option<Msg>,
}

#[derive(Debug, Default)]
pub struct FacState {
    pub profiles: Vec<ProfileEntry>,
    pub message: Option<Msg>,
    pub setting_pin: bool,
}

#[derive(Debug)]
pub struct ClassState {
    pub learners: Vec<(Origin, Progress)>,
    pub report: ClassReport,
    pub messages: Vec<Msg>,
    pub tab: ClassTab,
    pub sort: ClassSort,
}

#[derive(Debug, Default)]
pub struct PacksState {
    pub installed: Vec<Installed>,
    pub message: Option<Msg>,
    pub problems: Vec<Diagnostic>,
}

/// Where the user is.
#[derive(Debug)]
pub enum Screen {
    Start(StartState),
    Home,
    Module(ModuleState),
    Quiz(QuizState),
    Results(ResultsState),
    Mistakes,
    Review(ReviewState),
    Help,
    Settings(SettingsState),
    Facilitator(FacState),
    Presenter,
    Classroom(ClassState),
    Packs(PacksState),
    /// After quick exit: nothing but the background.
    Neutral,
}

impl Screen {
    /// The module a screen shows, if any.
    pub fn module_id(&self) -> Option<&str> {
        match self {
            Screen::Module(s) => Some(&s.module),
            Screen::Quiz(s) => Some(&s.module),
            Screen::Results(s) => Some(&s.module),
            _ => None,
        }
    }
}

/// Facilitator mode, while it is on.
#[derive(Debug, Default)]
pub struct Facilitator {
    pub presentation: Option<Presentation>,
    /// How printed material is made this session.
    pub print: PrintChoice,
    /// The presenter's last message (saved, voted, exported…).
    pub message: Option<Msg>,
}

/// The paper and the country whose help lines printed material shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PrintChoice {
    pub letter: bool,
    /// A country id from `print::countries`; `None`: the regional lines only.
    pub country: Option<String>,
}

/// A printed document waiting for a file name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PendingPrint {
    pub module: String,
    pub kind: crate::print::DocKind,
}

/// Read aloud: what the controls show.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Reading {
    pub speaking: bool,
    pub slow: bool,
    /// The texts being read, to show which control is active.
    pub texts: Vec<(String, String)>,
}

pub struct State {
    pub course: Course,
    /// Bumped every time the course is replaced.
    pub course_generation: u64,
    pub load_warnings: usize,
    pub settings: AppSettings,
    /// The language shown (a BCP-47 tag such as `es`).
    pub lang: String,
    pub session: Option<Session>,
    pub screen: Screen,
    pub history: Vec<Screen>,
    pub notices: Vec<Notice>,
    pub facilitator: Option<Facilitator>,
    /// Quick exit ran: the window shows nothing and closes.
    pub quitting: bool,
    pub data_problem: Option<SaveError>,
    pub drafts: Drafts,
    pub reading: Reading,
    /// The learner whose certificate is waiting for a file name.
    pub pending_certificate: Option<String>,
    /// The handout, quiz sheet, answer key or guide waiting for a file name.
    pub pending_print: Option<PendingPrint>,
}

impl State {
    pub fn progress(&self) -> Option<&Progress> {
        self.session.as_ref().map(|s| &s.progress)
    }

    pub fn high_contrast(&self) -> bool {
        match &self.session {
            Some(s) => s.progress.settings.high_contrast,
            None => self.settings.high_contrast,
        }
    }

    pub fn zoom(&self) -> f32 {
        match &self.session {
            Some(s) => s.progress.settings.zoom,
            None => self.settings.zoom,
        }
    }

    pub fn presentation(&self) -> Option<&Presentation> {
        self.facilitator.as_ref()?.presentation.as_ref()
    }

    pub fn notice(&mut self, n: Notice) {
        let key = format!("{n:?}");
        if !self.notices.iter().any(|x| format!("{x:?}") == key) {
            self.notices.push(n);
        }
    }

    /// Closes screens that no longer fit the course, returning to a safe
    /// screen with a notice. Returns whether anything was closed.
    pub fn revalidate(&mut self) -> bool {
        let course = &self.course;
        let fits = |s: &Screen| match s {
            Screen::Module(m) => course.module(&m.module).is_some_and(|md| match &m.view {
                ModuleView::Note => true,
                ModuleView::Page(r) => crate::course::pages::blocks(md, r).is_some(),
            }),
            Screen::Quiz(q) => course.module(&q.module).is_some_and(|md| {
                let questions = match q.kind {
                    QuizKind::Quiz => Some(&md.quiz.questions),
                    QuizKind::PreCheck => md.pre_check.as_ref().map(|p| &p.questions),
                };
                questions.is_some_and(|qs| q.run.fits(qs))
            }),
            Screen::Results(r) => course.module(&r.module).is_some(),
            Screen::Review(r) => r
                .items
                .iter()
                .all(|(m, q)| course.module(m).and_then(|m| m.question(q)).is_some()),
            Screen::Presenter => self
                .facilitator
                .as_ref()
                .and_then(|f| f.presentation.as_ref())
                .is_some_and(|p| p.fits(course)),
            _ => true,
        };
        let screen_ok = fits(&self.screen);
        let before = self.history.len();
        self.history.retain(|s| fits(s));
        let presentation_ok = self
            .facilitator
            .as_ref()
            .and_then(|f| f.presentation.as_ref())
            .is_none_or(|p| p.fits(course));
        if !presentation_ok && let Some(f) = &mut self.facilitator {
            f.presentation = None;
        }
        if screen_ok && presentation_ok {
            return before != self.history.len();
        }
        if !screen_ok {
            self.history.clear();
            self.screen = if self.session.is_some() {
                Screen::Home
            } else if self.facilitator.is_some() {
                Screen::Facilitator(FacState::default())
            } else {
                Screen::Start(StartState::default())
            };
        }
        self.notice(Notice::ScreenClosed);
        true
    }
}
