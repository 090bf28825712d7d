//! Settings: language, text size, contrast, and the learner's own profile.

use eframe::egui::{self, RichText};

use crate::app::command::Command;
use crate::app::cx::Cx;
use crate::app::state::{Drafts, SettingsState};
use crate::app::strings::S;
use crate::app::{pickers, widgets, words};

pub fn show(
    ui: &mut egui::Ui,
    cx: &Cx,
    st: &SettingsState,
    drafts: &mut Drafts,
    cmds: &mut Vec<Command>,
) {
    let p = cx.p;
    widgets::title(ui, cx.t(S::SettingsTitle));
    if let Some(m) = &st.message {
        words::show_msg(ui, cx, m);
    }
    pickers::language_picker(ui, cx, cmds);
    ui.add_space(8.0);

    let zoom = cx.state.zoom();
    widgets::subheading(ui, cx.t(S::TextSize));
    ui.horizontal(|ui| {
        let smaller = ui.button("A−").on_hover_text(cx.t(S::Smaller));
        smaller
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, cx.t(S::Smaller)));
        if smaller.clicked() {
            cmds.push(Command::SetZoom(zoom - 0.1));
        }
        ui.label(format!("{:.0}%", zoom * 100.0));
        let larger = ui.button("A+").on_hover_text(cx.t(S::Larger));
        larger.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, cx.t(S::Larger)));
        if larger.clicked() {
            cmds.push(Command::SetZoom(zoom + 0.1));
        }
        if ui.button(cx.t(S::ResetSize)).clicked() {
            cmds.push(Command::SetZoom(1.0));
        }
    });
    widgets::weak(ui, &p, cx.t(S::TextSizeTip));
    ui.add_space(8.0);
    let mut hc = cx.state.high_contrast();
    if ui
        .checkbox(&mut hc, cx.t(S::HighContrast))
        .on_hover_text(cx.t(S::HighContrastTip))
        .changed()
    {
        cmds.push(Command::SetHighContrast(hc));
    }
    ui.add_space(8.0);
    widgets::subheading(ui, cx.t(S::ReadAloud));
    let mut slow = cx.state.reading.slow;
    if ui
        .checkbox(&mut slow, cx.t(S::ReadSlowly))
        .on_hover_text(cx.t(S::ReadSlowlyTip))
        .changed()
    {
        cmds.push(Command::SetSlowReading(slow));
    }
    if let Err(why) = cx.voice {
        widgets::weak(ui, &p, cx.t(why));
    }

    let Some(s) = cx.state.session.as_ref() else {
        return;
    };
    ui.add_space(14.0);
    ui.separator();
    widgets::heading(ui, cx.t(S::YourProfile));
    if s.guest {
        widgets::para(ui, cx.t(S::GuestTip));
    } else if s.read_only {
        widgets::para(ui, cx.t(S::ReadOnlyNotice));
    } else {
        ui.label(RichText::new(&s.progress.profile.name).size(24.0).strong());
        if st.renaming {
            ui.horizontal(|ui| {
                let l = ui.label(cx.t(S::NewName));
                ui.add(egui::TextEdit::singleline(&mut drafts.rename).char_limit(40))
                    .labelled_by(l.id);
                if ui.button(cx.t(S::Save)).clicked() {
                    cmds.push(Command::RenameProfile(drafts.rename.clone()));
                }
            });
            if ui.button(cx.t(S::Cancel)).clicked() {
                cmds.push(Command::SettingsRenaming(false));
            }
        } else if ui.button(cx.t(S::Rename)).clicked() {
            cmds.push(Command::SettingsRenaming(true));
        }
        ui.add_space(8.0);
        widgets::subheading(ui, cx.t(S::Pin));
        widgets::weak(ui, &p, cx.t(S::PinExplain));
        if st.setting_pin {
            ui.horizontal(|ui| {
                let l = ui.label(cx.t(S::NewPin));
                ui.add(
                    egui::TextEdit::singleline(&mut drafts.new_pin)
                        .password(true)
                        .char_limit(8)
                        .desired_width(140.0),
                )
                .labelled_by(l.id);
                if ui.button(cx.t(S::Save)).clicked() {
                    cmds.push(Command::SetPin(Some(drafts.new_pin.clone())));
                }
                if ui.button(cx.t(S::Cancel)).clicked() {
                    cmds.push(Command::SettingsSettingPin(false));
                }
            });
        } else {
            ui.horizontal(|ui| {
                if ui.button(cx.t(S::SetPin)).clicked() {
                    cmds.push(Command::SettingsSettingPin(true));
                }
                if s.progress.profile.pin.is_some() && ui.button(cx.t(S::RemovePin)).clicked() {
                    cmds.push(Command::SetPin(None));
                }
            });
        }
        ui.add_space(8.0);
        let export = ui
            .button(format!("💾 {}", cx.t(S::ExportProgress)))
            .on_hover_text(cx.t(S::ExportTip));
        widgets::words_name(&export, cx.t(S::ExportProgress));
        if export.clicked() {
            cmds.push(Command::ExportProgress);
        }
        widgets::weak(ui, &p, cx.t(S::ExportTip));
        ui.add_space(12.0);
        if !st.deleting {
            if ui
                .button(RichText::new(cx.t(S::DeleteProfile)).color(p.bad))
                .clicked()
            {
                cmds.push(Command::SettingsDeleting(true));
            }
        } else {
            widgets::note_box(ui, p.card, p.bad, |ui| {
                let l = widgets::para(ui, &cx.tf(S::DeleteConfirm, &[&s.progress.profile.name]));
                ui.add(egui::TextEdit::singleline(&mut drafts.delete_confirm).char_limit(40))
                    .labelled_by(l.id);
                ui.horizontal(|ui| {
                    let ok = drafts.delete_confirm.trim() == s.progress.profile.name;
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
                        cmds.push(Command::SettingsDeleting(false));
                    }
                });
            });
        }
    }
    ui.add_space(14.0);
    if ui.button(cx.t(S::SignOut)).clicked() {
        cmds.push(Command::SignOut);
    }
}
