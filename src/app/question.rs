//! Drawing one question's controls (radio buttons, checkboxes, true/false,
//! ordering, clickable artefact parts) and the words for an answer. Shared
//! by the quiz, the check before a module, the review and the presenter; the
//! controls only emit commands.

use eframe::egui::{self, RichText};

use super::blocks::{self, ArtefactMode};
use super::command::Command;
use super::cx::Cx;
use super::state::Sel;
use super::strings::S;
use super::widgets;
use crate::course::{Question, QuestionKind};
use crate::quiz::{Answer, Mark};

/// The number keys 1–9, in order.
pub const NUMBER_KEYS: [egui::Key; 9] = [
    egui::Key::Num1,
    egui::Key::Num2,
    egui::Key::Num3,
    egui::Key::Num4,
    egui::Key::Num5,
    egui::Key::Num6,
    egui::Key::Num7,
    egui::Key::Num8,
    egui::Key::Num9,
];

/// A number key 1–9 pressed this frame, as a 0-based index.
pub fn number_key(ui: &egui::Ui) -> Option<usize> {
    ui.input(|i| NUMBER_KEYS.iter().position(|k| i.key_pressed(*k)))
}

/// The text of an answer, for feedback and "My mistakes".
pub fn answer_text(cx: &Cx, q: &Question, a: &Answer) -> String {
    let nothing = || cx.t(S::NothingSelected).to_string();
    match (&q.kind, a) {
        (QuestionKind::Single { choices }, Answer::Single(i)) => choices
            .get(*i)
            .map(|c| cx.c(&c.text).to_string())
            .unwrap_or_else(nothing),
        (QuestionKind::Multi { choices }, Answer::Multi(s)) => {
            let v: Vec<&str> = s
                .iter()
                .filter_map(|&i| choices.get(i))
                .map(|c| cx.c(&c.text))
                .collect();
            if v.is_empty() {
                nothing()
            } else {
                v.join("; ")
            }
        }
        (QuestionKind::TrueFalse { .. }, Answer::TrueFalse(b)) => {
            if *b { cx.t(S::True) } else { cx.t(S::False) }.to_string()
        }
        (QuestionKind::Order { items }, Answer::Order(o)) => o
            .iter()
            .enumerate()
            .filter_map(|(pos, &i)| items.get(i).map(|t| format!("{}. {}", pos + 1, cx.c(t))))
            .collect::<Vec<_>>()
            .join("  "),
        (QuestionKind::SpotFlags { artefact, .. }, Answer::Spot(s)) => {
            let v: Vec<String> = s
                .iter()
                .filter_map(|&i| artefact.parts.get(i))
                .map(|p| format!("“{}”", cx.c(&p.text)))
                .collect();
            if v.is_empty() {
                nothing()
            } else {
                v.join("; ")
            }
        }
        _ => nothing(),
    }
}

/// The controls for one question: radio buttons, checkboxes, true/false
/// buttons, up/down ordering, or clickable artefact parts. Number keys pick.
/// How a question is shown now: its layout, what is selected, the marks
/// after a try, and whether it is closed.
pub struct Shown<'a> {
    pub layout: &'a [usize],
    pub sel: &'a Sel,
    pub marks: Option<&'a [Mark]>,
    pub closed: bool,
}

pub fn question_controls(
    ui: &mut egui::Ui,
    cx: &Cx,
    q: &Question,
    shown: Shown,
    out: &mut Vec<Command>,
) {
    let Shown {
        layout,
        sel,
        marks,
        closed,
    } = shown;
    let p = cx.p;
    let keys_active = widgets::not_typing(ui) && !closed;
    let number = if keys_active { number_key(ui) } else { None };

    match &q.kind {
        QuestionKind::Single { choices } | QuestionKind::Multi { choices } => {
            let multi = matches!(q.kind, QuestionKind::Multi { .. });
            for (d, &ci) in layout.iter().enumerate() {
                let Some(c) = choices.get(ci) else { continue };
                let label = format!("{}. {}", d + 1, cx.c(&c.text));
                let checked = match &sel {
                    Sel::Single(s) => *s == Some(ci),
                    Sel::Multi(s) => s.contains(&ci),
                    _ => false,
                };
                ui.horizontal_wrapped(|ui| {
                    let r = if multi {
                        let mut v = checked;
                        ui.add_enabled(!closed, egui::Checkbox::new(&mut v, &label))
                    } else {
                        ui.add_enabled(!closed, egui::RadioButton::new(checked, &label))
                    };
                    let r = r.on_hover_text(cx.tf(S::ChoiceTip, &[&(d + 1)]));
                    if r.clicked() {
                        out.push(Command::Select(ci));
                    }
                    if let Some(mk) = marks.and_then(|m| m.get(ci))
                        && *mk != Mark::Untouched
                    {
                        ui.label(
                            RichText::new(blocks::mark_word(cx, *mk))
                                .color(blocks::mark_color(cx, *mk))
                                .strong(),
                        );
                    }
                });
                if number == Some(d) {
                    out.push(Command::Select(ci));
                }
            }
        }
        QuestionKind::TrueFalse { .. } => {
            ui.horizontal(|ui| {
                for (i, (word, val)) in [(cx.t(S::True), true), (cx.t(S::False), false)]
                    .into_iter()
                    .enumerate()
                {
                    let selected = *sel == Sel::TrueFalse(Some(val));
                    let mut text = RichText::new(format!("{}. {word}", i + 1)).size(22.0);
                    if selected {
                        text = text.color(p.on_accent).strong();
                    }
                    let mut b = egui::Button::new(text)
                        .min_size(egui::vec2(160.0, 52.0))
                        .selected(selected);
                    if selected {
                        b = b.fill(p.accent);
                    }
                    let r = ui
                        .add_enabled(!closed, b)
                        .on_hover_text(cx.tf(S::ChoiceTip, &[&(i + 1)]));
                    if r.clicked() || number == Some(i) {
                        out.push(Command::Select(i));
                    }
                    if let Some(mk) = marks.and_then(|m| m.get(i))
                        && *mk != Mark::Untouched
                    {
                        ui.label(
                            RichText::new(blocks::mark_word(cx, *mk))
                                .color(blocks::mark_color(cx, *mk))
                                .strong(),
                        );
                    }
                }
            });
        }
        QuestionKind::Order { items } => {
            let Sel::Order(order) = sel else { return };
            let n = order.len();
            let mut swap: Option<(usize, usize)> = None;
            for (pos, &item) in order.iter().enumerate() {
                let text = items.get(item).map(|t| cx.c(t)).unwrap_or("");
                widgets::card(ui, &p, |ui| {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(
                            RichText::new(format!("{}.", pos + 1))
                                .strong()
                                .color(p.accent),
                        );
                        let up = ui
                            .add_enabled(!closed && pos > 0, egui::Button::new("▲"))
                            .on_hover_text(cx.tf(S::MoveUp, &[&text]));
                        up.widget_info(|| {
                            egui::WidgetInfo::labeled(
                                egui::Role::Button,
                                !closed && pos > 0,
                                cx.tf(S::MoveUp, &[&text]),
                            )
                        });
                        if up.clicked() {
                            swap = Some((pos, pos - 1));
                        }
                        let down = ui
                            .add_enabled(!closed && pos + 1 < n, egui::Button::new("▼"))
                            .on_hover_text(cx.tf(S::MoveDown, &[&text]));
                        down.widget_info(|| {
                            egui::WidgetInfo::labeled(
                                egui::Role::Button,
                                !closed && pos + 1 < n,
                                cx.tf(S::MoveDown, &[&text]),
                            )
                        });
                        if down.clicked() {
                            swap = Some((pos, pos + 1));
                        }
                        ui.add(egui::Label::new(text).wrap());
                        if let Some(mk) = marks.and_then(|m| m.get(pos)) {
                            let (w, c) = match mk {
                                Mark::RightPick => (format!("✔ {}", cx.t(S::InRightPlace)), p.good),
                                _ => (format!("✖ {}", cx.t(S::InWrongPlace)), p.bad),
                            };
                            ui.label(RichText::new(w).color(c).small().strong());
                        }
                    });
                });
            }
            if let Some((from, to)) = swap {
                out.push(Command::MoveItem { from, to });
            }
        }
        QuestionKind::SpotFlags { artefact, .. } => {
            let Sel::Spot(selected) = sel else { return };
            let selected_now = selected.clone();
            let mode = ArtefactMode::Spot {
                selected: &selected_now,
                marks: if closed { marks } else { None },
            };
            if let Some(i) = blocks::artefact(ui, cx, artefact, &mode) {
                out.push(Command::Select(i));
            }
            if let Some(n) = number
                && n < artefact.parts.len()
            {
                out.push(Command::Select(n));
            }
        }
    }
}
