//! What an id read from a file may be, and the one way to turn it into a path.
//!
//! Every id that becomes part of a file or folder name goes through
//! [`check_id`] and [`safe_join`]: profile ids, learner ids in imported
//! exports, course ids of lesson packs, session ids. An id is lowercase ASCII
//! letters, digits and hyphens, 1 to [`MAX_ID_LEN`] characters, never starting
//! with a hyphen, and never a name Windows reserves for a device (`con`,
//! `nul`, `aux`, `com1`…). So it can never be `..`, an absolute path, contain
//! a separator of any system, or name a device.

use std::path::{Path, PathBuf};

/// The longest id accepted.
pub const MAX_ID_LEN: usize = 64;

/// Names Windows reserves for devices, in any case and with any extension.
const RESERVED: &[&str] = &[
    "con", "prn", "aux", "nul", "com0", "com1", "com2", "com3", "com4", "com5", "com6", "com7",
    "com8", "com9", "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    "conin", "conout", "clock",
];

/// Why an id was refused. Data, not a sentence: the app words it.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum IdError {
    #[error("the id is empty")]
    Empty,
    #[error("the id has {len} characters; at most {MAX_ID_LEN} are allowed")]
    TooLong { len: usize },
    #[error("the id \"{id}\" may only use lowercase letters a-z, digits and hyphens")]
    BadCharacter { id: String },
    #[error("the id \"{id}\" must not start with a hyphen")]
    LeadingHyphen { id: String },
    #[error("the id \"{id}\" is a name Windows reserves for a device")]
    Reserved { id: String },
}

/// Checks that `id` is safe to use as a file or folder name on every system.
pub fn check_id(id: &str) -> Result<(), IdError> {
    if id.is_empty() {
        return Err(IdError::Empty);
    }
    if id.len() > MAX_ID_LEN {
        return Err(IdError::TooLong { len: id.len() });
    }
    let shown = || id.chars().take(MAX_ID_LEN).collect::<String>();
    if !id
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Err(IdError::BadCharacter { id: shown() });
    }
    if id.starts_with('-') {
        return Err(IdError::LeadingHyphen { id: shown() });
    }
    if RESERVED.contains(&id) {
        return Err(IdError::Reserved { id: shown() });
    }
    Ok(())
}

/// `dir/<id>` or `dir/<id>.<ext>`, for a checked id. The result is always a
/// direct child of `dir`.
pub fn safe_join(dir: &Path, id: &str, ext: Option<&str>) -> Result<PathBuf, IdError> {
    check_id(id)?;
    let name = match ext {
        Some(e) => format!("{id}.{e}"),
        None => id.to_string(),
    };
    let path = dir.join(name);
    debug_assert_eq!(path.parent(), Some(dir));
    Ok(path)
}

/// A fresh id: `prefix` (itself a valid id) and eight random hex digits.
pub fn new_id(prefix: &str) -> String {
    format!("{prefix}-{:08x}", fastrand::u32(..))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_ids() {
        for id in [
            "p-1a2b3c4d",
            "alerta-centroamerica",
            "a",
            "x9",
            "con-1",
            "nul2",
        ] {
            assert_eq!(check_id(id), Ok(()), "{id}");
        }
    }

    #[test]
    fn hostile_ids() {
        for id in [
            "",
            "..",
            ".",
            "../settings",
            "/etc/x",
            "..\\x",
            "a/b",
            "a\\b",
            "C:x",
            "con",
            "nul",
            "aux",
            "com1",
            "lpt9",
            "Ana",
            "-x",
            "a b",
            "ñ",
            "a.ron",
            "a\0b",
        ] {
            assert!(check_id(id).is_err(), "{id:?} was accepted");
        }
        assert!(check_id(&"a".repeat(MAX_ID_LEN + 1)).is_err());
        assert!(check_id(&"a".repeat(MAX_ID_LEN)).is_ok());
    }

    #[test]
    fn joined_paths_stay_inside() {
        let dir = Path::new("/data/class");
        assert_eq!(
            safe_join(dir, "p-1", Some("ron")).unwrap(),
            Path::new("/data/class/p-1.ron")
        );
        assert!(safe_join(dir, "../settings", Some("ron")).is_err());
        assert!(safe_join(dir, "/etc/passwd", None).is_err());
    }

    proptest::proptest! {
        #[test]
        fn any_accepted_id_is_a_direct_child(id in ".{0,80}") {
            let dir = Path::new("/d");
            if let Ok(p) = safe_join(dir, &id, Some("ron")) {
                proptest::prop_assert_eq!(p.parent(), Some(dir));
                proptest::prop_assert_eq!(p.components().count(), 3);
            }
        }
    }
}
