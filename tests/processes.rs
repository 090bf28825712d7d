//! Tests that need a second process: a save killed with SIGKILL, two
//! processes on one profile, and a read-only folder seen by an unprivileged
//! user. The second process is this same binary, started with an environment
//! variable that says which helper to run. This target has no test harness
//! (`harness = false` in Cargo.toml), so the helpers are not counted as tests:
//! `main` runs each real test, prints `test NAME ... ok`, or why it was
//! skipped, and any failure panics and fails the run.
//!
//! `cargo test` runs 25 kills; `scripts/crash-test.sh` runs 1,000.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use alerta::progress::clock::Now;
use alerta::progress::{Mode, OpenError, Progress, SaveError, Store};

const CRASH_CHILD: &str = "ALERTA_CRASH_CHILD";
const HOLD_CHILD: &str = "ALERTA_HOLD_PROFILE";
const READ_ONLY_CHILD: &str = "ALERTA_READ_ONLY_CHILD";

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

fn sample(name: &str, saved_at: i64) -> Progress {
    let mut p = Progress::new("p-fault", name, "es", Now { unix: 1, day: 0 });
    p.saved_at = saved_at;
    p
}

/// Helper: save forever, printing each counter once its save returned.
fn crash_child(dir: &Path) {
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

/// Helper: open a profile and hold it until stdin closes.
fn hold_child(dir: &Path) {
    let _o = Store::open(dir, Mode::ReadWrite).expect("child opens");
    println!("holding");
    let mut line = String::new();
    let _ = std::io::stdin().read_line(&mut line);
}

/// Helper, run as an unprivileged user: the profile must open read-only and
/// refuse to save with a typed error, keeping its contents.
fn read_only_child(dir: &Path) {
    let o = Store::open(dir, Mode::ReadWrite).expect("opens");
    assert!(
        o.store.is_read_only(),
        "an unwritable folder opens read-only"
    );
    assert_eq!(o.progress.profile.name, "kept");
    let mut s = o.store;
    assert_eq!(s.save(&sample("x", 3)), Err(SaveError::ReadOnly));
    println!("read-only ok");
}

fn sigkill_during_saves_never_loses_a_saved_state() -> Result<(), String> {
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
            .env(CRASH_CHILD, &dir)
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
    println!("({iterations} kills)");
    Ok(())
}

fn two_processes_on_one_profile() -> Result<(), String> {
    let d = tempfile::tempdir().unwrap();
    let dir = d.path().join("p-fault");
    drop(Store::create(&dir, &sample("shared", 1)).unwrap());
    let mut child = Command::new(std::env::current_exe().unwrap())
        .env(HOLD_CHILD, &dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    while !line.contains("holding") {
        line.clear();
        assert!(out.read_line(&mut line).unwrap() > 0, "child ended early");
    }
    // The second process is told, and can still look without saving.
    assert!(matches!(
        Store::open(&dir, Mode::ReadWrite),
        Err(OpenError::Locked)
    ));
    let ro = Store::open(&dir, Mode::ReadOnly).unwrap();
    assert_eq!(ro.progress.profile.name, "shared");
    drop(child.stdin.take());
    child.wait().unwrap();
    // Once the first process is gone, the profile opens normally.
    assert!(Store::open(&dir, Mode::ReadWrite).is_ok());
    Ok(())
}

/// This process's effective user id, from /proc.
fn euid() -> Option<u32> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("Uid:"))?;
    line.split_whitespace().nth(2)?.parse().ok()
}

/// A folder the learner cannot write to, seen by a learner who is not root:
/// as root, the check runs in a child with privileges dropped to `nobody`
/// (`setpriv`); as a normal user, directly.
#[cfg(unix)]
fn read_only_folder_as_an_unprivileged_user() -> Result<(), String> {
    use std::os::unix::fs::PermissionsExt;
    let d = tempfile::Builder::new()
        .prefix("alerta-ro-")
        .tempdir_in(std::env::temp_dir())
        .unwrap();
    std::fs::set_permissions(d.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let dir = d.path().join("p-fault");
    drop(Store::create(&dir, &sample("kept", 1)).unwrap());
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o555)).unwrap();
    let result = match euid() {
        Some(0) => {
            let exe = std::env::current_exe().unwrap();
            let out = Command::new("setpriv")
                .args([
                    "--reuid=65534",
                    "--regid=65534",
                    "--clear-groups",
                    "--inh-caps=-all",
                ])
                .arg(&exe)
                .env(READ_ONLY_CHILD, &dir)
                .output();
            match out {
                Err(e) => Err(format!("skipped: setpriv could not run ({e})")),
                Ok(o) if String::from_utf8_lossy(&o.stdout).contains("read-only ok") => Ok(()),
                Ok(o) => panic!(
                    "as user nobody the profile did not open read-only:\n{}\n{}",
                    String::from_utf8_lossy(&o.stdout),
                    String::from_utf8_lossy(&o.stderr)
                ),
            }
        }
        _ => {
            read_only_child(&dir);
            Ok(())
        }
    };
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    result
}

fn main() {
    if let Ok(dir) = std::env::var(CRASH_CHILD) {
        return crash_child(Path::new(&dir));
    }
    if let Ok(dir) = std::env::var(HOLD_CHILD) {
        return hold_child(Path::new(&dir));
    }
    if let Ok(dir) = std::env::var(READ_ONLY_CHILD) {
        return read_only_child(Path::new(&dir));
    }
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    type Test = fn() -> Result<(), String>;
    let tests: Vec<(&str, Test)> = vec![
        (
            "sigkill_during_saves_never_loses_a_saved_state",
            sigkill_during_saves_never_loses_a_saved_state,
        ),
        ("two_processes_on_one_profile", two_processes_on_one_profile),
        #[cfg(unix)]
        (
            "read_only_folder_as_an_unprivileged_user",
            read_only_folder_as_an_unprivileged_user,
        ),
    ];
    let mut ran = 0;
    for (name, t) in tests {
        if !filter.is_empty() && !filter.iter().any(|f| name.contains(f.as_str())) {
            continue;
        }
        match t() {
            Ok(()) => println!("test {name} ... ok"),
            Err(why) => println!("test {name} ... {why}"),
        }
        ran += 1;
    }
    println!("{ran} process tests ran");
}
