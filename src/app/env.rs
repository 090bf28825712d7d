//! What the app needs from the outside world, injectable for tests: the
//! clock, file dialogs, and where data and lessons are.

#[cfg(any(test, feature = "dev"))]
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::Arc;
#[cfg(any(test, feature = "dev"))]
use std::sync::Mutex;

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

/// Reading text aloud. The app owns one; tests use a fake.
pub trait Speech: Send {
    /// Reads these `(language, text)` pairs in order, replacing anything
    /// being read. Returns at once.
    fn speak(&mut self, texts: &[(String, String)], slow: bool);
    /// Stops at once.
    fn stop(&mut self);
    /// Whether there is a voice for `lang`; `Err` says why not, as a UI key.
    fn available(&self, lang: &str) -> Result<(), super::strings::S>;
    /// Whether something is being read now.
    fn speaking(&self) -> bool;
}

/// No speech at all (the default until a backend is chosen).
pub struct NoSpeech;

impl Speech for NoSpeech {
    fn speak(&mut self, _texts: &[(String, String)], _slow: bool) {}
    fn stop(&mut self) {}
    fn available(&self, _lang: &str) -> Result<(), super::strings::S> {
        Err(super::strings::S::NoVoice)
    }
    fn speaking(&self) -> bool {
        false
    }
}

/// Reading aloud through [`crate::speech::Reader`]: the system's voices
/// (speech-dispatcher or espeak-ng on Linux, the platform voices on Windows
/// and macOS), on a worker thread so the window never waits.
pub struct ReaderSpeech {
    reader: crate::speech::Reader,
}

impl ReaderSpeech {
    /// `repaint` is called from the worker when reading starts or ends and
    /// when a voice check finishes, so an idle window wakes only then.
    pub fn new(reader: crate::speech::Reader, repaint: impl Fn() + Send + Sync + 'static) -> Self {
        reader.set_waker(repaint);
        // Look for voices now, not in the middle of the first reading.
        for lang in ["es", "en"] {
            let _ = reader.availability(lang);
        }
        ReaderSpeech { reader }
    }
}

impl Speech for ReaderSpeech {
    fn speak(&mut self, texts: &[(String, String)], slow: bool) {
        use crate::speech::{Rate, Utterance, text};
        let rate = if slow { Rate::Slow } else { Rate::Normal };
        self.reader.slower(slow);
        let utterances: Vec<Utterance> = texts
            .iter()
            .flat_map(|(lang, t)| {
                text::split_plain(t)
                    .into_iter()
                    .map(move |s| Utterance::new(s, lang.as_str(), rate))
            })
            .collect();
        self.reader.read(utterances);
    }
    fn stop(&mut self) {
        self.reader.stop();
    }
    fn available(&self, lang: &str) -> Result<(), super::strings::S> {
        use super::strings::S;
        use crate::speech::Availability;
        match self.reader.availability(lang) {
            Some(Availability::Ready { .. }) => Ok(()),
            None => Err(S::CheckingVoice),
            Some(Availability::NoVoice { .. }) => Err(S::NoVoiceForLanguage),
            Some(Availability::NoEngine | Availability::Failed { .. }) => Err(S::NoVoice),
        }
    }
    fn speaking(&self) -> bool {
        self.reader.is_speaking()
    }
}

/// Scripted answers for tests. Clones share the same queues.
#[cfg(any(test, feature = "dev"))]
#[derive(Clone, Default)]
pub struct FakeDialogs {
    inner: Arc<Mutex<FakeQueues>>,
}

#[cfg(any(test, feature = "dev"))]
#[derive(Default)]
struct FakeQueues {
    save: VecDeque<PathBuf>,
    open: VecDeque<Vec<PathBuf>>,
    folder: VecDeque<PathBuf>,
    asked: Vec<String>,
}

#[cfg(any(test, feature = "dev"))]
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

#[cfg(any(test, feature = "dev"))]
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

/// Asks the window to draw again (the saver uses it when a save fails).
#[derive(Clone)]
pub struct Repaint(Arc<dyn Fn() + Send + Sync>);

impl Repaint {
    pub fn new(f: impl Fn() + Send + Sync + 'static) -> Repaint {
        Repaint(Arc::new(f))
    }

    /// A plain function to hand to a thread.
    pub fn as_fn(&self) -> impl Fn() + Send + 'static {
        let f = self.0.clone();
        move || f()
    }
}

impl Default for Repaint {
    fn default() -> Self {
        Repaint::new(|| {})
    }
}

/// Everything the app takes from outside.
pub struct AppEnv {
    pub clock: Arc<dyn Clock>,
    pub dialogs: Box<dyn Dialogs>,
    pub speech: Box<dyn Speech>,
    pub data: DataDir,
    /// The bundled course (or `--lessons DIR`).
    pub lessons_dir: PathBuf,
    /// Reload the course when its files change (`--watch`).
    pub watch: bool,
    /// Set by the effect runner; the frame closes the window.
    pub close_requested: bool,
    pub repaint: Repaint,
    /// The interface's text in every language (embedded, and any folder of
    /// `.ftl` files beside the program or given with `--i18n`).
    pub catalog: Arc<crate::i18n::Catalog>,
    /// The words of the language shown; [`AppEnv::sync_words`] keeps them
    /// in step with the state.
    pub words: super::strings::Words,
    /// Benchmarks and scripted screens (`dev` builds only).
    #[cfg(feature = "dev")]
    pub dev: crate::app::dev::DevOptions,
}

impl AppEnv {
    pub fn new(lessons_dir: &Path, data: DataDir) -> AppEnv {
        let catalog = crate::i18n::shared();
        let meta = crate::course::CourseMeta::basic("", crate::course::Text::default(), &[]);
        AppEnv {
            words: super::strings::Words::new(catalog.clone(), "en", &meta),
            catalog,
            clock: Arc::new(SystemClock),
            dialogs: Box::new(NativeDialogs),
            speech: Box::new(NoSpeech),
            data,
            lessons_dir: lessons_dir.to_path_buf(),
            watch: false,
            close_requested: false,
            repaint: Repaint::default(),
            #[cfg(feature = "dev")]
            dev: Default::default(),
        }
    }

    /// Uses another catalog of UI texts (tests: a third language's folder).
    pub fn with_catalog(mut self, catalog: crate::i18n::Catalog) -> AppEnv {
        self.catalog = Arc::new(catalog);
        let meta = crate::course::CourseMeta::basic("", crate::course::Text::default(), &[]);
        self.words = super::strings::Words::new(self.catalog.clone(), "en", &meta);
        self
    }

    /// Makes the words follow the language and course in `state` (a new
    /// localizer only when one of them changed: under a millisecond).
    pub fn sync_words(&mut self, state: &super::state::State) {
        if !self.words.is_for(&state.lang, &state.course.meta) {
            self.words =
                super::strings::Words::new(self.catalog.clone(), &state.lang, &state.course.meta);
        }
    }
}
