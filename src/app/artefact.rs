//! Drawing an artefact (a job ad, a chat, a post, a document): in a lesson,
//! with its warning signs on request; in a spot-the-flags question, with
//! parts to select and, after a try, marks.

use std::collections::BTreeSet;

use eframe::egui::{self, Align, CornerRadius, Frame, Layout, Margin, RichText, Stroke};

use super::blocks::kind_label;
use super::cx::Cx;
use super::strings::S;
use super::widgets;
use crate::course::{Artefact, ArtefactKind, Part};
use crate::quiz::Mark;

/// How an artefact is being shown.
pub enum ArtefactMode<'a> {
    /// In a lesson; `revealed` shows the warning signs and notes.
    Lesson { revealed: bool },
    /// In a spot-the-flags question: parts can be selected; after a try,
    /// `marks` says how each fared.
    Spot {
        selected: &'a BTreeSet<usize>,
        marks: Option<&'a [Mark]>,
    },
}

/// Draws one part's content (without its frame).
fn part_body(ui: &mut egui::Ui, cx: &Cx, kind: ArtefactKind, part: &Part, index: usize) {
    let p = cx.p;
    if kind == ArtefactKind::Chat {
        let who = if part.mine {
            cx.t(S::You).to_string()
        } else {
            part.sender.clone().unwrap_or_default()
        };
        if !who.is_empty() || part.time.is_some() {
            ui.label(
                RichText::new(format!("{who}  {}", part.time.as_deref().unwrap_or("")))
                    .small()
                    .color(p.weak)
                    .strong(),
            );
        }
    } else if kind == ArtefactKind::Document {
        ui.label(
            RichText::new(format!("{}.", index + 1))
                .small()
                .color(p.weak),
        );
    }
    let size = if kind == ArtefactKind::JobAd && index == 0 {
        24.0
    } else {
        19.0
    };
    ui.add(egui::Label::new(RichText::new(cx.c(&part.text)).size(size)).wrap());
}

/// Draws an artefact. In spot mode, returns the part that was clicked.
pub fn artefact(ui: &mut egui::Ui, cx: &Cx, a: &Artefact, mode: &ArtefactMode) -> Option<usize> {
    let p = cx.p;
    let mut clicked = None;
    // The caption is the course's own ("An invented example" in the bundled course).
    let caption = match &cx.course.meta.example_caption {
        Some(c) => format!("{} · {}", cx.c(c), cx.c(&a.title)),
        None => cx.c(&a.title).to_string(),
    };
    ui.label(RichText::new(caption).small().color(p.weak));
    let outer_fill = match a.kind {
        ArtefactKind::Chat => p.note_bg,
        _ => p.card,
    };
    Frame::new()
        .fill(outer_fill)
        .stroke(Stroke::new(2.0, p.card_stroke))
        .corner_radius(CornerRadius::same(crate::app::theme::RADIUS))
        .inner_margin(Margin::same(14))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            if let Some(from) = &a.from {
                ui.horizontal(|ui| {
                    let icon = match a.kind {
                        ArtefactKind::Chat => "💬",
                        ArtefactKind::SocialPost => "👤",
                        ArtefactKind::JobAd => "📢",
                        ArtefactKind::Document => "📄",
                    };
                    ui.label(RichText::new(format!("{icon} {}", cx.c(from))).strong());
                });
                ui.separator();
            }
            if let Some(img) = &a.image {
                let alt = a.image_alt.as_ref().map(|t| cx.c(t)).unwrap_or("");
                let uri = format!("file://{}", img.display());
                let r = ui.add(egui::Image::new(uri).max_height(260.0).alt_text(alt));
                r.on_hover_text(cx.tf(S::Image, &[&alt]));
            }
            for (i, part) in a.parts.iter().enumerate() {
                let mine = a.kind == ArtefactKind::Chat && part.mine;
                let (fill, stroke, extra) = match mode {
                    ArtefactMode::Lesson { revealed }
                        if *revealed && (part.flag.is_some() || part.note.is_some()) =>
                    {
                        (p.flag_bg, Stroke::new(3.0, p.flag), true)
                    }
                    ArtefactMode::Spot { selected, marks } => {
                        let sel = selected.contains(&i);
                        let stroke = match marks.and_then(|m| m.get(i)) {
                            Some(Mark::RightPick) => Stroke::new(3.0, p.good),
                            Some(Mark::WrongPick) => Stroke::new(3.0, p.bad),
                            Some(Mark::Missed) => Stroke::new(3.0, p.flag),
                            _ if sel => Stroke::new(3.0, p.accent),
                            _ => Stroke::new(1.0, p.card_stroke),
                        };
                        (
                            if sel {
                                p.note_bg
                            } else {
                                bubble(cx, a.kind, mine)
                            },
                            stroke,
                            false,
                        )
                    }
                    _ => (
                        bubble(cx, a.kind, mine),
                        Stroke::new(1.0, p.card_stroke),
                        false,
                    ),
                };
                let width = ui.available_width();
                let layout = if mine {
                    Layout::right_to_left(Align::TOP)
                } else {
                    Layout::left_to_right(Align::TOP)
                };
                let resp = ui
                    .with_layout(layout, |ui| {
                        let max = if a.kind == ArtefactKind::Chat {
                            width * 0.8
                        } else {
                            width
                        };
                        Frame::new()
                            .fill(fill)
                            .stroke(stroke)
                            .corner_radius(CornerRadius::same(crate::app::theme::RADIUS))
                            .inner_margin(Margin::symmetric(12, 8))
                            .show(ui, |ui| {
                                ui.set_max_width(max);
                                if a.kind != ArtefactKind::Chat {
                                    ui.set_min_width(max - 30.0);
                                }
                                ui.vertical(|ui| {
                                    part_body(ui, cx, a.kind, part, i);
                                    if extra {
                                        if let Some(k) = kind_label(cx, part.flag.as_deref()) {
                                            ui.label(
                                                RichText::new(format!("⚑ {k}"))
                                                    .color(p.flag)
                                                    .strong()
                                                    .small(),
                                            );
                                        }
                                        if let Some(n) = &part.note {
                                            ui.add(
                                                egui::Label::new(
                                                    RichText::new(cx.c(n)).color(p.text),
                                                )
                                                .wrap(),
                                            );
                                        }
                                    }
                                });
                            })
                            .response
                    })
                    .inner;
                if let ArtefactMode::Spot { selected, marks } = mode {
                    let sel = selected.contains(&i);
                    let r = ui.interact(
                        resp.rect,
                        ui.scope_id().with(("spot", &a.id, i)),
                        egui::Sense::click(),
                    );
                    let state = if sel {
                        cx.t(S::Selected)
                    } else {
                        cx.t(S::NotSelected)
                    };
                    let mut name = format!(
                        "{}: {}, {state}",
                        cx.tf(S::PartN, &[&(i + 1)]),
                        cx.c(&part.text)
                    );
                    if let Some(m) = marks.and_then(|m| m.get(i)) {
                        name.push_str(&format!(", {}", mark_word(cx, *m)));
                    }
                    r.widget_info(|| {
                        egui::WidgetInfo::selected(
                            egui::Role::CheckBox,
                            marks.is_none(),
                            sel,
                            &name,
                        )
                    });
                    if r.has_focus() {
                        widgets::focus_ring(ui, &p, resp.rect);
                    }
                    if r.clicked() && marks.is_none() {
                        clicked = Some(i);
                    }
                    if let Some(m) = marks.and_then(|m| m.get(i))
                        && *m != Mark::Untouched
                    {
                        ui.label(
                            RichText::new(mark_word(cx, *m))
                                .small()
                                .color(mark_color(cx, *m))
                                .strong(),
                        );
                    }
                }
                ui.add_space(4.0);
            }
        });
    clicked
}

fn bubble(cx: &Cx, kind: ArtefactKind, mine: bool) -> egui::Color32 {
    match (kind, mine) {
        (ArtefactKind::Chat, true) => cx.p.bubble_me,
        (ArtefactKind::Chat, false) => cx.p.bubble_them,
        _ => cx.p.card,
    }
}

pub fn mark_word(cx: &Cx, m: Mark) -> String {
    match m {
        Mark::RightPick => format!("✔ {}", cx.t(S::RightChoice)),
        Mark::WrongPick => format!("✖ {}", cx.t(S::WrongChoice)),
        Mark::Missed => format!("➜ {}", cx.t(S::MissedChoice)),
        Mark::Untouched => String::new(),
    }
}

pub fn mark_color(cx: &Cx, m: Mark) -> egui::Color32 {
    match m {
        Mark::RightPick => cx.p.good,
        Mark::WrongPick => cx.p.bad,
        Mark::Missed => cx.p.flag,
        Mark::Untouched => cx.p.weak,
    }
}
