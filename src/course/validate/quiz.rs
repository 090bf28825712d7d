//! Quizzes, the check before a module, questions and choices.

use super::*;

impl Validator<'_> {
    pub(super) fn quiz(
        &mut self,
        path: &FieldPath,
        raw: RawQuiz,
        block_ids: &mut Seen,
        ids: &mut Seen,
    ) -> Quiz {
        if !(0..=100).contains(&raw.pass_mark) {
            self.error(
                path.field("pass_mark"),
                DiagKind::PassMark {
                    value: raw.pass_mark,
                },
            );
        }
        self.non_empty(&path.field("questions"), &raw.questions, "questions");
        let pass_mark = raw.pass_mark.clamp(0, 100) as u8;
        let questions = raw
            .questions
            .into_iter()
            .enumerate()
            .map(|(i, q)| self.question(&path.field("questions").index(i), q, ids, block_ids))
            .collect();
        Quiz {
            pass_mark,
            questions,
        }
    }

    /// The check before the lessons: copies of quiz questions, then its own.
    pub(super) fn pre_check(
        &mut self,
        path: &FieldPath,
        raw: RawPreCheck,
        quiz: &Quiz,
        block_ids: &mut Seen,
        ids: &mut Seen,
    ) -> PreCheck {
        let mut questions = Vec::new();
        let mut seen = Seen::new();
        for (i, id) in raw.from_quiz.iter().enumerate() {
            let p = path.field("from_quiz").index(i);
            if let Some(first) = seen.get(id.as_str()) {
                self.error(
                    p,
                    DiagKind::DuplicateId {
                        what: IdKind::Question,
                        id: id.clone(),
                        first: first.to_string(),
                    },
                );
                continue;
            }
            seen.insert(id.clone(), p);
            match quiz.questions.iter().find(|q| q.id == *id) {
                Some(q) => questions.push(q.clone()),
                None => self.error(p, DiagKind::UnknownQuestion { id: id.clone() }),
            }
        }
        for (i, q) in raw.questions.into_iter().enumerate() {
            questions.push(self.question(&path.field("questions").index(i), q, ids, block_ids));
        }
        if questions.is_empty() {
            self.error(*path, DiagKind::EmptyList { what: "pre_check" });
        }
        PreCheck { questions }
    }

    pub(super) fn question(
        &mut self,
        path: &FieldPath,
        raw: RawQuestion,
        ids: &mut Seen,
        block_ids: &mut Seen,
    ) -> Question {
        let is_single = matches!(raw, RawQuestion::Single(_));
        let (id, prompt, hint, explanation, kind) = match raw {
            RawQuestion::Single(q) | RawQuestion::Multi(q) => {
                self.common(path, &q.id, &q.prompt, &q.hint, &q.explanation, ids);
                let choices = self.choices(path, q.choices);
                let correct = choices.iter().filter(|c| c.correct).count();
                let kind = if is_single {
                    if correct != 1 {
                        self.error(
                            path.field("choices"),
                            DiagKind::SingleNeedsOneCorrect { found: correct },
                        );
                    }
                    QuestionKind::Single { choices }
                } else {
                    if correct == 0 {
                        self.error(path.field("choices"), DiagKind::MultiNeedsCorrect);
                    }
                    QuestionKind::Multi { choices }
                };
                (q.id, q.prompt, q.hint, q.explanation, kind)
            }
            RawQuestion::TrueFalse(q) => {
                self.common(path, &q.id, &q.prompt, &q.hint, &q.explanation, ids);
                self.opt_text(&path.field("true_feedback"), &q.true_feedback);
                self.opt_text(&path.field("false_feedback"), &q.false_feedback);
                let kind = QuestionKind::TrueFalse {
                    answer: q.answer,
                    true_feedback: q.true_feedback,
                    false_feedback: q.false_feedback,
                };
                (q.id, q.prompt, q.hint, q.explanation, kind)
            }
            RawQuestion::Order(q) => {
                self.common(path, &q.id, &q.prompt, &q.hint, &q.explanation, ids);
                if q.items.len() < 2 {
                    self.error(
                        path.field("items"),
                        DiagKind::TooFewChoices {
                            found: q.items.len(),
                            min: 2,
                        },
                    );
                }
                for (i, t) in q.items.iter().enumerate() {
                    self.text(&path.field("items").index(i), t);
                }
                let kind = QuestionKind::Order { items: q.items };
                (q.id, q.prompt, q.hint, q.explanation, kind)
            }
            RawQuestion::SpotFlags(q) => {
                self.common(path, &q.id, &q.prompt, &q.hint, &q.explanation, ids);
                let artefact = self.artefact(&path.field("artefact"), q.artefact, block_ids);
                let n = artefact.parts.len();
                let mut flagged = vec![false; n];
                let mut feedback: Vec<Option<Text>> = vec![None; n];
                if q.flags.is_empty() {
                    self.error(path.field("flags"), DiagKind::SpotNeedsFlags);
                }
                for (list, name, is_flag) in [(q.flags, "flags", true), (q.decoys, "decoys", false)]
                {
                    for (i, s) in list.into_iter().enumerate() {
                        let sp = path.field(name).index(i);
                        self.opt_text(&sp.field("feedback"), &s.feedback);
                        match artefact.part_index(&s.part) {
                            Some(pi) => {
                                if !is_flag && flagged[pi] {
                                    self.error(
                                        sp.field("part"),
                                        DiagKind::FlagAndDecoy { part: s.part },
                                    );
                                }
                                if is_flag {
                                    flagged[pi] = true;
                                }
                                feedback[pi] = s.feedback;
                            }
                            None => {
                                self.error(sp.field("part"), DiagKind::UnknownPart { id: s.part })
                            }
                        }
                    }
                }
                let kind = QuestionKind::SpotFlags {
                    artefact,
                    flagged,
                    feedback,
                };
                (q.id, q.prompt, q.hint, q.explanation, kind)
            }
        };
        Question {
            id,
            prompt,
            hint,
            explanation,
            kind,
        }
    }

    /// Checks the parts every question has.
    pub(super) fn common(
        &mut self,
        path: &FieldPath,
        id: &str,
        prompt: &Text,
        hint: &Option<Text>,
        explanation: &Option<Text>,
        ids: &mut Seen,
    ) {
        self.id(&path.field("id"), id, IdKind::Question, ids);
        self.text(&path.field("prompt"), prompt);
        self.opt_text(&path.field("hint"), hint);
        self.opt_text(&path.field("explanation"), explanation);
    }

    pub(super) fn choices(&mut self, path: &FieldPath, raw: Vec<RawChoice>) -> Vec<Choice> {
        for pin in [Pin::First, Pin::Last] {
            let pinned: Vec<usize> = raw
                .iter()
                .enumerate()
                .filter(|(_, c)| c.pin == Some(pin))
                .map(|(i, _)| i)
                .collect();
            if let [_, second, ..] = pinned[..] {
                self.error(
                    path.field("choices").index(second).field("pin"),
                    DiagKind::TwoPinned { pin },
                );
            }
        }
        if raw.len() < 2 {
            self.error(
                path.field("choices"),
                DiagKind::TooFewChoices {
                    found: raw.len(),
                    min: 2,
                },
            );
        }
        raw.into_iter()
            .enumerate()
            .map(|(i, c)| {
                let cp = path.field("choices").index(i);
                self.text(&cp.field("text"), &c.text);
                self.opt_text(&cp.field("feedback"), &c.feedback);
                Choice {
                    text: c.text,
                    correct: c.correct,
                    pin: c.pin,
                    feedback: c.feedback,
                }
            })
            .collect()
    }
}
