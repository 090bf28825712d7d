//! Home: the modules as cards, "Continue", review, and modules that failed to load.

use eframe::egui::{self, RichText};

use crate::app::command::{Command, Nav};
use crate::app::cx::Cx;
use crate::app::strings::S;
use crate::app::widgets;
use crate::progress::ModuleStatus;

pub fn show(ui: &mut egui::Ui, cx: &Cx, cmds: &mut Vec<Command>) {
    let p = cx.p;
    let course = cx.course;
    let cid = &course.meta.id;
    widgets::title(ui, cx.c(&course.meta.title));
    // The course's own description.
    if course.meta.description.has(cx.lang) {
        widgets::weak(ui, &p, cx.c(&course.meta.description));
    }

    let passed = cx.progress.map(|pr| pr.passed_count(cid)).unwrap_or(0);
    let total = course.modules.len();
    let overall = cx.tf(S::ProgressOverall, &[&passed, &total]);
    ui.label(&overall);
    widgets::progress(
        ui,
        if total == 0 {
            0.0
        } else {
            passed as f32 / total as f32
        },
        &overall,
    );
    ui.add_space(8.0);

    let resume = cx
        .progress
        .and_then(|pr| pr.course(cid))
        .and_then(|c| c.resume.as_ref())
        .and_then(|r| course.modules.iter().find(|m| m.id == r.module));
    ui.horizontal_wrapped(|ui| {
        let clicked = match resume {
            Some(m) => widgets::primary(ui, &p, &format!("▶ {}", cx.t(S::ContinueWhereLeft)))
                .on_hover_text(cx.tf(S::ContinueTip, &[&cx.c(&m.title)]))
                .clicked(),
            None if !course.modules.is_empty() => {
                widgets::primary(ui, &p, &format!("▶ {}", cx.t(S::StartCourse))).clicked()
            }
            None => false,
        };
        if clicked {
            cmds.push(Command::Continue);
        }
        if widgets::button(ui, cx.t(S::MyMistakes), cx.t(S::MyMistakesTip)).clicked() {
            cmds.push(Command::Go(Nav::Mistakes));
        }
    });

    let due = cx
        .progress
        .map(|pr| pr.due_reviews(course, cx.now).len())
        .unwrap_or(0);
    if due > 0 {
        ui.add_space(6.0);
        widgets::note_box(ui, p.note_bg, p.accent, |ui| {
            ui.horizontal_wrapped(|ui| {
                let text = if due == 1 {
                    cx.t(S::ReviewOne).to_string()
                } else {
                    cx.tf(S::ReviewDue, &[&due])
                };
                ui.label(RichText::new(text).strong());
                if widgets::primary(ui, &p, cx.t(S::StartReview)).clicked() {
                    cmds.push(Command::Go(Nav::Review));
                }
            });
        });
    }

    ui.add_space(10.0);
    widgets::heading(ui, cx.t(S::Modules));
    for (i, m) in course.modules.iter().enumerate() {
        let status = cx
            .progress
            .map(|pr| pr.module_status(cid, &m.id))
            .unwrap_or(ModuleStatus::NotStarted);
        let title = cx.c(&m.title);
        widgets::card(ui, &p, |ui| {
            widgets::subheading(ui, &format!("{}. {}", i + 1, title));
            widgets::para(ui, cx.c(&m.summary));
            ui.horizontal_wrapped(|ui| {
                let (text, color) = match status {
                    ModuleStatus::NotStarted => (cx.t(S::NotStarted).to_string(), p.weak),
                    ModuleStatus::InProgress => (cx.t(S::InProgress).to_string(), p.accent),
                    ModuleStatus::Passed { score } => {
                        (format!("✔ {}", cx.tf(S::PassedWith, &[&score])), p.good)
                    }
                };
                ui.label(RichText::new(text).color(color).strong());
                ui.label(RichText::new("·").color(p.weak));
                ui.label(RichText::new(cx.tf(S::Minutes, &[&m.minutes])).color(p.weak));
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    let open = ui
                        .button(cx.t(S::OpenModule))
                        .on_hover_text(cx.tf(S::OpenModuleTip, &[&title]));
                    open.widget_info(|| {
                        egui::WidgetInfo::labeled(
                            egui::Role::Button,
                            true,
                            cx.tf(S::OpenModuleTip, &[&title]),
                        )
                    });
                    if open.clicked() {
                        cmds.push(Command::Go(Nav::Module(m.id.clone())));
                    }
                });
            });
        });
        ui.add_space(6.0);
    }

    if !course.failed.is_empty() {
        ui.add_space(10.0);
        widgets::heading(ui, cx.t(S::FailedModules));
        for f in &course.failed {
            let name = f
                .title
                .as_ref()
                .map(|t| cx.c(t).to_string())
                .or_else(|| f.id.clone())
                .unwrap_or_else(|| {
                    f.file
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default()
                });
            widgets::note_box(ui, p.card, p.bad, |ui| {
                ui.label(RichText::new(cx.tf(S::FailedModuleLine, &[&name])).strong());
                for d in f.errors.iter().take(3) {
                    ui.add(
                        egui::Label::new(
                            RichText::new(format!(
                                "{}: {}",
                                d.location(),
                                crate::i18n::diag::message(d, cx.l())
                            ))
                            .color(p.text)
                            .small(),
                        )
                        .wrap(),
                    );
                }
                if f.errors.len() > 3 {
                    ui.label(RichText::new(format!("… +{}", f.errors.len() - 3)).small());
                }
                widgets::weak(ui, &p, cx.t(S::FailedModuleHelp));
            });
        }
    }
}
