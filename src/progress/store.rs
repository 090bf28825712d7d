//! The on-disk store for one profile: atomic saves, backups, a lock, and
//! recovery that never resets a learner's progress silently.
//!
//! A profile folder holds:
//! - `progress.ron`: the current state;
//! - `progress.bak1.ron` … `progress.bak3.ron`: the last good copies, newest first;
//! - `progress.damaged-<time>.ron`: a file that could not be read, kept aside;
//! - `lock`: locked while a running copy of Alerta has the profile open.
//!
//! Every save writes a temporary file in the same folder, flushes it to disk,
//! renames it over `progress.ron`, and flushes the folder, so a crash or a
//! power cut leaves either the old state or the new one, never half of each.

use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use super::model::{Progress, ProgressError, parse_progress, to_ron};

pub const PROGRESS_FILE: &str = "progress.ron";
pub const LOCK_FILE: &str = "lock";
pub const BACKUPS: usize = 3;
/// Progress files larger than this are treated as damaged rather than read.
pub const MAX_PROGRESS_BYTES: u64 = 32 * 1024 * 1024;
const TEMP_PREFIX: &str = ".progress-";

/// Writes bytes to a file; replaced in tests to simulate a full disk.
pub type WriteFn = fn(&mut File, &[u8]) -> io::Result<()>;

fn write_all(f: &mut File, bytes: &[u8]) -> io::Result<()> {
    f.write_all(bytes)
}

/// Why a save failed. Progress stays in memory; the next save tries again.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum SaveError {
    #[error("this profile is open read-only")]
    ReadOnly,
    #[error("the disk is full ({})", path.display())]
    DiskFull { path: PathBuf },
    #[error("no permission to write to {}", path.display())]
    NotWritable { path: PathBuf },
    #[error("could not write {}: {message}", path.display())]
    Io { path: PathBuf, message: String },
}

impl SaveError {
    pub fn from_io(path: &Path, e: &io::Error) -> SaveError {
        let path = path.to_path_buf();
        match e.kind() {
            io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => {
                SaveError::DiskFull { path }
            }
            io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
                SaveError::NotWritable { path }
            }
            _ => SaveError::Io {
                path,
                message: e.to_string(),
            },
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("this profile is open in another window of Alerta")]
    Locked,
    #[error("could not open the profile folder {}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
}

/// How to open a profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    ReadWrite,
    /// Look without saving, for example when another window has it open.
    ReadOnly,
}

/// What happened when a damaged progress file was found. The UI shows this.
#[derive(Clone, Debug, PartialEq)]
pub struct Recovery {
    pub problem: RecoveryProblem,
    /// Where the unreadable file was kept, if it could be moved aside.
    pub kept_as: Option<PathBuf>,
    /// The `saved_at` of the backup that was restored, if one was.
    pub restored_from: Option<i64>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum RecoveryProblem {
    Damaged(ProgressError),
    Missing,
    TooLarge,
}

/// An open profile.
pub struct Store {
    dir: PathBuf,
    lock: Option<File>,
    read_only: bool,
    write_fn: WriteFn,
}

/// The result of opening a profile.
pub struct Opened {
    pub store: Store,
    pub progress: Progress,
    pub recovery: Option<Recovery>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("dir", &self.dir)
            .field("read_only", &self.read_only)
            .finish()
    }
}

fn backup_path(dir: &Path, n: usize) -> PathBuf {
    dir.join(format!("progress.bak{n}.ron"))
}

fn read_limited(path: &Path) -> io::Result<Result<String, RecoveryProblem>> {
    let f = File::open(path)?;
    let mut bytes = Vec::new();
    f.take(MAX_PROGRESS_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_PROGRESS_BYTES {
        return Ok(Err(RecoveryProblem::TooLarge));
    }
    Ok(String::from_utf8(bytes).map_err(|_| RecoveryProblem::Damaged(ProgressError::NotText)))
}

/// Reads and parses one progress file.
pub fn read_progress(path: &Path) -> io::Result<Result<Progress, RecoveryProblem>> {
    Ok(read_limited(path)?.and_then(|s| parse_progress(&s).map_err(RecoveryProblem::Damaged)))
}

/// The newest backup that can be read, with its number.
fn newest_good_backup(dir: &Path) -> Option<(usize, Progress)> {
    (1..=BACKUPS).find_map(|n| match read_progress(&backup_path(dir, n)) {
        Ok(Ok(p)) => Some((n, p)),
        _ => None,
    })
}

/// Writes `bytes` to `path` atomically: temp file, fsync, rename, fsync folder.
pub fn atomic_write(path: &Path, bytes: &[u8], write_fn: WriteFn) -> Result<(), SaveError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let err = |e: io::Error| SaveError::from_io(path, &e);
    let mut tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(err)?;
    write_fn(tmp.as_file_mut(), bytes).map_err(err)?;
    tmp.as_file().sync_all().map_err(err)?;
    tmp.persist(path).map_err(|e| err(e.error))?;
    sync_dir(dir);
    Ok(())
}

/// Flushes a folder's entry list, so a rename survives a power cut.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// A timestamp for file names: `20261129-153000`.
fn stamp() -> String {
    jiff::Zoned::now().strftime("%Y%m%d-%H%M%S").to_string()
}

impl Store {
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// Replaces the function that writes bytes (tests use it to fill the disk).
    pub fn set_write_fn(&mut self, f: WriteFn) {
        self.write_fn = f;
    }

    /// Creates a new profile folder and saves its first state.
    pub fn create(dir: &Path, progress: &Progress) -> Result<Store, SaveError> {
        fs::create_dir_all(dir).map_err(|e| SaveError::from_io(dir, &e))?;
        let lock = take_lock(dir).map_err(|e| match e {
            OpenError::Locked => SaveError::ReadOnly,
            OpenError::Io { path, source } => SaveError::from_io(&path, &source),
        })?;
        let mut store = Store {
            dir: dir.to_path_buf(),
            lock: Some(lock),
            read_only: false,
            write_fn: write_all,
        };
        store.save(progress)?;
        Ok(store)
    }

    /// Opens a profile. A damaged file is moved aside and the newest good
    /// backup restored; the returned [`Recovery`] says what happened.
    pub fn open(dir: &Path, mode: Mode) -> Result<Opened, OpenError> {
        let mut read_only = mode == Mode::ReadOnly;
        let lock = if read_only {
            None
        } else {
            match take_lock(dir) {
                Ok(l) => Some(l),
                Err(OpenError::Locked) => return Err(OpenError::Locked),
                // A read-only medium: we can still show the progress.
                Err(OpenError::Io { source, .. })
                    if matches!(
                        source.kind(),
                        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem
                    ) =>
                {
                    read_only = true;
                    None
                }
                Err(e) => return Err(e),
            }
        };
        let store = Store {
            dir: dir.to_path_buf(),
            lock,
            read_only,
            write_fn: write_all,
        };
        if !read_only {
            store.remove_stale_temp_files();
        }
        let main = dir.join(PROGRESS_FILE);
        let problem = match read_progress(&main) {
            Ok(Ok(progress)) => {
                return Ok(Opened {
                    store,
                    progress,
                    recovery: None,
                });
            }
            Ok(Err(problem)) => problem,
            Err(e) if e.kind() == io::ErrorKind::NotFound => RecoveryProblem::Missing,
            Err(source) => {
                return Err(OpenError::Io {
                    path: main.clone(),
                    source,
                });
            }
        };

        // Keep the unreadable file: never delete or overwrite it.
        let kept_as = if problem != RecoveryProblem::Missing && !read_only {
            let aside = dir.join(format!("progress.damaged-{}.ron", stamp()));
            let aside = unique_path(aside);
            fs::rename(&main, &aside).ok().map(|_| aside)
        } else {
            None
        };

        let (progress, restored_from) = match newest_good_backup(dir) {
            Some((_, p)) => {
                let when = p.saved_at;
                (p, Some(when))
            }
            None => {
                // Nothing to restore: start again, but say so; the damaged file is kept.
                let id = dir
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let mut p = Progress::default();
                p.profile.id = id.clone();
                p.profile.name = id;
                (p, None)
            }
        };
        if !store.read_only {
            // Put the restored state in place, so the next launch opens cleanly.
            // If this fails the state is still in memory and the next save retries.
            let _ = atomic_write(&main, to_ron(&progress).as_bytes(), store.write_fn);
        }
        Ok(Opened {
            store,
            progress,
            recovery: Some(Recovery {
                problem,
                kept_as,
                restored_from,
            }),
        })
    }

    /// Saves atomically and keeps the previous good copy as a backup.
    pub fn save(&mut self, progress: &Progress) -> Result<(), SaveError> {
        if self.read_only {
            return Err(SaveError::ReadOnly);
        }
        let main = self.dir.join(PROGRESS_FILE);
        let text = to_ron(progress);
        // Rotate backups first: the current file is good (we wrote it, or read it).
        if main.exists() {
            let _ = fs::remove_file(backup_path(&self.dir, BACKUPS));
            for n in (1..BACKUPS).rev() {
                let _ = fs::rename(backup_path(&self.dir, n), backup_path(&self.dir, n + 1));
            }
            let b1 = backup_path(&self.dir, 1);
            if fs::hard_link(&main, &b1).is_err() {
                // FAT-formatted USB sticks have no hard links.
                let _ = fs::copy(&main, &b1);
            }
        }
        atomic_write(&main, text.as_bytes(), self.write_fn)
    }

    fn remove_stale_temp_files(&self) {
        if let Ok(entries) = fs::read_dir(&self.dir) {
            for e in entries.flatten() {
                if e.file_name().to_string_lossy().starts_with(TEMP_PREFIX) {
                    let _ = fs::remove_file(e.path());
                }
            }
        }
    }

    /// Releases the lock (also happens on drop).
    pub fn close(mut self) {
        self.lock.take();
    }
}

fn unique_path(p: PathBuf) -> PathBuf {
    if !p.exists() {
        return p;
    }
    let stem = p.with_extension("");
    (2..)
        .map(|n| PathBuf::from(format!("{}-{n}.ron", stem.display())))
        .find(|c| !c.exists())
        .unwrap_or(p)
}

/// Locks the profile for this process. Another process gets `Locked`.
pub fn take_lock(dir: &Path) -> Result<File, OpenError> {
    let path = dir.join(LOCK_FILE);
    let f = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|source| OpenError::Io {
            path: path.clone(),
            source,
        })?;
    match f.try_lock() {
        Ok(()) => Ok(f),
        Err(fs::TryLockError::WouldBlock) => Err(OpenError::Locked),
        Err(fs::TryLockError::Error(source)) => Err(OpenError::Io { path, source }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::clock::Now;

    fn sample(name: &str, saved_at: i64) -> Progress {
        let mut p = Progress::new("p-test", name, "es", Now { unix: 1, day: 0 });
        p.saved_at = saved_at;
        p
    }

    #[test]
    fn save_and_reopen() {
        let d = tempfile::tempdir().unwrap();
        let dir = d.path().join("p-test");
        let store = Store::create(&dir, &sample("Ana", 1)).unwrap();
        drop(store);
        let o = Store::open(&dir, Mode::ReadWrite).unwrap();
        assert_eq!(o.progress.profile.name, "Ana");
        assert!(o.recovery.is_none());
    }

    #[test]
    fn keeps_backups_newest_first() {
        let d = tempfile::tempdir().unwrap();
        let dir = d.path().join("p");
        let mut store = Store::create(&dir, &sample("v1", 1)).unwrap();
        for i in 2..=5 {
            store.save(&sample(&format!("v{i}"), i)).unwrap();
        }
        let name = |n| {
            read_progress(&backup_path(&dir, n))
                .unwrap()
                .unwrap()
                .profile
                .name
        };
        assert_eq!(name(1), "v4");
        assert_eq!(name(2), "v3");
        assert_eq!(name(3), "v2");
        assert!(!backup_path(&dir, 4).exists());
    }

    #[test]
    fn damaged_file_is_kept_aside_and_backup_restored() {
        let d = tempfile::tempdir().unwrap();
        let dir = d.path().join("p");
        let mut store = Store::create(&dir, &sample("old", 100)).unwrap();
        store.save(&sample("new", 200)).unwrap();
        drop(store);
        // Truncate the main file, as a crash in a careless writer would.
        let main = dir.join(PROGRESS_FILE);
        let text = fs::read_to_string(&main).unwrap();
        fs::write(&main, &text[..text.len() / 2]).unwrap();

        let o = Store::open(&dir, Mode::ReadWrite).unwrap();
        let r = o.recovery.expect("recovery is reported");
        assert!(matches!(r.problem, RecoveryProblem::Damaged(_)));
        assert_eq!(r.restored_from, Some(100));
        assert_eq!(o.progress.profile.name, "old");
        let kept = r.kept_as.expect("the damaged file is kept");
        assert_eq!(fs::read_to_string(&kept).unwrap(), &text[..text.len() / 2]);
        // The restored state is in place for next time.
        drop(o.store);
        let again = Store::open(&dir, Mode::ReadWrite).unwrap();
        assert!(again.recovery.is_none());
        assert_eq!(again.progress.profile.name, "old");
    }

    #[test]
    fn future_version_is_not_overwritten() {
        let d = tempfile::tempdir().unwrap();
        let dir = d.path().join("p");
        drop(Store::create(&dir, &sample("mine", 5)).unwrap());
        let future = "Progress(version: 99, profile: (id: \"p-test\", name: \"from the future\"))";
        fs::write(dir.join(PROGRESS_FILE), future).unwrap();
        let o = Store::open(&dir, Mode::ReadWrite).unwrap();
        let r = o.recovery.unwrap();
        assert_eq!(
            r.problem,
            RecoveryProblem::Damaged(ProgressError::FutureVersion { found: 99 })
        );
        assert_eq!(fs::read_to_string(r.kept_as.unwrap()).unwrap(), future);
    }

    #[test]
    fn garbage_with_no_backup_starts_fresh_but_says_so() {
        let d = tempfile::tempdir().unwrap();
        let dir = d.path().join("p-x");
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join(PROGRESS_FILE), [0xff, 0x00, 0x12]).unwrap();
        let o = Store::open(&dir, Mode::ReadWrite).unwrap();
        let r = o.recovery.unwrap();
        assert_eq!(r.restored_from, None);
        assert!(r.kept_as.is_some());
        assert_eq!(o.progress.profile.id, "p-x");
    }

    #[test]
    fn second_opener_is_told() {
        let d = tempfile::tempdir().unwrap();
        let dir = d.path().join("p");
        let _first = Store::create(&dir, &sample("Ana", 1)).unwrap();
        assert!(matches!(
            Store::open(&dir, Mode::ReadWrite),
            Err(OpenError::Locked)
        ));
        let ro = Store::open(&dir, Mode::ReadOnly).unwrap();
        assert!(ro.store.is_read_only());
        assert_eq!(ro.progress.profile.name, "Ana");
        let mut s = ro.store;
        assert_eq!(s.save(&sample("x", 2)), Err(SaveError::ReadOnly));
    }

    #[test]
    fn full_disk_is_a_typed_error_and_the_old_file_survives() {
        let d = tempfile::tempdir().unwrap();
        let dir = d.path().join("p");
        let mut store = Store::create(&dir, &sample("before", 1)).unwrap();
        store.set_write_fn(|_, _| Err(io::Error::from(io::ErrorKind::StorageFull)));
        let e = store.save(&sample("after", 2)).unwrap_err();
        assert!(matches!(e, SaveError::DiskFull { .. }), "{e:?}");
        // The next save, with space again, works.
        store.set_write_fn(write_all);
        store.save(&sample("after", 2)).unwrap();
        drop(store);
        let o = Store::open(&dir, Mode::ReadWrite).unwrap();
        assert_eq!(o.progress.profile.name, "after");
    }

    #[test]
    fn permission_denied_is_a_typed_error() {
        let d = tempfile::tempdir().unwrap();
        let dir = d.path().join("p");
        let mut store = Store::create(&dir, &sample("x", 1)).unwrap();
        store.set_write_fn(|_, _| Err(io::Error::from(io::ErrorKind::ReadOnlyFilesystem)));
        let e = store.save(&sample("y", 2)).unwrap_err();
        assert!(matches!(e, SaveError::NotWritable { .. }), "{e:?}");
    }
}
