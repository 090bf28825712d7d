//! The class report: per learner and per question, and its CSV export.
//! Pure data; the classroom screen and `alerta report` both use it.

pub mod certificate;
pub mod csv_out;
pub mod items;
pub mod xapi;

use std::collections::BTreeMap;
use std::io::Write;

use csv_out::{Cell, CsvOut};
use std::path::{Path, PathBuf};

use crate::course::Course;
use crate::progress::Progress;

/// Where a learner's record came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    ThisComputer,
    Imported(PathBuf),
}

/// One learner's line in the report.
#[derive(Clone, Debug, PartialEq)]
pub struct LearnerRow {
    pub id: String,
    pub name: String,
    pub origin: Origin,
    pub modules_passed: usize,
    /// Per module, in course order: best score, if the quiz was ever finished.
    pub best: Vec<Option<u8>>,
    /// Per module: finished quiz attempts.
    pub attempts: Vec<u32>,
    /// Per module: seconds spent.
    pub seconds: Vec<u64>,
    pub total_seconds: u64,
    /// Question ids most often answered wrong, most first (at most three),
    /// as `module/question`.
    pub most_missed: Vec<String>,
    /// Per module: the score of the check before the lessons, if taken.
    pub pre: Vec<Option<u8>>,
    /// Per module: the score of the first finished quiz after it (or the
    /// first finished quiz, when there was no check).
    pub post: Vec<Option<u8>>,
}

impl LearnerRow {
    /// Per module: the score after minus the score before, where both exist.
    pub fn gains(&self) -> Vec<Option<i32>> {
        self.pre
            .iter()
            .zip(&self.post)
            .map(|(a, b)| Some(i32::from((*b)?) - i32::from((*a)?)))
            .collect()
    }

    /// The mean gain in points over the modules with a before and an after.
    pub fn average_gain(&self) -> Option<f64> {
        let g: Vec<i32> = self.gains().into_iter().flatten().collect();
        (!g.is_empty()).then(|| g.iter().sum::<i32>() as f64 / g.len() as f64)
    }
}

/// One question's line: how often it was answered right at the first try in
/// learners' first finished attempts, and the item analysis (see [`items`]).
#[derive(Clone, Debug, PartialEq)]
pub struct QuestionRow {
    pub module: String,
    pub question: String,
    pub answered: u32,
    pub right: u32,
    pub discrimination: Option<f64>,
    /// Per option, in the course's order.
    pub picks: Vec<u32>,
    pub flags: Vec<items::ItemFlag>,
}

impl QuestionRow {
    /// Share answered right at the first try, 0.0–1.0, if anyone answered.
    pub fn share_right(&self) -> Option<f64> {
        (self.answered > 0).then(|| self.right as f64 / self.answered as f64)
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClassReport {
    pub course_id: String,
    pub module_ids: Vec<String>,
    pub learners: Vec<LearnerRow>,
    pub questions: Vec<QuestionRow>,
}

impl ClassReport {
    /// Builds the report for `course` from learners' progress.
    pub fn build(course: &Course, learners: &[(Origin, &Progress)]) -> ClassReport {
        let cid = &course.meta.id;
        let module_ids: Vec<String> = course.modules.iter().map(|m| m.id.clone()).collect();
        let mut q_rows: Vec<QuestionRow> = course
            .modules
            .iter()
            .flat_map(|m| {
                m.quiz.questions.iter().map(|q| QuestionRow {
                    module: m.id.clone(),
                    question: q.id.clone(),
                    answered: 0,
                    right: 0,
                    discrimination: None,
                    picks: Vec::new(),
                    flags: Vec::new(),
                })
            })
            .collect();
        let progresses: Vec<&Progress> = learners.iter().map(|(_, p)| *p).collect();
        let mut stats = items::analyse(course, &progresses);
        for r in &mut q_rows {
            if let Some(s) = stats.remove(&(r.module.clone(), r.question.clone())) {
                r.answered = s.answered;
                r.right = s.right;
                r.discrimination = s.discrimination;
                r.picks = s.picks;
                r.flags = s.flags;
            }
        }

        let mut rows = Vec::new();
        for (origin, p) in learners {
            let cp = p.course(cid);
            let mut best = vec![None; module_ids.len()];
            let mut attempts = vec![0u32; module_ids.len()];
            let mut seconds = vec![0u64; module_ids.len()];
            let mut passed = 0;
            let mut wrong: BTreeMap<String, u32> = BTreeMap::new();
            let mut pre = vec![None; module_ids.len()];
            let mut post = vec![None; module_ids.len()];
            if let Some(cp) = cp {
                for (i, mid) in module_ids.iter().enumerate() {
                    let check = cp
                        .pre_checks
                        .iter()
                        .filter(|a| a.module == *mid && a.finished.is_some())
                        .min_by_key(|a| a.started);
                    pre[i] = check.map(|a| a.score_pct);
                    let after = check.map(|a| a.started).unwrap_or(i64::MIN);
                    post[i] = cp
                        .attempts
                        .iter()
                        .filter(|a| a.module == *mid && a.finished.is_some() && a.started >= after)
                        .min_by_key(|a| a.started)
                        .map(|a| a.score_pct);
                }
                for (i, mid) in module_ids.iter().enumerate() {
                    if let Some(mp) = cp.modules.get(mid) {
                        best[i] = mp.best_score;
                        seconds[i] = mp.time_spent_secs;
                        if mp.passed {
                            passed += 1;
                        }
                    }
                }
                for a in &cp.attempts {
                    let Some(mi) = module_ids.iter().position(|m| *m == a.module) else {
                        continue;
                    };
                    if a.finished.is_some() {
                        attempts[mi] += 1;
                    }
                    for r in &a.answers {
                        if !r.correct {
                            *wrong
                                .entry(format!("{}/{}", a.module, r.question))
                                .or_default() += 1;
                        }
                    }
                }
            }
            let mut missed: Vec<(String, u32)> = wrong.into_iter().collect();
            missed.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            rows.push(LearnerRow {
                id: p.profile.id.clone(),
                name: p.profile.name.clone(),
                origin: origin.clone(),
                modules_passed: passed,
                total_seconds: seconds.iter().sum(),
                best,
                attempts,
                seconds,
                most_missed: missed.into_iter().take(3).map(|(k, _)| k).collect(),
                pre,
                post,
            });
        }
        rows.sort_by(|a, b| {
            a.name
                .to_lowercase()
                .cmp(&b.name.to_lowercase())
                .then(a.id.cmp(&b.id))
        });
        ClassReport {
            course_id: cid.clone(),
            module_ids,
            learners: rows,
            questions: q_rows,
        }
    }

    /// The class's average gain in points, over learners with a before and an after.
    pub fn average_gain(&self) -> Option<f64> {
        let g: Vec<f64> = self
            .learners
            .iter()
            .filter_map(LearnerRow::average_gain)
            .collect();
        (!g.is_empty()).then(|| g.iter().sum::<f64>() / g.len() as f64)
    }

    /// Replaces names with "Learner 1", "Learner 2", … and drops ids and file names.
    pub fn anonymised(&self) -> ClassReport {
        self.anonymised_as(|n| format!("Learner {n}"))
    }

    /// Like [`ClassReport::anonymised`], naming learner `n` (from 1) `name(n)`.
    pub fn anonymised_as(&self, name: impl Fn(usize) -> String) -> ClassReport {
        let mut r = self.clone();
        for (i, l) in r.learners.iter_mut().enumerate() {
            l.name = name(i + 1);
            l.id = String::new();
            l.origin = Origin::ThisComputer;
        }
        r
    }

    /// Writes the per-learner table. Numbers are plain numbers; an empty cell
    /// means "no finished attempt". Text cells cannot run as formulas.
    /// The column names come from the `csv-…` messages in `lang`.
    pub fn write_learners_csv(
        &self,
        out: impl Write,
        anonymised: bool,
        lang: &str,
    ) -> csv::Result<()> {
        let l = crate::i18n::localizer(lang);
        let mut w = CsvOut::new(out);
        w.header(&crate::i18n::texts::learners_csv_header(
            &l,
            &self.module_ids,
            anonymised,
        ))?;
        let this_computer = crate::i18n::texts::csv_this_computer(&l);
        for l in &self.learners {
            let mut rec = vec![Cell::text(&l.name)];
            if !anonymised {
                rec.push(Cell::text(match &l.origin {
                    Origin::ThisComputer => this_computer.clone(),
                    Origin::Imported(p) => p
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                }));
            }
            rec.push(Cell::num(l.modules_passed));
            rec.push(Cell::num(minutes(l.total_seconds)));
            for (i, gain) in l.gains().into_iter().enumerate() {
                rec.push(Cell::opt_num(l.best[i]));
                rec.push(Cell::num(l.attempts[i]));
                rec.push(Cell::num(minutes(l.seconds[i])));
                rec.push(Cell::opt_num(l.pre[i]));
                rec.push(Cell::opt_num(l.post[i]));
                rec.push(Cell::opt_num(gain));
            }
            rec.push(Cell::Num(
                l.average_gain()
                    .map(|g| format!("{g:.1}"))
                    .unwrap_or_default(),
            ));
            rec.push(Cell::text(l.most_missed.join("; ")));
            w.row(rec)?;
        }
        w.finish()?;
        Ok(())
    }

    /// Writes the per-question table.
    pub fn write_questions_csv(
        &self,
        out: impl Write,
        course: &Course,
        lang: &str,
    ) -> csv::Result<()> {
        let mut w = CsvOut::new(out);
        w.header(&crate::i18n::texts::questions_csv_header(
            &crate::i18n::localizer(lang),
        ))?;
        for q in &self.questions {
            let prompt = course
                .module(&q.module)
                .and_then(|m| m.question(&q.question))
                .map(|x| x.prompt.get(lang).to_string())
                .unwrap_or_default();
            w.row([
                Cell::text(&q.module),
                Cell::text(&q.question),
                Cell::text(prompt),
                Cell::num(q.answered),
                Cell::num(q.right),
                Cell::Num(
                    q.share_right()
                        .map(|s| format!("{s:.2}"))
                        .unwrap_or_default(),
                ),
                Cell::Num(
                    q.discrimination
                        .map(|d| format!("{d:.2}"))
                        .unwrap_or_default(),
                ),
                Cell::text(items::picks_text(&q.picks)),
                Cell::text(items::flags_text(&q.flags)),
            ])?;
        }
        w.finish()?;
        Ok(())
    }
}

/// Everyone in a class: the profiles on this computer, then the progress files
/// imported into the data folder's `class/` folder. A learner who has a
/// profile here is not counted again from an imported copy.
pub fn class_learners(course: &Course, data: &crate::progress::DataDir) -> Vec<(Origin, Progress)> {
    let mut learners: Vec<(Origin, Progress)> = data
        .all_progress()
        .into_iter()
        .map(|p| (Origin::ThisComputer, p))
        .collect();
    if let Ok(entries) = std::fs::read_dir(data.class_dir()) {
        let mut paths: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "ron"))
            .collect();
        paths.sort();
        for (path, e) in crate::progress::export::merge_files(&paths, course).learners {
            if !learners
                .iter()
                .any(|(_, p)| p.profile.id == e.progress.profile.id)
            {
                learners.push((Origin::Imported(path), e.progress));
            }
        }
    }
    learners
}

/// Builds the report from owned learners.
pub fn build_owned(course: &Course, learners: &[(Origin, Progress)]) -> ClassReport {
    let refs: Vec<(Origin, &Progress)> = learners.iter().map(|(o, p)| (o.clone(), p)).collect();
    ClassReport::build(course, &refs)
}

/// Whole minutes, rounded to the nearest.
pub fn minutes(secs: u64) -> u64 {
    (secs + 30) / 60
}

/// `out.csv` → `out-questions.csv`.
pub fn questions_path(learners_csv: &Path) -> PathBuf {
    let stem = learners_csv
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "report".into());
    learners_csv.with_file_name(format!("{stem}-questions.csv"))
}

/// A timestamped file name such as `alerta-class-2026-11-29-1530.csv`.
pub fn timestamped_name(prefix: &str, unix: i64) -> String {
    let stamp = jiff::Timestamp::from_second(unix)
        .map(|t| {
            t.to_zoned(jiff::tz::TimeZone::system())
                .strftime("%Y-%m-%d-%H%M")
                .to_string()
        })
        .unwrap_or_else(|_| "undated".into());
    format!("{prefix}-{stamp}.csv")
}

/// The two CSV files' contents: learners, then questions.
pub fn csv_bytes(
    report: &ClassReport,
    course: &Course,
    anonymised: bool,
    lang: &str,
) -> csv::Result<(Vec<u8>, Vec<u8>)> {
    let r = if anonymised {
        let l = crate::i18n::localizer(lang);
        report.anonymised_as(|n| crate::i18n::texts::csv_anonymous_learner(&l, n))
    } else {
        report.clone()
    };
    let mut a = Vec::new();
    let mut b = Vec::new();
    r.write_learners_csv(&mut a, anonymised, lang)?;
    r.write_questions_csv(&mut b, course, lang)?;
    Ok((a, b))
}

/// Writes both CSV files atomically: `path` (learners) and its `-questions` twin.
pub fn write_csv_files(
    report: &ClassReport,
    course: &Course,
    path: &Path,
    anonymised: bool,
    lang: &str,
) -> Result<(PathBuf, PathBuf), crate::progress::SaveError> {
    let (a, b) = csv_bytes(report, course, anonymised, lang).map_err(|e| {
        crate::progress::SaveError::Io {
            path: path.to_path_buf(),
            message: e.to_string(),
        }
    })?;
    let qpath = questions_path(path);
    let write = |f: &mut std::fs::File, bytes: &[u8]| f.write_all(bytes);
    crate::progress::store::atomic_write(path, &a, write)?;
    crate::progress::store::atomic_write(&qpath, &b, write)?;
    Ok((path.to_path_buf(), qpath))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::clock::Now;
    use crate::quiz::{Answer, AnswerRecord, QuizAttempt};

    fn course() -> Course {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good");
        crate::course::load_dir(&dir).unwrap().course
    }

    fn learner(name: &str, right_first: bool) -> Progress {
        let c = course();
        let m = c.module("tiny").unwrap().clone();
        let mut p = Progress::new(&format!("p-{name}"), name, "es", Now { unix: 0, day: 0 });
        let answers = if right_first {
            vec![rec("q1", 1, true)]
        } else {
            vec![rec("q1", 1, false), rec("q1", 2, true)]
        };
        let attempt = QuizAttempt {
            module: "tiny".into(),
            finished: Some(10),
            score_pct: if right_first { 100 } else { 50 },
            question_count: 1,
            answers,
            ..Default::default()
        };
        p.record_attempt(&c, &m, attempt, Now { unix: 10, day: 0 });
        p.add_time(&c, "tiny", 150);
        p
    }

    fn rec(q: &str, try_no: u8, correct: bool) -> AnswerRecord {
        AnswerRecord {
            question: q.into(),
            try_no,
            answer: Answer::Single(0),
            correct,
            at: 1,
        }
    }

    #[test]
    fn per_learner_and_per_question() {
        let c = course();
        let (a, b) = (learner("Ana", true), learner("Beto", false));
        let r = ClassReport::build(
            &c,
            &[(Origin::ThisComputer, &b), (Origin::ThisComputer, &a)],
        );
        assert_eq!(r.learners[0].name, "Ana", "sorted by name");
        let tiny = r.module_ids.iter().position(|m| m == "tiny").unwrap();
        assert_eq!(r.learners[0].best[tiny], Some(100));
        assert_eq!(r.learners[0].modules_passed, 1);
        assert_eq!(r.learners[1].best[tiny], Some(50));
        assert_eq!(r.learners[1].modules_passed, 0);
        assert_eq!(r.learners[1].most_missed, vec!["tiny/q1".to_string()]);
        let q = r
            .questions
            .iter()
            .find(|q| q.question == "q1" && q.module == "tiny")
            .unwrap();
        assert_eq!((q.answered, q.right), (2, 1));
        assert_eq!(q.share_right(), Some(0.5));

        let mut out = Vec::new();
        r.write_learners_csv(&mut out, false, "en").unwrap();
        let text = String::from_utf8(out).unwrap();
        let mut lines = text.lines();
        let header: Vec<&str> = lines.next().unwrap().split(',').collect();
        let col = header.iter().position(|h| *h == "tiny_best_score").unwrap();
        let ana: Vec<&str> = lines.next().unwrap().split(',').collect();
        assert_eq!(ana[0], "Ana");
        assert_eq!(ana[col], "100", "a number, not \"100%\"");
        assert_eq!(
            ana[header.iter().position(|h| *h == "tiny_minutes").unwrap()],
            "3"
        );
    }

    #[test]
    fn anonymised_has_no_names() {
        let c = course();
        let a = learner("Ana", true);
        let r = ClassReport::build(&c, &[(Origin::Imported("/x/ana.ron".into()), &a)]).anonymised();
        let mut out = Vec::new();
        r.write_learners_csv(&mut out, true, "en").unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(!text.contains("Ana"), "{text}");
        assert!(text.contains("Learner 1"));
        assert!(!text.contains("ana.ron"));
    }

    #[test]
    fn empty_class_still_has_headers() {
        let c = course();
        let r = ClassReport::build(&c, &[]);
        let mut out = Vec::new();
        r.write_learners_csv(&mut out, false, "en").unwrap();
        assert!(
            String::from_utf8(out)
                .unwrap()
                .starts_with("learner,source,modules_passed")
        );
    }
}
