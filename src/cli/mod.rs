//! Command-line subcommands other than the GUI. `main.rs` only parses and dispatches.

pub mod check;
pub mod handout;
pub mod report;

use std::path::PathBuf;

/// Where the bundled lessons are when no `--lessons` is given: `./lessons`, or
/// `lessons/` beside the binary (also two levels up, for `cargo run`).
pub fn default_lessons_dir() -> PathBuf {
    let cwd = PathBuf::from("lessons");
    if cwd.join(crate::course::load::MANIFEST).exists() {
        return cwd;
    }
    if let Ok(exe) = std::env::current_exe()
        && let Some(dir) = exe.parent()
    {
        for base in [dir.to_path_buf(), dir.join(".."), dir.join("../..")] {
            let candidate = base.join("lessons");
            if candidate.join(crate::course::load::MANIFEST).exists() {
                return candidate;
            }
        }
    }
    cwd
}
