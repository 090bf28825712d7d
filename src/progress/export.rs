//! One learner's progress as a single file, to carry to a facilitator's
//! machine, and the merge of many such files into one class.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::model::{Progress, parse_progress, to_ron};
use super::store::{MAX_PROGRESS_BYTES, SaveError, atomic_write};
use crate::course::Course;

pub const EXPORT_FORMAT: &str = "alerta-progress-export";
pub const EXPORT_VERSION: u32 = 1;

/// The header of an export file; the learner's progress follows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename = "Export")]
pub struct ExportHeader {
    pub format: String,
    pub format_version: u32,
    pub exported_at: i64,
    pub app_version: String,
    pub course_id: String,
    pub course_version: u32,
}

/// A parsed export file.
#[derive(Clone, Debug, PartialEq)]
pub struct Export {
    pub header: ExportHeader,
    pub progress: Progress,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("could not read the file: {0}")]
    Io(String),
    #[error("the file is too large to be a progress file")]
    TooLarge,
    #[error("this is not an Alerta progress file")]
    NotAnExport,
    #[error("the file is damaged or incomplete ({0})")]
    Damaged(String),
    #[error("the file was made by a newer version of Alerta; update Alerta on this computer")]
    NewerFormat,
    #[error("the file is for another course (\"{found}\"), not \"{expected}\"")]
    OtherCourse { found: String, expected: String },
    #[error(
        "the file is from version {found} of this course; this computer has version {expected}. Use the same lessons on both computers"
    )]
    OtherCourseVersion { found: u32, expected: u32 },
    /// The learner id inside the file cannot be used as a file name: a crafted
    /// or damaged file. Nothing is written.
    #[error(
        "the learner id in the file is not allowed ({0}); the file may have been tampered with"
    )]
    BadId(super::ids::IdError),
}

/// The file is written as two RON values: the header, then the progress.
/// Splitting on a marker keeps the progress readable by the same versioned
/// reader (and its migrations) as a profile's own file.
const MARKER: &str = "\n// --- progress ---\n";

/// The export of `progress` for `course`. It never carries the learner's PIN
/// or its hash: a USB stick can be lost.
pub fn export_text(progress: &Progress, course: &Course, now: i64) -> String {
    let header = ExportHeader {
        format: EXPORT_FORMAT.into(),
        format_version: EXPORT_VERSION,
        exported_at: now,
        app_version: env!("CARGO_PKG_VERSION").into(),
        course_id: course.meta.id.clone(),
        course_version: course.meta.version,
    };
    export_text_with(&header, progress)
}

/// An export file's text for a header and progress (the PIN is left out).
pub fn export_text_with(header: &ExportHeader, progress: &Progress) -> String {
    let mut progress = progress.clone();
    progress.profile.pin = None;
    let progress = &progress;
    let head =
        ron::ser::to_string_pretty(&header, ron::ser::PrettyConfig::new().struct_names(true))
            .unwrap_or_default();
    format!(
        "// Alerta progress export for {}. Import it on the facilitator's computer.\n{head}{MARKER}{}",
        progress.profile.name.replace('\n', " "),
        to_ron(progress)
    )
}

/// A file name such as `alerta-ana-2026-11-29.ron`.
pub fn export_file_name(progress: &Progress, date: &str) -> String {
    let slug: String = progress
        .profile
        .name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let slug = if slug.is_empty() {
        "learner".into()
    } else {
        slug
    };
    format!("alerta-{slug}-{date}.ron")
}

pub fn write_export(
    path: &Path,
    progress: &Progress,
    course: &Course,
    now: i64,
) -> Result<(), SaveError> {
    atomic_write(
        path,
        export_text(progress, course, now).as_bytes(),
        std::io::Write::write_all,
    )
}

pub fn parse_export(text: &str) -> Result<Export, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Some((head, body)) = text.split_once(MARKER) else {
        return Err(if text.contains(EXPORT_FORMAT) {
            ImportError::Damaged("the learner's part is missing".into())
        } else {
            ImportError::NotAnExport
        });
    };
    let header: ExportHeader = ron::Options::default()
        .with_recursion_limit(16)
        .from_str(head)
        .map_err(|_| ImportError::NotAnExport)?;
    let header = &header;
    if header.format != EXPORT_FORMAT {
        return Err(ImportError::NotAnExport);
    }
    if header.format_version > EXPORT_VERSION {
        return Err(ImportError::NewerFormat);
    }
    let mut progress = parse_progress(body).map_err(|e| match e {
        super::model::ProgressError::FutureVersion { .. } => ImportError::NewerFormat,
        other => ImportError::Damaged(other.to_string()),
    })?;
    super::ids::check_id(&progress.profile.id).map_err(ImportError::BadId)?;
    // Older exports carried the PIN's hash; it has no business on this computer.
    progress.profile.pin = None;
    Ok(Export {
        header: header.clone(),
        progress,
    })
}

pub fn read_export(path: &Path) -> Result<Export, ImportError> {
    let meta = std::fs::metadata(path).map_err(|e| ImportError::Io(e.to_string()))?;
    if meta.is_dir() {
        return Err(ImportError::Io("this is a folder, not a file".into()));
    }
    if meta.len() > MAX_PROGRESS_BYTES {
        return Err(ImportError::TooLarge);
    }
    let bytes = std::fs::read(path).map_err(|e| ImportError::Io(e.to_string()))?;
    let text = String::from_utf8(bytes).map_err(|_| ImportError::NotAnExport)?;
    parse_export(&text)
}

/// Checks that an export belongs to this course and version.
pub fn check_course(e: &Export, course: &Course) -> Result<(), ImportError> {
    if e.header.course_id != course.meta.id {
        return Err(ImportError::OtherCourse {
            found: e.header.course_id.clone(),
            expected: course.meta.id.clone(),
        });
    }
    if e.header.course_version != course.meta.version {
        return Err(ImportError::OtherCourseVersion {
            found: e.header.course_version,
            expected: course.meta.version,
        });
    }
    Ok(())
}

/// What happened to one file in a merge.
#[derive(Clone, Debug, PartialEq)]
pub enum MergeNote {
    Added {
        file: PathBuf,
        name: String,
    },
    Rejected {
        file: PathBuf,
        error: ImportError,
    },
    /// The same learner twice: the newer file is used.
    Duplicate {
        file: PathBuf,
        name: String,
        kept: PathBuf,
    },
    /// Two different learners with the same name: both kept.
    SameName {
        file: PathBuf,
        name: String,
    },
}

/// Learners merged from many files, one per learner.
#[derive(Clone, Debug, Default)]
pub struct Merged {
    pub learners: Vec<(PathBuf, Export)>,
    pub notes: Vec<MergeNote>,
}

/// Merges export files for `course`. A file that cannot be used is rejected
/// whole, with its reason; nothing is half-imported.
pub fn merge_files(paths: &[PathBuf], course: &Course) -> Merged {
    let mut m = Merged::default();
    for p in paths {
        match read_export(p).and_then(|e| check_course(&e, course).map(|_| e)) {
            Err(error) => m.notes.push(MergeNote::Rejected {
                file: p.clone(),
                error,
            }),
            Ok(e) => add(&mut m, p.clone(), e),
        }
    }
    m
}

/// Adds one learner, detecting duplicates by learner id.
pub fn add(m: &mut Merged, file: PathBuf, e: Export) {
    let name = e.progress.profile.name.clone();
    if let Some(i) = m
        .learners
        .iter()
        .position(|(_, x)| x.progress.profile.id == e.progress.profile.id)
    {
        let newer = e.progress.saved_at > m.learners[i].1.progress.saved_at
            || (e.progress.saved_at == m.learners[i].1.progress.saved_at
                && e.header.exported_at > m.learners[i].1.header.exported_at);
        if newer {
            m.learners[i] = (file.clone(), e);
        }
        let kept = m.learners[i].0.clone();
        m.notes.push(MergeNote::Duplicate { file, name, kept });
        return;
    }
    if m.learners
        .iter()
        .any(|(_, x)| x.progress.profile.name == name)
    {
        m.notes.push(MergeNote::SameName {
            file: file.clone(),
            name: name.clone(),
        });
    } else {
        m.notes.push(MergeNote::Added {
            file: file.clone(),
            name,
        });
    }
    m.learners.push((file, e));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::clock::Now;

    fn course() -> Course {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good");
        crate::course::load_dir(&dir).unwrap().course
    }

    fn learner(id: &str, name: &str, saved_at: i64) -> Progress {
        let mut p = Progress::new(id, name, "es", Now { unix: 1, day: 0 });
        p.saved_at = saved_at;
        p
    }

    #[test]
    fn round_trip_and_file_name() {
        let c = course();
        let p = learner("p-1", "Ana María", 5);
        let e = parse_export(&export_text(&p, &c, 99)).unwrap();
        assert_eq!(e.progress, p);
        assert_eq!(e.header.course_id, "fixture");
        assert_eq!(
            export_file_name(&p, "2026-11-29"),
            "alerta-ana-maría-2026-11-29.ron"
        );
    }

    #[test]
    fn rejects_what_is_not_ours() {
        let c = course();
        assert_eq!(parse_export("hello"), Err(ImportError::NotAnExport));
        let good = export_text(&learner("p-1", "Ana", 5), &c, 9);
        assert!(matches!(
            parse_export(&good[..good.len() - 40]),
            Err(ImportError::Damaged(_))
        ));
        let other = good.replace("\"fixture\"", "\"another\"");
        let e = parse_export(&other).unwrap();
        assert!(matches!(
            check_course(&e, &c),
            Err(ImportError::OtherCourse { .. })
        ));
        let newer = good.replace("format_version: 1", "format_version: 7");
        assert_eq!(parse_export(&newer), Err(ImportError::NewerFormat));
    }

    #[test]
    fn merge_detects_duplicates() {
        let c = course();
        let d = tempfile::tempdir().unwrap();
        let write = |name: &str, p: &Progress| {
            let path = d.path().join(name);
            write_export(&path, p, &c, 1).unwrap();
            path
        };
        let a_old = write("a1.ron", &learner("p-a", "Ana", 10));
        let a_new = write("a2.ron", &learner("p-a", "Ana", 20));
        let b = write("b.ron", &learner("p-b", "Ana", 5));
        let junk = d.path().join("junk.ron");
        std::fs::write(&junk, "not a progress file").unwrap();
        let m = merge_files(&[a_old, a_new.clone(), b, junk], &c);
        assert_eq!(m.learners.len(), 2);
        assert_eq!(m.learners[0].0, a_new, "the newer copy is used");
        assert!(
            m.notes
                .iter()
                .any(|n| matches!(n, MergeNote::Duplicate { .. }))
        );
        assert!(
            m.notes
                .iter()
                .any(|n| matches!(n, MergeNote::SameName { .. }))
        );
        assert!(
            m.notes
                .iter()
                .any(|n| matches!(n, MergeNote::Rejected { .. }))
        );
    }
}
