//! A made-up class for trying the class report: `N` learners (default 24) of
//! mixed ability take each module's check before and its quiz on the bundled
//! course; their export files are written to `DIR/usb/` and imported into the
//! data folder `DIR/data/`, as a teacher would from USB sticks.
//!
//! `cargo run --example demo_class -- /tmp/demo 24`, then
//! `alerta --data-dir /tmp/demo/data` → Facilitator mode → Class report.
//! The names are invented; no real learner's data is involved.

use std::path::{Path, PathBuf};

use alerta::course::{Course, Question, QuestionKind};
use alerta::progress::class::{ImportOutcome, import};
use alerta::progress::{DataDir, Now, Progress};
use alerta::quiz::run::QuizRun;
use alerta::quiz::{Answer, a_wrong_answer, model_answer};

const NAMES: [&str; 12] = [
    "Ana", "Brayan", "Carmen", "Dilcia", "Edwin", "Fátima", "Gerson", "Heidy", "Iván", "Jazmín",
    "Kenia", "Luis",
];

/// A wrong answer that varies, so every distractor gets some picks.
fn wrong(q: &Question, rng: &mut fastrand::Rng) -> Answer {
    match &q.kind {
        QuestionKind::Single { choices } => {
            let wrong: Vec<usize> = (0..choices.len())
                .filter(|&i| !choices[i].correct)
                .collect();
            Answer::Single(wrong[rng.usize(..wrong.len())])
        }
        _ => a_wrong_answer(q),
    }
}

/// One run through `questions`: right with probability `p` (a second try a
/// little likelier), otherwise a plausible wrong answer.
fn take(
    module: &str,
    questions: &[Question],
    pass_mark: u8,
    p: f64,
    rng: &mut fastrand::Rng,
    now: i64,
) -> QuizRun {
    let mut run = QuizRun::for_questions(module, questions, pass_mark, 1, rng.u64(..), now);
    for (qi, q) in questions.iter().enumerate() {
        for try_no in 0..2 {
            if run.states[qi].status.is_closed() {
                break;
            }
            let right = rng.f64() < p + 0.15 * f64::from(try_no);
            let a = if right {
                model_answer(q)
            } else {
                wrong(q, rng)
            };
            let _ = run.submit(questions, qi, a, now + 30);
        }
    }
    run
}

fn learner(c: &Course, n: usize, rng: &mut fastrand::Rng) -> Progress {
    let name = format!("{} {}", NAMES[n % NAMES.len()], n / NAMES.len() + 1);
    let day = 20_400 + n as i32;
    let now = Now {
        unix: i64::from(day) * 86_400 + 9 * 3600,
        day,
    };
    let mut p = Progress::new(&format!("p-demo-{n:03}"), &name, "es", now);
    let ability = 0.35 + 0.6 * rng.f64();
    for m in &c.modules {
        if let Some(pc) = &m.pre_check {
            let run = take(&m.id, &pc.questions, 0, ability * 0.55, rng, now.unix);
            p.record_pre_check(c, run.to_attempt(Some(now.unix + 300)));
        }
        let run = take(
            &m.id,
            &m.quiz.questions,
            m.quiz.pass_mark,
            ability,
            rng,
            now.unix,
        );
        p.record_attempt(c, m, run.to_attempt(Some(now.unix + 900)), now);
        p.add_time(c, &m.id, 600 + rng.u64(..1200));
    }
    p.saved_at = now.unix + 1000;
    p
}

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().unwrap_or_else(|| "demo-class".into()));
    let n: usize = args.next().map_or(Ok(24), |s| s.parse())?;
    let lessons = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
    let course = alerta::course::load_dir(&lessons)?.course;
    let usb = dir.join("usb");
    std::fs::create_dir_all(&usb)?;
    let mut rng = fastrand::Rng::with_seed(2026);
    let mut files = Vec::new();
    for i in 0..n {
        let p = learner(&course, i, &mut rng);
        let f = usb.join(format!("learner-{i:03}.ron"));
        alerta::progress::export::write_export(&f, &p, &course, p.saved_at)?;
        files.push(f);
    }
    let data = DataDir::at(dir.join("data"));
    let added = import(&data, &course, &files)
        .iter()
        .filter(|o| matches!(o, ImportOutcome::Added { .. }))
        .count();
    println!(
        "{added} of {n} learners imported into {}",
        dir.join("data").display()
    );
    Ok(())
}
