//! The quiz sheet for a paper session, and its answer key.
//!
//! Both list the questions in the course's order with the same numbers and
//! letters: choices in the author's order (as on a learner's first attempt),
//! ordering items in one fixed shuffled order that is never the right one.

use super::labels::fill;
use super::layout::{BoxStyle, Marker, Span};
use super::{Doc, letter};
use crate::course::{Artefact, Choice, Pin, Question, QuestionKind};

/// Printed order of an ordering question's items (indices into the right
/// order): shuffled with a seed from the module and question ids, so the
/// sheet and the key agree, and never the right order.
pub(crate) fn printed_order(module: &str, question: &str, n: usize) -> Vec<usize> {
    let mut order = crate::quiz::run::shuffled(n, &mut rng(module, question));
    if n > 1 && order.iter().enumerate().all(|(i, &x)| i == x) {
        order.rotate_left(1);
    }
    order
}

/// A generator seeded from a module's and a question's ids.
fn rng(module: &str, question: &str) -> fastrand::Rng {
    let mut seed: u64 = 0xcbf2_9ce4_8422_2325;
    for b in module.bytes().chain([0]).chain(question.bytes()) {
        seed = (seed ^ b as u64).wrapping_mul(0x0100_0000_01b3);
    }
    fastrand::Rng::with_seed(seed)
}

/// Printed order of a question's choices (indices into the author's list):
/// shuffled with a seed from the ids, so that the right answer is not always
/// the same letter on paper, with pinned choices ("None of these") kept
/// first or last. The sheet and the key use the same order.
pub(crate) fn printed_choices(module: &str, question: &str, choices: &[Choice]) -> Vec<usize> {
    let mut rest: Vec<usize> = (0..choices.len())
        .filter(|&i| choices[i].pin.is_none())
        .collect();
    let order = crate::quiz::run::shuffled(rest.len(), &mut rng(module, question));
    rest = order.into_iter().map(|i| rest[i]).collect();
    let pinned = |p: Pin| (0..choices.len()).filter(move |&i| choices[i].pin == Some(p));
    pinned(Pin::First)
        .chain(rest)
        .chain(pinned(Pin::Last))
        .collect()
}

/// `(letter, choice)` in printed order.
fn lettered<'c>(d: &Doc, q: &Question, choices: &'c [Choice]) -> Vec<(String, &'c Choice)> {
    printed_choices(&d.module.id, &q.id, choices)
        .into_iter()
        .enumerate()
        .map(|(k, i)| (format!("{})", letter(k)), &choices[i]))
        .collect()
}

fn upper(i: usize) -> String {
    letter(i).to_uppercase()
}

fn number(d: &Doc, i: usize) -> String {
    fill(&d.l.question_n, &[("n", &(i + 1).to_string())])
}

pub(crate) fn sheet(d: &mut Doc) {
    let l = d.l;
    d.flow.para(&[Span::bold(format!(
        "{} ______________________________    {} ______________",
        l.name, l.date
    ))]);
    d.flow.space(6.0);
    let questions = &d.module.quiz.questions;
    for (i, q) in questions.iter().enumerate() {
        let mark = d.flow.begin_keep();
        d.flow
            .item(Marker::Label(number(d, i)), &[Span::bold(d.t(&q.prompt))]);
        d.flow.indent(26.0);
        match &q.kind {
            QuestionKind::Single { choices } | QuestionKind::Multi { choices } => {
                let how = if matches!(q.kind, QuestionKind::Single { .. }) {
                    &l.tick_one
                } else {
                    &l.tick_all
                };
                d.flow.para(&[Span::italic(how)]);
                for (k, c) in lettered(d, q, choices) {
                    d.flow
                        .item(Marker::TickBoxLabel(k), &[Span::plain(d.t(&c.text))]);
                }
            }
            QuestionKind::TrueFalse { .. } => {
                d.flow.para(&[Span::italic(&l.tick_true_or_false)]);
                d.flow.item(Marker::TickBox, &[Span::plain(&l.true_)]);
                d.flow.item(Marker::TickBox, &[Span::plain(&l.false_)]);
            }
            QuestionKind::Order { items } => {
                d.flow.para(&[Span::italic(&l.write_order)]);
                for (k, &at) in printed_order(&d.module.id, &q.id, items.len())
                    .iter()
                    .enumerate()
                {
                    d.flow.item(
                        Marker::WriteIn(format!("{}.", upper(k))),
                        &[Span::plain(d.t(&items[at]))],
                    );
                }
            }
            QuestionKind::SpotFlags { artefact, .. } => {
                d.flow.para(&[Span::italic(&l.circle_signs)]);
                artefact_parts(d, artefact);
            }
        }
        d.flow.outdent(26.0);
        d.flow.end_keep(mark);
        d.flow.space(10.0);
    }
}

/// An artefact with numbered parts, in a frame.
fn artefact_parts(d: &mut Doc, a: &Artefact) {
    d.flow.begin_box(BoxStyle::PLAIN, Some(d.t(&a.title)));
    if let Some(from) = &a.from {
        let from = d.t(from);
        d.flow.para(&[Span::italic(from)]);
    }
    if let Some(path) = &a.image {
        let alt = a
            .image_alt
            .as_ref()
            .map(|t| d.t(t).to_string())
            .unwrap_or_default();
        d.figure(Some(path), &alt);
    }
    for (k, p) in a.parts.iter().enumerate() {
        let mut spans = Vec::new();
        let who: Vec<&str> = [p.sender.as_deref(), p.time.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        if !who.is_empty() {
            spans.push(Span::italic(format!("{}: ", who.join(", "))));
        }
        spans.push(Span::plain(d.t(&p.text)));
        d.flow.item(Marker::Label(format!("{}", k + 1)), &spans);
    }
    if let Some(c) = &d.course.meta.example_caption {
        let c = d.t(c);
        d.flow.para(&[Span::italic(c)]);
    }
    d.flow.end_box();
}

pub(crate) fn answers(d: &mut Doc) {
    let l = d.l;
    let pass = d.module.quiz.pass_mark.to_string();
    d.flow
        .para(&[Span::bold(fill(&l.pass_mark, &[("mark", &pass)]))]);
    d.flow.space(6.0);
    let questions = &d.module.quiz.questions;
    // A table to mark paper quizzes with, then each question in full.
    d.flow.heading(2, &l.quick_key);
    let rows: Vec<Vec<Vec<Span>>> = questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            vec![
                vec![Span::bold(number(d, i))],
                vec![Span::plain(short_answer(d, q))],
            ]
        })
        .collect();
    let header = [
        vec![Span::plain(&l.question)],
        vec![Span::plain(l.right_answer.trim_end_matches(':'))],
    ];
    d.flow.table(&[1.2, 6.0], Some(&header), &rows);
    d.flow.space(6.0);
    for (i, q) in questions.iter().enumerate() {
        let mark = d.flow.begin_keep();
        d.flow
            .item(Marker::Label(number(d, i)), &[Span::bold(d.t(&q.prompt))]);
        d.flow.indent(26.0);
        answer(d, q, mark);
        if let Some(e) = &q.explanation {
            d.flow
                .para(&[Span::bold(&l.why), Span::plain(" "), Span::plain(d.t(e))]);
        }
        d.flow.outdent(26.0);
        d.flow.space(10.0);
    }
}

/// The right answer in a few characters: `a), c)`, `True`, `A = 3 · B = 1`, `2, 3, 4`.
fn short_answer(d: &Doc, q: &Question) -> String {
    match &q.kind {
        QuestionKind::Single { choices } | QuestionKind::Multi { choices } => {
            lettered(d, q, choices)
                .into_iter()
                .filter(|(_, c)| c.correct)
                .map(|(k, _)| k)
                .collect::<Vec<_>>()
                .join(", ")
        }
        QuestionKind::TrueFalse { answer, .. } => {
            if *answer { &d.l.true_ } else { &d.l.false_ }.clone()
        }
        QuestionKind::Order { items } => printed_order(&d.module.id, &q.id, items.len())
            .iter()
            .enumerate()
            .map(|(k, &at)| format!("{} = {}", upper(k), at + 1))
            .collect::<Vec<_>>()
            .join(" · "),
        QuestionKind::SpotFlags { flagged, .. } => flagged
            .iter()
            .enumerate()
            .filter(|(_, f)| **f)
            .map(|(k, _)| (k + 1).to_string())
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// The right answer, kept on the page of the question (from `mark`), then
/// the feedback for each choice.
fn answer(d: &mut Doc, q: &Question, mark: usize) {
    let l = d.l;
    // An answer and its feedback stay on one page.
    let with_feedback = |d: &mut Doc, marker: Marker, spans: &[Span], text: Option<&str>| {
        let keep = d.flow.begin_keep();
        d.flow.item(marker, spans);
        if let Some(text) = text {
            d.flow.indent(24.0);
            d.flow.para(&[Span::italic(text)]);
            d.flow.outdent(24.0);
        }
        d.flow.end_keep(keep);
    };
    match &q.kind {
        QuestionKind::Single { choices } | QuestionKind::Multi { choices } => {
            let right: Vec<String> = lettered(d, q, choices)
                .into_iter()
                .filter(|(_, c)| c.correct)
                .map(|(k, _)| k)
                .collect();
            let label = if right.len() == 1 {
                &l.right_answer
            } else {
                &l.right_answers
            };
            d.flow
                .para(&[Span::bold(format!("{label} {}", right.join(", ")))]);
            d.flow.end_keep(mark);
            for (k, c) in lettered(d, q, choices) {
                let mut spans = vec![Span::plain(d.t(&c.text))];
                if c.correct {
                    spans.push(Span::bold(format!(" {}", l.right_mark)));
                }
                let f = c.feedback.as_ref().map(|f| d.t(f));
                with_feedback(d, Marker::Label(k), &spans, f);
            }
        }
        QuestionKind::TrueFalse {
            answer,
            true_feedback,
            false_feedback,
        } => {
            let right = if *answer { &l.true_ } else { &l.false_ };
            d.flow
                .para(&[Span::bold(format!("{} {right}", l.right_answer))]);
            d.flow.end_keep(mark);
            for (name, fb) in [(&l.true_, true_feedback), (&l.false_, false_feedback)] {
                if let Some(f) = fb {
                    let f = d.t(f);
                    let choice = fill(&l.if_they_choose, &[("choice", name.as_str())]);
                    with_feedback(d, Marker::Bullet, &[Span::plain(choice)], Some(f));
                }
            }
        }
        QuestionKind::Order { items } => {
            let printed = printed_order(&d.module.id, &q.id, items.len());
            // What to write in each box: A = 3, B = 1, …
            let boxes = short_answer(d, q);
            d.flow
                .para(&[Span::bold(format!("{} {boxes}", l.right_answer))]);
            d.flow.end_keep(mark);
            d.flow.para(&[Span::bold(&l.right_order)]);
            for (pos, item) in items.iter().enumerate() {
                let k = printed.iter().position(|&at| at == pos).unwrap_or(pos);
                d.flow.item(
                    Marker::Label(format!("{}.", pos + 1)),
                    &[
                        Span::bold(format!("{}. ", upper(k))),
                        Span::plain(d.t(item)),
                    ],
                );
            }
        }
        QuestionKind::SpotFlags {
            artefact,
            flagged,
            feedback: notes,
        } => {
            let list = |want: bool| -> String {
                flagged
                    .iter()
                    .enumerate()
                    .filter(|(_, f)| **f == want)
                    .map(|(k, _)| (k + 1).to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            d.flow
                .para(&[Span::bold(fill(&l.signs_are, &[("list", &list(true))]))]);
            d.flow.end_keep(mark);
            let not = list(false);
            if !not.is_empty() {
                d.flow
                    .para(&[Span::plain(fill(&l.not_signs, &[("list", &not)]))]);
            }
            for (k, p) in artefact.parts.iter().enumerate() {
                let Some(Some(f)) = notes.get(k) else {
                    continue;
                };
                let mut spans = vec![Span::plain(format!("“{}” ", d.t(&p.text)))];
                if flagged.get(k).copied().unwrap_or(false) {
                    spans.push(Span::bold(l.right_mark.clone()));
                }
                let f = d.t(f);
                with_feedback(d, Marker::Label(format!("{}", k + 1)), &spans, Some(f));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printed_order_is_fixed_and_never_right() {
        for n in 2..8 {
            for q in ["a", "b", "q-debt-trap"] {
                let o = printed_order("m", q, n);
                assert_eq!(o, printed_order("m", q, n));
                let mut sorted = o.clone();
                sorted.sort();
                assert_eq!(sorted, (0..n).collect::<Vec<_>>());
                assert_ne!(o, sorted, "{q} {n}");
            }
        }
    }

    #[test]
    fn pinned_choices_stay_put_and_the_rest_move() {
        let c = |pin| Choice {
            text: crate::course::Text::en_es("x", "x"),
            correct: false,
            pin,
            feedback: None,
        };
        let choices = [
            c(Some(Pin::Last)),
            c(None),
            c(None),
            c(None),
            c(Some(Pin::First)),
        ];
        let o = printed_choices("m", "q", &choices);
        assert_eq!(o[0], 4);
        assert_eq!(o[4], 0);
        let mut middle = o[1..4].to_vec();
        middle.sort();
        assert_eq!(middle, vec![1, 2, 3]);
    }

    #[test]
    fn letters() {
        assert_eq!(letter(0), "a");
        assert_eq!(letter(25), "z");
        assert_eq!(letter(26), "aa");
    }
}
