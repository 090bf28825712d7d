//! Read aloud, offline: the core of text-to-speech. No egui here.
//!
//! - [`SpeechBackend`] is one engine: the speech programs of Linux and other
//!   Unix systems (`spd-say`, else `espeak-ng`, spawned at run time), the
//!   platform voices of Windows and macOS (through the `tts` crate), or, in
//!   tests and with the `dev` feature, a fake that records what would be said.
//! - [`Reader`] is what the app owns: it runs a backend on a worker thread,
//!   so reading never blocks the window, and `read` / `stop` / `slower` take
//!   effect at once.
//! - [`text`] turns lesson markup into speakable sentences.
//!
//! Where no voice exists, [`Availability`] says why in data, so the app can
//! say it in the learner's language.

use std::fmt;

mod reader;
pub mod text;

#[cfg(all(unix, not(target_os = "macos")))]
pub mod unix;

#[cfg(any(windows, target_os = "macos"))]
pub mod native;

#[cfg(any(test, feature = "dev"))]
pub mod fake;

pub use reader::{Reader, Status};

/// How fast to speak.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Rate {
    #[default]
    Normal,
    /// For learners who need more time: about two thirds of normal speed.
    Slow,
}

/// One piece of text to speak, usually a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Utterance {
    /// Plain text, without markup (see [`text::utterances`]).
    pub text: String,
    /// BCP-47 language tag such as `es`, `en` or `es-GT`.
    pub lang: String,
    pub rate: Rate,
}

impl Utterance {
    pub fn new(text: impl Into<String>, lang: impl Into<String>, rate: Rate) -> Self {
        Utterance {
            text: text.into(),
            lang: lang.into(),
            rate,
        }
    }
}

/// The engine that speaks (or would).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Engine {
    /// speech-dispatcher through its `spd-say` client (Linux desktops).
    SpeechDispatcher,
    /// The `espeak-ng` program.
    EspeakNg,
    /// Windows voices (OneCore / WinRT) through the `tts` crate.
    Windows,
    /// macOS voices (AVSpeechSynthesizer) through the `tts` crate.
    MacOs,
    /// The test double.
    Fake,
}

impl Engine {
    /// A name to show (the same in every language).
    pub fn name(self) -> &'static str {
        match self {
            Engine::SpeechDispatcher => "speech-dispatcher",
            Engine::EspeakNg => "eSpeak NG",
            Engine::Windows => "Windows",
            Engine::MacOs => "macOS",
            Engine::Fake => "fake",
        }
    }
}

impl fmt::Display for Engine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Whether a language can be read aloud here, and if not, why.
///
/// The app turns this into a tooltip and an accessible description in the
/// learner's language; `Display` is an English form for logs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Availability {
    /// A voice for the language exists.
    Ready {
        engine: Engine,
        /// The voice or language variant that will be used, for the tooltip.
        voice: String,
    },
    /// No speech program or platform speech service on this computer
    /// (on Linux: neither `spd-say` nor `espeak-ng` is installed).
    NoEngine,
    /// A speech program is installed, but it has no voice for this language.
    NoVoice { engine: Engine },
    /// The speech program or platform API failed when asked
    /// (for example speech-dispatcher could not start).
    Failed { engine: Engine, detail: String },
}

impl Availability {
    pub fn is_ready(&self) -> bool {
        matches!(self, Availability::Ready { .. })
    }
}

impl fmt::Display for Availability {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Availability::Ready { engine, voice } => write!(f, "{engine} voice {voice}"),
            Availability::NoEngine => f.write_str("no speech program is installed"),
            Availability::NoVoice { engine } => {
                write!(
                    f,
                    "{engine} is installed but has no voice for this language"
                )
            }
            Availability::Failed { engine, detail } => write!(f, "{engine} failed: {detail}"),
        }
    }
}

/// Why speaking did not work.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SpeechError {
    /// No usable voice for the utterance's language; the reason is inside.
    #[error("cannot read aloud: {0}")]
    Unavailable(Availability),
    /// The engine accepted the request and then failed.
    #[error("{engine} failed: {detail}")]
    Engine { engine: Engine, detail: String },
    /// The reader's worker thread could not start or stopped unexpectedly.
    #[error("speech worker: {0}")]
    Worker(String),
}

/// One speech engine. Implementations must return quickly from every method:
/// `speak` starts speaking and returns, `is_speaking` polls, `stop` cuts off
/// the current utterance at once. [`Reader`] calls them from its worker
/// thread, never from the UI thread.
pub trait SpeechBackend: Send {
    /// Whether there is a voice for `lang` (a BCP-47 tag), and if not, why.
    /// May take a moment (it may run a program), so only the worker calls it.
    fn voices(&self, lang: &str) -> Availability;

    /// Starts speaking `utterance`, cutting off anything still being spoken.
    fn speak(&mut self, utterance: Utterance) -> Result<(), SpeechError>;

    /// Stops speaking at once. Does nothing when silent.
    fn stop(&mut self);

    /// Whether the last utterance is still being spoken.
    fn is_speaking(&self) -> bool;

    /// After `is_speaking` turned false: the error, if the utterance failed
    /// part-way (for example the speech program exited with an error).
    fn take_error(&mut self) -> Option<SpeechError> {
        None
    }
}

/// The backend for this computer: speech programs on Linux and other Unix
/// systems, the platform voices on Windows and macOS, and on any other
/// platform one that says no engine exists.
pub fn system_backend() -> Box<dyn SpeechBackend> {
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        Box::new(unix::CommandBackend::detect())
    }
    #[cfg(any(windows, target_os = "macos"))]
    {
        Box::new(native::NativeBackend::new())
    }
    #[cfg(not(any(unix, windows)))]
    {
        Box::new(NoBackend)
    }
}

/// The backend of platforms with no speech support.
#[cfg(not(any(unix, windows)))]
struct NoBackend;

#[cfg(not(any(unix, windows)))]
impl SpeechBackend for NoBackend {
    fn voices(&self, _lang: &str) -> Availability {
        Availability::NoEngine
    }
    fn speak(&mut self, _utterance: Utterance) -> Result<(), SpeechError> {
        Err(SpeechError::Unavailable(Availability::NoEngine))
    }
    fn stop(&mut self) {}
    fn is_speaking(&self) -> bool {
        false
    }
}

/// Whether `tag` looks like a BCP-47 tag: ASCII letters, digits and `-`/`_`,
/// starting with a letter. Anything else is never passed to an engine.
pub(crate) fn is_plain_tag(tag: &str) -> bool {
    !tag.is_empty()
        && tag.len() <= 35
        && tag.starts_with(|c: char| c.is_ascii_alphabetic())
        && tag
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// The primary language subtag, lower case: `es` for `es-GT`.
pub(crate) fn primary_language(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// How well a voice whose language is `voice_lang` fits the wanted tag:
/// `None` for another language, else a rank where lower is better.
///
/// An exact regional match wins; then, for a bare or unlisted tag, the
/// variants closest to the learners (Latin American Spanish before Spain's),
/// then the bare language, then any other variant of it.
pub(crate) fn voice_fit(voice_lang: &str, wanted: &str) -> Option<u8> {
    let norm = |s: &str| s.trim().replace('_', "-").to_ascii_lowercase();
    let (v, w) = (norm(voice_lang), norm(wanted));
    let primary = primary_language(&w);
    if primary.is_empty() || primary_language(&v) != primary {
        return None;
    }
    if v == w && w.contains('-') {
        return Some(0);
    }
    let preferred: &[&str] = match primary.as_str() {
        "es" => &["es-419", "es-mx", "es-us", "es-la"],
        "en" => &["en-us"],
        _ => &[],
    };
    if let Some(i) = preferred.iter().position(|p| *p == v) {
        return Some(1 + i as u8);
    }
    if v == primary {
        return Some(10);
    }
    Some(20)
}

/// The best of `candidates` (voice language tags) for `wanted`, if any fits.
pub(crate) fn best_voice<'a, I>(candidates: I, wanted: &str) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    candidates
        .into_iter()
        .filter_map(|c| voice_fit(c, wanted).map(|rank| (rank, c)))
        .min_by_key(|(rank, _)| *rank)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn voice_fit_prefers_latin_american_spanish() {
        let langs = ["es-es", "es", "es-419", "en-us"];
        assert_eq!(best_voice(langs, "es"), Some("es-419"));
        assert_eq!(best_voice(langs, "ES"), Some("es-419"));
        assert_eq!(best_voice(langs, "es-ES"), Some("es-es"));
        assert_eq!(best_voice(langs, "es-GT"), Some("es-419"));
        assert_eq!(best_voice(["es-es", "es"], "es"), Some("es"));
        assert_eq!(best_voice(["en-gb", "en-us"], "en"), Some("en-us"));
        assert_eq!(best_voice(["en_GB"], "en"), Some("en_GB"));
        assert_eq!(best_voice(langs, "mam"), None);
        assert_eq!(best_voice(langs, ""), None);
    }

    #[test]
    fn plain_tags_only() {
        assert!(is_plain_tag("es"));
        assert!(is_plain_tag("es-419"));
        assert!(is_plain_tag("en_US"));
        assert!(!is_plain_tag("-v"));
        assert!(!is_plain_tag("es es"));
        assert!(!is_plain_tag(""));
        assert!(!is_plain_tag("es;rm"));
    }

    #[test]
    fn availability_reads_in_english_for_logs() {
        assert_eq!(
            Availability::NoVoice {
                engine: Engine::EspeakNg
            }
            .to_string(),
            "eSpeak NG is installed but has no voice for this language"
        );
        assert!(!Availability::NoEngine.is_ready());
    }
}
