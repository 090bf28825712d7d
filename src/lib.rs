//! Alerta: offline training on how traffickers recruit in Central America.
//!
//! The crate keeps a pure core (`course`, `quiz`, `progress`, `report`) apart
//! from the eframe app in `app`.

pub mod course;
pub mod app; pub mod cli;
