//! One attempt at a module's quiz: tries, hints, the model answer, the score.
//!
//! - A wrong try offers the hint. After two wrong tries the model answer and
//!   its explanation are shown, and the question is closed.
//! - Scoring: a question right at the first try earns a full point, right at
//!   the second try half a point, and nothing once the answer was shown. The
//!   score is the percentage of points over questions, rounded to the nearest
//!   whole number; the module is passed when it reaches the quiz's pass mark.
//! - Choices of Single and Multi questions are shuffled on every attempt, the
//!   first included, so no position gives the answer away; a choice the author
//!   pinned (`pin: First` or `pin: Last`) keeps its place. Ordering items never
//!   start in the right order nor in exactly the reverse order. True/false keeps
//!   its natural order. The shuffle is seeded per attempt, so a test (and a
//!   bug report) can reproduce it; grading and stored answers use the course's
//!   own indices, so they follow the choice, not its position.

use serde::{Deserialize, Serialize};

use super::grade::{Answer, Grade, GradeError, grade};
use crate::course::{Module, Question, QuestionKind};

/// Wrong tries after which the model answer is shown.
pub const TRIES_BEFORE_REVEAL: u8 = 2;

/// One try at one question, as stored in the learner's progress.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnswerRecord {
    pub question: String,
    pub try_no: u8,
    pub answer: Answer,
    pub correct: bool,
    /// Unix seconds.
    pub at: i64,
}

/// A finished (or abandoned) attempt at a quiz.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct QuizAttempt {
    pub module: String,
    pub attempt_no: u32,
    pub seed: u64,
    pub started: i64,
    pub finished: Option<i64>,
    pub answers: Vec<AnswerRecord>,
    pub question_count: u32,
    pub score_pct: u8,
    pub passed: bool,
}

impl Default for QuizAttempt {
    fn default() -> Self {
        QuizAttempt {
            module: String::new(),
            attempt_no: 1,
            seed: 0,
            started: 0,
            finished: None,
            answers: Vec::new(),
            question_count: 0,
            score_pct: 0,
            passed: false,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Open,
    Right {
        on_try: u8,
    },
    /// Two wrong tries: the model answer is showing.
    Revealed,
}

impl Status {
    pub fn is_closed(self) -> bool {
        !matches!(self, Status::Open)
    }
    /// Points earned, in halves (2 = a full point).
    fn half_points(self) -> u32 {
        match self {
            Status::Right { on_try: 1 } => 2,
            Status::Right { .. } => 1,
            _ => 0,
        }
    }
}

#[derive(Clone, Debug)]
pub struct QuestionState {
    pub tries: u8,
    pub status: Status,
    pub last: Option<(Answer, Grade)>,
}

/// What the screen should show after a try.
#[derive(Clone, Debug)]
pub struct TryOutcome {
    pub grade: Grade,
    pub status: Status,
    /// Wrong, and the question has a hint worth offering now.
    pub offer_hint: bool,
    /// The model answer and explanation should now be shown.
    pub reveal: bool,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum RunError {
    #[error("there is no question {0}")]
    NoSuchQuestion(usize),
    #[error("this question is already closed")]
    Closed,
    #[error(transparent)]
    Grade(#[from] GradeError),
}

#[derive(Clone, Debug)]
pub struct QuizRun {
    pub module: String,
    pub attempt_no: u32,
    pub seed: u64,
    pub started: i64,
    pub pass_mark: u8,
    /// Per question: the display order of its options, as course indices.
    pub layouts: Vec<Vec<usize>>,
    pub states: Vec<QuestionState>,
    pub records: Vec<AnswerRecord>,
    question_ids: Vec<String>,
}

/// A permutation of `0..n` from a seeded generator.
pub fn shuffled(n: usize, rng: &mut fastrand::Rng) -> Vec<usize> {
    let mut v: Vec<usize> = (0..n).collect();
    rng.shuffle(&mut v);
    v
}

/// A shuffled order of `choices` that keeps pinned choices first or last.
pub fn choice_layout(choices: &[crate::course::Choice], rng: &mut fastrand::Rng) -> Vec<usize> {
    use crate::course::Pin;
    let first: Vec<usize> = (0..choices.len())
        .filter(|&i| choices[i].pin == Some(Pin::First))
        .collect();
    let last: Vec<usize> = (0..choices.len())
        .filter(|&i| choices[i].pin == Some(Pin::Last))
        .collect();
    let mut middle: Vec<usize> = (0..choices.len())
        .filter(|&i| choices[i].pin.is_none())
        .collect();
    rng.shuffle(&mut middle);
    first.into_iter().chain(middle).chain(last).collect()
}

/// A starting order for `n` ordering items that is neither the right order
/// nor its exact reverse (when `n` > 2 allows one).
pub fn order_layout(n: usize, rng: &mut fastrand::Rng) -> Vec<usize> {
    let is_sorted = |o: &[usize]| o.iter().enumerate().all(|(i, &x)| i == x);
    let is_reversed = |o: &[usize]| o.iter().enumerate().all(|(i, &x)| x == n - 1 - i);
    let mut order = shuffled(n, rng);
    if n < 2 {
        return order;
    }
    if n == 2 {
        // Only two orders exist; the wrong one is the reverse.
        return vec![1, 0];
    }
    for _ in 0..32 {
        if !is_sorted(&order) && !is_reversed(&order) {
            return order;
        }
        rng.shuffle(&mut order);
    }
    // Deterministic fallback: the right order with the first two swapped.
    let mut order: Vec<usize> = (0..n).collect();
    order.swap(0, 1);
    order
}

impl QuizRun {
    /// An attempt at `module`'s quiz.
    pub fn new(module: &Module, attempt_no: u32, seed: u64, now: i64) -> QuizRun {
        QuizRun::for_questions(
            &module.id,
            &module.quiz.questions,
            module.quiz.pass_mark,
            attempt_no,
            seed,
            now,
        )
    }

    /// An attempt at any list of questions (a quiz, or the check before a module).
    pub fn for_questions(
        module: &str,
        questions: &[Question],
        pass_mark: u8,
        attempt_no: u32,
        seed: u64,
        now: i64,
    ) -> QuizRun {
        let mut rng = fastrand::Rng::with_seed(seed);
        let layouts = questions
            .iter()
            .map(|q| match &q.kind {
                QuestionKind::Single { choices } | QuestionKind::Multi { choices } => {
                    choice_layout(choices, &mut rng)
                }
                QuestionKind::Order { items } => order_layout(items.len(), &mut rng),
                QuestionKind::TrueFalse { .. } => vec![0, 1],
                QuestionKind::SpotFlags { artefact, .. } => (0..artefact.parts.len()).collect(),
            })
            .collect();
        let n = questions.len();
        QuizRun {
            module: module.to_string(),
            attempt_no,
            seed,
            started: now,
            pass_mark,
            layouts,
            states: vec![
                QuestionState {
                    tries: 0,
                    status: Status::Open,
                    last: None,
                };
                n
            ],
            records: Vec::new(),
            question_ids: questions.iter().map(|q| q.id.clone()).collect(),
        }
    }

    /// Whether this run was made for exactly these questions (after a course reload).
    pub fn fits(&self, questions: &[Question]) -> bool {
        self.question_ids.len() == questions.len()
            && self
                .question_ids
                .iter()
                .zip(questions)
                .all(|(id, q)| *id == q.id)
    }

    pub fn len(&self) -> usize {
        self.states.len()
    }

    pub fn is_empty(&self) -> bool {
        self.states.is_empty()
    }

    /// Grades a try at question `qi` and records it.
    pub fn submit(
        &mut self,
        questions: &[Question],
        qi: usize,
        answer: Answer,
        now: i64,
    ) -> Result<TryOutcome, RunError> {
        let q = questions.get(qi).ok_or(RunError::NoSuchQuestion(qi))?;
        if self.question_id(qi) != Some(q.id.as_str()) {
            return Err(RunError::NoSuchQuestion(qi));
        }
        let st = self
            .states
            .get_mut(qi)
            .ok_or(RunError::NoSuchQuestion(qi))?;
        if st.status.is_closed() {
            return Err(RunError::Closed);
        }
        let g = grade(q, &answer)?;
        st.tries += 1;
        st.status = if g.correct {
            Status::Right { on_try: st.tries }
        } else if st.tries >= TRIES_BEFORE_REVEAL {
            Status::Revealed
        } else {
            Status::Open
        };
        st.last = Some((answer.clone(), g.clone()));
        self.records.push(AnswerRecord {
            question: q.id.clone(),
            try_no: st.tries,
            answer,
            correct: g.correct,
            at: now,
        });
        Ok(TryOutcome {
            offer_hint: !g.correct && st.status == Status::Open && q.hint.is_some(),
            reveal: st.status == Status::Revealed,
            status: st.status,
            grade: g,
        })
    }

    pub fn all_closed(&self) -> bool {
        self.states.iter().all(|s| s.status.is_closed())
    }

    /// The score so far, as a whole percentage of all questions.
    pub fn score_pct(&self) -> u8 {
        score_pct(
            self.states.iter().map(|s| s.status.half_points()).sum(),
            self.len(),
        )
    }

    pub fn passed(&self) -> bool {
        self.score_pct() >= self.pass_mark
    }

    /// Questions not answered right at the first try, with their index.
    pub fn missed(&self) -> Vec<usize> {
        self.states
            .iter()
            .enumerate()
            .filter(|(_, s)| s.status != Status::Right { on_try: 1 })
            .map(|(i, _)| i)
            .collect()
    }

    /// The record to keep in the learner's progress.
    pub fn to_attempt(&self, finished: Option<i64>) -> QuizAttempt {
        QuizAttempt {
            module: self.module.clone(),
            attempt_no: self.attempt_no,
            seed: self.seed,
            started: self.started,
            finished,
            answers: self.records.clone(),
            question_count: self.len() as u32,
            score_pct: self.score_pct(),
            passed: finished.is_some() && self.passed(),
        }
    }

    pub fn question_id(&self, qi: usize) -> Option<&str> {
        self.question_ids.get(qi).map(String::as_str)
    }
}

/// Half-points over `n` questions as a rounded percentage.
pub fn score_pct(half_points: u32, n: usize) -> u8 {
    if n == 0 {
        return 0;
    }
    let pct = (half_points as f64 * 50.0 / n as f64).round();
    pct.clamp(0.0, 100.0) as u8
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::course::load_dir;
    use crate::quiz::grade::{a_wrong_answer, model_answer};

    fn module() -> Module {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good");
        let loaded = load_dir(&dir).unwrap();
        loaded.course.module("what-is-trafficking").unwrap().clone()
    }

    #[test]
    fn all_right_first_try_passes() {
        let m = module();
        let mut run = QuizRun::new(&m, 1, 7, 100);
        for (i, q) in m.quiz.questions.iter().enumerate() {
            let out = run
                .submit(&m.quiz.questions, i, model_answer(q), 101)
                .unwrap();
            assert!(out.grade.correct);
            assert_eq!(out.status, Status::Right { on_try: 1 });
        }
        assert!(run.all_closed());
        assert_eq!(run.score_pct(), 100);
        let a = run.to_attempt(Some(200));
        assert!(a.passed);
        assert_eq!(a.answers.len(), m.quiz.questions.len());
    }

    #[test]
    fn wrong_then_right_earns_half_and_hint_is_offered() {
        let m = module();
        let mut run = QuizRun::new(&m, 1, 7, 0);
        for (i, q) in m.quiz.questions.iter().enumerate() {
            let out = run
                .submit(&m.quiz.questions, i, a_wrong_answer(q), 1)
                .unwrap();
            assert!(
                !out.grade.correct,
                "question {} wrong answer graded right",
                q.id
            );
            assert!(!out.reveal);
            assert_eq!(out.offer_hint, q.hint.is_some());
            let out = run
                .submit(&m.quiz.questions, i, model_answer(q), 2)
                .unwrap();
            assert_eq!(out.status, Status::Right { on_try: 2 });
        }
        assert_eq!(run.score_pct(), 50);
        assert!(!run.passed(), "50% is below the pass mark of 80");
        assert_eq!(run.missed().len(), m.quiz.questions.len());
    }

    #[test]
    fn two_wrong_tries_reveal_and_close() {
        let m = module();
        let mut run = QuizRun::new(&m, 1, 7, 0);
        let q = &m.quiz.questions[0];
        run.submit(&m.quiz.questions, 0, a_wrong_answer(q), 1)
            .unwrap();
        let out = run
            .submit(&m.quiz.questions, 0, a_wrong_answer(q), 2)
            .unwrap();
        assert!(out.reveal);
        assert_eq!(out.status, Status::Revealed);
        assert_eq!(
            run.submit(&m.quiz.questions, 0, model_answer(q), 3)
                .unwrap_err(),
            RunError::Closed
        );
    }

    #[test]
    fn every_attempt_shuffles_reproducibly() {
        let m = module();
        // The first attempt is shuffled too: over many seeds the right answer
        // of a Single question is not always shown first.
        let firsts: std::collections::BTreeSet<usize> = (0..50u64)
            .map(|s| QuizRun::new(&m, 1, s, 0).layouts[0][0])
            .collect();
        assert!(firsts.len() > 1, "first attempts all start the same way");
        let a = QuizRun::new(&m, 2, 42, 0);
        let b = QuizRun::new(&m, 2, 42, 0);
        assert_eq!(a.layouts, b.layouts, "same seed, same order");
        let differs = (0..50u64).any(|s| QuizRun::new(&m, 2, s, 0).layouts != a.layouts);
        assert!(differs, "different seeds give different orders");
        // Ordering questions never start solved.
        for seed in 0..200 {
            let r = QuizRun::new(&m, 1, seed, 0);
            for (qi, q) in m.quiz.questions.iter().enumerate() {
                if let QuestionKind::Order { items } = &q.kind {
                    let l = &r.layouts[qi];
                    let n = items.len();
                    assert!(!l.iter().enumerate().all(|(i, &x)| i == x));
                    if n > 2 {
                        assert!(!l.iter().enumerate().all(|(i, &x)| x == n - 1 - i));
                    }
                }
            }
        }
    }

    fn choices(pins: &[Option<crate::course::Pin>]) -> Vec<crate::course::Choice> {
        pins.iter()
            .map(|&pin| crate::course::Choice {
                text: Default::default(),
                correct: false,
                pin,
                feedback: None,
            })
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn layouts_are_permutations_and_pins_stay(n in 2usize..8, seed: u64, pin_last: bool, pin_first: bool) {
            use crate::course::Pin;
            let mut pins = vec![None; n];
            if pin_last { pins[n - 1] = Some(Pin::Last); }
            if pin_first && n > 2 { pins[1] = Some(Pin::First); }
            let cs = choices(&pins);
            let l = choice_layout(&cs, &mut fastrand::Rng::with_seed(seed));
            let mut sorted = l.clone();
            sorted.sort();
            proptest::prop_assert_eq!(sorted, (0..n).collect::<Vec<_>>());
            if pin_last { proptest::prop_assert_eq!(*l.last().unwrap(), n - 1); }
            if pin_first && n > 2 { proptest::prop_assert_eq!(l[0], 1); }
            let o = order_layout(n, &mut fastrand::Rng::with_seed(seed));
            let mut so = o.clone();
            so.sort();
            proptest::prop_assert_eq!(so, (0..n).collect::<Vec<_>>());
            proptest::prop_assert!(o.iter().enumerate().any(|(i, &x)| i != x));
            if n > 2 {
                proptest::prop_assert!(o.iter().enumerate().any(|(i, &x)| x != n - 1 - i));
            }
        }
    }

    #[test]
    fn score_rounding() {
        assert_eq!(score_pct(0, 0), 0);
        assert_eq!(score_pct(2, 3), 33);
        assert_eq!(score_pct(5, 3), 83);
        assert_eq!(score_pct(24, 12), 100);
    }
}
