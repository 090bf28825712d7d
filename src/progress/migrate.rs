//! Reading a progress file of any known version, and writing the current one.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::model::*;
use crate::quiz::QuizAttempt;

/// Why a progress file could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ProgressError {
    #[error("line {line}, column {col}: {message}")]
    Syntax {
        line: usize,
        col: usize,
        message: String,
    },
    #[error(
        "the file was written by a newer version of Alerta (format {found}; this one reads up to {CURRENT_VERSION})"
    )]
    FutureVersion { found: u32 },
    #[error("the file has no learner id")]
    NoProfile,
    #[error("the file is not UTF-8 text")]
    NotText,
}

/// Just enough to read the version, whatever else the file holds.
#[derive(Deserialize)]
#[serde(rename = "Progress")]
struct Probe {
    /// The first builds wrote version 1; a file without a version is taken as that.
    #[serde(default = "version_one")]
    version: u32,
}

fn version_one() -> u32 {
    1
}

/// Version 1, as written by the first builds: one course, language at the top.
mod v1 {
    use super::*;

    #[derive(Deserialize)]
    #[serde(default, rename = "Progress")]
    #[derive(Default)]
    pub struct ProgressV1 {
        pub profile: ProfileInfo,
        pub language: String,
        pub course_id: String,
        pub modules: BTreeMap<String, ModuleProgress>,
        pub attempts: Vec<QuizAttempt>,
        pub saved_at: i64,
    }

    /// v1 → v2: settings get their own struct; progress is kept per course.
    pub fn migrate(old: ProgressV1) -> Progress {
        let mut courses = BTreeMap::new();
        courses.insert(
            old.course_id,
            CourseProgress {
                modules: old.modules,
                attempts: old.attempts,
                ..CourseProgress::default()
            },
        );
        Progress {
            version: 2,
            profile: old.profile,
            settings: LearnerSettings {
                language: if old.language.is_empty() {
                    "es".into()
                } else {
                    old.language
                },
                ..LearnerSettings::default()
            },
            saved_at: old.saved_at,
            courses,
            ..Progress::default()
        }
    }
}

fn ron_err(e: ron::error::SpannedError) -> ProgressError {
    ProgressError::Syntax {
        line: e.span.start.line,
        col: e.span.start.col,
        message: e.code.to_string(),
    }
}

/// Parses a progress file of any known version into the current one.
pub fn parse_progress(src: &str) -> Result<Progress, ProgressError> {
    let opts = ron::Options::default().with_recursion_limit(64);
    let probe: Probe = opts.from_str(src).map_err(ron_err)?;
    let p = match probe.version {
        0 | 1 => v1::migrate(opts.from_str::<v1::ProgressV1>(src).map_err(ron_err)?),
        CURRENT_VERSION => opts.from_str::<Progress>(src).map_err(ron_err)?,
        found => return Err(ProgressError::FutureVersion { found }),
    };
    if p.profile.id.trim().is_empty() {
        return Err(ProgressError::NoProfile);
    }
    Ok(p)
}

pub fn to_ron(p: &Progress) -> String {
    let cfg = ron::ser::PrettyConfig::new()
        .depth_limit(6)
        .struct_names(true)
        .indentor(" ".to_string());
    // Serialising plain data into a String cannot fail.
    ron::ser::to_string_pretty(p, cfg).unwrap_or_default()
}
