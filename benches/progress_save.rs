//! An atomic save (temp file, fsync, rename, folder fsync, backup rotation)
//! of a large profile. Run: `cargo bench --bench progress_save`.

use alerta::progress::clock::Now;
use alerta::progress::{Progress, Store};
use criterion::{Criterion, criterion_group, criterion_main};

/// A learner who has done a lot: 5 courses, 60 quiz attempts of 15 answers
/// each per course, 300 pages seen, 50 review cards and 40 scenario runs.
pub fn large_profile() -> Progress {
    let mut p = Progress::new(
        "p-bench",
        "Bench Learner",
        "es",
        Now {
            unix: 1_700_000_000,
            day: 19_675,
        },
    );
    for c in 0..5 {
        let cp = p.courses.entry(format!("course-{c}")).or_default();
        for m in 0..6 {
            let mp = cp.modules.entry(format!("module-{m}")).or_default();
            for l in 0..10 {
                for pg in 0..5 {
                    mp.pages_seen.insert(format!("lesson-{l}#{pg}"));
                }
            }
            mp.best_score = Some(85);
        }
        for a in 0..60 {
            cp.attempts.push(alerta::quiz::QuizAttempt {
                module: format!("module-{}", a % 6),
                attempt_no: a,
                started: 1_700_000_000 + a as i64,
                finished: Some(1_700_000_600 + a as i64),
                answers: (0..15)
                    .map(|q| alerta::quiz::AnswerRecord {
                        question: format!("question-{q}"),
                        try_no: 1,
                        answer: alerta::quiz::Answer::Multi([0, 2].into()),
                        correct: q % 3 != 0,
                        at: 1_700_000_100,
                    })
                    .collect(),
                question_count: 15,
                score_pct: 80,
                passed: true,
                ..Default::default()
            });
        }
        for q in 0..50 {
            cp.review
                .insert(format!("module-1/question-{q}"), Default::default());
        }
        for r in 0..40 {
            cp.scenario_runs.push(alerta::progress::model::ScenarioRun {
                module: "module-2".into(),
                scenario: format!("scenario-{r}"),
                path: vec!["start".into(), "middle".into(), "end".into()],
                ending: Some("end".into()),
                ..Default::default()
            });
        }
    }
    p
}

fn bench(c: &mut Criterion) {
    let tmp = tempfile::tempdir().unwrap();
    let p = large_profile();
    let bytes = alerta::progress::model::to_ron(&p).len();
    let mut store = Store::create(&tmp.path().join("p-bench"), &p).unwrap();
    let mut g = c.benchmark_group("progress");
    g.bench_function(
        format!("atomic save of a large profile ({} KiB)", bytes / 1024),
        |b| b.iter(|| store.save(&p).unwrap()),
    );
    g.bench_function("serialise only", |b| {
        b.iter(|| alerta::progress::model::to_ron(&p))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
