//! The spaced review: questions answered wrong before come back, one try each.

use eframe::egui::{self, Key, RichText};

use crate::app::command::{Command, Nav};
use crate::app::cx::Cx;
use crate::app::state::ReviewState;
use crate::app::strings::S;
use crate::app::{pickers, question, speak, widgets};
use crate::quiz::model_answer;

pub fn show(ui: &mut egui::Ui, cx: &Cx, st: &ReviewState, cmds: &mut Vec<Command>) {
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
    let Some((mid, qid)) = st.items.get(st.current) else {
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
    };
    let Some(m) = cx.course.module(mid) else {
        return;
    };
    let Some(q) = m.question(qid) else { return };
    let n = st.items.len();
    let label = cx.tf(S::QuestionOf, &[&(st.current + 1), &n]);
    ui.label(&label);
    widgets::progress(ui, (st.current + 1) as f32 / n as f32, &label);
    ui.label(RichText::new(cx.tf(S::FromModule, &[&cx.c(&m.title)])).color(p.weak));
    ui.add(
        egui::Label::new(RichText::new(cx.c(&q.prompt)).size(crate::app::theme::BIG_SIZE)).wrap(),
    );
    pickers::read_aloud(ui, cx, &speak::question(cx, q, &st.layout), cmds);
    let closed = st.outcome.is_some();
    let marks = st.outcome.as_ref().map(|g| g.marks.clone());
    question::question_controls(
        ui,
        cx,
        q,
        question::Shown {
            layout: &st.layout,
            sel: &st.sel,
            marks: marks.as_deref(),
            closed,
        },
        cmds,
    );

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
                    &cx.tf(
                        S::RightAnswer,
                        &[&question::answer_text(cx, q, &model_answer(q))],
                    ),
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
            cmds.push(Command::NextQuestion);
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
            cmds.push(Command::Submit);
        }
    }
}
