//! What the window shows after quick exit: the plain background, nothing else.

use eframe::egui;

pub fn show(ui: &mut egui::Ui) {
    // Always the light background, whatever theme was on: it must look like nothing.
    let bg = crate::app::theme::LIGHT.bg;
    egui::CentralPanel::default()
        .frame(egui::Frame::new().fill(bg))
        .show(ui, |_ui| {});
}
