//! The results of a quiz, and of the check before a module.

use eframe::egui::{self, RichText};

use crate::app::command::{Command, Nav};
use crate::app::cx::Cx;
use crate::app::state::{QuizKind, ResultsState};
use crate::app::strings::S;
use crate::app::{question, widgets};
use crate::quiz::model_answer;

pub fn show(ui: &mut egui::Ui, cx: &Cx, st: &ResultsState, cmds: &mut Vec<Command>) {
    let p = cx.p;
    let Some(m) = cx.course.module(&st.module) else {
        return;
    };
    if st.kind == QuizKind::PreCheck {
        return pre_check(ui, cx, st, cmds);
    }
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
    for id in &st.missed {
        let Some(q) = m.question(id) else {
            continue;
        };
        widgets::card(ui, &p, |ui| {
            ui.label(RichText::new(cx.c(&q.prompt)).strong());
            widgets::para(
                ui,
                &cx.tf(
                    S::RightAnswer,
                    &[&question::answer_text(cx, q, &model_answer(q))],
                ),
            );
            if let Some(ex) = &q.explanation {
                widgets::weak(ui, &p, cx.c(ex));
            }
        });
    }
}

/// After the check before a module: what the learner already knew, never a pass.
fn pre_check(ui: &mut egui::Ui, cx: &Cx, st: &ResultsState, cmds: &mut Vec<Command>) {
    let p = cx.p;
    widgets::title(ui, cx.t(S::PreCheckDone));
    let right = st.attempt.question_count as usize - st.missed.len();
    let r = ui.label(
        RichText::new(cx.tf(S::PreCheckScore, &[&right, &st.attempt.question_count]))
            .size(26.0)
            .strong(),
    );
    widgets::live(ui, &r);
    widgets::para(ui, cx.t(S::PreCheckNotATest));
    if widgets::primary(ui, &p, &format!("▶ {}", cx.t(S::StartLessons))).clicked() {
        cmds.push(Command::Go(Nav::Module(st.module.clone())));
        cmds.push(Command::GoPage(0));
    }
}
