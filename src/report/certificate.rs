//! A certificate of completion as a one-page PDF (A4 landscape).
//!
//! It uses Helvetica, one of the 14 fonts every PDF reader has, with the
//! WinAnsi encoding: enough for English and Spanish (á, é, ñ, ¿, ¡, …).
//! Characters outside it are written as `?`.

use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

use crate::course::Course;
use crate::progress::Progress;

pub struct CertificateText {
    pub title: String,
    pub certifies: String,
    pub completed: String,
    pub completed_some: String,
    pub modules_heading: String,
    pub date_label: String,
}

impl CertificateText {
    pub fn for_lang(lang: &str) -> Self {
        if lang == "en" {
            CertificateText {
                title: "Certificate of completion".into(),
                certifies: "This certifies that".into(),
                completed: "has completed the course".into(),
                completed_some: "has passed these modules of the course".into(),
                modules_heading: "Modules passed".into(),
                date_label: "Date".into(),
            }
        } else {
            CertificateText {
                title: "Certificado de finalización".into(),
                certifies: "Se certifica que".into(),
                completed: "completó el curso".into(),
                completed_some: "aprobó estos módulos del curso".into(),
                modules_heading: "Módulos aprobados".into(),
                date_label: "Fecha".into(),
            }
        }
    }
}

/// Maps text to WinAnsi (Windows-1252) bytes.
pub fn win_ansi(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| match c {
            ' '..='~' => c as u8,
            '\u{A0}'..='\u{FF}' => c as u32 as u8,
            '€' => 0x80,
            '‚' => 0x82,
            '„' => 0x84,
            '…' => 0x85,
            '‘' => 0x91,
            '’' => 0x92,
            '“' => 0x93,
            '”' => 0x94,
            '•' => 0x95,
            '–' => 0x96,
            '—' => 0x97,
            _ => b'?',
        })
        .collect()
}

/// Builds the PDF for a learner who passed modules of `course`.
pub fn certificate_pdf(course: &Course, progress: &Progress, lang: &str, date: &str) -> Vec<u8> {
    let t = CertificateText::for_lang(lang);
    let (catalog, tree, page, font, bold, content, info) = (
        Ref::new(1),
        Ref::new(2),
        Ref::new(3),
        Ref::new(4),
        Ref::new(5),
        Ref::new(6),
        Ref::new(7),
    );
    let (w, h) = (842.0, 595.0);
    let mut pdf = Pdf::new();
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree).kids([page]).count(1);
    let mut pg = pdf.page(page);
    pg.media_box(Rect::new(0.0, 0.0, w, h));
    pg.parent(tree);
    pg.contents(content);
    let mut res = pg.resources();
    let mut fonts = res.fonts();
    fonts.pair(Name(b"F1"), font);
    fonts.pair(Name(b"F2"), bold);
    fonts.finish();
    res.finish();
    pg.finish();
    pdf.type1_font(font)
        .base_font(Name(b"Helvetica"))
        .encoding_predefined(Name(b"WinAnsiEncoding"));
    pdf.type1_font(bold)
        .base_font(Name(b"Helvetica-Bold"))
        .encoding_predefined(Name(b"WinAnsiEncoding"));
    let name = &progress.profile.name;
    pdf.document_info(info)
        .title(TextStr(&format!("{} - {name}", t.title)))
        .creator(TextStr("Alerta"));

    let mut c = Content::new();
    // A calm border.
    c.set_stroke_rgb(0.04, 0.32, 0.31);
    c.set_line_width(3.0);
    c.rect(28.0, 28.0, w - 56.0, h - 56.0);
    c.stroke();
    c.set_line_width(1.0);
    c.rect(38.0, 38.0, w - 76.0, h - 76.0);
    c.stroke();

    let mut y = h - 110.0;
    let line = |c: &mut Content, font: &[u8], size: f32, text: &str, y: f32| {
        c.begin_text();
        c.set_font(Name(font), size);
        c.set_fill_rgb(0.12, 0.14, 0.16);
        c.next_line(80.0, y);
        c.show(Str(&win_ansi(text)));
        c.end_text();
    };
    line(&mut c, b"F2", 32.0, &t.title, y);
    y -= 56.0;
    line(&mut c, b"F1", 16.0, &t.certifies, y);
    y -= 44.0;
    line(&mut c, b"F2", 30.0, name, y);
    y -= 40.0;
    let cp = progress.course(&course.meta.id);
    let passed = |id: &str| cp.and_then(|c| c.modules.get(id)).is_some_and(|m| m.passed);
    let all = !course.modules.is_empty() && course.modules.iter().all(|m| passed(&m.id));
    line(
        &mut c,
        b"F1",
        16.0,
        if all { &t.completed } else { &t.completed_some },
        y,
    );
    y -= 28.0;
    line(&mut c, b"F2", 18.0, course.meta.title.get(lang), y);
    y -= 40.0;
    line(&mut c, b"F2", 14.0, &format!("{}:", t.modules_heading), y);
    for m in &course.modules {
        let Some(mp) = cp.and_then(|c| c.modules.get(&m.id)) else {
            continue;
        };
        if mp.passed {
            y -= 22.0;
            let score = mp
                .best_score
                .map(|s| format!(" ({s}%)"))
                .unwrap_or_default();
            line(
                &mut c,
                b"F1",
                13.0,
                &format!("•  {}{score}", m.title.get(lang)),
                y,
            );
        }
    }
    line(
        &mut c,
        b"F1",
        13.0,
        &format!("{}: {date}", t.date_label),
        60.0,
    );
    line(&mut c, b"F1", 10.0, "Alerta", 44.0);
    pdf.stream(content, &c.finish());
    pdf.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn win_ansi_covers_spanish() {
        assert_eq!(win_ansi("ñá¿¡"), vec![0xF1, 0xE1, 0xBF, 0xA1]);
        assert_eq!(win_ansi("漢"), vec![b'?']);
    }
}
