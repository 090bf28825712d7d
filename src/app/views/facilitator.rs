//! Facilitator mode's hub: present a module, the class report, lesson packs,
//! profiles whose PIN was forgotten, and the facilitator's own PIN.

use eframe::egui::{self, RichText};

use crate::app::command::{Command, FacCommand};
use crate::app::cx::Cx;
use crate::app::state::{Drafts, FacState, PrintChoice};
use crate::app::strings::S;
use crate::app::{pickers, widgets, words};
use crate::print::DocKind;

pub fn show(
    ui: &mut egui::Ui,
    cx: &Cx,
    st: &FacState,
    drafts: &mut Drafts,
    cmds: &mut Vec<Command>,
) {
    let p = cx.p;
    widgets::title(ui, cx.t(S::FacilitatorTitle));
    if let Some(m) = &st.message {
        words::show_msg(ui, cx, m);
    }
    pickers::language_picker(ui, cx, cmds);
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
                cmds.push(Command::Facilitator(FacCommand::Present(m.id.clone())));
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
    print_section(ui, cx, cmds);

    ui.add_space(10.0);
    widgets::heading(ui, cx.t(S::Profiles));
    let profiles = &st.profiles;
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
                egui::TextEdit::singleline(&mut drafts.new_pin)
                    .password(true)
                    .char_limit(8)
                    .desired_width(140.0),
            )
            .labelled_by(l.id);
            if ui.button(cx.t(S::Save)).clicked() {
                cmds.push(Command::Facilitator(FacCommand::SetFacilitatorPin(Some(
                    drafts.new_pin.clone(),
                ))));
            }
            if ui.button(cx.t(S::Cancel)).clicked() {
                cmds.push(Command::Facilitator(FacCommand::HubSettingPin(false)));
            }
        });
    } else {
        ui.horizontal(|ui| {
            if ui.button(cx.t(S::SetPin)).clicked() {
                cmds.push(Command::Facilitator(FacCommand::HubSettingPin(true)));
            }
            if cx.state.settings.facilitator_pin.is_some()
                && ui.button(cx.t(S::RemovePin)).clicked()
            {
                cmds.push(Command::Facilitator(FacCommand::SetFacilitatorPin(None)));
            }
        });
    }
    ui.add_space(16.0);
    if ui.button(cx.t(S::LeaveFacilitator)).clicked() {
        cmds.push(Command::LeaveFacilitator);
    }
}

/// Printable material for a room without a projector: the paper, whose help
/// lines to print, and a button per module for each kind of document.
fn print_section(ui: &mut egui::Ui, cx: &Cx, cmds: &mut Vec<Command>) {
    let p = cx.p;
    let choice = cx
        .state
        .facilitator
        .as_ref()
        .map(|f| f.print.clone())
        .unwrap_or_default();
    widgets::heading(ui, cx.t(S::Printing));
    widgets::weak(ui, &p, cx.t(S::PrintingTip));
    ui.horizontal_wrapped(|ui| {
        ui.label(cx.t(S::Paper));
        for (letter, label) in [(false, S::PaperA4), (true, S::PaperLetter)] {
            if ui.radio(choice.letter == letter, cx.t(label)).clicked() && choice.letter != letter {
                cmds.push(Command::Facilitator(FacCommand::PrintPaper { letter }));
            }
        }
    });
    country_picker(ui, cx, &choice, cmds);
    let kinds = [
        (DocKind::Handout, S::PrintHandout),
        (DocKind::Quiz, S::PrintQuiz),
        (DocKind::Answers, S::PrintAnswers),
        (DocKind::Guide, S::PrintGuide),
    ];
    for (i, m) in cx.course.modules.iter().enumerate() {
        let title = cx.c(&m.title);
        // The module's name on its own line, its four documents under it.
        ui.add_space(4.0);
        ui.label(RichText::new(format!("{}. {title}", i + 1)).strong());
        ui.horizontal_wrapped(|ui| {
            for (kind, label) in kinds {
                let b = ui.button(cx.t(label));
                b.widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::Button,
                        true,
                        format!("{}: {title}", cx.t(label)),
                    )
                });
                if b.clicked() {
                    cmds.push(Command::Facilitator(FacCommand::Print {
                        module: m.id.clone(),
                        kind,
                    }));
                }
            }
        });
    }
}

fn country_picker(ui: &mut egui::Ui, cx: &Cx, choice: &PrintChoice, cmds: &mut Vec<Command>) {
    let countries = crate::print::countries(cx.course, cx.lang);
    if countries.iter().all(|c| c.regional) {
        return;
    }
    let shown = choice
        .country
        .as_ref()
        .and_then(|id| countries.iter().find(|c| &c.id == id))
        .map_or_else(|| cx.t(S::WholeRegion).to_string(), |c| c.name.clone());
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(cx.t(S::PrintCountry));
        egui::ComboBox::from_id_salt("print-country")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                if ui
                    .selectable_label(choice.country.is_none(), cx.t(S::WholeRegion))
                    .clicked()
                {
                    cmds.push(Command::Facilitator(FacCommand::PrintCountry(None)));
                }
                for c in countries.iter().filter(|c| !c.regional) {
                    let on = choice.country.as_deref() == Some(c.id.as_str());
                    if ui.selectable_label(on, &c.name).clicked() {
                        cmds.push(Command::Facilitator(FacCommand::PrintCountry(Some(
                            c.id.clone(),
                        ))));
                    }
                }
            })
            .response
            .labelled_by(l.id);
    });
}
