//! The eframe app. Screens draw from read-only state and return commands;
//! [`AlertaApp::apply`] is the one place that changes the course of things.

pub mod blocks;
pub mod env;
pub mod screens;
pub mod session;
pub mod strings;
pub mod theme;
pub mod widgets;

use std::path::Path;
use std::time::Duration;

use eframe::egui::{self, Key};

use crate::course::{Course, Loaded, load_dir};
use crate::progress::store::{Mode, RecoveryProblem};
use crate::progress::{AppSettings, Now, ProfileError, Progress, Recovery};
pub use env::{AppEnv, Dialogs, FakeDialogs, NativeDialogs};
use screens::Screen;
use session::{Saver, Session};
pub use strings::{Lang, S};

/// Everything a screen may read.
pub struct Cx<'a> {
    pub course: &'a Course,
    pub progress: Option<&'a Progress>,
    pub lang: Lang,
    pub p: theme::Palette,
    pub facilitator: bool,
    pub now: Now,
    pub settings: &'a AppSettings,
    pub data: &'a crate::progress::DataDir,
}

impl Cx<'_> {
    pub fn t(&self, s: S) -> &'static str {
        s.get(self.lang)
    }
    pub fn tf(&self, s: S, args: &[&dyn std::fmt::Display]) -> String {
        strings::fill(s.get(self.lang), args)
    }
    /// A course text in the current language.
    pub fn c<'t>(&self, t: &'t crate::course::Text) -> &'t str {
        t.get(self.lang.code())
    }
}

/// A message shown at the top of the screen until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub text: String,
    pub error: bool,
}

/// What a screen can ask the app to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    SetLanguage(Lang),
    CreateProfile {
        name: String,
    },
    OpenProfile {
        id: String,
        pin: Option<String>,
        read_only: bool,
    },
    Guest,
    SignOut,
    EnterFacilitator {
        pin: Option<String>,
    },
    LeaveFacilitator,
    Go(screens::Nav),
    Back,
    Continue,
    AckNote {
        module: usize,
        skip_to_quiz: bool,
    },
    GoPage {
        module: usize,
        page: usize,
    },
    ToggleReveal {
        artefact: String,
    },
    ScenarioChoose {
        scenario: String,
        choice: usize,
    },
    ScenarioRestart {
        scenario: String,
    },
    QuizSubmit,
    QuizShowHint,
    QuizNext,
    QuizRetry,
    ReviewSubmit,
    ReviewNext,
    SetZoom(f32),
    SetHighContrast(bool),
    RenameProfile(String),
    SetPin(Option<String>),
    ExportProgress,
    DeleteProfile,
    DismissNotice(usize),
    QuickExit,
    Facilitator(screens::facilitator::FacCommand),
}

/// Counts presses for the quick-exit key sequences.
#[derive(Default)]
struct ExitKeys {
    shift_down: bool,
    shift_presses: Vec<f64>,
    esc_presses: Vec<f64>,
}

impl ExitKeys {
    /// Shift three times within 3 s, or Esc twice within 1 s.
    fn observe(&mut self, ctx: &egui::Context) -> bool {
        let now = ctx.input(|i| i.time);
        let mut fire = false;
        ctx.input(|i| {
            for e in &i.events {
                match e {
                    egui::Event::ModifiersChanged(m) => {
                        if m.shift && !self.shift_down {
                            self.shift_presses.push(now);
                        }
                        self.shift_down = m.shift;
                    }
                    egui::Event::Key {
                        key: Key::Escape,
                        pressed: true,
                        repeat: false,
                        ..
                    } => self.esc_presses.push(now),
                    _ => {}
                }
            }
        });
        self.shift_presses.retain(|t| now - t <= 3.0);
        self.esc_presses.retain(|t| now - t <= 1.0);
        if self.shift_presses.len() >= 3 || self.esc_presses.len() >= 2 {
            self.shift_presses.clear();
            self.esc_presses.clear();
            fire = true;
        }
        fire
    }
}

pub struct AlertaApp {
    pub env: AppEnv,
    pub course: Course,
    /// Diagnostics from loading, for the facilitator's pack screen.
    pub load_warnings: usize,
    pub settings: AppSettings,
    pub lang: Lang,
    pub session: Option<Session>,
    pub screen: Screen,
    history: Vec<Screen>,
    pub notices: Vec<Notice>,
    pub facilitator: Option<screens::facilitator::FacilitatorSession>,
    exit_keys: ExitKeys,
    /// Set when quick exit ran: the window shows nothing and closes.
    pub quitting: bool,
    data_problem: Option<String>,
    frames: u64,
    applied_zoom: f32,
    applied_contrast: Option<bool>,
    /// For the saver thread to ask for a repaint when a save fails.
    egui_ctx: Option<egui::Context>,
    /// A widget had keyboard focus at the end of the last frame.
    had_focus: bool,
    /// Quick exit asked the window to close.
    pub close_sent: bool,
    meter: Option<crate::benchkit::FrameMeter>,
}

/// Loads the course the settings point at (an installed pack), or the bundled one.
pub fn load_active_course(env: &AppEnv, settings: &AppSettings) -> Loaded {
    if let Some(id) = &settings.active_course
        && let Ok(dir) = crate::progress::ids::safe_join(&env.data.courses_dir(), id, None)
        && let Ok(l) = load_dir(&dir)
        && !l.course.modules.is_empty()
    {
        return l;
    }
    match load_dir(&env.lessons_dir) {
        Ok(l) => l,
        Err(e) => {
            // No course at all: an empty course with the reason as a failed module.
            let diag = crate::course::Diagnostic::error(
                &env.lessons_dir,
                crate::course::DiagKind::Io(e.to_string()),
            );
            Loaded {
                course: Course {
                    root: env.lessons_dir.clone(),
                    meta: crate::course::CourseMeta::basic(
                        "none",
                        crate::course::Text::en_es("Alerta", "Alerta"),
                        &["en", "es"],
                    ),
                    modules: Vec::new(),
                    help: Default::default(),
                    failed: vec![crate::course::FailedModule {
                        file: env.lessons_dir.clone(),
                        id: None,
                        title: None,
                        errors: vec![diag.clone()],
                    }],
                },
                diagnostics: vec![diag],
            }
        }
    }
}

impl AlertaApp {
    pub fn new(env: AppEnv) -> AlertaApp {
        let settings = env.data.load_settings();
        let loaded = load_active_course(&env, &settings);
        let data_problem = env.data.check_writable().err().map(|e| e.to_string());
        let lang = Lang::from_code(&settings.language);
        let mut app = AlertaApp {
            load_warnings: loaded.warnings().count(),
            course: loaded.course,
            lang,
            session: None,
            screen: Screen::Start(Default::default()),
            history: Vec::new(),
            notices: Vec::new(),
            facilitator: None,
            exit_keys: ExitKeys::default(),
            quitting: false,
            data_problem,
            frames: 0,
            applied_zoom: 0.0,
            applied_contrast: None,
            egui_ctx: None,
            had_focus: false,
            close_sent: false,
            meter: env.repaint_seconds.map(crate::benchkit::FrameMeter::new),
            settings,
            env,
        };
        if let Some(problem) = app.data_problem.clone() {
            app.notice(
                strings::fill(S::DataNotWritable.get(lang), &[&problem]),
                true,
            );
        }
        if let Some(script) = app.env.open.clone() {
            app.open_script(&script);
        }
        app
    }

    /// Opens a screen directly, for benchmarks and screenshots (`ALERTA_OPEN`).
    /// Steps are separated by commas: `lang:en`, `guest`, `profile:NAME`,
    /// `module:ID`, `page:ID:N` (N = page number from 1, or `heaviest`),
    /// `quiz:ID`, `answer:N` (pick option N and check), `reveal:ID` (show an
    /// artefact's warning signs), `choose:SCENARIO:N`, `help`, `settings`,
    /// `mistakes`, `review`, `contrast`, `facilitator`, `present:ID`, `next`,
    /// `step:N` (N steps on), `question:N` (the presentation step of question
    /// N), `tally:CHOICE:HANDS`, `reveal-answer`, `toggle-notes`, `second-window`,
    /// `classroom`, `packs`.
    pub fn open_script(&mut self, script: &str) {
        use screens::Nav;
        let module_index =
            |app: &AlertaApp, id: &str| app.course.modules.iter().position(|m| m.id == id);
        for step in script.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            let parts: Vec<&str> = step.split(':').collect();
            match parts.as_slice() {
                ["lang", l] => self.apply(Command::SetLanguage(Lang::from_code(l))),
                ["guest"] => self.apply(Command::Guest),
                ["profile", name] => {
                    let existing = self
                        .env
                        .data
                        .list_profiles()
                        .into_iter()
                        .find(|p| p.name == *name);
                    match existing {
                        Some(p) => self.apply(Command::OpenProfile {
                            id: p.id,
                            pin: None,
                            read_only: false,
                        }),
                        None => self.apply(Command::CreateProfile {
                            name: name.to_string(),
                        }),
                    }
                }
                ["module", id] => {
                    if let Some(mi) = module_index(self, id) {
                        self.apply(Command::Go(Nav::Module(mi)));
                    }
                }
                ["page", id, n] => {
                    if let Some(mi) = module_index(self, id) {
                        let page = if *n == "heaviest" {
                            screens::module::heaviest_page(&self.course.modules[mi])
                        } else {
                            n.parse::<usize>().unwrap_or(1).saturating_sub(1)
                        };
                        self.apply(Command::GoPage { module: mi, page });
                    }
                }
                ["quiz", id] => {
                    if let Some(mi) = module_index(self, id) {
                        self.apply(Command::Go(Nav::Quiz(mi)));
                    }
                }
                ["answer", n] => {
                    if let Screen::Quiz(q) = &mut self.screen {
                        let i: usize = n.parse().unwrap_or(1);
                        let layout = q.run.layouts[q.current].clone();
                        if let Some(&ci) = layout.get(i.saturating_sub(1)) {
                            q.sel.toggle(ci);
                        }
                    }
                    self.apply(Command::QuizSubmit);
                }
                ["reveal", id] => self.apply(Command::ToggleReveal {
                    artefact: id.to_string(),
                }),
                ["choose", sc, n] => self.apply(Command::ScenarioChoose {
                    scenario: sc.to_string(),
                    choice: n.parse::<usize>().unwrap_or(1).saturating_sub(1),
                }),
                ["next"] => match &self.screen {
                    Screen::Quiz(_) => self.apply(Command::QuizNext),
                    Screen::Presenter(_) => self.apply(Command::Facilitator(
                        screens::facilitator::FacCommand::Step(1),
                    )),
                    _ => {}
                },
                ["help"] => self.apply(Command::Go(Nav::Help)),
                ["settings"] => self.apply(Command::Go(Nav::Settings)),
                ["mistakes"] => self.apply(Command::Go(Nav::Mistakes)),
                ["review"] => self.apply(Command::Go(Nav::Review)),
                ["contrast"] => self.apply(Command::SetHighContrast(true)),
                ["facilitator"] => self.apply(Command::EnterFacilitator { pin: None }),
                ["present", id] => {
                    if let Some(mi) = module_index(self, id) {
                        self.apply(Command::Facilitator(
                            screens::facilitator::FacCommand::Present(mi),
                        ));
                    }
                }
                ["step", n] => {
                    for _ in 0..n.parse::<usize>().unwrap_or(0) {
                        self.apply(Command::Facilitator(
                            screens::facilitator::FacCommand::Step(1),
                        ));
                    }
                }
                ["question", n] => {
                    // Jump to the presentation step of question N (from 1).
                    let q = screens::presenter::Step::Question(
                        n.parse::<usize>().unwrap_or(1).saturating_sub(1),
                    );
                    let target = self
                        .facilitator
                        .as_ref()
                        .and_then(|f| f.presentation.as_ref())
                        .and_then(|p| {
                            p.steps
                                .iter()
                                .position(|s| *s == q)
                                .map(|t| t as isize - p.current as isize)
                        });
                    if let Some(d) = target {
                        self.apply(Command::Facilitator(
                            screens::facilitator::FacCommand::Step(d),
                        ));
                    }
                }
                ["tally", choice, hands] => {
                    for _ in 0..hands.parse::<usize>().unwrap_or(0) {
                        self.apply(Command::Facilitator(
                            screens::facilitator::FacCommand::Tally {
                                choice: choice.parse::<usize>().unwrap_or(1).saturating_sub(1),
                                delta: 1,
                            },
                        ));
                    }
                }
                ["reveal-answer"] => self.apply(Command::Facilitator(
                    screens::facilitator::FacCommand::Reveal,
                )),
                ["toggle-notes"] => self.apply(Command::Facilitator(
                    screens::facilitator::FacCommand::ToggleNotes,
                )),
                ["second-window"] => self.apply(Command::Facilitator(
                    screens::facilitator::FacCommand::ToggleAudienceWindow,
                )),
                ["classroom"] => self.apply(Command::Facilitator(
                    screens::facilitator::FacCommand::OpenClassroom,
                )),
                ["packs"] => self.apply(Command::Facilitator(
                    screens::facilitator::FacCommand::OpenPacks,
                )),
                _ => eprintln!("ALERTA_OPEN: unknown step {step:?}"),
            }
        }
    }

    /// Applies the theme before the first frame, so it never flashes.
    pub fn with_context(mut self, ctx: &egui::Context) -> Self {
        let hc = self.high_contrast();
        theme::install_fonts(ctx);
        // Pictures in artefacts are files inside the course folder (PNG).
        egui_extras::install_image_loaders(ctx);
        theme::apply(ctx, hc);
        self.applied_contrast = Some(hc);
        ctx.set_zoom_factor(self.zoom());
        self.applied_zoom = self.zoom();
        self.egui_ctx = Some(ctx.clone());
        self
    }

    pub fn now(&self) -> Now {
        self.env.clock.now()
    }

    fn repaint_fn(&self) -> impl Fn() + Send + 'static {
        let ctx = self.egui_ctx.clone();
        move || {
            if let Some(c) = &ctx {
                c.request_repaint();
            }
        }
    }

    fn notice(&mut self, text: String, error: bool) {
        if !self.notices.iter().any(|n| n.text == text) {
            self.notices.push(Notice { text, error });
        }
    }

    pub fn progress(&self) -> Option<&Progress> {
        self.session.as_ref().map(|s| &s.progress)
    }

    fn high_contrast(&self) -> bool {
        match &self.session {
            Some(s) => s.progress.settings.high_contrast,
            None => self.settings.high_contrast,
        }
    }

    fn zoom(&self) -> f32 {
        match &self.session {
            Some(s) => s.progress.settings.zoom,
            None => self.settings.zoom,
        }
    }

    fn cx(&self) -> Cx<'_> {
        self.cx_with(self.facilitator.is_some())
    }

    fn cx_with(&self, facilitator: bool) -> Cx<'_> {
        Cx {
            course: &self.course,
            progress: self.progress(),
            lang: self.lang,
            p: theme::palette(self.high_contrast()),
            facilitator,
            now: self.now(),
            settings: &self.settings,
            data: &self.env.data,
        }
    }

    /// Saves the learner's progress (in the background) and app settings.
    fn save(&mut self) {
        let now = self.now().unix;
        if let Some(s) = &mut self.session {
            s.save(now);
        }
    }

    fn save_settings(&mut self) {
        if self.data_problem.is_none() {
            let _ = self.env.data.save_settings(&self.settings);
        }
    }

    /// Counts time spent in a module since the last action, capped so that
    /// a laptop left open does not count as study.
    fn touch_module(&mut self, module: Option<usize>) {
        let now = self.now().unix;
        let Some(s) = &mut self.session else { return };
        if let (Some(mi), Some(last)) = (module, s.last_activity) {
            let secs = (now - last).clamp(0, 180) as u64;
            if secs > 0
                && let Some(m) = self.course.modules.get(mi)
            {
                let id = m.id.clone();
                s.progress.add_time(&self.course, &id, secs);
            }
        }
        s.last_activity = Some(now);
    }

    fn go(&mut self, screen: Screen) {
        let old = std::mem::replace(&mut self.screen, screen);
        if !matches!(old, Screen::Neutral) {
            self.history.push(old);
            if self.history.len() > 30 {
                self.history.remove(0);
            }
        }
    }

    /// Replaces the screen without keeping the old one for Back.
    fn replace(&mut self, screen: Screen) {
        self.screen = screen;
    }

    fn recovery_notice(&mut self, r: &Recovery) {
        let lang = self.lang;
        let text = match (&r.problem, r.restored_from) {
            (RecoveryProblem::Missing, Some(t)) => strings::fill(
                S::RecoveredMissing.get(lang),
                &[&crate::progress::clock::local_datetime(t)],
            ),
            (_, Some(t)) => strings::fill(
                S::RecoveredFrom.get(lang),
                &[&crate::progress::clock::local_datetime(t)],
            ),
            (_, None) => strings::fill(
                S::RecoveredNothing.get(lang),
                &[&r.kept_as
                    .as_ref()
                    .map(|p| p.display().to_string())
                    .unwrap_or_else(|| "-".into())],
            ),
        };
        self.notice(text, true);
    }

    fn start_session(
        &mut self,
        mut progress: Progress,
        saver: Option<Saver>,
        guest: bool,
        read_only: bool,
    ) {
        let now = self.now();
        progress.start_session(now);
        self.lang = Lang::from_code(&progress.settings.language);
        self.session = Some(Session {
            progress,
            saver,
            guest,
            read_only,
            last_activity: None,
            unsaved: false,
        });
        self.save();
        self.history.clear();
        self.replace(Screen::Home);
    }

    fn error_text(&self, e: &ProfileError) -> String {
        match e {
            ProfileError::NameTaken(_) => S::NameTaken.get(self.lang).into(),
            ProfileError::BadName => S::NameInvalid.get(self.lang).into(),
            other => strings::fill(S::ErrorPrefix.get(self.lang), &[other]),
        }
    }

    /// Applies one command. The only place that changes progress or navigation.
    pub fn apply(&mut self, cmd: Command) {
        use screens::{Nav, module, quiz, review};
        match cmd {
            Command::SetLanguage(l) => {
                self.lang = l;
                if let Some(s) = &mut self.session {
                    s.progress.settings.language = l.code().into();
                    self.save();
                } else {
                    self.settings.language = l.code().into();
                    self.save_settings();
                }
            }
            Command::CreateProfile { name } => {
                match self
                    .env
                    .data
                    .create_profile(&name, self.lang.code(), self.now())
                {
                    Ok(mut opened) => {
                        // A new profile starts with the look chosen on the first screen.
                        opened.progress.settings.zoom = self.settings.zoom;
                        opened.progress.settings.high_contrast = self.settings.high_contrast;
                        let saver = Saver::start(opened.store, self.repaint_fn());
                        self.start_session(opened.progress, Some(saver), false, false);
                    }
                    Err(e) => {
                        let msg = self.error_text(&e);
                        if let Screen::Start(st) = &mut self.screen {
                            st.error = Some(msg);
                        }
                    }
                }
            }
            Command::OpenProfile { id, pin, read_only } => {
                let mode = if read_only {
                    Mode::ReadOnly
                } else {
                    Mode::ReadWrite
                };
                match self.env.data.open_profile(&id, mode) {
                    Ok(opened) => {
                        if let Some(h) = &opened.progress.profile.pin
                            && !pin.as_deref().is_some_and(|p| h.matches(p))
                        {
                            let msg = S::WrongPin.get(self.lang).to_string();
                            if let Screen::Start(st) = &mut self.screen {
                                st.error = Some(msg);
                                st.pin_for = Some(id);
                                st.pin.clear();
                            }
                            return;
                        }
                        if let Some(r) = &opened.recovery {
                            self.recovery_notice(r);
                        }
                        let ro = opened.store.is_read_only();
                        if ro {
                            self.notice(S::ReadOnlyNotice.get(self.lang).into(), false);
                        }
                        let saver = (!ro).then(|| Saver::start(opened.store, self.repaint_fn()));
                        self.start_session(opened.progress, saver, false, ro);
                    }
                    Err(ProfileError::Locked) => {
                        if let Screen::Start(st) = &mut self.screen {
                            st.locked = Some(id);
                        }
                    }
                    Err(e) => {
                        let msg = self.error_text(&e);
                        if let Screen::Start(st) = &mut self.screen {
                            st.error = Some(msg);
                        }
                    }
                }
            }
            Command::Guest => {
                let now = self.now();
                let p = Progress::new("guest", "Guest", self.lang.code(), now);
                self.start_session(p, None, true, false);
            }
            Command::SignOut => {
                self.save();
                if let Some(s) = self.session.take()
                    && let Some(saver) = &s.saver
                {
                    saver.flush(Duration::from_secs(2));
                }
                self.history.clear();
                self.lang = Lang::from_code(&self.settings.language);
                self.replace(Screen::Start(Default::default()));
            }
            Command::EnterFacilitator { pin } => {
                let ok = match &self.settings.facilitator_pin {
                    Some(h) => pin.as_deref().is_some_and(|p| h.matches(p)),
                    None => true,
                };
                if ok {
                    self.facilitator = Some(Default::default());
                    self.history.clear();
                    self.replace(Screen::Facilitator(Default::default()));
                } else if let Screen::Start(st) = &mut self.screen {
                    st.error = Some(S::WrongPin.get(self.lang).into());
                }
            }
            Command::LeaveFacilitator => {
                self.facilitator = None;
                self.history.clear();
                self.replace(Screen::Start(Default::default()));
            }
            Command::Go(nav) => self.navigate(nav),
            Command::Back => {
                if let Some(prev) = self.history.pop() {
                    self.screen = prev;
                } else if self.session.is_some() && !matches!(self.screen, Screen::Home) {
                    self.screen = Screen::Home;
                }
            }
            Command::Continue => {
                let resume = self.progress().and_then(|p| {
                    p.course(&self.course.meta.id)
                        .and_then(|c| c.resume.clone())
                });
                match resume {
                    Some(r) => {
                        if let Some(mi) = self.course.modules.iter().position(|m| m.id == r.module)
                        {
                            match r.place {
                                crate::progress::model::Place::Quiz => self.navigate(Nav::Quiz(mi)),
                                crate::progress::model::Place::Page { lesson, page } => {
                                    let m = &self.course.modules[mi];
                                    let flat = module::flat_pages(m, self.facilitator.is_some());
                                    let idx = flat
                                        .iter()
                                        .position(|&(l, p)| m.lessons[l].id == lesson && p == page)
                                        .unwrap_or(0);
                                    let mut st = module::ModuleState::new(mi);
                                    st.view = module::View::Page(idx);
                                    self.go(Screen::Module(st));
                                    self.record_page(mi, idx);
                                }
                            }
                        }
                    }
                    None => {
                        if !self.course.modules.is_empty() {
                            self.navigate(Nav::Module(0));
                        }
                    }
                }
            }
            Command::AckNote {
                module,
                skip_to_quiz,
            } => {
                if skip_to_quiz {
                    self.navigate(Nav::Quiz(module));
                } else if let Screen::Module(st) = &mut self.screen {
                    st.view = module::View::Page(0);
                    self.record_page(module, 0);
                }
            }
            Command::GoPage { module, page } => {
                self.touch_module(Some(module));
                if let Screen::Module(st) = &mut self.screen {
                    st.view = module::View::Page(page);
                } else {
                    let mut st = module::ModuleState::new(module);
                    st.view = module::View::Page(page);
                    self.go(Screen::Module(st));
                }
                self.record_page(module, page);
            }
            Command::ToggleReveal { artefact } => {
                if let Screen::Module(st) = &mut self.screen
                    && !st.revealed.remove(&artefact)
                {
                    st.revealed.insert(artefact);
                }
            }
            Command::ScenarioChoose { scenario, choice } => {
                let now = self.now();
                let Screen::Module(st) = &mut self.screen else {
                    return;
                };
                let mi = st.module;
                let Some(sc) = self.course.modules[mi]
                    .scenarios()
                    .find(|s| s.id == scenario)
                else {
                    return;
                };
                let play = st
                    .scenarios
                    .entry(scenario.clone())
                    .or_insert_with(|| module::ScenarioPlay::new(sc.start, now.unix));
                if let Some(ending) = play.choose(sc, choice) {
                    let run = crate::progress::model::ScenarioRun {
                        module: self.course.modules[mi].id.clone(),
                        scenario: scenario.clone(),
                        path: play.path.iter().map(|&i| sc.scenes[i].id.clone()).collect(),
                        ending: Some(sc.scenes[ending].id.clone()),
                        outcome: match &sc.scenes[ending].step {
                            crate::course::SceneStep::Ending(e) => Some(e.outcome),
                            _ => None,
                        },
                        started: play.started,
                        finished: Some(now.unix),
                    };
                    if let Some(s) = &mut self.session {
                        s.progress.record_scenario(&self.course, run);
                    }
                    self.touch_module(Some(mi));
                    self.save();
                }
            }
            Command::ScenarioRestart { scenario } => {
                let now = self.now().unix;
                if let Screen::Module(st) = &mut self.screen
                    && let Some(sc) = self.course.modules[st.module]
                        .scenarios()
                        .find(|s| s.id == scenario)
                {
                    st.scenarios
                        .insert(scenario, module::ScenarioPlay::new(sc.start, now));
                }
            }
            Command::QuizSubmit => {
                let now = self.now();
                if let Screen::Quiz(q) = &mut self.screen {
                    let module = &self.course.modules[q.module];
                    quiz::submit(q, module, now.unix);
                    let mi = q.module;
                    self.touch_module(Some(mi));
                }
            }
            Command::QuizShowHint => {
                if let Screen::Quiz(q) = &mut self.screen {
                    q.hint_shown = true;
                }
            }
            Command::QuizNext => {
                let now = self.now();
                let Screen::Quiz(q) = &mut self.screen else {
                    return;
                };
                if !q.status().is_closed() {
                    return; // answer the question first
                }
                if q.current + 1 < q.run.len() {
                    q.current += 1;
                    q.reset_selection(&self.course.modules[q.module]);
                } else {
                    // Finished: record and show the results.
                    let mi = q.module;
                    let attempt = q.run.to_attempt(Some(now.unix));
                    let missed = q.run.missed();
                    let module = self.course.modules[mi].clone();
                    if let Some(s) = &mut self.session {
                        s.progress
                            .record_attempt(&self.course, &module, attempt.clone(), now);
                    }
                    self.touch_module(Some(mi));
                    self.save();
                    self.replace(Screen::Results(quiz::ResultsState {
                        module: mi,
                        attempt,
                        missed,
                    }));
                }
            }
            Command::QuizRetry => {
                let mi = match &self.screen {
                    Screen::Results(r) => r.module,
                    Screen::Quiz(q) => q.module,
                    _ => return,
                };
                self.navigate_quiz(mi, true);
            }
            Command::ReviewSubmit => {
                let now = self.now();
                if let Screen::Review(r) = &mut self.screen
                    && let Some((mi, record)) = review::submit(r, &self.course, now.unix)
                {
                    let mid = self.course.modules[mi].id.clone();
                    if let Some(s) = &mut self.session {
                        s.progress.record_review(&self.course, &record, &mid, now);
                    }
                    self.save();
                }
            }
            Command::ReviewNext => {
                if let Screen::Review(r) = &mut self.screen {
                    r.next(&self.course);
                }
            }
            Command::SetZoom(z) => {
                let z = z.clamp(0.6, 3.0);
                if let Some(s) = &mut self.session {
                    s.progress.settings.zoom = z;
                    self.save();
                } else {
                    self.settings.zoom = z;
                    self.save_settings();
                }
            }
            Command::SetHighContrast(on) => {
                if let Some(s) = &mut self.session {
                    s.progress.settings.high_contrast = on;
                    self.save();
                } else {
                    self.settings.high_contrast = on;
                    self.save_settings();
                }
            }
            Command::RenameProfile(name) => self.rename(&name),
            Command::SetPin(pin) => {
                let lang = self.lang;
                if let Some(s) = &mut self.session {
                    match pin {
                        Some(p) if !crate::progress::model::valid_pin(&p) => {
                            if let Screen::Settings(st) = &mut self.screen {
                                st.message = Some(S::PinInvalid.get(lang).into());
                            }
                            return;
                        }
                        Some(p) => match crate::progress::model::PinHash::new(&p) {
                            Ok(h) => s.progress.profile.pin = Some(h),
                            Err(e) => {
                                if let Screen::Settings(st) = &mut self.screen {
                                    st.message =
                                        Some(strings::fill(S::ErrorPrefix.get(lang), &[&e]));
                                }
                                return;
                            }
                        },
                        None => s.progress.profile.pin = None,
                    }
                    self.save();
                    if let Screen::Settings(st) = &mut self.screen {
                        st.pin_input.clear();
                        st.message = Some(S::Done.get(lang).into());
                    }
                }
            }
            Command::ExportProgress => self.export_progress(),
            Command::DeleteProfile => {
                let Some(s) = self.session.take() else { return };
                let id = s.progress.profile.id.clone();
                drop(s); // stops the saver and releases the lock first
                if let Err(e) = self.env.data.delete_profile(&id) {
                    let msg = self.error_text(&e);
                    self.notice(msg, true);
                }
                self.history.clear();
                self.replace(Screen::Start(Default::default()));
            }
            Command::DismissNotice(i) => {
                if i < self.notices.len() {
                    self.notices.remove(i);
                }
            }
            Command::QuickExit => self.quick_exit(),
            Command::Facilitator(fc) => screens::facilitator::apply(self, fc),
        }
    }

    fn record_page(&mut self, mi: usize, flat_index: usize) {
        let now = self.now();
        let m = &self.course.modules[mi];
        let flat = module_pages(m, self.facilitator.is_some());
        if let Some(&(l, p)) = flat.get(flat_index) {
            let lesson = m.lessons[l].id.clone();
            let mid = m.id.clone();
            if let Some(s) = &mut self.session {
                s.progress.record_page(&self.course, &mid, &lesson, p, now);
            }
            self.save();
        }
    }

    fn navigate(&mut self, nav: screens::Nav) {
        use screens::{Nav, module, review};
        match nav {
            Nav::Home => {
                self.history.clear();
                self.replace(if self.facilitator.is_some() && self.session.is_none() {
                    Screen::Facilitator(Default::default())
                } else if self.session.is_some() {
                    Screen::Home
                } else {
                    Screen::Start(Default::default())
                });
            }
            Nav::Module(mi) => {
                if mi < self.course.modules.len() {
                    let st = module::ModuleState::new(mi);
                    let start_on_page = self.course.modules[mi].content_note.is_none();
                    self.go(Screen::Module(st));
                    if start_on_page {
                        self.apply(Command::AckNote {
                            module: mi,
                            skip_to_quiz: false,
                        });
                    }
                }
            }
            Nav::Quiz(mi) => self.navigate_quiz(mi, false),
            Nav::Help => {
                if !matches!(self.screen, Screen::Help) {
                    self.go(Screen::Help);
                }
            }
            Nav::Settings => self.go(Screen::Settings(Default::default())),
            Nav::Mistakes => self.go(Screen::Mistakes),
            Nav::Review => {
                let now = self.now();
                let due = self
                    .progress()
                    .map(|p| p.due_reviews(&self.course, now))
                    .unwrap_or_default();
                let st = review::ReviewState::new(&self.course, &due, now.unix);
                self.go(Screen::Review(st));
            }
        }
    }

    fn navigate_quiz(&mut self, mi: usize, retry: bool) {
        let Some(m) = self.course.modules.get(mi) else {
            return;
        };
        let now = self.now();
        let attempt_no = self
            .progress()
            .map(|p| p.next_attempt_no(&self.course.meta.id, &m.id))
            .unwrap_or(1);
        let seed = now.unix as u64 ^ (attempt_no as u64) << 32 ^ fastrand::u64(..);
        let st = screens::quiz::QuizState::new(m, mi, attempt_no, seed, now.unix);
        let mid = m.id.clone();
        if let Some(s) = &mut self.session {
            s.progress.record_quiz_opened(&self.course, &mid, now);
        }
        self.save();
        if retry {
            self.replace(Screen::Quiz(st));
        } else {
            self.go(Screen::Quiz(st));
        }
    }

    fn rename(&mut self, name: &str) {
        let lang = self.lang;
        let Some(s) = &mut self.session else { return };
        if s.guest || s.read_only {
            return;
        }
        let Some(clean) = crate::progress::profiles::clean_name(name) else {
            if let Screen::Settings(st) = &mut self.screen {
                st.message = Some(S::NameInvalid.get(lang).into());
            }
            return;
        };
        let taken = self.env.data.list_profiles().iter().any(|p| {
            p.id != s.progress.profile.id && p.name.to_lowercase() == clean.to_lowercase()
        });
        if taken {
            if let Screen::Settings(st) = &mut self.screen {
                st.message = Some(S::NameTaken.get(lang).into());
            }
            return;
        }
        s.progress.profile.name = clean;
        self.save();
        if let Screen::Settings(st) = &mut self.screen {
            st.renaming = None;
            st.message = Some(S::Done.get(lang).into());
        }
    }

    fn export_progress(&mut self) {
        let now = self.now();
        let Some(s) = &self.session else { return };
        let date = crate::progress::clock::local_date(now.unix);
        let name = crate::progress::export::export_file_name(&s.progress, &date);
        let title = S::ExportProgress.get(self.lang);
        let Some(path) = self.env.dialogs.save_file(title, &name, "ron") else {
            return;
        };
        let result =
            crate::progress::export::write_export(&path, &s.progress, &self.course, now.unix);
        let msg = match result {
            Ok(()) => strings::fill(S::Exported.get(self.lang), &[&path.display()]),
            Err(e) => strings::fill(S::ErrorPrefix.get(self.lang), &[&e]),
        };
        if let Screen::Settings(st) = &mut self.screen {
            st.message = Some(msg);
        }
    }

    /// Blank the window at once, save quietly if it is quick, and close.
    fn quick_exit(&mut self) {
        self.quitting = true;
        self.screen = Screen::Neutral;
        self.history.clear();
        if let Some(s) = &mut self.session {
            let now = self.env.clock.now().unix;
            s.save(now);
            if let Some(saver) = &s.saver {
                saver.flush(Duration::from_millis(300));
            }
        }
    }

    fn poll_saves(&mut self) {
        let lang = self.lang;
        let mut failed = None;
        if let Some(s) = &mut self.session
            && let Some(saver) = &s.saver
        {
            for r in saver.poll() {
                match r {
                    Ok(()) => s.unsaved = false,
                    Err(e) => {
                        s.unsaved = true;
                        failed = Some(e);
                    }
                }
            }
        }
        if let Some(e) = failed {
            let text = strings::fill(S::SaveFailed.get(lang), &[&e]);
            self.notice(text, true);
        } else if self.session.as_ref().is_some_and(|s| !s.unsaved) {
            // A later save worked: drop stale save-failure notices.
            let prefix = S::SaveFailed
                .get(lang)
                .split("{}")
                .next()
                .unwrap_or("")
                .to_string();
            self.notices
                .retain(|n| prefix.is_empty() || !n.text.starts_with(&prefix));
        }
    }

    /// Global keys: quick exit, help, back, zoom persistence.
    fn global_keys(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let mut cmds = Vec::new();
        if self.exit_keys.observe(ctx) {
            cmds.push(Command::QuickExit);
            return cmds;
        }
        let typing = ctx.memory(|m| m.focused().is_some()) && ctx.egui_wants_keyboard_input();
        if ctx.input(|i| i.key_pressed(Key::F1)) {
            cmds.push(Command::Go(screens::Nav::Help));
        }
        if !typing
            && ctx.input(|i| i.key_pressed(Key::Escape))
            && !matches!(self.screen, Screen::Start(_))
        {
            cmds.push(Command::Back);
        }
        cmds
    }

    fn sync_style(&mut self, ctx: &egui::Context) {
        let hc = self.high_contrast();
        if self.applied_contrast != Some(hc) {
            theme::apply(ctx, hc);
            self.applied_contrast = Some(hc);
            // The new style shows from the next pass.
            ctx.request_repaint();
        }
        // Ctrl + / Ctrl − / Ctrl 0 change egui's zoom; keep it with the learner.
        let z = ctx.zoom_factor();
        if self.applied_zoom == 0.0 {
            ctx.set_zoom_factor(self.zoom());
            self.applied_zoom = self.zoom();
        } else if (z - self.applied_zoom).abs() > 0.001 {
            self.applied_zoom = z;
            self.apply(Command::SetZoom(z));
        } else if (self.zoom() - z).abs() > 0.001 {
            ctx.set_zoom_factor(self.zoom());
            self.applied_zoom = self.zoom();
        }
    }

    /// One frame: keys, screen, commands.
    pub fn frame(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if self.egui_ctx.is_none() {
            self.egui_ctx = Some(ctx.clone());
        }
        self.frames += 1;
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |n| n.set_label("Alerta"));
        if self.quitting {
            screens::neutral::show(ui, &self.cx());
            if !self.close_sent {
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                self.close_sent = true;
            }
            return;
        }
        self.poll_saves();
        self.sync_style(&ctx);
        let mut cmds = self.global_keys(&ctx);
        if cmds.contains(&Command::QuickExit) {
            self.apply(Command::QuickExit);
            screens::neutral::show(ui, &self.cx());
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            self.close_sent = true;
            return;
        }
        let mut screen = std::mem::replace(&mut self.screen, Screen::Neutral);
        let mut fac = self.facilitator.take();
        {
            let cx = self.cx_with(fac.is_some());
            screens::show(
                ui,
                &cx,
                &self.notices,
                self.session.as_ref(),
                &mut screen,
                &mut cmds,
                fac.as_mut(),
            );
        }
        self.facilitator = fac;
        // A command may have replaced the screen already (none do during drawing).
        if matches!(self.screen, Screen::Neutral) {
            self.screen = screen;
        }
        let quick = cmds.contains(&Command::QuickExit);
        for c in cmds {
            self.apply(c);
        }
        if quick {
            // Cover everything drawn this frame, before it is ever shown.
            let rect = ctx.content_rect();
            ctx.layer_painter(egui::LayerId::new(
                egui::Order::Foreground,
                egui::Id::unique("alerta-blank"),
            ))
            .rect_filled(rect, 0.0, theme::palette(false).bg);
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        if let Some(mut fac) = self.facilitator.take() {
            if let Some(pres) = &mut fac.presentation {
                screens::presenter::audience_viewport(&ctx, &self.cx(), pres);
            }
            self.facilitator = Some(fac);
        }
        self.had_focus = ctx.memory(|m| m.focused().is_some());
        if let Some(meter) = &mut self.meter {
            if meter.frame() {
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            } else {
                ctx.request_repaint();
            }
        }
        if let Some(start) = self.env.startup_timing {
            let ms = start.elapsed().as_secs_f64() * 1000.0;
            match self.frames {
                1 => {
                    println!("first frame: {ms:.1} ms");
                    ctx.request_repaint();
                }
                2 => {
                    println!("second frame: {ms:.1} ms");
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
                _ => {}
            }
        }
    }

    /// Waits for pending saves (tests and shutdown).
    pub fn flush(&mut self) {
        if let Some(s) = &self.session
            && let Some(saver) = &s.saver
        {
            saver.flush(Duration::from_secs(5));
        }
        self.poll_saves();
    }
}

fn module_pages(m: &crate::course::Module, facilitator: bool) -> Vec<(usize, usize)> {
    screens::module::flat_pages(m, facilitator)
}

impl eframe::App for AlertaApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame(ui);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.save();
        self.flush();
    }
}

/// Opens the window on the bundled course (or `--lessons DIR`).
pub fn run(lessons: &Path, data_dir: Option<&Path>) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let data = crate::progress::DataDir::resolve(data_dir);
    let mut env = AppEnv::new(lessons, data);
    if std::env::var_os("ALERTA_STARTUP_TIMING").is_some() {
        env.startup_timing = Some(crate::STARTED.get().copied().unwrap_or(started));
    }
    env.repaint_seconds = std::env::var("ALERTA_REPAINT_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok());
    env.open = std::env::var("ALERTA_OPEN").ok();
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Alerta")
            .with_app_id("alerta")
            .with_inner_size([1100.0, 760.0])
            .with_min_inner_size([640.0, 480.0]),
        renderer: eframe::Renderer::Glow,
        // Dithering costs shader work on every pixel of every frame on the
        // software renderers of old laptops; flat colours do not need it.
        dithering: false,
        ..Default::default()
    };
    eframe::run_native(
        "Alerta",
        options,
        Box::new(move |cc| Ok(Box::new(AlertaApp::new(env).with_context(&cc.egui_ctx)))),
    )
    .map_err(|e| anyhow::anyhow!("could not open the window: {e}"))
}
