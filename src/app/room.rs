//! What the room sees during a presentation, at any size: in the presenter's
//! left column, full-window with the notes hidden, or on the projector's own
//! window. Answers stay hidden until the facilitator reveals them.

use std::collections::HashSet;

use eframe::egui::{self, RichText};

use super::blocks::{self, BlockState};
use super::cx::Cx;
use super::strings::S;
use super::{question, widgets};
use crate::course::{Block, QuestionKind};
use crate::present::{Presentation, StepContent};
use crate::quiz::model_answer;

fn yes_no<'a>(cx: &Cx<'a>) -> (&'a str, &'a str) {
    (cx.t(S::True), cx.t(S::False))
}

/// What the room sees for the current step.
pub fn audience(ui: &mut egui::Ui, cx: &Cx, pres: &Presentation) {
    let Some(m) = pres.module(cx.course) else {
        return;
    };
    let no_reveal = HashSet::new();
    match pres.content(cx.course, pres.current) {
        Some(StepContent::Block { lesson, block, .. }) => {
            ui.label(RichText::new(cx.c(&lesson.title)).color(cx.p.weak));
            let play = match block {
                Block::Scenario(s) => pres.play(&s.id),
                _ => None,
            };
            let mut ignore = Vec::new();
            blocks::block(
                ui,
                cx,
                block,
                &BlockState {
                    revealed: &no_reveal,
                    scenario: play,
                    audience: true,
                    seed: pres.seed,
                },
                &mut ignore,
            );
            if let Block::Discussion(t) = block {
                widgets::note_box(ui, cx.p.note_bg, cx.p.accent, |ui| {
                    widgets::subheading(ui, &format!("💬 {}", cx.t(S::Discussion)));
                    ui.add(egui::Label::new(RichText::new(cx.c(t)).heading()).wrap());
                });
            }
        }
        Some(StepContent::Question { index, question: q }) => {
            let revealed = pres.revealed_now();
            ui.label(
                RichText::new(cx.tf(S::QuestionOf, &[&(index + 1), &m.quiz.questions.len()]))
                    .color(cx.p.weak),
            );
            ui.add(egui::Label::new(RichText::new(cx.c(&q.prompt)).heading().strong()).wrap());
            ui.add_space(10.0);
            match &q.kind {
                QuestionKind::Order { items } => {
                    // Before the reveal: never the right order, never its reverse.
                    let shown: Vec<usize> = if revealed {
                        (0..items.len()).collect()
                    } else {
                        pres.order_display(q)
                    };
                    for (pos, &i) in shown.iter().enumerate() {
                        if let Some(t) = items.get(i) {
                            ui.label(RichText::new(format!("{}. {}", pos + 1, cx.c(t))));
                        }
                    }
                }
                _ => {
                    if let Some(t) = pres.tally_target(cx.course, cx.lang, yes_no(cx)) {
                        let hands = pres.hands(&t.key, t.choices.len());
                        let total: u32 = hands.iter().sum();
                        for (shown, &i) in t.order.iter().enumerate() {
                            let (Some(c), Some(&h)) = (t.choices.get(i), hands.get(i)) else {
                                continue;
                            };
                            let letter = (b'A' + (shown as u8 % 26)) as char;
                            let right = revealed && t.correct.get(i).copied().unwrap_or(false);
                            let mark = if right { "✔ " } else { "" };
                            let color = if right { cx.p.good } else { cx.p.text };
                            // After the reveal, each choice shows its hands on the same line.
                            let count = if revealed {
                                format!("   ({})", cx.tf(S::Votes, &[&h]))
                            } else {
                                String::new()
                            };
                            ui.add(
                                egui::Label::new(
                                    RichText::new(format!("{mark}{letter}. {c}{count}"))
                                        .color(color),
                                )
                                .wrap(),
                            );
                            if revealed && total > 0 {
                                widgets::progress(
                                    ui,
                                    h as f32 / total as f32,
                                    &cx.tf(S::Votes, &[&h]),
                                );
                            }
                        }
                    }
                }
            }
            if revealed {
                ui.add_space(8.0);
                widgets::note_box(ui, cx.p.note_bg, cx.p.good, |ui| {
                    ui.label(RichText::new(format!(
                        "{}: {}",
                        cx.t(S::ModelAnswer),
                        question::answer_text(cx, q, &model_answer(q))
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
pub fn audience_style(ui: &mut egui::Ui) {
    let scale = (ui.available_width() / 900.0).clamp(1.4, 2.4);
    for font in ui.style_mut().text_styles.values_mut() {
        font.size *= scale;
    }
}

/// The projector's window. Returns true when the user closed it.
pub fn viewport(ctx: &egui::Context, cx: &Cx, pres: &Presentation) -> bool {
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
    close
}
