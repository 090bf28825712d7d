//! `alerta handout`: prints a module as PDF (a handout, a quiz sheet, its
//! answer key or a facilitator's guide) for workshops without a projector.
//!
//! ```text
//! alerta handout --module fake-job-offers --lang es --country honduras \
//!     --paper letter --kind handout --out keyla.pdf
//! ```
//!
//! Exit codes: 0 written; 1 written, but some characters have no glyph in the
//! fonts (they print as empty boxes); 2 nothing written (no such module,
//! language or country, no fonts, the course or the file cannot be read or
//! written).

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::ValueEnum;

use crate::print::{self, DocKind, Fonts, Labels, Paper, PrintOptions};

pub const EXIT_OK: i32 = 0;
pub const EXIT_MISSING_GLYPHS: i32 = 1;
pub const EXIT_FAILED: i32 = 2;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, Default)]
pub enum PaperArg {
    #[default]
    A4,
    Letter,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, Default)]
pub enum KindArg {
    /// For learners: key points, warning signs, stories to discuss, help lines.
    #[default]
    Handout,
    /// A quiz sheet with boxes to tick.
    Quiz,
    /// The quiz's answer key, with explanations.
    Answers,
    /// The facilitator's guide: timing, notes, every story path, debrief.
    Guide,
}

/// `alerta handout`'s options.
#[derive(Clone, Debug, clap::Args)]
pub struct Args {
    /// The module's id (as in `alerta check`'s list, such as `fake-job-offers`).
    #[arg(long, value_name = "ID")]
    pub module: String,
    /// A language of the course (default: the course's first language).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// Print the help lines of this country (its id such as `el-salvador`, or
    /// its name in any language of the course) besides the regional ones.
    #[arg(long, value_name = "ID_OR_NAME")]
    pub country: Option<String>,
    #[arg(long, value_enum, default_value_t = PaperArg::A4)]
    pub paper: PaperArg,
    #[arg(long, value_enum, default_value_t = KindArg::Handout)]
    pub kind: KindArg,
    /// Where to write the PDF (default: `MODULE-KIND-LANG.pdf` here).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// The folder holding `fonts/` (default: `assets/` beside the program,
    /// then the source tree's, then `/usr/share/alerta/assets`).
    #[arg(long, value_name = "DIR")]
    pub assets: Option<PathBuf>,
}

impl From<PaperArg> for Paper {
    fn from(p: PaperArg) -> Paper {
        match p {
            PaperArg::A4 => Paper::A4,
            PaperArg::Letter => Paper::Letter,
        }
    }
}

impl From<KindArg> for DocKind {
    fn from(k: KindArg) -> DocKind {
        match k {
            KindArg::Handout => DocKind::Handout,
            KindArg::Quiz => DocKind::Quiz,
            KindArg::Answers => DocKind::Answers,
            KindArg::Guide => DocKind::Guide,
        }
    }
}

/// Loads the course in `lessons` and writes the document. Returns the exit code.
pub fn run(lessons: &Path, args: &Args, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let (path, printed, fonts) = match write_document(lessons, args, err) {
        Ok(done) => done,
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            return EXIT_FAILED;
        }
    };
    let _ = writeln!(
        out,
        "wrote {} ({} pages, {} KB)",
        path.display(),
        printed.pages,
        printed.pdf.len().div_ceil(1024)
    );
    if printed.missing_glyphs.is_empty() {
        EXIT_OK
    } else {
        let list: Vec<String> = printed
            .missing_glyphs
            .iter()
            .map(|c| format!("{c} (U+{:04X})", *c as u32))
            .collect();
        let _ = writeln!(
            err,
            "warning: the fonts in {} have no glyph for {}; they print as empty boxes",
            fonts.dir.display(),
            list.join(", ")
        );
        EXIT_MISSING_GLYPHS
    }
}

/// Builds the document and writes it atomically; any failure is one message.
fn write_document(
    lessons: &Path,
    args: &Args,
    err: &mut dyn Write,
) -> Result<(PathBuf, print::Printed, Fonts), String> {
    let loaded = crate::course::load_dir(lessons).map_err(|e| e.to_string())?;
    for d in loaded.errors() {
        let _ = writeln!(err, "{d}");
    }
    let course = loaded.course;
    let fonts = Fonts::find(args.assets.as_deref()).map_err(|e| e.to_string())?;
    let lang = args
        .lang
        .clone()
        .or_else(|| course.meta.languages.first().cloned())
        .unwrap_or_else(|| "en".into());
    let labels = Labels::for_lang(&lang);
    let kind = DocKind::from(args.kind);
    let opts = PrintOptions {
        lang: &lang,
        paper: args.paper.into(),
        country: args.country.as_deref(),
        labels: &labels,
    };
    let printed = print::module_document(&course, &args.module, kind, &opts, &fonts)
        .map_err(|e| e.to_string())?;
    let path = args
        .out
        .clone()
        .unwrap_or_else(|| PathBuf::from(format!("{}-{}-{lang}.pdf", args.module, kind.name())));
    crate::progress::store::atomic_write(&path, &printed.pdf, |f, b| f.write_all(b))
        .map_err(|e| e.to_string())?;
    Ok((path, printed, fonts))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lessons() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons")
    }

    fn args(module: &str, out: &Path) -> Args {
        Args {
            module: module.into(),
            lang: None,
            country: None,
            paper: PaperArg::A4,
            kind: KindArg::Handout,
            out: Some(out.to_path_buf()),
            assets: None,
        }
    }

    fn run_it(a: &Args) -> (i32, String, String) {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = run(&lessons(), a, &mut out, &mut err);
        (
            code,
            String::from_utf8(out).unwrap(),
            String::from_utf8(err).unwrap(),
        )
    }

    #[test]
    fn writes_a_pdf_with_the_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("h.pdf");
        let (code, stdout, stderr) = run_it(&args("fake-job-offers", &out));
        assert_eq!(code, EXIT_OK, "{stderr}");
        assert!(stdout.contains("h.pdf"), "{stdout}");
        let pdf = std::fs::read(&out).unwrap();
        let doc = lopdf::Document::load_mem(&pdf).unwrap();
        // The course's first language is English.
        let text = doc.extract_text(&[1]).unwrap();
        assert!(text.contains("Fake job offers"), "{text}");
    }

    #[test]
    fn a_missing_module_language_or_country_exits_2() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("h.pdf");
        let (code, _, err) = run_it(&args("no-such-module", &out));
        assert_eq!(code, EXIT_FAILED);
        assert!(err.contains("no module \"no-such-module\""), "{err}");
        assert!(err.contains("fake-job-offers"), "lists the modules: {err}");

        let mut a = args("fake-job-offers", &out);
        a.lang = Some("fr".into());
        let (code, _, err) = run_it(&a);
        assert_eq!(code, EXIT_FAILED);
        assert!(err.contains("no language \"fr\""), "{err}");

        let mut a = args("fake-job-offers", &out);
        a.country = Some("Atlantis".into());
        let (code, _, err) = run_it(&a);
        assert_eq!(code, EXIT_FAILED);
        assert!(
            err.contains("Atlantis") && err.contains("honduras"),
            "{err}"
        );

        let mut a = args("fake-job-offers", &out);
        a.assets = Some(dir.path().join("nowhere"));
        let (code, _, err) = run_it(&a);
        assert_eq!(code, EXIT_FAILED);
        assert!(err.contains("fonts/NotoSans-Regular.ttf"), "{err}");
        assert!(!out.exists(), "nothing written");
    }

    #[test]
    fn clap_parses_the_documented_command_line() {
        #[derive(clap::Parser)]
        struct Cli {
            #[command(flatten)]
            args: Args,
        }
        let cli = <Cli as clap::Parser>::try_parse_from([
            "alerta",
            "--module",
            "m",
            "--lang",
            "es",
            "--country",
            "El Salvador",
            "--paper",
            "letter",
            "--kind",
            "answers",
            "--out",
            "x.pdf",
        ])
        .unwrap();
        assert_eq!(cli.args.paper, PaperArg::Letter);
        assert_eq!(DocKind::from(cli.args.kind), DocKind::Answers);
        assert_eq!(cli.args.country.as_deref(), Some("El Salvador"));
        assert!(
            <Cli as clap::Parser>::try_parse_from(["alerta", "--module", "m", "--paper", "a5"])
                .is_err()
        );
    }
}
