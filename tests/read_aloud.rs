//! Read aloud, driven as a learner would: the real app, the real reader
//! (worker thread, queue, stop), and a fake voice that records what it says.
//! The real engines are tested in `src/speech` (espeak-ng to a WAV file).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use alerta::app::env::ReaderSpeech;
use alerta::app::{AlertaApp, AppEnv};
use alerta::progress::{DataDir, FakeClock};
use alerta::speech::Reader;
use alerta::speech::fake::{FakeBackend, FakeEvent, FakeLog};
use eframe::egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good")
}

fn app(data: &Path, backend: FakeBackend) -> Harness<'static, AlertaApp> {
    let mut env = AppEnv::new(&fixture(), DataDir::at(data));
    env.clock = Arc::new(FakeClock::at_day(20_786, 10 * 3600));
    env.speech = Box::new(ReaderSpeech::new(
        Reader::new(move || Box::new(backend)),
        || {},
    ));
    let mut h = Harness::builder()
        .with_size([1280.0, 900.0])
        .with_max_steps(40)
        .build_eframe(move |cc| AlertaApp::new(env).with_context(&cc.egui_ctx));
    h.run();
    h
}

fn click(h: &mut Harness<'_, AlertaApp>, label: &str) {
    h.get_by_label(label).click_accesskit();
    h.run();
}

fn key(h: &mut Harness<'_, AlertaApp>, k: Key) {
    h.key_press(k);
    h.run();
}

/// Waits (on the reader's worker thread) until `done` holds, then returns
/// what was said.
fn wait(log: &FakeLog, done: impl Fn(&[FakeEvent]) -> bool) -> Vec<FakeEvent> {
    log.wait_until(done)
}

/// The voice was told to stop (mid-sentence or silent) after it started
/// speaking. (Starting a reading first silences whatever came before, so a
/// stop before the first sentence does not count.)
fn stopped(e: &[FakeEvent]) -> bool {
    let Some(first) = e.iter().position(|x| matches!(x, FakeEvent::Spoke(_))) else {
        return false;
    };
    e[first..]
        .iter()
        .any(|x| matches!(x, FakeEvent::Stopped | FakeEvent::Interrupted(_)))
}

/// Opens the small module of the fixture course, in Spanish, as a guest.
fn open_tiny(h: &mut Harness<'_, AlertaApp>) {
    assert_eq!(h.state().state.lang, "es");
    click(h, "Seguir como invitado");
    click(h, "Abrir el módulo Título");
    assert!(
        h.query_all_by_label_contains("Hola a todos.")
            .next()
            .is_some(),
        "the page is open"
    );
}

/// The tiny page, being read by a voice that holds each sentence until stopped.
fn reading_the_tiny_page(data: &Path) -> (Harness<'static, AlertaApp>, FakeLog) {
    let (backend, log) = FakeBackend::holding();
    let mut h = app(data, backend);
    open_tiny(&mut h);
    key(&mut h, Key::L);
    wait(&log, |e| e.iter().any(|x| matches!(x, FakeEvent::Spoke(_))));
    (h, log)
}

#[test]
fn the_key_l_reads_the_page_in_the_language_shown_and_again_stops_it() {
    let data = tempfile::tempdir().unwrap();
    let (backend, log) = FakeBackend::holding();
    let mut h = app(data.path(), backend);
    open_tiny(&mut h);
    // The button says what it does, in words.
    assert!(h.query_all_by_label("Leer en voz alta").next().is_some());

    key(&mut h, Key::L);
    let events = wait(&log, |e| e.iter().any(|x| matches!(x, FakeEvent::Spoke(_))));
    let FakeEvent::Spoke(first) = events
        .iter()
        .find(|x| matches!(x, FakeEvent::Spoke(_)))
        .unwrap()
    else {
        unreachable!()
    };
    assert_eq!(first.lang, "es", "read in the language shown");
    assert!(
        first.text.contains("Hola a todos"),
        "the page's words, without markup: {:?}",
        first.text
    );
    assert!(!first.text.contains('*'));

    // Pressing again stops at once.
    h.run();
    key(&mut h, Key::L);
    wait(&log, stopped);
}

#[test]
fn quick_exit_silences_the_voice_before_the_window_closes() {
    let data = tempfile::tempdir().unwrap();
    let (mut h, log) = reading_the_tiny_page(data.path());
    assert!(!stopped(&log.events()), "still reading before quick exit");
    key(&mut h, Key::Escape);
    key(&mut h, Key::Escape);
    assert!(h.state().state.quitting, "Esc twice is quick exit");
    // `stop` waits for the engine to confirm, so by now it is silent.
    assert!(
        stopped(&log.events()),
        "the voice stopped: {:?}",
        log.events()
    );
}

#[test]
fn leaving_the_page_stops_reading() {
    let data = tempfile::tempdir().unwrap();
    let (mut h, log) = reading_the_tiny_page(data.path());
    click(&mut h, "Inicio");
    wait(&log, stopped);
}

#[test]
fn a_computer_without_a_voice_says_so_and_reads_nothing() {
    let data = tempfile::tempdir().unwrap();
    let (backend, log) = FakeBackend::new();
    let backend = backend
        .without("es", alerta::speech::Availability::NoEngine)
        .without("en", alerta::speech::Availability::NoEngine);
    let mut h = app(data.path(), backend);
    // The voice check runs on the worker; give it a moment to answer.
    for _ in 0..50 {
        h.run();
        if h.state().env.speech.available("es").is_err()
            && !matches!(
                h.state().env.speech.available("es"),
                Err(alerta::app::S::CheckingVoice)
            )
        {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    open_tiny(&mut h);
    key(&mut h, Key::L);
    h.run();
    assert!(
        log.spoken_texts().is_empty(),
        "nothing is read without a voice"
    );
    assert!(
        h.query_all_by_label_contains("voz").next().is_some(),
        "the screen says why there is no reading"
    );
}
