//! Grading one answer to one question. Pure functions over the course model.
//!
//! Rules:
//! - **Single** and **true/false**: right when the chosen option is the correct one.
//! - **Multi** ("select all that apply"): right only when the selection is
//!   exactly the set of correct choices. There is no partial credit, because a
//!   learner who also ticks a wrong warning sign has not yet told the two apart;
//!   the feedback still marks each choice as right, wrong, or missed.
//! - **Order**: right only when every item is in its place; the result says
//!   which positions are already right.
//! - **Spot the flags**: right when every flagged part is found and nothing else
//!   is selected. The result lists flags found, flags missed and false alarms.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::course::{Question, QuestionKind, Text};

/// What the learner answered, in the course's own indices (not the shuffled
/// display order), so it can be stored and graded again later.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    Single(usize),
    Multi(BTreeSet<usize>),
    TrueFalse(bool),
    /// Item indices in the order the learner put them.
    Order(Vec<usize>),
    /// Indices of the artefact parts the learner selected.
    Spot(BTreeSet<usize>),
}

/// How one option fared, for drawing ticks and crosses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// Picked, and it is correct (or a flag found).
    RightPick,
    /// Picked, but it is not correct (or a false alarm).
    WrongPick,
    /// Not picked, but it is correct (or a flag missed).
    Missed,
    /// Not picked, and rightly so.
    Untouched,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SpotResult {
    pub found: Vec<usize>,
    pub missed: Vec<usize>,
    pub false_alarms: Vec<usize>,
}

/// The result of grading one try.
#[derive(Clone, Debug, PartialEq)]
pub struct Grade {
    pub correct: bool,
    /// Per option (choice, item position, or artefact part), in course order.
    pub marks: Vec<Mark>,
    /// Feedback for what the learner picked (and for flags they missed), in course order.
    pub feedback: Vec<(usize, Text)>,
    pub spot: Option<SpotResult>,
}

/// Why an answer could not be graded: it does not fit the question.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum GradeError {
    #[error("the answer is for a different kind of question")]
    WrongKind,
    #[error("the answer refers to option {0}, which does not exist")]
    OutOfRange(usize),
    #[error("an ordering must use every item exactly once")]
    BadOrder,
}

pub fn grade(q: &Question, answer: &Answer) -> Result<Grade, GradeError> {
    match (&q.kind, answer) {
        (QuestionKind::Single { choices }, Answer::Single(pick)) => {
            if *pick >= choices.len() {
                return Err(GradeError::OutOfRange(*pick));
            }
            let picked = BTreeSet::from([*pick]);
            Ok(grade_choices(choices, &picked))
        }
        (QuestionKind::Multi { choices }, Answer::Multi(picked)) => {
            if let Some(&bad) = picked.iter().find(|&&i| i >= choices.len()) {
                return Err(GradeError::OutOfRange(bad));
            }
            Ok(grade_choices(choices, picked))
        }
        (
            QuestionKind::TrueFalse {
                answer: right,
                true_feedback,
                false_feedback,
            },
            Answer::TrueFalse(said),
        ) => {
            let correct = said == right;
            // Option 0 is "True", option 1 is "False".
            let (picked, fb) = if *said {
                (0, true_feedback)
            } else {
                (1, false_feedback)
            };
            let mut marks = vec![Mark::Untouched; 2];
            marks[picked] = if correct {
                Mark::RightPick
            } else {
                Mark::WrongPick
            };
            if !correct {
                marks[1 - picked] = Mark::Missed;
            }
            Ok(Grade {
                correct,
                marks,
                feedback: fb.iter().map(|t| (picked, t.clone())).collect(),
                spot: None,
            })
        }
        (QuestionKind::Order { items }, Answer::Order(order)) => {
            let n = items.len();
            let mut seen = vec![false; n];
            if order.len() != n {
                return Err(GradeError::BadOrder);
            }
            for &i in order {
                if i >= n {
                    return Err(GradeError::OutOfRange(i));
                }
                if std::mem::replace(&mut seen[i], true) {
                    return Err(GradeError::BadOrder);
                }
            }
            // marks[position]: is the item at this position the right one?
            let marks: Vec<Mark> = order
                .iter()
                .enumerate()
                .map(|(pos, &item)| {
                    if pos == item {
                        Mark::RightPick
                    } else {
                        Mark::WrongPick
                    }
                })
                .collect();
            Ok(Grade {
                correct: marks.iter().all(|m| *m == Mark::RightPick),
                marks,
                feedback: Vec::new(),
                spot: None,
            })
        }
        (
            QuestionKind::SpotFlags {
                flagged, feedback, ..
            },
            Answer::Spot(picked),
        ) => {
            if let Some(&bad) = picked.iter().find(|&&i| i >= flagged.len()) {
                return Err(GradeError::OutOfRange(bad));
            }
            let mut spot = SpotResult::default();
            let mut marks = Vec::with_capacity(flagged.len());
            let mut fb = Vec::new();
            for (i, &is_flag) in flagged.iter().enumerate() {
                let mark = match (picked.contains(&i), is_flag) {
                    (true, true) => {
                        spot.found.push(i);
                        Mark::RightPick
                    }
                    (true, false) => {
                        spot.false_alarms.push(i);
                        Mark::WrongPick
                    }
                    (false, true) => {
                        spot.missed.push(i);
                        Mark::Missed
                    }
                    (false, false) => Mark::Untouched,
                };
                // Feedback for what was picked; a missed flag's explanation waits
                // until the answer is revealed, so as not to give it away.
                if picked.contains(&i)
                    && let Some(t) = &feedback[i]
                {
                    fb.push((i, t.clone()));
                }
                marks.push(mark);
            }
            Ok(Grade {
                correct: spot.missed.is_empty() && spot.false_alarms.is_empty(),
                marks,
                feedback: fb,
                spot: Some(spot),
            })
        }
        _ => Err(GradeError::WrongKind),
    }
}

fn grade_choices(choices: &[crate::course::Choice], picked: &BTreeSet<usize>) -> Grade {
    let marks: Vec<Mark> = choices
        .iter()
        .enumerate()
        .map(|(i, c)| match (picked.contains(&i), c.correct) {
            (true, true) => Mark::RightPick,
            (true, false) => Mark::WrongPick,
            (false, true) => Mark::Missed,
            (false, false) => Mark::Untouched,
        })
        .collect();
    let feedback = picked
        .iter()
        .filter_map(|&i| choices[i].feedback.clone().map(|t| (i, t)))
        .collect();
    Grade {
        correct: marks
            .iter()
            .all(|m| matches!(m, Mark::RightPick | Mark::Untouched)),
        marks,
        feedback,
        spot: None,
    }
}

/// The model answer: what a fully right answer looks like.
pub fn model_answer(q: &Question) -> Answer {
    match &q.kind {
        QuestionKind::Single { choices } => {
            Answer::Single(choices.iter().position(|c| c.correct).unwrap_or(0))
        }
        QuestionKind::Multi { choices } => Answer::Multi(
            choices
                .iter()
                .enumerate()
                .filter(|(_, c)| c.correct)
                .map(|(i, _)| i)
                .collect(),
        ),
        QuestionKind::TrueFalse { answer, .. } => Answer::TrueFalse(*answer),
        QuestionKind::Order { items } => Answer::Order((0..items.len()).collect()),
        QuestionKind::SpotFlags { flagged, .. } => Answer::Spot(
            flagged
                .iter()
                .enumerate()
                .filter(|(_, f)| **f)
                .map(|(i, _)| i)
                .collect(),
        ),
    }
}

/// A deliberately wrong answer, for tests and demonstrations: every kind of
/// question the validator accepts has one.
pub fn a_wrong_answer(q: &Question) -> Answer {
    match &q.kind {
        QuestionKind::Single { choices } => {
            Answer::Single(choices.iter().position(|c| !c.correct).unwrap_or(0))
        }
        QuestionKind::Multi { choices } => {
            // The complement of the right set is wrong unless every choice is
            // correct; then selecting nothing is wrong.
            let wrong: BTreeSet<usize> = choices
                .iter()
                .enumerate()
                .filter(|(_, c)| !c.correct)
                .map(|(i, _)| i)
                .collect();
            Answer::Multi(wrong)
        }
        QuestionKind::TrueFalse { answer, .. } => Answer::TrueFalse(!answer),
        QuestionKind::Order { items } => Answer::Order((0..items.len()).rev().collect()),
        QuestionKind::SpotFlags { .. } => Answer::Spot(BTreeSet::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::course::{Artefact, ArtefactKind, Choice, Part};

    fn t(s: &str) -> Text {
        Text::en_es(s, s)
    }

    fn q(kind: QuestionKind) -> Question {
        Question {
            id: "q".into(),
            prompt: t("?"),
            hint: None,
            explanation: None,
            kind,
        }
    }

    fn choices(correct: &[bool]) -> Vec<Choice> {
        correct
            .iter()
            .enumerate()
            .map(|(i, &c)| Choice {
                text: t(&format!("c{i}")),
                correct: c,
                pin: None,
                feedback: Some(t(&format!("fb{i}"))),
            })
            .collect()
    }

    #[test]
    fn single() {
        let q = q(QuestionKind::Single {
            choices: choices(&[false, true, false]),
        });
        let g = grade(&q, &Answer::Single(1)).unwrap();
        assert!(g.correct);
        assert_eq!(g.feedback, vec![(1, t("fb1"))]);
        let g = grade(&q, &Answer::Single(2)).unwrap();
        assert!(!g.correct);
        assert_eq!(
            g.marks,
            vec![Mark::Untouched, Mark::Missed, Mark::WrongPick]
        );
        assert_eq!(
            grade(&q, &Answer::Single(3)),
            Err(GradeError::OutOfRange(3))
        );
        assert_eq!(
            grade(&q, &Answer::TrueFalse(true)),
            Err(GradeError::WrongKind)
        );
    }

    #[test]
    fn multi_needs_exact_set() {
        let q = q(QuestionKind::Multi {
            choices: choices(&[true, true, false]),
        });
        assert!(grade(&q, &Answer::Multi([0, 1].into())).unwrap().correct);
        let partial = grade(&q, &Answer::Multi([0].into())).unwrap();
        assert!(!partial.correct);
        assert_eq!(partial.marks[1], Mark::Missed);
        let extra = grade(&q, &Answer::Multi([0, 1, 2].into())).unwrap();
        assert!(!extra.correct);
        assert_eq!(extra.marks[2], Mark::WrongPick);
        assert_eq!(extra.feedback.len(), 3, "feedback for every choice picked");
    }

    #[test]
    fn true_false() {
        let q = q(QuestionKind::TrueFalse {
            answer: false,
            true_feedback: Some(t("no")),
            false_feedback: Some(t("yes")),
        });
        let g = grade(&q, &Answer::TrueFalse(true)).unwrap();
        assert!(!g.correct);
        assert_eq!(g.feedback, vec![(0, t("no"))]);
        assert!(grade(&q, &Answer::TrueFalse(false)).unwrap().correct);
    }

    #[test]
    fn order() {
        let q = q(QuestionKind::Order {
            items: vec![t("a"), t("b"), t("c")],
        });
        assert!(grade(&q, &Answer::Order(vec![0, 1, 2])).unwrap().correct);
        let g = grade(&q, &Answer::Order(vec![0, 2, 1])).unwrap();
        assert!(!g.correct);
        assert_eq!(
            g.marks,
            vec![Mark::RightPick, Mark::WrongPick, Mark::WrongPick]
        );
        assert_eq!(
            grade(&q, &Answer::Order(vec![0, 0, 1])),
            Err(GradeError::BadOrder)
        );
        assert_eq!(
            grade(&q, &Answer::Order(vec![0, 1])),
            Err(GradeError::BadOrder)
        );
    }

    #[test]
    fn spot_flags() {
        let part = |id: &str| Part {
            id: Some(id.into()),
            sender: None,
            mine: false,
            time: None,
            text: t(id),
            flag: None,
            note: None,
        };
        let q = q(QuestionKind::SpotFlags {
            artefact: Artefact {
                id: "a".into(),
                kind: ArtefactKind::JobAd,
                title: t("ad"),
                from: None,
                image: None,
                image_alt: None,
                parts: vec![part("p0"), part("p1"), part("p2"), part("p3")],
            },
            flagged: vec![false, true, true, false],
            feedback: vec![None, Some(t("pay")), Some(t("secret")), Some(t("fine"))],
        });
        let g = grade(&q, &Answer::Spot([1, 3].into())).unwrap();
        assert!(!g.correct);
        let s = g.spot.unwrap();
        assert_eq!(s.found, vec![1]);
        assert_eq!(s.missed, vec![2]);
        assert_eq!(s.false_alarms, vec![3]);
        assert_eq!(g.feedback, vec![(1, t("pay")), (3, t("fine"))]);
        assert!(grade(&q, &Answer::Spot([1, 2].into())).unwrap().correct);
    }
}
