//! Item analysis: which questions work.
//!
//! Computed from each learner's **first finished attempt** at a module's quiz
//! (retries would make every question look easy), using the answer at the
//! first try of each question:
//!
//! - **share right at the first try**;
//! - **discrimination index**: the share right among the upper 27% of
//!   learners by that attempt's score, minus the share right among the lower
//!   27% (at least one learner in each group; ties keep class order). A good
//!   question is answered right more often by those who know the module;
//!   a negative index means the question confuses those who do;
//! - **picks**: how often each option (in the course's own order) was chosen;
//! - **flags**, only once at least [`MIN_ANSWERS`] learners answered (fewer
//!   tell nothing): too easy (over 90% right at the first try), confusing
//!   (negative discrimination), and distractors nobody picked.

use std::collections::BTreeMap;

use crate::course::{Course, QuestionKind};
use crate::progress::Progress;
use crate::quiz::{Answer, QuizAttempt};

/// Fewer answers than this give no flags.
pub const MIN_ANSWERS: u32 = 5;
/// The share of learners in each of the upper and lower groups.
pub const GROUP_SHARE: f64 = 0.27;

#[derive(Clone, Debug, PartialEq)]
pub enum ItemFlag {
    /// Over 90% right at the first try.
    TooEasy,
    /// Learners who did worse overall got it right more often.
    Confusing,
    /// Wrong options (course indices) that nobody picked.
    UnusedDistractors(Vec<usize>),
}

/// What the analysis found for one question.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ItemStats {
    pub answered: u32,
    pub right: u32,
    pub discrimination: Option<f64>,
    /// Per option, in the course's order (true/false: true, false).
    pub picks: Vec<u32>,
    pub flags: Vec<ItemFlag>,
}

/// How many options a question has, for counting picks.
pub fn option_count(kind: &QuestionKind) -> usize {
    match kind {
        QuestionKind::Single { choices } | QuestionKind::Multi { choices } => choices.len(),
        QuestionKind::TrueFalse { .. } => 2,
        QuestionKind::SpotFlags { artefact, .. } => artefact.parts.len(),
        QuestionKind::Order { .. } => 0,
    }
}

fn picked(answer: &Answer) -> Vec<usize> {
    match answer {
        Answer::Single(i) => vec![*i],
        Answer::Multi(s) | Answer::Spot(s) => s.iter().copied().collect(),
        Answer::TrueFalse(b) => vec![if *b { 0 } else { 1 }],
        Answer::Order(_) => Vec::new(),
    }
}

/// The first finished attempt at each module, per learner.
fn first_attempts<'p>(course_id: &str, p: &'p Progress) -> BTreeMap<&'p str, &'p QuizAttempt> {
    let mut out: BTreeMap<&str, &QuizAttempt> = BTreeMap::new();
    if let Some(cp) = p.course(course_id) {
        for a in cp.attempts.iter().filter(|a| a.finished.is_some()) {
            out.entry(a.module.as_str())
                .and_modify(|e| {
                    if a.started < e.started {
                        *e = a;
                    }
                })
                .or_insert(a);
        }
    }
    out
}

/// Item statistics for every question of `course`, keyed by (module, question).
pub fn analyse(course: &Course, learners: &[&Progress]) -> BTreeMap<(String, String), ItemStats> {
    let cid = &course.meta.id;
    let firsts: Vec<BTreeMap<&str, &QuizAttempt>> =
        learners.iter().map(|p| first_attempts(cid, p)).collect();
    let mut out = BTreeMap::new();
    for m in &course.modules {
        // Learners with a finished attempt, ranked by its score (stable).
        let mut ranked: Vec<&QuizAttempt> = firsts
            .iter()
            .filter_map(|f| f.get(m.id.as_str()).copied())
            .collect();
        ranked.sort_by_key(|a| std::cmp::Reverse(a.score_pct));
        let n = ranked.len();
        let k = ((n as f64 * GROUP_SHARE).round() as usize).max(1);
        for q in &m.quiz.questions {
            let first_try = |a: &QuizAttempt| -> Option<(bool, Answer)> {
                a.answers
                    .iter()
                    .find(|r| r.question == q.id && r.try_no == 1)
                    .map(|r| (r.correct, r.answer.clone()))
            };
            let mut s = ItemStats {
                picks: vec![0; option_count(&q.kind)],
                ..Default::default()
            };
            for a in &ranked {
                if let Some((right, answer)) = first_try(a) {
                    s.answered += 1;
                    s.right += u32::from(right);
                    for i in picked(&answer) {
                        if let Some(c) = s.picks.get_mut(i) {
                            *c += 1;
                        }
                    }
                }
            }
            if n >= 2 {
                let share = |group: &[&QuizAttempt]| -> Option<f64> {
                    let answers: Vec<bool> = group
                        .iter()
                        .filter_map(|a| first_try(a).map(|x| x.0))
                        .collect();
                    (!answers.is_empty()).then(|| {
                        answers.iter().filter(|r| **r).count() as f64 / answers.len() as f64
                    })
                };
                let upper = &ranked[..k.min(n)];
                let lower = &ranked[n.saturating_sub(k)..];
                if let (Some(u), Some(l)) = (share(upper), share(lower)) {
                    s.discrimination = Some(u - l);
                }
            }
            if s.answered >= MIN_ANSWERS {
                if f64::from(s.right) / f64::from(s.answered) > 0.9 {
                    s.flags.push(ItemFlag::TooEasy);
                }
                if s.discrimination.is_some_and(|d| d < 0.0) {
                    s.flags.push(ItemFlag::Confusing);
                }
                if let QuestionKind::Single { choices } | QuestionKind::Multi { choices } = &q.kind
                {
                    let unused: Vec<usize> = choices
                        .iter()
                        .enumerate()
                        .filter(|(i, c)| !c.correct && s.picks.get(*i) == Some(&0))
                        .map(|(i, _)| i)
                        .collect();
                    if !unused.is_empty() {
                        s.flags.push(ItemFlag::UnusedDistractors(unused));
                    }
                }
            }
            out.insert((m.id.clone(), q.id.clone()), s);
        }
    }
    out
}

/// Picks as text for a CSV cell: `A:3; B:0; C:5` (options in course order).
pub fn picks_text(picks: &[u32]) -> String {
    picks
        .iter()
        .enumerate()
        .map(|(i, n)| format!("{}:{n}", (b'A' + (i as u8 % 26)) as char))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Flags as stable words for a CSV cell.
pub fn flags_text(flags: &[ItemFlag]) -> String {
    flags
        .iter()
        .map(|f| match f {
            ItemFlag::TooEasy => "too_easy".to_string(),
            ItemFlag::Confusing => "confusing".to_string(),
            ItemFlag::UnusedDistractors(v) => format!(
                "unused_distractor:{}",
                v.iter()
                    .map(|i| ((b'A' + (*i as u8 % 26)) as char).to_string())
                    .collect::<String>()
            ),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::clock::Now;
    use crate::quiz::AnswerRecord;

    /// Six learners with known first attempts (scores 100, 90, 80, 50, 30,
    /// 10), so the upper and lower groups are two learners each.
    #[test]
    fn matches_hand_computed_numbers() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good");
        let c = crate::course::load_dir(&dir).unwrap().course;
        let m = c.module("what-is-trafficking").unwrap();
        let single = &m.quiz.questions[0]; // choices: 0 right, 1 and 2 wrong
        let tf = &m.quiz.questions[2]; // answer: false
        assert!(matches!(single.kind, QuestionKind::Single { .. }));
        assert!(matches!(
            tf.kind,
            QuestionKind::TrueFalse { answer: false, .. }
        ));
        // (score, single pick, tf answer)
        let class = [
            (100, 0, true),
            (90, 0, true),
            (80, 1, false),
            (50, 0, false),
            (30, 1, false),
            (10, 1, false),
        ];
        let learners: Vec<Progress> = class
            .iter()
            .enumerate()
            .map(|(i, &(score, pick, said))| {
                let mut p = Progress::new(
                    &format!("p-{i}"),
                    &format!("L{i}"),
                    "es",
                    Now { unix: 0, day: 0 },
                );
                let attempt = QuizAttempt {
                    module: m.id.clone(),
                    started: 10,
                    finished: Some(20),
                    score_pct: score,
                    answers: vec![
                        AnswerRecord {
                            question: single.id.clone(),
                            try_no: 1,
                            answer: Answer::Single(pick),
                            correct: pick == 0,
                            at: 11,
                        },
                        AnswerRecord {
                            question: tf.id.clone(),
                            try_no: 1,
                            answer: Answer::TrueFalse(said),
                            correct: !said,
                            at: 12,
                        },
                    ],
                    ..Default::default()
                };
                p.record_attempt(&c, m, attempt, Now { unix: 20, day: 0 });
                // A later, perfect retry must not count: only first attempts do.
                let retry = QuizAttempt {
                    module: m.id.clone(),
                    started: 30,
                    finished: Some(40),
                    score_pct: 100,
                    answers: vec![AnswerRecord {
                        question: single.id.clone(),
                        try_no: 1,
                        answer: Answer::Single(0),
                        correct: true,
                        at: 31,
                    }],
                    ..Default::default()
                };
                p.record_attempt(&c, m, retry, Now { unix: 40, day: 0 });
                p
            })
            .collect();
        let refs: Vec<&Progress> = learners.iter().collect();
        let stats = analyse(&c, &refs);
        let s = &stats[&(m.id.clone(), single.id.clone())];
        assert_eq!((s.answered, s.right), (6, 3));
        // Upper two both right (1.0), lower two both wrong (0.0).
        assert_eq!(s.discrimination, Some(1.0));
        assert_eq!(s.picks, vec![3, 3, 0]);
        assert_eq!(s.flags, vec![ItemFlag::UnusedDistractors(vec![2])]);
        let t = &stats[&(m.id.clone(), tf.id.clone())];
        assert_eq!((t.answered, t.right), (6, 4));
        // Upper two said "true" (wrong), lower two said "false" (right).
        assert_eq!(t.discrimination, Some(-1.0));
        assert_eq!(t.picks, vec![2, 4]);
        assert_eq!(t.flags, vec![ItemFlag::Confusing]);
        assert_eq!(picks_text(&s.picks), "A:3; B:3; C:0");
        assert_eq!(flags_text(&t.flags), "confusing");
    }
}
