//! What the app needs from the outside world, injectable for tests: the
//! clock, file dialogs, and where data and lessons are.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use crate::progress::{Clock, DataDir, SystemClock};

/// File dialogs. rfd returns `None` when there is no desktop portal (headless),
/// so tests use [`FakeDialogs`] instead.
pub trait Dialogs: Send {
    fn save_file(&mut self, title: &str, default_name: &str, ext: &str) -> Option<PathBuf>;
    fn open_files(&mut self, title: &str, ext: &str) -> Vec<PathBuf>;
    fn open_folder(&mut self, title: &str) -> Option<PathBuf>;
}

/// The system's own dialogs, through rfd.
pub struct NativeDialogs;

impl Dialogs for NativeDialogs {
    fn save_file(&mut self, title: &str, default_name: &str, ext: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title(title)
            .set_file_name(default_name)
            .add_filter(ext, &[ext])
            .save_file()
    }
    fn open_files(&mut self, title: &str, ext: &str) -> Vec<PathBuf> {
        rfd::FileDialog::new()
            .set_title(title)
            .add_filter(ext, &[ext])
            .pick_files()
            .unwrap_or_default()
    }
    fn open_folder(&mut self, title: &str) -> Option<PathBuf> {
        rfd::FileDialog::new().set_title(title).pick_folder()
    }
}

/// Scripted answers for tests. Clones share the same queues.
#[derive(Clone, Default)]
pub struct FakeDialogs {
    inner: Arc<Mutex<FakeQueues>>,
}

#[derive(Default)]
struct FakeQueues {
    save: VecDeque<PathBuf>,
    open: VecDeque<Vec<PathBuf>>,
    folder: VecDeque<PathBuf>,
    asked: Vec<String>,
}

impl FakeDialogs {
    pub fn answer_save(&self, p: impl Into<PathBuf>) {
        self.inner.lock().unwrap().save.push_back(p.into());
    }
    pub fn answer_open(&self, files: Vec<PathBuf>) {
        self.inner.lock().unwrap().open.push_back(files);
    }
    pub fn answer_folder(&self, p: impl Into<PathBuf>) {
        self.inner.lock().unwrap().folder.push_back(p.into());
    }
    /// Titles of the dialogs that were opened, in order.
    pub fn asked(&self) -> Vec<String> {
        self.inner.lock().unwrap().asked.clone()
    }
}

impl Dialogs for FakeDialogs {
    fn save_file(&mut self, title: &str, _default_name: &str, _ext: &str) -> Option<PathBuf> {
        let mut q = self.inner.lock().unwrap();
        q.asked.push(title.into());
        q.save.pop_front()
    }
    fn open_files(&mut self, title: &str, _ext: &str) -> Vec<PathBuf> {
        let mut q = self.inner.lock().unwrap();
        q.asked.push(title.into());
        q.open.pop_front().unwrap_or_default()
    }
    fn open_folder(&mut self, title: &str) -> Option<PathBuf> {
        let mut q = self.inner.lock().unwrap();
        q.asked.push(title.into());
        q.folder.pop_front()
    }
}

/// Everything the app takes from outside.
pub struct AppEnv {
    pub clock: Arc<dyn Clock>,
    pub dialogs: Box<dyn Dialogs>,
    pub data: DataDir,
    /// The bundled course (or `--lessons DIR`).
    pub lessons_dir: PathBuf,
    /// Print the time to the first frames, then close (for `scripts/bench-startup.sh`).
    pub startup_timing: Option<Instant>,
    /// Keep repainting for this many seconds, then print frames and CPU per
    /// frame and close (for measuring a heavy page).
    pub repaint_seconds: Option<f64>,
    /// Steps to open a screen at start, for benchmarks and screenshots
    /// (see [`crate::app::AlertaApp::open_script`]).
    pub open: Option<String>,
}

impl AppEnv {
    pub fn new(lessons_dir: &Path, data: DataDir) -> AppEnv {
        AppEnv {
            clock: Arc::new(SystemClock),
            dialogs: Box::new(NativeDialogs),
            data,
            lessons_dir: lessons_dir.to_path_buf(),
            startup_timing: None,
            repaint_seconds: None,
            open: None,
        }
    }
}
