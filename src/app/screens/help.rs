//! Where to get help: verified lines only, grouped by country.

use eframe::egui::{self, RichText};

use crate::app::{Command, Cx, S, widgets};
use crate::course::HelpKind;

pub fn show(ui: &mut egui::Ui, cx: &Cx, cmds: &mut Vec<Command>) {
    let p = cx.p;
    widgets::title(ui, cx.t(S::HelpTitle));
    widgets::note_box(ui, p.note_bg, p.accent, |ui| {
        widgets::para(ui, cx.t(S::HelpIntro));
    });
    ui.add_space(6.0);
    let groups = cx.course.verified_help(cx.lang.code());
    if groups.is_empty() {
        widgets::para(ui, cx.t(S::NoVerifiedLines));
    }
    for (country, lines) in groups {
        widgets::heading(ui, &country);
        for l in lines {
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
                        egui::Label::new(
                            RichText::new(&l.number).size(28.0).strong().color(p.accent),
                        )
                        .selectable(true),
                    );
                });
                if let Some(h) = &l.hours {
                    ui.label(cx.c(h));
                }
                if let Some(n) = &l.notes {
                    widgets::para(ui, cx.c(n));
                }
                widgets::weak(ui, &p, &cx.tf(S::Operator, &[&l.operator]));
                ui.label(
                    RichText::new(cx.tf(S::LastChecked, &[&l.last_checked]))
                        .small()
                        .color(p.weak),
                );
            });
            ui.add_space(4.0);
        }
    }
    ui.add_space(8.0);
    widgets::para(ui, cx.t(S::UnverifiedCountries));
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
