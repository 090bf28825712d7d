//! The floor for the startup benchmark: an empty eframe window, built from
//! the same dependencies and options as Alerta. With `ALERTA_STARTUP_TIMING`
//! set it prints the time to its first two frames and closes, like the app.

use std::time::Instant;

use eframe::egui;

struct Empty {
    started: Instant,
    frames: u32,
    timing: bool,
    meter: Option<alerta::app::dev::FrameMeter>,
}

impl eframe::App for Empty {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |_ui| {});
        self.frames += 1;
        if let Some(m) = &mut self.meter {
            if m.frame() {
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            } else {
                ui.ctx().request_repaint();
            }
        }
        if self.timing {
            let ms = self.started.elapsed().as_secs_f64() * 1000.0;
            match self.frames {
                1 => {
                    println!("first frame: {ms:.1} ms");
                    ui.ctx().request_repaint();
                }
                2 => {
                    println!("second frame: {ms:.1} ms");
                    ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
                }
                _ => {}
            }
        }
    }
}

fn main() -> eframe::Result {
    let started = Instant::now();
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Empty")
            .with_inner_size([1100.0, 760.0]),
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    eframe::run_native(
        "Empty",
        options,
        Box::new(move |_cc| {
            Ok(Box::new(Empty {
                started,
                frames: 0,
                timing: std::env::var_os("ALERTA_STARTUP_TIMING").is_some(),
                meter: std::env::var("ALERTA_REPAINT_SECONDS")
                    .ok()
                    .and_then(|s| s.parse().ok())
                    .map(alerta::app::dev::FrameMeter::new),
            }))
        }),
    )
}
