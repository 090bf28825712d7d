//! The class's results as xAPI 1.0.3 statements, in one JSON file, for an
//! NGO that gathers many sites in a Learning Record Store. No network: the
//! file is loaded into the LRS by whoever runs it.
//!
//! Per learner and course:
//! - `answered` for every try at every quiz question (with success, the try
//!   number, and the response as the course's option numbers);
//! - `completed` for every finished quiz attempt (and every check before a
//!   module, marked with the `pre-check` extension), with the score and the
//!   time taken;
//! - `passed` or `failed` for every finished quiz attempt.
//!
//! Actors are identified by an account on `urn:alerta:<course id>` (the
//! profile id); anonymised, they become "Learner 1", "Learner 2", ….

use serde_json::{Value, json};

use crate::course::Course;
use crate::progress::Progress;
use crate::quiz::{Answer, QuizAttempt};

pub const VERSION: &str = "1.0.3";
pub const ANSWERED: &str = "http://adlnet.gov/expapi/verbs/answered";
pub const COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";
pub const PASSED: &str = "http://adlnet.gov/expapi/verbs/passed";
pub const FAILED: &str = "http://adlnet.gov/expapi/verbs/failed";
const INTERACTION: &str = "http://adlnet.gov/expapi/activities/cmi.interaction";
const ASSESSMENT: &str = "http://adlnet.gov/expapi/activities/assessment";

fn timestamp(unix: i64) -> String {
    jiff::Timestamp::from_second(unix)
        .map(|t| t.to_string())
        .unwrap_or_else(|_| "1970-01-01T00:00:00Z".into())
}

fn duration(secs: i64) -> String {
    format!("PT{}S", secs.max(0))
}

fn verb(id: &str) -> Value {
    let word = id.rsplit('/').next().unwrap_or(id);
    json!({ "id": id, "display": { "en-US": word } })
}

/// A language map for a course text (`en` as `en-US` too, as LRSs expect).
fn lang_map(t: &crate::course::Text) -> Value {
    let mut m = serde_json::Map::new();
    for (lang, s) in t.iter() {
        m.insert(lang.to_string(), Value::String(s.to_string()));
        if lang == "en" {
            m.insert("en-US".into(), Value::String(s.to_string()));
        }
    }
    Value::Object(m)
}

fn response(a: &Answer) -> String {
    let list = |v: Vec<usize>| {
        v.iter()
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join("[,]")
    };
    match a {
        Answer::Single(i) => i.to_string(),
        Answer::Multi(s) | Answer::Spot(s) => list(s.iter().copied().collect()),
        Answer::TrueFalse(b) => b.to_string(),
        Answer::Order(o) => list(o.clone()),
    }
}

fn attempt_statements(
    out: &mut Vec<Value>,
    course: &Course,
    actor: &Value,
    a: &QuizAttempt,
    pre_check: bool,
) {
    let Some(m) = course.module(&a.module) else {
        return;
    };
    let base = format!("urn:alerta:{}:{}", course.meta.id, m.id);
    let module_activity = json!({
        "objectType": "Activity",
        "id": base,
        "definition": { "name": lang_map(&m.title), "type": ASSESSMENT },
    });
    let questions = if pre_check {
        m.pre_check
            .as_ref()
            .map(|p| &p.questions[..])
            .unwrap_or(&[])
    } else {
        &m.quiz.questions[..]
    };
    for r in &a.answers {
        let Some(q) = questions.iter().find(|q| q.id == r.question) else {
            continue;
        };
        out.push(json!({
            "actor": actor,
            "verb": verb(ANSWERED),
            "object": {
                "objectType": "Activity",
                "id": format!("{base}:{}", q.id),
                "definition": { "name": lang_map(&q.prompt), "type": INTERACTION },
            },
            "result": { "success": r.correct, "response": response(&r.answer) },
            "context": {
                "contextActivities": { "parent": [ { "id": base } ] },
                "extensions": {
                    "urn:alerta:try": r.try_no,
                    "urn:alerta:pre-check": pre_check,
                },
            },
            "timestamp": timestamp(r.at),
            "version": VERSION,
        }));
    }
    let Some(finished) = a.finished else { return };
    // Passing is the module's pass mark (a check before the lessons never passes).
    let passed = !pre_check && a.score_pct >= m.quiz.pass_mark;
    let result = json!({
        "score": {
            "scaled": f64::from(a.score_pct) / 100.0,
            "raw": a.score_pct,
            "min": 0,
            "max": 100,
        },
        "completion": true,
        "success": passed,
        "duration": duration(finished - a.started),
    });
    let context = json!({
        "extensions": {
            "urn:alerta:attempt": a.attempt_no,
            "urn:alerta:pre-check": pre_check,
        },
    });
    out.push(json!({
        "actor": actor,
        "verb": verb(COMPLETED),
        "object": module_activity,
        "result": result,
        "context": context,
        "timestamp": timestamp(finished),
        "version": VERSION,
    }));
    if !pre_check {
        out.push(json!({
            "actor": actor,
            "verb": verb(if passed { PASSED } else { FAILED }),
            "object": module_activity,
            "result": result,
            "context": context,
            "timestamp": timestamp(finished),
            "version": VERSION,
        }));
    }
}

/// Every statement for these learners, in order.
pub fn statements(course: &Course, learners: &[&Progress], anonymised: bool) -> Vec<Value> {
    let mut out = Vec::new();
    for (i, p) in learners.iter().enumerate() {
        let (name, account) = if anonymised {
            (format!("Learner {}", i + 1), format!("learner-{}", i + 1))
        } else {
            (p.profile.name.clone(), p.profile.id.clone())
        };
        let actor = json!({
            "objectType": "Agent",
            "name": name,
            "account": {
                "homePage": format!("urn:alerta:{}", course.meta.id),
                "name": account,
            },
        });
        let Some(cp) = p.course(&course.meta.id) else {
            continue;
        };
        for a in &cp.pre_checks {
            attempt_statements(&mut out, course, &actor, a, true);
        }
        for a in &cp.attempts {
            attempt_statements(&mut out, course, &actor, a, false);
        }
    }
    out
}

/// The statements as a JSON array, ready to write.
pub fn to_json(course: &Course, learners: &[&Progress], anonymised: bool) -> Vec<u8> {
    serde_json::to_vec_pretty(&Value::Array(statements(course, learners, anonymised)))
        .unwrap_or_else(|_| b"[]".to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::clock::Now;
    use crate::quiz::AnswerRecord;

    #[test]
    fn statements_have_actor_verb_object_and_timestamp() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good");
        let c = crate::course::load_dir(&dir).unwrap().course;
        let m = c.module("tiny").unwrap();
        let mut p = Progress::new("p-1", "Ana", "es", Now { unix: 1, day: 0 });
        let attempt = QuizAttempt {
            module: "tiny".into(),
            started: 1_700_000_000,
            finished: Some(1_700_000_090),
            answers: vec![AnswerRecord {
                question: "q1".into(),
                try_no: 1,
                answer: Answer::Single(0),
                correct: true,
                at: 1_700_000_050,
            }],
            question_count: 1,
            score_pct: 100,
            passed: true,
            ..Default::default()
        };
        p.record_attempt(
            &c,
            m,
            attempt,
            Now {
                unix: 1_700_000_090,
                day: 0,
            },
        );
        let v: Value = serde_json::from_slice(&to_json(&c, &[&p], true)).unwrap();
        let s = v.as_array().unwrap();
        assert_eq!(s.len(), 3, "answered, completed, passed");
        for st in s {
            for k in ["actor", "verb", "object", "timestamp"] {
                assert!(st.get(k).is_some(), "{k} in {st}");
            }
            assert_eq!(st["actor"]["name"], "Learner 1");
        }
        assert_eq!(s[0]["verb"]["id"], ANSWERED);
        assert_eq!(s[1]["verb"]["id"], COMPLETED);
        assert_eq!(s[1]["result"]["duration"], "PT90S");
        assert_eq!(s[2]["verb"]["id"], PASSED);
        assert_eq!(s[1]["timestamp"], "2023-11-14T22:14:50Z");
    }
}
