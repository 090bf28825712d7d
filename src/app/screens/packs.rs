//! Lesson packs: install a course from a folder or a .zip, and switch courses.

use eframe::egui::{self, RichText};

use super::Screen;
use super::facilitator::FacCommand;
use crate::app::{AlertaApp, Command, Cx, S, strings, widgets};
use crate::course::Diagnostic;
use crate::pack::{self, Installed, PackError};
use crate::progress::DataDir;

pub struct PacksState {
    pub installed: Vec<Installed>,
    pub message: Option<String>,
    pub problems: Vec<Diagnostic>,
}

impl PacksState {
    pub fn load(data: &DataDir) -> PacksState {
        PacksState {
            installed: pack::list_installed(&data.courses_dir()),
            message: None,
            problems: Vec::new(),
        }
    }
}

pub fn apply(app: &mut AlertaApp, cmd: FacCommand) {
    let lang = app.lang;
    let courses = app.env.data.courses_dir();
    let result = match cmd {
        FacCommand::ImportPackFolder => app
            .env
            .dialogs
            .open_folder(S::ImportFolder.get(lang))
            .map(|dir| pack::import_folder(&dir, &courses)),
        FacCommand::ImportPackZip => {
            let files = app.env.dialogs.open_files(S::ImportZip.get(lang), "zip");
            files.first().map(|f| pack::import_zip(f, &courses))
        }
        FacCommand::UseCourse(id) => {
            app.settings.active_course = id;
            let _ = app.env.data.save_settings(&app.settings);
            let loaded = crate::app::load_active_course(&app.env, &app.settings);
            app.course = loaded.course;
            let mut st = PacksState::load(&app.env.data);
            st.message = Some(strings::fill(
                S::RestartToApply.get(lang),
                &[&app.course.meta.title.get(lang.code())],
            ));
            app.screen = Screen::Packs(st);
            return;
        }
        _ => None,
    };
    let mut st = PacksState::load(&app.env.data);
    match result {
        None => {}
        Some(Ok(inst)) => {
            st.message = Some(strings::fill(
                S::PackInstalled.get(lang),
                &[&inst.title.get(lang.code())],
            ))
        }
        Some(Err(PackError::Invalid(diags))) => {
            st.message = Some(S::PackInvalid.get(lang).into());
            st.problems = diags;
        }
        Some(Err(e)) => st.message = Some(strings::fill(S::ErrorPrefix.get(lang), &[&e])),
    }
    app.screen = Screen::Packs(st);
}

pub fn show(ui: &mut egui::Ui, cx: &Cx, st: &mut PacksState, cmds: &mut Vec<Command>) {
    let p = cx.p;
    let fc = Command::Facilitator;
    widgets::title(ui, cx.t(S::LessonPacks));
    if let Some(m) = &st.message {
        let r = ui.add(egui::Label::new(RichText::new(m).strong().color(p.accent)).wrap());
        widgets::live(ui, &r);
    }
    for d in &st.problems {
        ui.add(egui::Label::new(RichText::new(d.to_string()).color(p.bad).small()).wrap());
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
    let active = cx.settings.active_course.clone();
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
