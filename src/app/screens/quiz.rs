//! The quiz, one question at a time, and the results.

use std::collections::BTreeSet;

use eframe::egui::{self, Key, RichText};

use super::Nav;
use super::module::number_key;
use crate::app::blocks::{self, ArtefactMode};
use crate::app::{Command, Cx, S, widgets};
use crate::course::{Module, Question, QuestionKind};
use crate::quiz::run::QuizRun;
use crate::quiz::{Answer, Mark, QuizAttempt, Status, TryOutcome, model_answer};

/// What the learner has selected for the current question.
#[derive(Clone, Debug, PartialEq)]
pub enum Sel {
    Single(Option<usize>),
    Multi(BTreeSet<usize>),
    TrueFalse(Option<bool>),
    /// Course item indices in the learner's current order.
    Order(Vec<usize>),
    Spot(BTreeSet<usize>),
}

impl Sel {
    pub fn fresh(q: &Question, layout: &[usize]) -> Sel {
        match &q.kind {
            QuestionKind::Single { .. } => Sel::Single(None),
            QuestionKind::Multi { .. } => Sel::Multi(BTreeSet::new()),
            QuestionKind::TrueFalse { .. } => Sel::TrueFalse(None),
            QuestionKind::Order { .. } => Sel::Order(layout.to_vec()),
            QuestionKind::SpotFlags { .. } => Sel::Spot(BTreeSet::new()),
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
}

pub struct QuizState {
    pub module: usize,
    pub run: QuizRun,
    pub current: usize,
    pub sel: Sel,
    /// The result of the last try at the current question.
    pub outcome: Option<TryOutcome>,
    pub hint_shown: bool,
}

impl QuizState {
    pub fn new(m: &Module, module: usize, attempt_no: u32, seed: u64, now: i64) -> Self {
        let run = QuizRun::new(m, attempt_no, seed, now);
        let sel = m
            .quiz
            .questions
            .first()
            .map(|q| Sel::fresh(q, &run.layouts[0]))
            .unwrap_or(Sel::Single(None));
        QuizState {
            module,
            run,
            current: 0,
            sel,
            outcome: None,
            hint_shown: false,
        }
    }

    pub fn reset_selection(&mut self, m: &Module) {
        if let Some(q) = m.quiz.questions.get(self.current) {
            self.sel = Sel::fresh(q, &self.run.layouts[self.current]);
        }
        self.outcome = None;
        self.hint_shown = false;
    }

    pub fn status(&self) -> Status {
        self.run
            .states
            .get(self.current)
            .map(|s| s.status)
            .unwrap_or(Status::Open)
    }
}

/// Grades the current selection (the app calls this for `QuizSubmit`).
pub fn submit(st: &mut QuizState, m: &Module, now: i64) {
    let Some(answer) = st.sel.answer() else {
        return;
    };
    if let Ok(out) = st.run.submit(m, st.current, answer, now) {
        if out.status == Status::Open {
            // A wrong try: true/false starts over; other selections stay to adjust.
            if let Sel::TrueFalse(b) = &mut st.sel {
                *b = None;
            }
        }
        st.outcome = Some(out);
    }
}

/// The text of an answer, for feedback and "My mistakes".
pub fn answer_text(cx: &Cx, q: &Question, a: &Answer) -> String {
    let nothing = || cx.t(S::NothingSelected).to_string();
    match (&q.kind, a) {
        (QuestionKind::Single { choices }, Answer::Single(i)) => choices
            .get(*i)
            .map(|c| cx.c(&c.text).to_string())
            .unwrap_or_else(nothing),
        (QuestionKind::Multi { choices }, Answer::Multi(s)) => {
            let v: Vec<&str> = s
                .iter()
                .filter_map(|&i| choices.get(i))
                .map(|c| cx.c(&c.text))
                .collect();
            if v.is_empty() {
                nothing()
            } else {
                v.join("; ")
            }
        }
        (QuestionKind::TrueFalse { .. }, Answer::TrueFalse(b)) => {
            if *b { cx.t(S::True) } else { cx.t(S::False) }.to_string()
        }
        (QuestionKind::Order { items }, Answer::Order(o)) => o
            .iter()
            .enumerate()
            .filter_map(|(pos, &i)| items.get(i).map(|t| format!("{}. {}", pos + 1, cx.c(t))))
            .collect::<Vec<_>>()
            .join("  "),
        (QuestionKind::SpotFlags { artefact, .. }, Answer::Spot(s)) => {
            let v: Vec<String> = s
                .iter()
                .filter_map(|&i| artefact.parts.get(i))
                .map(|p| format!("“{}”", cx.c(&p.text)))
                .collect();
            if v.is_empty() {
                nothing()
            } else {
                v.join("; ")
            }
        }
        _ => nothing(),
    }
}

pub fn bottom_bar(ui: &mut egui::Ui, cx: &Cx, st: &QuizState, cmds: &mut Vec<Command>) {
    let p = cx.p;
    let n = st.run.len().max(1);
    egui::Panel::bottom("quiz_nav")
        .frame(widgets::bar_frame(&p))
        .show(ui, |ui| {
            let total = ui.available_width();
            ui.horizontal(|ui| {
                let label = cx.tf(S::QuestionOf, &[&(st.current + 1), &n]);
                ui.label(&label);
                let w = (total - 560.0).max(60.0);
                widgets::progress_sized(ui, (st.current + 1) as f32 / n as f32, &label, w);
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if st.status().is_closed() {
                        let last = st.current + 1 >= st.run.len();
                        let text = if last {
                            cx.t(S::SeeResults)
                        } else {
                            cx.t(S::NextQuestion)
                        };
                        if widgets::primary(ui, &p, &format!("{text} ▶")).clicked() {
                            cmds.push(Command::QuizNext);
                        }
                    } else {
                        let ready = st.sel.answer().is_some();
                        let b = ui
                            .add_enabled(
                                ready,
                                egui::Button::new(
                                    RichText::new(cx.t(S::Submit)).color(p.on_accent).strong(),
                                )
                                .fill(p.accent),
                            )
                            .on_hover_text(cx.t(S::SubmitTip));
                        if b.clicked() {
                            cmds.push(Command::QuizSubmit);
                        }
                    }
                });
            });
        });
}

pub fn show(ui: &mut egui::Ui, cx: &Cx, st: &mut QuizState, cmds: &mut Vec<Command>) {
    let p = cx.p;
    let m = &cx.course.modules[st.module];
    let Some(q) = m.quiz.questions.get(st.current) else {
        return;
    };
    let status = st.status();
    let closed = status.is_closed();
    let layout = st.run.layouts[st.current].clone();
    // Marks to draw: after a wrong try only the wrong picks; once closed, all.
    let marks: Option<Vec<Mark>> = st.outcome.as_ref().map(|o| {
        o.grade
            .marks
            .iter()
            .map(|&mk| match (closed, mk) {
                (false, Mark::Missed) => Mark::Untouched,
                (false, Mark::RightPick) if !matches!(q.kind, QuestionKind::Order { .. }) => {
                    Mark::Untouched
                }
                (_, mk) => mk,
            })
            .collect()
    });

    ui.label(RichText::new(format!("{} · {}", cx.c(&m.title), cx.t(S::Quiz))).color(p.weak));
    widgets::heading(
        ui,
        &cx.tf(S::QuestionOf, &[&(st.current + 1), &st.run.len()]),
    );
    ui.add(
        egui::Label::new(RichText::new(cx.c(&q.prompt)).size(crate::app::theme::BIG_SIZE)).wrap(),
    );
    let instruction = match q.kind {
        QuestionKind::Single { .. } | QuestionKind::TrueFalse { .. } => S::PickOne,
        QuestionKind::Multi { .. } => S::PickAll,
        QuestionKind::Order { .. } => S::PutInOrder,
        QuestionKind::SpotFlags { .. } => S::SpotParts,
    };
    widgets::weak(ui, &p, cx.t(instruction));
    ui.add_space(6.0);

    question_controls(ui, cx, q, &layout, &mut st.sel, marks.as_deref(), closed);

    // Feedback after a try: announced to screen readers.
    if let Some(out) = &st.outcome {
        ui.add_space(8.0);
        let (head, color) = match out.status {
            Status::Right { on_try: 1 } => (cx.t(S::Correct), p.good),
            Status::Right { .. } => (cx.t(S::CorrectSecondTry), p.good),
            Status::Revealed => (cx.t(S::ModelAnswerIntro), p.flag),
            Status::Open => (cx.t(S::NotQuite), p.bad),
        };
        widgets::note_box(ui, p.card, color, |ui| {
            let r = ui.label(RichText::new(head).color(color).strong().size(22.0));
            widgets::live(ui, &r);
            for (i, fb) in &out.grade.feedback {
                let name = match &q.kind {
                    QuestionKind::Single { choices } | QuestionKind::Multi { choices } => {
                        choices.get(*i).map(|c| cx.c(&c.text).to_string())
                    }
                    QuestionKind::SpotFlags { artefact, .. } => {
                        artefact.parts.get(*i).map(|p| cx.c(&p.text).to_string())
                    }
                    QuestionKind::TrueFalse { .. } => Some(
                        if *i == 0 {
                            cx.t(S::True)
                        } else {
                            cx.t(S::False)
                        }
                        .to_string(),
                    ),
                    QuestionKind::Order { .. } => None,
                };
                ui.horizontal_wrapped(|ui| {
                    if let Some(n) = name {
                        ui.label(RichText::new(format!("“{n}”")).strong());
                    }
                    ui.add(egui::Label::new(cx.c(fb)).wrap());
                });
            }
            if let Some(spot) = &out.grade.spot {
                let mut line = cx.tf(S::FlagsFound, &[&spot.found.len()]);
                if closed {
                    line.push_str(&format!(
                        " · {}",
                        cx.tf(S::FlagsMissed, &[&spot.missed.len()])
                    ));
                }
                line.push_str(&format!(
                    " · {}",
                    cx.tf(S::FalseAlarms, &[&spot.false_alarms.len()])
                ));
                ui.label(line);
            }
            if out.status == Status::Revealed {
                ui.add_space(4.0);
                ui.label(RichText::new(cx.t(S::ModelAnswer)).strong());
                widgets::para(ui, &answer_text(cx, q, &model_answer(q)));
                if let QuestionKind::SpotFlags {
                    feedback,
                    flagged,
                    artefact,
                } = &q.kind
                {
                    for (i, f) in flagged.iter().enumerate() {
                        if *f && let Some(fb) = &feedback[i] {
                            widgets::para(
                                ui,
                                &format!("“{}”: {}", cx.c(&artefact.parts[i].text), cx.c(fb)),
                            );
                        }
                    }
                }
            }
            if closed && let Some(ex) = &q.explanation {
                ui.add_space(4.0);
                widgets::para(ui, cx.c(ex));
            }
        });
        if out.status == Status::Open && q.hint.is_some() {
            if st.hint_shown {
                if let Some(h) = &q.hint {
                    widgets::note_box(ui, p.note_bg, p.accent, |ui| {
                        ui.label(RichText::new(format!("💡 {}", cx.t(S::Hint))).strong());
                        let r = widgets::para(ui, cx.c(h));
                        widgets::live(ui, &r);
                    });
                }
            } else if ui.button(format!("💡 {}", cx.t(S::ShowHint))).clicked() {
                cmds.push(Command::QuizShowHint);
            }
        }
    }

    // Enter checks the answer, or moves on.
    if widgets::keys_free(ui) && ui.input(|i| i.key_pressed(Key::Enter)) {
        if closed {
            cmds.push(Command::QuizNext);
        } else if st.sel.answer().is_some() {
            cmds.push(Command::QuizSubmit);
        }
    }
}

/// The controls for one question: radio buttons, checkboxes, true/false
/// buttons, up/down ordering, or clickable artefact parts. Number keys pick.
pub fn question_controls(
    ui: &mut egui::Ui,
    cx: &Cx,
    q: &Question,
    layout: &[usize],
    sel: &mut Sel,
    marks: Option<&[Mark]>,
    closed: bool,
) {
    let p = cx.p;
    let keys_active = widgets::not_typing(ui) && !closed;
    let number = if keys_active { number_key(ui) } else { None };

    match &q.kind {
        QuestionKind::Single { choices } | QuestionKind::Multi { choices } => {
            let multi = matches!(q.kind, QuestionKind::Multi { .. });
            for (d, &ci) in layout.iter().enumerate() {
                let Some(c) = choices.get(ci) else { continue };
                let label = format!("{}. {}", d + 1, cx.c(&c.text));
                let checked = match &sel {
                    Sel::Single(s) => *s == Some(ci),
                    Sel::Multi(s) => s.contains(&ci),
                    _ => false,
                };
                ui.horizontal_wrapped(|ui| {
                    let r = if multi {
                        let mut v = checked;
                        ui.add_enabled(!closed, egui::Checkbox::new(&mut v, &label))
                    } else {
                        ui.add_enabled(!closed, egui::RadioButton::new(checked, &label))
                    };
                    let r = r.on_hover_text(cx.tf(S::ChoiceTip, &[&(d + 1)]));
                    if r.clicked() {
                        sel.toggle(ci);
                    }
                    if let Some(mk) = marks.and_then(|m| m.get(ci))
                        && *mk != Mark::Untouched
                    {
                        ui.label(
                            RichText::new(blocks::mark_word(cx, *mk))
                                .color(blocks::mark_color(cx, *mk))
                                .strong(),
                        );
                    }
                });
                if number == Some(d) {
                    sel.toggle(ci);
                }
            }
        }
        QuestionKind::TrueFalse { .. } => {
            ui.horizontal(|ui| {
                for (i, (word, val)) in [(cx.t(S::True), true), (cx.t(S::False), false)]
                    .into_iter()
                    .enumerate()
                {
                    let selected = *sel == Sel::TrueFalse(Some(val));
                    let mut text = RichText::new(format!("{}. {word}", i + 1)).size(22.0);
                    if selected {
                        text = text.color(p.on_accent).strong();
                    }
                    let mut b = egui::Button::new(text)
                        .min_size(egui::vec2(160.0, 52.0))
                        .selected(selected);
                    if selected {
                        b = b.fill(p.accent);
                    }
                    let r = ui
                        .add_enabled(!closed, b)
                        .on_hover_text(cx.tf(S::ChoiceTip, &[&(i + 1)]));
                    if r.clicked() || number == Some(i) {
                        sel.toggle(i);
                    }
                    if let Some(mk) = marks.and_then(|m| m.get(i))
                        && *mk != Mark::Untouched
                    {
                        ui.label(
                            RichText::new(blocks::mark_word(cx, *mk))
                                .color(blocks::mark_color(cx, *mk))
                                .strong(),
                        );
                    }
                }
            });
        }
        QuestionKind::Order { items } => {
            let Sel::Order(order) = sel else { return };
            let n = order.len();
            let mut swap: Option<(usize, usize)> = None;
            for (pos, &item) in order.iter().enumerate() {
                let text = items.get(item).map(|t| cx.c(t)).unwrap_or("");
                widgets::card(ui, &p, |ui| {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(
                            RichText::new(format!("{}.", pos + 1))
                                .strong()
                                .color(p.accent),
                        );
                        let up = ui
                            .add_enabled(!closed && pos > 0, egui::Button::new("▲"))
                            .on_hover_text(cx.tf(S::MoveUp, &[&text]));
                        up.widget_info(|| {
                            egui::WidgetInfo::labeled(
                                egui::Role::Button,
                                !closed && pos > 0,
                                cx.tf(S::MoveUp, &[&text]),
                            )
                        });
                        if up.clicked() {
                            swap = Some((pos, pos - 1));
                        }
                        let down = ui
                            .add_enabled(!closed && pos + 1 < n, egui::Button::new("▼"))
                            .on_hover_text(cx.tf(S::MoveDown, &[&text]));
                        down.widget_info(|| {
                            egui::WidgetInfo::labeled(
                                egui::Role::Button,
                                !closed && pos + 1 < n,
                                cx.tf(S::MoveDown, &[&text]),
                            )
                        });
                        if down.clicked() {
                            swap = Some((pos, pos + 1));
                        }
                        ui.add(egui::Label::new(text).wrap());
                        if let Some(mk) = marks.and_then(|m| m.get(pos)) {
                            let (w, c) = match mk {
                                Mark::RightPick => (format!("✔ {}", cx.t(S::InRightPlace)), p.good),
                                _ => (format!("✖ {}", cx.t(S::InWrongPlace)), p.bad),
                            };
                            ui.label(RichText::new(w).color(c).small().strong());
                        }
                    });
                });
            }
            if let Some((a, b)) = swap {
                order.swap(a, b);
            }
        }
        QuestionKind::SpotFlags { artefact, .. } => {
            let Sel::Spot(selected) = &*sel else { return };
            let selected_now = selected.clone();
            let mode = ArtefactMode::Spot {
                selected: &selected_now,
                marks: if closed { marks } else { None },
            };
            if let Some(i) = blocks::artefact(ui, cx, artefact, &mode) {
                sel.toggle(i);
            }
            if let Some(n) = number
                && n < artefact.parts.len()
            {
                sel.toggle(n);
            }
        }
    }
}

pub struct ResultsState {
    pub module: usize,
    pub attempt: QuizAttempt,
    /// Questions not right at the first try.
    pub missed: Vec<usize>,
}

pub fn show_results(ui: &mut egui::Ui, cx: &Cx, st: &mut ResultsState, cmds: &mut Vec<Command>) {
    let p = cx.p;
    let m = &cx.course.modules[st.module];
    ui.label(RichText::new(cx.c(&m.title)).color(p.weak));
    widgets::title(ui, cx.t(S::Results));
    let score = cx.tf(S::ScoreIs, &[&st.attempt.score_pct]);
    let r = ui.label(RichText::new(&score).size(30.0).strong());
    widgets::live(ui, &r);
    widgets::progress(ui, st.attempt.score_pct as f32 / 100.0, &score);
    ui.label(cx.tf(S::PassMarkIs, &[&m.quiz.pass_mark]));
    let passed = st.attempt.score_pct >= m.quiz.pass_mark;
    let (msg, color) = if passed {
        (cx.t(S::PassedMsg), p.good)
    } else {
        (cx.t(S::NotPassedMsg), p.bad)
    };
    widgets::note_box(ui, p.card, color, |ui| {
        ui.label(RichText::new(msg).color(color).strong());
    });
    widgets::weak(ui, &p, cx.t(S::Scoring));
    ui.horizontal_wrapped(|ui| {
        if widgets::primary(ui, &p, cx.t(S::Retry)).clicked() {
            cmds.push(Command::QuizRetry);
        }
        if ui.button(cx.t(S::BackToHome)).clicked() {
            cmds.push(Command::Go(Nav::Home));
        }
    });
    ui.add_space(10.0);
    widgets::heading(ui, cx.t(S::WhatWasMissed));
    if st.missed.is_empty() {
        widgets::para(ui, cx.t(S::NothingMissed));
    }
    for &qi in &st.missed {
        let Some(q) = m.quiz.questions.get(qi) else {
            continue;
        };
        widgets::card(ui, &p, |ui| {
            ui.label(RichText::new(cx.c(&q.prompt)).strong());
            widgets::para(
                ui,
                &cx.tf(S::RightAnswer, &[&answer_text(cx, q, &model_answer(q))]),
            );
            if let Some(ex) = &q.explanation {
                widgets::weak(ui, &p, cx.c(ex));
            }
        });
    }
}
