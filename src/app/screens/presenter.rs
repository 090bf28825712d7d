//! The presenter view for workshops: the facilitator steps through a module's
//! blocks and questions; the room sees the audience view in large type, on a
//! second window (the projector) or in this one with the notes hidden.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::PathBuf;

use eframe::egui::{self, Key, RichText};
use serde::{Deserialize, Serialize};

use super::Screen;
use super::facilitator::FacCommand;
use super::module::ScenarioPlay;
use crate::app::blocks::{self, BlockState};
use crate::app::{AlertaApp, Command, Cx, S, strings, widgets};
use crate::course::{Block, Course, Lesson, Module, QuestionKind, SceneStep};
use crate::quiz::model_answer;

/// One thing shown to the room.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Block {
        lesson: usize,
        page: usize,
        block: usize,
    },
    Question(usize),
}

impl Step {
    /// The lesson and block this step shows, when it is a block of `m`.
    fn block<'m>(&self, m: &'m Module) -> Option<(&'m Lesson, &'m Block)> {
        match *self {
            Step::Block {
                lesson,
                page,
                block,
            } => {
                let l = m.lessons.get(lesson)?;
                Some((l, l.pages.get(page)?.blocks.get(block)?))
            }
            Step::Question(_) => None,
        }
    }
}

/// A tally of raised hands, kept with the session.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Tally {
    /// `q:<question id>` or `s:<scenario id>/<scene id>`.
    pub key: String,
    pub prompt: String,
    pub choices: Vec<String>,
    pub hands: Vec<u32>,
    /// For questions: which choices are right (after the reveal).
    pub correct: Vec<bool>,
}

/// The session record saved to disk.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename = "Session")]
pub struct SessionRecord {
    pub course_id: String,
    pub module: String,
    pub started: i64,
    pub ended: Option<i64>,
    pub steps_total: usize,
    pub steps_covered: usize,
    pub tallies: Vec<Tally>,
    pub notes: String,
}

pub struct Presentation {
    pub module: usize,
    pub steps: Vec<Step>,
    pub current: usize,
    pub visited: BTreeSet<usize>,
    pub revealed: BTreeSet<usize>,
    pub tallies: BTreeMap<String, Tally>,
    pub scenarios: HashMap<String, ScenarioPlay>,
    /// Single-window mode: notes showing (N toggles).
    pub show_notes: bool,
    /// The audience view is in its own window (for a projector).
    pub audience_window: bool,
    pub timer_start: i64,
    pub started: i64,
    pub ended: Option<i64>,
    pub file: PathBuf,
    pub message: Option<String>,
}

/// Steps for a module: every block a room can see, then every question.
pub fn steps(m: &Module) -> Vec<Step> {
    let mut v = Vec::new();
    for (li, l) in m.lessons.iter().enumerate() {
        for (pi, p) in l.pages.iter().enumerate() {
            for (bi, b) in p.blocks.iter().enumerate() {
                if !matches!(b, Block::FacilitatorNote(_)) {
                    v.push(Step::Block {
                        lesson: li,
                        page: pi,
                        block: bi,
                    });
                }
            }
        }
    }
    v.extend((0..m.quiz.questions.len()).map(Step::Question));
    v
}

impl Presentation {
    pub fn new(course: &Course, module: usize, now: i64, file: PathBuf) -> Self {
        let m = &course.modules[module];
        Presentation {
            module,
            steps: steps(m),
            current: 0,
            visited: BTreeSet::from([0]),
            revealed: BTreeSet::new(),
            tallies: BTreeMap::new(),
            scenarios: HashMap::new(),
            show_notes: true,
            audience_window: false,
            timer_start: now,
            started: now,
            ended: None,
            file,
            message: None,
        }
    }

    /// The choices the room can raise hands for at this step, and the tally key.
    pub fn tally_target(
        &self,
        course: &Course,
        lang: &str,
    ) -> Option<(String, String, Vec<String>, Vec<bool>)> {
        let m = &course.modules[self.module];
        match self.steps.get(self.current)? {
            Step::Question(qi) => {
                let q = &m.quiz.questions[*qi];
                let (choices, correct): (Vec<String>, Vec<bool>) = match &q.kind {
                    QuestionKind::Single { choices } | QuestionKind::Multi { choices } => choices
                        .iter()
                        .map(|c| (c.text.get(lang).to_string(), c.correct))
                        .unzip(),
                    QuestionKind::TrueFalse { answer, .. } => {
                        let (t, f) = if lang == "en" {
                            ("True", "False")
                        } else {
                            ("Verdadero", "Falso")
                        };
                        (vec![t.into(), f.into()], vec![*answer, !*answer])
                    }
                    QuestionKind::SpotFlags {
                        artefact, flagged, ..
                    } => (
                        artefact
                            .parts
                            .iter()
                            .map(|p| p.text.get(lang).to_string())
                            .collect(),
                        flagged.clone(),
                    ),
                    // Ordering has no single choice to raise hands for.
                    QuestionKind::Order { .. } => return None,
                };
                Some((
                    format!("q:{}", q.id),
                    q.prompt.get(lang).to_string(),
                    choices,
                    correct,
                ))
            }
            step @ Step::Block { .. } => {
                let Some((_, Block::Scenario(sc))) = step.block(m) else {
                    return None;
                };
                let cur = self
                    .scenarios
                    .get(&sc.id)
                    .map(|p| p.current)
                    .unwrap_or(sc.start);
                let scene = &sc.scenes[cur];
                let SceneStep::Choices(choices) = &scene.step else {
                    return None;
                };
                Some((
                    format!("s:{}/{}", sc.id, scene.id),
                    scene.text.get(lang).to_string(),
                    choices
                        .iter()
                        .map(|c| c.text.get(lang).to_string())
                        .collect(),
                    vec![false; choices.len()],
                ))
            }
        }
    }

    pub fn hands(&self, key: &str, n: usize) -> Vec<u32> {
        let mut v = self
            .tallies
            .get(key)
            .map(|t| t.hands.clone())
            .unwrap_or_default();
        v.resize(n, 0);
        v
    }

    pub fn record(&self, course: &Course, notes: &str) -> SessionRecord {
        SessionRecord {
            course_id: course.meta.id.clone(),
            module: course.modules[self.module].id.clone(),
            started: self.started,
            ended: self.ended,
            steps_total: self.steps.len(),
            steps_covered: self.visited.len(),
            tallies: self.tallies.values().cloned().collect(),
            notes: notes.to_string(),
        }
    }

    /// The FacilitatorNote and Discussion blocks on the current step's page.
    pub fn notes<'c>(&self, course: &'c Course) -> Vec<&'c Block> {
        let m = &course.modules[self.module];
        match self.steps.get(self.current) {
            Some(Step::Block { lesson, page, .. }) => m.lessons[*lesson].pages[*page]
                .blocks
                .iter()
                .filter(|b| b.facilitator_only())
                .collect(),
            _ => Vec::new(),
        }
    }
}

/// The screen's own state: the facilitator's typed notes.
#[derive(Default)]
pub struct PresenterState {
    pub session_notes: String,
}

/// Writes the session record (tallies and notes) next to the learner data.
fn save_session(app: &AlertaApp, notes: &str) -> Result<(), crate::progress::SaveError> {
    let Some(pres) = app
        .facilitator
        .as_ref()
        .and_then(|f| f.presentation.as_ref())
    else {
        return Ok(());
    };
    let rec = pres.record(&app.course, notes);
    if let Some(dir) = pres.file.parent() {
        std::fs::create_dir_all(dir).map_err(|e| crate::progress::SaveError::from_io(dir, &e))?;
    }
    let text = ron::ser::to_string_pretty(&rec, ron::ser::PrettyConfig::new().struct_names(true))
        .unwrap_or_default();
    crate::progress::store::atomic_write(&pres.file, text.as_bytes(), |f, b| {
        std::io::Write::write_all(f, b)
    })
}

/// The summary as CSV: one row per choice of every tally.
pub fn summary_csv(rec: &SessionRecord) -> Vec<u8> {
    use crate::report::csv_out::{Cell, CsvOut};
    let mut w = CsvOut::new(Vec::new());
    let _ = w.header(&["module", "step", "prompt", "choice", "hands", "correct"]);
    for t in &rec.tallies {
        for (i, c) in t.choices.iter().enumerate() {
            let correct = if t.key.starts_with("q:") {
                Cell::num(u8::from(t.correct.get(i).copied().unwrap_or(false)))
            } else {
                Cell::Num(String::new())
            };
            let _ = w.row([
                Cell::text(&rec.module),
                Cell::text(&t.key),
                Cell::text(&t.prompt),
                Cell::text(c),
                Cell::num(t.hands.get(i).copied().unwrap_or(0)),
                correct,
            ]);
        }
    }
    let _ = w.row([
        Cell::text(&rec.module),
        Cell::text("summary"),
        Cell::text("steps covered"),
        Cell::text(format!("{} of {}", rec.steps_covered, rec.steps_total)),
        Cell::num(rec.steps_covered),
        Cell::Num(String::new()),
    ]);
    if !rec.notes.trim().is_empty() {
        let _ = w.row([
            Cell::text(&rec.module),
            Cell::text("notes"),
            Cell::text(&rec.notes),
            Cell::Num(String::new()),
            Cell::Num(String::new()),
            Cell::Num(String::new()),
        ]);
    }
    w.finish().unwrap_or_default()
}

pub fn apply(app: &mut AlertaApp, cmd: FacCommand) {
    let lang = app.lang;
    let code = lang.code();
    let now = app.env.clock.now().unix;
    let notes = match &app.screen {
        Screen::Presenter(st) => st.session_notes.clone(),
        _ => String::new(),
    };
    let course = &app.course;
    let Some(pres) = app
        .facilitator
        .as_mut()
        .and_then(|f| f.presentation.as_mut())
    else {
        return;
    };
    let mut changed = false;
    match cmd {
        FacCommand::Step(d) => {
            let next = pres.current as isize + d;
            if next >= 0 && (next as usize) < pres.steps.len() {
                pres.current = next as usize;
                pres.visited.insert(pres.current);
            }
        }
        FacCommand::Reveal => {
            if matches!(pres.steps.get(pres.current), Some(Step::Question(_))) {
                pres.revealed.insert(pres.current);
                if let Some((key, _, _, correct)) = pres.tally_target(course, code)
                    && let Some(t) = pres.tallies.get_mut(&key)
                {
                    t.correct = correct;
                }
                changed = true;
            }
        }
        FacCommand::Tally { choice, delta } => {
            if let Some((key, prompt, choices, correct)) = pres.tally_target(course, code)
                && choice < choices.len()
            {
                let n = choices.len();
                let t = pres.tallies.entry(key.clone()).or_insert_with(|| Tally {
                    key,
                    prompt,
                    choices,
                    hands: vec![0; n],
                    correct: vec![false; n],
                });
                t.hands.resize(n, 0);
                let v = &mut t.hands[choice];
                *v = (*v as i64 + delta as i64).clamp(0, 999) as u32;
                if pres.revealed.contains(&pres.current) {
                    t.correct = correct;
                }
                changed = true;
            }
        }
        FacCommand::FollowMajority => {
            let m = &course.modules[pres.module];
            if let Some((_, Block::Scenario(sc))) =
                pres.steps.get(pres.current).and_then(|s| s.block(m))
                && let Some((key, _, choices, _)) = pres.tally_target(course, code)
            {
                let hands = pres.hands(&key, choices.len());
                let max = hands.iter().copied().max().unwrap_or(0);
                if max == 0 {
                    pres.message = Some(S::NoVotesYet.get(lang).into());
                } else {
                    // Ties go to the first choice with the most hands.
                    let choice = hands.iter().position(|&h| h == max).unwrap_or(0);
                    let play = pres
                        .scenarios
                        .entry(sc.id.clone())
                        .or_insert_with(|| ScenarioPlay::new(sc.start, now));
                    play.choose(sc, choice);
                    pres.message = Some(strings::fill(S::RoomVoted.get(lang), &[&choices[choice]]));
                }
            }
        }
        FacCommand::ToggleNotes => pres.show_notes = !pres.show_notes,
        FacCommand::ToggleAudienceWindow => pres.audience_window = !pres.audience_window,
        FacCommand::ResetTimer => pres.timer_start = now,
        FacCommand::EndSession => {
            pres.ended = Some(now);
            changed = true;
        }
        FacCommand::ExportSummary => {
            let rec = pres.record(course, &notes);
            let name = format!(
                "alerta-session-{}-{}.csv",
                rec.module,
                crate::progress::clock::local_date(now)
            );
            let bytes = summary_csv(&rec);
            if let Some(path) = super::facilitator::ask_save(app, S::ExportCsv, &name, "csv") {
                let msg = match crate::progress::store::atomic_write(&path, &bytes, |f, b| {
                    std::io::Write::write_all(f, b)
                }) {
                    Ok(()) => strings::fill(S::SavedTo.get(lang), &[&path.display()]),
                    Err(e) => strings::fill(S::ErrorPrefix.get(lang), &[&e]),
                };
                if let Some(p) = app
                    .facilitator
                    .as_mut()
                    .and_then(|f| f.presentation.as_mut())
                {
                    p.message = Some(msg);
                }
            }
            return;
        }
        _ => {}
    }
    if changed && let Err(e) = save_session(app, &notes) {
        let msg = strings::fill(S::ErrorPrefix.get(lang), &[&e]);
        if let Some(p) = app
            .facilitator
            .as_mut()
            .and_then(|f| f.presentation.as_mut())
        {
            p.message = Some(msg);
        }
    }
}

fn timer_text(cx: &Cx, start: i64) -> String {
    let secs = (cx.now.unix - start).max(0);
    cx.tf(S::Timer, &[&format!("{:02}:{:02}", secs / 60, secs % 60)])
}

fn step_label(cx: &Cx, course: &Course, pres: &Presentation, i: usize) -> String {
    let m = &course.modules[pres.module];
    match pres.steps.get(i) {
        Some(Step::Question(qi)) => format!(
            "{}: {}",
            cx.tf(S::QuestionOf, &[&(qi + 1), &m.quiz.questions.len()]),
            cx.c(&m.quiz.questions[*qi].prompt)
        ),
        Some(step @ Step::Block { .. }) => {
            let Some((lesson, b)) = step.block(m) else {
                return cx.t(S::NoNextStep).into();
            };
            let what = match b {
                Block::Text(t) => t
                    .get(cx.lang.code())
                    .plain()
                    .chars()
                    .take(90)
                    .collect::<String>(),
                Block::KeyPoints { .. } => cx.t(S::KeyPoints).into(),
                Block::RedFlags { .. } => cx.t(S::RedFlags).into(),
                Block::Artefact(a) => cx.c(&a.title).into(),
                Block::Picture(pic) => cx.c(&pic.alt).into(),
                Block::Discussion(t) => format!("{}: {}", cx.t(S::Discussion), cx.c(t)),
                Block::FacilitatorNote(_) => cx.t(S::FacilitatorNote).into(),
                Block::Scenario(s) => format!("{}: {}", cx.t(S::Story), cx.c(&s.title)),
            };
            format!("{} · {what}", cx.c(&lesson.title))
        }
        None => cx.t(S::NoNextStep).into(),
    }
}

/// What the room sees for the current step, at any size.
pub fn audience(ui: &mut egui::Ui, cx: &Cx, pres: &Presentation) {
    let m = &cx.course.modules[pres.module];
    let no_reveal = HashSet::new();
    match pres.steps.get(pres.current) {
        Some(step @ Step::Block { .. }) => {
            let Some((lesson, b)) = step.block(m) else {
                return;
            };
            ui.label(RichText::new(cx.c(&lesson.title)).color(cx.p.weak));
            let play = match b {
                Block::Scenario(s) => pres.scenarios.get(&s.id),
                _ => None,
            };
            let mut ignore = Vec::new();
            blocks::block(
                ui,
                cx,
                b,
                &BlockState {
                    revealed: &no_reveal,
                    scenario: play,
                    audience: true,
                },
                &mut ignore,
            );
            if let Block::Discussion(t) = b {
                widgets::note_box(ui, cx.p.note_bg, cx.p.accent, |ui| {
                    widgets::subheading(ui, &format!("💬 {}", cx.t(S::Discussion)));
                    ui.add(egui::Label::new(RichText::new(cx.c(t)).heading()).wrap());
                });
            }
        }
        Some(Step::Question(qi)) => {
            let q = &m.quiz.questions[*qi];
            let revealed = pres.revealed.contains(&pres.current);
            ui.label(
                RichText::new(cx.tf(S::QuestionOf, &[&(qi + 1), &m.quiz.questions.len()]))
                    .color(cx.p.weak),
            );
            ui.add(egui::Label::new(RichText::new(cx.c(&q.prompt)).heading().strong()).wrap());
            ui.add_space(10.0);
            let target = pres.tally_target(cx.course, cx.lang.code());
            match (&q.kind, target) {
                (QuestionKind::Order { items }, _) => {
                    let shown: Vec<usize> = if revealed {
                        (0..items.len()).collect()
                    } else {
                        (0..items.len()).rev().collect()
                    };
                    for (pos, &i) in shown.iter().enumerate() {
                        ui.label(RichText::new(format!("{}. {}", pos + 1, cx.c(&items[i]))));
                    }
                }
                (_, Some((key, _, choices, correct))) => {
                    let hands = pres.hands(&key, choices.len());
                    let total: u32 = hands.iter().sum();
                    for (i, c) in choices.iter().enumerate() {
                        let letter = (b'A' + (i as u8 % 26)) as char;
                        let right = revealed && correct[i];
                        let mark = if right { "✔ " } else { "" };
                        let color = if right { cx.p.good } else { cx.p.text };
                        // After the reveal, each choice shows its hands on the same line.
                        let count = if revealed {
                            format!("   ({})", cx.tf(S::Votes, &[&hands[i]]))
                        } else {
                            String::new()
                        };
                        ui.add(
                            egui::Label::new(
                                RichText::new(format!("{mark}{letter}. {c}{count}")).color(color),
                            )
                            .wrap(),
                        );
                        if revealed && total > 0 {
                            widgets::progress(
                                ui,
                                hands[i] as f32 / total as f32,
                                &cx.tf(S::Votes, &[&hands[i]]),
                            );
                        }
                    }
                }
                _ => {}
            }
            if revealed {
                ui.add_space(8.0);
                widgets::note_box(ui, cx.p.note_bg, cx.p.good, |ui| {
                    ui.label(RichText::new(format!(
                        "{}: {}",
                        cx.t(S::ModelAnswer),
                        super::quiz::answer_text(cx, q, &model_answer(q))
                    )));
                    if let Some(ex) = &q.explanation {
                        ui.add(egui::Label::new(RichText::new(cx.c(ex))).wrap());
                    }
                });
            }
        }
        None => {}
    }
}

/// Larger text for the room: the wider the window, the larger the type
/// (body text about 40 px on a 1920-pixel projector).
fn audience_style(ui: &mut egui::Ui) {
    let scale = (ui.available_width() / 900.0).clamp(1.4, 2.4);
    for font in ui.style_mut().text_styles.values_mut() {
        font.size *= scale;
    }
}

/// The second window, for the projector. Called every frame in facilitator mode.
pub fn audience_viewport(ctx: &egui::Context, cx: &Cx, pres: &mut Presentation) {
    if !pres.audience_window {
        return;
    }
    let mut close = false;
    ctx.show_viewport_immediate(
        egui::ViewportId::from_hash_of("alerta-audience"),
        egui::ViewportBuilder::default()
            .with_title("Alerta")
            .with_inner_size([1280.0, 720.0]),
        |ui, _class| {
            egui::CentralPanel::default()
                .frame(
                    egui::Frame::new()
                        .fill(cx.p.bg)
                        .inner_margin(egui::Margin::same(32)),
                )
                .show(ui, |ui| {
                    audience_style(ui);
                    egui::ScrollArea::vertical().show(ui, |ui| audience(ui, cx, pres));
                });
            if ui.ctx().input(|i| i.viewport().close_requested()) {
                close = true;
            }
        },
    );
    if close {
        pres.audience_window = false;
    }
}

fn controls(ui: &mut egui::Ui, cx: &Cx, pres: &Presentation, cmds: &mut Vec<Command>) {
    let fc = |c| Command::Facilitator(c);
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(
                pres.current > 0,
                egui::Button::new(format!("◀ {}", cx.t(S::Previous))),
            )
            .on_hover_text(cx.t(S::PreviousTip))
            .clicked()
        {
            cmds.push(fc(FacCommand::Step(-1)));
        }
        ui.label(cx.tf(S::PageOf, &[&(pres.current + 1), &pres.steps.len()]));
        if ui
            .add_enabled(
                pres.current + 1 < pres.steps.len(),
                egui::Button::new(format!("{} ▶", cx.t(S::Next))),
            )
            .on_hover_text(cx.t(S::NextTip))
            .clicked()
        {
            cmds.push(fc(FacCommand::Step(1)));
        }
        if matches!(pres.steps.get(pres.current), Some(Step::Question(_)))
            && !pres.revealed.contains(&pres.current)
            && widgets::primary(ui, &cx.p, cx.t(S::RevealAnswer)).clicked()
        {
            cmds.push(fc(FacCommand::Reveal));
        }
    });
    // Show of hands.
    if let Some((key, _, choices, _)) = pres.tally_target(cx.course, cx.lang.code()) {
        let hands = pres.hands(&key, choices.len());
        for (i, c) in choices.iter().enumerate() {
            let letter = (b'A' + (i as u8 % 26)) as char;
            ui.horizontal_wrapped(|ui| {
                // A hand taken away or added, named for screen readers by its choice.
                let mut hand_button = |ui: &mut egui::Ui, text: &str, name: S, delta: i32| {
                    let button = ui.button(text);
                    button.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::Button, true, cx.tf(name, &[&c]))
                    });
                    if button.clicked() {
                        cmds.push(fc(FacCommand::Tally { choice: i, delta }));
                    }
                };
                hand_button(ui, "−", S::RemoveHand, -1);
                ui.label(
                    RichText::new(format!("{:>3}", hands[i]))
                        .strong()
                        .monospace(),
                );
                hand_button(ui, "+", S::AddHand, 1);
                ui.add(egui::Label::new(format!("{letter}. {c}")).wrap());
            });
        }
        if key.starts_with("s:") && ui.button(cx.t(S::FollowMajority)).clicked() {
            cmds.push(fc(FacCommand::FollowMajority));
        }
    }
}

fn notes_panel(
    ui: &mut egui::Ui,
    cx: &Cx,
    pres: &Presentation,
    st: &mut PresenterState,
    cmds: &mut Vec<Command>,
) {
    let p = cx.p;
    ui.horizontal(|ui| {
        ui.label(RichText::new(timer_text(cx, pres.timer_start)).strong());
        if ui.button(cx.t(S::ResetTimer)).clicked() {
            cmds.push(Command::Facilitator(FacCommand::ResetTimer));
        }
    });
    if let Some(m) = &pres.message {
        let r = ui.label(RichText::new(m).color(p.accent).strong());
        widgets::live(ui, &r);
    }
    controls(ui, cx, pres, cmds);
    ui.add_space(6.0);
    for b in pres.notes(cx.course) {
        match b {
            Block::FacilitatorNote(t) => {
                widgets::note_box(ui, p.card, p.weak, |ui| {
                    ui.label(RichText::new(cx.t(S::FacilitatorNote)).strong());
                    widgets::para(ui, cx.c(t));
                });
            }
            Block::Discussion(t) => {
                widgets::note_box(ui, p.card, p.accent, |ui| {
                    ui.label(RichText::new(cx.t(S::Discussion)).strong());
                    widgets::para(ui, cx.c(t));
                });
            }
            _ => {}
        }
    }
    if matches!(pres.steps.get(pres.current), Some(Step::Question(_)))
        && !pres.revealed.contains(&pres.current)
    {
        widgets::weak(ui, &p, cx.t(S::AnswerHidden));
    }
    ui.add_space(6.0);
    ui.label(RichText::new(cx.t(S::NextStep)).strong());
    widgets::weak(ui, &p, &step_label(cx, cx.course, pres, pres.current + 1));
    ui.add_space(6.0);
    let l = ui.label(RichText::new(cx.t(S::SessionSummary)).strong());
    ui.add(
        egui::TextEdit::multiline(&mut st.session_notes)
            .desired_rows(3)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(l.id);
}

pub fn show(
    ui: &mut egui::Ui,
    cx: &Cx,
    st: &mut PresenterState,
    fac: Option<&mut super::facilitator::FacilitatorSession>,
    cmds: &mut Vec<Command>,
) {
    let Some(pres) = fac.and_then(|f| f.presentation.as_mut()) else {
        return;
    };
    let p = cx.p;
    let m = &cx.course.modules[pres.module];
    // The timer ticks once a second while presenting, and only then.
    ui.ctx()
        .request_repaint_after(std::time::Duration::from_secs(1));

    if pres.ended.is_some() {
        widgets::title(ui, cx.t(S::SessionSummary));
        ui.label(RichText::new(cx.c(&m.title)).strong());
        ui.label(cx.tf(S::Covered, &[&pres.visited.len(), &pres.steps.len()]));
        for t in pres.tallies.values() {
            widgets::card(ui, &p, |ui| {
                ui.add(egui::Label::new(RichText::new(&t.prompt).strong()).wrap());
                for (i, c) in t.choices.iter().enumerate() {
                    let mark = if t.correct.get(i).copied().unwrap_or(false) {
                        "✔ "
                    } else {
                        ""
                    };
                    ui.label(format!(
                        "{mark}{c}: {}",
                        cx.tf(S::Votes, &[&t.hands.get(i).copied().unwrap_or(0)])
                    ));
                }
            });
        }
        if !st.session_notes.trim().is_empty() {
            widgets::para(ui, &st.session_notes);
        }
        if let Some(msg) = &pres.message {
            let r = ui.label(RichText::new(msg).color(p.accent));
            widgets::live(ui, &r);
        }
        ui.horizontal_wrapped(|ui| {
            if widgets::primary(ui, &p, cx.t(S::ExportCsv)).clicked() {
                cmds.push(Command::Facilitator(FacCommand::ExportSummary));
            }
            if ui.button(cx.t(S::BackToHub)).clicked() {
                cmds.push(Command::Facilitator(FacCommand::Hub));
            }
        });
        return;
    }

    // Keys: arrows step, R reveals, N toggles the notes.
    if widgets::not_typing(ui) {
        let free = widgets::keys_free(ui);
        ui.input(|i| {
            if (free && i.key_pressed(Key::ArrowRight)) || i.key_pressed(Key::PageDown) {
                cmds.push(Command::Facilitator(FacCommand::Step(1)));
            }
            if (free && i.key_pressed(Key::ArrowLeft)) || i.key_pressed(Key::PageUp) {
                cmds.push(Command::Facilitator(FacCommand::Step(-1)));
            }
            if i.key_pressed(Key::R) {
                cmds.push(Command::Facilitator(FacCommand::Reveal));
            }
            if i.key_pressed(Key::N) {
                cmds.push(Command::Facilitator(FacCommand::ToggleNotes));
            }
        });
    }

    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(cx.c(&m.title)).strong());
        let mut second = pres.audience_window;
        if ui.checkbox(&mut second, cx.t(S::SecondWindow)).changed() {
            cmds.push(Command::Facilitator(FacCommand::ToggleAudienceWindow));
        }
        if !pres.audience_window {
            let mut notes = pres.show_notes;
            if ui.checkbox(&mut notes, cx.t(S::ToggleNotes)).changed() {
                cmds.push(Command::Facilitator(FacCommand::ToggleNotes));
            }
        }
        if ui.button(cx.t(S::EndSession)).clicked() {
            cmds.push(Command::Facilitator(FacCommand::EndSession));
        }
    });
    ui.separator();

    if pres.audience_window {
        // Presenter view: what the room sees on the left; timer, controls,
        // tallies, notes, prompts and the next step on the right.
        ui.columns(2, |cols| {
            widgets::heading(&mut cols[0], cx.t(S::CurrentStep));
            widgets::card(&mut cols[0], &p, |ui| audience(ui, cx, pres));
            notes_panel(&mut cols[1], cx, pres, st, cmds);
        });
    } else {
        // One screen: the audience view large; notes only when N is on.
        ui.scope(|ui| {
            audience_style(ui);
            audience(ui, cx, pres);
        });
        ui.add_space(12.0);
        if pres.show_notes {
            widgets::note_box(ui, p.card, p.weak, |ui| notes_panel(ui, cx, pres, st, cmds));
        } else {
            widgets::weak(ui, &p, cx.t(S::NotesHidden));
            controls(ui, cx, pres, cmds);
        }
    }
}

/// Used by tests and the summary screen: the saved session file, if any.
pub fn read_session(path: &std::path::Path) -> Option<SessionRecord> {
    ron::from_str(&std::fs::read_to_string(path).ok()?).ok()
}
