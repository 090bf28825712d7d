//! The spaced review: questions answered wrong before come back, one try each.

use eframe::egui::{self, Key, RichText};

use super::Nav;
use super::quiz::{Sel, answer_text, question_controls};
use crate::app::{Command, Cx, S, widgets};
use crate::course::{Course, QuestionKind};
use crate::quiz::run::shuffled;
use crate::quiz::{AnswerRecord, Grade, grade, model_answer};

pub struct ReviewState {
    /// `(module, question)` indices due for review.
    pub items: Vec<(usize, usize)>,
    pub current: usize,
    pub layout: Vec<usize>,
    pub sel: Sel,
    pub outcome: Option<Grade>,
    pub right: usize,
    pub answered: usize,
    seed: u64,
}

fn layout_for(course: &Course, item: (usize, usize), seed: u64) -> Vec<usize> {
    let q = &course.modules[item.0].quiz.questions[item.1];
    match &q.kind {
        QuestionKind::Single { choices } | QuestionKind::Multi { choices } => {
            shuffled(choices.len(), &mut fastrand::Rng::with_seed(seed))
        }
        QuestionKind::Order { items } => {
            let mut o = shuffled(items.len(), &mut fastrand::Rng::with_seed(seed));
            if o.iter().enumerate().all(|(i, &x)| i == x) {
                o.rotate_left(1);
            }
            o
        }
        QuestionKind::TrueFalse { .. } => vec![0, 1],
        QuestionKind::SpotFlags { artefact, .. } => (0..artefact.parts.len()).collect(),
    }
}

impl ReviewState {
    pub fn new(course: &Course, due: &[(String, String)], now: i64) -> Self {
        let items: Vec<(usize, usize)> = due
            .iter()
            .filter_map(|(m, q)| {
                let mi = course.modules.iter().position(|x| x.id == *m)?;
                let qi = course.modules[mi]
                    .quiz
                    .questions
                    .iter()
                    .position(|x| x.id == *q)?;
                Some((mi, qi))
            })
            .collect();
        let seed = now as u64;
        let mut st = ReviewState {
            items,
            current: 0,
            layout: Vec::new(),
            sel: Sel::Single(None),
            outcome: None,
            right: 0,
            answered: 0,
            seed,
        };
        st.load(course);
        st
    }

    fn load(&mut self, course: &Course) {
        if let Some(&item) = self.items.get(self.current) {
            self.layout = layout_for(course, item, self.seed.wrapping_add(self.current as u64));
            let q = &course.modules[item.0].quiz.questions[item.1];
            self.sel = Sel::fresh(q, &self.layout);
        }
        self.outcome = None;
    }

    pub fn next(&mut self, course: &Course) {
        self.current += 1;
        self.load(course);
    }

    pub fn done(&self) -> bool {
        self.current >= self.items.len()
    }
}

/// Grades the current review answer; returns the module index and the record to keep.
pub fn submit(st: &mut ReviewState, course: &Course, now: i64) -> Option<(usize, AnswerRecord)> {
    if st.outcome.is_some() {
        return None;
    }
    let &(mi, qi) = st.items.get(st.current)?;
    let q = &course.modules[mi].quiz.questions[qi];
    let answer = st.sel.answer()?;
    let g = grade(q, &answer).ok()?;
    st.answered += 1;
    if g.correct {
        st.right += 1;
    }
    let record = AnswerRecord {
        question: q.id.clone(),
        try_no: 1,
        answer,
        correct: g.correct,
        at: now,
    };
    st.outcome = Some(g);
    Some((mi, record))
}

pub fn show(ui: &mut egui::Ui, cx: &Cx, st: &mut ReviewState, cmds: &mut Vec<Command>) {
    let p = cx.p;
    widgets::title(ui, cx.t(S::ReviewTitle));
    widgets::weak(ui, &p, cx.t(S::ReviewIntro));
    if st.items.is_empty() {
        widgets::para(ui, cx.t(S::NothingToReview));
        if ui.button(cx.t(S::BackToHome)).clicked() {
            cmds.push(Command::Go(Nav::Home));
        }
        return;
    }
    if st.done() {
        let r = ui.label(
            RichText::new(cx.tf(S::ReviewDone, &[&st.right, &st.answered]))
                .size(24.0)
                .strong(),
        );
        widgets::live(ui, &r);
        if widgets::primary(ui, &p, cx.t(S::BackToHome)).clicked() {
            cmds.push(Command::Go(Nav::Home));
        }
        return;
    }
    let (mi, qi) = st.items[st.current];
    let m = &cx.course.modules[mi];
    let q = &m.quiz.questions[qi];
    let n = st.items.len();
    let label = cx.tf(S::QuestionOf, &[&(st.current + 1), &n]);
    ui.label(&label);
    widgets::progress(ui, (st.current + 1) as f32 / n as f32, &label);
    ui.label(RichText::new(cx.tf(S::FromModule, &[&cx.c(&m.title)])).color(p.weak));
    ui.add(
        egui::Label::new(RichText::new(cx.c(&q.prompt)).size(crate::app::theme::BIG_SIZE)).wrap(),
    );
    let closed = st.outcome.is_some();
    let marks = st.outcome.as_ref().map(|g| g.marks.clone());
    let layout = st.layout.clone();
    question_controls(ui, cx, q, &layout, &mut st.sel, marks.as_deref(), closed);

    if let Some(g) = &st.outcome {
        let (head, color) = if g.correct {
            (cx.t(S::Correct), p.good)
        } else {
            (cx.t(S::ModelAnswerIntro), p.flag)
        };
        widgets::note_box(ui, p.card, color, |ui| {
            let r = ui.label(RichText::new(head).color(color).strong().size(22.0));
            widgets::live(ui, &r);
            for (_, fb) in &g.feedback {
                widgets::para(ui, cx.c(fb));
            }
            if !g.correct {
                widgets::para(
                    ui,
                    &cx.tf(S::RightAnswer, &[&answer_text(cx, q, &model_answer(q))]),
                );
            }
            if let Some(ex) = &q.explanation {
                widgets::weak(ui, &p, cx.c(ex));
            }
        });
        let text = if st.current + 1 < n {
            cx.t(S::NextQuestion)
        } else {
            cx.t(S::SeeResults)
        };
        if widgets::primary(ui, &p, &format!("{text} ▶")).clicked()
            || (widgets::keys_free(ui) && ui.input(|i| i.key_pressed(Key::Enter)))
        {
            cmds.push(Command::ReviewNext);
        }
    } else {
        let ready = st.sel.answer().is_some();
        let b = ui.add_enabled(
            ready,
            egui::Button::new(RichText::new(cx.t(S::Submit)).color(p.on_accent).strong())
                .fill(p.accent),
        );
        if b.on_hover_text(cx.t(S::SubmitTip)).clicked()
            || (ready && widgets::keys_free(ui) && ui.input(|i| i.key_pressed(Key::Enter)))
        {
            cmds.push(Command::ReviewSubmit);
        }
    }
}
