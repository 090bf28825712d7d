//! The session's record on disk (versioned, under a unique name) and its
//! summary as CSV.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{SESSION_VERSION, Tally};
use crate::progress::SaveError;
use crate::progress::ids::{IdError, safe_join};
use crate::report::csv_out::{Cell, CsvOut};

/// The session record saved to disk.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, rename = "Session")]
pub struct SessionRecord {
    pub version: u32,
    /// Unique per session: also the file name.
    pub id: String,
    pub course_id: String,
    pub module: String,
    pub started: i64,
    pub ended: Option<i64>,
    pub steps_total: usize,
    pub steps_covered: usize,
    pub tallies: Vec<Tally>,
    pub notes: String,
}

impl Default for SessionRecord {
    fn default() -> Self {
        SessionRecord {
            version: SESSION_VERSION,
            id: String::new(),
            course_id: String::new(),
            module: String::new(),
            started: 0,
            ended: None,
            steps_total: 0,
            steps_covered: 0,
            tallies: Vec::new(),
            notes: String::new(),
        }
    }
}

/// Where a session is saved: `sessions/<id>.ron` in the data folder.
pub fn session_path(sessions_dir: &Path, id: &str) -> Result<PathBuf, IdError> {
    safe_join(sessions_dir, id, Some("ron"))
}

/// Writes the session record atomically.
pub fn save_session(sessions_dir: &Path, rec: &SessionRecord) -> Result<PathBuf, SaveError> {
    let path = session_path(sessions_dir, &rec.id).map_err(|e| SaveError::Io {
        path: sessions_dir.to_path_buf(),
        message: e.to_string(),
    })?;
    std::fs::create_dir_all(sessions_dir).map_err(|e| SaveError::from_io(sessions_dir, &e))?;
    let text = ron::ser::to_string_pretty(rec, ron::ser::PrettyConfig::new().struct_names(true))
        .unwrap_or_default();
    crate::progress::store::atomic_write(&path, text.as_bytes(), std::io::Write::write_all)?;
    Ok(path)
}

/// Reads a saved session, if the file is one (of this version or older).
pub fn read_session(path: &Path) -> Option<SessionRecord> {
    let rec: SessionRecord = ron::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    (rec.version <= SESSION_VERSION).then_some(rec)
}

/// The summary as CSV: one row per choice of every tally, then the steps
/// covered and the notes. `headers` are the column names in the language
/// chosen. Text cells cannot run as formulas.
pub fn summary_csv(rec: &SessionRecord, headers: &[&str; 6]) -> Vec<u8> {
    let mut w = CsvOut::new(Vec::new());
    let _ = w.header(headers);
    for t in &rec.tallies {
        for (i, c) in t.choices.iter().enumerate() {
            let correct = if t.key.starts_with("q:") {
                Cell::num(u8::from(t.correct.get(i).copied().unwrap_or(false)))
            } else {
                Cell::Num(String::new())
            };
            let _ = w.row([
                Cell::text(&rec.module),
                Cell::text(&t.key),
                Cell::text(&t.prompt),
                Cell::text(c),
                Cell::num(t.hands.get(i).copied().unwrap_or(0)),
                correct,
            ]);
        }
    }
    let _ = w.row([
        Cell::text(&rec.module),
        Cell::text("summary"),
        Cell::text("steps covered"),
        Cell::text(format!("{} of {}", rec.steps_covered, rec.steps_total)),
        Cell::num(rec.steps_covered),
        Cell::Num(String::new()),
    ]);
    if !rec.notes.trim().is_empty() {
        let _ = w.row([
            Cell::text(&rec.module),
            Cell::text("notes"),
            Cell::text(&rec.notes),
            Cell::Num(String::new()),
            Cell::Num(String::new()),
            Cell::Num(String::new()),
        ]);
    }
    w.finish().unwrap_or_default()
}
