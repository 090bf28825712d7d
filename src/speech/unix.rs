//! Linux and other Unix systems: speech programs spawned at run time.
//!
//! Nothing is linked: the build needs no `-dev` package. At run time the
//! backend looks on `PATH` for
//!
//! 1. `spd-say`, the client of speech-dispatcher (the desktop's speech
//!    service, also used by screen readers), and
//! 2. `espeak-ng`,
//!
//! and, for each language, uses the first that has a voice for it.
//!
//! Text never goes on a command line (it could be huge, start with `-`, or,
//! for `spd-say`, be taken as a format string): it is written to the child's
//! standard input. No shell is ever involved. `spd-say` reads one message per
//! line in pipe mode, and a line starting with `!-!` would be a command to
//! speech-dispatcher, so the text is sent as one line that cannot start so.
//!
//! Stop kills the child. speech-dispatcher goes on speaking a message after
//! its client is gone, so when a `spd-say` child is killed mid-message the
//! backend also runs `spd-say --cancel`, which cancels every queued message
//! of the speech service (a screen reader's included: it only happens when
//! Alerta itself was speaking, and the screen reader speaks again on the
//! next focus change). An utterance that takes far longer than it could
//! (a speech service that never answers) is killed and reported, and
//! speech-dispatcher is then left aside for espeak-ng.

use std::cell::{Cell, OnceCell, RefCell};
use std::collections::HashMap;
use std::ffi::OsString;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::{
    Availability, Engine, Rate, SpeechBackend, SpeechError, Utterance, best_voice, is_plain_tag,
    primary_language,
};

mod commands;
use commands::*;

/// How long a voice listing may take before the program counts as broken.
const LIST_TIMEOUT: Duration = Duration::from_secs(4);
/// How long rendering a WAV file may take.
const RENDER_TIMEOUT: Duration = Duration::from_secs(60);
/// espeak-ng speeds in words per minute.
const ESPEAK_WPM_NORMAL: u32 = 160;
const ESPEAK_WPM_SLOW: u32 = 110;
/// spd-say rates, from -100 to 100 (0 is the user's own setting).
const SPD_RATE_NORMAL: i32 = 0;
const SPD_RATE_SLOW: i32 = -40;
/// How much of a child's error output is kept for the message.
const STDERR_KEEP: usize = 1024;

/// Finds `name` in the absolute directories of `PATH`, like `which`.
pub fn find_program(name: &str) -> Option<PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .filter(|dir| dir.is_absolute())
        .map(|dir| dir.join(name))
        .find(|p| {
            p.metadata()
                .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        })
}

/// A voice of speech-dispatcher's default output module.
#[derive(Clone, Debug, PartialEq, Eq)]
struct SpdVoice {
    name: String,
    language: String,
    variant: String,
}

/// The engine chosen for one language.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Choice {
    Spd { language: String, voice: String },
    Espeak { voice: String },
}

/// A child that is speaking.
struct Running {
    child: Child,
    engine: Engine,
    started: Instant,
    /// Past this, the child is taken as hung.
    limit: Duration,
    stderr: Option<mpsc::Receiver<String>>,
}

impl Running {
    /// Spawns `cmd` and writes `text` to its standard input from a helper
    /// thread (a child that reads slowly never holds up the worker).
    fn spawn(
        mut cmd: Command,
        engine: Engine,
        text: String,
        limit: Duration,
    ) -> Result<Running, SpeechError> {
        cmd.stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().map_err(|e| SpeechError::Engine {
            engine,
            detail: format!("could not start: {e}"),
        })?;
        if let Some(mut stdin) = child.stdin.take() {
            std::thread::spawn(move || {
                // A child killed mid-write gives EPIPE: nothing to do then.
                let _ = stdin.write_all(text.as_bytes());
            });
        }
        let stderr = child.stderr.take().map(|mut pipe| {
            let (tx, rx) = mpsc::channel();
            std::thread::spawn(move || {
                let mut kept = Vec::new();
                let mut buf = [0u8; 4096];
                while let Ok(n) = pipe.read(&mut buf) {
                    if n == 0 {
                        break;
                    }
                    let room = STDERR_KEEP.saturating_sub(kept.len());
                    kept.extend_from_slice(&buf[..n.min(room)]);
                }
                let _ = tx.send(String::from_utf8_lossy(&kept).into_owned());
            });
            rx
        });
        Ok(Running {
            child,
            engine,
            started: Instant::now(),
            limit,
            stderr,
        })
    }

    /// `None` while running; else the outcome.
    fn poll(&mut self) -> Option<Result<(), SpeechError>> {
        match self.child.try_wait() {
            Ok(None) if self.started.elapsed() > self.limit => {
                self.kill();
                Some(Err(SpeechError::Engine {
                    engine: self.engine,
                    detail: format!("did not finish speaking within {} s", self.limit.as_secs()),
                }))
            }
            Ok(None) => None,
            Ok(Some(status)) => Some(self.outcome(status)),
            Err(e) => Some(Err(SpeechError::Engine {
                engine: self.engine,
                detail: e.to_string(),
            })),
        }
    }

    fn outcome(&mut self, status: ExitStatus) -> Result<(), SpeechError> {
        if status.success() {
            return Ok(());
        }
        let said = self
            .stderr
            .take()
            .and_then(|rx| rx.recv_timeout(Duration::from_millis(200)).ok())
            .unwrap_or_default();
        let said = said.trim();
        Err(SpeechError::Engine {
            engine: self.engine,
            detail: if said.is_empty() {
                format!("{status}")
            } else {
                format!("{status}: {said}")
            },
        })
    }

    /// Kills the child and reaps it; true if it was still running.
    fn kill(&mut self) -> bool {
        let alive = matches!(self.child.try_wait(), Ok(None));
        let _ = self.child.kill();
        let _ = self.child.wait();
        alive
    }
}

/// speech-dispatcher or espeak-ng, whichever has a voice.
pub struct CommandBackend {
    spd_say: Option<PathBuf>,
    espeak: Option<PathBuf>,
    /// speech-dispatcher's voices, listed once (it takes a second or two).
    spd_voices: OnceCell<Result<Vec<SpdVoice>, String>>,
    /// espeak-ng's voice languages by primary language.
    espeak_voices: RefCell<HashMap<String, Result<Vec<String>, String>>>,
    /// Set when speech-dispatcher hung once: espeak-ng from then on.
    spd_broken: Cell<bool>,
    running: RefCell<Option<Running>>,
    error: RefCell<Option<SpeechError>>,
}

impl CommandBackend {
    /// Finds `spd-say` and `espeak-ng` on `PATH`.
    pub fn detect() -> CommandBackend {
        CommandBackend::with_programs(find_program("spd-say"), find_program("espeak-ng"))
    }

    /// A backend with these programs (either may be missing).
    pub fn with_programs(spd_say: Option<PathBuf>, espeak: Option<PathBuf>) -> CommandBackend {
        CommandBackend {
            spd_say,
            espeak,
            spd_voices: OnceCell::new(),
            espeak_voices: RefCell::new(HashMap::new()),
            spd_broken: Cell::new(false),
            running: RefCell::new(None),
            error: RefCell::new(None),
        }
    }

    fn list_spd_voices(&self) -> Result<&[SpdVoice], String> {
        let Some(spd) = &self.spd_say else {
            return Err("not installed".into());
        };
        self.spd_voices
            .get_or_init(|| {
                run_capture(spd, &[OsString::from("--list-synthesis-voices")])
                    .map(|out| parse_spd_voices(&out))
            })
            .as_deref()
            .map_err(Clone::clone)
    }

    fn list_espeak_voices(&self, lang: &str) -> Result<Vec<String>, String> {
        let Some(espeak) = &self.espeak else {
            return Err("not installed".into());
        };
        let primary = primary_language(lang);
        self.espeak_voices
            .borrow_mut()
            .entry(primary.clone())
            .or_insert_with(|| {
                run_capture(espeak, &[OsString::from(format!("--voices={primary}"))])
                    .map(|out| parse_espeak_voices(&out))
            })
            .clone()
    }

    /// The engine and voice for `lang`, or why there is none.
    fn choose(&self, lang: &str) -> Result<Choice, Availability> {
        if self.spd_say.is_none() && self.espeak.is_none() {
            return Err(Availability::NoEngine);
        }
        let mut no_voice = None;
        let mut failed = None;
        if self.spd_say.is_some() && !self.spd_broken.get() {
            let engine = Engine::SpeechDispatcher;
            match self.list_spd_voices() {
                Ok(voices) => match best_spd_voice(voices, lang) {
                    Some(v) if is_plain_tag(&v.language) => {
                        return Ok(Choice::Spd {
                            language: v.language.clone(),
                            voice: v.name.clone(),
                        });
                    }
                    _ => no_voice = Some(Availability::NoVoice { engine }),
                },
                Err(detail) => failed = Some(Availability::Failed { engine, detail }),
            }
        }
        if self.espeak.is_some() {
            let engine = Engine::EspeakNg;
            let listed = if is_plain_tag(lang) {
                self.list_espeak_voices(lang)
            } else {
                Ok(Vec::new())
            };
            match listed {
                Ok(voices) => match best_voice(voices.iter().map(String::as_str), lang) {
                    Some(v) => {
                        return Ok(Choice::Espeak {
                            voice: v.to_string(),
                        });
                    }
                    None => {
                        no_voice.get_or_insert(Availability::NoVoice { engine });
                    }
                },
                Err(detail) => {
                    failed.get_or_insert(Availability::Failed { engine, detail });
                }
            }
        }
        Err(no_voice.or(failed).unwrap_or(Availability::NoEngine))
    }

    /// Renders `utterance` to a WAV file with espeak-ng, through the same
    /// command as speaking (for tests and for preparing audio ahead).
    pub fn render_wav(&self, utterance: &Utterance, out: &Path) -> Result<(), SpeechError> {
        let Some(espeak) = &self.espeak else {
            return Err(SpeechError::Unavailable(Availability::NoEngine));
        };
        let engine = Engine::EspeakNg;
        let voices = if is_plain_tag(&utterance.lang) {
            self.list_espeak_voices(&utterance.lang).map_err(|detail| {
                SpeechError::Unavailable(Availability::Failed { engine, detail })
            })?
        } else {
            Vec::new()
        };
        let voice = best_voice(voices.iter().map(String::as_str), &utterance.lang)
            .ok_or(SpeechError::Unavailable(Availability::NoVoice { engine }))?;
        let cmd = espeak_command(espeak, voice, utterance.rate, Some(out));
        let mut running =
            Running::spawn(cmd, engine, espeak_text(&utterance.text), RENDER_TIMEOUT)?;
        loop {
            if let Some(outcome) = running.poll() {
                return outcome;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Kills the running child, if any; cancels speech-dispatcher's message
    /// if the child was still speaking it.
    fn kill_running(&mut self) {
        let Some(mut running) = self.running.get_mut().take() else {
            return;
        };
        let alive = running.kill();
        if alive && running.engine == Engine::SpeechDispatcher {
            self.cancel_spd();
        }
    }

    /// `spd-say --cancel`, not waited for: a helper thread reaps it and kills
    /// it if the service does not answer within two seconds.
    fn cancel_spd(&self) {
        let Some(spd) = &self.spd_say else { return };
        let child = Command::new(spd)
            .arg("--cancel")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn();
        if let Ok(mut child) = child {
            std::thread::spawn(move || {
                let deadline = Instant::now() + Duration::from_secs(2);
                while matches!(child.try_wait(), Ok(None)) {
                    if Instant::now() > deadline {
                        let _ = child.kill();
                        break;
                    }
                    std::thread::sleep(Duration::from_millis(20));
                }
                let _ = child.wait();
            });
        }
    }
}

impl SpeechBackend for CommandBackend {
    fn voices(&self, lang: &str) -> Availability {
        match self.choose(lang) {
            Ok(Choice::Spd { voice, .. }) => Availability::Ready {
                engine: Engine::SpeechDispatcher,
                voice,
            },
            Ok(Choice::Espeak { voice }) => Availability::Ready {
                engine: Engine::EspeakNg,
                voice,
            },
            Err(why) => why,
        }
    }

    fn speak(&mut self, utterance: Utterance) -> Result<(), SpeechError> {
        self.kill_running();
        *self.error.get_mut() = None;
        let choice = self
            .choose(&utterance.lang)
            .map_err(SpeechError::Unavailable)?;
        let limit = speaking_limit(&utterance.text);
        let running = match (&choice, &self.spd_say, &self.espeak) {
            (Choice::Spd { language, voice }, Some(spd), _) => Running::spawn(
                spd_command(spd, language, voice, utterance.rate),
                Engine::SpeechDispatcher,
                spd_text(&utterance.text),
                limit,
            )?,
            (Choice::Espeak { voice }, _, Some(espeak)) => Running::spawn(
                espeak_command(espeak, voice, utterance.rate, None),
                Engine::EspeakNg,
                espeak_text(&utterance.text),
                limit,
            )?,
            _ => return Err(SpeechError::Unavailable(Availability::NoEngine)),
        };
        *self.running.get_mut() = Some(running);
        Ok(())
    }

    fn stop(&mut self) {
        self.kill_running();
    }

    fn is_speaking(&self) -> bool {
        let mut running = self.running.borrow_mut();
        let Some(child) = running.as_mut() else {
            return false;
        };
        match child.poll() {
            None => true,
            Some(outcome) => {
                let engine = child.engine;
                *running = None;
                if let Err(e) = outcome {
                    if engine == Engine::SpeechDispatcher {
                        // Hung or failed: use espeak-ng from now on.
                        self.spd_broken.set(true);
                    }
                    *self.error.borrow_mut() = Some(e);
                }
                false
            }
        }
    }

    fn take_error(&mut self) -> Option<SpeechError> {
        self.error.get_mut().take()
    }
}

impl Drop for CommandBackend {
    fn drop(&mut self) {
        self.kill_running();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Says that a test was skipped where a plain `cargo test` shows it: the
    /// print macros are captured for passing tests, a direct write is not.
    fn skipped(why: &str) {
        let _ = writeln!(std::io::stderr(), "skipped: {why}");
    }

    const SPD_LIST: &str =
        "                     NAME                 LANGUAGE                  VARIANT
                Afrikaans                       af                     none
  Spanish (Latin America)                   es-419                     none
Spanish (Latin America)+Adam                   es-419                     Adam
          Spanish (Spain)                       es                     none
   English (Great Britain)                       en-gb                     none
";

    const ESPEAK_LIST: &str =
        "Pty Language       Age/Gender VoiceName          File                 Other Languages
 3  es-es           --/F      spanish-mbrola-3   mb/mb-es3            (es 3)
 5  es              --/M      Spanish_(Spain)    roa/es
 5  es-419          --/M      Spanish_(Latin_America) roa/es-419           (es-mx 6)(es 6)
 7  es-mx           --/M      mexican-mbrola-1   mb/mb-mx1            (es 8)
";

    #[test]
    fn parses_speech_dispatcher_voices() {
        let voices = parse_spd_voices(SPD_LIST);
        assert_eq!(voices.len(), 5);
        assert_eq!(
            voices[1],
            SpdVoice {
                name: "Spanish (Latin America)".into(),
                language: "es-419".into(),
                variant: "none".into()
            }
        );
        let best = best_spd_voice(&voices, "es").unwrap();
        assert_eq!(best.name, "Spanish (Latin America)");
        assert_eq!(best_spd_voice(&voices, "en").unwrap().language, "en-gb");
        assert!(best_spd_voice(&voices, "mam").is_none());
    }

    #[test]
    fn parses_espeak_voices_without_mbrola() {
        assert_eq!(parse_espeak_voices(ESPEAK_LIST), ["es", "es-419"]);
        assert!(parse_espeak_voices("Pty Language Age/Gender VoiceName File\n").is_empty());
    }

    #[test]
    fn commands_carry_no_text_and_the_right_rate() {
        let args = |cmd: &Command| -> Vec<String> {
            cmd.get_args()
                .map(|a| a.to_string_lossy().into_owned())
                .collect()
        };
        let e = espeak_command(Path::new("/usr/bin/espeak-ng"), "es-419", Rate::Slow, None);
        assert_eq!(
            args(&e),
            ["-v", "es-419", "-s", "110", "-b", "1", "--stdin"]
        );
        let w = espeak_command(
            Path::new("/usr/bin/espeak-ng"),
            "es",
            Rate::Normal,
            Some(Path::new("/tmp/x.wav")),
        );
        assert_eq!(
            args(&w),
            [
                "-v",
                "es",
                "-s",
                "160",
                "-b",
                "1",
                "-w",
                "/tmp/x.wav",
                "--stdin"
            ]
        );
        let s = spd_command(
            Path::new("/usr/bin/spd-say"),
            "es-419",
            "Spanish (Latin America)",
            Rate::Slow,
        );
        let s = args(&s);
        assert!(s.contains(&"--pipe-mode".to_string()), "{s:?}");
        assert!(s.contains(&"--wait".to_string()), "{s:?}");
        assert!(s.contains(&"--language=es-419".to_string()), "{s:?}");
        assert!(s.contains(&"--rate=-40".to_string()), "{s:?}");
        assert!(s.contains(&"--synthesis-voice=Spanish (Latin America)".to_string()));
    }

    #[test]
    fn text_for_spd_is_one_line_and_never_a_command() {
        assert_eq!(spd_text("uno\ndos\r\ntres"), "uno dos  tres\n");
        assert_eq!(spd_text("!-!QUIT"), " !-!QUIT\n");
        assert_eq!(spd_text("  !-!QUIT"), " !-!QUIT\n");
        assert_eq!(spd_text("-v --help"), "-v --help\n");
    }

    #[test]
    fn no_programs_means_no_engine() {
        let backend = CommandBackend::with_programs(None, None);
        assert_eq!(backend.voices("es"), Availability::NoEngine);
        let mut backend = backend;
        let err = backend
            .speak(Utterance::new("Hola.", "es", Rate::Normal))
            .unwrap_err();
        assert_eq!(err, SpeechError::Unavailable(Availability::NoEngine));
    }

    #[test]
    fn a_program_that_fails_is_reported_as_failed() {
        // `false` exits 1 for any arguments: a broken espeak-ng.
        let Some(broken) = find_program("false") else {
            skipped("no `false` program");
            return;
        };
        let backend = CommandBackend::with_programs(None, Some(broken));
        assert!(matches!(
            backend.voices("es"),
            Availability::Failed {
                engine: Engine::EspeakNg,
                ..
            }
        ));
    }

    #[test]
    fn stop_kills_the_child_at_once() {
        let Some(sleep) = find_program("sleep") else {
            skipped("no `sleep` program");
            return;
        };
        let mut backend = CommandBackend::with_programs(None, None);
        let mut cmd = Command::new(&sleep);
        cmd.arg("30");
        let running = Running::spawn(
            cmd,
            Engine::EspeakNg,
            String::new(),
            Duration::from_secs(60),
        )
        .unwrap();
        let pid = running.child.id();
        *backend.running.get_mut() = Some(running);
        assert!(backend.is_speaking());
        let started = Instant::now();
        backend.stop();
        assert!(started.elapsed() < Duration::from_millis(500));
        assert!(!backend.is_speaking());
        // The process is gone (killed and reaped).
        #[cfg(target_os = "linux")]
        assert!(!Path::new(&format!("/proc/{pid}")).exists());
        let _ = pid;
        assert!(backend.take_error().is_none());
    }

    #[test]
    fn a_hung_or_failing_child_is_reported() {
        let (Some(sleep), Some(fail)) = (find_program("sleep"), find_program("false")) else {
            skipped("no `sleep` or `false` program");
            return;
        };
        let mut backend = CommandBackend::with_programs(None, None);
        let mut cmd = Command::new(&sleep);
        cmd.arg("30");
        *backend.running.get_mut() = Some(
            Running::spawn(cmd, Engine::SpeechDispatcher, String::new(), Duration::ZERO).unwrap(),
        );
        std::thread::sleep(Duration::from_millis(5));
        assert!(!backend.is_speaking());
        assert!(matches!(
            backend.take_error(),
            Some(SpeechError::Engine { engine: Engine::SpeechDispatcher, ref detail })
                if detail.contains("did not finish")
        ));
        assert!(backend.spd_broken.get(), "speech-dispatcher is left aside");

        *backend.running.get_mut() = Some(
            Running::spawn(
                Command::new(&fail),
                Engine::EspeakNg,
                "texto".into(),
                Duration::from_secs(10),
            )
            .unwrap(),
        );
        let deadline = Instant::now() + Duration::from_secs(5);
        while backend.is_speaking() {
            assert!(Instant::now() < deadline);
            std::thread::sleep(Duration::from_millis(5));
        }
        assert!(matches!(
            backend.take_error(),
            Some(SpeechError::Engine {
                engine: Engine::EspeakNg,
                ..
            })
        ));
    }

    /// The real engine: a Spanish page of about 40 words, rendered to WAV by
    /// espeak-ng through the command used for speaking, at both rates.
    #[test]
    fn espeak_ng_renders_a_spanish_page_to_wav() {
        let Some(espeak) = find_program("espeak-ng") else {
            skipped("espeak-ng not installed");
            return;
        };
        let page = "Una **oferta de trabajo** buena puede ser una trampa. \
                    Antes de viajar, pregunta quién te contrata y dónde vas a vivir.\n\n\
                    Señales de alerta:\n\
                    - Te piden tu *pasaporte*\n\
                    - No te dan contrato por escrito\n\
                    - Te dicen que no le cuentes a tu familia";
        let text = super::super::text::speakable(page);
        let words = text.split_whitespace().count();
        assert!((30..=50).contains(&words), "{words} words: {text}");
        assert!(!text.contains('*'));

        let backend = CommandBackend::with_programs(None, Some(espeak));
        assert!(matches!(
            backend.voices("es"),
            Availability::Ready {
                engine: Engine::EspeakNg,
                ..
            }
        ));
        let dir = tempfile::tempdir().unwrap();
        let seconds = |rate: Rate| -> f64 {
            let path = dir.path().join(format!("{rate:?}.wav"));
            backend
                .render_wav(&Utterance::new(text.clone(), "es", rate), &path)
                .unwrap();
            let reader = hound::WavReader::open(&path).unwrap();
            let spec = reader.spec();
            let frames = reader.duration();
            assert!(frames > 0, "empty WAV");
            let samples: Vec<i16> = reader.into_samples::<i16>().map(Result::unwrap).collect();
            assert!(
                samples.iter().any(|s| s.unsigned_abs() > 1000),
                "the WAV is silent"
            );
            f64::from(frames) / f64::from(spec.sample_rate)
        };
        let normal = seconds(Rate::Normal);
        let slow = seconds(Rate::Slow);
        let per_word = normal / words as f64;
        println!(
            "espeak-ng: {words} words, {normal:.1} s normal ({per_word:.2} s/word), {slow:.1} s slow"
        );
        assert!(
            (0.15..=1.2).contains(&per_word),
            "{per_word:.2} s per word at normal speed"
        );
        assert!(
            slow > normal * 1.2,
            "slow {slow:.1} s is not longer than normal {normal:.1} s"
        );
    }

    #[test]
    fn espeak_ng_knows_which_languages_it_has() {
        let Some(espeak) = find_program("espeak-ng") else {
            skipped("espeak-ng not installed");
            return;
        };
        let backend = CommandBackend::with_programs(None, Some(espeak));
        assert_eq!(
            backend.voices("es"),
            Availability::Ready {
                engine: Engine::EspeakNg,
                voice: "es-419".into()
            }
        );
        assert!(backend.voices("en").is_ready());
        assert_eq!(
            backend.voices("zz"),
            Availability::NoVoice {
                engine: Engine::EspeakNg
            }
        );
        assert_eq!(
            backend.voices("--help"),
            Availability::NoVoice {
                engine: Engine::EspeakNg
            }
        );
    }
}
