//! "My mistakes": what I got wrong, the right answer, and why.

use eframe::egui::{self, RichText};

use crate::app::command::{Command, Nav};
use crate::app::cx::Cx;
use crate::app::question::answer_text;
use crate::app::strings::S;
use crate::app::widgets;
use crate::quiz::model_answer;

pub fn show(ui: &mut egui::Ui, cx: &Cx, cmds: &mut Vec<Command>) {
    let p = cx.p;
    widgets::title(ui, cx.t(S::MyMistakes));
    widgets::weak(ui, &p, cx.t(S::MistakesIntro));
    let mistakes = cx
        .progress
        .map(|pr| pr.mistakes(&cx.course.meta.id))
        .unwrap_or_default();
    let mut shown = 0;
    for mk in &mistakes {
        let Some(m) = cx.course.module(&mk.module) else {
            continue;
        };
        let Some(q) = m.question(&mk.question) else {
            continue;
        };
        shown += 1;
        widgets::card(ui, &p, |ui| {
            ui.label(
                RichText::new(cx.tf(S::FromModule, &[&cx.c(&m.title)]))
                    .small()
                    .color(p.weak),
            );
            ui.add(egui::Label::new(RichText::new(cx.c(&q.prompt)).strong()).wrap());
            ui.add(
                egui::Label::new(
                    RichText::new(cx.tf(S::YourAnswer, &[&answer_text(cx, q, &mk.answer)]))
                        .color(p.bad),
                )
                .wrap(),
            );
            ui.add(
                egui::Label::new(
                    RichText::new(cx.tf(S::RightAnswer, &[&answer_text(cx, q, &model_answer(q))]))
                        .color(p.good),
                )
                .wrap(),
            );
            if let Some(ex) = &q.explanation {
                widgets::para(ui, cx.c(ex));
            }
            if mk.since_right {
                ui.label(
                    RichText::new(format!("✔ {}", cx.t(S::SinceRight)))
                        .color(p.good)
                        .small(),
                );
            }
        });
        ui.add_space(6.0);
    }
    if shown == 0 {
        widgets::para(ui, cx.t(S::NoMistakes));
    }
    if ui.button(cx.t(S::BackToHome)).clicked() {
        cmds.push(Command::Go(Nav::Home));
    }
}
