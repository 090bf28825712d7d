//! A certificate of completion as a one-page PDF (landscape).
//!
//! It is laid out like every other printed document (see `crate::print`):
//! Noto Sans from the assets folder, embedded as a subset, so any name prints
//! as written, "Xʼiwan Ñañez" included, and can be copied out of the PDF.

use crate::course::Course;
use crate::print::layout::{Flow, Op, Paper, Span, size};
use crate::print::pdf::{self, Meta, WriteError};
use crate::print::{FontStyle, Fonts, Labels, Printed};
use crate::progress::Progress;

/// What to print on the certificate, besides the course and the learner.
#[derive(Clone, Copy, Debug)]
pub struct CertificateOptions<'a> {
    /// A language of the course, for its titles.
    pub lang: &'a str,
    /// As it should appear, such as `2026-12-04`.
    pub date: &'a str,
    pub paper: Paper,
    pub labels: &'a Labels,
}

/// Builds the certificate for a learner who passed modules of `course`.
/// It says "has completed the course" only when every module is passed, and
/// otherwise "has passed these modules of the course"; either way it lists
/// the modules passed, with the best score.
pub fn certificate(
    course: &Course,
    progress: &Progress,
    opts: &CertificateOptions,
    fonts: &Fonts,
) -> Result<Printed, WriteError> {
    let (t, lang) = (opts.labels, opts.lang);
    let (pw, ph) = opts.paper.size();
    let (w, h) = (ph, pw);
    let name = progress.profile.name.trim();
    let lay = |top: f32| {
        let mut f = Flow::with_size(fonts, w, h, 64.0);
        f.blank(top + 8.0);
        f.centered(&[Span::bold(&t.cert_title)], 32.0);
        f.space(18.0);
        f.centered(&[Span::plain(&t.cert_certifies)], 16.0);
        f.space(10.0);
        // The name as large as it fits on one line, down to 18 pt; then it wraps.
        let mut name_size = 30.0;
        while name_size > 18.0 && f.measure(&[Span::bold(name)], name_size) > f.text_width() {
            name_size -= 1.0;
        }
        f.centered(&[Span::bold(name)], name_size);
        f.space(10.0);

        let cp = progress.course(&course.meta.id);
        let passed = |id: &str| cp.and_then(|c| c.modules.get(id)).is_some_and(|m| m.passed);
        let all = !course.modules.is_empty() && course.modules.iter().all(|m| passed(&m.id));
        f.centered(
            &[Span::plain(if all {
                &t.cert_completed
            } else {
                &t.cert_completed_some
            })],
            16.0,
        );
        f.space(4.0);
        f.centered(&[Span::bold(course.meta.title.get(lang))], 20.0);
        f.space(16.0);
        f.centered(&[Span::bold(format!("{}:", t.cert_modules_heading))], 16.0);
        f.space(4.0);
        for m in &course.modules {
            let Some(mp) = cp.and_then(|c| c.modules.get(&m.id)) else {
                continue;
            };
            if mp.passed {
                let score = mp
                    .best_score
                    .map(|s| format!(" ({s}%)"))
                    .unwrap_or_default();
                f.centered(
                    &[Span::plain(format!("{}{score}", m.title.get(lang)))],
                    size::BODY + 1.0,
                );
            }
        }
        f.space(20.0);
        f.centered(
            &[Span::plain(format!("{}: {}", t.cert_date, opts.date))],
            size::BODY + 1.0,
        );
        f.centered(&[Span::new("Alerta", FontStyle::Italic)], size::BODY);
        f
    };
    // Centre the text on the page: lay it out once to measure it.
    let first = lay(0.0).finish(|_, _| String::new());
    let bottom = first.pages[0]
        .iter()
        .filter_map(|o| match o {
            Op::Text { y, .. } => Some(*y),
            _ => None,
        })
        .fold(0.0f32, f32::max);
    let spare = (h - 2.0 * 64.0 - size::FOOTER * 2.5) - (bottom - 64.0);
    let f = lay((spare / 2.0).max(0.0));
    let mut laid = f.finish(|_, _| String::new());
    for page in &mut laid.pages {
        // A double frame, in black: it survives a photocopier.
        page.push(Op::Rect {
            x: 28.0,
            y: 28.0,
            w: w - 56.0,
            h: h - 56.0,
            width: 3.0,
            dashed: false,
        });
        page.push(Op::Rect {
            x: 38.0,
            y: 38.0,
            w: w - 76.0,
            h: h - 76.0,
            width: 1.0,
            dashed: false,
        });
    }
    pdf::write(
        &laid,
        fonts,
        &Meta {
            title: format!("{} - {name}", t.cert_title),
            lang: lang.to_string(),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::course::Text;
    use crate::print::fonts::test_fonts;
    use crate::progress::clock::Now;
    use crate::quiz::QuizAttempt;

    fn course() -> Course {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good");
        crate::course::load_dir(&dir).unwrap().course
    }

    fn text_of(pdf: &[u8]) -> (usize, String) {
        let doc = lopdf::Document::load_mem(pdf).unwrap();
        let n = doc.get_pages().len();
        let pages: Vec<u32> = (1..=n as u32).collect();
        (n, doc.extract_text(&pages).unwrap())
    }

    fn print(c: &Course, p: &Progress, lang: &str) -> String {
        let labels = Labels::for_lang(lang);
        let opts = CertificateOptions {
            lang,
            date: "2026-12-04",
            paper: Paper::A4,
            labels: &labels,
        };
        let printed = certificate(c, p, &opts, &test_fonts()).unwrap();
        assert!(printed.missing_glyphs.is_empty());
        let (n, text) = text_of(&printed.pdf);
        assert_eq!(n, 1);
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn names_print_as_written_and_wording_follows_what_was_passed() {
        let mut c = course();
        let m = c.modules[0].clone();
        let mut p = Progress::new("p1", "Xʼiwan Ñañez", "es", Now { unix: 0, day: 0 });
        // Nothing passed yet: "passed these modules".
        let text = print(&c, &p, "es");
        assert!(text.contains("Xʼiwan Ñañez"), "{text}");
        assert!(text.contains("aprobó estos módulos del curso"), "{text}");
        assert!(text.contains("Fecha: 2026-12-04"), "{text}");

        // Pass the only module: "has completed the course".
        c.modules.truncate(1);
        let attempt = QuizAttempt {
            module: m.id.clone(),
            finished: Some(10),
            score_pct: 100,
            question_count: m.quiz.questions.len() as u32,
            passed: true,
            ..Default::default()
        };
        p.record_attempt(&c, &m, attempt, Now { unix: 10, day: 0 });
        assert!(p.course(&c.meta.id).unwrap().modules[&m.id].passed);
        let text = print(&c, &p, "en");
        assert!(text.contains("has completed the course"), "{text}");
        assert!(
            text.contains(&format!("{} (100%)", m.title.get("en"))),
            "{text}"
        );

        // A long name shrinks instead of running off the page.
        c.meta.title = Text::en_es("Curso", "Curso");
        p.profile.name = "María José de los Ángeles Xʼiwan Ñañez Quiñónez y Güell".into();
        let text = print(&c, &p, "es");
        assert!(text.contains("Quiñónez y Güell"), "{text}");
    }
}
