//! Lesson packs: install a course from a folder or a .zip, and switch courses.

use eframe::egui::{self, RichText};

use crate::app::command::{Command, FacCommand};
use crate::app::cx::Cx;
use crate::app::state::PacksState;
use crate::app::strings::S;
use crate::app::{widgets, words};

pub fn show(ui: &mut egui::Ui, cx: &Cx, st: &PacksState, cmds: &mut Vec<Command>) {
    let p = cx.p;
    let fc = Command::Facilitator;
    widgets::title(ui, cx.t(S::LessonPacks));
    if let Some(m) = &st.message {
        words::show_msg(ui, cx, m);
    }
    for d in &st.problems {
        let line = format!(
            "{}: {}",
            d.location(),
            crate::i18n::diag::message(d, cx.l())
        );
        ui.add(egui::Label::new(RichText::new(line).color(p.bad).small()).wrap());
    }
    ui.horizontal_wrapped(|ui| {
        if widgets::primary(ui, &p, cx.t(S::ImportFolder)).clicked() {
            cmds.push(fc(FacCommand::ImportPackFolder));
        }
        if widgets::primary(ui, &p, cx.t(S::ImportZip)).clicked() {
            cmds.push(fc(FacCommand::ImportPackZip));
        }
        if ui.button(cx.t(S::BackToHub)).clicked() {
            cmds.push(fc(FacCommand::Hub));
        }
    });
    ui.add_space(8.0);
    widgets::heading(ui, cx.t(S::InstalledCourses));
    let active = cx.state.settings.active_course.clone();
    widgets::card(ui, &p, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(cx.t(S::BundledCourse)).strong());
            if active.is_none() {
                ui.label(RichText::new(format!("✔ {}", cx.t(S::InUse))).color(p.good));
            } else if ui.button(cx.t(S::UseCourse)).clicked() {
                cmds.push(fc(FacCommand::UseCourse(None)));
            }
        });
    });
    for inst in &st.installed {
        widgets::card(ui, &p, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(cx.c(&inst.title)).strong());
                ui.label(
                    RichText::new(format!(
                        "{} v{} · {} modules",
                        inst.id, inst.version, inst.modules
                    ))
                    .small()
                    .color(p.weak),
                );
                if active.as_deref() == Some(inst.id.as_str()) {
                    ui.label(RichText::new(format!("✔ {}", cx.t(S::InUse))).color(p.good));
                } else {
                    let b = ui.button(cx.t(S::UseCourse));
                    b.widget_info(|| {
                        egui::WidgetInfo::labeled(
                            egui::Role::Button,
                            true,
                            format!("{}: {}", cx.t(S::UseCourse), inst.id),
                        )
                    });
                    if b.clicked() {
                        cmds.push(fc(FacCommand::UseCourse(Some(inst.id.clone()))));
                    }
                }
            });
        });
    }
}
