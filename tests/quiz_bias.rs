//! Simulated learners who do not read: they always pick the first choice
//! shown, or the longest, or always answer true, or always false, or guess at
//! random, on both tries. Over many seeded attempts at every module of the
//! bundled course, each must stay below the module's pass mark on average.
//! The test prints their mean scores.

use std::collections::BTreeSet;
use std::path::Path;

use alerta::course::{Choice, Module, Question, QuestionKind};
use alerta::quiz::Answer;
use alerta::quiz::run::QuizRun;

const SEEDS: u64 = 200;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Strategy {
    FirstShown,
    Longest,
    AlwaysTrue,
    AlwaysFalse,
    Random,
    /// Reads the pattern, not the text: the first choices shown, as many as
    /// are right (the first edition's hints gave the count away), and
    /// "false" on every true/false (the first edition leaned on it).
    Pattern,
}

/// What a learner of this strategy answers, from the choices as shown.
fn answer(
    s: Strategy,
    q: &Question,
    layout: &[usize],
    lang: &str,
    rng: &mut fastrand::Rng,
) -> Answer {
    let longest = |lens: &mut dyn Iterator<Item = (usize, usize)>| -> usize {
        lens.max_by_key(|&(_, len)| len).map_or(0, |(i, _)| i)
    };
    // How many are right: the first edition's hints gave it away.
    let right = match alerta::quiz::model_answer(q) {
        Answer::Multi(set) | Answer::Spot(set) => set.len().max(1),
        _ => 1,
    };
    // The one choice this learner picks among those shown.
    let mut pick = |choices: &[Choice]| match s {
        Strategy::Longest => longest(
            &mut layout
                .iter()
                .map(|&i| (i, choices[i].text.get(lang).chars().count())),
        ),
        Strategy::Random => layout[rng.usize(..layout.len())],
        _ => layout[0],
    };
    match &q.kind {
        QuestionKind::Single { choices } => Answer::Single(pick(choices)),
        QuestionKind::Multi { .. } if s == Strategy::Pattern => {
            Answer::Multi(layout.iter().take(right).copied().collect())
        }
        QuestionKind::Multi { choices } => Answer::Multi(BTreeSet::from([pick(choices)])),
        QuestionKind::TrueFalse { .. } => Answer::TrueFalse(match s {
            Strategy::AlwaysFalse | Strategy::Pattern => false,
            Strategy::Random => rng.bool(),
            _ => true,
        }),
        // Leaves the items in the order shown.
        QuestionKind::Order { .. } => Answer::Order(layout.to_vec()),
        QuestionKind::SpotFlags { .. } if s == Strategy::Pattern => {
            Answer::Spot((0..right).collect())
        }
        QuestionKind::SpotFlags { artefact, .. } => Answer::Spot(BTreeSet::from([match s {
            Strategy::Random => rng.usize(..artefact.parts.len()),
            Strategy::Longest => longest(
                &mut artefact
                    .parts
                    .iter()
                    .enumerate()
                    .map(|(i, p)| (i, p.text.get(lang).chars().count())),
            ),
            _ => 0,
        }])),
    }
}

fn mean_score(m: &Module, s: Strategy, lang: &str) -> f64 {
    let mut total = 0.0;
    for seed in 0..SEEDS {
        let mut run = QuizRun::new(m, 1, seed, 0);
        if author_order() {
            // The first edition showed choices in the author's order on the
            // first attempt (ordering items were already shuffled).
            for (layout, q) in run.layouts.iter_mut().zip(&m.quiz.questions) {
                if !matches!(q.kind, QuestionKind::Order { .. }) {
                    layout.sort_unstable();
                }
            }
        }
        let mut rng = fastrand::Rng::with_seed(seed ^ 0xA11E);
        for (qi, q) in m.quiz.questions.iter().enumerate() {
            // Two tries, as the app allows; the guesser does not learn from the first.
            for _ in 0..2 {
                if run.states[qi].status.is_closed() {
                    break;
                }
                let a = answer(s, q, &run.layouts[qi], lang, &mut rng);
                let _ = run.submit(&m.quiz.questions, qi, a, 0);
            }
        }
        total += f64::from(run.score_pct());
    }
    total / SEEDS as f64
}

/// `QUIZ_BIAS_AUTHOR_ORDER=1` replays the first edition's first attempt
/// (choices in the author's order) to measure what shuffling changed; the
/// test then only prints.
fn author_order() -> bool {
    std::env::var_os("QUIZ_BIAS_AUTHOR_ORDER").is_some()
}

#[test]
fn learners_who_do_not_read_do_not_pass() {
    // `QUIZ_BIAS_LESSONS=DIR` measures another course (for example an older edition).
    let dir = std::env::var_os("QUIZ_BIAS_LESSONS").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons"),
        std::path::PathBuf::from,
    );
    let course = alerta::course::load_dir(&dir).unwrap().course;
    assert!(!course.modules.is_empty());
    let strategies = [
        Strategy::FirstShown,
        Strategy::Longest,
        Strategy::AlwaysTrue,
        Strategy::AlwaysFalse,
        Strategy::Random,
        Strategy::Pattern,
    ];
    let mut failures = Vec::new();
    println!("mean scores over {SEEDS} attempts (pass mark in brackets):");
    for m in &course.modules {
        for lang in &course.meta.languages {
            let mut line = format!("{:<28} {lang} [{}]", m.id, m.quiz.pass_mark);
            for s in strategies {
                let mean = mean_score(m, s, lang);
                line.push_str(&format!("  {s:?} {mean:.0}%"));
                if mean >= f64::from(m.quiz.pass_mark) {
                    failures.push(format!("{} ({lang}): {s:?} averages {mean:.0}%", m.id));
                }
            }
            println!("{line}");
        }
    }
    if author_order() || std::env::var_os("QUIZ_BIAS_LESSONS").is_some() {
        println!("measurement only (QUIZ_BIAS_* set): {failures:#?}");
        return;
    }
    assert!(failures.is_empty(), "guessing passes: {failures:#?}");
}
