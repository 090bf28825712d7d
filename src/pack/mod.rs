//! Lesson packs: a course folder or a .zip an NGO hands out. A pack is copied
//! into a staging folder, checked with the same validator as `alerta check`,
//! and only then moved into place. A broken pack is never installed, and a
//! pack can never write outside its own folder.

use std::fs;
use std::io::Read;
use std::path::{Component, Path, PathBuf};

use crate::course::{Diagnostic, load_dir};

/// Largest single file in a pack.
pub const MAX_FILE: u64 = 4 * 1024 * 1024;
/// Largest pack, all files together.
pub const MAX_TOTAL: u64 = 64 * 1024 * 1024;
pub const MAX_FILES: usize = 2_000;
/// A zip entry that expands more than this many times is treated as a zip bomb.
pub const MAX_RATIO: u64 = 100;

#[derive(Debug, thiserror::Error)]
pub enum PackError {
    #[error("could not read the pack: {0}")]
    Io(String),
    #[error("the pack has a problem: {0}")]
    Unsafe(String),
    #[error("the pack is too large ({0})")]
    TooLarge(String),
    #[error("the pack has {} error(s) and was not installed", .0.len())]
    Invalid(Vec<Diagnostic>),
    #[error("this course (version {0}) is already installed")]
    AlreadyInstalled(u32),
    #[error("the course id in course.ron cannot be used as a folder name: {0}")]
    BadId(crate::progress::ids::IdError),
}

/// An installed course.
#[derive(Clone, Debug, PartialEq)]
pub struct Installed {
    pub id: String,
    pub version: u32,
    pub title: crate::course::Text,
    pub dir: PathBuf,
    pub modules: usize,
}

fn io(e: impl std::fmt::Display) -> PackError {
    PackError::Io(e.to_string())
}

/// A relative path with no `..`, no root and no drive prefix.
fn safe_relative(p: &Path) -> bool {
    !p.as_os_str().is_empty()
        && p.components()
            .all(|c| matches!(c, Component::Normal(_) | Component::CurDir))
}

/// Copies a folder, refusing links, huge files and too many files.
fn copy_tree(src: &Path, dst: &Path, budget: &mut (u64, usize)) -> Result<(), PackError> {
    fs::create_dir_all(dst).map_err(io)?;
    for entry in fs::read_dir(src).map_err(io)? {
        let entry = entry.map_err(io)?;
        let ty = entry.file_type().map_err(io)?;
        let name = entry.file_name();
        let rel = Path::new(&name);
        if !safe_relative(rel) {
            return Err(PackError::Unsafe(format!(
                "a file name is not allowed: {}",
                rel.display()
            )));
        }
        if ty.is_symlink() {
            return Err(PackError::Unsafe(format!(
                "{} is a link; packs may not contain links",
                entry.path().display()
            )));
        }
        budget.1 += 1;
        if budget.1 > MAX_FILES {
            return Err(PackError::TooLarge(format!("more than {MAX_FILES} files")));
        }
        if ty.is_dir() {
            copy_tree(&entry.path(), &dst.join(&name), budget)?;
        } else if ty.is_file() {
            let len = entry.metadata().map_err(io)?.len();
            if len > MAX_FILE {
                return Err(PackError::TooLarge(format!(
                    "{} is larger than {} MiB",
                    entry.path().display(),
                    MAX_FILE / 1024 / 1024
                )));
            }
            budget.0 += len;
            if budget.0 > MAX_TOTAL {
                return Err(PackError::TooLarge(format!(
                    "more than {} MiB in all",
                    MAX_TOTAL / 1024 / 1024
                )));
            }
            fs::copy(entry.path(), dst.join(&name)).map_err(io)?;
        }
    }
    Ok(())
}

/// Unpacks a zip into `dst`, checking every entry before writing it.
fn unzip(zip_path: &Path, dst: &Path) -> Result<(), PackError> {
    let file = fs::File::open(zip_path).map_err(io)?;
    let mut archive = zip::ZipArchive::new(file)
        .map_err(|e| PackError::Unsafe(format!("not a readable zip file ({e})")))?;
    if archive.len() > MAX_FILES {
        return Err(PackError::TooLarge(format!("more than {MAX_FILES} files")));
    }
    // Check every entry's name and declared size before writing anything.
    let mut declared = 0u64;
    for i in 0..archive.len() {
        let e = archive
            .by_index_raw(i)
            .map_err(|e| PackError::Unsafe(e.to_string()))?;
        let name = e.name().map(|n| n.to_string()).unwrap_or_default();
        if e.enclosed_name().is_none() || !safe_relative(Path::new(&name.replace('\\', "/"))) {
            return Err(PackError::Unsafe(format!(
                "the entry \"{name}\" points outside the pack"
            )));
        }
        if e.is_symlink() {
            return Err(PackError::Unsafe(format!(
                "the entry \"{name}\" is a link; packs may not contain links"
            )));
        }
        if e.size() > MAX_FILE {
            return Err(PackError::TooLarge(format!(
                "\"{name}\" is larger than {} MiB",
                MAX_FILE / 1024 / 1024
            )));
        }
        if e.compressed_size() > 0 && e.size() / e.compressed_size().max(1) > MAX_RATIO {
            return Err(PackError::Unsafe(format!(
                "\"{name}\" expands more than {MAX_RATIO} times: this looks like a zip bomb"
            )));
        }
        declared += e.size();
        if declared > MAX_TOTAL {
            return Err(PackError::TooLarge(format!(
                "more than {} MiB in all",
                MAX_TOTAL / 1024 / 1024
            )));
        }
    }
    let mut written = 0u64;
    for i in 0..archive.len() {
        let mut e = archive
            .by_index(i)
            .map_err(|e| PackError::Unsafe(e.to_string()))?;
        let Some(rel) = e.enclosed_name() else {
            return Err(PackError::Unsafe("an entry points outside the pack".into()));
        };
        let out = dst.join(&rel);
        if e.is_dir() {
            fs::create_dir_all(&out).map_err(io)?;
            continue;
        }
        if let Some(parent) = out.parent() {
            fs::create_dir_all(parent).map_err(io)?;
        }
        // Never trust the declared size: stop reading one byte past the limit.
        let mut buf = Vec::new();
        (&mut e)
            .take(MAX_FILE + 1)
            .read_to_end(&mut buf)
            .map_err(io)?;
        if buf.len() as u64 > MAX_FILE || buf.len() as u64 > e.size() {
            return Err(PackError::Unsafe(format!(
                "\"{}\" holds more than it says: this looks like a zip bomb",
                rel.display()
            )));
        }
        written += buf.len() as u64;
        if written > MAX_TOTAL {
            return Err(PackError::TooLarge(format!(
                "more than {} MiB in all",
                MAX_TOTAL / 1024 / 1024
            )));
        }
        fs::write(&out, &buf).map_err(io)?;
    }
    Ok(())
}

/// If everything sits in one folder (as zips made by "Compress" do), that folder.
fn course_root(staging: &Path) -> PathBuf {
    if staging.join(crate::course::load::MANIFEST).exists() {
        return staging.to_path_buf();
    }
    let entries: Vec<_> = fs::read_dir(staging)
        .map(|r| {
            r.flatten()
                .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
                .collect()
        })
        .unwrap_or_default();
    if entries.len() == 1 && entries[0].path().is_dir() {
        return entries[0].path();
    }
    staging.to_path_buf()
}

/// Validates a staged pack and moves it into `courses_dir/<course id>`.
fn install_staged(staging: &Path, courses_dir: &Path) -> Result<Installed, PackError> {
    let root = course_root(staging);
    let loaded = load_dir(&root).map_err(io)?;
    let errors: Vec<Diagnostic> = loaded
        .errors()
        .cloned()
        .map(|mut d| {
            d.file = crate::course::diag::display_path(&d.file, &root);
            d
        })
        .collect();
    if !errors.is_empty() {
        return Err(PackError::Invalid(errors));
    }
    let meta = loaded.course.meta;
    let target =
        crate::progress::ids::safe_join(courses_dir, &meta.id, None).map_err(PackError::BadId)?;
    if let Some(existing) = read_installed(&target)
        && existing.version == meta.version
    {
        return Err(PackError::AlreadyInstalled(meta.version));
    }
    // Swap in: the old version is moved aside first and removed only after.
    // `.old-` + a checked id + digits: still a direct child of `courses_dir`.
    let old = courses_dir.join(format!(".old-{}-{}", meta.id, fastrand::u32(..)));
    let had_old = target.exists();
    if had_old {
        fs::rename(&target, &old).map_err(io)?;
    }
    if let Err(e) = fs::rename(&root, &target) {
        if had_old {
            let _ = fs::rename(&old, &target);
        }
        return Err(io(e));
    }
    if had_old {
        let _ = fs::remove_dir_all(&old);
    }
    read_installed(&target)
        .ok_or_else(|| PackError::Io("the installed pack could not be read back".into()))
}

fn staging_dir(courses_dir: &Path) -> Result<tempfile::TempDir, PackError> {
    fs::create_dir_all(courses_dir).map_err(io)?;
    tempfile::Builder::new()
        .prefix(".staging-")
        .tempdir_in(courses_dir)
        .map_err(io)
}

/// Installs a course from a folder.
pub fn import_folder(src: &Path, courses_dir: &Path) -> Result<Installed, PackError> {
    if !src.is_dir() {
        return Err(PackError::Io(format!("{} is not a folder", src.display())));
    }
    let staging = staging_dir(courses_dir)?;
    copy_tree(src, staging.path(), &mut (0, 0))?;
    install_staged(staging.path(), courses_dir)
    // `staging` (and anything left in it) is removed on drop.
}

/// Installs a course from a .zip file.
pub fn import_zip(zip: &Path, courses_dir: &Path) -> Result<Installed, PackError> {
    let staging = staging_dir(courses_dir)?;
    unzip(zip, staging.path())?;
    install_staged(staging.path(), courses_dir)
}

fn read_installed(dir: &Path) -> Option<Installed> {
    let l = load_dir(dir).ok()?;
    (l.errors().count() == 0 || !l.course.modules.is_empty()).then(|| Installed {
        id: l.course.meta.id.clone(),
        version: l.course.meta.version,
        title: l.course.meta.title.clone(),
        dir: dir.to_path_buf(),
        modules: l.course.modules.len(),
    })
}

/// Courses installed under `courses_dir`.
pub fn list_installed(courses_dir: &Path) -> Vec<Installed> {
    let Ok(entries) = fs::read_dir(courses_dir) else {
        return Vec::new();
    };
    let mut v: Vec<Installed> = entries
        .flatten()
        .filter(|e| crate::progress::ids::check_id(&e.file_name().to_string_lossy()).is_ok())
        .filter(|e| e.path().is_dir())
        .filter_map(|e| read_installed(&e.path()))
        .collect();
    v.sort_by(|a, b| a.id.cmp(&b.id));
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths() {
        assert!(safe_relative(Path::new("a/b.ron")));
        assert!(!safe_relative(Path::new("../a")));
        assert!(!safe_relative(Path::new("/etc/passwd")));
        assert!(!safe_relative(Path::new("a/../../b")));
    }
}
