//! Kill a process with SIGKILL in the middle of a loop of saves, many times
//! over. Afterwards the profile must always open with a complete, recent
//! state and no recovery needed.
//!
//! The child is this same test binary, re-run with `ALERTA_CRASH_CHILD` set.
//! `cargo test` runs 25 kills; `scripts/crash-test.sh` runs 1,000.

#![cfg(unix)]

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use alerta::progress::clock::Now;
use alerta::progress::{Mode, Progress, Store};

const CHILD_ENV: &str = "ALERTA_CRASH_CHILD";

/// A progress big enough that a save takes a while: many answers.
fn big_progress(counter: i64) -> Progress {
    let mut p = Progress::new("p-crash", "Crash Test", "es", Now { unix: 0, day: 0 });
    p.saved_at = counter;
    let cp = p.courses.entry("c".into()).or_default();
    for i in 0..200 {
        cp.attempts.push(alerta::quiz::QuizAttempt {
            module: format!("m{}", i % 5),
            attempt_no: i,
            answers: (0..12)
                .map(|q| alerta::quiz::AnswerRecord {
                    question: format!("q{q}"),
                    try_no: 1,
                    answer: alerta::quiz::Answer::Single(q as usize % 3),
                    correct: q % 2 == 0,
                    at: counter,
                })
                .collect(),
            ..Default::default()
        });
    }
    p
}

/// The child: save forever, printing each counter once its save returned.
#[test]
fn crash_child() {
    let Ok(dir) = std::env::var(CHILD_ENV) else {
        return; // Only does something when run as the child.
    };
    let dir = Path::new(&dir);
    let mut store = match Store::open(dir, Mode::ReadWrite) {
        Ok(o) => o.store,
        Err(_) => Store::create(dir, &big_progress(0)).expect("create"),
    };
    let start = std::fs::read_to_string(dir.join("progress.ron"))
        .ok()
        .and_then(|s| alerta::progress::model::parse_progress(&s).ok())
        .map_or(0, |p| p.saved_at);
    for counter in start + 1.. {
        store.save(&big_progress(counter)).expect("save");
        println!("{counter}");
    }
}

#[test]
fn sigkill_during_saves_never_loses_a_saved_state() {
    let iterations: usize = std::env::var("CRASH_ITERATIONS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(25);
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("p-crash");
    let exe = std::env::current_exe().unwrap();
    let mut last_acked = 0i64;
    for i in 0..iterations {
        let mut child = Command::new(&exe)
            .args(["--exact", "crash_child", "--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, &dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        // Let it save a varying number of times, then kill it mid-flight.
        let wanted = 1 + (i * 7) % 5;
        let mut reader = BufReader::new(stdout);
        let mut line = String::new();
        let mut seen = 0;
        while seen < wanted {
            line.clear();
            if reader.read_line(&mut line).unwrap() == 0 {
                break;
            }
            if let Ok(n) = line.trim().parse::<i64>() {
                last_acked = n;
                seen += 1;
            }
        }
        // A little jitter so the kill lands at different points of a save.
        std::thread::sleep(Duration::from_micros((i as u64 * 397) % 3000));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();

        let opened = Store::open(&dir, Mode::ReadWrite).expect("the profile opens");
        assert!(
            opened.recovery.is_none(),
            "iteration {i}: needed recovery: {:?}",
            opened.recovery
        );
        assert!(
            opened.progress.saved_at >= last_acked,
            "iteration {i}: state {} is older than the last completed save {last_acked}",
            opened.progress.saved_at
        );
        assert_eq!(opened.progress.courses["c"].attempts.len(), 200, "complete");
        last_acked = opened.progress.saved_at;
    }
}
