//! Who is learning: profiles, guests, signing in and out, PINs, and
//! facilitator mode.

use std::time::Duration;

use super::to_start;
use crate::app::effect::Effect;
use crate::app::env::AppEnv;
use crate::app::session::{Saver, Session};
use crate::app::state::*;
use crate::progress::store::Mode;
use crate::progress::{ProfileError, Progress};

pub(super) fn start_error(st: &mut State, m: Msg) {
    if let Screen::Start(s) = &mut st.screen {
        s.error = Some(m);
    }
}

pub(super) fn profile_msg(e: ProfileError) -> Msg {
    match e {
        ProfileError::NameTaken(_) => Msg::NameTaken,
        ProfileError::BadName => Msg::NameInvalid,
        other => Msg::Failed(Failure::Profile(other)),
    }
}

pub(super) fn create_profile(st: &mut State, env: &AppEnv, name: &str, fx: &mut Vec<Effect>) {
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

pub(super) fn open_profile(
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

pub(super) fn start_session(
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

pub(super) fn sign_out(st: &mut State, env: &AppEnv, fx: &mut Vec<Effect>) {
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

pub(super) fn enter_facilitator(st: &mut State, pin: Option<String>, fx: &mut Vec<Effect>) {
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

pub(super) fn rename(st: &mut State, env: &AppEnv, name: &str, fx: &mut Vec<Effect>) {
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

pub(super) fn set_pin(st: &mut State, pin: Option<String>, fx: &mut Vec<Effect>) {
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

pub(super) fn delete_profile(st: &mut State, env: &AppEnv, fx: &mut Vec<Effect>) {
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
