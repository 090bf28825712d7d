//! The presenter view for workshops: controls, tallies, notes, prompts, the
//! next step and a timer beside what the room sees; or, with one screen, the
//! room's view large with the notes behind N.

use eframe::egui::{self, Key, RichText};

use crate::app::command::{Command, FacCommand};
use crate::app::cx::Cx;
use crate::app::state::Drafts;
use crate::app::strings::S;
use crate::app::{room, widgets, words};
use crate::course::Block;
use crate::present::{Presentation, StepContent};

fn fc(c: FacCommand) -> Command {
    Command::Facilitator(c)
}

fn timer_text(cx: &Cx, start: i64) -> String {
    let secs = (cx.now.unix - start).max(0);
    cx.tf(S::Timer, &[&format!("{:02}:{:02}", secs / 60, secs % 60)])
}

fn step_label(cx: &Cx, pres: &Presentation, i: usize) -> String {
    let Some(m) = pres.module(cx.course) else {
        return cx.t(S::NoNextStep).into();
    };
    match pres.content(cx.course, i) {
        Some(StepContent::Question { index, question }) => format!(
            "{}: {}",
            cx.tf(S::QuestionOf, &[&(index + 1), &m.quiz.questions.len()]),
            cx.c(&question.prompt)
        ),
        Some(StepContent::Block { lesson, block, .. }) => {
            let what = match block {
                Block::Text(t) => t.get(cx.lang).plain().chars().take(90).collect::<String>(),
                Block::KeyPoints { .. } => cx.t(S::KeyPoints).into(),
                Block::RedFlags { .. } => cx.t(S::RedFlags).into(),
                Block::Artefact(a) => cx.c(&a.title).into(),
                Block::Picture(pic) => cx.c(&pic.alt).into(),
                Block::Discussion(t) => format!("{}: {}", cx.t(S::Discussion), cx.c(t)),
                Block::FacilitatorNote(_) => cx.t(S::FacilitatorNote).into(),
                Block::Scenario(s) => format!("{}: {}", cx.t(S::Story), cx.c(&s.title)),
            };
            format!("{} · {what}", cx.c(&lesson.title))
        }
        None => cx.t(S::NoNextStep).into(),
    }
}

fn controls(ui: &mut egui::Ui, cx: &Cx, pres: &Presentation, cmds: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        let prev = ui
            .add_enabled(
                pres.current > 0,
                egui::Button::new(format!("◀ {}", cx.t(S::Previous))),
            )
            .on_hover_text(cx.t(S::PreviousTip));
        widgets::words_name(&prev, cx.t(S::Previous));
        if prev.clicked() {
            cmds.push(fc(FacCommand::Step(-1)));
        }
        ui.label(cx.tf(S::PageOf, &[&(pres.current + 1), &pres.steps.len()]));
        let next = ui
            .add_enabled(
                pres.current + 1 < pres.steps.len(),
                egui::Button::new(format!("{} ▶", cx.t(S::Next))),
            )
            .on_hover_text(cx.t(S::NextTip));
        widgets::words_name(&next, cx.t(S::Next));
        if next.clicked() {
            cmds.push(fc(FacCommand::Step(1)));
        }
        if pres.is_question()
            && !pres.revealed_now()
            && widgets::primary(ui, &cx.p, cx.t(S::RevealAnswer)).clicked()
        {
            cmds.push(fc(FacCommand::Reveal));
        }
    });
    // Show of hands, in the order the room sees the choices.
    if let Some(t) = pres.tally_target(cx.course, cx.lang, (cx.t(S::True), cx.t(S::False))) {
        let hands = pres.hands(&t.key, t.choices.len());
        for (shown, &i) in t.order.iter().enumerate() {
            let (Some(c), Some(&h)) = (t.choices.get(i), hands.get(i)) else {
                continue;
            };
            let letter = (b'A' + (shown as u8 % 26)) as char;
            ui.horizontal_wrapped(|ui| {
                // A hand taken away or added, named for screen readers by its choice.
                let mut hand_button = |ui: &mut egui::Ui, text: &str, name: S, delta: i32| {
                    let button = ui.button(text);
                    button.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::Button, true, cx.tf(name, &[&c]))
                    });
                    if button.clicked() {
                        cmds.push(fc(FacCommand::Tally { choice: i, delta }));
                    }
                };
                hand_button(ui, "−", S::RemoveHand, -1);
                ui.label(RichText::new(format!("{h:>3}")).strong().monospace());
                hand_button(ui, "+", S::AddHand, 1);
                ui.add(egui::Label::new(format!("{letter}. {c}")).wrap());
            });
        }
        if t.is_story && ui.button(cx.t(S::FollowMajority)).clicked() {
            cmds.push(fc(FacCommand::FollowMajority));
        }
    }
}

fn notes_panel(
    ui: &mut egui::Ui,
    cx: &Cx,
    pres: &Presentation,
    drafts: &mut Drafts,
    cmds: &mut Vec<Command>,
) {
    let p = cx.p;
    ui.horizontal(|ui| {
        ui.label(RichText::new(timer_text(cx, pres.timer_start)).strong());
        if ui.button(cx.t(S::ResetTimer)).clicked() {
            cmds.push(fc(FacCommand::ResetTimer));
        }
    });
    if let Some(m) = cx
        .state
        .facilitator
        .as_ref()
        .and_then(|f| f.message.as_ref())
    {
        words::show_msg(ui, cx, m);
    }
    controls(ui, cx, pres, cmds);
    ui.add_space(6.0);
    for b in pres.notes(cx.course) {
        match b {
            Block::FacilitatorNote(t) => {
                widgets::note_box(ui, p.card, p.weak, |ui| {
                    ui.label(RichText::new(cx.t(S::FacilitatorNote)).strong());
                    widgets::para(ui, cx.c(t));
                });
            }
            Block::Discussion(t) => {
                widgets::note_box(ui, p.card, p.accent, |ui| {
                    ui.label(RichText::new(cx.t(S::Discussion)).strong());
                    widgets::para(ui, cx.c(t));
                });
            }
            _ => {}
        }
    }
    if pres.is_question() && !pres.revealed_now() {
        widgets::weak(ui, &p, cx.t(S::AnswerHidden));
    }
    ui.add_space(6.0);
    ui.label(RichText::new(cx.t(S::NextStep)).strong());
    widgets::weak(ui, &p, &step_label(cx, pres, pres.current + 1));
    ui.add_space(6.0);
    let l = ui.label(RichText::new(cx.t(S::SessionSummary)).strong());
    ui.add(
        egui::TextEdit::multiline(&mut drafts.session_notes)
            .desired_rows(3)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(l.id);
}

fn summary(
    ui: &mut egui::Ui,
    cx: &Cx,
    pres: &Presentation,
    drafts: &Drafts,
    cmds: &mut Vec<Command>,
) {
    let p = cx.p;
    widgets::title(ui, cx.t(S::SessionSummary));
    if let Some(m) = pres.module(cx.course) {
        ui.label(RichText::new(cx.c(&m.title)).strong());
    }
    ui.label(cx.tf(S::Covered, &[&pres.visited.len(), &pres.steps.len()]));
    for t in pres.tallies.values() {
        widgets::card(ui, &p, |ui| {
            ui.add(egui::Label::new(RichText::new(&t.prompt).strong()).wrap());
            for (i, c) in t.choices.iter().enumerate() {
                let mark = if t.correct.get(i).copied().unwrap_or(false) {
                    "✔ "
                } else {
                    ""
                };
                ui.label(format!(
                    "{mark}{c}: {}",
                    cx.tf(S::Votes, &[&t.hands.get(i).copied().unwrap_or(0)])
                ));
            }
        });
    }
    if !drafts.session_notes.trim().is_empty() {
        widgets::para(ui, &drafts.session_notes);
    }
    if let Some(m) = cx
        .state
        .facilitator
        .as_ref()
        .and_then(|f| f.message.as_ref())
    {
        words::show_msg(ui, cx, m);
    }
    ui.horizontal_wrapped(|ui| {
        if widgets::primary(ui, &p, cx.t(S::ExportCsv)).clicked() {
            cmds.push(fc(FacCommand::ExportSummary));
        }
        if ui.button(cx.t(S::BackToHub)).clicked() {
            cmds.push(fc(FacCommand::Hub));
        }
    });
}

pub fn show(ui: &mut egui::Ui, cx: &Cx, drafts: &mut Drafts, cmds: &mut Vec<Command>) {
    let Some(pres) = cx.state.presentation() else {
        return;
    };
    let Some(m) = pres.module(cx.course) else {
        return;
    };
    let p = cx.p;
    // The timer ticks once a second while presenting, and only then.
    ui.ctx()
        .request_repaint_after(std::time::Duration::from_secs(1));
    if pres.ended.is_some() {
        return summary(ui, cx, pres, drafts, cmds);
    }

    // Keys: arrows step, R reveals, N toggles the notes.
    if widgets::not_typing(ui) {
        let free = widgets::keys_free(ui);
        ui.input(|i| {
            if (free && i.key_pressed(Key::ArrowRight)) || i.key_pressed(Key::PageDown) {
                cmds.push(fc(FacCommand::Step(1)));
            }
            if (free && i.key_pressed(Key::ArrowLeft)) || i.key_pressed(Key::PageUp) {
                cmds.push(fc(FacCommand::Step(-1)));
            }
            if i.key_pressed(Key::R) && i.modifiers.is_none() {
                cmds.push(fc(FacCommand::Reveal));
            }
            if i.key_pressed(Key::N) && i.modifiers.is_none() {
                cmds.push(fc(FacCommand::ToggleNotes));
            }
        });
    }

    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(cx.c(&m.title)).strong());
        let mut second = pres.audience_window;
        if ui.checkbox(&mut second, cx.t(S::SecondWindow)).changed() {
            cmds.push(fc(FacCommand::ToggleAudienceWindow));
        }
        if !pres.audience_window {
            let mut notes = pres.show_notes;
            if ui.checkbox(&mut notes, cx.t(S::ToggleNotes)).changed() {
                cmds.push(fc(FacCommand::ToggleNotes));
            }
        }
        if ui.button(cx.t(S::EndSession)).clicked() {
            cmds.push(fc(FacCommand::EndSession));
        }
    });
    ui.separator();

    if pres.audience_window {
        // Presenter view: what the room sees on the left; timer, controls,
        // tallies, notes, prompts and the next step on the right.
        ui.columns(2, |cols| {
            widgets::heading(&mut cols[0], cx.t(S::CurrentStep));
            widgets::card(&mut cols[0], &p, |ui| room::audience(ui, cx, pres));
            notes_panel(&mut cols[1], cx, pres, drafts, cmds);
        });
    } else {
        // One screen: the audience view large; notes only when N is on.
        ui.scope(|ui| {
            room::audience_style(ui);
            room::audience(ui, cx, pres);
        });
        ui.add_space(12.0);
        if pres.show_notes {
            widgets::note_box(ui, p.card, p.weak, |ui| {
                notes_panel(ui, cx, pres, drafts, cmds)
            });
        } else {
            widgets::weak(ui, &p, cx.t(S::NotesHidden));
            controls(ui, cx, pres, cmds);
        }
    }
}
