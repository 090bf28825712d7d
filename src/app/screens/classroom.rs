//! The class report: learners on this computer plus imported progress files,
//! per learner and per question, with CSV export and certificates.

use eframe::egui::{self, RichText};

use super::Screen;
use super::facilitator::FacCommand;
use crate::app::{AlertaApp, Command, Cx, S, strings, widgets};
use crate::course::Course;
use crate::progress::export::{self, MergeNote};
use crate::progress::{DataDir, Progress};
use crate::report::{ClassReport, Origin, minutes};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Learners,
    Questions,
}

pub struct ClassState {
    pub learners: Vec<(Origin, Progress)>,
    pub report: ClassReport,
    pub messages: Vec<String>,
    pub tab: Tab,
}

impl ClassState {
    pub fn load(course: &Course, data: &DataDir) -> ClassState {
        let learners = crate::report::class_learners(course, data);
        let report = crate::report::build_owned(course, &learners);
        ClassState {
            learners,
            report,
            messages: Vec::new(),
            tab: Tab::Learners,
        }
    }
}

pub fn apply(app: &mut AlertaApp, cmd: FacCommand) {
    let lang = app.lang;
    let now = app.env.clock.now().unix;
    match cmd {
        FacCommand::ImportProgress => {
            let files = app
                .env
                .dialogs
                .open_files(S::ImportProgress.get(lang), "ron");
            let mut messages = Vec::new();
            if files.is_empty() {
                messages.push(S::ImportNothing.get(lang).to_string());
            }
            let merged = export::merge_files(&files, &app.course);
            let class_dir = app.env.data.class_dir();
            let local: Vec<String> = app
                .env
                .data
                .list_profiles()
                .into_iter()
                .map(|p| p.id)
                .collect();
            for note in &merged.notes {
                match note {
                    MergeNote::Rejected { file, error } => messages.push(strings::fill(
                        S::ImportRejected.get(lang),
                        &[
                            &file
                                .file_name()
                                .map(|n| n.to_string_lossy().into_owned())
                                .unwrap_or_default(),
                            error,
                        ],
                    )),
                    MergeNote::Duplicate { name, .. } => {
                        messages.push(strings::fill(S::ImportDuplicate.get(lang), &[name]))
                    }
                    MergeNote::SameName { name, .. } => {
                        messages.push(strings::fill(S::ImportSameName.get(lang), &[name]))
                    }
                    MergeNote::Added { .. } => {}
                }
            }
            for (file, e) in &merged.learners {
                let id = &e.progress.profile.id;
                let name = &e.progress.profile.name;
                if local.contains(id) {
                    messages.push(strings::fill(S::ImportDuplicate.get(lang), &[name]));
                    continue;
                }
                let target = class_dir.join(format!("{id}.ron"));
                // Keep whichever copy of this learner is newer; never lose the other silently.
                if let Ok(existing) = export::read_export(&target)
                    && existing.progress.saved_at >= e.progress.saved_at
                {
                    messages.push(strings::fill(S::ImportDuplicate.get(lang), &[name]));
                    continue;
                }
                let result = std::fs::create_dir_all(&class_dir)
                    .map_err(|e| e.to_string())
                    .and_then(|_| std::fs::read(file).map_err(|e| e.to_string()))
                    .and_then(|bytes| {
                        crate::progress::store::atomic_write(&target, &bytes, |f, b| {
                            std::io::Write::write_all(f, b)
                        })
                        .map_err(|e| e.to_string())
                    });
                match result {
                    Ok(()) => messages.push(strings::fill(S::ImportAdded.get(lang), &[name])),
                    Err(err) => messages.push(strings::fill(S::ErrorPrefix.get(lang), &[&err])),
                }
            }
            let mut st = ClassState::load(&app.course, &app.env.data);
            st.messages = messages;
            app.screen = Screen::Classroom(st);
        }
        FacCommand::ExportCsv { anonymised } => {
            let Screen::Classroom(st) = &app.screen else {
                return;
            };
            let report = st.report.clone();
            let name = crate::report::timestamped_name("alerta-class", now);
            let title = if anonymised {
                S::ExportCsvAnon
            } else {
                S::ExportCsv
            };
            let Some(path) = app.env.dialogs.save_file(title.get(lang), &name, "csv") else {
                return;
            };
            let msg = match crate::report::write_csv_files(
                &report,
                &app.course,
                &path,
                anonymised,
                lang.code(),
            ) {
                Ok((a, b)) => strings::fill(
                    S::SavedTo.get(lang),
                    &[&format!("{} + {}", a.display(), b.display())],
                ),
                Err(e) => strings::fill(S::ErrorPrefix.get(lang), &[&e]),
            };
            if let Screen::Classroom(st) = &mut app.screen {
                st.messages = vec![msg];
            }
        }
        FacCommand::Certificate { learner } => {
            let Screen::Classroom(st) = &app.screen else {
                return;
            };
            let Some(row) = st.report.learners.get(learner) else {
                return;
            };
            let Some((_, progress)) = st.learners.iter().find(|(_, p)| p.profile.id == row.id)
            else {
                return;
            };
            let progress = progress.clone();
            let date = crate::progress::clock::local_date(now);
            let labels = crate::print::Labels::for_lang(lang.code());
            let opts = crate::report::certificate::CertificateOptions {
                lang: lang.code(),
                date: &date,
                paper: crate::print::Paper::A4,
                labels: &labels,
            };
            let pdf = match crate::print::Fonts::find(None)
                .map_err(|e| e.to_string())
                .and_then(|fonts| {
                    crate::report::certificate::certificate(&app.course, &progress, &opts, &fonts)
                        .map_err(|e| e.to_string())
                }) {
                Ok(printed) => printed.pdf,
                Err(e) => {
                    if let Screen::Classroom(st) = &mut app.screen {
                        st.messages = vec![strings::fill(S::ErrorPrefix.get(lang), &[&e])];
                    }
                    return;
                }
            };
            let name = format!(
                "certificate-{}.pdf",
                export::export_file_name(&progress, &date)
                    .trim_start_matches("alerta-")
                    .trim_end_matches(".ron")
            );
            let Some(path) = app
                .env
                .dialogs
                .save_file(S::Certificate.get(lang), &name, "pdf")
            else {
                return;
            };
            let msg = match crate::progress::store::atomic_write(&path, &pdf, |f, b| {
                std::io::Write::write_all(f, b)
            }) {
                Ok(()) => strings::fill(S::SavedTo.get(lang), &[&path.display()]),
                Err(e) => strings::fill(S::ErrorPrefix.get(lang), &[&e]),
            };
            if let Screen::Classroom(st) = &mut app.screen {
                st.messages = vec![msg];
            }
        }
        _ => {}
    }
}

fn duration(secs: u64) -> String {
    let m = minutes(secs);
    if m >= 60 {
        format!("{} h {:02} min", m / 60, m % 60)
    } else {
        format!("{m} min")
    }
}

pub fn show(ui: &mut egui::Ui, cx: &Cx, st: &mut ClassState, cmds: &mut Vec<Command>) {
    let p = cx.p;
    let fc = Command::Facilitator;
    widgets::title(ui, cx.t(S::Classroom));
    for m in &st.messages {
        let r = ui.add(egui::Label::new(RichText::new(m).color(p.accent)).wrap());
        widgets::live(ui, &r);
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
        if ui.button(cx.t(S::BackToHub)).clicked() {
            cmds.push(fc(FacCommand::Hub));
        }
    });
    ui.horizontal(|ui| {
        ui.selectable_value(&mut st.tab, Tab::Learners, cx.t(S::PerLearner));
        ui.selectable_value(&mut st.tab, Tab::Questions, cx.t(S::PerQuestion));
    });
    ui.separator();
    let r = &st.report;
    match st.tab {
        Tab::Learners => {
            if r.learners.is_empty() {
                widgets::para(ui, cx.t(S::NoLearners));
            }
            for (i, l) in r.learners.iter().enumerate() {
                widgets::card(ui, &p, |ui| {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(RichText::new(&l.name).strong().size(22.0));
                        let origin = match &l.origin {
                            Origin::ThisComputer => cx.t(S::ThisComputer).to_string(),
                            Origin::Imported(_) => cx.t(S::FromFile).to_string(),
                        };
                        ui.label(RichText::new(origin).color(p.weak).small());
                    });
                    ui.label(format!(
                        "{}: {} / {} · {}: {}",
                        cx.t(S::ModulesPassed),
                        l.modules_passed,
                        r.module_ids.len(),
                        cx.t(S::TimeSpent),
                        duration(l.total_seconds)
                    ));
                    for (mi, m) in cx.course.modules.iter().enumerate() {
                        let score = l.best[mi]
                            .map(|s| format!("{s}%"))
                            .unwrap_or_else(|| "—".into());
                        ui.label(
                            RichText::new(format!(
                                "{}. {}: {score} · {}",
                                mi + 1,
                                cx.c(&m.title),
                                duration(l.seconds[mi])
                            ))
                            .small(),
                        );
                    }
                    if !l.most_missed.is_empty() {
                        let names: Vec<String> = l
                            .most_missed
                            .iter()
                            .filter_map(|k| {
                                let (m, q) = k.split_once('/')?;
                                let q = cx.course.module(m)?.question(q)?;
                                Some(format!("“{}”", cx.c(&q.prompt)))
                            })
                            .collect();
                        ui.add(
                            egui::Label::new(
                                RichText::new(format!(
                                    "{}: {}",
                                    cx.t(S::MostMissed),
                                    names.join("; ")
                                ))
                                .small(),
                            )
                            .wrap(),
                        );
                    }
                    if l.modules_passed > 0 {
                        let b = ui.button(format!("📄 {}", cx.t(S::Certificate)));
                        b.widget_info(|| {
                            egui::WidgetInfo::labeled(
                                egui::Role::Button,
                                true,
                                format!("{}: {}", cx.t(S::Certificate), l.name),
                            )
                        });
                        if b.on_hover_text(cx.t(S::CertificateTip)).clicked() {
                            cmds.push(fc(FacCommand::Certificate { learner: i }));
                        }
                    }
                });
                ui.add_space(4.0);
            }
        }
        Tab::Questions => {
            for q in &r.questions {
                let Some(question) = cx
                    .course
                    .module(&q.module)
                    .and_then(|m| m.question(&q.question))
                else {
                    continue;
                };
                ui.horizontal_wrapped(|ui| {
                    let share = q
                        .share_right()
                        .map(|s| format!("{:.0}%", s * 100.0))
                        .unwrap_or_else(|| "—".into());
                    ui.label(RichText::new(format!("{share:>5}")).strong().monospace());
                    ui.label(
                        RichText::new(format!("({} {})", q.answered, cx.t(S::Answers)))
                            .small()
                            .color(p.weak),
                    );
                    ui.add(egui::Label::new(cx.c(&question.prompt)).wrap());
                });
            }
        }
    }
}
