//! Facilitators and classrooms: the presenter with reveal and tally, the class
//! report from imported files, lesson packs, certificates, and the CLI.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command as Proc;
use std::sync::Arc;

use alerta::app::state::Screen;
use alerta::app::{AlertaApp, AppEnv, FakeDialogs};
use alerta::course::{Course, load_dir};
use alerta::progress::clock::Now;
use alerta::progress::{DataDir, FakeClock, Progress};
use alerta::quiz::{Answer, AnswerRecord, QuizAttempt};
use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn lessons() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons")
}

fn bundled() -> Course {
    load_dir(&lessons()).unwrap().course
}

struct Setup {
    data: tempfile::TempDir,
    dialogs: FakeDialogs,
    clock: FakeClock,
}

impl Setup {
    fn new() -> Self {
        Setup {
            data: tempfile::tempdir().unwrap(),
            dialogs: FakeDialogs::default(),
            clock: FakeClock::at_day(20_786, 15 * 3600),
        }
    }

    fn harness(&self) -> Harness<'static, AlertaApp> {
        let mut env = AppEnv::new(&lessons(), DataDir::at(self.data.path()));
        env.clock = Arc::new(self.clock.clone());
        env.dialogs = Box::new(self.dialogs.clone());
        let mut h = Harness::builder()
            .with_size([1400.0, 1000.0])
            .with_max_steps(40)
            .build_eframe(move |cc| AlertaApp::new(env).with_context(&cc.egui_ctx));
        h.run();
        h
    }
}

fn has(h: &Harness<'_, AlertaApp>, label: &str) -> bool {
    h.query_all_by_label(label).next().is_some()
}

fn has_contains(h: &Harness<'_, AlertaApp>, label: &str) -> bool {
    h.query_all_by_label_contains(label).next().is_some()
}

/// Clicks, then runs until the UI settles, with the accessibility check (the
/// presenter's timer asks for a repaint a second later, which `run` does not
/// wait for).
fn click(h: &mut Harness<'_, AlertaApp>, label: &str) {
    h.get_by_label(label).click_accesskit();
    h.run();
}

fn enter_facilitator(h: &mut Harness<'_, AlertaApp>) {
    click(h, "English");
    click(h, "Facilitator mode");
    assert!(matches!(h.state().state.screen, Screen::Facilitator(_)));
}

fn presentation<'a>(h: &'a Harness<'_, AlertaApp>) -> &'a alerta::present::Presentation {
    h.state().state.presentation().expect("presenting")
}

const YN: (&str, &str) = ("True", "False");

#[test]
fn facilitator_session_reveal_tally_vote_and_summary() {
    let s = Setup::new();
    let mut h = s.harness();
    enter_facilitator(&mut h);
    let c = bundled();
    let m = &c.modules[0];
    click(&mut h, &format!("Present: {}", m.title.get("en")));

    // Facilitator notes show on the laptop for a page that has them.
    let steps = alerta::present::steps(m);
    let lesson = |id: &str| m.lessons.iter().find(|l| l.id == id).unwrap();
    let note_step = steps
        .iter()
        .position(|st| match st {
            alerta::present::Step::Block {
                lesson: l, page, ..
            } => lesson(l).pages[*page]
                .blocks
                .iter()
                .any(|b| matches!(b, alerta::course::Block::FacilitatorNote(_))),
            _ => false,
        })
        .expect("a page with a facilitator note");
    for _ in 0..note_step {
        click(&mut h, "Next");
    }
    assert!(
        has(&h, "Facilitator note"),
        "notes on the presenter's screen"
    );
    // N hides them from the room in single-window mode.
    h.key_press(egui::Key::N);
    h.run();
    assert!(!has(&h, "Facilitator note"));
    assert!(has(&h, "Notes hidden from the room. Press N to show them."));
    h.key_press(egui::Key::N);
    h.run();

    // A scenario: the room votes and the facilitator follows the majority.
    let sc_step = steps
        .iter()
        .position(|st| match st {
            alerta::present::Step::Block {
                lesson: l,
                page,
                block,
            } => {
                matches!(
                    lesson(l).pages[*page].blocks[*block],
                    alerta::course::Block::Scenario(_)
                )
            }
            _ => false,
        })
        .unwrap();
    while presentation(&h).current < sc_step {
        click(&mut h, "Next");
    }
    click(&mut h, "Follow the majority");
    assert!(has(&h, "Count the hands for each choice first."));
    let choices = presentation(&h).tally_target(&c, "en", YN).unwrap().choices;
    click(&mut h, &format!("One more hand for: {}", choices[1]));
    click(&mut h, &format!("One more hand for: {}", choices[1]));
    click(&mut h, &format!("One more hand for: {}", choices[0]));
    click(&mut h, "Follow the majority");
    assert!(has_contains(&h, &format!("The room chose: {}", choices[1])));

    // The first question: answer hidden until revealed, then the distribution.
    let q_step = steps
        .iter()
        .position(|st| matches!(st, alerta::present::Step::Question(_)))
        .unwrap();
    while presentation(&h).current < q_step {
        click(&mut h, "Next");
    }
    let q = &m.quiz.questions[0];
    assert!(has(&h, "The answer is hidden until you reveal it."));
    assert!(
        !has_contains(&h, "The answer: "),
        "no answer before the reveal"
    );
    let target = presentation(&h).tally_target(&c, "en", YN).unwrap();
    let (labels, correct) = (target.choices, target.correct);
    for _ in 0..3 {
        click(&mut h, &format!("One more hand for: {}", labels[0]));
    }
    click(&mut h, &format!("One more hand for: {}", labels[1]));
    click(&mut h, &format!("One less hand for: {}", labels[1]));
    click(&mut h, &format!("One more hand for: {}", labels[1]));
    click(&mut h, "Reveal the answer (R)");
    assert!(has_contains(&h, "The answer: "));
    assert!(has(&h, "3 hands"), "the audience sees the distribution");
    assert!(has(&h, "1 hand"), "one hand, not one hands");

    // End, and export the summary.
    click(&mut h, "End the session");
    assert!(has(&h, "Session summary"));
    let out = s.data.path().join("summary.csv");
    s.dialogs.answer_save(&out);
    click(&mut h, "Export as CSV");
    let csv = std::fs::read_to_string(&out).unwrap();
    let mut rows = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = rows.records().map(|r| r.unwrap()).collect();
    let q_rows: Vec<_> = rows
        .iter()
        .filter(|r| &r[1] == format!("q:{}", q.id).as_str())
        .collect();
    assert_eq!(q_rows.len(), labels.len());
    assert_eq!(&q_rows[0][4], "3");
    assert_eq!(&q_rows[1][4], "1");
    for (i, r) in q_rows.iter().enumerate() {
        assert_eq!(&r[5], if correct[i] { "1" } else { "0" });
    }
    assert!(
        rows.iter().any(|r| r[1].starts_with("s:") && &r[4] == "2"),
        "scenario votes kept"
    );
    // The tallies were saved with the session, next to the learner data.
    let session_file = std::fs::read_dir(s.data.path().join("sessions"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let rec = alerta::present::read_session(&session_file).unwrap();
    assert_eq!(rec.tallies.len(), 2);
    assert!(rec.ended.is_some());
}

#[test]
fn audience_in_a_second_window() {
    let s = Setup::new();
    let mut h = s.harness();
    enter_facilitator(&mut h);
    let c = bundled();
    click(
        &mut h,
        &format!("Present: {}", c.modules[1].title.get("en")),
    );
    click(
        &mut h,
        "Show the audience view in a second window (for the projector)",
    );
    assert!(presentation(&h).audience_window);
    // Presenter view: the current step, the next step, and the timer.
    assert!(has(&h, "Now showing"));
    assert!(has(&h, "Coming next"));
    assert!(has_contains(&h, "Time: 00:0"));
}

/// A learner who finished module 0 and 1 with known answers.
fn learner(c: &Course, id: &str, name: &str, right_first: bool, minutes: u64) -> Progress {
    let mut p = Progress::new(id, name, "es", Now { unix: 100, day: 0 });
    for m in c.modules.iter().take(2) {
        let mut answers = Vec::new();
        for q in &m.quiz.questions {
            if right_first {
                answers.push(rec(&q.id, 1, true));
            } else {
                answers.push(rec(&q.id, 1, false));
                answers.push(rec(&q.id, 2, true));
            }
        }
        let attempt = QuizAttempt {
            module: m.id.clone(),
            finished: Some(200),
            question_count: m.quiz.questions.len() as u32,
            score_pct: if right_first { 100 } else { 50 },
            answers,
            ..Default::default()
        };
        p.record_attempt(c, m, attempt, Now { unix: 200, day: 0 });
        p.add_time(c, &m.id, minutes * 60);
    }
    p.saved_at = 300;
    p
}

fn rec(q: &str, try_no: u8, correct: bool) -> AnswerRecord {
    AnswerRecord {
        question: q.into(),
        try_no,
        answer: Answer::Single(0),
        correct,
        at: 150,
    }
}

fn write_export(dir: &Path, file: &str, c: &Course, p: &Progress) -> PathBuf {
    let path = dir.join(file);
    alerta::progress::export::write_export(&path, p, c, 400).unwrap();
    path
}

#[test]
fn classroom_import_three_files_and_csv_matches() {
    let s = Setup::new();
    let c = bundled();
    let usb = tempfile::tempdir().unwrap();
    let files = vec![
        write_export(
            usb.path(),
            "ana.ron",
            &c,
            &learner(&c, "p-ana", "Ana", true, 20),
        ),
        write_export(
            usb.path(),
            "beto.ron",
            &c,
            &learner(&c, "p-beto", "Beto", false, 30),
        ),
        write_export(
            usb.path(),
            "carla.ron",
            &c,
            &learner(&c, "p-carla", "Carla", true, 10),
        ),
    ];
    // Bad input alongside: truncated, not a progress file, another course, a duplicate.
    let truncated = usb.path().join("truncated.ron");
    let full = std::fs::read_to_string(&files[0]).unwrap();
    std::fs::write(&truncated, &full[..full.len() / 2]).unwrap();
    let junk = usb.path().join("notes.ron");
    std::fs::write(&junk, "shopping list").unwrap();
    let other = usb.path().join("other.ron");
    std::fs::write(
        &other,
        full.replace("alerta-centroamerica", "another-course"),
    )
    .unwrap();
    let mut dup = learner(&c, "p-ana", "Ana", true, 20);
    dup.saved_at = 100; // older copy of Ana
    let dup = write_export(usb.path(), "ana-old.ron", &c, &dup);

    let mut h = s.harness();
    enter_facilitator(&mut h);
    click(&mut h, "Class report");
    let mut picked = files.clone();
    picked.extend([truncated, junk, other, dup]);
    s.dialogs.answer_open(picked);
    click(&mut h, "Import progress files");
    assert!(has(&h, "Added Ana."));
    assert!(has(&h, "Added Beto."));
    assert!(has(&h, "Added Carla."));
    assert!(has_contains(
        &h,
        "truncated.ron was not imported: the file is damaged"
    ));
    assert!(has_contains(
        &h,
        "notes.ron was not imported: this is not an Alerta progress file"
    ));
    assert!(has_contains(
        &h,
        "other.ron was not imported: the file is for another course"
    ));
    assert!(has(&h, "Ana was already here; the newer file is used."));
    let Screen::Classroom(st) = &h.state().state.screen else {
        panic!()
    };
    assert_eq!(
        st.report.learners.len(),
        3,
        "nothing half-imported, no duplicates"
    );
    assert_eq!(
        std::fs::read_dir(s.data.path().join("class"))
            .unwrap()
            .count(),
        3,
        "only good files are kept"
    );

    let out = s.data.path().join("class.csv");
    s.dialogs.answer_save(&out);
    click(&mut h, "Export as CSV");
    let text = std::fs::read_to_string(&out).unwrap();
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let header = r.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
    assert_eq!(rows.len(), 3);
    let m0 = &c.modules[0].id;
    let m1 = &c.modules[1].id;
    let beto = rows.iter().find(|r| &r[0] == "Beto").unwrap();
    assert_eq!(&beto[col("modules_passed")], "0");
    assert_eq!(&beto[col(&format!("{m0}_best_score"))], "50");
    assert_eq!(&beto[col(&format!("{m0}_attempts"))], "1");
    assert_eq!(&beto[col(&format!("{m1}_minutes"))], "30");
    assert_eq!(&beto[col("minutes_total")], "60");
    let ana = rows.iter().find(|r| &r[0] == "Ana").unwrap();
    assert_eq!(&ana[col("modules_passed")], "2");
    assert_eq!(&ana[col(&format!("{m1}_best_score"))], "100");
    assert_eq!(
        &ana[col(&format!("{}_best_score", c.modules[4].id))],
        "",
        "no attempt: empty"
    );
    // Per question: 2 of 3 right at the first try.
    let qtext = std::fs::read_to_string(alerta::report::questions_path(&out)).unwrap();
    let first_q = &c.modules[0].quiz.questions[0].id;
    let line = qtext
        .lines()
        .find(|l| l.starts_with(&format!("{m0},{first_q},")))
        .unwrap();
    assert!(line.contains(",3,2,0.67,"), "{line}");

    // Anonymised: no names.
    let anon = s.data.path().join("anon.csv");
    s.dialogs.answer_save(&anon);
    click(&mut h, "Export as CSV without names");
    let text = std::fs::read_to_string(&anon).unwrap();
    assert!(!text.contains("Ana") && !text.contains("Beto") && text.contains("Learner 3"));

    // A certificate for Ana, as a PDF that parses.
    let pdf = s.data.path().join("ana.pdf");
    s.dialogs.answer_save(&pdf);
    click(&mut h, "Certificate (PDF): Ana");
    let doc = lopdf::Document::load(&pdf).expect("the certificate is a valid PDF");
    assert_eq!(doc.get_pages().len(), 1);
    let text = doc.extract_text(&[1]).unwrap();
    assert!(text.contains("Ana"), "{text}");
    assert!(text.contains(c.modules[0].title.get("en")), "{text}");
    match Proc::new("pdftoppm")
        .args(["-png", "-r", "30"])
        .arg(&pdf)
        .arg(s.data.path().join("page"))
        .output()
    {
        Ok(out) => assert!(out.status.success(), "pdftoppm renders it"),
        Err(_) => println!(
            "skipped: pdftoppm not installed (poppler-utils); the PDF was parsed, not rendered"
        ),
    }
}

fn zip_dir(dir: &Path, zip_path: &Path, prefix: &str) {
    let f = std::fs::File::create(zip_path).unwrap();
    let mut z = zip::ZipWriter::new(f);
    let opts = zip::write::SimpleFileOptions::default();
    for e in std::fs::read_dir(dir).unwrap() {
        let e = e.unwrap();
        z.start_file(format!("{prefix}{}", e.file_name().to_string_lossy()), opts)
            .unwrap();
        z.write_all(&std::fs::read(e.path()).unwrap()).unwrap();
    }
    z.finish().unwrap();
}

#[test]
fn pack_import_broken_then_good_and_switch() {
    let s = Setup::new();
    let src = tempfile::tempdir().unwrap();
    // A good pack: the fixture course, zipped inside a top-level folder.
    let good = src.path().join("good");
    common::copy_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good"),
        &good,
    );
    let good_zip = src.path().join("good.zip");
    zip_dir(&good, &good_zip, "fixture-course/");
    // A broken pack: the same with one bad file.
    let broken = src.path().join("broken");
    common::copy_files(&good, &broken);
    std::fs::write(broken.join("03-bad.ron"), "Module(id: \"bad\", titel: 1)").unwrap();

    let mut h = s.harness();
    enter_facilitator(&mut h);
    click(&mut h, "Lesson packs");
    s.dialogs.answer_folder(&broken);
    click(&mut h, "Import a course folder");
    assert!(has(
        &h,
        "This pack was not installed. Fix these problems first:"
    ));
    assert!(
        has_contains(&h, "03-bad.ron:1:"),
        "the diagnostics are shown"
    );
    let courses = s.data.path().join("courses");
    let installed: Vec<_> = std::fs::read_dir(&courses)
        .map(|r| r.flatten().map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert!(installed.is_empty(), "nothing was copied in: {installed:?}");

    s.dialogs.answer_open(vec![good_zip]);
    click(&mut h, "Import a course .zip");
    assert!(has(&h, "Installed Fixture course."));
    assert!(courses.join("fixture").join("course.ron").exists());
    click(&mut h, "Use this course: fixture");
    assert_eq!(h.state().state.course.meta.id, "fixture");
    assert_eq!(h.state().state.course.modules.len(), 2);
    // The choice is remembered.
    drop(h);
    let h = s.harness();
    assert_eq!(h.state().state.course.meta.id, "fixture");
}

fn alerta(args: &[&str]) -> std::process::Output {
    Proc::new(env!("CARGO_BIN_EXE_alerta"))
        .args(args)
        .output()
        .unwrap()
}

/// `alerta report --lessons L --data-dir D --csv OUT`.
fn report_cli(lessons: &Path, data: &Path, out: &Path) -> std::process::Output {
    alerta(&[
        "report",
        "--lessons",
        lessons.to_str().unwrap(),
        "--data-dir",
        data.to_str().unwrap(),
        "--csv",
        out.to_str().unwrap(),
    ])
}

#[test]
fn cli_report_and_merge() {
    let c = bundled();
    let data = tempfile::tempdir().unwrap();
    let out = data.path().join("empty.csv");
    let lessons = lessons();
    let r = report_cli(&lessons, data.path(), &out);
    assert_eq!(
        r.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&r.stderr)
    );
    let text = std::fs::read_to_string(&out).unwrap();
    assert_eq!(
        text.lines().count(),
        1,
        "only the header on an empty data folder"
    );
    assert!(text.starts_with("learner,source,modules_passed,minutes_total"));

    // Two profiles on this computer.
    let dd = DataDir::at(data.path());
    for (name, right) in [("Ana", true), ("Beto", false)] {
        let mut o = dd
            .create_profile(name, "es", Now { unix: 1, day: 0 })
            .unwrap();
        let id = o.progress.profile.id.clone();
        o.progress = learner(&c, &id, name, right, 15);
        o.store.save(&o.progress).unwrap();
    }
    let out = data.path().join("class.csv");
    let r = report_cli(&lessons, data.path(), &out);
    assert_eq!(r.status.code(), Some(0));
    let text = std::fs::read_to_string(&out).unwrap();
    assert_eq!(text.lines().count(), 3);
    assert!(
        text.lines()
            .nth(1)
            .unwrap()
            .starts_with("Ana,this computer,2,30,100,1,15,,100,,100,1,15,,100,,")
    );

    // The same class as xAPI statements, anonymised.
    let xapi = data.path().join("class.json");
    let r = alerta(&[
        "report",
        "--lessons",
        lessons.to_str().unwrap(),
        "--data-dir",
        data.path().to_str().unwrap(),
        "--xapi",
        xapi.to_str().unwrap(),
        "--anonymised",
    ]);
    assert_eq!(
        r.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&r.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&xapi).unwrap()).unwrap();
    let statements = v.as_array().unwrap();
    let verb = |s: &serde_json::Value| s["verb"]["id"].as_str().unwrap().to_string();
    let count = |v: &str| statements.iter().filter(|s| verb(s).ends_with(v)).count();
    let q: usize = c
        .modules
        .iter()
        .take(2)
        .map(|m| m.quiz.questions.len())
        .sum();
    assert_eq!(
        count("/answered"),
        q + 2 * q,
        "Ana once per question, Beto twice"
    );
    assert_eq!(count("/completed"), 4);
    assert_eq!(count("/passed"), 2);
    assert_eq!(count("/failed"), 2);
    for s in statements {
        assert!(verb(s).starts_with("http://adlnet.gov/expapi/verbs/"));
        assert!(s["actor"]["name"].as_str().unwrap().starts_with("Learner "));
        assert!(
            s["object"]["id"]
                .as_str()
                .unwrap()
                .starts_with("urn:alerta:")
        );
        assert!(s["timestamp"].as_str().unwrap().ends_with('Z'));
    }
    assert!(!String::from_utf8_lossy(&std::fs::read(&xapi).unwrap()).contains("Ana"));

    // merge: three files, one of them junk.
    let usb = tempfile::tempdir().unwrap();
    let a = write_export(usb.path(), "a.ron", &c, &learner(&c, "p-a", "A", true, 5));
    let b = write_export(usb.path(), "b.ron", &c, &learner(&c, "p-b", "B", false, 5));
    let junk = usb.path().join("junk.ron");
    std::fs::write(&junk, [0u8, 159, 146, 150]).unwrap();
    let merged = usb.path().join("merged.csv");
    let r = alerta(&[
        "merge",
        "--lessons",
        lessons.to_str().unwrap(),
        a.to_str().unwrap(),
        b.to_str().unwrap(),
        junk.to_str().unwrap(),
        "--csv",
        merged.to_str().unwrap(),
    ]);
    assert_eq!(r.status.code(), Some(1), "a file was left out");
    assert!(String::from_utf8_lossy(&r.stderr).contains("junk.ron: not used"));
    let text = std::fs::read_to_string(&merged).unwrap();
    assert_eq!(text.lines().count(), 3, "header and two learners");
    assert!(alerta::report::questions_path(&merged).exists());
}
