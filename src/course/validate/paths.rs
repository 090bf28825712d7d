//! Ids, years, dates, and assets that must stay inside the course folder.

use std::path::{Component, Path, PathBuf};

use super::{DiagKind, Year};

/// Largest asset (image) a course may reference.
pub const MAX_ASSET_BYTES: u64 = 4 * 1024 * 1024;

/// Ids inside a lesson file: lowercase ASCII letters, digits, `-` and `_`,
/// at most 64 characters. (Ids that become file names are stricter: see
/// `crate::progress::ids`.)
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

pub fn parse_year(s: &str) -> Option<Year> {
    let s = s.trim();
    let year = |t: &str| t.parse::<u16>().ok().filter(|y| (1900..=2100).contains(y));
    if s.eq_ignore_ascii_case("n.d.") || s.eq_ignore_ascii_case("nd") {
        Some(Year::Undated)
    } else if let Some(rest) = s.strip_prefix("c.") {
        year(rest.trim()).map(Year::Circa)
    } else {
        year(s).map(Year::Known)
    }
}

pub fn parse_date(s: &str) -> bool {
    s.len() == 10 && s.parse::<jiff::civil::Date>().is_ok()
}

/// Checks that `rel` names a file inside `root`, and returns its full path.
pub fn check_asset(root: &Path, rel: &str) -> Result<PathBuf, DiagKind> {
    let p = Path::new(rel);
    let looks_absolute = p.is_absolute()
        || rel.starts_with('/')
        || rel.starts_with('\\')
        || p.components()
            .any(|c| matches!(c, Component::Prefix(_) | Component::RootDir))
        || rel.get(1..3).is_some_and(|s| s == ":\\" || s == ":/");
    if looks_absolute {
        return Err(DiagKind::AssetAbsolute { path: rel.into() });
    }
    if p.components().any(|c| matches!(c, Component::ParentDir)) || rel.contains("..\\") {
        return Err(DiagKind::AssetEscapes { path: rel.into() });
    }
    let full = root.join(p);
    let meta = match std::fs::metadata(&full) {
        Ok(m) => m,
        Err(_) => {
            // A dangling symlink is reported as escaping if it points outside.
            return Err(DiagKind::AssetMissing { path: rel.into() });
        }
    };
    // Resolve symlinks on both sides; the target must stay inside the course.
    let (Ok(canon_root), Ok(canon)) = (root.canonicalize(), full.canonicalize()) else {
        return Err(DiagKind::AssetMissing { path: rel.into() });
    };
    if !canon.starts_with(&canon_root) {
        return Err(DiagKind::AssetEscapes { path: rel.into() });
    }
    if !meta.is_file() {
        return Err(DiagKind::AssetNotFile { path: rel.into() });
    }
    if meta.len() > MAX_ASSET_BYTES {
        return Err(DiagKind::AssetTooLarge {
            path: rel.into(),
            size: meta.len(),
            limit: MAX_ASSET_BYTES,
        });
    }
    Ok(canon)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::course::diag::DiagKind;

    #[test]
    fn years() {
        assert_eq!(parse_year("2016"), Some(Year::Known(2016)));
        assert_eq!(parse_year("c. 2015"), Some(Year::Circa(2015)));
        assert_eq!(parse_year("n.d."), Some(Year::Undated));
        assert_eq!(parse_year("soon"), None);
        assert_eq!(parse_year("16"), None);
    }

    #[test]
    fn dates() {
        assert!(parse_date("2026-11-29"));
        assert!(!parse_date("2026-13-01"));
        assert!(!parse_date("29/11/2026"));
    }

    #[test]
    fn ids() {
        assert!(is_valid_id("fake-jobs"));
        assert!(is_valid_id("q_1"));
        assert!(!is_valid_id("Fake"));
        assert!(!is_valid_id("a b"));
        assert!(!is_valid_id("ñ"));
    }

    #[test]
    fn assets_must_stay_inside() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("course");
        std::fs::create_dir_all(root.join("assets")).unwrap();
        std::fs::write(root.join("assets/a.png"), b"x").unwrap();
        std::fs::write(dir.path().join("secret.txt"), b"x").unwrap();
        assert!(check_asset(&root, "assets/a.png").is_ok());
        assert!(matches!(
            check_asset(&root, "../secret.txt"),
            Err(DiagKind::AssetEscapes { .. })
        ));
        assert!(matches!(
            check_asset(&root, "/etc/passwd"),
            Err(DiagKind::AssetAbsolute { .. })
        ));
        assert!(matches!(
            check_asset(&root, "C:\\x.png"),
            Err(DiagKind::AssetAbsolute { .. })
        ));
        assert!(matches!(
            check_asset(&root, "assets/none.png"),
            Err(DiagKind::AssetMissing { .. })
        ));
        assert!(matches!(
            check_asset(&root, "assets"),
            Err(DiagKind::AssetNotFile { .. })
        ));
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path().join("secret.txt"), root.join("assets/link.png"))
                .unwrap();
            assert!(matches!(
                check_asset(&root, "assets/link.png"),
                Err(DiagKind::AssetEscapes { .. })
            ));
        }
    }
}
