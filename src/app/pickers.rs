//! Controls several screens share: the language picker and the read-aloud
//! button. They emit commands like any view.

use eframe::egui::{self, RichText};

use super::command::Command;
use super::cx::Cx;
use super::strings::S;

/// A language's name in itself, for the picker (`-language-name` in its
/// `.ftl` file; the tag when there is no file for it).
pub fn own_name(cx: &Cx, tag: &str) -> String {
    cx.words.localizer().catalog().own_name(tag)
}

/// The languages a learner can choose: the course's, named in themselves.
pub fn languages(cx: &Cx) -> Vec<String> {
    let mut v: Vec<String> = cx.course.meta.languages.clone();
    if v.is_empty() {
        v = vec!["es".into(), "en".into()];
    }
    v
}

/// The language picker, each option in its own language.
pub fn language_picker(ui: &mut egui::Ui, cx: &Cx, cmds: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(format!("{}:", cx.t(S::Language))).color(cx.p.weak));
        for tag in languages(cx) {
            let r = ui.selectable_label(cx.lang == tag, own_name(cx, &tag));
            if r.clicked() && cx.lang != tag {
                cmds.push(Command::SetLanguage(tag));
            }
        }
    });
}

/// "Read aloud" for some texts (already in the language shown), or "Stop"
/// while they are being read. Without a voice it is disabled and says why,
/// in its tooltip and its accessible description.
pub fn read_aloud(ui: &mut egui::Ui, cx: &Cx, texts: &[String], cmds: &mut Vec<Command>) {
    let texts: Vec<(String, String)> = texts
        .iter()
        .filter(|t| !t.trim().is_empty())
        .map(|t| (cx.lang.to_string(), t.clone()))
        .collect();
    if texts.is_empty() {
        return;
    }
    let reading_these = cx.state.reading.speaking && cx.state.reading.texts == texts;
    match cx.voice {
        Err(why) => {
            let reason = cx.t(why);
            let label = format!("🔈 {}", cx.t(S::ReadAloud));
            let r = ui
                .add_enabled(false, egui::Button::new(&label))
                .on_disabled_hover_text(reason);
            r.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Button,
                    false,
                    format!("{}: {reason}", cx.t(S::ReadAloud)),
                )
            });
        }
        Ok(()) if reading_these => {
            let r = ui
                .button(format!("⏹ {}", cx.t(S::StopReading)))
                .on_hover_text(cx.t(S::StopReadingTip));
            // The accessible name is the words, not the symbol.
            r.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Button, true, cx.t(S::StopReading))
            });
            if r.clicked() {
                cmds.push(Command::StopReading);
            }
        }
        Ok(()) => {
            let r = ui
                .button(format!("🔈 {}", cx.t(S::ReadAloud)))
                .on_hover_text(cx.t(S::ReadAloudTip));
            r.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Button, true, cx.t(S::ReadAloud))
            });
            if r.clicked() {
                cmds.push(Command::ReadAloud(texts));
            }
        }
    }
}
