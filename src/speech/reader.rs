//! The reader the app owns: a queue of utterances spoken by a backend on a
//! worker thread.

use std::collections::{HashMap, HashSet, VecDeque};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender, TryRecvError};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::{Availability, Rate, SpeechBackend, SpeechError, Utterance};

/// How often the worker asks the backend whether it is still speaking.
const POLL: Duration = Duration::from_millis(30);
/// How long `stop` waits for the engine to confirm that it is silent.
const STOP_WAIT: Duration = Duration::from_millis(200);
/// How long dropping the reader waits for the same.
const DROP_WAIT: Duration = Duration::from_millis(500);

/// What the reader is doing, for the app's buttons and progress.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Status {
    #[default]
    Idle,
    /// Speaking utterance `index` (from 0) of `total`.
    Speaking { index: usize, total: usize },
    /// The last reading stopped on an error.
    Failed(SpeechError),
}

/// Reads utterances aloud without ever blocking the caller.
///
/// The backend lives on a worker thread (made there by the closure given to
/// [`Reader::new`]). Every method returns at once; [`Reader::stop`] waits a
/// few milliseconds, at most 200, for the engine to confirm it is silent, so
/// that a quick exit right after it leaves no voice behind. Dropping the
/// reader stops speech.
pub struct Reader {
    tx: Sender<Cmd>,
    shared: Arc<Shared>,
    worker: Option<JoinHandle<()>>,
}

enum Cmd {
    Read(u64, Vec<Utterance>),
    Stop(u64),
    Probe(String),
    Shutdown(u64),
}

type Waker = Arc<dyn Fn() + Send + Sync>;

struct Shared {
    state: Mutex<State>,
    handled: Condvar,
    waker: Mutex<Option<Waker>>,
}

#[derive(Default)]
struct State {
    /// Bumped by every `read` and `stop`; the worker reports progress only
    /// for the newest, so a late report never overwrites a newer request.
    generation: u64,
    /// The newest generation the worker has acted on.
    handled: u64,
    status: Status,
    slow: bool,
    availability: HashMap<String, Availability>,
    probing: HashSet<String>,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn wake(&self) {
        let waker = self.waker.lock().unwrap_or_else(|e| e.into_inner()).clone();
        if let Some(wake) = waker {
            wake();
        }
    }

    /// Sets the status if `generation` is still the newest request.
    fn report(&self, generation: u64, status: Status) {
        {
            let mut st = self.lock();
            if st.generation != generation {
                return;
            }
            st.status = status;
        }
        self.wake();
    }

    fn mark_handled(&self, generation: u64) {
        let mut st = self.lock();
        st.handled = st.handled.max(generation);
        self.handled.notify_all();
    }

    fn wait_handled(&self, generation: u64, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        let mut st = self.lock();
        while st.handled < generation {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            st = self
                .handled
                .wait_timeout(st, left)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
        true
    }
}

impl Reader {
    /// A reader whose backend is made by `make` on the worker thread (so a
    /// slow start, such as finding programs, never holds up the caller).
    pub fn new<F>(make: F) -> Reader
    where
        F: FnOnce() -> Box<dyn SpeechBackend> + Send + 'static,
    {
        let (tx, rx) = mpsc::channel();
        let shared = Arc::new(Shared {
            state: Mutex::new(State::default()),
            handled: Condvar::new(),
            waker: Mutex::new(None),
        });
        let for_worker = Arc::clone(&shared);
        let worker = std::thread::Builder::new()
            .name("alerta-speech".into())
            .spawn(move || {
                let outcome = catch_unwind(AssertUnwindSafe(|| work(make, &rx, &for_worker)));
                if outcome.is_err() {
                    let mut st = for_worker.lock();
                    st.status = Status::Failed(SpeechError::Worker(
                        "the speech engine stopped unexpectedly".into(),
                    ));
                    st.handled = u64::MAX;
                    for_worker.handled.notify_all();
                    drop(st);
                    for_worker.wake();
                }
            });
        let worker = match worker {
            Ok(handle) => Some(handle),
            Err(e) => {
                let mut st = shared.lock();
                st.status = Status::Failed(SpeechError::Worker(e.to_string()));
                st.handled = u64::MAX;
                None
            }
        };
        Reader { tx, shared, worker }
    }

    /// A reader with this computer's engine (see [`super::system_backend`]).
    pub fn system() -> Reader {
        Reader::new(super::system_backend)
    }

    /// Called (from the worker thread) whenever the status or an
    /// availability changes, e.g. `move || ctx.request_repaint()`.
    pub fn set_waker(&self, wake: impl Fn() + Send + Sync + 'static) {
        *self.shared.waker.lock().unwrap_or_else(|e| e.into_inner()) = Some(Arc::new(wake));
    }

    /// Reads `utterances` in order, interrupting whatever is being read.
    /// Utterances with empty text are skipped; an empty list just stops.
    pub fn read(&self, utterances: Vec<Utterance>) {
        let utterances: Vec<Utterance> = utterances
            .into_iter()
            .filter(|u| !u.text.trim().is_empty())
            .collect();
        let generation = {
            let mut st = self.shared.lock();
            st.generation += 1;
            st.status = if utterances.is_empty() {
                Status::Idle
            } else {
                Status::Speaking {
                    index: 0,
                    total: utterances.len(),
                }
            };
            st.generation
        };
        if self.tx.send(Cmd::Read(generation, utterances)).is_err() {
            self.shared.report(
                generation,
                Status::Failed(SpeechError::Worker("the speech engine has stopped".into())),
            );
        }
    }

    /// Stops speaking now (page change, sign-out, quick exit, Stop button).
    /// Returns once the engine is silent, or after 200 ms at most.
    pub fn stop(&self) {
        let generation = {
            let mut st = self.shared.lock();
            st.generation += 1;
            st.status = Status::Idle;
            st.generation
        };
        if self.tx.send(Cmd::Stop(generation)).is_ok() {
            self.shared.wait_handled(generation, STOP_WAIT);
        }
    }

    /// Slower speech on or off. It applies from the next utterance, also
    /// within the reading in progress, whatever rate the utterances carry.
    pub fn slower(&self, on: bool) {
        self.shared.lock().slow = on;
    }

    pub fn is_slow(&self) -> bool {
        self.shared.lock().slow
    }

    pub fn status(&self) -> Status {
        self.shared.lock().status.clone()
    }

    pub fn is_speaking(&self) -> bool {
        matches!(self.status(), Status::Speaking { .. })
    }

    /// Whether `lang` can be read aloud, and if not, why. `None` while the
    /// worker is still finding out (the waker is called when it knows);
    /// the answer is kept for the life of the reader.
    pub fn availability(&self, lang: &str) -> Option<Availability> {
        let key = lang.trim().to_ascii_lowercase();
        let mut st = self.shared.lock();
        if let Some(known) = st.availability.get(&key) {
            return Some(known.clone());
        }
        if st.probing.insert(key.clone()) {
            drop(st);
            let _ = self.tx.send(Cmd::Probe(key));
        }
        None
    }
}

impl Drop for Reader {
    fn drop(&mut self) {
        let generation = {
            let mut st = self.shared.lock();
            st.generation += 1;
            st.generation
        };
        if self.tx.send(Cmd::Shutdown(generation)).is_ok()
            && self.shared.wait_handled(generation, DROP_WAIT)
            && let Some(worker) = self.worker.take()
        {
            let _ = worker.join();
        }
        // Otherwise the worker is stuck in the engine: leave it to finish
        // on its own rather than hold up the window.
    }
}

/// The worker: owns the backend and the queue.
fn work<F>(make: F, rx: &Receiver<Cmd>, shared: &Shared)
where
    F: FnOnce() -> Box<dyn SpeechBackend>,
{
    let mut backend = make();
    let mut queue: VecDeque<Utterance> = VecDeque::new();
    let mut generation = 0;
    let (mut index, mut total) = (0, 0);
    let mut speaking = false;
    // A reading is in progress (speaking, or more to say).
    let mut active = false;
    loop {
        let cmd = if speaking {
            match rx.recv_timeout(POLL) {
                Ok(cmd) => Some(cmd),
                Err(RecvTimeoutError::Timeout) => None,
                Err(RecvTimeoutError::Disconnected) => break,
            }
        } else if !queue.is_empty() {
            match rx.try_recv() {
                Ok(cmd) => Some(cmd),
                Err(TryRecvError::Empty) => None,
                Err(TryRecvError::Disconnected) => break,
            }
        } else {
            match rx.recv() {
                Ok(cmd) => Some(cmd),
                Err(_) => break,
            }
        };

        match cmd {
            Some(Cmd::Read(g, utterances)) => {
                if speaking {
                    backend.stop();
                    speaking = false;
                }
                queue = utterances.into();
                generation = g;
                (index, total) = (0, queue.len());
                active = !queue.is_empty();
                shared.mark_handled(g);
            }
            Some(Cmd::Stop(g)) => {
                backend.stop();
                speaking = false;
                active = false;
                queue.clear();
                shared.mark_handled(g);
            }
            Some(Cmd::Probe(lang)) => {
                let found = backend.voices(&lang);
                {
                    let mut st = shared.lock();
                    st.probing.remove(&lang);
                    st.availability.insert(lang, found);
                }
                shared.wake();
            }
            Some(Cmd::Shutdown(g)) => {
                backend.stop();
                shared.mark_handled(g);
                return;
            }
            None => {}
        }

        if speaking && !backend.is_speaking() {
            speaking = false;
            if let Some(err) = backend.take_error() {
                queue.clear();
                active = false;
                shared.report(generation, Status::Failed(err));
                continue;
            }
        }
        if speaking {
            continue;
        }
        if let Some(mut utterance) = queue.pop_front() {
            if shared.lock().slow {
                utterance.rate = Rate::Slow;
            }
            match backend.speak(utterance) {
                Ok(()) => {
                    speaking = true;
                    shared.report(generation, Status::Speaking { index, total });
                    index += 1;
                }
                Err(err) => {
                    queue.clear();
                    active = false;
                    shared.report(generation, Status::Failed(err));
                }
            }
        } else if active {
            active = false;
            shared.report(generation, Status::Idle);
        }
    }
    // The reader is gone without a shutdown (it cannot be, but be silent).
    backend.stop();
}

#[cfg(test)]
mod tests {
    use super::super::fake::{FakeBackend, FakeEvent};
    use super::super::{Engine, text};
    use super::*;

    fn utterances(texts: &[&str], lang: &str) -> Vec<Utterance> {
        texts
            .iter()
            .map(|t| Utterance::new(*t, lang, Rate::Normal))
            .collect()
    }

    /// Polls `f` for up to 5 s.
    fn eventually(what: &str, f: impl Fn() -> bool) {
        let deadline = Instant::now() + Duration::from_secs(5);
        while !f() {
            assert!(Instant::now() < deadline, "timed out waiting for {what}");
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    #[test]
    fn the_reader_can_live_in_app_state() {
        fn send_sync<T: Send + Sync>() {}
        send_sync::<Reader>();
    }

    #[test]
    fn a_panicking_engine_is_reported_not_hidden() {
        struct Broken;
        impl SpeechBackend for Broken {
            fn voices(&self, _lang: &str) -> Availability {
                Availability::NoEngine
            }
            fn speak(&mut self, _u: Utterance) -> Result<(), SpeechError> {
                panic!("engine bug (expected by this test)");
            }
            fn stop(&mut self) {}
            fn is_speaking(&self) -> bool {
                false
            }
        }
        let reader = Reader::new(|| Box::new(Broken));
        reader.read(utterances(&["Uno."], "es"));
        eventually("failure", || matches!(reader.status(), Status::Failed(_)));
        // Later calls neither hang nor pretend to speak.
        reader.stop();
        reader.read(utterances(&["Dos."], "es"));
        assert!(matches!(
            reader.status(),
            Status::Failed(SpeechError::Worker(_))
        ));
    }

    #[test]
    fn reads_in_order_with_language_and_rate() {
        let (fake, log) = FakeBackend::new();
        let reader = Reader::new(move || Box::new(fake));
        let page = text::utterances(
            "Primera frase. Segunda frase.\n\n- una lista\n- **dos**",
            "es",
            Rate::Normal,
        );
        reader.read(page.clone());
        let events = log.wait_until(|e| e.len() == 4);
        let expected: Vec<FakeEvent> = page.into_iter().map(FakeEvent::Spoke).collect();
        assert_eq!(events, expected);
        assert_eq!(
            log.spoken_texts(),
            ["Primera frase.", "Segunda frase.", "una lista.", "dos."]
        );
        eventually("idle", || reader.status() == Status::Idle);

        // The language of each utterance reaches the engine unchanged.
        reader.read(utterances(&["Hello.", "Bye."], "en"));
        let events = log.wait_until(|e| e.len() == 6);
        assert!(matches!(&events[4], FakeEvent::Spoke(u) if u.lang == "en" && u.text == "Hello."));
    }

    #[test]
    fn a_new_read_interrupts_the_old_one() {
        let (fake, log) = FakeBackend::holding();
        let reader = Reader::new(move || Box::new(fake));
        reader.read(utterances(&["Uno.", "Dos.", "Tres."], "es"));
        log.wait_until(|e| e.len() == 1);
        assert_eq!(reader.status(), Status::Speaking { index: 0, total: 3 });

        // Mid-sentence, the learner turns the page.
        reader.read(utterances(&["Page two."], "en"));
        let events = log.wait_until(|e| e.len() == 3);
        assert_eq!(
            events,
            [
                FakeEvent::Spoke(Utterance::new("Uno.", "es", Rate::Normal)),
                FakeEvent::Interrupted(Utterance::new("Uno.", "es", Rate::Normal)),
                FakeEvent::Spoke(Utterance::new("Page two.", "en", Rate::Normal)),
            ]
        );
        log.finish();
        eventually("idle", || reader.status() == Status::Idle);
        // "Dos." and "Tres." were dropped, not queued behind.
        assert_eq!(log.spoken_texts(), ["Uno.", "Page two."]);
    }

    #[test]
    fn stop_interrupts_at_once_and_clears_the_queue() {
        let (fake, log) = FakeBackend::holding();
        let reader = Reader::new(move || Box::new(fake));
        reader.read(utterances(&["Uno.", "Dos."], "es"));
        log.wait_until(|e| e.len() == 1);
        reader.stop();
        // `stop` waits (200 ms at most) for the engine, so this is normally
        // true at once; waiting keeps the test sound on a loaded machine.
        log.wait_until(|e| e.len() == 2);
        assert_eq!(
            log.events().last(),
            Some(&FakeEvent::Interrupted(Utterance::new(
                "Uno.",
                "es",
                Rate::Normal
            )))
        );
        assert_eq!(reader.status(), Status::Idle);
        assert!(log.current().is_none());
        std::thread::sleep(POLL * 3);
        assert_eq!(log.spoken_texts(), ["Uno."]);

        // Stop while silent still reaches the engine, harmlessly.
        reader.stop();
        let events = log.wait_until(|e| e.len() == 3);
        assert_eq!(events.last(), Some(&FakeEvent::Stopped));
    }

    #[test]
    fn dropping_the_reader_stops_speech() {
        let (fake, log) = FakeBackend::holding();
        let reader = Reader::new(move || Box::new(fake));
        reader.read(utterances(&["Uno."], "es"));
        log.wait_until(|e| e.len() == 1);
        drop(reader);
        assert_eq!(
            log.events(),
            [
                FakeEvent::Spoke(Utterance::new("Uno.", "es", Rate::Normal)),
                FakeEvent::Interrupted(Utterance::new("Uno.", "es", Rate::Normal)),
            ]
        );
    }

    #[test]
    fn slower_applies_from_the_next_utterance() {
        let (fake, log) = FakeBackend::holding();
        let reader = Reader::new(move || Box::new(fake));
        reader.read(utterances(&["Uno.", "Dos."], "es"));
        log.wait_until(|e| e.len() == 1);
        reader.slower(true);
        assert!(reader.is_slow());
        log.finish();
        let events = log.wait_until(|e| e.len() == 2);
        assert_eq!(
            events[1],
            FakeEvent::Spoke(Utterance::new("Dos.", "es", Rate::Slow))
        );
        eventually("progress", || {
            reader.status() == Status::Speaking { index: 1, total: 2 }
        });
        log.finish();
        eventually("idle", || reader.status() == Status::Idle);
    }

    #[test]
    fn missing_voice_is_reported_with_its_reason() {
        let why = Availability::NoVoice {
            engine: Engine::Fake,
        };
        let (fake, log) = FakeBackend::new();
        let fake = fake.without("mam", why.clone());
        let reader = Reader::new(move || Box::new(fake));
        let woken = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counter = Arc::clone(&woken);
        reader.set_waker(move || {
            counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        });

        // The first ask starts a probe and answers at once.
        assert_eq!(reader.availability("mam"), None);
        eventually("probe", || reader.availability("mam").is_some());
        assert_eq!(reader.availability("mam"), Some(why.clone()));
        assert!(reader.availability("es").is_none_or(|a| a.is_ready()));
        eventually("es probe", || {
            reader.availability("ES").is_some_and(|a| a.is_ready())
        });
        assert!(woken.load(std::sync::atomic::Ordering::SeqCst) >= 2);

        // Reading it fails with the same reason, and nothing is spoken.
        reader.read(utterances(&["Tuj Mam."], "mam"));
        eventually("failure", || {
            reader.status() == Status::Failed(SpeechError::Unavailable(why.clone()))
        });
        assert!(log.spoken_texts().is_empty());
    }

    #[test]
    fn empty_reads_and_blank_utterances_are_skipped() {
        let (fake, log) = FakeBackend::new();
        let reader = Reader::new(move || Box::new(fake));
        reader.read(utterances(&["  ", "Hola.", ""], "es"));
        log.wait_until(|e| e.len() == 1);
        reader.read(Vec::new());
        assert_eq!(reader.status(), Status::Idle);
        eventually("idle", || reader.status() == Status::Idle);
        assert_eq!(log.spoken_texts(), ["Hola."]);
    }

    #[test]
    fn calls_never_wait_on_a_slow_engine() {
        /// An engine that takes three seconds to answer anything.
        struct Sluggish;
        impl SpeechBackend for Sluggish {
            fn voices(&self, _lang: &str) -> Availability {
                std::thread::sleep(Duration::from_secs(3));
                Availability::NoEngine
            }
            fn speak(&mut self, _u: Utterance) -> Result<(), SpeechError> {
                std::thread::sleep(Duration::from_secs(3));
                Ok(())
            }
            fn stop(&mut self) {}
            fn is_speaking(&self) -> bool {
                false
            }
        }
        let reader = Reader::new(|| Box::new(Sluggish));
        let started = Instant::now();
        reader.read(utterances(&["Uno."], "es"));
        assert!(reader.availability("es").is_none());
        reader.slower(true);
        let _ = reader.status();
        reader.stop();
        // `stop` gives up after 200 ms, the drop after 500 ms.
        drop(reader);
        assert!(
            started.elapsed() < Duration::from_millis(1500),
            "took {:?}",
            started.elapsed()
        );
    }
}
