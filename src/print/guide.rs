//! The facilitator's guide: timing, the content note, every note,
//! discussion prompt and list of key points in lesson order, each story with all its paths and
//! every ending's debrief, a debrief script, the help lines and the sources.

use super::labels::fill;
use super::layout::{BoxStyle, Marker, Span};
use super::{Doc, FontStyle, help, letter, scene_order};
use crate::course::{Block, Outcome, Scenario, SceneStep};

/// Minutes per lesson: the module's minutes shared by page count, rounded so
/// that they add up to the total (largest remainder first).
pub(crate) fn lesson_minutes(total: u32, pages: &[usize]) -> Vec<u32> {
    let sum: usize = pages.iter().sum();
    if sum == 0 {
        return vec![0; pages.len()];
    }
    let exact: Vec<f64> = pages
        .iter()
        .map(|&p| total as f64 * p as f64 / sum as f64)
        .collect();
    let mut out: Vec<u32> = exact.iter().map(|e| e.floor() as u32).collect();
    let mut left = total - out.iter().sum::<u32>();
    let mut by_rest: Vec<usize> = (0..pages.len()).collect();
    by_rest.sort_by(|&a, &b| {
        (exact[b] - exact[b].floor())
            .total_cmp(&(exact[a] - exact[a].floor()))
            .then(a.cmp(&b))
    });
    for i in by_rest {
        if left == 0 {
            break;
        }
        out[i] += 1;
        left -= 1;
    }
    out
}

pub(crate) fn build(d: &mut Doc) {
    let (l, m) = (d.l, d.module);
    let summary = d.t(&m.summary);
    d.rich(summary, FontStyle::Regular);
    d.about_minutes();
    if let Some(note) = &m.content_note {
        let note = d.t(note);
        d.boxed(BoxStyle::STRONG, &l.read_this_first, note);
    }

    // Timing.
    d.flow.heading(1, &l.timing);
    let pages: Vec<usize> = m.lessons.iter().map(|x| x.pages.len()).collect();
    let minutes = lesson_minutes(m.minutes, &pages);
    let mut rows: Vec<Vec<Vec<Span>>> = m
        .lessons
        .iter()
        .enumerate()
        .map(|(i, lesson)| {
            vec![
                vec![Span::plain(format!("{}. {}", i + 1, d.t(&lesson.title)))],
                vec![Span::plain(pages[i].to_string())],
                vec![Span::plain(minutes[i].to_string())],
            ]
        })
        .collect();
    rows.push(vec![
        vec![Span::bold(&l.total)],
        vec![Span::bold(pages.iter().sum::<usize>().to_string())],
        vec![Span::bold(m.minutes.to_string())],
    ]);
    let header = [
        vec![Span::plain(&l.lesson)],
        vec![Span::plain(&l.pages)],
        vec![Span::plain(&l.minutes)],
    ];
    d.flow.table(&[6.0, 1.4, 1.6], Some(&header), &rows);

    // What they know already.
    if let Some(pc) = &m.pre_check
        && !pc.questions.is_empty()
    {
        d.flow.heading(1, &l.before_the_lessons);
        for (i, q) in pc.questions.iter().enumerate() {
            d.flow.item(
                Marker::Label(format!("{}.", i + 1)),
                &[Span::plain(d.t(&q.prompt))],
            );
        }
    }

    // Lesson by lesson: notes, prompts and stories.
    for (i, lesson) in m.lessons.iter().enumerate() {
        let title = fill(
            &l.lesson_n,
            &[("n", &(i + 1).to_string()), ("title", d.t(&lesson.title))],
        );
        d.flow.heading(1, &title);
        for b in lesson.pages.iter().flat_map(|p| p.blocks.iter()) {
            match b {
                Block::FacilitatorNote(t) => {
                    let t = d.t(t);
                    d.flow.begin_box(BoxStyle::DASHED, None);
                    let parts = crate::course::markup::parse(t);
                    d.flow.para(&[Span::bold(&l.note_for_you)]);
                    d.render(&parts, FontStyle::Regular);
                    d.flow.end_box();
                }
                Block::Discussion(t) => {
                    d.flow.item(
                        Marker::Bullet,
                        &[Span::bold(format!("{} ", l.discuss)), Span::plain(d.t(t))],
                    );
                }
                Block::KeyPoints { title, points } => {
                    let head = title.as_ref().map(|t| d.t(t)).unwrap_or(&l.key_points);
                    d.flow.para(&[Span::bold(head)]);
                    d.flow.keep_with_next();
                    for p in points {
                        d.flow.item(Marker::Bullet, &[Span::plain(d.t(p))]);
                    }
                }
                Block::Scenario(s) => story_map(d, s),
                _ => {}
            }
        }
    }

    debrief_script(d);
    help::section(d, true);

    if !m.sources.is_empty() {
        d.flow.heading(1, &l.sources);
        for s in &m.sources {
            let mut text = format!("{}. {} ({}).", s.title, s.publisher, s.year);
            if let Some(u) = &s.url {
                text.push(' ');
                text.push_str(u);
            }
            d.flow.item(Marker::Bullet, &[Span::plain(text)]);
        }
    }
}

fn story_map(d: &mut Doc, s: &Scenario) {
    let l = d.l;
    d.flow
        .heading(2, &format!("{}: {}", l.story_map, d.t(&s.title)));
    if let Some(p) = &s.image {
        let alt = d.t(&p.alt).to_string();
        d.figure(p.image.as_deref(), &alt);
    }
    if let Some(intro) = &s.intro {
        let intro = d.t(intro);
        d.rich(intro, FontStyle::Regular);
    }
    let order = scene_order(s);
    let num = |i: usize| order.iter().position(|&x| x == i).unwrap_or(i) + 1;
    for &i in &order {
        let scene = &s.scenes[i];
        let mut head = fill(&l.scene_n, &[("n", &num(i).to_string())]);
        if i == s.start {
            head = format!("{head}. {}", l.start_here);
        }
        match &scene.step {
            SceneStep::Choices(choices) => {
                let mark = d.flow.begin_keep();
                d.flow.para(&[Span::bold(head)]);
                let text = d.t(&scene.text);
                d.rich(text, FontStyle::Regular);
                d.flow.end_keep(mark);
                for (k, c) in choices.iter().enumerate() {
                    // Non-breaking: "go to scene 8" is never split over two lines.
                    let to =
                        fill(&l.goes_to, &[("n", &num(c.goto).to_string())]).replace(' ', "\u{a0}");
                    d.flow.item(
                        Marker::Label(format!("{})", letter(k))),
                        &[
                            Span::plain(d.t(&c.text)),
                            Span::bold(format!(" —\u{a0}{to}")),
                        ],
                    );
                }
                d.flow.space(6.0);
            }
            SceneStep::Ending(e) => {
                let outcome = match e.outcome {
                    Outcome::Safe => &l.outcome_safe,
                    Outcome::Risky => &l.outcome_risky,
                    Outcome::Harmful => &l.outcome_harmful,
                };
                let title = format!("{head}. {} ({outcome}): {}", l.ending, d.t(&e.title));
                d.flow.begin_box(BoxStyle::PLAIN, None);
                let mark = d.flow.begin_keep();
                d.flow.para(&[Span::bold(title)]);
                let text = d.t(&scene.text);
                d.rich(text, FontStyle::Regular);
                d.flow.end_keep(mark);
                d.flow.para(&[Span::bold(&l.debrief)]);
                let debrief = d.t(&e.debrief);
                d.rich(debrief, FontStyle::Italic);
                d.flow.end_box();
            }
        }
    }
}

/// A closing script built from the module: the warning signs to listen
/// for, the key points to go over, and where to get help.
fn debrief_script(d: &mut Doc) {
    let (l, m) = (d.l, d.module);
    d.flow.heading(1, &l.debrief_script);
    let blocks = || {
        m.lessons
            .iter()
            .flat_map(|x| x.pages.iter())
            .flat_map(|p| p.blocks.iter())
    };
    let mut signs: Vec<&str> = Vec::new();
    let mut points: Vec<&str> = Vec::new();
    for b in blocks() {
        match b {
            Block::RedFlags { flags, .. } => {
                for f in flags {
                    let t = d.t(&f.text);
                    if !signs.contains(&t) {
                        signs.push(t);
                    }
                }
            }
            Block::KeyPoints { points: ps, .. } => {
                // The last list of key points is the module's summary.
                points = ps.iter().map(|p| d.t(p)).collect();
            }
            _ => {}
        }
    }
    let mut step = 0;
    let mut next = |d: &mut Doc, text: &str| {
        step += 1;
        d.flow
            .item(Marker::Label(format!("{step}.")), &[Span::bold(text)]);
    };
    next(d, &l.script_ask_signs);
    if !signs.is_empty() {
        d.flow.indent(26.0);
        d.flow.para(&[Span::plain(&l.script_listen_for)]);
        for s in signs {
            d.flow.item(Marker::Flag, &[Span::plain(s)]);
        }
        d.flow.outdent(26.0);
    }
    if !points.is_empty() {
        next(d, &l.script_recap);
        d.flow.indent(26.0);
        for p in points {
            d.flow.item(Marker::Bullet, &[Span::plain(p)]);
        }
        d.flow.outdent(26.0);
    }
    next(d, &l.script_not_fault);
    next(d, &l.script_help);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_add_up() {
        assert_eq!(lesson_minutes(35, &[3, 3, 3, 3, 2]), vec![8, 8, 7, 7, 5]);
        assert_eq!(lesson_minutes(35, &[3, 3, 3, 3, 2]).iter().sum::<u32>(), 35);
        assert_eq!(lesson_minutes(10, &[0, 0]), vec![0, 0]);
        assert_eq!(lesson_minutes(10, &[1]), vec![10]);
    }
}
