//! Where to get help: lines backed by a good source, grouped by country, each
//! saying who answers it and what was checked, and when.

use eframe::egui::{self, RichText};

use crate::app::command::Command;
use crate::app::cx::Cx;
use crate::app::strings::S;
use crate::app::widgets;
use crate::course::{HelpAudience, HelpKind, HelpLine, Lookup, RunBy};

pub fn show(ui: &mut egui::Ui, cx: &Cx, cmds: &mut Vec<Command>) {
    let p = cx.p;
    widgets::title(ui, cx.t(S::HelpTitle));
    widgets::note_box(ui, p.note_bg, p.accent, |ui| {
        widgets::para(ui, cx.t(S::HelpIntro));
    });
    if let Some(notes) = &cx.course.help.notes {
        ui.add_space(6.0);
        widgets::para(ui, cx.c(notes));
    }
    ui.add_space(6.0);
    let groups = cx.course.help_by_country(cx.lang, cx.facilitator);
    if groups.iter().all(|g| g.lines.is_empty()) {
        widgets::para(ui, cx.t(S::NoVerifiedLines));
    }
    for g in groups {
        widgets::heading(ui, &g.country);
        for l in g.lines {
            line(ui, cx, l);
            ui.add_space(4.0);
        }
        for nf in g.not_found {
            widgets::card(ui, &p, |ui| {
                let what = match nf.what {
                    Lookup::Emergency => S::NotFoundEmergency,
                    Lookup::ChildProtection => S::NotFoundChildProtection,
                };
                ui.label(RichText::new(cx.t(what)).strong());
                widgets::para(ui, cx.c(&nf.note));
                ui.label(
                    RichText::new(cx.tf(S::SearchedOn, &[&nf.source_checked]))
                        .small()
                        .color(p.weak),
                );
            });
            ui.add_space(4.0);
        }
    }
    ui.add_space(8.0);
    widgets::weak(ui, &p, cx.t(S::NumbersChange));
    ui.add_space(8.0);
    widgets::note_box(ui, p.card, p.weak, |ui| {
        widgets::para(ui, cx.t(S::QuickExitHonest));
    });
    ui.add_space(8.0);
    if widgets::button(ui, &format!("◀ {}", cx.t(S::Back)), cx.t(S::BackTip)).clicked() {
        cmds.push(Command::Back);
    }
}

fn line(ui: &mut egui::Ui, cx: &Cx, l: &HelpLine) {
    let p = cx.p;
    widgets::card(ui, &p, |ui| {
        let kind = match l.kind {
            HelpKind::Phone => S::KindPhone,
            HelpKind::Text => S::KindText,
            HelpKind::Chat => S::KindChat,
            HelpKind::Web => S::KindWeb,
            HelpKind::Emergency => S::KindEmergency,
        };
        ui.label(RichText::new(cx.c(&l.name)).strong());
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(cx.t(kind)).color(p.weak));
            // Selectable, so it can be copied.
            ui.add(
                egui::Label::new(RichText::new(&l.number).size(28.0).strong().color(p.accent))
                    .selectable(true),
            );
        });
        match l.run_by {
            RunBy::ImmigrationEnforcement => {
                ui.label(
                    RichText::new(cx.t(S::RunByImmigration))
                        .strong()
                        .color(p.flag),
                );
            }
            RunBy::Police => {
                ui.label(RichText::new(cx.t(S::RunByPolice)).strong());
            }
            _ => {}
        }
        if let Some(w) = &l.who_should_call {
            widgets::para(ui, &cx.tf(S::WhoShouldCall, &[&cx.c(w)]));
        }
        if let Some(h) = &l.hours {
            ui.label(cx.c(h));
        }
        if let Some(n) = &l.notes {
            widgets::para(ui, cx.c(n));
        }
        widgets::weak(ui, &p, &cx.tf(S::Operator, &[&l.operator.get(cx.lang)]));
        let called = match &l.called {
            Some(d) => cx.tf(S::CalledOn, &[d]),
            None => cx.t(S::NotCalled).to_string(),
        };
        ui.label(
            RichText::new(format!(
                "{} {called}",
                cx.tf(S::SourceChecked, &[&l.source_checked])
            ))
            .small()
            .color(p.weak),
        );
        if l.show == HelpAudience::Facilitators || !l.for_learners() {
            ui.label(
                RichText::new(cx.t(S::FacilitatorOnlyLine))
                    .small()
                    .color(p.flag),
            );
        }
    });
}
