//! The quiz sheet for a paper session, and its answer key.
//!
//! Both list the questions in the course's order with the same numbers and
//! letters: choices in the author's order (as on a learner's first attempt),
//! ordering items in one fixed shuffled order that is never the right one.

use super::labels::fill;
use super::layout::{BoxStyle, Marker, Span};
use super::{Doc, letter};
use crate::course::{Artefact, Question, QuestionKind};

/// Printed order of an ordering question's items (indices into the right
/// order): shuffled with a seed from the module and question ids, so the
/// sheet and the key agree, and never the right order.
pub(crate) fn printed_order(module: &str, question: &str, n: usize) -> Vec<usize> {
    let mut seed: u64 = 0xcbf2_9ce4_8422_2325;
    for b in module.bytes().chain([0]).chain(question.bytes()) {
        seed = (seed ^ b as u64).wrapping_mul(0x0100_0000_01b3);
    }
    let mut order = crate::quiz::run::shuffled(n, &mut fastrand::Rng::with_seed(seed));
    if n > 1 && order.iter().enumerate().all(|(i, &x)| i == x) {
        order.rotate_left(1);
    }
    order
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
                for (k, c) in choices.iter().enumerate() {
                    d.flow.item(
                        Marker::TickBoxLabel(format!("{})", letter(k))),
                        &[Span::plain(d.t(&c.text))],
                    );
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
        d.figure(path, &alt);
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
            let right: Vec<String> = choices
                .iter()
                .enumerate()
                .filter(|(_, c)| c.correct)
                .map(|(k, _)| format!("{})", letter(k)))
                .collect();
            let label = if right.len() == 1 {
                &l.right_answer
            } else {
                &l.right_answers
            };
            d.flow
                .para(&[Span::bold(format!("{label} {}", right.join(", ")))]);
            d.flow.end_keep(mark);
            for (k, c) in choices.iter().enumerate() {
                let mut spans = vec![Span::plain(d.t(&c.text))];
                if c.correct {
                    spans.push(Span::bold(format!(" {}", l.right_mark)));
                }
                let f = c.feedback.as_ref().map(|f| d.t(f));
                with_feedback(d, Marker::Label(format!("{})", letter(k))), &spans, f);
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
            let boxes: Vec<String> = printed
                .iter()
                .enumerate()
                .map(|(k, &at)| format!("{} = {}", upper(k), at + 1))
                .collect();
            d.flow.para(&[Span::bold(format!(
                "{} {}",
                l.right_answer,
                boxes.join(" · ")
            ))]);
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
    fn letters() {
        assert_eq!(letter(0), "a");
        assert_eq!(letter(25), "z");
        assert_eq!(letter(26), "aa");
    }
}
