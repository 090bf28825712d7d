//! The handout: what a learner takes home. It never says which choice in a
//! story is the safe one, and never prints the endings.

use super::labels::fill;
use super::layout::{BoxStyle, Marker, Span};
use super::{Doc, FontStyle, help, letter};
use crate::course::{Block, Scenario, SceneStep};

pub(crate) fn build(d: &mut Doc) {
    let (l, m) = (d.l, d.module);
    let summary = d.t(&m.summary);
    d.rich(summary, FontStyle::Regular);
    if let Some(note) = &m.content_note {
        let note = d.t(note);
        d.boxed(BoxStyle::DASHED, &l.before_you_start, note);
    }

    // Key points, in lesson order, each once.
    let mut points: Vec<&str> = Vec::new();
    for b in blocks(d) {
        if let Block::KeyPoints { points: ps, .. } = b {
            for p in ps {
                let p = d.t(p);
                if !points.contains(&p) {
                    points.push(p);
                }
            }
        }
    }
    if !points.is_empty() {
        d.flow.heading(1, &l.key_points);
        for p in points {
            d.flow.item(Marker::Bullet, &[Span::plain(p)]);
        }
    }

    // Warning signs.
    let flag_lists: Vec<_> = blocks(d)
        .filter_map(|b| match b {
            Block::RedFlags { title, flags } => Some((title, flags)),
            _ => None,
        })
        .collect();
    if !flag_lists.is_empty() {
        d.flow.heading(1, &l.warning_signs);
        let kind_label = d
            .course
            .meta
            .flag_kind_label
            .as_ref()
            .map(|t| d.t(t).to_string())
            .unwrap_or_else(|| l.sign_kind.clone());
        for (title, flags) in flag_lists {
            if let Some(t) = title {
                let t = d.t(t);
                d.flow.heading(2, t);
            }
            for f in flags {
                let marker = d.flag_marker(f.kind.as_deref());
                let mark = d.flow.begin_keep();
                d.flow.item(marker, &[Span::bold(d.t(&f.text))]);
                d.flow.indent(20.8);
                if let Some(why) = &f.why {
                    d.flow.para(&[
                        Span::italic(format!("{} ", l.why_it_matters)),
                        Span::plain(d.t(why)),
                    ]);
                }
                if let Some(k) = f.kind.as_deref().and_then(|k| d.course.meta.flag_kind(k)) {
                    d.flow.para(&[
                        Span::italic(format!("{kind_label}: ")),
                        Span::plain(d.t(&k.name)),
                    ]);
                }
                d.flow.outdent(20.8);
                d.flow.end_keep(mark);
            }
        }
    }

    // Stories, as discussion: each scene that asks for a choice, with its
    // choices as questions. No endings, no "right" choice.
    let scenarios: Vec<&Scenario> = m.scenarios().collect();
    if !scenarios.is_empty() {
        d.flow.heading(1, &l.stories);
        for s in scenarios {
            story(d, s);
        }
    }

    // Talk about it.
    let prompts: Vec<&str> = blocks(d)
        .filter_map(|b| match b {
            Block::Discussion(t) => Some(d.t(t)),
            _ => None,
        })
        .collect();
    if !prompts.is_empty() {
        d.flow.begin_box(BoxStyle::STRONG, Some(&l.talk_about_it));
        for p in prompts {
            d.flow.item(Marker::Bullet, &[Span::plain(p)]);
        }
        d.flow.end_box();
    }

    help::section(d, false);
}

/// Every block of the module, in order.
fn blocks<'a>(d: &Doc<'a>) -> impl Iterator<Item = &'a Block> + use<'a> {
    d.module
        .lessons
        .iter()
        .flat_map(|l| l.pages.iter())
        .flat_map(|p| p.blocks.iter())
}

fn story(d: &mut Doc, s: &Scenario) {
    let l = d.l;
    d.flow.heading(2, d.t(&s.title));
    if let Some(p) = &s.image {
        let alt = d.t(&p.alt).to_string();
        let caption = p.caption.as_ref().map(|c| d.t(c).to_string());
        let text = match caption {
            Some(c) if c != alt => format!("{c} ({alt})"),
            Some(c) => c,
            None => alt,
        };
        d.figure(p.image.as_deref(), &text);
    }
    if let Some(intro) = &s.intro {
        let intro = d.t(intro);
        d.rich(intro, FontStyle::Regular);
    }
    // Only scenes that ask for a choice, numbered in the order a reader meets them.
    let order: Vec<usize> = super::scene_order(s)
        .into_iter()
        .filter(|&i| matches!(s.scenes[i].step, SceneStep::Choices(_)))
        .collect();
    let part_of = |scene: usize| order.iter().position(|&i| i == scene).map(|p| p + 1);
    for (n, &i) in order.iter().enumerate() {
        let scene = &s.scenes[i];
        let SceneStep::Choices(choices) = &scene.step else {
            continue;
        };
        // Where the reader comes from: "1 b", so the parts can be followed.
        let from: Vec<String> = order
            .iter()
            .filter_map(|&j| match &s.scenes[j].step {
                SceneStep::Choices(cs) => cs
                    .iter()
                    .position(|c| c.goto == i)
                    .map(|k| format!("{} {}", part_of(j).unwrap_or(0), letter(k))),
                SceneStep::Ending(_) => None,
            })
            .collect();
        let mut title = fill(&l.story_part, &[("n", &(n + 1).to_string())]);
        if !from.is_empty() && n > 0 {
            let after = fill(&l.story_after, &[("from", &from.join(", "))]);
            title = format!("{title} {after}");
        }
        let mark = d.flow.begin_keep();
        d.flow.para(&[Span::bold(title)]);
        let text = d.t(&scene.text);
        d.rich(text, FontStyle::Regular);
        d.flow.end_keep(mark);
        let mark = d.flow.begin_keep();
        d.flow.para(&[Span::italic(&l.what_could_they_do)]);
        for (k, c) in choices.iter().enumerate() {
            d.flow.item(
                Marker::Label(format!("{})", letter(k))),
                &[Span::plain(d.t(&c.text))],
            );
        }
        d.flow.end_keep(mark);
        d.flow.space(6.0);
    }
}
