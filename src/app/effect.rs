//! What `apply` asks the outside world to do, and the small runner that
//! does it: dialogs, file writes, saves, speech, closing the window.
//! Answers come back as commands, so `apply` stays the one place that
//! changes state, and a test can run the whole app logic without a window.

use std::path::PathBuf;
use std::time::Duration;

use super::command::{Command, FilePurpose};
use super::env::AppEnv;
use super::state::State;
use super::strings::S;

#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Save the learner's progress (on the saver thread).
    SaveProgress,
    /// Save the app-wide settings.
    SaveSettings,
    /// Save the presentation's record, with the facilitator's notes.
    SaveSession,
    AskSaveFile {
        purpose: FilePurpose,
        title: S,
        name: String,
        ext: &'static str,
    },
    AskOpenFiles {
        purpose: FilePurpose,
        title: S,
        ext: &'static str,
    },
    AskFolder {
        purpose: FilePurpose,
        title: S,
    },
    WriteFile {
        purpose: FilePurpose,
        path: PathBuf,
        bytes: Vec<u8>,
    },
    /// Read these `(language, text)` pairs aloud, replacing what is being read.
    Speak {
        texts: Vec<(String, String)>,
        slow: bool,
    },
    StopSpeech,
    /// Wait (at most this long) for pending saves.
    FlushSaves(Duration),
    /// End the learner's session (after its last save), releasing the profile.
    EndSession,
    /// Close the window.
    Close,
}

/// Performs effects, returning the commands their answers make.
pub fn perform(effects: Vec<Effect>, state: &mut State, env: &mut AppEnv) -> Vec<Command> {
    let mut out = Vec::new();
    for e in effects {
        match e {
            Effect::SaveProgress => {
                let now = env.clock.now().unix;
                if let Some(s) = &mut state.session {
                    s.save(now);
                }
            }
            Effect::SaveSettings => {
                if state.data_problem.is_none()
                    && let Err(err) = env.data.save_settings(&state.settings)
                {
                    state.notice(super::state::Notice::SaveFailed(err));
                }
            }
            Effect::SaveSession => {
                if let Some(p) = state.presentation() {
                    let rec = p.record(&state.drafts.session_notes);
                    let dir = env.data.root.join("sessions");
                    let result = crate::present::save_session(&dir, &rec);
                    if let Err(err) = result {
                        out.push(Command::FileWritten {
                            purpose: FilePurpose::SessionRecord,
                            result: Err(err),
                        });
                    }
                }
            }
            Effect::AskSaveFile {
                purpose,
                title,
                name,
                ext,
            } => {
                let path = {
                    let title = env.words.t(title).to_string();
                    env.dialogs.save_file(&title, &name, ext)
                };
                out.push(Command::FileChosen { purpose, path });
            }
            Effect::AskOpenFiles {
                purpose,
                title,
                ext,
            } => {
                let paths = {
                    let title = env.words.t(title).to_string();
                    env.dialogs.open_files(&title, ext)
                };
                out.push(Command::FilesChosen { purpose, paths });
            }
            Effect::AskFolder { purpose, title } => {
                let path = {
                    let title = env.words.t(title).to_string();
                    env.dialogs.open_folder(&title)
                };
                out.push(Command::FileChosen { purpose, path });
            }
            Effect::WriteFile {
                purpose,
                path,
                bytes,
            } => {
                let result =
                    crate::progress::store::atomic_write(&path, &bytes, std::io::Write::write_all)
                        .map(|()| path);
                out.push(Command::FileWritten { purpose, result });
            }
            Effect::Speak { texts, slow } => env.speech.speak(&texts, slow),
            Effect::StopSpeech => env.speech.stop(),
            Effect::FlushSaves(t) => {
                if let Some(s) = &state.session
                    && let Some(saver) = &s.saver
                {
                    saver.flush(t);
                }
            }
            Effect::EndSession => state.session = None,
            Effect::Close => env.close_requested = true,
        }
    }
    out
}
