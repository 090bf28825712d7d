//! The eframe app, in the shape of rerun's viewer:
//!
//! - [`state`]: plain state (what is loaded, who is learning, the screen);
//! - [`command`]: what the user asks for;
//! - [`apply`]: the one place that changes state, returning [`effect`]s;
//! - [`effect`]: the small runner that opens dialogs, writes files, speaks
//!   and closes the window, feeding answers back as commands;
//! - [`views`]: one screen per file, reading state and emitting commands.
//!
//! [`AlertaApp`] ties them to a window: each frame it reads keys, draws the
//! screen, and dispatches what the screen asked for.

pub mod apply;
pub mod artefact;
pub mod blocks;
pub mod command;
pub mod cx;
#[cfg(feature = "dev")]
pub mod dev;
#[cfg(feature = "dev")]
mod dev_meter;
pub mod effect;
pub mod env;
pub mod keys;
pub mod pickers;
pub mod question;
pub mod room;
pub mod session;
pub mod speak;
pub mod state;
pub mod strings;
pub mod theme;
pub mod views;
pub mod watch;
pub mod widgets;
pub mod words;

use std::path::Path;

use eframe::egui::{self, Key};

use crate::course::{Loaded, load_dir};
use crate::progress::AppSettings;
pub use command::{Command, FacCommand, Nav};
#[cfg(any(test, feature = "dev"))]
pub use env::FakeDialogs;
pub use env::{AppEnv, Dialogs, NativeDialogs, Repaint, Speech};
pub use state::{Notice, Screen, State};
pub use strings::{S, Words};

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
                course: crate::course::Course {
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
                suppressed: 0,
                coverage: Default::default(),
            }
        }
    }
}

/// Puts a newly loaded course in place and closes whatever no longer fits.
pub fn replace_course(st: &mut State, loaded: Loaded) {
    st.load_warnings = loaded.warnings().count();
    st.course = loaded.course;
    st.course_generation += 1;
    if !st.course.meta.languages.contains(&st.lang) && st.lang != "en" && st.lang != "es" {
        st.lang = st
            .course
            .meta
            .languages
            .first()
            .cloned()
            .unwrap_or_else(|| "es".into());
    }
    st.revalidate();
}

pub struct AlertaApp {
    pub state: State,
    pub env: AppEnv,
    keys: keys::ExitKeys,
    applied_zoom: f32,
    applied_contrast: Option<bool>,
    /// Quick exit asked the window to close.
    pub close_sent: bool,
    /// `--watch`: reloads the course when its files change.
    watcher: Option<watch::Watcher>,
    #[cfg(feature = "dev")]
    dev: dev::Dev,
}

impl AlertaApp {
    pub fn new(env: AppEnv) -> AlertaApp {
        let settings = env.data.load_settings();
        let loaded = load_active_course(&env, &settings);
        let data_problem = env.data.check_writable().err();
        let mut lang = settings.language.clone();
        if !loaded.course.meta.languages.contains(&lang) && lang != "en" && lang != "es" {
            lang = "es".into();
        }
        let state = State {
            load_warnings: loaded.warnings().count(),
            course: loaded.course,
            course_generation: 0,
            settings,
            lang,
            session: None,
            screen: Screen::Start(Default::default()),
            history: Vec::new(),
            notices: Vec::new(),
            facilitator: None,
            quitting: false,
            data_problem,
            drafts: Default::default(),
            reading: Default::default(),
            pending_certificate: None,
            pending_print: None,
        };
        let mut app = AlertaApp {
            state,
            keys: Default::default(),
            applied_zoom: 0.0,
            applied_contrast: None,
            close_sent: false,
            watcher: None,
            #[cfg(feature = "dev")]
            dev: dev::Dev::new(&env.dev),
            env,
        };
        apply::to_start(&mut app.state, &app.env);
        if let Some(problem) = app.state.data_problem.clone() {
            app.state.notice(Notice::DataNotWritable(problem));
        }
        #[cfg(feature = "dev")]
        if let Some(script) = app.env.dev.open.clone() {
            dev::open_script(&mut app, &script);
        }
        app
    }

    /// Applies the theme before the first frame, so it never flashes.
    pub fn with_context(mut self, ctx: &egui::Context) -> Self {
        let hc = self.state.high_contrast();
        theme::install_fonts(ctx);
        // Pictures in lessons are PNG files inside the course folder.
        egui_extras::install_image_loaders(ctx);
        theme::apply(ctx, hc);
        self.applied_contrast = Some(hc);
        ctx.set_zoom_factor(self.state.zoom());
        self.applied_zoom = self.state.zoom();
        let c = ctx.clone();
        self.env.repaint = Repaint::new(move || c.request_repaint());
        if self.env.watch {
            let c = ctx.clone();
            self.watcher = Some(watch::Watcher::start(&self.state.course.root, move || {
                c.request_repaint()
            }));
        }
        self
    }

    /// `--watch`: the course files changed. Loads them again; with errors,
    /// keeps what is on screen and shows the checker's messages.
    fn reload(&mut self) {
        let loaded = load_active_course(&self.env, &self.state.settings);
        self.state
            .notices
            .retain(|n| !matches!(n, Notice::Reloaded | Notice::ReloadFailed(_)));
        let errors: Vec<_> = loaded.errors().cloned().collect();
        if errors.is_empty() {
            replace_course(&mut self.state, loaded);
            self.state.notice(Notice::Reloaded);
        } else {
            self.state.notice(Notice::ReloadFailed(errors));
        }
    }

    /// Applies a command and performs its effects, and theirs, in order.
    pub fn dispatch(&mut self, cmd: Command) {
        let mut queue = std::collections::VecDeque::from([cmd]);
        // Effects answer with commands (a chosen file, a written file); a
        // bound keeps a faulty chain from looping.
        let mut budget = 64;
        while let Some(cmd) = queue.pop_front() {
            budget -= 1;
            if budget == 0 {
                break;
            }
            self.env.sync_words(&self.state);
            let effects = apply::apply(&mut self.state, &self.env, cmd);
            self.env.sync_words(&self.state);
            queue.extend(effect::perform(effects, &mut self.state, &mut self.env));
        }
    }

    /// Reads finished background saves: a failure becomes a notice, and a
    /// later success takes it away.
    fn poll_saves(&mut self) {
        let mut failed = None;
        let mut ok = false;
        if let Some(s) = &mut self.state.session
            && let Some(saver) = &s.saver
        {
            for r in saver.poll() {
                match r {
                    Ok(()) => {
                        s.unsaved = false;
                        ok = true;
                    }
                    Err(e) => {
                        s.unsaved = true;
                        failed = Some(e);
                    }
                }
            }
        }
        if let Some(e) = failed {
            self.state
                .notices
                .retain(|n| !matches!(n, Notice::SaveFailed(_)));
            self.state.notice(Notice::SaveFailed(e));
        } else if ok {
            self.state
                .notices
                .retain(|n| !matches!(n, Notice::SaveFailed(_)));
        }
    }

    fn sync_style(&mut self, ctx: &egui::Context) {
        let hc = self.state.high_contrast();
        if self.applied_contrast != Some(hc) {
            theme::apply(ctx, hc);
            self.applied_contrast = Some(hc);
            // The new style shows from the next pass.
            ctx.request_repaint();
        }
        // Ctrl + / Ctrl − / Ctrl 0 change egui's zoom; keep it with the learner.
        let z = ctx.zoom_factor();
        let want = self.state.zoom();
        if self.applied_zoom == 0.0 {
            ctx.set_zoom_factor(want);
            self.applied_zoom = want;
        } else if (z - self.applied_zoom).abs() > 0.001 {
            self.applied_zoom = z;
            self.dispatch(Command::SetZoom(z));
        } else if (want - z).abs() > 0.001 {
            ctx.set_zoom_factor(want);
            self.applied_zoom = want;
        }
    }

    /// Keys that work on every screen: F1 for help, Esc for back.
    fn global_keys(&self, ctx: &egui::Context) -> Vec<Command> {
        let mut cmds = Vec::new();
        let typing = keys::typing(ctx);
        if ctx.input(|i| i.key_pressed(Key::F1)) {
            cmds.push(Command::Go(Nav::Help));
        }
        if !typing
            && ctx.input(|i| i.key_pressed(Key::Escape))
            && !matches!(self.state.screen, Screen::Start(_))
        {
            cmds.push(Command::Back);
        }
        cmds
    }

    fn blank_and_close(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        views::neutral::show(ui);
        // Cover anything drawn this frame, before it is ever shown.
        ctx.layer_painter(egui::LayerId::new(
            egui::Order::Foreground,
            egui::Id::unique("alerta-blank"),
        ))
        .rect_filled(ctx.content_rect(), 0.0, theme::LIGHT.bg);
        if !self.close_sent {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            self.close_sent = true;
        }
    }

    /// One frame: keys, screen, commands.
    pub fn frame(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |n| n.set_label("Alerta"));
        if self.state.quitting {
            return self.blank_and_close(ui);
        }
        if self.keys.observe_ctx(&ctx) {
            self.dispatch(Command::QuickExit);
            return self.blank_and_close(ui);
        }
        self.poll_saves();
        self.sync_style(&ctx);
        if let Some(w) = &mut self.watcher
            && w.changed()
        {
            self.reload();
        }
        // The course may have changed under an open screen.
        self.state.revalidate();
        // Reading aloud ends by itself; repaint slowly only while it lasts.
        if self.state.reading.speaking {
            if self.env.speech.speaking() {
                ctx.request_repaint_after(std::time::Duration::from_millis(250));
            } else {
                self.state.reading.speaking = false;
                self.state.reading.texts.clear();
            }
        }
        let mut cmds = self.global_keys(&ctx);
        self.env.sync_words(&self.state);
        let now = self.env.clock.now();
        let voice = self.env.speech.available(&self.state.lang);
        let mut drafts = std::mem::take(&mut self.state.drafts);
        {
            let cx = cx::Cx::new(&self.state, &self.env.words, now, voice);
            views::show(ui, &cx, &mut drafts, &mut cmds);
        }
        self.state.drafts = drafts;
        for c in cmds {
            self.dispatch(c);
            if self.state.quitting {
                return self.blank_and_close(ui);
            }
        }
        if let Some(p) = self.state.presentation()
            && p.audience_window
        {
            let cx = cx::Cx::new(&self.state, &self.env.words, now, Err(S::NoVoice));
            if room::viewport(&ctx, &cx, p) {
                self.dispatch(Command::Facilitator(FacCommand::ToggleAudienceWindow));
            }
        }
        if std::mem::take(&mut self.env.close_requested) && !self.close_sent {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            self.close_sent = true;
        }
        #[cfg(feature = "dev")]
        if self.dev.frame(&ctx, &self.env.dev) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    /// Waits for pending saves (tests and shutdown).
    pub fn flush(&mut self) {
        if let Some(s) = &self.state.session
            && let Some(saver) = &s.saver
        {
            saver.flush(std::time::Duration::from_secs(5));
        }
        self.poll_saves();
    }
}

impl eframe::App for AlertaApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame(ui);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.env.speech.stop();
        if self.state.presentation().is_some() {
            let fx = vec![effect::Effect::SaveSession];
            effect::perform(fx, &mut self.state, &mut self.env);
        }
        let now = self.env.clock.now().unix;
        if let Some(s) = &mut self.state.session {
            s.save(now);
        }
        self.flush();
    }
}

/// Opens the window on the bundled course (or `--lessons DIR`).
pub fn run(lessons: &Path, data_dir: Option<&Path>, watch: bool) -> anyhow::Result<()> {
    let data = crate::progress::DataDir::resolve(data_dir);
    let mut env = AppEnv::new(lessons, data);
    env.watch = watch;
    #[cfg(feature = "dev")]
    {
        let started = crate::STARTED
            .get()
            .copied()
            .unwrap_or_else(std::time::Instant::now);
        env.dev = dev::DevOptions::from_env(started);
    }
    let icon =
        eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon/alerta-64.png")).ok();
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Alerta")
        .with_app_id("alerta")
        .with_inner_size([1100.0, 760.0])
        .with_min_inner_size([640.0, 480.0]);
    if let Some(icon) = icon {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        renderer: eframe::Renderer::Glow,
        // Dithering costs shader work on every pixel of every frame on the
        // software renderers of old laptops; flat colours do not need it.
        dithering: false,
        ..Default::default()
    };
    eframe::run_native(
        "Alerta",
        options,
        Box::new(move |cc| {
            let ctx = cc.egui_ctx.clone();
            env.speech = Box::new(env::ReaderSpeech::new(
                crate::speech::Reader::system(),
                move || ctx.request_repaint(),
            ));
            Ok(Box::new(AlertaApp::new(env).with_context(&cc.egui_ctx)))
        }),
    )
    .map_err(|e| anyhow::anyhow!("could not open the window: {e}"))
}
