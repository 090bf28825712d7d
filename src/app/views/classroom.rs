//! The class report: every learner on this computer plus imported files, as
//! a table that sorts and filters (and stays smooth with thousands of rows:
//! only the visible rows are drawn), and per question.

use eframe::egui::{self, RichText};
use egui_extras::{Column, TableBuilder};

use crate::app::command::{ClassSort, ClassTab, Command, FacCommand};
use crate::app::cx::Cx;
use crate::app::state::{ClassState, Drafts};
use crate::app::strings::S;
use crate::app::{widgets, words};
use crate::course::QuestionKind;
use crate::report::items::ItemFlag;
use crate::report::{LearnerRow, Origin, minutes};

fn fc(c: FacCommand) -> Command {
    Command::Facilitator(c)
}

fn duration(secs: u64) -> String {
    let m = minutes(secs);
    if m >= 60 {
        format!("{} h {:02} min", m / 60, m % 60)
    } else {
        format!("{m} min")
    }
}

/// The rows to show: filtered by name, sorted as asked.
fn rows<'r>(st: &'r ClassState, filter: &str, sort: ClassSort) -> Vec<&'r LearnerRow> {
    let f = filter.trim().to_lowercase();
    let mut v: Vec<&LearnerRow> = st
        .report
        .learners
        .iter()
        .filter(|l| f.is_empty() || l.name.to_lowercase().contains(&f))
        .collect();
    match sort {
        ClassSort::Name => v.sort_by_key(|l| l.name.to_lowercase()),
        ClassSort::Passed => v.sort_by_key(|l| std::cmp::Reverse(l.modules_passed)),
        ClassSort::Gain => v.sort_by(|a, b| {
            b.average_gain()
                .unwrap_or(f64::MIN)
                .total_cmp(&a.average_gain().unwrap_or(f64::MIN))
        }),
        ClassSort::Time => v.sort_by_key(|l| std::cmp::Reverse(l.total_seconds)),
    }
    v
}

fn learners(
    ui: &mut egui::Ui,
    cx: &Cx,
    st: &ClassState,
    drafts: &mut Drafts,
    cmds: &mut Vec<Command>,
) {
    let p = cx.p;
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(cx.t(S::FilterByName));
        ui.add(egui::TextEdit::singleline(&mut drafts.class_filter).desired_width(200.0))
            .labelled_by(l.id);
        ui.label(RichText::new(cx.t(S::SortBy)).color(p.weak));
        for (s, label) in [
            (ClassSort::Name, S::SortName),
            (ClassSort::Passed, S::SortPassed),
            (ClassSort::Gain, S::SortGain),
            (ClassSort::Time, S::SortTime),
        ] {
            if ui.selectable_label(st.sort == s, cx.t(label)).clicked() {
                cmds.push(fc(FacCommand::ClassSort(s)));
            }
        }
    });
    if let Some(g) = st.report.average_gain() {
        ui.label(RichText::new(cx.tf(S::ClassGain, &[&format!("{g:+.0}")])).strong());
    }
    let rows = rows(st, &drafts.class_filter, st.sort);
    if rows.is_empty() {
        widgets::para(ui, cx.t(S::NoLearners));
        return;
    }
    let n_modules = st.report.module_ids.len();
    let height = (ui.available_height() - 20.0).max(300.0);
    // A row as tall as the controls in it, so the certificate button fits.
    let row_height = ui.spacing().interact_size.y + 4.0;
    TableBuilder::new(ui)
        .striped(true)
        .resizable(false)
        .max_scroll_height(height)
        .column(Column::remainder().at_least(160.0))
        .column(Column::auto().at_least(90.0))
        .column(Column::auto().at_least(90.0))
        .column(Column::auto().at_least(90.0))
        .column(Column::auto().at_least(120.0))
        .header(28.0, |mut h| {
            for s in [
                S::Learner,
                S::ModulesPassed,
                S::LearningGain,
                S::TimeSpent,
                S::Certificate,
            ] {
                h.col(|ui| {
                    ui.label(RichText::new(cx.t(s)).strong());
                });
            }
        })
        .body(|body| {
            body.rows(row_height, rows.len(), |mut row| {
                let l = rows[row.index()];
                row.col(|ui| {
                    let origin = match &l.origin {
                        Origin::ThisComputer => cx.t(S::ThisComputer),
                        Origin::Imported(_) => cx.t(S::FromFile),
                    };
                    ui.label(RichText::new(&l.name).strong())
                        .on_hover_text(origin);
                });
                row.col(|ui| {
                    ui.label(format!("{} / {n_modules}", l.modules_passed));
                });
                row.col(|ui| {
                    let g = l
                        .average_gain()
                        .map(|g| format!("{g:+.0}"))
                        .unwrap_or_else(|| "—".into());
                    ui.label(g);
                });
                row.col(|ui| {
                    ui.label(duration(l.total_seconds));
                });
                row.col(|ui| {
                    if l.modules_passed > 0 && !l.id.is_empty() {
                        let b = ui.add(
                            egui::Button::new(format!("📄 {}", cx.t(S::Certificate)))
                                .wrap_mode(egui::TextWrapMode::Extend),
                        );
                        b.widget_info(|| {
                            egui::WidgetInfo::labeled(
                                egui::Role::Button,
                                true,
                                format!("{}: {}", cx.t(S::Certificate), l.name),
                            )
                        });
                        if b.on_hover_text(cx.t(S::CertificateTip)).clicked() {
                            cmds.push(fc(FacCommand::Certificate(l.id.clone())));
                        }
                    }
                });
            });
        });
}

fn questions(ui: &mut egui::Ui, cx: &Cx, st: &ClassState) {
    let p = cx.p;
    widgets::weak(ui, &p, cx.t(S::ItemAnalysisIntro));
    for q in &st.report.questions {
        let Some(question) = cx
            .course
            .module(&q.module)
            .and_then(|m| m.question(&q.question))
        else {
            continue;
        };
        widgets::card(ui, &p, |ui| {
            ui.add(egui::Label::new(RichText::new(cx.c(&question.prompt)).strong()).wrap());
            let share = q
                .share_right()
                .map(|s| format!("{:.0}%", s * 100.0))
                .unwrap_or_else(|| "—".into());
            let disc = q
                .discrimination
                .map(|d| format!("{d:+.2}"))
                .unwrap_or_else(|| "—".into());
            ui.label(cx.tf(S::ItemLine, &[&share, &q.answered, &disc]));
            let options: Vec<String> = match &question.kind {
                QuestionKind::Single { choices } | QuestionKind::Multi { choices } => choices
                    .iter()
                    .map(|c| {
                        let mark = if c.correct { "✔ " } else { "" };
                        format!("{mark}{}", cx.c(&c.text))
                    })
                    .collect(),
                QuestionKind::TrueFalse { answer, .. } => vec![
                    format!("{}{}", if *answer { "✔ " } else { "" }, cx.t(S::True)),
                    format!("{}{}", if *answer { "" } else { "✔ " }, cx.t(S::False)),
                ],
                QuestionKind::SpotFlags { artefact, .. } => artefact
                    .parts
                    .iter()
                    .map(|p| cx.c(&p.text).to_string())
                    .collect(),
                QuestionKind::Order { .. } => Vec::new(),
            };
            for (i, o) in options.iter().enumerate() {
                let n = q.picks.get(i).copied().unwrap_or(0);
                ui.add(
                    egui::Label::new(RichText::new(format!("{n:>3} · {o}")).small().color(p.text))
                        .wrap(),
                );
            }
            for f in &q.flags {
                let text = match f {
                    ItemFlag::TooEasy => cx.t(S::FlagTooEasy).to_string(),
                    ItemFlag::Confusing => cx.t(S::FlagConfusing).to_string(),
                    ItemFlag::UnusedDistractors(v) => cx.tf(S::FlagUnused, &[&v.len()]),
                };
                ui.label(RichText::new(format!("⚠ {text}")).color(p.flag).strong());
            }
        });
        ui.add_space(4.0);
    }
}

pub fn show(
    ui: &mut egui::Ui,
    cx: &Cx,
    st: &ClassState,
    drafts: &mut Drafts,
    cmds: &mut Vec<Command>,
) {
    let p = cx.p;
    widgets::title(ui, cx.t(S::Classroom));
    for m in &st.messages {
        words::show_msg(ui, cx, m);
    }
    ui.horizontal_wrapped(|ui| {
        if widgets::primary(ui, &p, cx.t(S::ImportProgress))
            .on_hover_text(cx.t(S::ImportTip))
            .clicked()
        {
            cmds.push(fc(FacCommand::ImportProgress));
        }
        if ui.button(cx.t(S::ExportCsv)).clicked() {
            cmds.push(fc(FacCommand::ExportCsv { anonymised: false }));
        }
        if ui.button(cx.t(S::ExportCsvAnon)).clicked() {
            cmds.push(fc(FacCommand::ExportCsv { anonymised: true }));
        }
        if ui
            .button(cx.t(S::ExportXapi))
            .on_hover_text(cx.t(S::ExportXapiTip))
            .clicked()
        {
            cmds.push(fc(FacCommand::ExportXapi { anonymised: true }));
        }
        if ui.button(cx.t(S::BackToHub)).clicked() {
            cmds.push(fc(FacCommand::Hub));
        }
    });
    ui.horizontal(|ui| {
        for (t, label) in [
            (ClassTab::Learners, S::PerLearner),
            (ClassTab::Questions, S::PerQuestion),
        ] {
            if ui.selectable_label(st.tab == t, cx.t(label)).clicked() {
                cmds.push(fc(FacCommand::ClassTab(t)));
            }
        }
    });
    ui.separator();
    match st.tab {
        ClassTab::Learners => learners(ui, cx, st, drafts, cmds),
        ClassTab::Questions => questions(ui, cx, st),
    }
}
