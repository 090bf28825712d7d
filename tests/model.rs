//! A model-based test of the whole app logic, without a window: thousands of
//! random sequences of commands (navigation, answers, stories, course switch,
//! sign-out, quick exit, imports of good and hostile files) applied to the real
//! state through the real `apply` and effect runner. Nothing may panic, and no
//! answer that was saved may ever be lost: after each sequence, what is on
//! disk holds at least every finished attempt, check and story the learner
//! had in memory.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use alerta::app::command::{ClassSort, ClassTab, FilePurpose};
use alerta::app::state::Screen;
use alerta::app::{AlertaApp, AppEnv, Command, FacCommand, FakeDialogs, Nav};
use alerta::course::Course;
use alerta::progress::{DataDir, FakeClock, Mode, Progress};

/// Sequences run by `cargo test` (at least 2,000); `MODEL_SEQUENCES` changes it.
fn sequences() -> usize {
    std::env::var("MODEL_SEQUENCES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2_000)
}

fn lessons() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons")
}

/// What must survive: counts of finished things per course.
fn saved_counts(p: &Progress) -> Vec<(String, usize, usize, usize)> {
    p.courses
        .iter()
        .map(|(id, c)| {
            (
                id.clone(),
                c.attempts.iter().filter(|a| a.finished.is_some()).count(),
                c.pre_checks.len(),
                c.scenario_runs.len(),
            )
        })
        .collect()
}

fn pick<'a, T>(rng: &mut fastrand::Rng, v: &'a [T]) -> Option<&'a T> {
    (!v.is_empty()).then(|| &v[rng.usize(..v.len())])
}

fn random_command(rng: &mut fastrand::Rng, app: &AlertaApp, files: &[PathBuf]) -> Command {
    let c: &Course = &app.state.course;
    let module = |rng: &mut fastrand::Rng| -> String {
        if rng.u8(..10) == 0 {
            "no-such-module".into()
        } else {
            pick(rng, &c.modules)
                .map(|m| m.id.clone())
                .unwrap_or_default()
        }
    };
    let scenario = |rng: &mut fastrand::Rng| -> String {
        c.modules
            .iter()
            .flat_map(|m| m.scenarios().map(|s| s.id.clone()))
            .nth(rng.usize(..8))
            .unwrap_or_else(|| "nope".into())
    };
    match rng.u8(..40) {
        0 => Command::Go(Nav::Module(module(rng))),
        1 => Command::Go(Nav::Quiz(module(rng))),
        2 => Command::Go(Nav::PreCheck(module(rng))),
        3 => Command::Go(Nav::Home),
        4 => Command::Go(Nav::Review),
        5 => Command::Go(Nav::Mistakes),
        6 => Command::Go(Nav::Settings),
        7 => Command::GoPage(rng.usize(..25)),
        8 => Command::AckNote {
            skip_to_quiz: rng.bool(),
        },
        9 | 10 => Command::ScenarioChoose {
            scenario: scenario(rng),
            choice: rng.usize(..4),
        },
        11 => Command::ScenarioRestart {
            scenario: scenario(rng),
        },
        12..=16 => Command::Select(rng.usize(..6)),
        17 => Command::MoveItem {
            from: rng.usize(..5),
            to: rng.usize(..5),
        },
        18..=20 => Command::Submit,
        21 | 22 => Command::NextQuestion,
        23 => Command::QuizRetry,
        24 => Command::Back,
        25 => Command::Continue,
        26 => Command::SignOut,
        27 => {
            let profiles = app.env.data.list_profiles();
            match pick(rng, &profiles) {
                Some(p) => Command::OpenProfile {
                    id: p.id.clone(),
                    pin: None,
                    read_only: rng.u8(..8) == 0,
                },
                None => Command::CreateProfile {
                    name: format!("L{}", rng.u16(..)),
                },
            }
        }
        28 => Command::Guest,
        29 => Command::SetLanguage(["en", "es", "pt", "../x"][rng.usize(..4)].into()),
        30 => Command::EnterFacilitator { pin: None },
        31 => Command::Facilitator(FacCommand::Present(module(rng))),
        32 => Command::Facilitator(match rng.u8(..8) {
            0 => FacCommand::Step(rng.i8(-3..4) as isize),
            1 => FacCommand::Reveal,
            2 => FacCommand::Tally {
                choice: rng.usize(..5),
                delta: if rng.bool() { 1 } else { -1 },
            },
            3 => FacCommand::FollowMajority,
            4 => FacCommand::ToggleAudienceWindow,
            5 => FacCommand::OpenClassroom,
            6 => FacCommand::ClassSort(ClassSort::Gain),
            _ => FacCommand::ClassTab(ClassTab::Questions),
        }),
        33 => Command::Facilitator(FacCommand::UseCourse(if rng.bool() {
            Some("fixture".into())
        } else {
            None
        })),
        34 => Command::FilesChosen {
            purpose: FilePurpose::ImportProgress,
            paths: files.to_vec(),
        },
        35 => Command::LeaveFacilitator,
        36 => Command::DismissNotice(rng.usize(..3)),
        37 => Command::SetZoom(0.5 + rng.f32() * 2.0),
        38 => Command::ToggleReveal {
            artefact: "nope".into(),
        },
        _ => Command::QuickExit,
    }
}

/// Answers the question on screen right (so attempts do finish).
fn answer_right(app: &mut AlertaApp) {
    let Screen::Quiz(q) = &app.state.screen else {
        return;
    };
    let Some(m) = app.state.course.module(&q.module) else {
        return;
    };
    let questions = match q.kind {
        alerta::app::state::QuizKind::Quiz => &m.quiz.questions,
        alerta::app::state::QuizKind::PreCheck => match &m.pre_check {
            Some(pc) => &pc.questions,
            None => return,
        },
    };
    let Some(question) = questions.get(q.current) else {
        return;
    };
    let cmds: Vec<Command> = match alerta::quiz::model_answer(question) {
        alerta::quiz::Answer::Single(i) => vec![Command::Select(i)],
        alerta::quiz::Answer::Multi(s) | alerta::quiz::Answer::Spot(s) => {
            s.into_iter().map(Command::Select).collect()
        }
        alerta::quiz::Answer::TrueFalse(b) => vec![Command::Select(if b { 0 } else { 1 })],
        alerta::quiz::Answer::Order(_) => vec![],
    };
    for c in cmds {
        app.dispatch(c);
    }
    app.dispatch(Command::Submit);
    app.dispatch(Command::Submit);
    app.dispatch(Command::NextQuestion);
}

#[test]
fn random_command_sequences_never_panic_and_never_lose_saved_work() {
    let root = tempfile::tempdir().unwrap();
    // Files a teacher might import: one good, one hostile.
    let usb = root.path().join("usb");
    std::fs::create_dir_all(&usb).unwrap();
    let bundled = alerta::course::load_dir(&lessons()).unwrap().course;
    let good = Progress::new(
        "p-99999999",
        "Visitor",
        "es",
        alerta::progress::Now { unix: 5, day: 0 },
    );
    let good_file = usb.join("good.ron");
    alerta::progress::export::write_export(&good_file, &good, &bundled, 6).unwrap();
    let bad_file = usb.join("bad.ron");
    std::fs::write(
        &bad_file,
        std::fs::read_to_string(&good_file)
            .unwrap()
            .replace("p-99999999", "../settings"),
    )
    .unwrap();
    let files = vec![good_file, bad_file, usb.join("missing.ron")];
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good");

    let n = sequences();
    let mut finished_attempts = 0;
    for seq in 0..n {
        let mut rng = fastrand::Rng::with_seed(seq as u64);
        let data = root.path().join(format!("d{}", seq % 16));
        let _ = std::fs::remove_dir_all(&data);
        if rng.bool() {
            alerta::pack::import_folder(&fixture, &DataDir::at(&data).courses_dir()).unwrap();
        }
        let clock = FakeClock::at_day(20_786 + seq as i32 % 9, 3600);
        let mut env = AppEnv::new(&lessons(), DataDir::at(&data));
        env.clock = Arc::new(clock.clone());
        env.dialogs = Box::new(FakeDialogs::default());
        let mut app = AlertaApp::new(env);
        // Most sequences start as a learner.
        if rng.u8(..4) != 0 {
            app.dispatch(Command::CreateProfile {
                name: format!("Learner {seq}"),
            });
        }
        let steps = 10 + rng.usize(..40);
        for _ in 0..steps {
            if app.state.quitting {
                break;
            }
            let cmd = random_command(&mut rng, &app, &files);
            app.dispatch(cmd);
            if rng.u8(..3) == 0 {
                answer_right(&mut app);
            }
            if rng.u8(..10) == 0 {
                clock.advance(45);
            }
            // The state never points at what the course does not have.
            app.state.revalidate();
        }
        // What the learner had in memory must be on disk.
        let memory = app.state.session.as_ref().and_then(|s| {
            (!s.guest && !s.read_only)
                .then(|| (s.progress.profile.id.clone(), saved_counts(&s.progress)))
        });
        app.dispatch(Command::QuickExit);
        app.flush();
        drop(app);
        if let Some((id, counts)) = memory {
            let dir = DataDir::at(&data).profile_dir(&id).unwrap();
            let on_disk = alerta::progress::Store::open(&dir, Mode::ReadOnly)
                .expect("the profile opens")
                .progress;
            let disk = saved_counts(&on_disk);
            for (course, attempts, checks, runs) in counts {
                finished_attempts += attempts;
                let d = disk
                    .iter()
                    .find(|(c, ..)| *c == course)
                    .unwrap_or_else(|| panic!("sequence {seq}: course {course} lost"));
                assert!(
                    d.1 >= attempts && d.2 >= checks && d.3 >= runs,
                    "sequence {seq}: saved work lost: memory {:?}, disk {d:?}",
                    (attempts, checks, runs)
                );
            }
        }
    }
    println!("{n} sequences; {finished_attempts} finished quiz attempts checked on disk");
    assert!(finished_attempts > 0, "the sequences did finish quizzes");
}
