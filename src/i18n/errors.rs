//! The core's errors in the user's language (`error-<enum>-<variant>`).
//!
//! The `Display` of each error stays English, for logs and the CLI; these
//! functions are for screens. Every `match` lists every variant, so a new
//! variant does not compile until it has a message. Texts that come from the
//! system or from a parser (`$error` in the `.ftl` files) stay as they are.

use crate::pack::PackError;
use crate::progress::export::ImportError;
use crate::progress::ids::{IdError, MAX_ID_LEN};
use crate::progress::profiles::MAX_NAME_CHARS;
use crate::progress::{OpenError, ProfileError, SaveError};

use super::{Arg, Localize, Localizer};

fn s(v: &str) -> Arg<'_> {
    Arg::from(v)
}

pub fn import_error(e: &ImportError, l: &Localizer) -> String {
    match e {
        ImportError::Io(m) => l.t_args("error-import-io", &[("error", s(m))]),
        ImportError::TooLarge => l.t("error-import-too-large"),
        ImportError::NotAnExport => l.t("error-import-not-an-export"),
        ImportError::Damaged(m) => l.t_args("error-import-damaged", &[("error", s(m))]),
        ImportError::NewerFormat => l.t("error-import-newer-format"),
        ImportError::OtherCourse { found, expected } => l.t_args(
            "error-import-other-course",
            &[("found", s(found)), ("expected", s(expected))],
        ),
        ImportError::OtherCourseVersion { found, expected } => l.t_args(
            "error-import-other-course-version",
            &[("found", (*found).into()), ("expected", (*expected).into())],
        ),
        ImportError::BadId(id) => {
            l.t_args("error-import-bad-id", &[("error", id_error(id, l).into())])
        }
    }
}

pub fn id_error(e: &IdError, l: &Localizer) -> String {
    match e {
        IdError::Empty => l.t("error-id-empty"),
        IdError::TooLong { len } => l.t_args(
            "error-id-too-long",
            &[("length", (*len).into()), ("max", MAX_ID_LEN.into())],
        ),
        IdError::BadCharacter { id } => l.t_args("error-id-bad-character", &[("id", s(id))]),
        IdError::LeadingHyphen { id } => l.t_args("error-id-leading-hyphen", &[("id", s(id))]),
        IdError::Reserved { id } => l.t_args("error-id-reserved", &[("id", s(id))]),
    }
}

pub fn pack_error(e: &PackError, l: &Localizer) -> String {
    match e {
        PackError::Io(m) => l.t_args("error-pack-io", &[("error", s(m))]),
        PackError::Unsafe(m) => l.t_args("error-pack-unsafe", &[("problem", s(m))]),
        PackError::TooLarge(m) => l.t_args("error-pack-too-large", &[("detail", s(m))]),
        PackError::Invalid(diags) => {
            l.t_args("error-pack-invalid", &[("count", diags.len().into())])
        }
        PackError::AlreadyInstalled(v) => {
            l.t_args("error-pack-already-installed", &[("version", (*v).into())])
        }
        PackError::BadId(id) => l.t_args("error-pack-bad-id", &[("error", id_error(id, l).into())]),
    }
}

pub fn save_error(e: &SaveError, l: &Localizer) -> String {
    match e {
        SaveError::ReadOnly => l.t("error-save-read-only"),
        SaveError::DiskFull { path } => l.t_args("error-save-disk-full", &[("path", path.into())]),
        SaveError::NotWritable { path } => {
            l.t_args("error-save-not-writable", &[("path", path.into())])
        }
        SaveError::Io { path, message } => l.t_args(
            "error-save-io",
            &[("path", path.into()), ("error", s(message))],
        ),
    }
}

pub fn open_error(e: &OpenError, l: &Localizer) -> String {
    match e {
        OpenError::Locked => l.t("error-open-locked"),
        OpenError::Io { path, source } => l.t_args(
            "error-open-io",
            &[("path", path.into()), ("error", source.to_string().into())],
        ),
    }
}

pub fn profile_error(e: &ProfileError, l: &Localizer) -> String {
    match e {
        ProfileError::BadName => {
            l.t_args("error-profile-bad-name", &[("max", MAX_NAME_CHARS.into())])
        }
        ProfileError::NameTaken(name) => l.t_args("error-profile-name-taken", &[("name", s(name))]),
        ProfileError::NotFound => l.t("error-profile-not-found"),
        ProfileError::Locked => l.t("error-profile-locked"),
        ProfileError::Save(e) => save_error(e, l),
        ProfileError::Io(m) => l.t_args("error-profile-io", &[("error", s(m))]),
    }
}

macro_rules! localize_with {
    ($($t:ty => $f:ident,)*) => {$(
        impl Localize for $t {
            fn localize(&self, l: &Localizer) -> String {
                $f(self, l)
            }
        }
    )*};
}

localize_with! {
    ImportError => import_error,
    IdError => id_error,
    PackError => pack_error,
    SaveError => save_error,
    OpenError => open_error,
    ProfileError => profile_error,
}
