//! Commands while learning: modules and their pages, stories, quizzes, the
//! check before a module, and the spaced review.

use super::go;
use crate::app::command::Command;
use crate::app::effect::Effect;
use crate::app::env::AppEnv;
use crate::app::state::*;
use crate::course::pages::{self, PageRef};
use crate::course::{Course, QuestionKind, SceneStep};
use crate::progress::model::{Place, ScenarioRun};
use crate::quiz::run::QuizRun;
use crate::quiz::scenario::ScenarioPlay;
use crate::quiz::{AnswerRecord, Status, grade};

/// Counts time spent in a module since the last action, capped so that a
/// laptop left open does not count as study.
fn touch(st: &mut State, env: &AppEnv, module: &str) {
    let now = env.clock.now().unix;
    let course = &st.course;
    let Some(s) = &mut st.session else { return };
    if let Some(last) = s.last_activity {
        let secs = (now - last).clamp(0, 180) as u64;
        if secs > 0 && course.module(module).is_some() {
            s.progress.add_time(course, module, secs);
        }
    }
    s.last_activity = Some(now);
}

fn seed(env: &AppEnv) -> u64 {
    (env.clock.now().unix as u64).rotate_left(17) ^ fastrand::u64(..)
}

/// Whether a module opens on its note (content note, or the optional check).
fn starts_with_note(st: &State, id: &str) -> bool {
    let Some(m) = st.course.module(id) else {
        return false;
    };
    let pre_check_open = m.pre_check.is_some()
        && !st
            .progress()
            .is_some_and(|p| p.took_pre_check(&st.course.meta.id, id));
    m.content_note.is_some() || pre_check_open
}

pub fn open_module(st: &mut State, env: &AppEnv, id: &str, fx: &mut Vec<Effect>) {
    if st.course.module(id).is_none() {
        return;
    }
    let note = starts_with_note(st, id);
    go(
        st,
        Screen::Module(ModuleState {
            module: id.to_string(),
            view: ModuleView::Note,
            revealed: Default::default(),
            scenarios: Default::default(),
            sources_open: false,
            seed: seed(env),
        }),
    );
    if !note {
        go_page(st, env, 0, fx);
    }
}

fn record_page(st: &mut State, env: &AppEnv, module: &str, r: &PageRef, fx: &mut Vec<Effect>) {
    let now = env.clock.now();
    let course = &st.course;
    if let Some(s) = &mut st.session {
        s.progress
            .record_page(course, module, &r.lesson, r.page, now);
        fx.push(Effect::SaveProgress);
    }
}

/// Goes to page `i` (a place in the module's pages) of the module on screen.
fn go_page(st: &mut State, env: &AppEnv, i: usize, fx: &mut Vec<Effect>) {
    let facilitator = st.facilitator.is_some();
    let Screen::Module(ms) = &st.screen else {
        return;
    };
    let module = ms.module.clone();
    let Some(r) = st
        .course
        .module(&module)
        .and_then(|m| pages::page_ref(m, facilitator, i))
    else {
        return;
    };
    touch(st, env, &module);
    if let Screen::Module(ms) = &mut st.screen {
        ms.view = ModuleView::Page(r.clone());
        ms.sources_open = false;
    }
    st.reading.speaking = false;
    fx.push(Effect::StopSpeech);
    record_page(st, env, &module, &r, fx);
}

pub fn open_quiz(
    st: &mut State,
    env: &AppEnv,
    id: &str,
    kind: QuizKind,
    retry: bool,
    fx: &mut Vec<Effect>,
) {
    let Some(m) = st.course.module(id) else {
        return;
    };
    let now = env.clock.now();
    let (questions, pass_mark, attempt_no) = match kind {
        QuizKind::Quiz => (
            &m.quiz.questions,
            m.quiz.pass_mark,
            st.progress()
                .map(|p| p.next_attempt_no(&st.course.meta.id, id))
                .unwrap_or(1),
        ),
        QuizKind::PreCheck => match &m.pre_check {
            Some(pc) => (&pc.questions, 0, 1),
            None => return,
        },
    };
    if questions.is_empty() {
        return;
    }
    let run = QuizRun::for_questions(id, questions, pass_mark, attempt_no, seed(env), now.unix);
    let sel = Sel::fresh(&questions[0], &run.layouts[0]);
    let qs = QuizState {
        module: id.to_string(),
        kind,
        run,
        current: 0,
        sel,
        outcome: None,
        hint_shown: false,
    };
    if kind == QuizKind::Quiz {
        let course = &st.course;
        if let Some(s) = &mut st.session {
            s.progress.record_quiz_opened(course, id, now);
            fx.push(Effect::SaveProgress);
        }
    }
    if retry {
        st.screen = Screen::Quiz(qs);
    } else {
        go(st, Screen::Quiz(qs));
    }
}

pub fn open_review(st: &mut State, env: &AppEnv) {
    let now = env.clock.now();
    let items = st
        .progress()
        .map(|p| p.due_reviews(&st.course, now))
        .unwrap_or_default();
    let mut rs = ReviewState {
        items,
        current: 0,
        layout: Vec::new(),
        sel: Sel::Single(None),
        outcome: None,
        right: 0,
        answered: 0,
        seed: seed(env),
    };
    load_review_item(&st.course, &mut rs);
    go(st, Screen::Review(rs));
}

fn load_review_item(course: &Course, rs: &mut ReviewState) {
    rs.outcome = None;
    let Some((m, q)) = rs.items.get(rs.current) else {
        return;
    };
    let Some(q) = course.module(m).and_then(|m| m.question(q)) else {
        return;
    };
    let mut rng = fastrand::Rng::with_seed(rs.seed.wrapping_add(rs.current as u64));
    rs.layout = match &q.kind {
        QuestionKind::Single { choices } | QuestionKind::Multi { choices } => {
            crate::quiz::run::choice_layout(choices, &mut rng)
        }
        QuestionKind::Order { items } => crate::quiz::run::order_layout(items.len(), &mut rng),
        QuestionKind::TrueFalse { .. } => vec![0, 1],
        QuestionKind::SpotFlags { artefact, .. } => (0..artefact.parts.len()).collect(),
    };
    rs.sel = Sel::fresh(q, &rs.layout);
}

/// "Continue where you left off".
pub fn resume(st: &mut State, env: &AppEnv, fx: &mut Vec<Effect>) {
    let resume = st
        .progress()
        .and_then(|p| p.course(&st.course.meta.id))
        .and_then(|c| c.resume.clone());
    let facilitator = st.facilitator.is_some();
    match resume {
        Some(r) if st.course.module(&r.module).is_some() => match r.place {
            Place::Quiz => open_quiz(st, env, &r.module, QuizKind::Quiz, false, fx),
            Place::Page { lesson, page } => {
                let pr = PageRef { lesson, page };
                let i = st
                    .course
                    .module(&r.module)
                    .and_then(|m| pages::position(m, facilitator, &pr))
                    .unwrap_or(0);
                open_module(st, env, &r.module, fx);
                go_page(st, env, i, fx);
            }
        },
        _ => {
            if let Some(first) = st.course.modules.first().map(|m| m.id.clone()) {
                open_module(st, env, &first, fx);
            }
        }
    }
}

pub fn apply(st: &mut State, env: &AppEnv, cmd: Command, fx: &mut Vec<Effect>) {
    match cmd {
        Command::AckNote { skip_to_quiz } => {
            let Screen::Module(ms) = &st.screen else {
                return;
            };
            let id = ms.module.clone();
            if skip_to_quiz {
                open_quiz(st, env, &id, QuizKind::Quiz, false, fx);
            } else {
                go_page(st, env, 0, fx);
            }
        }
        Command::GoPage(i) => go_page(st, env, i, fx),
        Command::ToggleReveal { artefact } => {
            if let Screen::Module(ms) = &mut st.screen
                && !ms.revealed.remove(&artefact)
            {
                ms.revealed.insert(artefact);
            }
        }
        Command::ToggleSources => {
            if let Screen::Module(ms) = &mut st.screen {
                ms.sources_open = !ms.sources_open;
            }
        }
        Command::ScenarioChoose { scenario, choice } => choose(st, env, &scenario, choice, fx),
        Command::ScenarioRestart { scenario } => {
            let now = env.clock.now().unix;
            let s = seed(env);
            if let Screen::Module(ms) = &mut st.screen
                && let Some(sc) = st
                    .course
                    .module(&ms.module)
                    .and_then(|m| m.scenarios().find(|x| x.id == scenario))
            {
                ms.scenarios.insert(scenario, ScenarioPlay::new(sc, now, s));
            }
            st.reading.speaking = false;
            fx.push(Effect::StopSpeech);
        }
        Command::Select(i) => match &mut st.screen {
            Screen::Quiz(q) if !q.status().is_closed() => q.sel.toggle(i),
            Screen::Review(r) if r.outcome.is_none() => r.sel.toggle(i),
            _ => {}
        },
        Command::MoveItem { from, to } => match &mut st.screen {
            Screen::Quiz(q) if !q.status().is_closed() => q.sel.swap(from, to),
            Screen::Review(r) if r.outcome.is_none() => r.sel.swap(from, to),
            _ => {}
        },
        Command::Submit => submit(st, env, fx),
        Command::ShowHint => {
            if let Screen::Quiz(q) = &mut st.screen {
                q.hint_shown = true;
            }
        }
        Command::NextQuestion => next_question(st, env, fx),
        Command::QuizRetry => {
            let target = match &st.screen {
                Screen::Results(r) => Some((r.module.clone(), r.kind)),
                Screen::Quiz(q) => Some((q.module.clone(), q.kind)),
                _ => None,
            };
            if let Some((m, QuizKind::Quiz)) = target {
                open_quiz(st, env, &m, QuizKind::Quiz, true, fx);
            }
        }
        _ => {}
    }
}

fn choose(st: &mut State, env: &AppEnv, scenario: &str, choice: usize, fx: &mut Vec<Effect>) {
    let now = env.clock.now().unix;
    let s = seed(env);
    let Screen::Module(ms) = &mut st.screen else {
        return;
    };
    let module = ms.module.clone();
    let Some(sc) = st
        .course
        .module(&module)
        .and_then(|m| m.scenarios().find(|x| x.id == scenario))
    else {
        return;
    };
    let play = ms
        .scenarios
        .entry(scenario.to_string())
        .or_insert_with(|| ScenarioPlay::new(sc, now, s));
    let Some(ending) = play.choose(sc, choice) else {
        st.reading.speaking = false;
        fx.push(Effect::StopSpeech);
        return;
    };
    let run = ScenarioRun {
        module: module.clone(),
        scenario: scenario.to_string(),
        path: play
            .path
            .iter()
            .filter_map(|&i| sc.scenes.get(i).map(|x| x.id.clone()))
            .collect(),
        ending: sc.scenes.get(ending).map(|x| x.id.clone()),
        outcome: match sc.scenes.get(ending).map(|x| &x.step) {
            Some(SceneStep::Ending(e)) => Some(e.outcome),
            _ => None,
        },
        started: play.started,
        finished: Some(now),
    };
    let course = &st.course;
    if let Some(s) = &mut st.session {
        s.progress.record_scenario(course, run);
        fx.push(Effect::SaveProgress);
    }
    st.reading.speaking = false;
    fx.push(Effect::StopSpeech);
    touch(st, env, &module);
}

fn submit(st: &mut State, env: &AppEnv, fx: &mut Vec<Effect>) {
    let now = env.clock.now();
    match &mut st.screen {
        Screen::Quiz(q) => {
            let Some(m) = st.course.module(&q.module) else {
                return;
            };
            let questions = match q.kind {
                QuizKind::Quiz => &m.quiz.questions,
                QuizKind::PreCheck => match &m.pre_check {
                    Some(pc) => &pc.questions,
                    None => return,
                },
            };
            let Some(answer) = q.sel.answer() else {
                return;
            };
            if let Ok(out) = q.run.submit(questions, q.current, answer, now.unix) {
                if out.status == Status::Open
                    && let Sel::TrueFalse(b) = &mut q.sel
                {
                    // A wrong try: true/false starts over; other selections stay to adjust.
                    *b = None;
                }
                q.outcome = Some(out);
            }
            let id = q.module.clone();
            touch(st, env, &id);
        }
        Screen::Review(r) => {
            if r.outcome.is_some() {
                return;
            }
            let Some((mid, qid)) = r.items.get(r.current).cloned() else {
                return;
            };
            let Some(q) = st.course.module(&mid).and_then(|m| m.question(&qid)) else {
                return;
            };
            let Some(answer) = r.sel.answer() else {
                return;
            };
            let Ok(g) = grade(q, &answer) else { return };
            r.answered += 1;
            if g.correct {
                r.right += 1;
            }
            let record = AnswerRecord {
                question: q.id.clone(),
                try_no: 1,
                answer,
                correct: g.correct,
                at: now.unix,
            };
            r.outcome = Some(g);
            let course = &st.course;
            if let Some(s) = &mut st.session {
                s.progress.record_review(course, &record, &mid, now);
                fx.push(Effect::SaveProgress);
            }
        }
        _ => {}
    }
}

fn next_question(st: &mut State, env: &AppEnv, fx: &mut Vec<Effect>) {
    let now = env.clock.now();
    match &mut st.screen {
        Screen::Quiz(q) => {
            if !q.status().is_closed() {
                return; // answer the question first
            }
            let Some(m) = st.course.module(&q.module) else {
                return;
            };
            let questions = match q.kind {
                QuizKind::Quiz => &m.quiz.questions,
                QuizKind::PreCheck => match &m.pre_check {
                    Some(pc) => &pc.questions,
                    None => return,
                },
            };
            if q.current + 1 < q.run.len() {
                q.current += 1;
                if let (Some(question), Some(layout)) =
                    (questions.get(q.current), q.run.layouts.get(q.current))
                {
                    q.sel = Sel::fresh(question, layout);
                }
                q.outcome = None;
                q.hint_shown = false;
                st.reading.speaking = false;
                fx.push(Effect::StopSpeech);
                return;
            }
            // Finished: record and show the results.
            let attempt = q.run.to_attempt(Some(now.unix));
            let missed: Vec<String> = q
                .run
                .missed()
                .into_iter()
                .filter_map(|i| q.run.question_id(i).map(str::to_string))
                .collect();
            let kind = q.kind;
            let id = q.module.clone();
            let module = m.clone();
            let course = &st.course;
            if let Some(s) = &mut st.session {
                match kind {
                    QuizKind::Quiz => {
                        s.progress
                            .record_attempt(course, &module, attempt.clone(), now)
                    }
                    QuizKind::PreCheck => s.progress.record_pre_check(course, attempt.clone()),
                }
                fx.push(Effect::SaveProgress);
            }
            touch(st, env, &id);
            st.reading.speaking = false;
            fx.push(Effect::StopSpeech);
            st.screen = Screen::Results(ResultsState {
                module: id,
                kind,
                attempt,
                missed,
            });
        }
        Screen::Review(r) => {
            r.current += 1;
            load_review_item(&st.course, r);
            st.reading.speaking = false;
            fx.push(Effect::StopSpeech);
        }
        _ => {}
    }
}
