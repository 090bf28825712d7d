//! Drawing lesson blocks: text, key points, red flags, artefacts, scenarios,
//! and the facilitator-only blocks. Shared by the lesson screen and the
//! presenter's audience view.

use std::collections::HashSet;

use eframe::egui::{self, CornerRadius, RichText};

use super::command::{Command, Nav};
use super::cx::Cx;
use super::strings::S;
use super::widgets;
use crate::course::{Block, Outcome, Scenario, SceneStep};

pub use super::artefact::{ArtefactMode, artefact, mark_color, mark_word};
use crate::quiz::scenario::ScenarioPlay;

/// "ILO indicator: Deception", or just the kind's name when the course gives no label.
pub fn kind_label(cx: &Cx, kind: Option<&str>) -> Option<String> {
    let k = cx.course.meta.flag_kind(kind?)?;
    let name = cx.c(&k.name);
    Some(match &cx.course.meta.flag_kind_label {
        Some(label) => format!("{}: {name}", cx.c(label)),
        None => name.to_string(),
    })
}

/// The course's picture for a kind of red flag, or a flag mark. The picture
/// is named by the kind's name for screen readers.
fn kind_icon(ui: &mut egui::Ui, cx: &Cx, kind: Option<&str>) {
    let k = kind.and_then(|k| cx.course.meta.flag_kind(k));
    match k.and_then(|k| k.icon.as_ref().map(|i| (k, i))) {
        Some((k, icon)) => {
            let uri = format!("file://{}", icon.display());
            let size = 44.0;
            let r = ui.add(egui::Image::new(uri).fit_to_exact_size(egui::vec2(size, size)));
            let name = cx.c(&k.name).to_string();
            r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &name));
        }
        None => {
            ui.label(RichText::new("⚑").color(cx.p.flag).strong());
        }
    }
}

/// A picture from the course folder, as wide as the column allows (sizes are
/// in points, so it grows with zoom). For the room (`large`), as wide as the
/// projected view.
pub fn picture(ui: &mut egui::Ui, cx: &Cx, pic: &crate::course::Picture, large: bool) {
    let Some(image) = &pic.image else {
        // The file was missing when the course loaded: its description stands in.
        ui.label(RichText::new(cx.c(&pic.alt)).italics().color(cx.p.weak));
        return;
    };
    let uri = format!("file://{}", image.display());
    let width = if large {
        ui.available_width()
    } else {
        ui.available_width().min(720.0)
    };
    let resp = ui.add(
        egui::Image::new(uri)
            .max_width(width)
            .corner_radius(CornerRadius::same(crate::app::theme::RADIUS)),
    );
    let alt = cx.c(&pic.alt).to_string();
    resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &alt));
    if let Some(c) = &pic.caption {
        ui.label(RichText::new(cx.c(c)).small().color(cx.p.weak));
    }
}

pub struct BlockState<'a> {
    pub revealed: &'a HashSet<String>,
    pub scenario: Option<&'a ScenarioPlay>,
    /// Drawing for a projected audience: no buttons, no facilitator notes.
    pub audience: bool,
    /// Seeds the choice order of a story that has not started yet.
    pub seed: u64,
}

pub fn block(ui: &mut egui::Ui, cx: &Cx, b: &Block, st: &BlockState, cmds: &mut Vec<Command>) {
    let p = cx.p;
    match b {
        Block::Text(rt) => widgets::rich(ui, &p, rt.get(cx.lang)),
        Block::KeyPoints { title, points } => {
            widgets::note_box(ui, p.note_bg, p.accent, |ui| {
                let t = title
                    .as_ref()
                    .map(|t| cx.c(t))
                    .unwrap_or(cx.t(S::KeyPoints));
                widgets::subheading(ui, t);
                for pt in points {
                    ui.horizontal_top(|ui| {
                        ui.label(RichText::new("✔").color(p.good).strong());
                        widgets::para(ui, cx.c(pt));
                    });
                }
            });
        }
        Block::RedFlags { title, flags } => {
            widgets::note_box(ui, p.flag_bg, p.flag, |ui| {
                let t = title.as_ref().map(|t| cx.c(t)).unwrap_or(cx.t(S::RedFlags));
                widgets::subheading(ui, &format!("⚑ {t}"));
                for f in flags {
                    ui.add_space(4.0);
                    ui.horizontal_top(|ui| {
                        kind_icon(ui, cx, f.kind.as_deref());
                        ui.vertical(|ui| {
                            widgets::para(ui, cx.c(&f.text));
                            if let Some(k) = kind_label(cx, f.kind.as_deref()) {
                                ui.label(RichText::new(k).color(p.flag).small().strong());
                            }
                            if let Some(why) = &f.why {
                                ui.add(
                                    egui::Label::new(RichText::new(cx.c(why)).color(p.weak)).wrap(),
                                );
                            }
                        });
                    });
                }
            });
        }
        Block::Artefact(a) => {
            let revealed = st.revealed.contains(&a.id);
            artefact(ui, cx, a, &ArtefactMode::Lesson { revealed });
            let has_flags = a.parts.iter().any(|p| p.flag.is_some() || p.note.is_some());
            if has_flags && !st.audience {
                let label = if revealed {
                    cx.t(S::HideWarningSigns)
                } else {
                    cx.t(S::ShowWarningSigns)
                };
                if widgets::button(ui, &format!("⚑ {label}"), cx.t(S::ShowWarningSignsTip))
                    .clicked()
                {
                    cmds.push(Command::ToggleReveal {
                        artefact: a.id.clone(),
                    });
                }
            }
        }
        Block::Discussion(t) => {
            if cx.facilitator && !st.audience {
                widgets::note_box(ui, p.card, p.accent, |ui| {
                    widgets::subheading(ui, &format!("💬 {}", cx.t(S::Discussion)));
                    widgets::para(ui, cx.c(t));
                });
            }
        }
        Block::FacilitatorNote(t) => {
            if cx.facilitator && !st.audience {
                widgets::note_box(ui, p.card, p.weak, |ui| {
                    ui.label(
                        RichText::new(cx.t(S::FacilitatorNote))
                            .strong()
                            .color(p.weak),
                    );
                    widgets::para(ui, cx.c(t));
                });
            }
        }
        Block::Picture(pic) => picture(ui, cx, pic, st.audience),
        Block::Scenario(sc) => scenario(ui, cx, sc, st, cmds),
    }
    ui.add_space(8.0);
}

/// A branching story, one scene at a time.
pub fn scenario(
    ui: &mut egui::Ui,
    cx: &Cx,
    sc: &Scenario,
    st: &BlockState,
    cmds: &mut Vec<Command>,
) {
    let p = cx.p;
    let audience = st.audience;
    let fresh;
    let play = match st.scenario {
        Some(pl) => pl,
        None => {
            fresh = ScenarioPlay::new(sc, 0, st.seed);
            &fresh
        }
    };
    let current = play.current;
    let step_no = play.path.len();
    widgets::card(ui, &p, |ui| {
        ui.label(
            RichText::new(format!("📖 {}", cx.t(S::Story)))
                .color(p.weak)
                .small(),
        );
        widgets::subheading(ui, cx.c(&sc.title));
        if let Some(pic) = &sc.image {
            picture(ui, cx, pic, audience);
        }
        if step_no <= 1
            && let Some(intro) = &sc.intro
        {
            widgets::para(ui, cx.c(intro));
        }
        let Some(scene) = sc.scenes.get(current) else {
            return;
        };
        ui.label(
            RichText::new(cx.tf(S::StoryStep, &[&step_no]))
                .small()
                .color(p.weak),
        );
        let r = widgets::para(ui, cx.c(&scene.text));
        widgets::live(ui, &r);
        if !audience {
            // This step (and its choices, or the debrief) read aloud.
            super::pickers::read_aloud(ui, cx, &super::speak::scenario(cx, sc, play), cmds);
        }
        ui.add_space(6.0);
        match &scene.step {
            SceneStep::Choices(choices) => {
                ui.label(RichText::new(cx.t(S::WhatShouldDo)).strong());
                // Shown in this run's order; each choice keeps its course index.
                for (shown, i) in play.choice_order(sc).into_iter().enumerate() {
                    let Some(c) = choices.get(i) else { continue };
                    let label = format!("{}  {}", shown + 1, cx.c(&c.text));
                    if audience {
                        ui.add(egui::Label::new(RichText::new(label)).wrap());
                        continue;
                    }
                    let b = ui
                        .add(
                            egui::Button::new(RichText::new(label))
                                .wrap()
                                .min_size(egui::vec2(ui.available_width(), 44.0)),
                        )
                        .on_hover_text(cx.tf(S::ChoiceTip, &[&(shown + 1)]));
                    if b.clicked() {
                        cmds.push(Command::ScenarioChoose {
                            scenario: sc.id.clone(),
                            choice: i,
                        });
                    }
                }
            }
            SceneStep::Ending(e) => {
                let (word, color) = match e.outcome {
                    Outcome::Safe => (cx.t(S::OutcomeSafe), p.good),
                    Outcome::Risky => (cx.t(S::OutcomeRisky), p.flag),
                    Outcome::Harmful => (cx.t(S::OutcomeHarmful), p.bad),
                };
                ui.label(RichText::new(format!("● {word}")).color(color).strong());
                widgets::subheading(ui, cx.c(&e.title));
                widgets::note_box(ui, p.note_bg, p.accent, |ui| {
                    ui.label(RichText::new(cx.t(S::Debrief)).strong());
                    let r = widgets::para(ui, cx.c(&e.debrief));
                    widgets::live(ui, &r);
                    if e.outcome != Outcome::Safe {
                        ui.add_space(4.0);
                        widgets::para(ui, cx.t(S::NotYourFault));
                    }
                });
                if !audience {
                    ui.horizontal_wrapped(|ui| {
                        if widgets::button(ui, cx.t(S::WhereToGetHelp), cx.t(S::HelpTip)).clicked()
                        {
                            cmds.push(Command::Go(Nav::Help));
                        }
                        if ui.button(cx.t(S::PlayAgain)).clicked() {
                            cmds.push(Command::ScenarioRestart {
                                scenario: sc.id.clone(),
                            });
                        }
                    });
                }
            }
        }
    });
}
