//! The fonts printed material is laid out with: Noto Sans Regular, Bold and
//! Italic, read from an `assets/` folder at run time (see `assets/fonts/README.md`).
//!
//! A [`Face`] is parsed once: its character map and glyph advances are kept
//! in plain tables, so measuring text while laying out a page is a lookup.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

/// The three styles a document uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum FontStyle {
    #[default]
    Regular,
    Bold,
    Italic,
}

impl FontStyle {
    pub const ALL: [FontStyle; 3] = [FontStyle::Regular, FontStyle::Bold, FontStyle::Italic];

    pub fn file_name(self) -> &'static str {
        match self {
            FontStyle::Regular => "NotoSans-Regular.ttf",
            FontStyle::Bold => "NotoSans-Bold.ttf",
            FontStyle::Italic => "NotoSans-Italic.ttf",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// Why the fonts could not be had.
#[derive(Debug, thiserror::Error)]
pub enum FontError {
    #[error(
        "no assets folder with fonts/{} was found; looked in: {}",
        FontStyle::Regular.file_name(),
        .looked.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
    )]
    NoAssets { looked: Vec<PathBuf> },
    #[error("could not read {path}: {message}")]
    Read { path: PathBuf, message: String },
    #[error("{path} is not a font this program can use: {message}")]
    Bad { path: PathBuf, message: String },
}

/// One font file, parsed.
pub struct Face {
    pub(crate) data: Arc<Vec<u8>>,
    /// PostScript name without spaces, such as `NotoSans-Bold`.
    pub(crate) ps_name: String,
    pub(crate) units_per_em: f32,
    /// In font units.
    pub(crate) ascent: f32,
    pub(crate) descent: f32,
    pub(crate) cap_height: f32,
    pub(crate) italic_angle: f32,
    pub(crate) bbox: [f32; 4],
    cmap: HashMap<char, u16>,
    /// Advance of every glyph, in font units.
    advances: Vec<f32>,
}

impl Face {
    pub fn parse(data: Vec<u8>, name: &str) -> Result<Face, String> {
        let (m, cmap, advances) = {
            let font = FontRef::new(&data).map_err(|e| e.to_string())?;
            let m = font.metrics(Size::unscaled(), LocationRef::default());
            let gm = font.glyph_metrics(Size::unscaled(), LocationRef::default());
            let cmap: HashMap<char, u16> = font
                .charmap()
                .mappings()
                .filter_map(|(cp, g)| Some((char::from_u32(cp)?, u16::try_from(g.to_u32()).ok()?)))
                .collect();
            let advances: Vec<f32> = (0..m.glyph_count)
                .map(|g| gm.advance_width(g.into()).unwrap_or(0.0))
                .collect();
            (m, cmap, advances)
        };
        if cmap.is_empty() {
            return Err("it has no character map".into());
        }
        let bbox = m
            .bounds
            .map(|b| [b.x_min, b.y_min, b.x_max, b.y_max])
            .unwrap_or([0.0, m.descent, m.units_per_em as f32, m.ascent]);
        Ok(Face {
            data: Arc::new(data),
            ps_name: name.trim_end_matches(".ttf").replace(' ', ""),
            units_per_em: m.units_per_em.max(1) as f32,
            ascent: m.ascent,
            descent: m.descent,
            cap_height: m.cap_height.unwrap_or(m.ascent * 0.7),
            italic_angle: m.italic_angle,
            bbox,
            cmap,
            advances,
        })
    }

    /// The glyph for `c`, if the font has one.
    pub fn glyph(&self, c: char) -> Option<u16> {
        self.cmap.get(&c).copied()
    }

    /// Whether the font can draw `c`. Spaces and line breaks always count.
    pub fn covers(&self, c: char) -> bool {
        c.is_whitespace() || self.cmap.contains_key(&c)
    }

    /// Advance of glyph `g` in thousandths of an em (PDF's glyph space).
    pub fn advance_milli(&self, g: u16) -> f32 {
        self.advances.get(g as usize).copied().unwrap_or(0.0) * 1000.0 / self.units_per_em
    }

    /// Width of `text` at `size` points. A character the font lacks is measured
    /// as the font's "missing glyph" box.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let milli: f32 = text
            .chars()
            .map(|c| self.advance_milli(self.glyph(c).unwrap_or(0)))
            .sum();
        milli * size / 1000.0
    }

    /// Distance from the baseline to the top of a line at `size`.
    pub fn ascent_at(&self, size: f32) -> f32 {
        self.ascent / self.units_per_em * size
    }
}

/// Regular, Bold and Italic.
#[derive(Clone)]
pub struct Fonts {
    faces: Arc<[Face; 3]>,
    /// The folder the fonts came from.
    pub dir: PathBuf,
}

impl std::fmt::Debug for Fonts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fonts").field("dir", &self.dir).finish()
    }
}

impl Fonts {
    /// Finds the assets folder (see [`assets_candidates`]) and loads the fonts.
    pub fn find(explicit: Option<&Path>) -> Result<Fonts, FontError> {
        let looked = assets_candidates(explicit);
        match looked.iter().find(|d| is_assets_dir(d)) {
            Some(dir) => Fonts::load(&std::fs::canonicalize(dir).unwrap_or_else(|_| dir.clone())),
            None => Err(FontError::NoAssets { looked }),
        }
    }

    /// Loads the fonts from `assets_dir/fonts/`.
    pub fn load(assets_dir: &Path) -> Result<Fonts, FontError> {
        let mut faces = Vec::with_capacity(3);
        for style in FontStyle::ALL {
            let path = assets_dir.join("fonts").join(style.file_name());
            let data = std::fs::read(&path).map_err(|e| FontError::Read {
                path: path.clone(),
                message: e.to_string(),
            })?;
            let face = Face::parse(data, style.file_name())
                .map_err(|message| FontError::Bad { path, message })?;
            faces.push(face);
        }
        let faces: [Face; 3] = faces.try_into().map_err(|_| FontError::NoAssets {
            looked: vec![assets_dir.to_path_buf()],
        })?;
        Ok(Fonts {
            faces: Arc::new(faces),
            dir: assets_dir.to_path_buf(),
        })
    }

    pub fn face(&self, style: FontStyle) -> &Face {
        &self.faces[style.index()]
    }

    /// Characters of `text` that the style's font cannot draw, in order, once each.
    pub fn missing(&self, style: FontStyle, text: &str) -> Vec<char> {
        let face = self.face(style);
        let mut out: Vec<char> = Vec::new();
        for c in text.chars() {
            if !face.covers(c) && !out.contains(&c) {
                out.push(c);
            }
        }
        out
    }
}

/// Whether `dir` is an assets folder: it holds the regular font.
pub fn is_assets_dir(dir: &Path) -> bool {
    dir.join("fonts")
        .join(FontStyle::Regular.file_name())
        .is_file()
}

/// Where the assets folder is looked for, in order:
///
/// 1. `explicit` (the `--assets DIR` option), and only it when given;
/// 2. `assets/` beside the program;
/// 3. the source tree's `assets/`, for `cargo run` and `cargo test`
///    (two and three levels above the program, then the folder the crate was
///    built from);
/// 4. `/usr/share/alerta/assets`, where the `.deb` installs it.
pub fn assets_candidates(explicit: Option<&Path>) -> Vec<PathBuf> {
    if let Some(dir) = explicit {
        return vec![dir.to_path_buf()];
    }
    let mut out = Vec::new();
    if let Ok(exe) = std::env::current_exe()
        && let Some(dir) = exe.parent()
    {
        out.push(dir.join("assets"));
        out.push(dir.join("../../assets"));
        out.push(dir.join("../../../assets"));
        out.push(dir.join("../share/alerta/assets"));
        // macOS: Alerta.app/Contents/MacOS/alerta beside Contents/Resources.
        out.push(dir.join("../Resources/assets"));
    }
    out.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("assets"));
    out.push(PathBuf::from("/usr/share/alerta/assets"));
    out
}

#[cfg(test)]
pub(crate) fn test_fonts() -> Fonts {
    static FONTS: std::sync::OnceLock<Fonts> = std::sync::OnceLock::new();
    FONTS
        .get_or_init(|| {
            Fonts::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("assets"))
                .expect("the fonts in assets/fonts")
        })
        .clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Letters the course and learners' names need: Spanish, the Mayan
    /// glottal stop, quotes and the marks the layout draws.
    const NEEDED: &str = "ʼ ñÑ áéíóúü ÁÉÍÓÚÜ ¿¡ “ ” ‘ ’ « » – — … • · ° € $ ₡ Q L₡ 0123456789 \
        Xʼiwan Ñañez K'iche' Kʼicheʼ Qʼeqchiʼ Tzʼutujil ç ã õ â ê ô à è";

    #[test]
    fn covers_course_letters() {
        let fonts = test_fonts();
        for style in FontStyle::ALL {
            let missing = fonts.missing(style, NEEDED);
            assert!(
                missing.is_empty(),
                "{} has no glyph for: {}",
                style.file_name(),
                missing
                    .iter()
                    .map(|c| format!("{c} (U+{:04X})", *c as u32))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
    }

    #[test]
    fn covers_every_letter_of_the_bundled_course() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
        let mut text = String::new();
        for e in std::fs::read_dir(&dir).unwrap().flatten() {
            if e.path().extension().is_some_and(|x| x == "ron") {
                text.push_str(&std::fs::read_to_string(e.path()).unwrap());
            }
        }
        let fonts = test_fonts();
        for style in FontStyle::ALL {
            let missing: Vec<char> = fonts
                .missing(style, &text)
                .into_iter()
                .filter(|c| !c.is_control())
                .collect();
            assert!(missing.is_empty(), "{}: {missing:?}", style.file_name());
        }
    }

    #[test]
    fn measures_with_real_advances() {
        let f = test_fonts();
        let r = f.face(FontStyle::Regular);
        let b = f.face(FontStyle::Bold);
        assert!(r.width("iiii", 13.0) < r.width("WWWW", 13.0));
        assert!(b.width("Alerta", 13.0) > r.width("Alerta", 13.0));
        assert!((r.width("Alerta", 26.0) - 2.0 * r.width("Alerta", 13.0)).abs() < 0.01);
    }

    #[test]
    fn explicit_assets_folder_is_the_only_candidate() {
        let dir = Path::new("/nowhere/assets");
        assert_eq!(assets_candidates(Some(dir)), vec![dir.to_path_buf()]);
        let e = Fonts::find(Some(dir)).unwrap_err();
        assert!(e.to_string().contains("/nowhere/assets"), "{e}");
    }
}
