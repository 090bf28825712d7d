//! A backend that records what would be said, for tests. Built only for
//! tests and with the `dev` feature, never in a release build.
//!
//! ```text
//! let (backend, log) = FakeBackend::new();
//! let reader = Reader::new(move || Box::new(backend));
//! reader.read(utterances);
//! log.wait_until(|events| events.len() == 3);
//! ```
//!
//! By default an utterance "ends" as soon as it starts. With
//! [`FakeBackend::holding`] it goes on until the test calls
//! [`FakeLog::finish`], so a test can interrupt it mid-sentence.

use std::collections::HashMap;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use super::{Availability, Engine, SpeechBackend, SpeechError, Utterance};

/// What the fake was asked to do, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FakeEvent {
    Spoke(Utterance),
    /// `stop` was called while an utterance was being spoken.
    Interrupted(Utterance),
    /// `stop` was called while silent.
    Stopped,
}

#[derive(Default)]
struct Inner {
    events: Vec<FakeEvent>,
    /// The utterance being "spoken" in holding mode.
    current: Option<Utterance>,
}

/// The test's view of a [`FakeBackend`]: shared, cheap to clone.
#[derive(Clone, Default)]
pub struct FakeLog {
    inner: Arc<(Mutex<Inner>, Condvar)>,
}

impl FakeLog {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn record(&self, inner: &mut Inner, event: FakeEvent) {
        inner.events.push(event);
        self.inner.1.notify_all();
    }

    /// Everything recorded so far.
    pub fn events(&self) -> Vec<FakeEvent> {
        self.lock().events.clone()
    }

    /// The texts spoken (started), in order.
    pub fn spoken_texts(&self) -> Vec<String> {
        self.lock()
            .events
            .iter()
            .filter_map(|e| match e {
                FakeEvent::Spoke(u) => Some(u.text.clone()),
                _ => None,
            })
            .collect()
    }

    /// The utterance being spoken now (holding mode).
    pub fn current(&self) -> Option<Utterance> {
        self.lock().current.clone()
    }

    /// Ends the utterance being spoken (holding mode), as if it was heard
    /// to the end.
    pub fn finish(&self) {
        self.lock().current = None;
        self.inner.1.notify_all();
    }

    /// Waits until `done(events)` holds, for at most 5 seconds; returns the
    /// events. Panics with the events on time-out, so a test failure says
    /// what happened instead.
    pub fn wait_until(&self, done: impl Fn(&[FakeEvent]) -> bool) -> Vec<FakeEvent> {
        let deadline = Instant::now() + Duration::from_secs(5);
        let mut inner = self.lock();
        while !done(&inner.events) {
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(
                !left.is_zero(),
                "timed out waiting on the fake backend; events: {:#?}",
                inner.events
            );
            inner = self
                .inner
                .1
                .wait_timeout(inner, left)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
        inner.events.clone()
    }
}

/// Records utterances instead of speaking them.
pub struct FakeBackend {
    log: FakeLog,
    hold: bool,
    /// Languages with no voice, and why.
    missing: HashMap<String, Availability>,
}

impl FakeBackend {
    /// A fake whose utterances end as soon as they start.
    pub fn new() -> (FakeBackend, FakeLog) {
        let log = FakeLog::default();
        let fake = FakeBackend {
            log: log.clone(),
            hold: false,
            missing: HashMap::new(),
        };
        (fake, log)
    }

    /// A fake whose utterances go on until [`FakeLog::finish`] or a stop.
    pub fn holding() -> (FakeBackend, FakeLog) {
        let (mut fake, log) = FakeBackend::new();
        fake.hold = true;
        (fake, log)
    }

    /// Makes `lang` unavailable for `why` (the primary subtag is compared).
    pub fn without(mut self, lang: &str, why: Availability) -> FakeBackend {
        self.missing.insert(super::primary_language(lang), why);
        self
    }
}

impl SpeechBackend for FakeBackend {
    fn voices(&self, lang: &str) -> Availability {
        match self.missing.get(&super::primary_language(lang)) {
            Some(why) => why.clone(),
            None => Availability::Ready {
                engine: Engine::Fake,
                voice: lang.to_string(),
            },
        }
    }

    fn speak(&mut self, utterance: Utterance) -> Result<(), SpeechError> {
        let availability = self.voices(&utterance.lang);
        if !availability.is_ready() {
            return Err(SpeechError::Unavailable(availability));
        }
        let log = self.log.clone();
        let mut inner = log.lock();
        if let Some(old) = inner.current.take() {
            log.record(&mut inner, FakeEvent::Interrupted(old));
        }
        if self.hold {
            inner.current = Some(utterance.clone());
        }
        log.record(&mut inner, FakeEvent::Spoke(utterance));
        Ok(())
    }

    fn stop(&mut self) {
        let log = self.log.clone();
        let mut inner = log.lock();
        let event = match inner.current.take() {
            Some(u) => FakeEvent::Interrupted(u),
            None => FakeEvent::Stopped,
        };
        log.record(&mut inner, event);
    }

    fn is_speaking(&self) -> bool {
        self.log.lock().current.is_some()
    }
}
