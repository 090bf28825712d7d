//! The one place that changes the app's state. `apply` takes a command,
//! changes [`State`], and returns the [`Effect`]s to perform; it never opens
//! a dialog, writes a user-chosen file, or touches the window itself.

mod facilitator;
mod files;
mod learning;
mod session;

use session::*;

use std::time::Duration;

use super::command::{Command, FilePurpose, Nav};
use super::effect::Effect;
use super::env::AppEnv;
use super::state::*;
use super::strings::S;
use crate::progress::Progress;

/// Applies one command and returns what must happen outside the state.
pub fn apply(st: &mut State, env: &AppEnv, cmd: Command) -> Vec<Effect> {
    let mut fx = Vec::new();
    match cmd {
        Command::SetLanguage(tag) => set_language(st, &tag, &mut fx),
        Command::CreateProfile { name } => create_profile(st, env, &name, &mut fx),
        Command::OpenProfile { id, pin, read_only } => {
            open_profile(st, env, &id, pin, read_only, &mut fx)
        }
        Command::Guest => {
            let p = Progress::new("guest", "Guest", &st.lang, env.clock.now());
            start_session(st, env, p, None, true, false, &mut fx);
        }
        Command::SignOut => sign_out(st, env, &mut fx),
        Command::EnterFacilitator { pin } => enter_facilitator(st, pin, &mut fx),
        Command::LeaveFacilitator => {
            if st.presentation().is_some() {
                fx.push(Effect::SaveSession);
            }
            st.facilitator = None;
            st.history.clear();
            st.drafts.session_notes.clear();
            to_start(st, env);
        }
        Command::RenameProfile(name) => rename(st, env, &name, &mut fx),
        Command::SetPin(pin) => set_pin(st, pin, &mut fx),
        Command::ExportProgress => {
            if let Some(s) = &st.session {
                let date = crate::progress::clock::local_date(env.clock.now().unix);
                fx.push(Effect::AskSaveFile {
                    purpose: FilePurpose::ExportProgress,
                    title: S::ExportProgress,
                    name: crate::progress::export::export_file_name(&s.progress, &date),
                    ext: "ron",
                });
            }
        }
        Command::DeleteProfile => delete_profile(st, env, &mut fx),
        Command::StartCreating(on) => {
            if let Screen::Start(s) = &mut st.screen {
                s.creating = on;
                s.error = None;
            }
        }
        Command::StartAskPin(id) => {
            if let Screen::Start(s) = &mut st.screen {
                s.pin_for = id;
                s.error = None;
                st.drafts.pin.clear();
            }
        }
        Command::StartAskFacilitatorPin => {
            if let Screen::Start(s) = &mut st.screen {
                s.facilitator_pin = true;
                st.drafts.pin.clear();
            }
        }
        Command::StartDismissLocked => {
            if let Screen::Start(s) = &mut st.screen {
                s.locked = None;
            }
        }
        Command::SettingsRenaming(on) => {
            let name = st
                .progress()
                .map(|p| p.profile.name.clone())
                .unwrap_or_default();
            if let Screen::Settings(s) = &mut st.screen {
                s.renaming = on;
                s.message = None;
                st.drafts.rename = name;
            }
        }
        Command::SettingsSettingPin(on) => {
            if let Screen::Settings(s) = &mut st.screen {
                s.setting_pin = on;
                s.message = None;
                st.drafts.new_pin.clear();
            }
        }
        Command::SettingsDeleting(on) => {
            if let Screen::Settings(s) = &mut st.screen {
                s.deleting = on;
                st.drafts.delete_confirm.clear();
            }
        }
        Command::Go(nav) => navigate(st, env, nav, &mut fx),
        Command::Back => {
            fx.push(Effect::StopSpeech);
            if let Some(prev) = st.history.pop() {
                st.screen = prev;
            } else if st.session.is_some() && !matches!(st.screen, Screen::Home) {
                st.screen = Screen::Home;
            }
        }
        Command::Continue => learning::resume(st, env, &mut fx),
        Command::DismissNotice(i) => {
            if i < st.notices.len() {
                st.notices.remove(i);
            }
        }
        Command::QuickExit => quick_exit(st, &mut fx),
        Command::AckNote { .. }
        | Command::GoPage(_)
        | Command::ToggleReveal { .. }
        | Command::ScenarioChoose { .. }
        | Command::ScenarioRestart { .. }
        | Command::ToggleSources
        | Command::Select(_)
        | Command::MoveItem { .. }
        | Command::Submit
        | Command::ShowHint
        | Command::NextQuestion
        | Command::QuizRetry => learning::apply(st, env, cmd, &mut fx),
        Command::SetZoom(z) => {
            let z = z.clamp(0.6, 3.0);
            match &mut st.session {
                Some(s) => {
                    s.progress.settings.zoom = z;
                    fx.push(Effect::SaveProgress);
                }
                None => {
                    st.settings.zoom = z;
                    fx.push(Effect::SaveSettings);
                }
            }
        }
        Command::SetHighContrast(on) => match &mut st.session {
            Some(s) => {
                s.progress.settings.high_contrast = on;
                fx.push(Effect::SaveProgress);
            }
            None => {
                st.settings.high_contrast = on;
                fx.push(Effect::SaveSettings);
            }
        },
        Command::ReadAloud(texts) => {
            st.reading.speaking = true;
            st.reading.texts = texts.clone();
            fx.push(Effect::Speak {
                texts,
                slow: st.reading.slow,
            });
        }
        Command::StopReading => {
            st.reading.speaking = false;
            st.reading.texts.clear();
            fx.push(Effect::StopSpeech);
        }
        Command::SetSlowReading(slow) => st.reading.slow = slow,
        Command::Facilitator(fc) => facilitator::apply(st, env, fc, &mut fx),
        Command::FileChosen { purpose, path } => {
            if let Some(path) = path {
                file_chosen(st, env, purpose, path, &mut fx)
            }
        }
        Command::FilesChosen { purpose, paths } => {
            files::files_chosen(st, env, purpose, paths, &mut fx)
        }
        Command::FileWritten { purpose, result } => file_written(st, purpose, result),
    }
    after(st, env);
    fx
}

/// Keeps derived screen data fresh after every command.
fn after(st: &mut State, env: &AppEnv) {
    if let Screen::Start(s) = &mut st.screen
        && !s.loaded
    {
        s.profiles = env.data.list_profiles();
        s.loaded = true;
    }
    if let Screen::Facilitator(s) = &mut st.screen
        && s.profiles.is_empty()
    {
        s.profiles = env.data.list_profiles();
    }
}

fn set_language(st: &mut State, tag: &str, fx: &mut Vec<Effect>) {
    let known = st.course.meta.languages.iter().any(|l| l == tag) || tag == "en" || tag == "es";
    if !known || !crate::course::text::is_lang_code(tag) {
        return;
    }
    st.lang = tag.to_string();
    match &mut st.session {
        Some(s) => {
            s.progress.settings.language = tag.to_string();
            fx.push(Effect::SaveProgress);
        }
        None => {
            st.settings.language = tag.to_string();
            fx.push(Effect::SaveSettings);
        }
    }
    // What is being read is in the old language.
    if st.reading.speaking {
        st.reading.speaking = false;
        fx.push(Effect::StopSpeech);
    }
}

/// The start screen, with the profiles read afresh.
pub(super) fn to_start(st: &mut State, env: &AppEnv) {
    st.screen = Screen::Start(StartState {
        profiles: env.data.list_profiles(),
        loaded: true,
        ..StartState::default()
    });
}

pub(super) fn go(st: &mut State, screen: Screen) {
    let old = std::mem::replace(&mut st.screen, screen);
    if !matches!(old, Screen::Neutral) {
        st.history.push(old);
        if st.history.len() > 30 {
            st.history.remove(0);
        }
    }
}

fn navigate(st: &mut State, env: &AppEnv, nav: Nav, fx: &mut Vec<Effect>) {
    fx.push(Effect::StopSpeech);
    st.reading.speaking = false;
    match nav {
        Nav::Home => {
            st.history.clear();
            if st.session.is_some() {
                st.screen = Screen::Home;
            } else if st.facilitator.is_some() {
                st.screen = Screen::Facilitator(FacState::default());
            } else {
                to_start(st, env);
            }
        }
        Nav::Module(id) => learning::open_module(st, env, &id, fx),
        Nav::Quiz(id) => learning::open_quiz(st, env, &id, QuizKind::Quiz, false, fx),
        Nav::PreCheck(id) => learning::open_quiz(st, env, &id, QuizKind::PreCheck, false, fx),
        Nav::Help => {
            if !matches!(st.screen, Screen::Help) {
                go(st, Screen::Help);
            }
        }
        Nav::Settings => go(st, Screen::Settings(SettingsState::default())),
        Nav::Mistakes => go(st, Screen::Mistakes),
        Nav::Review => learning::open_review(st, env),
    }
}

/// Quick exit: blank at once, stop reading, save what is pending (presenter
/// notes included) quickly, and close.
fn quick_exit(st: &mut State, fx: &mut Vec<Effect>) {
    st.quitting = true;
    st.screen = Screen::Neutral;
    st.history.clear();
    st.reading = Reading::default();
    fx.push(Effect::StopSpeech);
    if st.presentation().is_some() {
        fx.push(Effect::SaveSession);
    }
    fx.push(Effect::SaveProgress);
    fx.push(Effect::FlushSaves(Duration::from_millis(300)));
    fx.push(Effect::Close);
}

fn file_chosen(
    st: &mut State,
    env: &AppEnv,
    purpose: FilePurpose,
    path: std::path::PathBuf,
    fx: &mut Vec<Effect>,
) {
    match purpose {
        FilePurpose::ExportProgress => {
            if let Some(s) = &st.session {
                let text = crate::progress::export::export_text(
                    &s.progress,
                    &st.course,
                    env.clock.now().unix,
                );
                fx.push(Effect::WriteFile {
                    purpose,
                    path,
                    bytes: text.into_bytes(),
                });
            }
        }
        _ => files::file_chosen(st, env, purpose, path, fx),
    }
}

fn file_written(
    st: &mut State,
    purpose: FilePurpose,
    result: Result<std::path::PathBuf, crate::progress::SaveError>,
) {
    let msg = match (&purpose, result) {
        (FilePurpose::ExportProgress, Ok(p)) => Msg::Exported(p),
        (_, Ok(p)) => Msg::SavedTo(p),
        (_, Err(e)) => Msg::Failed(Failure::Save(e)),
    };
    match purpose {
        FilePurpose::ExportProgress => {
            if let Screen::Settings(s) = &mut st.screen {
                s.message = Some(msg);
            }
        }
        _ => files::written(st, purpose, msg),
    }
}
