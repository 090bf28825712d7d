//! A workshop presentation: the facilitator steps through a module's blocks
//! and questions for a room, reveals answers, counts raised hands, and lets
//! the room vote at each turn of a story. No egui here: the presenter and
//! audience views only draw a [`Presentation`] and send commands.
//!
//! Everything names course items by id, so a presentation can check itself
//! against the course after a lesson pack is installed or the course is
//! switched ([`Presentation::fits`]), and nothing indexes past the end.
//!
//! The session is saved as a versioned [`SessionRecord`] in the data folder's
//! `sessions/`, under a unique name, so two sessions on one day never
//! overwrite each other.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use crate::course::{Block, Course, Lesson, Module, Question, QuestionKind, SceneStep};
use crate::quiz::scenario::ScenarioPlay;

/// The format version this build writes in session files.
pub const SESSION_VERSION: u32 = 1;

/// One thing shown to the room.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Block {
        lesson: String,
        page: usize,
        block: usize,
    },
    Question(String),
}

/// What a step shows, resolved against the course.
pub enum StepContent<'c> {
    Block {
        lesson: &'c Lesson,
        page: usize,
        block: &'c Block,
    },
    Question {
        index: usize,
        question: &'c Question,
    },
}

/// Steps for a module: every block a room can see, then every question.
pub fn steps(m: &Module) -> Vec<Step> {
    let mut v = Vec::new();
    for l in &m.lessons {
        for (pi, p) in l.pages.iter().enumerate() {
            for (bi, b) in p.blocks.iter().enumerate() {
                if !matches!(b, Block::FacilitatorNote(_)) {
                    v.push(Step::Block {
                        lesson: l.id.clone(),
                        page: pi,
                        block: bi,
                    });
                }
            }
        }
    }
    v.extend(
        m.quiz
            .questions
            .iter()
            .map(|q| Step::Question(q.id.clone())),
    );
    v
}

/// A tally of raised hands, kept with the session. Hands are counted per
/// choice in the course's own order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Tally {
    /// `q:<question id>` or `s:<scenario id>/<scene id>`.
    pub key: String,
    pub prompt: String,
    pub choices: Vec<String>,
    pub hands: Vec<u32>,
    /// For questions: which choices are right (filled in at the reveal).
    pub correct: Vec<bool>,
}

/// What the room can raise hands for at the current step.
#[derive(Clone, Debug, PartialEq)]
pub struct TallyTarget {
    pub key: String,
    pub prompt: String,
    /// In the course's order.
    pub choices: Vec<String>,
    pub correct: Vec<bool>,
    /// The order to show them in, as course indices.
    pub order: Vec<usize>,
    /// A story turn, where the room can vote.
    pub is_story: bool,
}

/// Why following the room's vote did nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VoteError {
    NotAStoryTurn,
    NoVotesYet,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Presentation {
    pub course_id: String,
    pub module: String,
    pub steps: Vec<Step>,
    pub current: usize,
    pub visited: BTreeSet<usize>,
    pub revealed: BTreeSet<usize>,
    pub tallies: BTreeMap<String, Tally>,
    pub scenarios: HashMap<String, ScenarioPlay>,
    /// Single-window mode: the notes are showing (N toggles).
    pub show_notes: bool,
    /// The audience view is in its own window (for a projector).
    pub audience_window: bool,
    pub timer_start: i64,
    pub started: i64,
    pub ended: Option<i64>,
    /// Unique session id (`s-` and random hex digits), also its file name.
    pub session_id: String,
    /// Seeds the order of ordering items and story choices.
    pub seed: u64,
}

impl Presentation {
    /// A presentation of module `module_id`, if the course has it.
    pub fn new(course: &Course, module_id: &str, now: i64, seed: u64) -> Option<Self> {
        let m = course.module(module_id)?;
        let date = crate::progress::clock::local_date(now);
        Some(Presentation {
            course_id: course.meta.id.clone(),
            module: m.id.clone(),
            steps: steps(m),
            current: 0,
            visited: BTreeSet::from([0]),
            revealed: BTreeSet::new(),
            tallies: BTreeMap::new(),
            scenarios: HashMap::new(),
            show_notes: true,
            audience_window: false,
            timer_start: now,
            started: now,
            ended: None,
            session_id: format!("session-{date}-{:08x}", (seed as u32) ^ fastrand::u32(..)),
            seed,
        })
    }

    /// Whether this presentation still matches the course (same course, the
    /// module still there, and the same steps).
    pub fn fits(&self, course: &Course) -> bool {
        course.meta.id == self.course_id
            && course
                .module(&self.module)
                .is_some_and(|m| steps(m) == self.steps)
            && self.current < self.steps.len().max(1)
            && self.scenarios.iter().all(|(id, play)| {
                find_scenario(course, &self.module, id).is_some_and(|s| play.fits(s))
            })
    }

    pub fn module<'c>(&self, course: &'c Course) -> Option<&'c Module> {
        course.module(&self.module)
    }

    /// What step `i` shows.
    pub fn content<'c>(&self, course: &'c Course, i: usize) -> Option<StepContent<'c>> {
        let m = self.module(course)?;
        match self.steps.get(i)? {
            Step::Block {
                lesson,
                page,
                block,
            } => {
                let l = m.lessons.iter().find(|l| l.id == *lesson)?;
                let b = l.pages.get(*page)?.blocks.get(*block)?;
                Some(StepContent::Block {
                    lesson: l,
                    page: *page,
                    block: b,
                })
            }
            Step::Question(id) => {
                let index = m.quiz.questions.iter().position(|q| q.id == *id)?;
                Some(StepContent::Question {
                    index,
                    question: &m.quiz.questions[index],
                })
            }
        }
    }

    pub fn is_question(&self) -> bool {
        matches!(self.steps.get(self.current), Some(Step::Question(_)))
    }

    pub fn revealed_now(&self) -> bool {
        self.revealed.contains(&self.current)
    }

    /// The FacilitatorNote and Discussion blocks on the current step's page.
    pub fn notes<'c>(&self, course: &'c Course) -> Vec<&'c Block> {
        match self.content(course, self.current) {
            Some(StepContent::Block { lesson, page, .. }) => lesson
                .pages
                .get(page)
                .map(|p| p.blocks.iter().filter(|b| b.facilitator_only()).collect())
                .unwrap_or_default(),
            _ => Vec::new(),
        }
    }

    /// The play of a scenario in this session (started on first vote).
    pub fn play(&self, scenario: &str) -> Option<&ScenarioPlay> {
        self.scenarios.get(scenario)
    }

    /// The order in which the room sees an ordering question's items before
    /// the reveal: never the right order, never exactly reversed.
    pub fn order_display(&self, question: &Question) -> Vec<usize> {
        let QuestionKind::Order { items } = &question.kind else {
            return Vec::new();
        };
        let mut h = self.seed;
        for b in question.id.bytes() {
            h = h.rotate_left(5) ^ u64::from(b);
        }
        crate::quiz::run::order_layout(items.len(), &mut fastrand::Rng::with_seed(h))
    }

    /// The choices the room can raise hands for at this step. `yes_no` are the
    /// words for true and false in the language shown.
    pub fn tally_target(
        &self,
        course: &Course,
        lang: &str,
        yes_no: (&str, &str),
    ) -> Option<TallyTarget> {
        match self.content(course, self.current)? {
            StepContent::Question { question: q, .. } => {
                let (choices, correct): (Vec<String>, Vec<bool>) = match &q.kind {
                    QuestionKind::Single { choices } | QuestionKind::Multi { choices } => choices
                        .iter()
                        .map(|c| (c.text.get(lang).to_string(), c.correct))
                        .unzip(),
                    QuestionKind::TrueFalse { answer, .. } => (
                        vec![yes_no.0.to_string(), yes_no.1.to_string()],
                        vec![*answer, !*answer],
                    ),
                    QuestionKind::SpotFlags {
                        artefact, flagged, ..
                    } => (
                        artefact
                            .parts
                            .iter()
                            .map(|p| p.text.get(lang).to_string())
                            .collect(),
                        flagged.clone(),
                    ),
                    // Ordering has no single choice to raise hands for.
                    QuestionKind::Order { .. } => return None,
                };
                let order = match &q.kind {
                    QuestionKind::Single { choices } | QuestionKind::Multi { choices } => {
                        let mut h = self.seed;
                        for b in q.id.bytes() {
                            h = h.rotate_left(7) ^ u64::from(b);
                        }
                        crate::quiz::run::choice_layout(choices, &mut fastrand::Rng::with_seed(h))
                    }
                    _ => (0..choices.len()).collect(),
                };
                Some(TallyTarget {
                    key: format!("q:{}", q.id),
                    prompt: q.prompt.get(lang).to_string(),
                    choices,
                    correct,
                    order,
                    is_story: false,
                })
            }
            StepContent::Block {
                block: Block::Scenario(sc),
                ..
            } => {
                let play = self
                    .scenarios
                    .get(&sc.id)
                    .cloned()
                    .unwrap_or_else(|| ScenarioPlay::new(sc, self.started, self.seed));
                let scene = sc.scenes.get(play.current)?;
                let SceneStep::Choices(choices) = &scene.step else {
                    return None;
                };
                Some(TallyTarget {
                    key: format!("s:{}/{}", sc.id, scene.id),
                    prompt: scene.text.get(lang).to_string(),
                    choices: choices
                        .iter()
                        .map(|c| c.text.get(lang).to_string())
                        .collect(),
                    correct: vec![false; choices.len()],
                    order: play.choice_order(sc),
                    is_story: true,
                })
            }
            StepContent::Block { .. } => None,
        }
    }

    pub fn hands(&self, key: &str, n: usize) -> Vec<u32> {
        let mut v = self
            .tallies
            .get(key)
            .map(|t| t.hands.clone())
            .unwrap_or_default();
        v.resize(n, 0);
        v
    }

    /// Moves `d` steps, staying inside the presentation.
    pub fn step(&mut self, d: isize) {
        let next = self.current as isize + d;
        if next >= 0 && (next as usize) < self.steps.len() {
            self.current = next as usize;
            self.visited.insert(self.current);
        }
    }

    /// Shows the answer of the current question. Returns whether anything changed.
    pub fn reveal(&mut self, course: &Course, lang: &str, yes_no: (&str, &str)) -> bool {
        if !self.is_question() {
            return false;
        }
        self.revealed.insert(self.current);
        if let Some(t) = self.tally_target(course, lang, yes_no)
            && let Some(tally) = self.tallies.get_mut(&t.key)
        {
            tally.correct = t.correct;
        }
        true
    }

    /// Adds `delta` raised hands for `choice` (a course index). Returns whether anything changed.
    pub fn tally(
        &mut self,
        course: &Course,
        lang: &str,
        yes_no: (&str, &str),
        choice: usize,
        delta: i32,
    ) -> bool {
        let Some(t) = self.tally_target(course, lang, yes_no) else {
            return false;
        };
        if choice >= t.choices.len() {
            return false;
        }
        let n = t.choices.len();
        let revealed = self.revealed_now();
        let tally = self.tallies.entry(t.key.clone()).or_insert_with(|| Tally {
            key: t.key.clone(),
            prompt: t.prompt.clone(),
            choices: t.choices.clone(),
            hands: vec![0; n],
            correct: vec![false; n],
        });
        tally.hands.resize(n, 0);
        let v = &mut tally.hands[choice];
        *v = (i64::from(*v) + i64::from(delta)).clamp(0, 999) as u32;
        if revealed {
            tally.correct = t.correct;
        }
        true
    }

    /// Takes the story choice with the most hands (ties: the first shown).
    /// Returns the chosen choice's text.
    pub fn follow_majority(
        &mut self,
        course: &Course,
        lang: &str,
        now: i64,
    ) -> Result<String, VoteError> {
        let t = self
            .tally_target(course, lang, ("", ""))
            .filter(|t| t.is_story)
            .ok_or(VoteError::NotAStoryTurn)?;
        let Some(StepContent::Block {
            block: Block::Scenario(sc),
            ..
        }) = self.content(course, self.current)
        else {
            return Err(VoteError::NotAStoryTurn);
        };
        let hands = self.hands(&t.key, t.choices.len());
        let max = hands.iter().copied().max().unwrap_or(0);
        if max == 0 {
            return Err(VoteError::NoVotesYet);
        }
        let choice = t
            .order
            .iter()
            .copied()
            .find(|&i| hands.get(i) == Some(&max))
            .unwrap_or(0);
        let seed = self.seed;
        let play = self
            .scenarios
            .entry(sc.id.clone())
            .or_insert_with(|| ScenarioPlay::new(sc, now, seed));
        play.choose(sc, choice);
        Ok(t.choices.get(choice).cloned().unwrap_or_default())
    }

    pub fn end(&mut self, now: i64) {
        self.ended = Some(now);
    }

    pub fn record(&self, notes: &str) -> SessionRecord {
        SessionRecord {
            version: SESSION_VERSION,
            id: self.session_id.clone(),
            course_id: self.course_id.clone(),
            module: self.module.clone(),
            started: self.started,
            ended: self.ended,
            steps_total: self.steps.len(),
            steps_covered: self.visited.len(),
            tallies: self.tallies.values().cloned().collect(),
            notes: notes.to_string(),
        }
    }
}

fn find_scenario<'c>(
    course: &'c Course,
    module: &str,
    id: &str,
) -> Option<&'c crate::course::Scenario> {
    course.module(module)?.scenarios().find(|s| s.id == id)
}

mod record;

pub use record::{SessionRecord, read_session, save_session, session_path, summary_csv};

#[cfg(test)]
mod tests {
    use super::*;

    fn course() -> Course {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good");
        crate::course::load_dir(&dir).unwrap().course
    }

    const YN: (&str, &str) = ("True", "False");

    #[test]
    fn steps_reveal_tally_and_record() {
        let c = course();
        let mut p = Presentation::new(&c, "what-is-trafficking", 100, 7).unwrap();
        assert!(p.fits(&c));
        assert!(Presentation::new(&c, "no-such-module", 0, 0).is_none());
        // Walk to the first question.
        let q = p
            .steps
            .iter()
            .position(|s| matches!(s, Step::Question(_)))
            .unwrap();
        p.step(q as isize);
        assert!(p.is_question());
        p.step(10_000);
        assert_eq!(p.current, q, "stepping past the end does nothing");
        let t = p.tally_target(&c, "en", YN).unwrap();
        assert!(p.tally(&c, "en", YN, t.order[0], 3));
        assert!(!p.tally(&c, "en", YN, 99, 1), "no such choice");
        assert!(p.tally(&c, "en", YN, t.order[0], -5));
        assert_eq!(
            p.hands(&t.key, t.choices.len())[t.order[0]],
            0,
            "never below zero"
        );
        p.tally(&c, "en", YN, 0, 2);
        assert!(p.reveal(&c, "en", YN));
        let rec = p.record("good session");
        assert_eq!(rec.version, SESSION_VERSION);
        assert_eq!(rec.tallies.len(), 1);
        assert_eq!(rec.tallies[0].correct, t.correct);
        let csv = String::from_utf8(summary_csv(
            &rec,
            &["module", "step", "prompt", "choice", "hands", "correct"],
        ))
        .unwrap();
        assert!(csv.contains("good session"));
    }

    #[test]
    fn sessions_have_unique_files() {
        let c = course();
        let d = tempfile::tempdir().unwrap();
        let a = Presentation::new(&c, "what-is-trafficking", 100, 1).unwrap();
        let b = Presentation::new(&c, "what-is-trafficking", 100, 1).unwrap();
        assert_ne!(a.session_id, b.session_id, "two sessions the same day");
        let pa = save_session(d.path(), &a.record("")).unwrap();
        let pb = save_session(d.path(), &b.record("")).unwrap();
        assert_ne!(pa, pb);
        assert_eq!(read_session(&pa).unwrap().id, a.session_id);
        let mut bad = a.record("");
        bad.id = "../settings".into();
        assert!(save_session(d.path(), &bad).is_err());
    }

    #[test]
    fn ordering_is_never_shown_solved_or_reversed() {
        let c = course();
        for seed in 0..100 {
            let p = Presentation::new(&c, "what-is-trafficking", 0, seed).unwrap();
            for q in &c.module("what-is-trafficking").unwrap().quiz.questions {
                if let QuestionKind::Order { items } = &q.kind {
                    let o = p.order_display(q);
                    let n = items.len();
                    assert!(o.iter().enumerate().any(|(i, &x)| i != x));
                    if n > 2 {
                        assert!(o.iter().enumerate().any(|(i, &x)| x != n - 1 - i));
                    }
                }
            }
        }
    }

    #[test]
    fn a_smaller_course_does_not_fit() {
        let c = course();
        let p = Presentation::new(&c, "what-is-trafficking", 0, 0).unwrap();
        let mut smaller = c.clone();
        smaller.modules.retain(|m| m.id != "what-is-trafficking");
        assert!(!p.fits(&smaller));
        assert!(
            p.content(&smaller, p.current).is_none(),
            "and nothing panics"
        );
        assert!(p.tally_target(&smaller, "en", YN).is_none());
    }
}
