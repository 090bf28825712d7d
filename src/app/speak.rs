//! What "Read aloud" reads: the plain words of a page, a story step, a
//! question and its choices, or feedback, in the language shown.

use super::cx::Cx;
use super::strings::S;
use crate::course::{Block, Question, QuestionKind, Scenario, SceneStep};
use crate::quiz::scenario::ScenarioPlay;

/// Light markup (`*em*`, `**strong**`, `- ` bullets) as plain sentences.
pub fn plain(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let line = line.trim();
        let line = line.strip_prefix("- ").unwrap_or(line);
        if line.is_empty() {
            continue;
        }
        let clean: String = line.chars().filter(|&c| c != '*' && c != '_').collect();
        out.push_str(clean.trim());
        if !clean.trim_end().ends_with(['.', '!', '?', ':', ';']) {
            out.push('.');
        }
        out.push(' ');
    }
    out.trim().to_string()
}

/// A story's current step: its text and its choices, or its ending.
pub fn scenario(cx: &Cx, sc: &Scenario, play: &ScenarioPlay) -> Vec<String> {
    let mut v = Vec::new();
    let Some(scene) = sc.scenes.get(play.current) else {
        return v;
    };
    v.push(plain(cx.c(&scene.text)));
    match &scene.step {
        SceneStep::Choices(choices) => {
            v.push(cx.t(S::WhatShouldDo).to_string());
            for (shown, i) in play.choice_order(sc).into_iter().enumerate() {
                if let Some(c) = choices.get(i) {
                    v.push(format!("{}. {}", shown + 1, plain(cx.c(&c.text))));
                }
            }
        }
        SceneStep::Ending(e) => {
            v.push(plain(cx.c(&e.title)));
            v.push(plain(cx.c(&e.debrief)));
        }
    }
    v
}

/// The learner-visible words of a page's blocks.
pub fn page(cx: &Cx, blocks: &[Block]) -> Vec<String> {
    let mut v = Vec::new();
    for b in blocks {
        match b {
            Block::Text(t) => v.push(plain(cx.c(&t.source))),
            Block::KeyPoints { title, points } => {
                v.push(
                    title
                        .as_ref()
                        .map(|t| cx.c(t).to_string())
                        .unwrap_or_else(|| cx.t(S::KeyPoints).into()),
                );
                v.extend(points.iter().map(|p| plain(cx.c(p))));
            }
            Block::RedFlags { title, flags } => {
                v.push(
                    title
                        .as_ref()
                        .map(|t| cx.c(t).to_string())
                        .unwrap_or_else(|| cx.t(S::RedFlags).into()),
                );
                for f in flags {
                    v.push(plain(cx.c(&f.text)));
                    if let Some(w) = &f.why {
                        v.push(plain(cx.c(w)));
                    }
                }
            }
            Block::Artefact(a) => {
                v.push(plain(cx.c(&a.title)));
                v.extend(a.parts.iter().map(|p| plain(cx.c(&p.text))));
            }
            Block::Picture(pic) => v.push(plain(cx.c(&pic.alt))),
            Block::Scenario(sc) => {
                v.push(plain(cx.c(&sc.title)));
                if let Some(i) = &sc.intro {
                    v.push(plain(cx.c(i)));
                }
            }
            Block::Discussion(_) | Block::FacilitatorNote(_) => {}
        }
    }
    v
}

/// A question's prompt and its choices in the order shown.
pub fn question(cx: &Cx, q: &Question, layout: &[usize]) -> Vec<String> {
    let mut v = vec![plain(cx.c(&q.prompt))];
    match &q.kind {
        QuestionKind::Single { choices } | QuestionKind::Multi { choices } => {
            for (shown, &i) in layout.iter().enumerate() {
                if let Some(c) = choices.get(i) {
                    v.push(format!("{}. {}", shown + 1, plain(cx.c(&c.text))));
                }
            }
        }
        QuestionKind::TrueFalse { .. } => {
            v.push(format!("1. {}", cx.t(S::True)));
            v.push(format!("2. {}", cx.t(S::False)));
        }
        QuestionKind::Order { items } => {
            for (shown, &i) in layout.iter().enumerate() {
                if let Some(t) = items.get(i) {
                    v.push(format!("{}. {}", shown + 1, plain(cx.c(t))));
                }
            }
        }
        QuestionKind::SpotFlags { artefact, .. } => {
            for (i, p) in artefact.parts.iter().enumerate() {
                v.push(format!("{}. {}", i + 1, plain(cx.c(&p.text))));
            }
        }
    }
    v
}

#[cfg(test)]
mod tests {
    #[test]
    fn markup_becomes_sentences() {
        assert_eq!(
            super::plain("Check **who** it is.\n\n- Ask for a name\n- Tell someone"),
            "Check who it is. Ask for a name. Tell someone."
        );
    }
}
