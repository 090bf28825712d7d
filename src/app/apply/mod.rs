//! The one place that changes the app's state. `apply` takes a command,
//! changes [`State`], and returns the [`Effect`]s to perform; it never opens
//! a dialog, writes a user-chosen file, or touches the window itself.

mod facilitator;
mod learning;

use std::time::Duration;

use super::command::{Command, FilePurpose, Nav};
use super::effect::Effect;
use super::env::AppEnv;
use super::session::{Saver, Session};
use super::state::*;
use super::strings::S;
use crate::progress::store::Mode;
use crate::progress::{ProfileError, Progress};

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
            facilitator::files_chosen(st, env, purpose, paths, &mut fx)
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

fn start_error(st: &mut State, m: Msg) {
    if let Screen::Start(s) = &mut st.screen {
        s.error = Some(m);
    }
}

fn profile_msg(e: ProfileError) -> Msg {
    match e {
        ProfileError::NameTaken(_) => Msg::NameTaken,
        ProfileError::BadName => Msg::NameInvalid,
        other => Msg::Failed(Failure::Profile(other)),
    }
}

fn create_profile(st: &mut State, env: &AppEnv, name: &str, fx: &mut Vec<Effect>) {
    match env.data.create_profile(name, &st.lang, env.clock.now()) {
        Ok(mut opened) => {
            // A new profile starts with the look chosen on the first screen.
            opened.progress.settings.zoom = st.settings.zoom;
            opened.progress.settings.high_contrast = st.settings.high_contrast;
            st.drafts.new_name.clear();
            let saver = Saver::start(opened.store, env.repaint.as_fn());
            start_session(st, env, opened.progress, Some(saver), false, false, fx);
        }
        Err(e) => start_error(st, profile_msg(e)),
    }
}

fn open_profile(
    st: &mut State,
    env: &AppEnv,
    id: &str,
    pin: Option<String>,
    read_only: bool,
    fx: &mut Vec<Effect>,
) {
    let mode = if read_only {
        Mode::ReadOnly
    } else {
        Mode::ReadWrite
    };
    match env.data.open_profile(id, mode) {
        Ok(mut opened) => {
            let mut upgraded = false;
            if let Some(h) = &opened.progress.profile.pin {
                let Some(typed) = pin.as_deref().filter(|p| h.matches(p)) else {
                    if let Screen::Start(s) = &mut st.screen {
                        s.error = Some(Msg::WrongPin);
                        s.pin_for = Some(id.to_string());
                    }
                    st.drafts.pin.clear();
                    return;
                };
                // A PIN from an older version: store it the strong way now.
                if h.needs_upgrade()
                    && !opened.store.is_read_only()
                    && let Ok(new) = crate::progress::pin::PinHash::new(typed)
                {
                    opened.progress.profile.pin = Some(new);
                    upgraded = true;
                }
            }
            st.drafts.pin.clear();
            if let Some(r) = opened.recovery.take() {
                st.notice(Notice::Recovered(r));
            }
            let ro = opened.store.is_read_only();
            if ro {
                st.notice(Notice::ReadOnly);
            }
            let saver = (!ro).then(|| Saver::start(opened.store, env.repaint.as_fn()));
            start_session(st, env, opened.progress, saver, false, ro, fx);
            if upgraded {
                fx.push(Effect::SaveProgress);
            }
        }
        Err(ProfileError::Locked) => {
            if let Screen::Start(s) = &mut st.screen {
                s.locked = Some(id.to_string());
            }
        }
        Err(e) => start_error(st, profile_msg(e)),
    }
}

fn start_session(
    st: &mut State,
    env: &AppEnv,
    mut progress: Progress,
    saver: Option<Saver>,
    guest: bool,
    read_only: bool,
    fx: &mut Vec<Effect>,
) {
    progress.start_session(env.clock.now());
    let lang = progress.settings.language.clone();
    if st.course.meta.languages.contains(&lang) || lang == "en" || lang == "es" {
        st.lang = lang;
    }
    st.session = Some(Session {
        progress,
        saver,
        guest,
        read_only,
        last_activity: None,
        unsaved: false,
    });
    fx.push(Effect::SaveProgress);
    st.history.clear();
    st.screen = Screen::Home;
}

fn sign_out(st: &mut State, env: &AppEnv, fx: &mut Vec<Effect>) {
    fx.push(Effect::StopSpeech);
    fx.push(Effect::SaveProgress);
    fx.push(Effect::FlushSaves(Duration::from_secs(2)));
    st.reading = Reading::default();
    // The session ends after the effects have run (see `finish_sign_out`).
    st.screen = Screen::Neutral;
    st.history.clear();
    st.drafts = Drafts::default();
    fx.push(Effect::EndSession);
    st.lang = st.settings.language.clone();
    to_start(st, env);
}

fn enter_facilitator(st: &mut State, pin: Option<String>, fx: &mut Vec<Effect>) {
    let ok = match &st.settings.facilitator_pin {
        Some(h) => pin.as_deref().is_some_and(|p| h.matches(p)),
        None => true,
    };
    if !ok {
        start_error(st, Msg::WrongPin);
        st.drafts.pin.clear();
        return;
    }
    if let (Some(h), Some(p)) = (&st.settings.facilitator_pin, pin.as_deref())
        && h.needs_upgrade()
        && let Ok(new) = crate::progress::pin::PinHash::new(p)
    {
        st.settings.facilitator_pin = Some(new);
        fx.push(Effect::SaveSettings);
    }
    st.drafts.pin.clear();
    st.facilitator = Some(Facilitator::default());
    st.history.clear();
    st.screen = Screen::Facilitator(FacState::default());
}

fn rename(st: &mut State, env: &AppEnv, name: &str, fx: &mut Vec<Effect>) {
    let Some(s) = &mut st.session else { return };
    if s.guest || s.read_only {
        return;
    }
    let result = env.data.check_rename(&s.progress.profile.id, name);
    let msg = match result {
        Ok(clean) => {
            s.progress.profile.name = clean;
            fx.push(Effect::SaveProgress);
            Msg::Done
        }
        Err(e) => profile_msg(e),
    };
    if let Screen::Settings(set) = &mut st.screen {
        if matches!(msg, Msg::Done) {
            set.renaming = false;
        }
        set.message = Some(msg);
    }
}

fn set_pin(st: &mut State, pin: Option<String>, fx: &mut Vec<Effect>) {
    let Some(s) = &mut st.session else { return };
    if s.guest || s.read_only {
        return;
    }
    let msg = match pin {
        Some(p) if !crate::progress::pin::valid_pin(&p) => Msg::PinInvalid,
        Some(p) => match crate::progress::pin::PinHash::new(&p) {
            Ok(h) => {
                s.progress.profile.pin = Some(h);
                fx.push(Effect::SaveProgress);
                Msg::Done
            }
            Err(e) => Msg::Failed(Failure::Pin(e)),
        },
        None => {
            s.progress.profile.pin = None;
            fx.push(Effect::SaveProgress);
            Msg::Done
        }
    };
    st.drafts.new_pin.clear();
    if let Screen::Settings(set) = &mut st.screen {
        if matches!(msg, Msg::Done) {
            set.setting_pin = false;
        }
        set.message = Some(msg);
    }
}

fn delete_profile(st: &mut State, env: &AppEnv, fx: &mut Vec<Effect>) {
    let Some(s) = &st.session else { return };
    if s.guest || s.read_only || st.drafts.delete_confirm.trim() != s.progress.profile.name {
        return;
    }
    let id = s.progress.profile.id.clone();
    fx.push(Effect::StopSpeech);
    // Stop the saver and release the lock before the files go.
    st.session = None;
    if let Err(e) = env.data.delete_profile(&id) {
        st.notice(Notice::SaveFailed(crate::progress::SaveError::Io {
            path: env.data.profiles_dir(),
            message: e.to_string(),
        }));
    }
    st.drafts = Drafts::default();
    st.history.clear();
    st.lang = st.settings.language.clone();
    to_start(st, env);
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
        _ => facilitator::file_chosen(st, env, purpose, path, fx),
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
        _ => facilitator::written(st, purpose, msg),
    }
}
