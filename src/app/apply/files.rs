//! Facilitator mode's files: what happens once a file was chosen (a class
//! report, a certificate, printed material, a lesson pack, progress files
//! from USB sticks) and once it was written.

use super::facilitator::{hub_message, open_classroom, open_packs, presenter_message};
use crate::app::command::FilePurpose;
use crate::app::effect::Effect;
use crate::app::env::AppEnv;
use crate::app::state::*;
use crate::pack::{self, PackError};
use crate::progress::class::{self, ImportOutcome};
use std::path::PathBuf;

pub fn file_chosen(
    st: &mut State,
    env: &AppEnv,
    purpose: FilePurpose,
    path: PathBuf,
    fx: &mut Vec<Effect>,
) {
    if st.facilitator.is_none() {
        return;
    }
    let now = env.clock.now().unix;
    match purpose {
        FilePurpose::SessionSummary => {
            if let Some(p) = st.presentation() {
                let rec = p.record(&st.drafts.session_notes);
                let headers = ["module", "step", "prompt", "choice", "hands", "correct"];
                fx.push(Effect::WriteFile {
                    purpose,
                    path,
                    bytes: crate::present::summary_csv(&rec, &headers),
                });
            }
        }
        FilePurpose::ClassCsv { anonymised } => {
            let Screen::Classroom(c) = &st.screen else {
                return;
            };
            match crate::report::csv_bytes(&c.report, &st.course, anonymised, &st.lang) {
                Ok((a, b)) => {
                    let qpath = crate::report::questions_path(&path);
                    fx.push(Effect::WriteFile {
                        purpose,
                        path,
                        bytes: a,
                    });
                    fx.push(Effect::WriteFile {
                        purpose,
                        path: qpath,
                        bytes: b,
                    });
                }
                Err(e) => {
                    if let Screen::Classroom(c) = &mut st.screen {
                        c.messages = vec![Msg::Failed(Failure::Report(e.to_string()))];
                    }
                }
            }
        }
        FilePurpose::ClassXapi { anonymised } => {
            let Screen::Classroom(c) = &st.screen else {
                return;
            };
            let learners: Vec<&crate::progress::Progress> =
                c.learners.iter().map(|(_, p)| p).collect();
            fx.push(Effect::WriteFile {
                purpose,
                path,
                bytes: crate::report::xapi::to_json(&st.course, &learners, anonymised),
            });
        }
        FilePurpose::Certificate => {
            let Some(id) = st.pending_certificate.take() else {
                return;
            };
            let Screen::Classroom(c) = &st.screen else {
                return;
            };
            let Some((_, progress)) = c.learners.iter().find(|(_, p)| p.profile.id == id) else {
                return;
            };
            let date = crate::progress::clock::local_date(now);
            let labels = crate::print::Labels::from_localizer(env.words.localizer());
            let opts = crate::report::certificate::CertificateOptions {
                lang: &st.lang,
                date: &date,
                paper: crate::print::Paper::A4,
                labels: &labels,
            };
            let printed = crate::print::Fonts::find(None)
                .map_err(|e| e.to_string())
                .and_then(|fonts| {
                    crate::report::certificate::certificate(&st.course, progress, &opts, &fonts)
                        .map_err(|e| e.to_string())
                });
            match printed {
                Ok(p) => fx.push(Effect::WriteFile {
                    purpose,
                    path,
                    bytes: p.pdf,
                }),
                Err(e) => {
                    if let Screen::Classroom(c) = &mut st.screen {
                        c.messages = vec![Msg::Failed(Failure::Report(e))];
                    }
                }
            }
        }
        FilePurpose::Print => {
            let Some(job) = st.pending_print.take() else {
                return;
            };
            let choice = st
                .facilitator
                .as_ref()
                .map(|f| f.print.clone())
                .unwrap_or_default();
            match print_pdf(st, env, &job, &choice) {
                Ok(bytes) => fx.push(Effect::WriteFile {
                    purpose,
                    path,
                    bytes,
                }),
                Err(e) => hub_message(st, Msg::Failed(Failure::Report(e))),
            }
        }
        FilePurpose::PackFolder => {
            let result = pack::import_folder(&path, &env.data.courses_dir());
            pack_result(st, env, result);
        }
        FilePurpose::PackZip => {
            let result = pack::import_zip(&path, &env.data.courses_dir());
            pack_result(st, env, result);
        }
        FilePurpose::ImportProgress | FilePurpose::ExportProgress | FilePurpose::SessionRecord => {}
    }
}

/// The PDF of a printed document, in the language shown, with its labels
/// from the interface's Fluent files.
fn print_pdf(
    st: &State,
    env: &AppEnv,
    job: &PendingPrint,
    choice: &PrintChoice,
) -> Result<Vec<u8>, String> {
    let fonts = crate::print::Fonts::find(None).map_err(|e| e.to_string())?;
    let labels = crate::print::Labels::from_localizer(env.words.localizer());
    let opts = crate::print::PrintOptions {
        lang: &st.lang,
        paper: if choice.letter {
            crate::print::Paper::Letter
        } else {
            crate::print::Paper::A4
        },
        country: choice.country.as_deref(),
        labels: &labels,
    };
    crate::print::module_document(&st.course, &job.module, job.kind, &opts, &fonts)
        .map(|p| p.pdf)
        .map_err(|e| e.to_string())
}

fn pack_result(st: &mut State, env: &AppEnv, result: Result<pack::Installed, PackError>) {
    let (msg, problems) = match result {
        Ok(inst) => (Msg::PackInstalled(inst.title), Vec::new()),
        Err(PackError::Invalid(diags)) => (Msg::PackInvalid, diags),
        Err(e) => (Msg::Failed(Failure::Pack(e)), Vec::new()),
    };
    open_packs(st, env, Some(msg), problems);
    // Installing may have replaced the course in use.
    if st.settings.active_course.is_some() {
        let loaded = crate::app::load_active_course(env, &st.settings);
        crate::app::replace_course(st, loaded);
    }
}

pub fn files_chosen(
    st: &mut State,
    env: &AppEnv,
    purpose: FilePurpose,
    paths: Vec<PathBuf>,
    fx: &mut Vec<Effect>,
) {
    if st.facilitator.is_none() {
        return;
    }
    match purpose {
        FilePurpose::PackZip => {
            if let Some(p) = paths.into_iter().next() {
                file_chosen(st, env, purpose, p, fx);
            }
        }
        FilePurpose::ImportProgress => {
            let mut messages = Vec::new();
            if paths.is_empty() {
                messages.push(Msg::ImportNothing);
            }
            for o in class::import(&env.data, &st.course, &paths) {
                messages.push(match o {
                    ImportOutcome::Added { name } => Msg::Imported(name),
                    ImportOutcome::Duplicate { name } => Msg::ImportDuplicate(name),
                    ImportOutcome::SameName { name } => Msg::ImportSameName(name),
                    ImportOutcome::Rejected { file, error } => Msg::ImportRejected {
                        file: file
                            .file_name()
                            .map(|n| n.to_string_lossy().into_owned())
                            .unwrap_or_default(),
                        error,
                    },
                    ImportOutcome::Failed { error, .. } => Msg::Failed(Failure::Save(error)),
                });
            }
            open_classroom(st, env, messages);
        }
        _ => {}
    }
}

/// A file the facilitator asked for was written (or not).
pub fn written(st: &mut State, purpose: FilePurpose, msg: Msg) {
    match (purpose, &mut st.screen) {
        (FilePurpose::ClassCsv { .. }, Screen::Classroom(c)) => {
            // Two files: report both once the second is written.
            let combined = match (c.messages.pop(), msg) {
                (Some(Msg::SavedTo(a)), Msg::SavedTo(b)) => Msg::SavedTwo(a, b),
                (_, m) => m,
            };
            c.messages = vec![combined];
        }
        (FilePurpose::Certificate | FilePurpose::ClassXapi { .. }, Screen::Classroom(c)) => {
            c.messages = vec![msg]
        }
        (FilePurpose::SessionSummary | FilePurpose::SessionRecord, _) => presenter_message(st, msg),
        (FilePurpose::Print, Screen::Facilitator(s)) => s.message = Some(msg),
        _ => {}
    }
}
