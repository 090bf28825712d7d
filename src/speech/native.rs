//! Windows and macOS: the voices the computer already has, through the `tts`
//! crate (Windows: OneCore voices via WinRT `SpeechSynthesizer`; macOS:
//! `AVSpeechSynthesizer`).
//!
//! Written against tts 0.26's documented API and type-checked for Windows;
//! not yet run on Windows or macOS.

use std::cell::Cell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use super::{Availability, Engine, Rate, SpeechBackend, SpeechError, Utterance, best_voice};

#[cfg(windows)]
const ENGINE: Engine = Engine::Windows;
#[cfg(not(windows))]
const ENGINE: Engine = Engine::MacOs;

/// Slow speech, as a share of the platform's normal rate.
const SLOW_SHARE: f32 = 0.7;
/// After `speak`, how long the synthesizer may take to report that it has
/// started before the utterance counts as finished.
const START_GRACE: Duration = Duration::from_millis(1500);

/// One synthesizer for the whole process: on macOS, `tts` registers an
/// Objective-C class when it makes one, which can happen only once.
static TTS: OnceLock<Mutex<Result<tts::Tts, String>>> = OnceLock::new();

/// Runs `f` on the synthesizer; a `tts` panic becomes an error.
fn with_tts<R>(f: impl FnOnce(&mut tts::Tts) -> R) -> Result<R, String> {
    let cell = TTS.get_or_init(|| {
        let made = catch_unwind(tts::Tts::default)
            .map_err(|_| "the speech service panicked".to_string())
            .and_then(|r| r.map_err(|e| e.to_string()));
        Mutex::new(made)
    });
    let mut guard = cell.lock().unwrap_or_else(|e| e.into_inner());
    match guard.as_mut() {
        Ok(tts) => catch_unwind(AssertUnwindSafe(|| f(tts)))
            .map_err(|_| "the speech service panicked".to_string()),
        Err(e) => Err(e.clone()),
    }
}

/// The installed voice that best fits `lang` (`Ok(None)`: none does).
fn pick_voice(tts: &tts::Tts, lang: &str) -> Result<Option<tts::Voice>, tts::Error> {
    let voices = tts.voices()?;
    let langs: Vec<String> = voices
        .iter()
        .map(|v| v.language().as_str().to_string())
        .collect();
    let Some(best) = best_voice(langs.iter().map(String::as_str), lang) else {
        return Ok(None);
    };
    Ok(voices.into_iter().find(|v| v.language().as_str() == best))
}

fn failed(e: impl ToString) -> SpeechError {
    SpeechError::Engine {
        engine: ENGINE,
        detail: e.to_string(),
    }
}

/// The platform voices.
pub struct NativeBackend {
    /// When the current utterance was handed over, if one was.
    started: Cell<Option<Instant>>,
    /// Whether the synthesizer has said it is speaking it.
    seen_speaking: Cell<bool>,
    /// How long the utterance should take, for platforms that cannot say
    /// whether they are speaking.
    estimate: Cell<Duration>,
}

impl NativeBackend {
    pub fn new() -> NativeBackend {
        NativeBackend {
            started: Cell::new(None),
            seen_speaking: Cell::new(false),
            estimate: Cell::new(Duration::ZERO),
        }
    }
}

impl Default for NativeBackend {
    fn default() -> Self {
        NativeBackend::new()
    }
}

impl SpeechBackend for NativeBackend {
    fn voices(&self, lang: &str) -> Availability {
        let engine = ENGINE;
        match with_tts(|tts| pick_voice(tts, lang)) {
            Err(detail) => Availability::Failed { engine, detail },
            Ok(Ok(Some(voice))) => Availability::Ready {
                engine,
                voice: voice.name(),
            },
            Ok(Ok(None)) => Availability::NoVoice { engine },
            // The platform cannot list voices (macOS before 10.14): its
            // default voice will speak.
            Ok(Err(tts::Error::UnsupportedFeature)) => Availability::Ready {
                engine,
                voice: "default".into(),
            },
            Ok(Err(e)) => Availability::Failed {
                engine,
                detail: e.to_string(),
            },
        }
    }

    fn speak(&mut self, utterance: Utterance) -> Result<(), SpeechError> {
        let Utterance { text, lang, rate } = utterance;
        let chars = text.chars().count() as u32;
        with_tts(|tts| -> Result<(), SpeechError> {
            match pick_voice(tts, &lang) {
                Ok(Some(voice)) => tts.set_voice(&voice).map_err(failed)?,
                Ok(None) => {
                    return Err(SpeechError::Unavailable(Availability::NoVoice {
                        engine: ENGINE,
                    }));
                }
                Err(tts::Error::UnsupportedFeature) => {}
                Err(e) => return Err(failed(e)),
            }
            let normal = tts.normal_rate();
            let wanted = match rate {
                Rate::Normal => normal,
                Rate::Slow => (normal * SLOW_SHARE).max(tts.min_rate()),
            };
            match tts.set_rate(wanted) {
                Ok(_) | Err(tts::Error::UnsupportedFeature) => {}
                Err(e) => return Err(failed(e)),
            }
            tts.speak(text, true).map_err(failed)?;
            Ok(())
        })
        .map_err(failed)??;
        let per_char = match rate {
            Rate::Normal => Duration::from_millis(70),
            Rate::Slow => Duration::from_millis(100),
        };
        self.estimate.set(per_char * chars);
        self.seen_speaking.set(false);
        self.started.set(Some(Instant::now()));
        Ok(())
    }

    fn stop(&mut self) {
        if self.started.take().is_some() {
            let _ = with_tts(|tts| tts.stop().map(|_| ()));
        }
    }

    fn is_speaking(&self) -> bool {
        let Some(started) = self.started.get() else {
            return false;
        };
        let speaking = match with_tts(|tts| tts.is_speaking()) {
            Ok(Ok(now)) => {
                if now {
                    self.seen_speaking.set(true);
                }
                now || (!self.seen_speaking.get() && started.elapsed() < START_GRACE)
            }
            // The platform cannot tell: wait as long as the text should take.
            _ => started.elapsed() < self.estimate.get(),
        };
        if !speaking {
            self.started.set(None);
        }
        speaking
    }
}

impl Drop for NativeBackend {
    fn drop(&mut self) {
        self.stop();
    }
}
