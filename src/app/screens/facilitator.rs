//! Facilitator mode: the hub, and the commands of the facilitator screens
//! (presenter, class report, lesson packs).

use std::path::PathBuf;

use eframe::egui::{self, RichText};

use super::Screen;
use super::classroom::ClassState;
use super::packs::PacksState;
use super::presenter::{Presentation, PresenterState};
use crate::app::{AlertaApp, Command, Cx, S, strings, widgets};
use crate::progress::ProfileEntry;
use crate::progress::store::Mode;

/// What facilitator mode keeps while it is on.
#[derive(Default)]
pub struct FacilitatorSession {
    pub presentation: Option<Presentation>,
}

/// The hub screen's own state.
#[derive(Default)]
pub struct FacState {
    pub profiles: Option<Vec<ProfileEntry>>,
    pub message: Option<String>,
    pub new_pin: String,
    pub setting_pin: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum FacCommand {
    Hub,
    Present(usize),
    Step(isize),
    Reveal,
    Tally { choice: usize, delta: i32 },
    FollowMajority,
    ToggleNotes,
    ToggleAudienceWindow,
    ResetTimer,
    EndSession,
    ExportSummary,
    OpenClassroom,
    ImportProgress,
    ExportCsv { anonymised: bool },
    Certificate { learner: usize },
    OpenPacks,
    ImportPackFolder,
    ImportPackZip,
    UseCourse(Option<String>),
    ResetPin(String),
    SetFacilitatorPin(Option<String>),
}

pub fn show(ui: &mut egui::Ui, cx: &Cx, st: &mut FacState, cmds: &mut Vec<Command>) {
    let p = cx.p;
    widgets::title(ui, cx.t(S::FacilitatorTitle));
    if let Some(m) = &st.message {
        let r = ui.label(RichText::new(m).strong().color(p.accent));
        widgets::live(ui, &r);
    }
    super::start::language_picker(ui, cx, cmds);
    ui.add_space(6.0);

    widgets::heading(ui, cx.t(S::Presenter));
    widgets::weak(ui, &p, cx.t(S::PresenterTip));
    for (i, m) in cx.course.modules.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            let title = cx.c(&m.title);
            let b = ui.button(format!("▶ {}", cx.t(S::Present)));
            b.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Button,
                    true,
                    format!("{}: {title}", cx.t(S::Present)),
                )
            });
            if b.clicked() {
                cmds.push(Command::Facilitator(FacCommand::Present(i)));
            }
            ui.label(format!("{}. {title}", i + 1));
        });
    }
    ui.add_space(10.0);
    ui.horizontal_wrapped(|ui| {
        if widgets::primary(ui, &p, cx.t(S::Classroom))
            .on_hover_text(cx.t(S::ClassroomTip))
            .clicked()
        {
            cmds.push(Command::Facilitator(FacCommand::OpenClassroom));
        }
        if widgets::primary(ui, &p, cx.t(S::LessonPacks))
            .on_hover_text(cx.t(S::LessonPacksTip))
            .clicked()
        {
            cmds.push(Command::Facilitator(FacCommand::OpenPacks));
        }
    });

    ui.add_space(10.0);
    widgets::heading(ui, cx.t(S::Profiles));
    let profiles = st.profiles.get_or_insert_with(|| cx.data.list_profiles());
    if profiles.is_empty() {
        widgets::weak(ui, &p, cx.t(S::NoLearners));
    }
    for e in profiles.iter() {
        ui.horizontal_wrapped(|ui| {
            ui.label(&e.name);
            if e.has_pin {
                let b = ui.button(cx.t(S::ResetPin));
                b.widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::Button,
                        true,
                        format!("{}: {}", cx.t(S::ResetPin), e.name),
                    )
                });
                if b.clicked() {
                    cmds.push(Command::Facilitator(FacCommand::ResetPin(e.id.clone())));
                }
            }
        });
    }

    ui.add_space(10.0);
    widgets::subheading(ui, cx.t(S::FacilitatorSetPin));
    widgets::weak(ui, &p, cx.t(S::PinExplain));
    if st.setting_pin {
        ui.horizontal(|ui| {
            let l = ui.label(cx.t(S::NewPin));
            ui.add(
                egui::TextEdit::singleline(&mut st.new_pin)
                    .password(true)
                    .char_limit(8)
                    .desired_width(140.0),
            )
            .labelled_by(l.id);
            if ui.button(cx.t(S::Save)).clicked() {
                cmds.push(Command::Facilitator(FacCommand::SetFacilitatorPin(Some(
                    st.new_pin.clone(),
                ))));
                st.setting_pin = false;
                st.new_pin.clear();
            }
            if ui.button(cx.t(S::Cancel)).clicked() {
                st.setting_pin = false;
            }
        });
    } else {
        ui.horizontal(|ui| {
            if ui.button(cx.t(S::SetPin)).clicked() {
                st.setting_pin = true;
            }
            if cx.settings.facilitator_pin.is_some() && ui.button(cx.t(S::RemovePin)).clicked() {
                cmds.push(Command::Facilitator(FacCommand::SetFacilitatorPin(None)));
            }
        });
    }
    ui.add_space(16.0);
    if ui.button(cx.t(S::LeaveFacilitator)).clicked() {
        cmds.push(Command::LeaveFacilitator);
    }
}

fn hub_message(app: &mut AlertaApp, msg: String) {
    if let Screen::Facilitator(st) = &mut app.screen {
        st.message = Some(msg);
        st.profiles = None;
    }
}

/// Applies a facilitator command.
pub fn apply(app: &mut AlertaApp, cmd: FacCommand) {
    if app.facilitator.is_none() {
        return;
    }
    let lang = app.lang;
    match cmd {
        FacCommand::Hub => {
            app.screen = Screen::Facilitator(Default::default());
        }
        FacCommand::Present(mi) => {
            let Some(m) = app.course.modules.get(mi) else {
                return;
            };
            let now = app.env.clock.now().unix;
            let file = app.env.data.root.join("sessions").join(format!(
                "session-{}-{}.ron",
                m.id,
                crate::progress::clock::local_date(now)
            ));
            let pres = Presentation::new(&app.course, mi, now, file);
            if let Some(f) = &mut app.facilitator {
                f.presentation = Some(pres);
            }
            app.screen = Screen::Presenter(PresenterState::default());
        }
        FacCommand::Step(_)
        | FacCommand::Reveal
        | FacCommand::Tally { .. }
        | FacCommand::FollowMajority
        | FacCommand::ToggleNotes
        | FacCommand::ToggleAudienceWindow
        | FacCommand::ResetTimer
        | FacCommand::EndSession
        | FacCommand::ExportSummary => super::presenter::apply(app, cmd),
        FacCommand::OpenClassroom => {
            let st = ClassState::load(&app.course, &app.env.data);
            app.screen = Screen::Classroom(st);
        }
        FacCommand::ImportProgress
        | FacCommand::ExportCsv { .. }
        | FacCommand::Certificate { .. } => super::classroom::apply(app, cmd),
        FacCommand::OpenPacks => {
            app.screen = Screen::Packs(PacksState::load(&app.env.data));
        }
        FacCommand::ImportPackFolder | FacCommand::ImportPackZip | FacCommand::UseCourse(_) => {
            super::packs::apply(app, cmd)
        }
        FacCommand::ResetPin(id) => {
            let msg = match app.env.data.open_profile(&id, Mode::ReadWrite) {
                Ok(mut o) => {
                    o.progress.profile.pin = None;
                    match o.store.save(&o.progress) {
                        Ok(()) => {
                            strings::fill(S::PinWasReset.get(lang), &[&o.progress.profile.name])
                        }
                        Err(e) => strings::fill(S::ErrorPrefix.get(lang), &[&e]),
                    }
                }
                Err(e) => strings::fill(S::ErrorPrefix.get(lang), &[&e]),
            };
            hub_message(app, msg);
        }
        FacCommand::SetFacilitatorPin(pin) => {
            match pin {
                Some(p) if !crate::progress::model::valid_pin(&p) => {
                    hub_message(app, S::PinInvalid.get(lang).into());
                    return;
                }
                Some(p) => match crate::progress::model::PinHash::new(&p) {
                    Ok(h) => app.settings.facilitator_pin = Some(h),
                    Err(e) => {
                        hub_message(app, strings::fill(S::ErrorPrefix.get(lang), &[&e]));
                        return;
                    }
                },
                None => app.settings.facilitator_pin = None,
            }
            let msg = match app.env.data.save_settings(&app.settings) {
                Ok(()) => S::Done.get(lang).to_string(),
                Err(e) => strings::fill(S::ErrorPrefix.get(lang), &[&e]),
            };
            hub_message(app, msg);
        }
    }
}

/// Asks where to save a file; `None` if the dialog was cancelled.
pub fn ask_save(app: &mut AlertaApp, title: S, name: &str, ext: &str) -> Option<PathBuf> {
    let t = title.get(app.lang);
    app.env.dialogs.save_file(t, name, ext)
}
