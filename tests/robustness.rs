//! Bad input and faults: random and mutated files never panic the loader or
//! the progress reader; the review schedule survives any clock; lesson packs
//! cannot escape their folder; a full disk, a read-only folder and a second
//! process on one profile each get a clear, typed answer.

use std::io::Write;
use std::path::{Path, PathBuf};

use alerta::course::load::{decode_utf8, module_from_source, parse};
use alerta::course::locate::{FieldPath, Outline};
use alerta::course::raw::{RawHelpFile, RawManifest};
use alerta::pack::{self, PackError};
use alerta::progress::clock::{Clock, FakeClock, Now};
use alerta::progress::model::{Progress, parse_progress, to_ron};
use alerta::progress::review::{self, Card};
use alerta::progress::store::{Mode, SaveError, Store};
use proptest::prelude::*;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn langs() -> Vec<String> {
    vec!["en".into(), "es".into()]
}

/// Everything the loader does with one file's bytes, none of which may panic.
fn load_bytes(bytes: &[u8]) {
    let path = Path::new("fuzz.ron");
    if let Ok(src) = decode_utf8(path, bytes.to_vec()) {
        let meta = alerta::course::CourseMeta {
            languages: langs(),
            ..alerta::course::CourseMeta::basic("c", Default::default(), &[])
        };
        let r = module_from_source(path, &src, &meta, &root());
        for d in &r.diagnostics {
            // Positions are always real positions.
            assert!(d.line >= 1 && d.col >= 1, "{d}");
            let _ = d.to_string();
        }
        let _ = parse::<RawManifest>(path, &src);
        let _ = parse::<RawHelpFile>(path, &src);
        let outline = Outline::scan(&src);
        let _ = outline.find(
            &FieldPath::root()
                .field("lessons")
                .index(3)
                .field("pages")
                .index(0)
                .index(1),
        );
    }
}

/// A handful of real lesson sources to mutate.
fn seeds() -> Vec<Vec<u8>> {
    let mut v = Vec::new();
    for f in [
        "tests/fixtures/good/01-all-types.ron",
        "tests/fixtures/good/02-tiny.ron",
        "lessons/course.ron",
        "lessons/help.ron",
    ] {
        v.push(std::fs::read(root().join(f)).unwrap());
    }
    v
}

#[derive(Debug, Clone)]
enum Mutation {
    Delete(usize, usize),
    Insert(usize, Vec<u8>),
    Duplicate(usize, usize),
    Flip(usize, u8),
    Truncate(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 1usize..64).prop_map(|(a, n)| Mutation::Delete(a, n)),
        (
            any::<usize>(),
            proptest::collection::vec(any::<u8>(), 1..16)
        )
            .prop_map(|(a, b)| Mutation::Insert(a, b)),
        (any::<usize>(), 1usize..200).prop_map(|(a, n)| Mutation::Duplicate(a, n)),
        (any::<usize>(), any::<u8>()).prop_map(|(a, b)| Mutation::Flip(a, b)),
        any::<usize>().prop_map(Mutation::Truncate),
        // Structural characters are the interesting ones.
        (
            any::<usize>(),
            prop::sample::select(vec![
                b"(".to_vec(),
                b")".to_vec(),
                b"[".to_vec(),
                b"]".to_vec(),
                b"\"".to_vec(),
                b",".to_vec(),
                b":".to_vec(),
                b"r#\"".to_vec(),
                b"/*".to_vec()
            ])
        )
            .prop_map(|(a, b)| Mutation::Insert(a, b)),
    ]
}

fn apply(mut v: Vec<u8>, muts: &[Mutation]) -> Vec<u8> {
    for m in muts {
        let len = v.len().max(1);
        match m {
            Mutation::Delete(a, n) => {
                let a = a % len;
                let end = (a + n).min(v.len());
                if a < end {
                    v.drain(a..end);
                }
            }
            Mutation::Insert(a, b) => {
                let a = a % (v.len() + 1);
                v.splice(a..a, b.iter().copied());
            }
            Mutation::Duplicate(a, n) => {
                let a = a % len;
                let end = (a + n).min(v.len());
                if a < end {
                    let chunk = v[a..end].to_vec();
                    v.splice(a..a, chunk);
                }
            }
            Mutation::Flip(a, b) => {
                if !v.is_empty() {
                    let i = a % v.len();
                    v[i] ^= b;
                }
            }
            Mutation::Truncate(a) => v.truncate(a % len),
        }
    }
    v
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1500, ..ProptestConfig::default() })]

    #[test]
    fn loader_never_panics_on_mutated_lessons(seed in 0usize..4, muts in proptest::collection::vec(mutation(), 1..8)) {
        let s = seeds();
        load_bytes(&apply(s[seed % s.len()].clone(), &muts));
    }

    #[test]
    fn loader_never_panics_on_random_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        load_bytes(&bytes);
    }

    #[test]
    fn loader_never_panics_on_ron_shaped_noise(
        s in "[(){}\\[\\]:,\" a-zA-Z0-9_#r/*\\n-]{0,400}"
    ) {
        load_bytes(s.as_bytes());
    }
}

fn sample_progress() -> String {
    let mut p = Progress::new("p-1", "Ana", "es", Now { unix: 5, day: 1 });
    p.courses
        .entry("c".into())
        .or_default()
        .attempts
        .push(alerta::quiz::QuizAttempt {
            module: "m".into(),
            answers: vec![alerta::quiz::AnswerRecord {
                question: "q".into(),
                try_no: 1,
                answer: alerta::quiz::Answer::Multi([1, 2].into()),
                correct: false,
                at: 3,
            }],
            ..Default::default()
        });
    to_ron(&p)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1500, ..ProptestConfig::default() })]

    #[test]
    fn progress_reader_never_panics(muts in proptest::collection::vec(mutation(), 1..8)) {
        let bytes = apply(sample_progress().into_bytes(), &muts);
        if let Ok(s) = String::from_utf8(bytes.clone()) {
            let _ = parse_progress(&s);
            let _ = alerta::progress::export::parse_export(&s);
        }
        // Through the store too: a damaged file is kept, never a panic.
        let d = tempfile::tempdir().unwrap();
        let dir = d.path().join("p-1");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("progress.ron"), &bytes).unwrap();
        let o = Store::open(&dir, Mode::ReadWrite).unwrap();
        if o.recovery.is_some() {
            let kept = std::fs::read_dir(&dir).unwrap().flatten()
                .any(|e| e.file_name().to_string_lossy().starts_with("progress.damaged-"));
            prop_assert!(kept, "a damaged file is kept aside");
        }
    }

    /// Any sequence of answers and clock moves (forwards and backwards):
    /// boxes stay 1–3; two promotions never happen on the same clock day
    /// (unless the clock was set back in between); and a card leaves review
    /// only after three right answers that each counted.
    #[test]
    fn review_schedule_survives_any_clock(steps in proptest::collection::vec((any::<bool>(), -4000i64..4000, 0u32..3), 1..60)) {
        let clock = FakeClock::at_day(10_000, 0);
        let mut card = Card::default();
        let mut session = 1u32;
        review::on_wrong(&mut card, session, clock.now());
        let mut counted = 0usize;
        let mut last_day: Option<i32> = None;
        for (right, delta_hours, sessions) in steps {
            let before_day = clock.now().day;
            clock.advance(delta_hours * 3600);
            session += sessions;
            let now = clock.now();
            if now.day < before_day {
                last_day = None; // the clock was set back: days cannot be compared across it
            }
            let mut cards = std::collections::BTreeMap::from([("k".to_string(), card.clone())]);
            review::clamp_after_clock_change(cards.iter_mut(), now.day);
            card = cards.remove("k").unwrap();
            prop_assert!(card.due_day <= now.day + 3, "never stranded: due {} today {}", card.due_day, now.day);
            if right {
                let before = card.box_no;
                let retired = review::on_right(&mut card, session, now);
                if retired || card.box_no > before {
                    if let Some(last) = last_day {
                        prop_assert!(now.day > last, "two promotions on day {}", now.day);
                    }
                    last_day = Some(now.day);
                    counted += 1;
                }
                if retired {
                    prop_assert!(counted >= 3, "retired after {counted} counted answers");
                    break;
                }
            } else {
                review::on_wrong(&mut card, session, now);
                counted = 0;
                last_day = None;
            }
            prop_assert!((1..=3).contains(&card.box_no));
        }
    }
}

#[test]
fn every_bundled_question_grades_its_model_answer_right_and_a_wrong_one_wrong() {
    let c = alerta::course::load_dir(&root().join("lessons"))
        .unwrap()
        .course;
    for m in &c.modules {
        for q in &m.quiz.questions {
            assert!(
                alerta::quiz::grade(q, &alerta::quiz::model_answer(q))
                    .unwrap()
                    .correct,
                "{}",
                q.id
            );
            assert!(
                !alerta::quiz::grade(q, &alerta::quiz::a_wrong_answer(q))
                    .unwrap()
                    .correct,
                "{}",
                q.id
            );
        }
    }
}

// ---------------------------------------------------------------------------
// Lesson-pack security.

fn good_course(dir: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    for e in std::fs::read_dir(root().join("tests/fixtures/good")).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), dir.join(e.file_name())).unwrap();
    }
}

fn zip_with(entries: &[(String, Vec<u8>)]) -> (tempfile::TempDir, PathBuf) {
    let d = tempfile::tempdir().unwrap();
    let path = d.path().join("pack.zip");
    let mut z = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
    let opts = zip::write::SimpleFileOptions::default();
    for (name, bytes) in entries {
        z.start_file(name.as_str(), opts).unwrap();
        z.write_all(bytes).unwrap();
    }
    z.finish().unwrap();
    (d, path)
}

fn fixture_entries() -> Vec<(String, Vec<u8>)> {
    std::fs::read_dir(root().join("tests/fixtures/good"))
        .unwrap()
        .flatten()
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

/// No course folder was installed (staging folders start with a dot and are removed).
fn nothing_installed(courses: &Path) -> bool {
    std::fs::read_dir(courses)
        .map(|r| r.flatten().all(|e| !e.path().is_dir()))
        .unwrap_or(true)
}

#[test]
fn zip_path_traversal_and_absolute_paths_are_refused() {
    let courses = tempfile::tempdir().unwrap();
    let mut base = fixture_entries();
    for evil in [
        "../escape.ron",
        "/tmp/alerta-absolute.ron",
        "a/../../escape.ron",
        "..\\windows.ron",
    ] {
        base.push((evil.to_string(), b"Module()".to_vec()));
        let (_d, zip) = zip_with(&base);
        let e = pack::import_zip(&zip, courses.path()).unwrap_err();
        assert!(matches!(e, PackError::Unsafe(_)), "{evil}: {e}");
        base.pop();
    }
    assert!(!courses.path().join("..").join("escape.ron").exists());
    assert!(!Path::new("/tmp/alerta-absolute.ron").exists());
    assert!(nothing_installed(courses.path()));
}

#[test]
fn zip_bombs_and_oversized_files_are_refused() {
    let courses = tempfile::tempdir().unwrap();
    let mut entries = fixture_entries();
    // 3 MiB of zeros compresses more than 100 times.
    entries.push(("assets/bomb.png".into(), vec![0u8; 3 * 1024 * 1024]));
    let (_d, zip) = zip_with(&entries);
    let e = pack::import_zip(&zip, courses.path()).unwrap_err();
    assert!(e.to_string().contains("zip bomb"), "{e}");

    let mut entries = fixture_entries();
    let big: Vec<u8> = (0..5 * 1024 * 1024u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    entries.push(("assets/big.png".into(), big));
    let (_d, zip) = zip_with(&entries);
    let e = pack::import_zip(&zip, courses.path()).unwrap_err();
    assert!(matches!(e, PackError::TooLarge(_)), "{e}");
    assert!(nothing_installed(courses.path()));

    // Not a zip at all.
    let junk = courses.path().join("junk.zip");
    std::fs::write(&junk, b"PK\x03\x04 not really").unwrap();
    assert!(pack::import_zip(&junk, courses.path()).is_err());
}

#[cfg(unix)]
#[test]
fn symlinks_in_packs_are_refused() {
    let src = tempfile::tempdir().unwrap();
    let pack_dir = src.path().join("pack");
    good_course(&pack_dir);
    std::os::unix::fs::symlink("/etc/passwd", pack_dir.join("passwd.ron")).unwrap();
    let courses = tempfile::tempdir().unwrap();
    let e = pack::import_folder(&pack_dir, courses.path()).unwrap_err();
    assert!(matches!(e, PackError::Unsafe(_)), "{e}");

    // A symlink entry inside a zip.
    let d = tempfile::tempdir().unwrap();
    let path = d.path().join("link.zip");
    let mut z = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
    for (n, b) in fixture_entries() {
        z.start_file(n, zip::write::SimpleFileOptions::default())
            .unwrap();
        z.write_all(&b).unwrap();
    }
    z.add_symlink(
        "evil.ron",
        "/etc/passwd",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    z.finish().unwrap();
    let e = pack::import_zip(&path, courses.path()).unwrap_err();
    assert!(matches!(e, PackError::Unsafe(_)), "{e}");
    assert!(nothing_installed(courses.path()));
}

#[test]
fn oversized_file_in_a_folder_pack_is_refused() {
    let src = tempfile::tempdir().unwrap();
    let pack_dir = src.path().join("pack");
    good_course(&pack_dir);
    let f = std::fs::File::create(pack_dir.join("huge.ron")).unwrap();
    f.set_len(5 * 1024 * 1024).unwrap();
    let courses = tempfile::tempdir().unwrap();
    let e = pack::import_folder(&pack_dir, courses.path()).unwrap_err();
    assert!(matches!(e, PackError::TooLarge(_)), "{e}");
}

#[test]
fn good_pack_installs_once_and_staging_is_cleaned() {
    let src = tempfile::tempdir().unwrap();
    let pack_dir = src.path().join("pack");
    good_course(&pack_dir);
    let courses = tempfile::tempdir().unwrap();
    let inst = pack::import_folder(&pack_dir, courses.path()).unwrap();
    assert_eq!(inst.id, "fixture");
    assert!(matches!(
        pack::import_folder(&pack_dir, courses.path()),
        Err(PackError::AlreadyInstalled(1))
    ));
    let leftovers: Vec<_> = std::fs::read_dir(courses.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "staging folders are removed");
}

// ---------------------------------------------------------------------------
// Faults in the store.

fn sample(name: &str, saved_at: i64) -> Progress {
    let mut p = Progress::new("p-fault", name, "es", Now { unix: 1, day: 0 });
    p.saved_at = saved_at;
    p
}

/// A small tmpfs fills up for real when we can mount one (root in a
/// container); otherwise a writer that fails like a full disk is injected.
#[test]
fn full_disk_gives_a_typed_error_and_keeps_the_last_good_state() {
    let d = tempfile::tempdir().unwrap();
    let mnt = d.path().join("small");
    std::fs::create_dir_all(&mnt).unwrap();
    let mounted = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=64k", "tmpfs"])
        .arg(&mnt)
        .status()
        .is_ok_and(|s| s.success());
    let dir = mnt.join("p-fault");
    let mut store = Store::create(&dir, &sample("before", 1)).unwrap();
    let mut big = sample("after", 2);
    if mounted {
        // Fill most of the space, then save a progress that cannot fit.
        let filler = vec![7u8; 40 * 1024];
        std::fs::write(mnt.join("filler"), &filler).unwrap();
        for i in 0..400 {
            big.courses.entry(format!("course-{i}")).or_default();
        }
    } else {
        store.set_write_fn(|_, _| Err(std::io::Error::from(std::io::ErrorKind::StorageFull)));
    }
    let e = store.save(&big).unwrap_err();
    assert!(matches!(e, SaveError::DiskFull { .. }), "{e:?}");
    drop(store);
    let o = Store::open(&dir, Mode::ReadWrite).unwrap();
    assert_eq!(
        o.progress.profile.name, "before",
        "the last good state is intact"
    );
    assert!(o.recovery.is_none());
    drop(o);
    if mounted {
        let _ = std::process::Command::new("umount").arg(&mnt).status();
    }
}

/// A read-only folder: a read-only bind mount when we can make one, otherwise
/// folder permissions, otherwise (root without mount rights) the store's
/// writer injection, and it says which. `tests/processes.rs` also checks the
/// folder as an unprivileged user.
#[cfg(unix)]
#[test]
fn read_only_folder_gives_a_typed_error_and_opens_read_only() {
    use std::os::unix::fs::PermissionsExt;
    let d = tempfile::tempdir().unwrap();
    let dir = d.path().join("p-fault");
    drop(Store::create(&dir, &sample("kept", 1)).unwrap());
    let ro_mount = std::process::Command::new("mount")
        .args(["--bind", "-o", "ro"])
        .arg(&dir)
        .arg(&dir)
        .status()
        .is_ok_and(|s| s.success())
        && std::fs::write(dir.join("probe"), b"x").is_err();
    if !ro_mount {
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o555)).unwrap();
    }
    let can_write = std::fs::write(dir.join("probe"), b"x").is_ok();
    if can_write {
        // Root without mount rights: permissions do not bind. Use the injected writer.
        println!("read-only folder: checked through the store's writer injection (root, no mount)");
        let _ = std::fs::remove_file(dir.join("probe"));
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        let mut o = Store::open(&dir, Mode::ReadWrite).unwrap();
        o.store
            .set_write_fn(|_, _| Err(std::io::Error::from(std::io::ErrorKind::ReadOnlyFilesystem)));
        let e = o.store.save(&sample("new", 2)).unwrap_err();
        assert!(matches!(e, SaveError::NotWritable { .. }), "{e:?}");
        return;
    }
    // The profile still opens, read-only, with its progress.
    let o = Store::open(&dir, Mode::ReadWrite).unwrap();
    assert!(o.store.is_read_only());
    assert_eq!(o.progress.profile.name, "kept");
    let mut s = o.store;
    assert_eq!(s.save(&sample("x", 3)), Err(SaveError::ReadOnly));
    if ro_mount {
        let _ = std::process::Command::new("umount").arg(&dir).status();
    } else {
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
}

#[test]
fn clock_backwards_end_to_end() {
    let c = alerta::course::load_dir(&root().join("tests/fixtures/good"))
        .unwrap()
        .course;
    let m = c.module("tiny").unwrap().clone();
    let clock = FakeClock::at_day(20_000, 0);
    let mut p = Progress::new("p", "P", "es", clock.now());
    p.start_session(clock.now());
    let attempt = alerta::quiz::QuizAttempt {
        module: "tiny".into(),
        finished: Some(1),
        answers: vec![alerta::quiz::AnswerRecord {
            question: "q1".into(),
            try_no: 1,
            answer: alerta::quiz::Answer::Single(1),
            correct: false,
            at: 1,
        }],
        ..Default::default()
    };
    p.record_attempt(&c, &m, attempt, clock.now());
    // Next session, the clock has jumped back a year.
    clock.advance_days(-365);
    p.start_session(clock.now());
    let due = p.due_reviews(&c, clock.now());
    assert_eq!(
        due,
        vec![("tiny".to_string(), "q1".to_string())],
        "still offered, not stranded"
    );
}
