//! The first screen: a neutral welcome, the language, and who is learning.

use eframe::egui::{self, Key, RichText};

use crate::app::command::Command;
use crate::app::cx::Cx;
use crate::app::state::{Drafts, StartState};
use crate::app::strings::S;
use crate::app::{pickers, widgets, words};

fn pin_field(ui: &mut egui::Ui, label: &str, value: &mut String) -> (egui::Response, bool) {
    let l = ui.label(label);
    let r = ui
        .add(
            egui::TextEdit::singleline(value)
                .password(true)
                .desired_width(160.0)
                .char_limit(8),
        )
        .labelled_by(l.id);
    let enter = r.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
    (r, enter)
}

pub fn show(
    ui: &mut egui::Ui,
    cx: &Cx,
    st: &StartState,
    drafts: &mut Drafts,
    cmds: &mut Vec<Command>,
) {
    let p = cx.p;
    ui.add_space(8.0);
    ui.horizontal_wrapped(|ui| {
        pickers::language_picker(ui, cx, cmds);
        ui.add_space(16.0);
        // Before anyone signs in: contrast for everyone on this computer.
        let mut hc = cx.state.settings.high_contrast;
        if ui
            .checkbox(&mut hc, cx.t(S::HighContrast))
            .on_hover_text(cx.t(S::HighContrastTip))
            .changed()
        {
            cmds.push(Command::SetHighContrast(hc));
        }
    });
    ui.add_space(8.0);
    widgets::title(ui, cx.t(S::AppName));
    // The course's own words: its tagline, if it has one.
    if let Some(tagline) = &cx.course.meta.tagline {
        widgets::para(ui, cx.c(tagline));
    }
    ui.add_space(12.0);

    if let Some(err) = &st.error {
        let r = ui.label(RichText::new(words::msg(cx, err)).color(p.bad));
        widgets::live(ui, &r);
    }

    if let Some(id) = &st.locked {
        let name = st
            .profiles
            .iter()
            .find(|e| e.id == *id)
            .map(|e| e.name.clone())
            .unwrap_or_else(|| id.clone());
        widgets::note_box(ui, p.card, p.bad, |ui| {
            let r = widgets::para(ui, &cx.tf(S::ProfileLocked, &[&name]));
            widgets::live(ui, &r);
            ui.horizontal(|ui| {
                if ui.button(cx.t(S::OpenReadOnly)).clicked() {
                    cmds.push(Command::OpenProfile {
                        id: id.clone(),
                        pin: Some(drafts.pin.clone()),
                        read_only: true,
                    });
                    cmds.push(Command::StartDismissLocked);
                }
                if ui.button(cx.t(S::ChooseAnother)).clicked() {
                    cmds.push(Command::StartDismissLocked);
                }
            });
        });
        ui.add_space(8.0);
    }

    widgets::heading(ui, cx.t(S::WhoIsLearning));
    if st.profiles.is_empty() {
        widgets::weak(ui, &p, cx.t(S::NoProfilesYet));
    }
    for e in &st.profiles {
        let mut label = e.name.clone();
        if e.has_pin {
            label.push_str(&format!("  🔒 {}", cx.t(S::HasPin)));
        }
        if e.needs_repair {
            label.push_str(&format!("  ({})", cx.t(S::NeedsRepair)));
        }
        let r = ui
            .add_sized(
                [ui.available_width().min(480.0), 44.0],
                egui::Button::new(RichText::new(label).size(21.0)),
            )
            .on_hover_text(cx.t(S::OpenProfileTip));
        if r.clicked() {
            if e.has_pin {
                cmds.push(Command::StartAskPin(Some(e.id.clone())));
            } else {
                cmds.push(Command::OpenProfile {
                    id: e.id.clone(),
                    pin: None,
                    read_only: false,
                });
            }
        }
        if st.pin_for.as_deref() == Some(e.id.as_str()) {
            ui.horizontal(|ui| {
                let (field, enter) =
                    pin_field(ui, &cx.tf(S::EnterPin, &[&e.name]), &mut drafts.pin);
                if drafts.pin.is_empty() && !field.has_focus() && !field.lost_focus() {
                    field.request_focus();
                }
                if ui.button(cx.t(S::Open)).clicked() || enter {
                    cmds.push(Command::OpenProfile {
                        id: e.id.clone(),
                        pin: Some(drafts.pin.clone()),
                        read_only: false,
                    });
                }
                if ui.button(cx.t(S::Cancel)).clicked() {
                    cmds.push(Command::StartAskPin(None));
                }
            });
        }
    }
    ui.add_space(10.0);

    if st.creating {
        widgets::card(ui, &p, |ui| {
            widgets::subheading(ui, cx.t(S::NewProfile));
            let l = ui.label(cx.t(S::YourName));
            let r = ui
                .add(
                    egui::TextEdit::singleline(&mut drafts.new_name)
                        .char_limit(40)
                        .desired_width(320.0),
                )
                .labelled_by(l.id);
            if drafts.new_name.is_empty() && !r.has_focus() && !r.lost_focus() {
                r.request_focus();
            }
            let enter = r.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            ui.horizontal(|ui| {
                if widgets::primary(ui, &p, cx.t(S::Create)).clicked() || enter {
                    cmds.push(Command::CreateProfile {
                        name: drafts.new_name.clone(),
                    });
                }
                if ui.button(cx.t(S::Cancel)).clicked() {
                    cmds.push(Command::StartCreating(false));
                }
            });
        });
    } else if widgets::primary(ui, &p, &format!("+ {}", cx.t(S::NewProfile))).clicked() {
        cmds.push(Command::StartCreating(true));
    }
    ui.add_space(6.0);
    if ui
        .button(cx.t(S::ContinueAsGuest))
        .on_hover_text(cx.t(S::GuestTip))
        .clicked()
    {
        cmds.push(Command::Guest);
    }
    ui.add_space(20.0);
    widgets::weak(ui, &p, cx.t(S::PrivacyNote));
    ui.add_space(20.0);
    ui.separator();
    let fac = ui
        .button(cx.t(S::FacilitatorMode))
        .on_hover_text(cx.t(S::FacilitatorTip));
    if fac.clicked() {
        if cx.state.settings.facilitator_pin.is_some() {
            cmds.push(Command::StartAskFacilitatorPin);
        } else {
            cmds.push(Command::EnterFacilitator { pin: None });
        }
    }
    if st.facilitator_pin {
        ui.horizontal(|ui| {
            let (_f, enter) = pin_field(ui, cx.t(S::FacilitatorPinPrompt), &mut drafts.pin);
            if ui.button(cx.t(S::Open)).clicked() || enter {
                cmds.push(Command::EnterFacilitator {
                    pin: Some(drafts.pin.clone()),
                });
            }
        });
    }
}
