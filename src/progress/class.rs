//! A teacher's class: progress files that learners exported on other
//! computers, imported into the data folder's `class/` folder.
//!
//! Each file is read, checked (format, course, version, learner id) and only
//! then written, as `class/<learner-id>.ron`, through [`safe_join`]. A file
//! that fails any check writes nothing.

use std::path::{Path, PathBuf};

use super::DataDir;
use super::export::{self, Export, ImportError, MergeNote};
use super::ids::safe_join;
use super::store::{SaveError, atomic_write};
use crate::course::Course;

/// What became of one learner (or one file) in an import.
#[derive(Debug)]
pub enum ImportOutcome {
    /// Written to `class/`.
    Added { name: String },
    /// Refused whole; nothing was written for this file.
    Rejected { file: PathBuf, error: ImportError },
    /// Already here: as a profile on this computer, as a newer imported copy,
    /// or twice among the chosen files.
    Duplicate { name: String },
    /// Two different learners with the same name; both are kept.
    SameName { name: String },
    /// The file was good but could not be written.
    Failed { name: String, error: SaveError },
}

/// Imports export files into `data`'s class folder for `course`.
pub fn import(data: &DataDir, course: &Course, files: &[PathBuf]) -> Vec<ImportOutcome> {
    let merged = export::merge_files(files, course);
    let mut out = Vec::new();
    for note in merged.notes {
        match note {
            MergeNote::Rejected { file, error } => {
                out.push(ImportOutcome::Rejected { file, error })
            }
            MergeNote::Duplicate { name, .. } => out.push(ImportOutcome::Duplicate { name }),
            MergeNote::SameName { name, .. } => out.push(ImportOutcome::SameName { name }),
            MergeNote::Added { .. } => {}
        }
    }
    let local: Vec<String> = data.list_profiles().into_iter().map(|p| p.id).collect();
    let class_dir = data.class_dir();
    for (_file, e) in merged.learners {
        let name = e.progress.profile.name.clone();
        if local.contains(&e.progress.profile.id) {
            out.push(ImportOutcome::Duplicate { name });
            continue;
        }
        match write_one(&class_dir, &e) {
            Ok(true) => out.push(ImportOutcome::Added { name }),
            Ok(false) => out.push(ImportOutcome::Duplicate { name }),
            Err(WriteError::Id(error)) => out.push(ImportOutcome::Rejected { file: _file, error }),
            Err(WriteError::Save(error)) => out.push(ImportOutcome::Failed { name, error }),
        }
    }
    out
}

enum WriteError {
    Id(ImportError),
    Save(SaveError),
}

/// Writes one learner; `Ok(false)` when a newer copy is already there.
fn write_one(class_dir: &Path, e: &Export) -> Result<bool, WriteError> {
    let target = safe_join(class_dir, &e.progress.profile.id, Some("ron"))
        .map_err(|err| WriteError::Id(ImportError::BadId(err)))?;
    // Keep whichever copy of this learner is newer; never lose the other silently.
    if let Ok(existing) = export::read_export(&target)
        && existing.progress.saved_at >= e.progress.saved_at
    {
        return Ok(false);
    }
    std::fs::create_dir_all(class_dir)
        .map_err(|err| WriteError::Save(SaveError::from_io(class_dir, &err)))?;
    let text = export::export_text_with(&e.header, &e.progress);
    atomic_write(&target, text.as_bytes(), std::io::Write::write_all).map_err(WriteError::Save)?;
    Ok(true)
}
