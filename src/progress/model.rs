//! A learner's progress, as kept on disk. Versioned, with explicit migrations.
//!
//! Every struct has `#[serde(default)]`, so a field added later reads as its
//! default from an older file. A change that needs more than that gets a new
//! version number and a migration function (see [`parse_progress`]).

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::clock::Now;
use super::review::{self, Card};
use crate::course::{Course, Module, Outcome};
use crate::quiz::{AnswerRecord, QuizAttempt};

/// The version this build writes. Older versions are migrated on read; newer
/// ones are refused (and the file is kept, never overwritten).
pub const CURRENT_VERSION: u32 = 2;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, rename = "Progress")]
pub struct Progress {
    pub version: u32,
    pub profile: ProfileInfo,
    pub settings: LearnerSettings,
    /// Sessions opened so far; the review schedule counts in sessions and days.
    pub sessions: u32,
    /// Local day of the last session, to notice a clock that went backwards.
    pub last_session_day: i32,
    /// When this state was last saved (Unix seconds).
    pub saved_at: i64,
    /// Progress per course id, so that switching lesson packs loses nothing.
    pub courses: BTreeMap<String, CourseProgress>,
}

impl Default for Progress {
    fn default() -> Self {
        Progress {
            version: CURRENT_VERSION,
            profile: ProfileInfo::default(),
            settings: LearnerSettings::default(),
            sessions: 0,
            last_session_day: 0,
            saved_at: 0,
            courses: BTreeMap::new(),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProfileInfo {
    pub id: String,
    pub name: String,
    pub created: i64,
    /// An optional PIN that keeps classmates out. Privacy among peers, not security.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pin: Option<PinHash>,
}

pub use super::pin::{PinHash, valid_pin};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LearnerSettings {
    pub language: String,
    pub zoom: f32,
    pub high_contrast: bool,
}

impl Default for LearnerSettings {
    fn default() -> Self {
        LearnerSettings {
            language: "es".into(),
            zoom: 1.0,
            high_contrast: false,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CourseProgress {
    pub course_version: u32,
    pub modules: BTreeMap<String, ModuleProgress>,
    pub attempts: Vec<QuizAttempt>,
    /// Review cards by `module/question`.
    pub review: BTreeMap<String, Card>,
    /// Questions that left the review boxes after enough right answers.
    pub mastered: BTreeSet<String>,
    pub scenario_runs: Vec<ScenarioRun>,
    pub resume: Option<Resume>,
    /// Checks taken before a module's lessons ("see what you already know").
    /// Never a pass; kept to show what was learned.
    pub pre_checks: Vec<QuizAttempt>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ModuleProgress {
    pub started: Option<i64>,
    /// Pages seen, as `lesson-id#page-number`.
    pub pages_seen: BTreeSet<String>,
    pub best_score: Option<u8>,
    pub passed: bool,
    pub passed_at: Option<i64>,
    pub time_spent_secs: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Place {
    Page { lesson: String, page: usize },
    Quiz,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resume {
    pub module: String,
    pub place: Place,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ScenarioRun {
    pub module: String,
    pub scenario: String,
    /// Scene ids in the order the learner went through them.
    pub path: Vec<String>,
    pub ending: Option<String>,
    pub outcome: Option<Outcome>,
    pub started: i64,
    pub finished: Option<i64>,
}

/// Where a module stands for this learner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModuleStatus {
    NotStarted,
    InProgress,
    Passed { score: u8 },
}

/// One thing the learner got wrong, for "My mistakes".
#[derive(Clone, Debug, PartialEq)]
pub struct Mistake {
    pub module: String,
    pub question: String,
    pub answer: crate::quiz::Answer,
    pub at: i64,
    /// Whether a later try (in a quiz or review) got it right.
    pub since_right: bool,
}

pub fn page_key(lesson: &str, page: usize) -> String {
    format!("{lesson}#{page}")
}

pub fn card_key(module: &str, question: &str) -> String {
    format!("{module}/{question}")
}

impl Progress {
    /// A new learner.
    pub fn new(id: &str, name: &str, language: &str, now: Now) -> Progress {
        Progress {
            profile: ProfileInfo {
                id: id.into(),
                name: name.into(),
                created: now.unix,
                pin: None,
            },
            settings: LearnerSettings {
                language: language.into(),
                ..LearnerSettings::default()
            },
            ..Progress::default()
        }
    }

    pub fn course(&self, course_id: &str) -> Option<&CourseProgress> {
        self.courses.get(course_id)
    }

    pub fn course_mut(&mut self, course: &Course) -> &mut CourseProgress {
        let cp = self.courses.entry(course.meta.id.clone()).or_default();
        cp.course_version = course.meta.version;
        cp
    }

    /// Called once when a learner opens their profile.
    pub fn start_session(&mut self, now: Now) {
        self.sessions = self.sessions.saturating_add(1);
        for cp in self.courses.values_mut() {
            review::clamp_after_clock_change(&mut cp.review, now.day);
        }
        self.last_session_day = now.day;
    }

    pub fn module_status(&self, course_id: &str, module: &str) -> ModuleStatus {
        let Some(cp) = self.course(course_id) else {
            return ModuleStatus::NotStarted;
        };
        let started_quiz = cp.attempts.iter().any(|a| a.module == module);
        match cp.modules.get(module) {
            Some(mp) if mp.passed => ModuleStatus::Passed {
                score: mp.best_score.unwrap_or(0),
            },
            Some(mp) if mp.started.is_some() || !mp.pages_seen.is_empty() => {
                ModuleStatus::InProgress
            }
            _ if started_quiz => ModuleStatus::InProgress,
            _ => ModuleStatus::NotStarted,
        }
    }

    /// The learner opened a page of a lesson.
    pub fn record_page(
        &mut self,
        course: &Course,
        module: &str,
        lesson: &str,
        page: usize,
        now: Now,
    ) {
        let cp = self.course_mut(course);
        let mp = cp.modules.entry(module.into()).or_default();
        mp.started.get_or_insert(now.unix);
        mp.pages_seen.insert(page_key(lesson, page));
        cp.resume = Some(Resume {
            module: module.into(),
            place: Place::Page {
                lesson: lesson.into(),
                page,
            },
        });
    }

    /// The learner opened a module's quiz.
    pub fn record_quiz_opened(&mut self, course: &Course, module: &str, now: Now) {
        let cp = self.course_mut(course);
        cp.modules
            .entry(module.into())
            .or_default()
            .started
            .get_or_insert(now.unix);
        cp.resume = Some(Resume {
            module: module.into(),
            place: Place::Quiz,
        });
    }

    pub fn add_time(&mut self, course: &Course, module: &str, secs: u64) {
        let cp = self.course_mut(course);
        let mp = cp.modules.entry(module.into()).or_default();
        mp.time_spent_secs = mp.time_spent_secs.saturating_add(secs);
    }

    /// Keeps a finished quiz attempt, updates mastery, and puts every question
    /// that was answered wrong at least once into review.
    pub fn record_attempt(
        &mut self,
        course: &Course,
        module: &Module,
        attempt: QuizAttempt,
        now: Now,
    ) {
        let sessions = self.sessions;
        let cp = self.course_mut(course);
        let mp = cp.modules.entry(module.id.clone()).or_default();
        mp.started.get_or_insert(attempt.started);
        if attempt.finished.is_some() {
            mp.best_score = Some(mp.best_score.unwrap_or(0).max(attempt.score_pct));
            if attempt.score_pct >= module.quiz.pass_mark && !mp.passed {
                mp.passed = true;
                mp.passed_at = Some(now.unix);
            }
        }
        let wrong: BTreeSet<&str> = attempt
            .answers
            .iter()
            .filter(|a| !a.correct)
            .map(|a| a.question.as_str())
            .collect();
        for q in wrong {
            let key = card_key(&module.id, q);
            cp.mastered.remove(&key);
            review::on_wrong(cp.review.entry(key).or_default(), sessions, now);
        }
        if cp
            .resume
            .as_ref()
            .is_some_and(|r| r.module == module.id && r.place == Place::Quiz)
            && attempt.finished.is_some()
        {
            cp.resume = None;
        }
        cp.attempts.push(attempt);
    }

    /// Keeps a finished check taken before a module's lessons. It changes no
    /// score, pass or review card.
    pub fn record_pre_check(&mut self, course: &Course, attempt: QuizAttempt) {
        let cp = self.course_mut(course);
        cp.modules
            .entry(attempt.module.clone())
            .or_default()
            .started
            .get_or_insert(attempt.started);
        cp.pre_checks.push(attempt);
    }

    /// Whether the learner has already taken the check before `module`.
    pub fn took_pre_check(&self, course_id: &str, module: &str) -> bool {
        self.course(course_id)
            .is_some_and(|c| c.pre_checks.iter().any(|a| a.module == module))
    }

    /// Applies one review answer to the question's card.
    pub fn record_review(
        &mut self,
        course: &Course,
        record: &AnswerRecord,
        module: &str,
        now: Now,
    ) {
        let sessions = self.sessions;
        let cp = self.course_mut(course);
        let key = card_key(module, &record.question);
        let retired = match cp.review.get_mut(&key) {
            Some(card) => {
                if record.correct {
                    review::on_right(card, sessions, now)
                } else {
                    review::on_wrong(card, sessions, now);
                    false
                }
            }
            None => false,
        };
        if let Some(card) = cp.review.get_mut(&key) {
            card.history.push(record.clone());
            if card.history.len() > 20 {
                card.history.remove(0);
            }
        }
        if retired {
            cp.review.remove(&key);
            cp.mastered.insert(key);
        }
    }

    pub fn record_scenario(&mut self, course: &Course, run: ScenarioRun) {
        let cp = self.course_mut(course);
        cp.modules
            .entry(run.module.clone())
            .or_default()
            .started
            .get_or_insert(run.started);
        cp.scenario_runs.push(run);
    }

    /// Review cards due now, as `(module, question)`, for questions that still exist.
    pub fn due_reviews(&self, course: &Course, now: Now) -> Vec<(String, String)> {
        let Some(cp) = self.course(&course.meta.id) else {
            return Vec::new();
        };
        cp.review
            .iter()
            .filter(|(_, c)| review::is_due(c, self.sessions, now))
            .filter_map(|(k, _)| {
                let (m, q) = k.split_once('/')?;
                course.module(m)?.question(q)?;
                Some((m.to_string(), q.to_string()))
            })
            .collect()
    }

    /// What the learner got wrong, newest first, one entry per question.
    pub fn mistakes(&self, course_id: &str) -> Vec<Mistake> {
        let Some(cp) = self.course(course_id) else {
            return Vec::new();
        };
        let mut latest: BTreeMap<(String, String), Mistake> = BTreeMap::new();
        let mut right_after: BTreeMap<(String, String), i64> = BTreeMap::new();
        let all = cp
            .attempts
            .iter()
            .flat_map(|a| a.answers.iter().map(move |r| (a.module.as_str(), r)))
            .chain(cp.review.iter().flat_map(|(k, c)| {
                let m = k.split_once('/').map(|(m, _)| m).unwrap_or("");
                c.history.iter().map(move |r| (m, r))
            }));
        for (module, r) in all {
            let key = (module.to_string(), r.question.clone());
            if r.correct {
                let e = right_after.entry(key).or_insert(r.at);
                *e = (*e).max(r.at);
            } else if latest.get(&key).is_none_or(|m| m.at <= r.at) {
                latest.insert(
                    key,
                    Mistake {
                        module: module.to_string(),
                        question: r.question.clone(),
                        answer: r.answer.clone(),
                        at: r.at,
                        since_right: false,
                    },
                );
            }
        }
        let mut out: Vec<Mistake> = latest
            .into_iter()
            .map(|(k, mut m)| {
                m.since_right = right_after.get(&k).is_some_and(|&t| t >= m.at);
                m
            })
            .collect();
        out.sort_by_key(|m| std::cmp::Reverse(m.at));
        out
    }

    /// The number of modules passed in a course.
    pub fn passed_count(&self, course_id: &str) -> usize {
        self.course(course_id)
            .map(|c| c.modules.values().filter(|m| m.passed).count())
            .unwrap_or(0)
    }

    pub fn next_attempt_no(&self, course_id: &str, module: &str) -> u32 {
        self.course(course_id)
            .map(|c| c.attempts.iter().filter(|a| a.module == module).count() as u32)
            .unwrap_or(0)
            + 1
    }
}

// ---------------------------------------------------------------------------
// Reading, with migrations.

pub use super::migrate::{ProgressError, parse_progress, to_ron};

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> Now {
        Now {
            unix: 1_000_000,
            day: 11,
        }
    }

    #[test]
    fn round_trip() {
        let mut p = Progress::new("p-1", "Ana", "es", now());
        p.profile.pin = Some(PinHash::legacy("1234"));
        p.courses.entry("c".into()).or_default().modules.insert(
            "m".into(),
            ModuleProgress {
                best_score: Some(90),
                passed: true,
                ..Default::default()
            },
        );
        let s = to_ron(&p);
        assert!(s.starts_with("Progress("), "{s}");
        assert_eq!(parse_progress(&s).unwrap(), p);
    }

    #[test]
    fn migrates_v1() {
        let v1 = r#"Progress(
            version: 1,
            profile: (id: "p-9", name: "Luis", created: 5),
            language: "en",
            course_id: "alerta",
            modules: {"m1": (best_score: Some(85), passed: true)},
            saved_at: 77,
        )"#;
        let p = parse_progress(v1).unwrap();
        assert_eq!(p.version, CURRENT_VERSION);
        assert_eq!(p.settings.language, "en");
        assert_eq!(p.profile.name, "Luis");
        assert!(p.courses["alerta"].modules["m1"].passed);
        assert_eq!(p.saved_at, 77);
    }

    #[test]
    fn refuses_future_and_garbage() {
        assert_eq!(
            parse_progress("Progress(version: 99, profile: (id: \"x\"))"),
            Err(ProgressError::FutureVersion { found: 99 })
        );
        assert!(matches!(
            parse_progress("Progress(version: 2, profile: (id: \"x\""),
            Err(ProgressError::Syntax { .. })
        ));
        assert!(parse_progress("").is_err());
        assert!(parse_progress("\u{0}\u{1}garbage").is_err());
        assert_eq!(
            parse_progress("Progress(version: 2)"),
            Err(ProgressError::NoProfile)
        );
    }
}
