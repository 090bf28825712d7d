//! Commands in facilitator mode: the hub, the presenter, the class report
//! and lesson packs.

use crate::app::command::{FacCommand, FilePurpose};
use crate::app::effect::Effect;
use crate::app::env::AppEnv;
use crate::app::state::*;
use crate::app::strings::S;
use crate::pack;
use crate::present::{Presentation, VoteError};
use crate::progress::store::Mode;

fn yes_no(env: &AppEnv) -> (String, String) {
    (env.words.t(S::True).into(), env.words.t(S::False).into())
}

pub(super) fn hub_message(st: &mut State, m: Msg) {
    if let Screen::Facilitator(s) = &mut st.screen {
        s.message = Some(m);
        s.profiles.clear();
    }
}

pub(super) fn presenter_message(st: &mut State, m: Msg) {
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

pub(super) fn open_packs(
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
        FacCommand::PrintPaper { letter } => {
            if let Some(f) = &mut st.facilitator {
                f.print.letter = letter;
            }
        }
        FacCommand::PrintCountry(country) => {
            if let Some(f) = &mut st.facilitator {
                f.print.country = country;
            }
        }
        FacCommand::Print { module, kind } => {
            if st.course.module(&module).is_none() {
                return;
            }
            let name = format!("{module}-{}-{}.pdf", kind.name(), st.lang);
            if let Screen::Facilitator(s) = &mut st.screen {
                s.message = None;
            }
            st.pending_print = Some(PendingPrint { module, kind });
            fx.push(Effect::AskSaveFile {
                purpose: FilePurpose::Print,
                title: S::PrintSaveTitle,
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
