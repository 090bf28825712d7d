//! Alerta: offline training on how traffickers recruit in Central America.
//!
//! The crate keeps a pure core (`course`, `quiz`, `progress`, `report`,
//! `speech`, `print`) apart from the eframe app in `app`. Nothing in the core
//! imports egui.

// Diagnostics are large, carry a path and are only built on the error path;
// boxing them would add noise to every loader signature for no gain.
#![allow(clippy::result_large_err)]

pub mod app;
pub mod cli;
pub mod course;
pub mod i18n;
pub mod pack;
pub mod present;
pub mod print;
pub mod progress;
pub mod quiz;
pub mod report;
pub mod speech;

/// When the process started, for the startup benchmark (`dev` builds).
pub static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
