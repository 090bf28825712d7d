//! A signed-in learner (or a guest), and the thread that saves their progress.

use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::Duration;

use crate::progress::{Progress, SaveError, Store};

enum Msg {
    Save(Box<Progress>),
    Flush(Sender<()>),
}

/// Saves on a background thread so a slow USB stick never freezes the window.
/// Saves are coalesced: only the newest state waiting is written.
pub struct Saver {
    tx: Option<Sender<Msg>>,
    results: Receiver<Result<(), SaveError>>,
    handle: Option<JoinHandle<()>>,
}

impl Saver {
    pub fn start(mut store: Store, repaint: impl Fn() + Send + 'static) -> Saver {
        let (tx, rx) = mpsc::channel::<Msg>();
        let (res_tx, results) = mpsc::channel();
        let handle = std::thread::Builder::new()
            .name("alerta-saver".into())
            .spawn(move || {
                while let Ok(msg) = rx.recv() {
                    let mut latest = None;
                    let mut flushes = Vec::new();
                    let mut push = |m: Msg, latest: &mut Option<Box<Progress>>| match m {
                        Msg::Save(p) => *latest = Some(p),
                        Msg::Flush(done) => flushes.push(done),
                    };
                    push(msg, &mut latest);
                    while let Ok(more) = rx.try_recv() {
                        push(more, &mut latest);
                    }
                    if let Some(p) = latest {
                        let r = store.save(&p);
                        let failed = r.is_err();
                        let _ = res_tx.send(r);
                        if failed {
                            repaint();
                        }
                    }
                    for f in flushes {
                        let _ = f.send(());
                    }
                }
                // The channel closed: the store (and its lock) drops here.
            })
            .expect("start the saver thread");
        Saver {
            tx: Some(tx),
            results,
            handle: Some(handle),
        }
    }

    pub fn save(&self, p: &Progress) {
        if let Some(tx) = &self.tx {
            let _ = tx.send(Msg::Save(Box::new(p.clone())));
        }
    }

    /// Waits until every save asked for so far is on disk, or `timeout` passes.
    pub fn flush(&self, timeout: Duration) -> bool {
        let Some(tx) = &self.tx else { return true };
        let (done_tx, done_rx) = mpsc::channel();
        if tx.send(Msg::Flush(done_tx)).is_err() {
            return false;
        }
        !matches!(
            done_rx.recv_timeout(timeout),
            Err(RecvTimeoutError::Timeout)
        )
    }

    /// Results of finished saves since the last call.
    pub fn poll(&self) -> Vec<Result<(), SaveError>> {
        self.results.try_iter().collect()
    }
}

impl Drop for Saver {
    fn drop(&mut self) {
        self.tx.take(); // ends the thread after the last save
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}

/// Whoever is learning now.
pub struct Session {
    pub progress: Progress,
    /// `None` for a guest, or when the profile is open read-only.
    pub saver: Option<Saver>,
    pub guest: bool,
    pub read_only: bool,
    /// Unix seconds of the last learner action, for time spent.
    pub last_activity: Option<i64>,
    /// The last save failed; the state is only in memory until a save succeeds.
    pub unsaved: bool,
}

impl Session {
    pub fn save(&mut self, now: i64) {
        if let Some(s) = &self.saver {
            self.progress.saved_at = now;
            s.save(&self.progress);
        }
    }
}
