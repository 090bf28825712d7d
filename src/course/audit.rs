//! Checks on a module that loaded: answer keys that give themselves away,
//! and sources left inside the running text.
//!
//! Everything here is a warning; `alerta check --strict` turns warnings into
//! errors, and CI runs the bundled course that way.
//!
//! - **Longest choice**: in more than 40% of a module's Single questions the
//!   right answer is the longest choice (in any course language).
//! - **True/false lean**: more than 70% of a module's TrueFalse questions have
//!   the same answer (only with three or more of them).
//! - **Counts in hints**: a prompt or hint says how many choices are right.
//! - **First choice safe**: in a scenario, the first listed choice is the safe
//!   one at every scene where the choice matters. The app shuffles scenario
//!   choices, but printed handouts keep the author's order.
//! - **Inline citations** such as "(US State Department, 2022)" in learner
//!   text, and **figures without a source** on a page.

use super::diag::{DiagKind, Severity};
use super::locate::FieldPath;
use super::model::*;
use super::text::Text;
use super::validate::Problem;

/// Above this share of Single questions with the longest choice right, warn.
pub const LONGEST_SHARE: f64 = 0.40;
/// Above this share of TrueFalse questions with one answer, warn.
pub const TRUE_FALSE_SHARE: f64 = 0.70;

fn warn(path: FieldPath, kind: DiagKind) -> Problem {
    Problem {
        severity: Severity::Warning,
        path,
        kind,
    }
}

/// The answer-key tallies of one module, to add up over the course.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct KeyTally {
    pub single: usize,
    pub longest_right: usize,
    pub true_false: usize,
    pub answer_true: usize,
}

impl KeyTally {
    pub fn add(&mut self, o: KeyTally) {
        self.single += o.single;
        self.longest_right += o.longest_right;
        self.true_false += o.true_false;
        self.answer_true += o.answer_true;
    }

    /// Warnings for these tallies, at `path` (`modules` is set for the whole course).
    pub fn problems(&self, path: FieldPath, modules: Option<usize>) -> Vec<Problem> {
        let mut out = Vec::new();
        if self.single > 0 && self.longest_right as f64 / self.single as f64 > LONGEST_SHARE {
            out.push(warn(
                path,
                DiagKind::LongestIsRight {
                    count: self.longest_right,
                    total: self.single,
                    modules,
                },
            ));
        }
        if self.true_false >= 3 {
            let answer_false = self.true_false - self.answer_true;
            let (answer, count) = if self.answer_true >= answer_false {
                (true, self.answer_true)
            } else {
                (false, answer_false)
            };
            if count as f64 / self.true_false as f64 > TRUE_FALSE_SHARE {
                out.push(warn(
                    path,
                    DiagKind::TrueFalseLean {
                        answer,
                        count,
                        total: self.true_false,
                        modules,
                    },
                ));
            }
        }
        out
    }
}

/// Whether the right choice is longer than every other choice in some language.
pub fn longest_is_right(choices: &[Choice], languages: &[String]) -> bool {
    languages.iter().any(|lang| {
        let len = |c: &Choice| c.text.get(lang).chars().count();
        let Some(right) = choices.iter().find(|c| c.correct) else {
            return false;
        };
        let r = len(right);
        choices.iter().filter(|c| !c.correct).all(|c| len(c) < r)
    })
}

pub fn key_tally(m: &Module, languages: &[String]) -> KeyTally {
    let mut t = KeyTally::default();
    for q in &m.quiz.questions {
        match &q.kind {
            QuestionKind::Single { choices } => {
                t.single += 1;
                if longest_is_right(choices, languages) {
                    t.longest_right += 1;
                }
            }
            QuestionKind::TrueFalse { answer, .. } => {
                t.true_false += 1;
                if *answer {
                    t.answer_true += 1;
                }
            }
            _ => {}
        }
    }
    t
}

const NUMBERS_EN: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "all", "only",
];
const NUMBERS_ES: &[&str] = &[
    "una", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
    "todas", "todos", "sola", "solo", "sólo",
];
/// Words that, right after a number, make it a count of answers.
const COUNTED: &[&str] = &[
    // English
    "of",
    "are",
    "answer",
    "answers",
    "choice",
    "choices",
    "option",
    "options",
    "correct",
    "right",
    "true",
    "signs",
    "sign",
    "flags",
    "is",
    "apply",
    "applies",
    // Spanish
    "de",
    "son",
    "es",
    "respuesta",
    "respuestas",
    "opción",
    "opciones",
    "correcta",
    "correctas",
    "correcto",
    "correctos",
    "verdadera",
    "verdaderas",
    "señal",
    "señales",
    "aplica",
    "aplican",
    "están",
    "está",
];
/// After "of"/"de": the pronoun that makes "two of them" a count.
const OF_WHAT: &[&str] = &[
    "them", "these", "those", "the", "ellas", "ellos", "estas", "estos", "las", "los",
];

/// A phrase such as "Four of them are on the list" or "dos son correctas".
pub fn count_phrase(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    for (i, w) in words.iter().enumerate() {
        let is_number = NUMBERS_EN.contains(&w.as_str())
            || NUMBERS_ES.contains(&w.as_str())
            || (w.len() == 1 && w.chars().all(|c| c.is_ascii_digit()));
        if !is_number {
            continue;
        }
        let Some(next) = words.get(i + 1) else {
            continue;
        };
        if !COUNTED.contains(&next.as_str()) {
            continue;
        }
        // "of"/"de" only counts when followed by a pronoun ("two of them"), not
        // in "one of the reasons… is".
        if matches!(next.as_str(), "of" | "de") {
            let Some(what) = words.get(i + 2) else {
                continue;
            };
            if !OF_WHAT.contains(&what.as_str()) {
                continue;
            }
            let after = words.get(i + 3).map(String::as_str).unwrap_or("");
            // "one of the most common…", "una de las formas…": a description, not a count.
            if matches!(what.as_str(), "the" | "las" | "los")
                && !COUNTED.contains(&after)
                && !matches!(
                    after,
                    "choices" | "options" | "answers" | "opciones" | "respuestas"
                )
            {
                continue;
            }
        }
        // "is"/"es" after "one"/"una" is usually prose ("one is enough").
        if matches!(next.as_str(), "is" | "es" | "está" | "of" | "de")
            && matches!(
                w.as_str(),
                "one" | "una" | "uno" | "all" | "todas" | "todos"
            )
            && !matches!(
                words.get(i + 2).map(String::as_str),
                Some("correct" | "right" | "true" | "correcta" | "correcto" | "verdadera")
            )
        {
            continue;
        }
        let end = (i + 4).min(words.len());
        return Some(words[i..end].join(" "));
    }
    None
}

/// Checks a question's prompt and hint for counts of right answers.
fn count_checks(q: &Question, path: FieldPath, out: &mut Vec<Problem>) {
    let counts_matter = matches!(
        q.kind,
        QuestionKind::Multi { .. } | QuestionKind::SpotFlags { .. }
    );
    if !counts_matter {
        return;
    }
    for (field, text) in [("prompt", Some(&q.prompt)), ("hint", q.hint.as_ref())] {
        let Some(text) = text else { continue };
        for (lang, s) in text.iter() {
            if let Some(phrase) = count_phrase(s) {
                out.push(warn(
                    path.field(field).lang(lang),
                    DiagKind::CountInText { phrase },
                ));
                break;
            }
        }
    }
}

/// For each scene, whether every ending reachable from it is Safe.
fn safe_from(s: &Scenario) -> Vec<bool> {
    let n = s.scenes.len();
    // Start optimistic and remove scenes that can reach a non-safe ending.
    let mut unsafe_reach = vec![false; n];
    for (i, sc) in s.scenes.iter().enumerate() {
        if let SceneStep::Ending(e) = &sc.step {
            unsafe_reach[i] = e.outcome != Outcome::Safe;
        }
    }
    let mut changed = true;
    while changed {
        changed = false;
        for (i, sc) in s.scenes.iter().enumerate() {
            if unsafe_reach[i] {
                continue;
            }
            if let SceneStep::Choices(cs) = &sc.step
                && cs
                    .iter()
                    .any(|c| unsafe_reach.get(c.goto).copied().unwrap_or(false))
            {
                unsafe_reach[i] = true;
                changed = true;
            }
        }
    }
    unsafe_reach.iter().map(|u| !u).collect()
}

/// Whether the first listed choice is the safe one at every scene where one
/// choice is safe and another is not. `None` when no scene discriminates.
pub fn first_choice_always_safe(s: &Scenario) -> Option<(bool, usize)> {
    let safe = safe_from(s);
    let mut scenes = 0;
    let mut first_safe = 0;
    for sc in &s.scenes {
        let SceneStep::Choices(cs) = &sc.step else {
            continue;
        };
        let flags: Vec<bool> = cs
            .iter()
            .map(|c| safe.get(c.goto).copied().unwrap_or(false))
            .collect();
        if flags.iter().any(|f| *f) && flags.iter().any(|f| !*f) {
            scenes += 1;
            if flags[0] {
                first_safe += 1;
            }
        }
    }
    (scenes > 0).then_some((first_safe == scenes, scenes))
}

/// A parenthesised citation such as "(US State Department, 2022)" or "(OIT, s.f.)".
pub fn inline_citation(text: &str) -> Option<String> {
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        let after = &rest[open + 1..];
        let Some(close) = after.find(')') else { break };
        let inner = &after[..close];
        if inner.chars().count() <= 160 {
            let has_year = inner
                .split(|c: char| !c.is_ascii_digit())
                .any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")));
            let undated = inner.contains("n.d.") || inner.contains("s.f.");
            let trimmed = inner.trim();
            let only_year = trimmed.len() == 4 && trimmed.chars().all(|c| c.is_ascii_digit());
            let cites = (has_year || undated) && (inner.contains(',') || only_year);
            if cites {
                return Some(format!("({inner})"));
            }
        }
        rest = &after[close..];
    }
    None
}

/// The first figure in a learner text: a number of two or more digits, or a
/// percentage (years inside a citation are the citation's, not figures).
pub fn figure(text: &str) -> Option<String> {
    let mut text = text.to_string();
    while let Some(c) = inline_citation(&text) {
        text = text.replacen(&c, "", 1);
    }
    text.split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ',' | ';' | ':' | '"'))
        .map(|w| w.trim_matches(['.', '!', '?', '*', '_']))
        .find(|w| {
            let digits = w.chars().filter(char::is_ascii_digit).count();
            digits >= 2 || (digits >= 1 && w.contains('%'))
        })
        .map(str::to_string)
}

fn texts_of(b: &Block) -> Vec<(&'static str, Option<usize>, &Text)> {
    match b {
        Block::Text(r) => vec![("body", None, &r.source)],
        Block::KeyPoints { points, .. } => points
            .iter()
            .enumerate()
            .map(|(i, p)| ("points", Some(i), p))
            .collect(),
        Block::RedFlags { flags, .. } => flags
            .iter()
            .enumerate()
            .map(|(i, f)| ("flags", Some(i), &f.text))
            .collect(),
        _ => Vec::new(),
    }
}

/// Every learner text in a block or question that could carry a citation.
fn citation_texts(b: &Block) -> Vec<&Text> {
    match b {
        Block::Text(r) => vec![&r.source],
        Block::KeyPoints { points, .. } => points.iter().collect(),
        Block::RedFlags { flags, .. } => flags
            .iter()
            .flat_map(|f| std::iter::once(&f.text).chain(f.why.as_ref()))
            .collect(),
        Block::Scenario(s) => s
            .intro
            .iter()
            .chain(s.scenes.iter().flat_map(|sc| {
                let debrief = match &sc.step {
                    SceneStep::Ending(e) => Some(&e.debrief),
                    _ => None,
                };
                std::iter::once(&sc.text).chain(debrief)
            }))
            .collect(),
        _ => Vec::new(),
    }
}

fn question_texts(q: &Question) -> Vec<&Text> {
    let mut v: Vec<&Text> = vec![&q.prompt];
    v.extend(q.hint.iter());
    v.extend(q.explanation.iter());
    match &q.kind {
        QuestionKind::Single { choices } | QuestionKind::Multi { choices } => {
            v.extend(choices.iter().filter_map(|c| c.feedback.as_ref()));
        }
        QuestionKind::TrueFalse {
            true_feedback,
            false_feedback,
            ..
        } => {
            v.extend(true_feedback.iter());
            v.extend(false_feedback.iter());
        }
        _ => {}
    }
    v
}

fn first_citation(texts: &[&Text]) -> Option<String> {
    texts
        .iter()
        .flat_map(|t| t.iter())
        .find_map(|(_, s)| inline_citation(s))
}

/// All audit warnings for one module that loaded.
pub fn module(m: &Module, languages: &[String]) -> Vec<Problem> {
    let root = FieldPath::root();
    let mut out = key_tally(m, languages).problems(root.field("quiz"), None);
    for (li, l) in m.lessons.iter().enumerate() {
        for (pi, page) in l.pages.iter().enumerate() {
            let ppath = root.field("lessons").index(li).field("pages").index(pi);
            let mut page_figure: Option<(FieldPath, String)> = None;
            for (bi, b) in page.blocks.iter().enumerate() {
                let bp = ppath.index(bi);
                if let Some(text) = first_citation(&citation_texts(b)) {
                    out.push(warn(bp, DiagKind::InlineCitation { text }));
                }
                if page_figure.is_none() {
                    for (field, idx, t) in texts_of(b) {
                        if let Some(f) = t.iter().find_map(|(_, s)| figure(s)) {
                            let fp = match idx {
                                Some(i) => bp.field(field).index(i),
                                None => bp.field(field),
                            };
                            page_figure = Some((fp, f));
                            break;
                        }
                    }
                }
                if let Block::Scenario(s) = b
                    && let Some((true, scenes)) = first_choice_always_safe(s)
                {
                    out.push(warn(
                        bp.field("id"),
                        DiagKind::FirstChoiceAlwaysSafe {
                            scenario: s.id.clone(),
                            scenes,
                        },
                    ));
                }
            }
            if page.sources.is_empty()
                && let Some((fp, figure)) = page_figure
            {
                out.push(warn(fp, DiagKind::FigureWithoutSource { figure }));
            }
        }
    }
    for (qi, q) in m.quiz.questions.iter().enumerate() {
        let qp = root.field("quiz").field("questions").index(qi);
        count_checks(q, qp, &mut out);
        if let Some(text) = first_citation(&question_texts(q)) {
            out.push(warn(qp.field("id"), DiagKind::InlineCitation { text }));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_in_hints() {
        assert!(count_phrase("Four of them are on the ILO list.").is_some());
        assert!(count_phrase("Two are right.").is_some());
        assert!(count_phrase("Dos de ellas son correctas.").is_some());
        assert!(count_phrase("Hay tres señales en el anuncio.").is_some());
        assert!(count_phrase("tres señales").is_some());
        assert!(count_phrase("Think about who holds the passport.").is_none());
        assert!(count_phrase("One of the most common lies is a job abroad.").is_none());
        assert!(count_phrase("Una de las formas más comunes es el engaño.").is_none());
        assert!(count_phrase("Only one is correct.").is_some());
        assert!(count_phrase("Select 3 answers").is_some());
        assert!(count_phrase("Think of two years ago").is_none());
    }

    #[test]
    fn citations() {
        assert_eq!(
            inline_citation("Most were girls (UNICEF and CICIG, 2016)."),
            Some("(UNICEF and CICIG, 2016)".into())
        );
        assert!(inline_citation("Ask (OIM, s.f.) first").is_some());
        assert!(inline_citation("the protocol (2000) says").is_some());
        assert!(inline_citation("between (2014 and 2018) only").is_none());
        assert!(inline_citation("call (free) now").is_none());
    }

    #[test]
    fn figures() {
        assert_eq!(figure("About 40% were students."), Some("40%".into()));
        assert_eq!(figure("In 2016, a study"), Some("2016".into()));
        assert_eq!(figure("One friend, 1 call"), None);
    }
}
