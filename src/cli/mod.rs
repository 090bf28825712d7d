//! Command-line subcommands other than the GUI. `main.rs` only parses and dispatches.

pub mod check;
pub mod handout;
pub mod new_course;
pub mod report;

use std::path::PathBuf;

/// Where the bundled lessons are when no `--lessons` is given, in order:
/// `./lessons`; `lessons/` beside the binary (the portable .tar.gz and .zip),
/// or two levels up (for `cargo run`); `../share/alerta/lessons` from the
/// binary (an installed package: `/usr/bin/alerta` finds
/// `/usr/share/alerta/lessons`); then `/usr/share/alerta/lessons`.
pub fn default_lessons_dir() -> PathBuf {
    let cwd = PathBuf::from("lessons");
    if cwd.join(crate::course::load::MANIFEST).exists() {
        return cwd;
    }
    let mut candidates = Vec::new();
    if let Ok(exe) = std::env::current_exe()
        && let Some(dir) = exe.parent()
    {
        for base in [dir.to_path_buf(), dir.join(".."), dir.join("../..")] {
            candidates.push(base.join("lessons"));
        }
        candidates.push(dir.join("../share/alerta/lessons"));
        // macOS: Alerta.app/Contents/MacOS/alerta beside Contents/Resources.
        candidates.push(dir.join("../Resources/lessons"));
    }
    candidates.push(PathBuf::from("/usr/share/alerta/lessons"));
    candidates
        .into_iter()
        .find(|c| c.join(crate::course::load::MANIFEST).exists())
        .unwrap_or(cwd)
}
