//! Trust, tested as a hostile file or a hurried person would act: ids that
//! try to leave their folder, names that are spreadsheet formulas, PINs on a
//! USB stick, and a course switched while a presentation is on a projector.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command as Proc;
use std::sync::Arc;

use alerta::app::command::FilePurpose;
use alerta::app::state::Screen;
use alerta::app::{AlertaApp, AppEnv, Command, FacCommand, FakeDialogs, Nav};
use alerta::course::{Course, load_dir};
use alerta::progress::clock::Now;
use alerta::progress::{DataDir, FakeClock, Progress};
use sha2::{Digest, Sha256};

const HOSTILE: [&str; 6] = [
    "../settings",
    "/etc/x",
    "..\\x",
    "con",
    "a/b",
    "../profiles/p-1/progress",
];

fn lessons() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons")
}

fn bundled() -> Course {
    load_dir(&lessons()).unwrap().course
}

/// A hash of every file under `dir` (paths and contents).
fn tree_hash(dir: &Path) -> String {
    fn walk(dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.insert(p.clone(), b"<dir>".to_vec());
                walk(&p, out);
            } else {
                out.insert(p.clone(), std::fs::read(&p).unwrap_or_default());
            }
        }
    }
    let mut files = BTreeMap::new();
    walk(dir, &mut files);
    let mut h = Sha256::new();
    for (p, bytes) in files {
        h.update(p.to_string_lossy().as_bytes());
        h.update(&bytes);
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// An export whose learner id is `id`, as a stranger could write by hand.
fn crafted_export(dir: &Path, c: &Course, id: &str, n: usize) -> PathBuf {
    let mut p = Progress::new(
        "p-11111111",
        &format!("Crafted {n}"),
        "es",
        Now { unix: 1, day: 0 },
    );
    p.saved_at = 10;
    let text = alerta::progress::export::export_text(&p, c, 20).replace(
        "id: \"p-11111111\"",
        &format!("id: {}", ron::to_string(id).unwrap()),
    );
    assert!(
        text.contains(&ron::to_string(id).unwrap()),
        "the id was planted"
    );
    let path = dir.join(format!("crafted-{n}.ron"));
    std::fs::write(&path, text).unwrap();
    path
}

fn app_env(data: &Path, dialogs: &FakeDialogs) -> AppEnv {
    let mut env = AppEnv::new(&lessons(), DataDir::at(data));
    env.clock = Arc::new(FakeClock::at_day(20_786, 15 * 3600));
    env.dialogs = Box::new(dialogs.clone());
    env
}

#[test]
fn crafted_ids_are_refused_by_the_class_import_and_nothing_changes() {
    let c = bundled();
    let data = tempfile::tempdir().unwrap();
    let usb = tempfile::tempdir().unwrap();
    // Something worth protecting: settings with a facilitator PIN, and a learner.
    let dd = DataDir::at(data.path());
    let mut settings = dd.load_settings();
    settings.facilitator_pin = Some(alerta::progress::pin::PinHash::legacy("9999"));
    dd.save_settings(&settings).unwrap();
    drop(
        dd.create_profile("Ana", "es", Now { unix: 1, day: 0 })
            .unwrap(),
    );

    let dialogs = FakeDialogs::default();
    let mut app = AlertaApp::new(app_env(data.path(), &dialogs));
    app.dispatch(Command::EnterFacilitator {
        pin: Some("9999".into()),
    });
    app.dispatch(Command::Facilitator(FacCommand::OpenClassroom));
    let before = tree_hash(data.path());
    let files: Vec<PathBuf> = HOSTILE
        .iter()
        .enumerate()
        .map(|(i, id)| crafted_export(usb.path(), &c, id, i))
        .collect();
    app.dispatch(Command::FilesChosen {
        purpose: FilePurpose::ImportProgress,
        paths: files.clone(),
    });
    app.flush();
    assert_eq!(
        tree_hash(data.path()),
        before,
        "nothing in the data folder changed"
    );
    let Screen::Classroom(st) = &app.state.screen else {
        panic!("still on the class report")
    };
    let refused = st
        .messages
        .iter()
        .filter(|m| {
            matches!(
                m,
                alerta::app::state::Msg::ImportRejected {
                    error: alerta::progress::export::ImportError::BadId(_),
                    ..
                }
            )
        })
        .count();
    assert_eq!(
        refused,
        HOSTILE.len(),
        "each file is refused, by name: {:?}",
        st.messages
    );
    // The settings and their PIN are intact.
    assert!(
        DataDir::at(data.path())
            .load_settings()
            .facilitator_pin
            .is_some()
    );
}

#[test]
fn crafted_ids_are_refused_by_merge_which_exits_non_zero() {
    let c = bundled();
    let usb = tempfile::tempdir().unwrap();
    for (i, id) in HOSTILE.iter().enumerate() {
        let file = crafted_export(usb.path(), &c, id, i);
        let before = tree_hash(usb.path());
        let out = usb.path().join(format!("out-{i}.csv"));
        let r = Proc::new(env!("CARGO_BIN_EXE_alerta"))
            .args(["merge", "--lessons"])
            .arg(lessons())
            .arg(&file)
            .arg("--csv")
            .arg(&out)
            .output()
            .unwrap();
        assert_eq!(
            r.status.code(),
            Some(1),
            "{id:?}: refused means a non-zero exit"
        );
        let err = String::from_utf8_lossy(&r.stderr);
        assert!(
            err.contains("not used") && err.contains("learner id"),
            "{id:?}: {err}"
        );
        // Only the CSV the user asked for is written (with no learner in it).
        let after_files: Vec<_> = std::fs::read_dir(usb.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert!(
            after_files
                .iter()
                .all(|f| f.starts_with("crafted-") || f.starts_with("out-")),
            "{after_files:?}"
        );
        let _ = before;
    }
    let help = Proc::new(env!("CARGO_BIN_EXE_alerta"))
        .args(["merge", "--help"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&help.stdout).contains("exits with 1"),
        "--help says a refused file means a non-zero exit"
    );
}

#[test]
fn hostile_ids_against_every_other_writer() {
    let data = tempfile::tempdir().unwrap();
    let dd = DataDir::at(data.path());
    drop(
        dd.create_profile("Ana", "es", Now { unix: 1, day: 0 })
            .unwrap(),
    );
    let before = tree_hash(data.path());
    for id in HOSTILE {
        // Profiles: open and delete.
        assert!(
            dd.open_profile(id, alerta::progress::Mode::ReadOnly)
                .is_err(),
            "{id}"
        );
        assert!(dd.delete_profile(id).is_err(), "{id}");
        // Presentation records.
        let rec = alerta::present::SessionRecord {
            id: id.to_string(),
            ..Default::default()
        };
        assert!(
            alerta::present::save_session(&data.path().join("sessions"), &rec).is_err(),
            "{id}"
        );
        // Lesson packs: a course whose id tries to leave the courses folder.
        let pack = tempfile::tempdir().unwrap();
        for e in
            std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good"))
                .unwrap()
        {
            let e = e.unwrap();
            std::fs::copy(e.path(), pack.path().join(e.file_name())).unwrap();
        }
        let manifest = std::fs::read_to_string(pack.path().join("course.ron"))
            .unwrap()
            .replace(
                "id: \"fixture\"",
                &format!("id: {}", ron::to_string(id).unwrap()),
            );
        std::fs::write(pack.path().join("course.ron"), manifest).unwrap();
        let r = alerta::pack::import_folder(pack.path(), &dd.courses_dir());
        assert!(r.is_err(), "{id}: {r:?}");
    }
    // The active-course setting cannot point outside either.
    let mut s = dd.load_settings();
    s.active_course = Some("../profiles".into());
    let env = AppEnv::new(&lessons(), DataDir::at(data.path()));
    let l = alerta::app::load_active_course(&env, &s);
    assert_eq!(
        l.course.meta.id, "alerta-centroamerica",
        "falls back to the bundled course"
    );
    // Nothing outside a staging folder was left behind.
    let _ = std::fs::remove_dir_all(dd.courses_dir());
    assert_eq!(tree_hash(data.path()), before);
}

#[test]
fn csv_cells_that_look_like_formulas_open_as_text() {
    let c = bundled();
    let learners: Vec<(alerta::report::Origin, Progress)> = [
        "=HYPERLINK(\"http://x\",\"click\")",
        "+1+2",
        "-2+3",
        "@SUM(A1)",
        "\tTab",
        "Ana",
    ]
    .iter()
    .enumerate()
    .map(|(i, n)| {
        let p = Progress::new(&format!("p-{i}"), n, "es", Now { unix: 1, day: 0 });
        (alerta::report::Origin::ThisComputer, p)
    })
    .collect();
    let report = alerta::report::build_owned(&c, &learners);
    let (a, _) = alerta::report::csv_bytes(&report, &c, false, "en").unwrap();
    let text = String::from_utf8(a).unwrap();
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let names: Vec<String> = r.records().map(|x| x.unwrap()[0].to_string()).collect();
    for n in &names {
        if n != "Ana" {
            assert!(n.starts_with('\''), "{n:?} could run as a formula");
        }
    }
    assert!(
        names.contains(&"Ana".to_string()),
        "ordinary names are untouched"
    );
    // The presenter's summary goes through the same writer.
    let rec = alerta::present::SessionRecord {
        notes: "=cmd|' /C calc'!A0".into(),
        ..Default::default()
    };
    let csv = String::from_utf8(alerta::present::summary_csv(
        &rec,
        &["module", "step", "prompt", "choice", "hands", "correct"],
    ))
    .unwrap();
    assert!(csv.contains("'=cmd"), "{csv}");
}

#[test]
fn exports_carry_no_pin() {
    let c = bundled();
    let mut p = Progress::new("p-1", "Pia", "es", Now { unix: 1, day: 0 });
    p.profile.pin = Some(alerta::progress::pin::PinHash::new("2468").unwrap());
    let text = alerta::progress::export::export_text(&p, &c, 5);
    assert!(!text.contains("pin"), "{text}");
    assert!(!text.contains("argon2"));
    // An old export that still has a hash: the hash is dropped on import.
    let mut old = p.clone();
    old.profile.pin = Some(alerta::progress::pin::PinHash::legacy("1234"));
    let old_text = alerta::progress::export::export_text(&old, &c, 5).replace(
        "profile: (",
        "profile: (pin: Some((salt: \"ab\", hash: \"cd\")), ",
    );
    let e = alerta::progress::export::parse_export(&old_text).unwrap();
    assert!(e.progress.profile.pin.is_none());
}

#[test]
fn switching_course_while_presenting_on_a_projector_returns_safely() {
    let data = tempfile::tempdir().unwrap();
    let dialogs = FakeDialogs::default();
    // Install the two-module fixture course as a pack.
    let courses = DataDir::at(data.path()).courses_dir();
    alerta::pack::import_folder(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good"),
        &courses,
    )
    .unwrap();
    let mut h = egui_kittest::Harness::builder()
        .with_size([1400.0, 1000.0])
        .build_eframe({
            let env = app_env(data.path(), &dialogs);
            move |cc| AlertaApp::new(env).with_context(&cc.egui_ctx)
        });
    h.run();
    let c = bundled();
    let last = c.modules.last().unwrap().id.clone();
    h.state_mut()
        .dispatch(Command::EnterFacilitator { pin: None });
    h.state_mut()
        .dispatch(Command::Facilitator(FacCommand::Present(last)));
    h.state_mut()
        .dispatch(Command::Facilitator(FacCommand::ToggleAudienceWindow));
    for _ in 0..40 {
        h.state_mut()
            .dispatch(Command::Facilitator(FacCommand::Step(1)));
    }
    h.run();
    assert!(h.state().state.presentation().unwrap().audience_window);
    // The pack has fewer modules, and none of these.
    h.state_mut()
        .dispatch(Command::Facilitator(FacCommand::UseCourse(Some(
            "fixture".into(),
        ))));
    h.run();
    assert_eq!(h.state().state.course.meta.id, "fixture");
    assert!(
        h.state().state.presentation().is_none(),
        "the presentation was closed"
    );
    assert!(
        h.state()
            .state
            .notices
            .iter()
            .any(|n| matches!(n, alerta::app::Notice::ScreenClosed)),
        "and the facilitator is told"
    );
    // Back in the hub or the packs screen, never a panic.
    assert!(matches!(
        h.state().state.screen,
        Screen::Packs(_) | Screen::Facilitator(_)
    ));
    h.state_mut().dispatch(Command::Go(Nav::Home));
    h.run();
}
