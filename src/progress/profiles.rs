//! Where learner data lives, and the profiles in it.
//!
//! The data folder is, in order of preference:
//! 1. `--data-dir DIR`;
//! 2. a `data/` folder beside the binary, if it exists (portable use from a USB stick);
//! 3. the platform's data folder (`directories`), e.g. `~/.local/share/alerta`.
//!
//! Inside it: `profiles/<id>/` (one folder per learner, see [`super::store`]),
//! `settings.ron` (app-wide settings), `class/` (progress files imported by a
//! teacher) and `courses/` (installed lesson packs).

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::clock::Now;
use super::model::{PinHash, Progress};
use super::store::{
    Mode, OpenError, Opened, PROGRESS_FILE, SaveError, Store, atomic_write, read_progress,
};

pub const SETTINGS_FILE: &str = "settings.ron";
pub const MAX_NAME_CHARS: usize = 40;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataDir {
    pub root: PathBuf,
    /// True when using a `data/` folder beside the binary.
    pub portable: bool,
}

/// App-wide settings, shared by everyone on this computer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, rename = "Settings")]
pub struct AppSettings {
    /// The language of the start screen, before anyone signs in.
    pub language: String,
    pub zoom: f32,
    pub high_contrast: bool,
    /// The installed course pack in use; `None` for the bundled course.
    pub active_course: Option<String>,
    /// Protects facilitator mode, if set.
    pub facilitator_pin: Option<PinHash>,
}

impl Default for AppSettings {
    fn default() -> Self {
        AppSettings {
            language: "es".into(),
            zoom: 1.0,
            high_contrast: false,
            active_course: None,
            facilitator_pin: None,
        }
    }
}

/// A profile as listed on the start screen.
#[derive(Clone, Debug, PartialEq)]
pub struct ProfileEntry {
    pub id: String,
    pub name: String,
    pub has_pin: bool,
    pub language: String,
    pub saved_at: i64,
    /// The main file could not be read; opening it will restore a backup.
    pub needs_repair: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    #[error("a name needs 1 to {MAX_NAME_CHARS} characters")]
    BadName,
    #[error("there is already a profile called {0}")]
    NameTaken(String),
    #[error("no such profile")]
    NotFound,
    #[error("this profile is open in another window of Alerta")]
    Locked,
    #[error(transparent)]
    Save(#[from] SaveError),
    #[error("{0}")]
    Io(String),
}

impl From<OpenError> for ProfileError {
    fn from(e: OpenError) -> Self {
        match e {
            OpenError::Locked => ProfileError::Locked,
            other => ProfileError::Io(other.to_string()),
        }
    }
}

/// Normalises a display name: trimmed, inner whitespace collapsed.
pub fn clean_name(name: &str) -> Option<String> {
    let n = name.split_whitespace().collect::<Vec<_>>().join(" ");
    (!n.is_empty() && n.chars().count() <= MAX_NAME_CHARS && !n.chars().any(char::is_control))
        .then_some(n)
}

impl DataDir {
    /// Picks the data folder (see the module docs).
    pub fn resolve(flag: Option<&Path>) -> DataDir {
        if let Some(d) = flag {
            return DataDir {
                root: d.to_path_buf(),
                portable: false,
            };
        }
        if let Ok(exe) = std::env::current_exe()
            && let Some(dir) = exe.parent()
        {
            let beside = dir.join("data");
            if beside.is_dir() {
                return DataDir {
                    root: beside,
                    portable: true,
                };
            }
        }
        let root = directories::ProjectDirs::from("org", "Alerta", "alerta")
            .map(|p| p.data_dir().to_path_buf())
            .unwrap_or_else(|| PathBuf::from("alerta-data"));
        DataDir {
            root,
            portable: false,
        }
    }

    pub fn at(root: impl Into<PathBuf>) -> DataDir {
        DataDir {
            root: root.into(),
            portable: false,
        }
    }

    pub fn profiles_dir(&self) -> PathBuf {
        self.root.join("profiles")
    }

    pub fn class_dir(&self) -> PathBuf {
        self.root.join("class")
    }

    pub fn courses_dir(&self) -> PathBuf {
        self.root.join("courses")
    }

    /// The folder of profile `id`, if `id` is a valid id (see [`super::ids`]).
    pub fn profile_dir(&self, id: &str) -> Result<PathBuf, super::ids::IdError> {
        super::ids::safe_join(&self.profiles_dir(), id, None)
    }

    /// Checks that the data folder can be written, by creating it and a test file.
    pub fn check_writable(&self) -> Result<(), SaveError> {
        let dir = self.profiles_dir();
        fs::create_dir_all(&dir).map_err(|e| SaveError::from_io(&dir, &e))?;
        let probe = self.root.join(".write-test");
        atomic_write(&probe, b"ok", std::io::Write::write_all)?;
        let _ = fs::remove_file(probe);
        Ok(())
    }

    pub fn load_settings(&self) -> AppSettings {
        let path = self.root.join(SETTINGS_FILE);
        fs::read_to_string(&path)
            .ok()
            .and_then(|s| ron::from_str(&s).ok())
            .unwrap_or_default()
    }

    pub fn save_settings(&self, s: &AppSettings) -> Result<(), SaveError> {
        fs::create_dir_all(&self.root).map_err(|e| SaveError::from_io(&self.root, &e))?;
        let text = ron::ser::to_string_pretty(s, ron::ser::PrettyConfig::new().struct_names(true))
            .unwrap_or_default();
        atomic_write(
            &self.root.join(SETTINGS_FILE),
            text.as_bytes(),
            std::io::Write::write_all,
        )
    }

    /// Every profile on this computer, sorted by name.
    pub fn list_profiles(&self) -> Vec<ProfileEntry> {
        let Ok(entries) = fs::read_dir(self.profiles_dir()) else {
            return Vec::new();
        };
        let mut out: Vec<ProfileEntry> = entries
            .flatten()
            .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
            // Only folders whose names are valid ids are profiles.
            .filter(|e| super::ids::check_id(&e.file_name().to_string_lossy()).is_ok())
            .map(|e| {
                let id = e.file_name().to_string_lossy().into_owned();
                let main = e.path().join(PROGRESS_FILE);
                let read = read_progress(&main).ok().and_then(Result::ok);
                // A damaged file: borrow the name from the newest readable backup.
                let backup = || {
                    (1..=super::store::BACKUPS).find_map(|n| {
                        read_progress(&e.path().join(format!("progress.bak{n}.ron")))
                            .ok()
                            .and_then(Result::ok)
                    })
                };
                match read {
                    Some(p) => entry(&id, &p, false),
                    None => match backup() {
                        Some(p) => entry(&id, &p, true),
                        None => ProfileEntry {
                            id: id.clone(),
                            name: id,
                            has_pin: false,
                            language: "es".into(),
                            saved_at: 0,
                            needs_repair: true,
                        },
                    },
                }
            })
            .collect();
        out.sort_by_key(|p| p.name.to_lowercase());
        out
    }

    fn name_taken(&self, name: &str, except: Option<&str>) -> bool {
        self.list_profiles()
            .iter()
            .any(|p| Some(p.id.as_str()) != except && p.name.to_lowercase() == name.to_lowercase())
    }

    /// Creates a profile and opens it.
    pub fn create_profile(
        &self,
        name: &str,
        language: &str,
        now: Now,
    ) -> Result<Opened, ProfileError> {
        let name = clean_name(name).ok_or(ProfileError::BadName)?;
        if self.name_taken(&name, None) {
            return Err(ProfileError::NameTaken(name));
        }
        let (id, dir) = loop {
            let id = super::ids::new_id("p");
            let dir = self
                .profile_dir(&id)
                .map_err(|e| ProfileError::Io(e.to_string()))?;
            if !dir.exists() {
                break (id, dir);
            }
        };
        let mut progress = Progress::new(&id, &name, language, now);
        progress.saved_at = now.unix;
        let store = Store::create(&dir, &progress)?;
        Ok(Opened {
            store,
            progress,
            recovery: None,
        })
    }

    pub fn open_profile(&self, id: &str, mode: Mode) -> Result<Opened, ProfileError> {
        let dir = self.profile_dir(id).map_err(|_| ProfileError::NotFound)?;
        if !dir.is_dir() {
            return Err(ProfileError::NotFound);
        }
        Ok(Store::open(&dir, mode)?)
    }

    /// The cleaned name profile `id` may be renamed to, or why not.
    pub fn check_rename(&self, id: &str, new_name: &str) -> Result<String, ProfileError> {
        let name = clean_name(new_name).ok_or(ProfileError::BadName)?;
        if self.name_taken(&name, Some(id)) {
            return Err(ProfileError::NameTaken(name));
        }
        Ok(name)
    }

    /// Renames an open profile and saves it.
    pub fn rename_profile(&self, opened: &mut Opened, new_name: &str) -> Result<(), ProfileError> {
        let name = self.check_rename(&opened.progress.profile.id, new_name)?;
        opened.progress.profile.name = name;
        opened.store.save(&opened.progress)?;
        Ok(())
    }

    /// Deletes a profile and all its files, backups included. Refuses while
    /// another window has it open.
    pub fn delete_profile(&self, id: &str) -> Result<(), ProfileError> {
        let dir = self.profile_dir(id).map_err(|_| ProfileError::NotFound)?;
        if !dir.is_dir() {
            return Err(ProfileError::NotFound);
        }
        let lock = super::store::take_lock(&dir)?;
        drop(lock);
        fs::remove_dir_all(&dir).map_err(|e| ProfileError::Io(e.to_string()))
    }

    /// Every readable profile's progress, for the class report.
    pub fn all_progress(&self) -> Vec<Progress> {
        self.list_profiles()
            .into_iter()
            .filter_map(|e| {
                let dir = self.profile_dir(&e.id).ok()?;
                Store::open(&dir, Mode::ReadOnly).ok().map(|o| o.progress)
            })
            .collect()
    }
}

fn entry(id: &str, p: &Progress, needs_repair: bool) -> ProfileEntry {
    ProfileEntry {
        id: id.to_string(),
        name: if p.profile.name.is_empty() {
            id.to_string()
        } else {
            p.profile.name.clone()
        },
        has_pin: p.profile.pin.is_some(),
        language: p.settings.language.clone(),
        saved_at: p.saved_at,
        needs_repair,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> Now {
        Now { unix: 10, day: 0 }
    }

    #[test]
    fn create_list_rename_delete() {
        let d = tempfile::tempdir().unwrap();
        let data = DataDir::at(d.path());
        let mut ana = data.create_profile("  Ana   María ", "es", now()).unwrap();
        assert_eq!(ana.progress.profile.name, "Ana María");
        let luis = data.create_profile("Luis", "en", now()).unwrap();
        assert!(matches!(
            data.create_profile("ana maría", "es", now()),
            Err(ProfileError::NameTaken(_))
        ));
        let names: Vec<_> = data.list_profiles().into_iter().map(|p| p.name).collect();
        assert_eq!(names, ["Ana María", "Luis"]);

        data.rename_profile(&mut ana, "Ana").unwrap();
        assert!(matches!(
            data.rename_profile(&mut ana, "LUIS"),
            Err(ProfileError::NameTaken(_))
        ));
        let id = luis.progress.profile.id.clone();
        // Open elsewhere: deleting is refused.
        assert!(matches!(
            data.delete_profile(&id),
            Err(ProfileError::Locked)
        ));
        drop(luis);
        data.delete_profile(&id).unwrap();
        assert!(
            !data.profile_dir(&id).unwrap().exists(),
            "really gone, backups too"
        );
        let names: Vec<_> = data.list_profiles().into_iter().map(|p| p.name).collect();
        assert_eq!(names, ["Ana"]);
    }

    #[test]
    fn names_are_checked() {
        assert_eq!(clean_name(""), None);
        assert_eq!(clean_name(&"x".repeat(41)), None);
        assert_eq!(clean_name("a\u{7}b"), None);
        assert_eq!(clean_name(" José "), Some("José".into()));
    }

    #[test]
    fn settings_round_trip() {
        let d = tempfile::tempdir().unwrap();
        let data = DataDir::at(d.path());
        assert_eq!(data.load_settings(), AppSettings::default());
        let s = AppSettings {
            language: "en".into(),
            zoom: 1.5,
            ..Default::default()
        };
        data.save_settings(&s).unwrap();
        assert_eq!(data.load_settings(), s);
    }

    #[test]
    fn path_tricks_are_not_profiles() {
        let d = tempfile::tempdir().unwrap();
        let data = DataDir::at(d.path());
        assert!(matches!(
            data.delete_profile("../x"),
            Err(ProfileError::NotFound)
        ));
        assert!(matches!(
            data.open_profile("..", Mode::ReadOnly),
            Err(ProfileError::NotFound)
        ));
    }
}
