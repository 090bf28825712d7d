//! The eframe app. For now: a window that lists the modules it found.

use std::path::Path;

use crate::course::{Loaded, load_dir};

pub fn run(lessons: &Path) -> anyhow::Result<()> {
    let loaded = load_dir(lessons)?;
    let options = eframe::NativeOptions {
        viewport: eframe::egui::ViewportBuilder::default()
            .with_title("Alerta")
            .with_inner_size([1024.0, 700.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Alerta",
        options,
        Box::new(move |_cc| Ok(Box::new(ListApp { loaded }))),
    )
    .map_err(|e| anyhow::anyhow!("could not open the window: {e}"))
}

struct ListApp {
    loaded: Loaded,
}

impl eframe::App for ListApp {
    fn ui(&mut self, ui: &mut eframe::egui::Ui, _frame: &mut eframe::Frame) {
        eframe::egui::CentralPanel::default().show(ui, |ui| {
            ui.heading(self.loaded.course.meta.title.get("en"));
            for m in &self.loaded.course.modules {
                ui.label(m.title.get("en"));
            }
            for f in &self.loaded.course.failed {
                ui.label(format!("Could not load {}", f.file.display()));
            }
        });
    }
}
