//! Looks: a calm light theme and a high-contrast theme, large type, generous
//! spacing. egui has no high-contrast preset, so both are built here; text
//! contrast is at least 7:1 (WCAG AAA) in both.

use eframe::egui::{
    self, Color32, CornerRadius, FontFamily, FontId, Stroke, TextStyle, Visuals, style::Selection,
};

/// Colours the screens use beyond egui's own.
#[derive(Clone, Copy, Debug)]
pub struct Palette {
    pub text: Color32,
    pub weak: Color32,
    pub bg: Color32,
    pub card: Color32,
    pub card_stroke: Color32,
    pub accent: Color32,
    pub on_accent: Color32,
    pub good: Color32,
    pub bad: Color32,
    pub on_bad: Color32,
    pub flag: Color32,
    pub flag_bg: Color32,
    pub note_bg: Color32,
    pub bubble_me: Color32,
    pub bubble_them: Color32,
}

pub const LIGHT: Palette = Palette {
    text: Color32::from_rgb(0x1F, 0x23, 0x28),
    weak: Color32::from_rgb(0x45, 0x4A, 0x52),
    bg: Color32::from_rgb(0xFA, 0xF8, 0xF4),
    card: Color32::WHITE,
    card_stroke: Color32::from_rgb(0xC9, 0xC4, 0xBA),
    accent: Color32::from_rgb(0x0B, 0x52, 0x4E),
    on_accent: Color32::WHITE,
    good: Color32::from_rgb(0x1B, 0x5E, 0x20),
    bad: Color32::from_rgb(0x9A, 0x22, 0x19),
    on_bad: Color32::WHITE,
    flag: Color32::from_rgb(0x7A, 0x33, 0x00),
    flag_bg: Color32::from_rgb(0xFF, 0xF1, 0xD6),
    note_bg: Color32::from_rgb(0xEE, 0xF4, 0xF3),
    bubble_me: Color32::from_rgb(0xDC, 0xF3, 0xE4),
    bubble_them: Color32::WHITE,
};

pub const HIGH_CONTRAST: Palette = Palette {
    text: Color32::WHITE,
    weak: Color32::from_rgb(0xE6, 0xE6, 0xE6),
    bg: Color32::BLACK,
    card: Color32::BLACK,
    card_stroke: Color32::WHITE,
    accent: Color32::from_rgb(0xFF, 0xD4, 0x00),
    on_accent: Color32::BLACK,
    good: Color32::from_rgb(0x7C, 0xFC, 0x8A),
    bad: Color32::from_rgb(0xFF, 0x9E, 0x94),
    on_bad: Color32::BLACK,
    flag: Color32::from_rgb(0xFF, 0xD4, 0x00),
    flag_bg: Color32::BLACK,
    note_bg: Color32::BLACK,
    bubble_me: Color32::BLACK,
    bubble_them: Color32::BLACK,
};

pub fn palette(high_contrast: bool) -> Palette {
    if high_contrast { HIGH_CONTRAST } else { LIGHT }
}

/// Corner radius of frames and buttons. Small radii tessellate into fewer
/// triangles, which matters on software renderers.
pub const RADIUS: u8 = 4;

/// Screen titles.
pub const TITLE_SIZE: f32 = 34.0;
/// Question prompts and sub-headings.
pub const BIG_SIZE: f32 = 23.0;

/// Line length for reading: about 70 characters at the body size.
pub const READING_WIDTH: f32 = 760.0;

/// Noto Sans from the assets folder first (full Latin coverage, so names
/// like "Xʼiwan Ñañez" draw everywhere, the same font as the printed
/// material), then egui's default fonts, with Hack after Ubuntu-Light: it has
/// the arrows and shapes (▶ ◀ ▲ ▼ ●). Without the assets folder the app still
/// opens, with egui's fonts.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    if let Some(family) = fonts.families.get_mut(&FontFamily::Proportional) {
        let at = family
            .iter()
            .position(|f| f == "Ubuntu-Light")
            .map_or(0, |i| i + 1);
        family.insert(at, "Hack".to_owned());
    }
    if let Some(bytes) = noto_sans() {
        fonts.font_data.insert(
            "NotoSans".to_owned(),
            std::sync::Arc::new(egui::FontData::from_owned(bytes)),
        );
        for fam in [FontFamily::Proportional, FontFamily::Monospace] {
            if let Some(family) = fonts.families.get_mut(&fam) {
                // Monospace keeps Hack first; Noto fills in its missing letters.
                let at = usize::from(fam == FontFamily::Monospace);
                family.insert(at.min(family.len()), "NotoSans".to_owned());
            }
        }
    }
    ctx.set_fonts(fonts);
}

/// The regular face of Noto Sans, from the first assets folder that has it.
fn noto_sans() -> Option<Vec<u8>> {
    let dir = crate::print::fonts::assets_candidates(None)
        .into_iter()
        .find(|d| crate::print::fonts::is_assets_dir(d))?;
    std::fs::read(dir.join("fonts").join("NotoSans-Regular.ttf")).ok()
}

/// Applies fonts sizes, spacing and colours to the context.
pub fn apply(ctx: &egui::Context, high_contrast: bool) {
    let p = palette(high_contrast);
    ctx.global_style_mut(|style| {
        style.text_styles = [
            (
                TextStyle::Heading,
                FontId::new(28.0, FontFamily::Proportional),
            ),
            (TextStyle::Body, FontId::new(19.0, FontFamily::Proportional)),
            (
                TextStyle::Button,
                FontId::new(19.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Small,
                FontId::new(15.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(17.0, FontFamily::Monospace),
            ),
        ]
        .into();
        let s = &mut style.spacing;
        s.item_spacing = egui::vec2(10.0, 12.0);
        s.button_padding = egui::vec2(16.0, 9.0);
        s.interact_size = egui::vec2(44.0, 40.0);
        s.icon_width = 22.0;
        s.icon_width_inner = 12.0;
        s.icon_spacing = 10.0;
        s.scroll.bar_width = 12.0;
        style.animation_time = 0.0; // no animation: nothing keeps repainting
        style.visuals = visuals(&p, high_contrast);
    });
}

fn visuals(p: &Palette, high_contrast: bool) -> Visuals {
    let mut v = if high_contrast {
        Visuals::dark()
    } else {
        Visuals::light()
    };
    v.override_text_color = Some(p.text);
    v.panel_fill = p.bg;
    v.window_fill = p.card;
    v.extreme_bg_color = p.card;
    v.faint_bg_color = p.note_bg;
    v.hyperlink_color = p.accent;
    v.selection = Selection {
        bg_fill: if high_contrast {
            p.accent
        } else {
            Color32::from_rgb(0xB8, 0xDE, 0xDA)
        },
        stroke: Stroke::new(
            2.0,
            if high_contrast {
                Color32::BLACK
            } else {
                p.accent
            },
        ),
    };
    let stroke_w = if high_contrast { 2.0 } else { 1.0 };
    let r = CornerRadius::same(RADIUS);
    let w = &mut v.widgets;
    w.noninteractive.bg_stroke = Stroke::new(stroke_w, p.card_stroke);
    w.noninteractive.fg_stroke = Stroke::new(1.0, p.text);
    w.noninteractive.corner_radius = r;
    // Resting, hovered and pressed widgets differ in fill and stroke only.
    let pick = |hc: Color32, normal: Color32| if high_contrast { hc } else { normal };
    let set = |wv: &mut egui::style::WidgetVisuals, fill: Color32, stroke: Stroke, fg_w: f32| {
        wv.bg_fill = fill;
        wv.weak_bg_fill = fill;
        wv.bg_stroke = stroke;
        wv.fg_stroke = Stroke::new(fg_w, p.text);
        wv.corner_radius = r;
    };
    set(
        &mut w.inactive,
        pick(Color32::BLACK, Color32::from_rgb(0xEC, 0xE8, 0xE1)),
        Stroke::new(stroke_w, pick(Color32::WHITE, p.card_stroke)),
        1.5,
    );
    set(
        &mut w.hovered,
        pick(Color32::from_gray(40), Color32::from_rgb(0xDD, 0xEE, 0xEC)),
        Stroke::new(2.0, p.accent),
        2.0,
    );
    set(
        &mut w.active,
        pick(Color32::from_gray(60), Color32::from_rgb(0xC8, 0xE3, 0xE0)),
        Stroke::new(2.0, p.accent),
        2.0,
    );
    w.open = w.active;
    // A clear focus ring for keyboard users.
    v.selection.stroke = Stroke::new(3.0, p.accent);
    v
}

/// Relative luminance (WCAG 2).
pub fn luminance(c: Color32) -> f32 {
    let ch = |v: u8| {
        let s = v as f32 / 255.0;
        if s <= 0.03928 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * ch(c.r()) + 0.7152 * ch(c.g()) + 0.0722 * ch(c.b())
}

pub fn contrast(a: Color32, b: Color32) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_contrast_is_aaa() {
        for (name, p) in [("light", LIGHT), ("high contrast", HIGH_CONTRAST)] {
            for (what, fg, bg) in [
                ("text on background", p.text, p.bg),
                ("text on cards", p.text, p.card),
                ("weak text on background", p.weak, p.bg),
                ("text on accent", p.on_accent, p.accent),
                ("text on the exit button", p.on_bad, p.bad),
                ("accent on background", p.accent, p.bg),
                ("good on card", p.good, p.card),
                ("bad on card", p.bad, p.card),
                ("flag on flag background", p.flag, p.flag_bg),
                ("text on note", p.text, p.note_bg),
                ("text on my bubble", p.text, p.bubble_me),
            ] {
                let c = contrast(fg, bg);
                assert!(c >= 7.0, "{name}: {what} has contrast {c:.2}, below 7:1");
            }
        }
    }
}
