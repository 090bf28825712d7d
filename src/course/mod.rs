//! The course: lesson schema, loader and validation. No egui here.

pub mod audit;
pub mod diag;
pub mod help;
pub mod load;
pub mod locate;
pub mod markup;
pub mod model;
pub mod pages;
pub mod parse;
pub mod raw;
pub mod syntax;
pub mod synthetic;
pub mod text;
pub mod validate;

pub use diag::{DiagKind, Diagnostic, Severity};
pub use help::*;
pub use load::{LoadError, Loaded, load_dir};
pub use model::*;
pub use text::{NameOrText, Text};
