//! Languages as data: every user-visible text in Fluent files.
//!
//! The text lives in `assets/i18n/<tag>/alerta.ftl`, one file per language,
//! where `<tag>` is a BCP-47 language tag (`en`, `es`, `pt-BR`, `quc`). English
//! and Spanish are embedded in the binary; [`Catalog::load`] also reads the same
//! layout from folders on disk, so an NGO can add a language or fix one message
//! without a compiler. A later source overrides an earlier one message by
//! message, and a broken file never stops the app: its parse errors are
//! collected and its good messages still load.
//!
//! A [`Localizer`] speaks one language. It looks each message up along the
//! language's fallback chain (the tag, its base language, the `-fallback` term
//! of the files, then `en`) and returns the key itself when no language has
//! it, so a missing message shows as `some-key`, never as a blank or a panic.
//!
//! This module is part of the core: no egui, eframe or rfd.
//!
//! ```
//! use std::sync::Arc;
//! use alerta::i18n::{Catalog, Localizer};
//!
//! let catalog = Arc::new(Catalog::embedded());
//! let es = Localizer::new(catalog.clone(), "es");
//! assert_eq!(es.t("help-title"), "Dónde pedir ayuda");
//! assert_eq!(es.t_args("votes", &[("count", 1.into())]), "1 mano");
//! assert_eq!(es.t_args("votes", &[("count", 3.into())]), "3 manos");
//! // Portuguese is not in the binary: every message falls back to English.
//! let pt = Localizer::new(catalog, "pt-BR");
//! assert_eq!(pt.t("help-title"), "Where to get help");
//! ```
//!
//! Thread safety: the bundles are `fluent_bundle::concurrent` ones, so a
//! [`Catalog`] and a [`Localizer`] are `Send + Sync` and can sit in an `Arc`
//! shared with worker threads (a save thread, the CLI, tests). The price is a
//! mutex around Fluent's plural-rule memoizer, taken only when a message
//! selects on a number; messages without arguments are formatted once, when
//! the [`Localizer`] is made, and then only looked up.

mod catalog;
mod coverage;
pub mod diag;
pub mod errors;
mod localizer;
mod syntax;
pub mod texts;

#[cfg(test)]
mod tests;

pub use catalog::{Catalog, LanguageInfo, LoadProblem, normalize_tag};
pub use coverage::{Coverage, I18nReport, Mismatch};
pub use localizer::{Arg, Localizer};

/// The language every chain ends with, and the reference for coverage.
pub const DEFAULT_LANG: &str = "en";

/// The file name of a language's messages inside its tag folder.
pub const FILE_NAME: &str = "alerta.ftl";

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

static EXTRA_DIRS: OnceLock<Vec<PathBuf>> = OnceLock::new();
static SHARED: OnceLock<Arc<Catalog>> = OnceLock::new();
static LOCALIZERS: OnceLock<Mutex<HashMap<String, Arc<Localizer>>>> = OnceLock::new();

/// Sets the folders of `.ftl` files that override and extend the embedded
/// ones for the whole process (`--i18n DIR`, then the folders beside the
/// program). Call once, before any text is shown; later calls are ignored.
pub fn set_dirs(dirs: Vec<PathBuf>) {
    let _ = EXTRA_DIRS.set(dirs);
}

/// The folders [`shared`] reads besides the embedded files.
pub fn dirs() -> Vec<PathBuf> {
    EXTRA_DIRS
        .get()
        .cloned()
        .unwrap_or_else(Catalog::dirs_beside_exe)
}

/// The process's catalog: the embedded languages and the folders of
/// [`set_dirs`] (or, if it was never called, the folder beside the program).
pub fn shared() -> Arc<Catalog> {
    SHARED
        .get_or_init(|| Arc::new(Catalog::load(&dirs())))
        .clone()
}

/// A localizer of the [`shared`] catalog for `tag`, made once per tag.
pub fn localizer(tag: &str) -> Arc<Localizer> {
    let map = LOCALIZERS.get_or_init(|| Mutex::new(HashMap::new()));
    let mut map = map.lock().unwrap_or_else(|e| e.into_inner());
    map.entry(tag.to_string())
        .or_insert_with(|| Arc::new(Localizer::new(shared(), tag)))
        .clone()
}

/// Text that can be shown in the user's language.
///
/// Implemented for checker diagnostics and for the core's error types, so a
/// screen can write `error.localize(&l)` whatever the error is.
pub trait Localize {
    fn localize(&self, l: &Localizer) -> String;
}
