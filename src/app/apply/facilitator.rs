//! Commands in facilitator mode: the hub, the presenter, the class report
//! and lesson packs.

use std::path::PathBuf;

use crate::app::command::{FacCommand, FilePurpose};
use crate::app::effect::Effect;
use crate::app::env::AppEnv;
use crate::app::state::*;
use crate::app::strings::S;
use crate::pack::{self, PackError};
use crate::present::{Presentation, VoteError};
use crate::progress::class::{self, ImportOutcome};
use crate::progress::store::Mode;

fn yes_no(env: &AppEnv) -> (String, String) {
    (env.words.t(S::True).into(), env.words.t(S::False).into())
}

fn hub_message(st: &mut State, m: Msg) {
    if let Screen::Facilitator(s) = &mut st.screen {
        s.message = Some(m);
        s.profiles.clear();
    }
}

fn presenter_message(st: &mut State, m: Msg) {
    if let Some(f) = &mut st.facilitator {
        f.message = Some(m);
    }
}

pub fn open_classroom(st: &mut State, env: &AppEnv, messages: Vec<Msg>) {
    let learners = crate::report::class_learners(&st.course, &env.data);
    let report = crate::report::build_owned(&st.course, &learners);
    let (tab, sort) = match &st.screen {
        Screen::Classroom(c) => (c.tab, c.sort),
        _ => Default::default(),
    };
    st.screen = Screen::Classroom(ClassState {
        learners,
        report,
        messages,
        tab,
        sort,
    });
}

fn open_packs(
    st: &mut State,
    env: &AppEnv,
    message: Option<Msg>,
    problems: Vec<crate::course::Diagnostic>,
) {
    st.screen = Screen::Packs(PacksState {
        installed: pack::list_installed(&env.data.courses_dir()),
        message,
        problems,
    });
}

pub fn apply(st: &mut State, env: &AppEnv, cmd: FacCommand, fx: &mut Vec<Effect>) {
    if st.facilitator.is_none() {
        return;
    }
    let now = env.clock.now().unix;
    let lang = st.lang.clone();
    match cmd {
        FacCommand::Hub => {
            if st.presentation().is_some() {
                fx.push(Effect::SaveSession);
            }
            fx.push(Effect::StopSpeech);
            st.screen = Screen::Facilitator(FacState::default());
        }
        FacCommand::HubSettingPin(on) => {
            if let Screen::Facilitator(s) = &mut st.screen {
                s.setting_pin = on;
            }
            st.drafts.new_pin.clear();
        }
        FacCommand::Present(id) => {
            let seed = fastrand::u64(..) ^ now as u64;
            let Some(p) = Presentation::new(&st.course, &id, now, seed) else {
                return;
            };
            if let Some(f) = &mut st.facilitator {
                f.presentation = Some(p);
                f.message = None;
            }
            st.drafts.session_notes.clear();
            st.screen = Screen::Presenter;
        }
        FacCommand::Step(d) => {
            if let Some(p) = presentation(st) {
                p.step(d);
            }
            fx.push(Effect::StopSpeech);
        }
        FacCommand::Reveal => {
            let yn = yes_no(env);
            let course = &st.course;
            if let Some(p) = st
                .facilitator
                .as_mut()
                .and_then(|f| f.presentation.as_mut())
                && p.reveal(course, &lang, (&yn.0, &yn.1))
            {
                fx.push(Effect::SaveSession);
            }
        }
        FacCommand::Tally { choice, delta } => {
            let yn = yes_no(env);
            let course = &st.course;
            if let Some(p) = st
                .facilitator
                .as_mut()
                .and_then(|f| f.presentation.as_mut())
                && p.tally(course, &lang, (&yn.0, &yn.1), choice, delta)
            {
                fx.push(Effect::SaveSession);
            }
        }
        FacCommand::FollowMajority => {
            let course = &st.course;
            let result = st
                .facilitator
                .as_mut()
                .and_then(|f| f.presentation.as_mut())
                .map(|p| p.follow_majority(course, &lang, now));
            match result {
                Some(Ok(choice)) => {
                    presenter_message(st, Msg::RoomVoted(choice));
                    fx.push(Effect::SaveSession);
                }
                Some(Err(VoteError::NoVotesYet)) => presenter_message(st, Msg::NoVotesYet),
                _ => {}
            }
        }
        FacCommand::ToggleNotes => {
            if let Some(p) = presentation(st) {
                p.show_notes = !p.show_notes;
            }
        }
        FacCommand::ToggleAudienceWindow => {
            if let Some(p) = presentation(st) {
                p.audience_window = !p.audience_window;
            }
        }
        FacCommand::ResetTimer => {
            if let Some(p) = presentation(st) {
                p.timer_start = now;
            }
        }
        FacCommand::EndSession => {
            if let Some(p) = presentation(st) {
                p.end(now);
                fx.push(Effect::SaveSession);
            }
        }
        FacCommand::ExportSummary => {
            if let Some(p) = st.presentation() {
                let name = format!(
                    "alerta-session-{}-{}.csv",
                    p.module,
                    crate::progress::clock::local_date(now)
                );
                fx.push(Effect::AskSaveFile {
                    purpose: FilePurpose::SessionSummary,
                    title: S::ExportCsv,
                    name,
                    ext: "csv",
                });
            }
        }
        FacCommand::OpenClassroom => {
            fx.push(Effect::StopSpeech);
            open_classroom(st, env, Vec::new());
        }
        FacCommand::ClassTab(t) => {
            if let Screen::Classroom(c) = &mut st.screen {
                c.tab = t;
            }
        }
        FacCommand::ClassSort(s) => {
            if let Screen::Classroom(c) = &mut st.screen {
                c.sort = s;
            }
        }
        FacCommand::ImportProgress => fx.push(Effect::AskOpenFiles {
            purpose: FilePurpose::ImportProgress,
            title: S::ImportProgress,
            ext: "ron",
        }),
        FacCommand::ExportCsv { anonymised } => {
            if matches!(st.screen, Screen::Classroom(_)) {
                fx.push(Effect::AskSaveFile {
                    purpose: FilePurpose::ClassCsv { anonymised },
                    title: if anonymised {
                        S::ExportCsvAnon
                    } else {
                        S::ExportCsv
                    },
                    name: crate::report::timestamped_name("alerta-class", now),
                    ext: "csv",
                });
            }
        }
        FacCommand::ExportXapi { anonymised } => {
            if matches!(st.screen, Screen::Classroom(_)) {
                let name =
                    crate::report::timestamped_name("alerta-xapi", now).replace(".csv", ".json");
                fx.push(Effect::AskSaveFile {
                    purpose: FilePurpose::ClassXapi { anonymised },
                    title: S::ExportXapi,
                    name,
                    ext: "json",
                });
            }
        }
        FacCommand::Certificate(id) => {
            let Screen::Classroom(c) = &mut st.screen else {
                return;
            };
            let Some((_, progress)) = c.learners.iter().find(|(_, p)| p.profile.id == id) else {
                return;
            };
            let date = crate::progress::clock::local_date(now);
            let name = format!(
                "certificate-{}.pdf",
                crate::progress::export::export_file_name(progress, &date)
                    .trim_start_matches("alerta-")
                    .trim_end_matches(".ron")
            );
            c.messages.clear();
            st.pending_certificate = Some(id);
            fx.push(Effect::AskSaveFile {
                purpose: FilePurpose::Certificate,
                title: S::Certificate,
                name,
                ext: "pdf",
            });
        }
        FacCommand::OpenPacks => {
            fx.push(Effect::StopSpeech);
            open_packs(st, env, None, Vec::new());
        }
        FacCommand::ImportPackFolder => fx.push(Effect::AskFolder {
            purpose: FilePurpose::PackFolder,
            title: S::ImportFolder,
        }),
        FacCommand::ImportPackZip => fx.push(Effect::AskOpenFiles {
            purpose: FilePurpose::PackZip,
            title: S::ImportZip,
            ext: "zip",
        }),
        FacCommand::UseCourse(id) => {
            st.settings.active_course = id;
            fx.push(Effect::SaveSettings);
            let loaded = crate::app::load_active_course(env, &st.settings);
            crate::app::replace_course(st, loaded);
            let title = st.course.meta.title.clone();
            open_packs(st, env, Some(Msg::CourseSwitched(title)), Vec::new());
        }
        FacCommand::ResetPin(id) => {
            let msg = match env.data.open_profile(&id, Mode::ReadWrite) {
                Ok(mut o) => {
                    o.progress.profile.pin = None;
                    match o.store.save(&o.progress) {
                        Ok(()) => Msg::PinWasReset(o.progress.profile.name.clone()),
                        Err(e) => Msg::Failed(Failure::Save(e)),
                    }
                }
                Err(e) => Msg::Failed(Failure::Profile(e)),
            };
            hub_message(st, msg);
        }
        FacCommand::SetFacilitatorPin(pin) => {
            let msg = match pin {
                Some(p) if !crate::progress::pin::valid_pin(&p) => Msg::PinInvalid,
                Some(p) => match crate::progress::pin::PinHash::new(&p) {
                    Ok(h) => {
                        st.settings.facilitator_pin = Some(h);
                        fx.push(Effect::SaveSettings);
                        Msg::Done
                    }
                    Err(e) => Msg::Failed(Failure::Pin(e)),
                },
                None => {
                    st.settings.facilitator_pin = None;
                    fx.push(Effect::SaveSettings);
                    Msg::Done
                }
            };
            st.drafts.new_pin.clear();
            if let Screen::Facilitator(s) = &mut st.screen
                && matches!(msg, Msg::Done)
            {
                s.setting_pin = false;
            }
            hub_message(st, msg);
        }
    }
}

fn presentation(st: &mut State) -> Option<&mut Presentation> {
    st.facilitator.as_mut()?.presentation.as_mut()
}

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
        _ => {}
    }
}
