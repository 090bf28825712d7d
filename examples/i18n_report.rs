//! Prints the interface languages' coverage, as `alerta check` will:
//!
//! ```sh
//! cargo run --example i18n_report -- [--all] [FOLDER …]
//! ```
//!
//! Each FOLDER holds `<tag>/alerta.ftl` files that add to or override the
//! built-in English and Spanish (for example `tests/fixtures/i18n`). Without
//! a folder, `assets/i18n` beside the program is read when it exists.
//! `--all` lists every missing and unused message. Exits with 1 on an error
//! (a broken file or a placeholder mismatch).

use std::path::PathBuf;

use alerta::i18n::Catalog;

fn main() {
    let mut all = false;
    let mut dirs: Vec<PathBuf> = Vec::new();
    for a in std::env::args().skip(1) {
        if a == "--all" {
            all = true;
        } else {
            dirs.push(a.into());
        }
    }
    if dirs.is_empty() {
        dirs = Catalog::dirs_beside_exe();
    }
    let report = Catalog::load(&dirs).report();
    if all {
        print!("{report:#}");
    } else {
        print!("{report}");
    }
    if report.has_errors() {
        std::process::exit(1);
    }
}
