//! A quiz (or the check before a module), one question at a time.

use eframe::egui::{self, Key, RichText};

use crate::app::command::Command;
use crate::app::cx::Cx;
use crate::app::state::{QuizKind, QuizState};
use crate::app::strings::S;
use crate::app::{pickers, question, speak, widgets};
use crate::course::QuestionKind;
use crate::quiz::{Mark, Status, model_answer};

pub fn bottom_bar(ui: &mut egui::Ui, cx: &Cx, st: &QuizState, cmds: &mut Vec<Command>) {
    let p = cx.p;
    let n = st.run.len().max(1);
    egui::Panel::bottom("quiz_nav")
        .frame(widgets::bar_frame(&p))
        .show(ui, |ui| {
            let total = ui.available_width();
            ui.horizontal(|ui| {
                let label = cx.tf(S::QuestionOf, &[&(st.current + 1), &n]);
                ui.label(&label);
                let w = (total - 560.0).max(60.0);
                widgets::progress_sized(ui, (st.current + 1) as f32 / n as f32, &label, w);
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if st.status().is_closed() {
                        let last = st.current + 1 >= st.run.len();
                        let text = if last {
                            cx.t(S::SeeResults)
                        } else {
                            cx.t(S::NextQuestion)
                        };
                        if widgets::primary(ui, &p, &format!("{text} ▶")).clicked() {
                            cmds.push(Command::NextQuestion);
                        }
                    } else {
                        let ready = st.sel.answer().is_some();
                        let b = ui
                            .add_enabled(
                                ready,
                                egui::Button::new(
                                    RichText::new(cx.t(S::Submit)).color(p.on_accent).strong(),
                                )
                                .fill(p.accent),
                            )
                            .on_hover_text(cx.t(S::SubmitTip));
                        if b.clicked() {
                            cmds.push(Command::Submit);
                        }
                    }
                });
            });
        });
}

pub fn show(ui: &mut egui::Ui, cx: &Cx, st: &QuizState, cmds: &mut Vec<Command>) {
    let p = cx.p;
    let Some(m) = cx.course.module(&st.module) else {
        return;
    };
    let questions = match st.kind {
        QuizKind::Quiz => &m.quiz.questions,
        QuizKind::PreCheck => match &m.pre_check {
            Some(pc) => &pc.questions,
            None => return,
        },
    };
    let Some(q) = questions.get(st.current) else {
        return;
    };
    let status = st.status();
    let closed = status.is_closed();
    let layout = st.run.layouts.get(st.current).cloned().unwrap_or_default();
    // Marks to draw: after a wrong try only the wrong picks; once closed, all.
    let marks: Option<Vec<Mark>> = st.outcome.as_ref().map(|o| {
        o.grade
            .marks
            .iter()
            .map(|&mk| match (closed, mk) {
                (false, Mark::Missed) => Mark::Untouched,
                (false, Mark::RightPick) if !matches!(q.kind, QuestionKind::Order { .. }) => {
                    Mark::Untouched
                }
                (_, mk) => mk,
            })
            .collect()
    });

    let what = match st.kind {
        QuizKind::Quiz => cx.t(S::Quiz),
        QuizKind::PreCheck => cx.t(S::PreCheckTitle),
    };
    ui.label(RichText::new(format!("{} · {what}", cx.c(&m.title))).color(p.weak));
    if st.kind == QuizKind::PreCheck {
        widgets::weak(ui, &p, cx.t(S::PreCheckIntro));
    }
    widgets::heading(
        ui,
        &cx.tf(S::QuestionOf, &[&(st.current + 1), &st.run.len()]),
    );
    ui.add(
        egui::Label::new(RichText::new(cx.c(&q.prompt)).size(crate::app::theme::BIG_SIZE)).wrap(),
    );
    let instruction = match q.kind {
        QuestionKind::Single { .. } | QuestionKind::TrueFalse { .. } => S::PickOne,
        QuestionKind::Multi { .. } => S::PickAll,
        QuestionKind::Order { .. } => S::PutInOrder,
        QuestionKind::SpotFlags { .. } => S::SpotParts,
    };
    widgets::weak(ui, &p, cx.t(instruction));
    pickers::read_aloud(ui, cx, &speak::question(cx, q, &layout), cmds);
    ui.add_space(6.0);

    question::question_controls(
        ui,
        cx,
        q,
        question::Shown {
            layout: &layout,
            sel: &st.sel,
            marks: marks.as_deref(),
            closed,
        },
        cmds,
    );

    // Feedback after a try: announced to screen readers.
    if let Some(out) = &st.outcome {
        ui.add_space(8.0);
        let (head, color) = match out.status {
            Status::Right { on_try: 1 } => (cx.t(S::Correct), p.good),
            Status::Right { .. } => (cx.t(S::CorrectSecondTry), p.good),
            Status::Revealed => (cx.t(S::ModelAnswerIntro), p.flag),
            Status::Open => (cx.t(S::NotQuite), p.bad),
        };
        widgets::note_box(ui, p.card, color, |ui| {
            let r = ui.label(RichText::new(head).color(color).strong().size(22.0));
            widgets::live(ui, &r);
            let mut spoken = vec![head.to_string()];
            spoken.extend(
                out.grade
                    .feedback
                    .iter()
                    .map(|(_, fb)| speak::plain(cx.c(fb))),
            );
            pickers::read_aloud(ui, cx, &spoken, cmds);
            for (i, fb) in &out.grade.feedback {
                let name = match &q.kind {
                    QuestionKind::Single { choices } | QuestionKind::Multi { choices } => {
                        choices.get(*i).map(|c| cx.c(&c.text).to_string())
                    }
                    QuestionKind::SpotFlags { artefact, .. } => {
                        artefact.parts.get(*i).map(|p| cx.c(&p.text).to_string())
                    }
                    QuestionKind::TrueFalse { .. } => Some(
                        if *i == 0 {
                            cx.t(S::True)
                        } else {
                            cx.t(S::False)
                        }
                        .to_string(),
                    ),
                    QuestionKind::Order { .. } => None,
                };
                ui.horizontal_wrapped(|ui| {
                    if let Some(n) = name {
                        ui.label(RichText::new(format!("“{n}”")).strong());
                    }
                    ui.add(egui::Label::new(cx.c(fb)).wrap());
                });
            }
            if let Some(spot) = &out.grade.spot {
                let mut line = cx.tf(S::FlagsFound, &[&spot.found.len()]);
                if closed {
                    line.push_str(&format!(
                        " · {}",
                        cx.tf(S::FlagsMissed, &[&spot.missed.len()])
                    ));
                }
                line.push_str(&format!(
                    " · {}",
                    cx.tf(S::FalseAlarms, &[&spot.false_alarms.len()])
                ));
                ui.label(line);
            }
            if out.status == Status::Revealed {
                ui.add_space(4.0);
                ui.label(RichText::new(cx.t(S::ModelAnswer)).strong());
                widgets::para(ui, &question::answer_text(cx, q, &model_answer(q)));
                if let QuestionKind::SpotFlags {
                    feedback,
                    flagged,
                    artefact,
                } = &q.kind
                {
                    for (i, f) in flagged.iter().enumerate() {
                        if *f && let Some(fb) = &feedback[i] {
                            widgets::para(
                                ui,
                                &format!("“{}”: {}", cx.c(&artefact.parts[i].text), cx.c(fb)),
                            );
                        }
                    }
                }
            }
            if closed && let Some(ex) = &q.explanation {
                ui.add_space(4.0);
                widgets::para(ui, cx.c(ex));
            }
        });
        if out.status == Status::Open && q.hint.is_some() {
            if st.hint_shown {
                if let Some(h) = &q.hint {
                    widgets::note_box(ui, p.note_bg, p.accent, |ui| {
                        ui.label(RichText::new(format!("💡 {}", cx.t(S::Hint))).strong());
                        let r = widgets::para(ui, cx.c(h));
                        widgets::live(ui, &r);
                    });
                }
            } else {
                let b = ui.button(format!("💡 {}", cx.t(S::ShowHint)));
                widgets::words_name(&b, cx.t(S::ShowHint));
                if b.clicked() {
                    cmds.push(Command::ShowHint);
                }
            }
        }
    }

    // Enter checks the answer, or moves on.
    if widgets::keys_free(ui) && ui.input(|i| i.key_pressed(Key::Enter)) {
        if closed {
            cmds.push(Command::NextQuestion);
        } else if st.sel.answer().is_some() {
            cmds.push(Command::Submit);
        }
    }
    if widgets::not_typing(ui) && ui.input(|i| i.key_pressed(Key::L) && i.modifiers.is_none()) {
        if cx.state.reading.speaking {
            cmds.push(Command::StopReading);
        } else if cx.voice.is_ok() {
            let texts = speak::question(cx, q, &layout)
                .into_iter()
                .map(|t| (cx.lang.to_string(), t))
                .collect();
            cmds.push(Command::ReadAloud(texts));
        }
    }
}
