//! Live preview for authors (`alerta --lessons DIR --watch`): the course is
//! loaded again when one of its files changes. A small thread looks at the
//! files' sizes and times once a second and wakes the window; the window
//! then compares them itself, so the check also works without the thread
//! (in tests). Nothing of this runs without `--watch`.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// What the course folder's files look like: name, size, modification time.
pub type Fingerprint = Vec<(PathBuf, u64, Option<SystemTime>)>;

/// The fingerprint of every file in `dir` and its `assets/` (not deeper).
pub fn fingerprint(dir: &Path) -> Fingerprint {
    let mut v = Vec::new();
    for d in [dir.to_path_buf(), dir.join("assets")] {
        if let Ok(entries) = std::fs::read_dir(&d) {
            for e in entries.flatten() {
                if let Ok(m) = e.metadata()
                    && m.is_file()
                {
                    v.push((e.path(), m.len(), m.modified().ok()));
                }
            }
        }
    }
    v.sort();
    v
}

pub struct Watcher {
    dir: PathBuf,
    seen: Fingerprint,
}

impl Watcher {
    /// Watches `dir`, and wakes the window through `wake` when it changes.
    pub fn start(dir: &Path, wake: impl Fn() + Send + 'static) -> Watcher {
        let seen = fingerprint(dir);
        let (d, mut last) = (dir.to_path_buf(), seen.clone());
        let _ = std::thread::Builder::new()
            .name("alerta-watch".into())
            .spawn(move || {
                loop {
                    std::thread::sleep(Duration::from_secs(1));
                    let now = fingerprint(&d);
                    if now != last {
                        last = now;
                        wake();
                    }
                }
            });
        Watcher {
            dir: dir.to_path_buf(),
            seen,
        }
    }

    /// Whether the files changed since the last call.
    pub fn changed(&mut self) -> bool {
        let now = fingerprint(&self.dir);
        if now != self.seen {
            self.seen = now;
            true
        } else {
            false
        }
    }
}
