//! Small building blocks shared by the screens, with the accessibility work
//! egui leaves to us: heading roles, named progress bars, live regions.

use eframe::egui::{
    self, Align, Color32, CornerRadius, Frame, Layout, Margin, Response, RichText, Stroke,
    TextStyle, Ui, WidgetInfo, accesskit, text::LayoutJob,
};

use super::theme::{BIG_SIZE, Palette, READING_WIDTH, TITLE_SIZE};
use crate::course::markup::{Rich, RichBlock, Span, Style};

/// Marks a response as a heading for screen readers (egui reports a label).
pub fn as_heading(ui: &Ui, resp: &Response, text: &str, level: usize) {
    ui.ctx().accesskit_node_builder(resp.id, |n| {
        n.set_role(accesskit::Role::Heading);
        n.set_label(text.to_string());
        n.set_level(level);
    });
}

/// A screen title (heading level 1).
pub fn title(ui: &mut Ui, text: &str) -> Response {
    let r = ui.label(RichText::new(text).size(TITLE_SIZE));
    as_heading(ui, &r, text, 1);
    r
}

/// A section heading (level 2).
pub fn heading(ui: &mut Ui, text: &str) -> Response {
    let r = ui.label(RichText::new(text).heading());
    as_heading(ui, &r, text, 2);
    r
}

/// A smaller heading (level 3).
pub fn subheading(ui: &mut Ui, text: &str) -> Response {
    let r = ui.label(RichText::new(text).size(BIG_SIZE));
    as_heading(ui, &r, text, 3);
    r
}

/// Wrapped body text.
pub fn para(ui: &mut Ui, text: &str) -> Response {
    ui.add(egui::Label::new(text).wrap())
}

pub fn weak(ui: &mut Ui, p: &Palette, text: &str) -> Response {
    ui.add(egui::Label::new(RichText::new(text).color(p.weak)).wrap())
}

/// Makes a response a polite live region, so screen readers announce it.
pub fn live(ui: &Ui, resp: &Response) {
    ui.ctx().accesskit_node_builder(resp.id, |n| {
        n.set_live(accesskit::Live::Polite);
    });
}

/// A labelled progress bar with a 0–100 range for screen readers.
pub fn progress(ui: &mut Ui, fraction: f32, label: &str) -> Response {
    progress_sized(ui, fraction, label, ui.available_width())
}

/// A progress bar of a given width.
pub fn progress_sized(ui: &mut Ui, fraction: f32, label: &str, width: f32) -> Response {
    let fraction = fraction.clamp(0.0, 1.0);
    let r = ui.add(
        egui::ProgressBar::new(fraction)
            // The accent colour (the theme's link colour) stands out from the
            // track in both themes; the default selection tint is too pale.
            .fill(ui.visuals().hyperlink_color)
            .desired_width(width)
            .desired_height(10.0)
            .corner_radius(CornerRadius::same(crate::app::theme::RADIUS)),
    );
    // Outline the whole track, so the part still to do is visible on white.
    let stroke_color = ui.visuals().widgets.noninteractive.bg_stroke.color;
    ui.painter().rect_stroke(
        r.rect,
        CornerRadius::same(5),
        Stroke::new(1.0, stroke_color),
        egui::StrokeKind::Inside,
    );
    ui.ctx().accesskit_node_builder(r.id, |n| {
        n.set_role(accesskit::Role::ProgressIndicator);
        n.set_label(label.to_string());
        n.set_min_numeric_value(0.0);
        n.set_max_numeric_value(100.0);
        n.set_numeric_value((fraction * 100.0).round() as f64);
    });
    r
}

/// A filled button in the accent colour, for the main action on a screen.
pub fn primary(ui: &mut Ui, p: &Palette, text: &str) -> Response {
    let r = ui.add(
        egui::Button::new(RichText::new(text).color(p.on_accent).strong())
            .fill(p.accent)
            .stroke(Stroke::new(2.0, p.accent)),
    );
    words_name(&r, text);
    r
}

/// A plain button with a tooltip (tooltips carry the keyboard shortcuts).
pub fn button(ui: &mut Ui, text: &str, tip: &str) -> Response {
    let r = ui.button(text).on_hover_text(tip);
    words_name(&r, text);
    r
}

/// `text` without the symbols drawn around its words ("▶ Start" → "Start",
/// "Next ▶" → "Next").
pub fn words(text: &str) -> &str {
    text.trim_start_matches(|c: char| {
        !(c.is_alphanumeric() || matches!(c, '¿' | '¡' | '"' | '“' | '(' | '$'))
    })
    .trim_end_matches(|c: char| {
        !(c.is_alphanumeric() || matches!(c, '.' | '?' | '!' | '"' | '”' | ')' | '%' | '…'))
    })
}

/// Gives a button the accessible name of its words, without the symbol a
/// screen reader would otherwise spell out ("black right-pointing triangle").
pub fn words_name(r: &Response, text: &str) {
    let enabled = r.enabled();
    r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, words(text)));
}

/// The frame of the bars at the top and bottom of the window.
pub fn bar_frame(p: &Palette) -> Frame {
    Frame::new()
        .fill(p.card)
        .inner_margin(egui::Margin::symmetric(16, 10))
        .stroke(Stroke::new(1.0, p.card_stroke))
}

/// A thick outline around a custom widget that has keyboard focus.
pub fn focus_ring(ui: &Ui, p: &Palette, rect: egui::Rect) {
    ui.painter().rect_stroke(
        rect.expand(3.0),
        CornerRadius::same(crate::app::theme::RADIUS + 1),
        Stroke::new(3.0, p.accent),
        egui::StrokeKind::Outside,
    );
}

/// A framed card.
pub fn card<R>(ui: &mut Ui, p: &Palette, add: impl FnOnce(&mut Ui) -> R) -> R {
    Frame::new()
        .fill(p.card)
        .stroke(Stroke::new(1.5, p.card_stroke))
        .corner_radius(CornerRadius::same(crate::app::theme::RADIUS))
        .inner_margin(Margin::same(16))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add(ui)
        })
        .inner
}

/// A tinted box for notes and feedback.
pub fn note_box<R>(
    ui: &mut Ui,
    fill: Color32,
    stroke: Color32,
    add: impl FnOnce(&mut Ui) -> R,
) -> R {
    Frame::new()
        .fill(fill)
        .stroke(Stroke::new(2.0, stroke))
        .corner_radius(CornerRadius::same(crate::app::theme::RADIUS))
        .inner_margin(Margin::same(14))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add(ui)
        })
        .inner
}

/// Centres a column of comfortable reading width.
pub fn reading_column<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> R {
    let avail = ui.available_width();
    let width = avail.min(READING_WIDTH);
    let side = ((avail - width) / 2.0).max(0.0);
    ui.horizontal_top(|ui| {
        ui.add_space(side);
        ui.vertical(|ui| {
            ui.set_max_width(width);
            ui.set_min_width(width);
            add(ui)
        })
        .inner
    })
    .inner
}

/// Draws parsed lesson markup.
pub fn rich(ui: &mut Ui, p: &Palette, text: &Rich) {
    for block in &text.blocks {
        match block {
            RichBlock::Paragraph(spans) => {
                ui.add(egui::Label::new(job(ui, p, spans)).wrap());
            }
            RichBlock::List(items) => {
                for item in items {
                    ui.horizontal_top(|ui| {
                        ui.label(RichText::new("•").color(p.accent).strong());
                        ui.add(egui::Label::new(job(ui, p, item)).wrap());
                    });
                }
            }
        }
        ui.add_space(4.0);
    }
}

fn job(ui: &Ui, p: &Palette, spans: &[Span]) -> LayoutJob {
    let mut job = LayoutJob::default();
    let font = TextStyle::Body.resolve(ui.style());
    for s in spans {
        let mut fmt = egui::TextFormat {
            font_id: font.clone(),
            color: p.text,
            ..Default::default()
        };
        match s.style {
            Style::Plain => {}
            Style::Emphasis => fmt.italics = true,
            Style::Strong => {
                fmt.color = p.accent;
                fmt.underline = Stroke::NONE;
            }
        }
        job.append(&s.text, 0.0, fmt);
    }
    job.wrap.max_width = ui.available_width();
    job
}

/// A row with items on the left and on the right.
pub fn split_row(ui: &mut Ui, left: impl FnOnce(&mut Ui), right: impl FnOnce(&mut Ui)) {
    ui.horizontal(|ui| {
        left(ui);
        ui.with_layout(Layout::right_to_left(Align::Center), right);
    });
}

/// A selectable card (for choices drawn as blocks), named for screen readers.
pub fn toggle_card(
    ui: &mut Ui,
    p: &Palette,
    selected: bool,
    name: &str,
    add: impl FnOnce(&mut Ui),
) -> Response {
    let stroke = if selected {
        Stroke::new(3.0, p.accent)
    } else {
        Stroke::new(1.5, p.card_stroke)
    };
    let inner = Frame::new()
        .fill(if selected { p.note_bg } else { p.card })
        .stroke(stroke)
        .corner_radius(CornerRadius::same(crate::app::theme::RADIUS))
        .inner_margin(Margin::same(12))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add(ui)
        });
    let r = ui.interact(
        inner.response.rect,
        inner.response.id.with("toggle"),
        egui::Sense::click(),
    );
    r.widget_info(|| WidgetInfo::selected(egui::Role::CheckBox, true, selected, name));
    if r.has_focus() {
        focus_ring(ui, p, r.rect);
    }
    r
}

/// Whether a shortcut key may act: no text is being typed and no widget has
/// keyboard focus (a focused button takes Enter and Space, and the arrows move
/// focus between widgets).
pub fn keys_free(ui: &Ui) -> bool {
    let ctx = ui.ctx();
    !ctx.egui_wants_keyboard_input() && ctx.memory(|m| m.focused().is_none())
}

/// Whether no text is being typed (number keys and Page Up/Down may act).
pub fn not_typing(ui: &Ui) -> bool {
    !ui.ctx().egui_wants_keyboard_input()
}
