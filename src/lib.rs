//! Alerta: offline training on how traffickers recruit in Central America.
//!
//! The crate keeps a pure core (`course`, `quiz`, `progress`, `report`) apart
//! from the eframe app in `app`. Nothing in the core imports egui.

pub mod app;
pub mod cli;
pub mod course;
pub mod progress;
pub mod quiz;
