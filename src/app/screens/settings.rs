//! Settings: language, text size, contrast, and the learner's own profile.

use eframe::egui::{self, RichText};

use super::start::language_picker;
use crate::app::session::Session;
use crate::app::{Command, Cx, S, widgets};

#[derive(Default)]
pub struct SettingsState {
    pub renaming: Option<String>,
    pub setting_pin: bool,
    pub pin_input: String,
    /// The name typed to confirm deletion.
    pub deleting: Option<String>,
    pub message: Option<String>,
}

pub fn show(
    ui: &mut egui::Ui,
    cx: &Cx,
    session: Option<&Session>,
    st: &mut SettingsState,
    cmds: &mut Vec<Command>,
) {
    let p = cx.p;
    widgets::title(ui, cx.t(S::SettingsTitle));
    if let Some(m) = &st.message {
        let r = ui.label(RichText::new(m).strong().color(p.accent));
        widgets::live(ui, &r);
    }
    language_picker(ui, cx, cmds);
    ui.add_space(8.0);

    let zoom = session
        .map(|s| s.progress.settings.zoom)
        .unwrap_or(cx.settings.zoom);
    widgets::subheading(ui, cx.t(S::TextSize));
    ui.horizontal(|ui| {
        if ui.button("A−").on_hover_text(cx.t(S::Smaller)).clicked() {
            cmds.push(Command::SetZoom(zoom - 0.1));
        }
        ui.label(format!("{:.0}%", zoom * 100.0));
        if ui.button("A+").on_hover_text(cx.t(S::Larger)).clicked() {
            cmds.push(Command::SetZoom(zoom + 0.1));
        }
        if ui.button(cx.t(S::ResetSize)).clicked() {
            cmds.push(Command::SetZoom(1.0));
        }
    });
    widgets::weak(ui, &p, cx.t(S::TextSizeTip));
    ui.add_space(8.0);
    let mut hc = session
        .map(|s| s.progress.settings.high_contrast)
        .unwrap_or(cx.settings.high_contrast);
    if ui
        .checkbox(&mut hc, cx.t(S::HighContrast))
        .on_hover_text(cx.t(S::HighContrastTip))
        .changed()
    {
        cmds.push(Command::SetHighContrast(hc));
    }

    let Some(s) = session else { return };
    ui.add_space(14.0);
    ui.separator();
    widgets::heading(ui, cx.t(S::YourProfile));
    if s.guest {
        widgets::para(ui, cx.t(S::GuestTip));
    } else if s.read_only {
        widgets::para(ui, cx.t(S::ReadOnlyNotice));
    } else {
        ui.label(RichText::new(&s.progress.profile.name).size(24.0).strong());
        match &mut st.renaming {
            Some(name) => {
                ui.horizontal(|ui| {
                    let l = ui.label(cx.t(S::NewName));
                    ui.add(egui::TextEdit::singleline(name).char_limit(40))
                        .labelled_by(l.id);
                    if ui.button(cx.t(S::Save)).clicked() {
                        cmds.push(Command::RenameProfile(name.clone()));
                    }
                });
                if ui.button(cx.t(S::Cancel)).clicked() {
                    st.renaming = None;
                }
            }
            None => {
                if ui.button(cx.t(S::Rename)).clicked() {
                    st.renaming = Some(s.progress.profile.name.clone());
                    st.message = None;
                }
            }
        }
        ui.add_space(8.0);
        widgets::subheading(ui, cx.t(S::Pin));
        widgets::weak(ui, &p, cx.t(S::PinExplain));
        if st.setting_pin {
            ui.horizontal(|ui| {
                let l = ui.label(cx.t(S::NewPin));
                ui.add(
                    egui::TextEdit::singleline(&mut st.pin_input)
                        .password(true)
                        .char_limit(8)
                        .desired_width(140.0),
                )
                .labelled_by(l.id);
                if ui.button(cx.t(S::Save)).clicked() {
                    cmds.push(Command::SetPin(Some(st.pin_input.clone())));
                    st.setting_pin = false;
                }
                if ui.button(cx.t(S::Cancel)).clicked() {
                    st.setting_pin = false;
                    st.pin_input.clear();
                }
            });
        } else {
            ui.horizontal(|ui| {
                if ui.button(cx.t(S::SetPin)).clicked() {
                    st.setting_pin = true;
                    st.message = None;
                }
                if s.progress.profile.pin.is_some() && ui.button(cx.t(S::RemovePin)).clicked() {
                    cmds.push(Command::SetPin(None));
                }
            });
        }
        ui.add_space(8.0);
        if ui
            .button(format!("💾 {}", cx.t(S::ExportProgress)))
            .on_hover_text(cx.t(S::ExportTip))
            .clicked()
        {
            cmds.push(Command::ExportProgress);
        }
        widgets::weak(ui, &p, cx.t(S::ExportTip));
        ui.add_space(12.0);
        let mut cancel_delete = false;
        match &mut st.deleting {
            None => {
                if ui
                    .button(RichText::new(cx.t(S::DeleteProfile)).color(p.bad))
                    .clicked()
                {
                    st.deleting = Some(String::new());
                }
            }
            Some(typed) => {
                widgets::note_box(ui, p.card, p.bad, |ui| {
                    let l =
                        widgets::para(ui, &cx.tf(S::DeleteConfirm, &[&s.progress.profile.name]));
                    ui.add(egui::TextEdit::singleline(typed).char_limit(40))
                        .labelled_by(l.id);
                    ui.horizontal(|ui| {
                        let ok = typed.trim() == s.progress.profile.name;
                        if ui
                            .add_enabled(
                                ok,
                                egui::Button::new(
                                    RichText::new(cx.t(S::DeleteForGood)).color(p.on_bad),
                                )
                                .fill(p.bad),
                            )
                            .clicked()
                        {
                            cmds.push(Command::DeleteProfile);
                        }
                        if ui.button(cx.t(S::Cancel)).clicked() {
                            cancel_delete = true;
                        }
                    });
                });
            }
        }
        if cancel_delete {
            st.deleting = None;
        }
    }
    ui.add_space(14.0);
    if ui.button(cx.t(S::SignOut)).clicked() {
        cmds.push(Command::SignOut);
    }
}
