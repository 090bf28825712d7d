//! Writes laid-out pages as a PDF with pdf-writer.
//!
//! Each font style in use becomes a Type 0 font (Identity-H, CIDFontType2)
//! whose embedded TrueType file is a subset made by `subsetter`, holding only
//! the glyphs the document uses. A ToUnicode map goes with each font, so text
//! copied or extracted from the PDF (`pdftotext`) gives back the right letters.

use std::collections::BTreeMap;
use std::io::Write;

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use subsetter::GlyphRemapper;

use super::fonts::{FontStyle, Fonts};
use super::layout::{Laid, Op};

/// A finished PDF.
#[derive(Clone, Debug)]
pub struct Printed {
    pub pdf: Vec<u8>,
    pub pages: usize,
    /// Characters of the document that the fonts have no glyph for (printed
    /// as an empty box). Empty for every bundled course.
    pub missing_glyphs: Vec<char>,
}

/// Document metadata.
#[derive(Clone, Debug, Default)]
pub struct Meta {
    pub title: String,
    /// The document's language, such as `es`.
    pub lang: String,
}

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("could not subset the font {font}: {message}")]
    Subset { font: String, message: String },
}

struct FontUse {
    remap: GlyphRemapper,
    /// New glyph id → the character it was first used for.
    unicode: BTreeMap<u16, char>,
}

fn deflate(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing to a Vec cannot fail.
    let _ = e.write_all(data);
    e.finish().unwrap_or_default()
}

/// A subset tag such as `KQBZWE`, from the glyphs in the subset.
fn subset_tag(gids: impl Iterator<Item = u16>, style: FontStyle) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ style as u64;
    for g in gids {
        h = (h ^ g as u64).wrapping_mul(0x0100_0000_01b3);
    }
    (0..6)
        .map(|i| (b'A' + ((h >> (i * 5)) % 26) as u8) as char)
        .collect()
}

/// Writes `laid` as PDF bytes.
pub fn write(laid: &Laid, fonts: &Fonts, meta: &Meta) -> Result<Printed, WriteError> {
    let mut next = 1;
    let mut alloc = || {
        let r = Ref::new(next);
        next += 1;
        r
    };
    let catalog = alloc();
    let tree = alloc();
    let info = alloc();
    let page_ids: Vec<Ref> = laid.pages.iter().map(|_| alloc()).collect();
    let content_ids: Vec<Ref> = laid.pages.iter().map(|_| alloc()).collect();
    let font_ids: Vec<Ref> = FontStyle::ALL.iter().map(|_| alloc()).collect();
    let image_ids: Vec<(Ref, Ref)> = laid.images.iter().map(|_| (alloc(), alloc())).collect();

    let mut uses: Vec<FontUse> = FontStyle::ALL
        .iter()
        .map(|_| FontUse {
            remap: GlyphRemapper::new(),
            unicode: BTreeMap::new(),
        })
        .collect();
    let mut missing: Vec<char> = Vec::new();
    let mut pdf = Pdf::new();
    let h = laid.height;

    // Page contents first: they decide which glyphs the subsets need.
    let mut streams = Vec::with_capacity(laid.pages.len());
    for ops in &laid.pages {
        let mut c = Content::new();
        c.set_fill_gray(0.0);
        c.set_stroke_gray(0.0);
        for op in ops {
            match op {
                Op::Text {
                    x,
                    y,
                    size,
                    style,
                    text,
                } => {
                    let face = fonts.face(*style);
                    let u = &mut uses[*style as usize];
                    let mut bytes = Vec::with_capacity(text.len() * 2);
                    for ch in text.chars() {
                        let g = match face.glyph(ch) {
                            Some(g) => g,
                            None => {
                                if !ch.is_whitespace() && !missing.contains(&ch) {
                                    missing.push(ch);
                                }
                                0
                            }
                        };
                        let n = u.remap.remap(g);
                        if g != 0 {
                            u.unicode.entry(n).or_insert(ch);
                        }
                        bytes.extend_from_slice(&n.to_be_bytes());
                    }
                    c.begin_text();
                    c.set_font(Name(font_name(*style)), *size);
                    c.next_line(*x, h - *y);
                    c.show(Str(&bytes));
                    c.end_text();
                }
                Op::Line {
                    x1,
                    y1,
                    x2,
                    y2,
                    width,
                    dashed,
                } => stroke(&mut c, *width, *dashed, |c| {
                    c.move_to(*x1, h - *y1);
                    c.line_to(*x2, h - *y2);
                }),
                Op::Rect {
                    x,
                    y,
                    w,
                    h: rh,
                    width,
                    dashed,
                } => stroke(&mut c, *width, *dashed, |c| {
                    c.rect(*x, h - *y - *rh, *w, *rh);
                }),
                Op::Image { x, y, w, h: ih, id } => {
                    c.save_state();
                    c.transform([*w, 0.0, 0.0, *ih, *x, h - *y - *ih]);
                    c.x_object(Name(format!("Im{id}").as_bytes()));
                    c.restore_state();
                }
                Op::Flag { x, y, size } => {
                    // A pole and a pennant, in outline.
                    let (top, s) = (h - *y, *size);
                    c.save_state();
                    c.set_line_width((s * 0.09).max(1.0));
                    c.set_line_join(pdf_writer::types::LineJoinStyle::RoundJoin);
                    c.move_to(x + s * 0.15, top - s);
                    c.line_to(x + s * 0.15, top);
                    c.stroke();
                    c.move_to(x + s * 0.15, top);
                    c.line_to(x + s * 0.9, top - s * 0.25);
                    c.line_to(x + s * 0.15, top - s * 0.5);
                    c.close_path();
                    c.stroke();
                    c.restore_state();
                }
            }
        }
        streams.push(deflate(&c.finish()));
    }

    pdf.catalog(catalog).pages(tree).lang(TextStr(&meta.lang));
    pdf.pages(tree)
        .kids(page_ids.iter().copied())
        .count(page_ids.len() as i32);
    pdf.document_info(info)
        .title(TextStr(&meta.title))
        .creator(TextStr("Alerta"))
        .producer(TextStr("Alerta (pdf-writer, subsetter)"));

    let used: Vec<FontStyle> = FontStyle::ALL
        .into_iter()
        .filter(|s| uses[*s as usize].remap.num_gids() > 1)
        .collect();
    for (i, page) in page_ids.iter().enumerate() {
        let mut p = pdf.page(*page);
        p.media_box(Rect::new(0.0, 0.0, laid.width, laid.height));
        p.parent(tree);
        p.contents(content_ids[i]);
        let mut res = p.resources();
        let mut f = res.fonts();
        for s in &used {
            f.pair(Name(font_name(*s)), font_ids[*s as usize]);
        }
        f.finish();
        if !image_ids.is_empty() {
            let mut x = res.x_objects();
            for (n, (id, _)) in image_ids.iter().enumerate() {
                x.pair(Name(format!("Im{n}").as_bytes()), *id);
            }
        }
    }
    for (i, s) in streams.iter().enumerate() {
        pdf.stream(content_ids[i], s).filter(Filter::FlateDecode);
    }

    for style in used {
        let face = fonts.face(style);
        let u = &uses[style as usize];
        let tag = subset_tag(u.remap.remapped_gids(), style);
        let base = format!("{tag}+{}", face.ps_name);
        let sub = subsetter::subset(&face.data, 0, &u.remap).map_err(|e| WriteError::Subset {
            font: face.ps_name.clone(),
            message: e.to_string(),
        })?;
        let (cid, desc, file, cmap) = (alloc(), alloc(), alloc(), alloc());
        let sys = SystemInfo {
            registry: Str(b"Adobe"),
            ordering: Str(b"Identity"),
            supplement: 0,
        };
        pdf.type0_font(font_ids[style as usize])
            .base_font(Name(base.as_bytes()))
            .encoding_predefined(Name(b"Identity-H"))
            .descendant_font(cid)
            .to_unicode(cmap);
        let mut cf = pdf.cid_font(cid);
        cf.subtype(CidFontType::Type2)
            .base_font(Name(base.as_bytes()))
            .system_info(sys)
            .font_descriptor(desc)
            .cid_to_gid_map_predefined(Name(b"Identity"));
        let widths: Vec<f32> = u
            .remap
            .remapped_gids()
            .map(|g| face.advance_milli(g))
            .collect();
        cf.widths().consecutive(0, widths);
        cf.finish();
        let scale = 1000.0 / face.units_per_em;
        let mut flags = FontFlags::NON_SYMBOLIC;
        if style == FontStyle::Italic {
            flags |= FontFlags::ITALIC;
        }
        let [x0, y0, x1, y1] = face.bbox;
        pdf.font_descriptor(desc)
            .name(Name(base.as_bytes()))
            .flags(flags)
            .bbox(Rect::new(x0 * scale, y0 * scale, x1 * scale, y1 * scale))
            .italic_angle(face.italic_angle)
            .ascent(face.ascent * scale)
            .descent(face.descent * scale)
            .cap_height(face.cap_height * scale)
            .stem_v(if style == FontStyle::Bold {
                140.0
            } else {
                80.0
            })
            .font_file2(file);
        let packed = deflate(&sub);
        pdf.stream(file, &packed)
            .filter(Filter::FlateDecode)
            .pair(Name(b"Length1"), sub.len() as i32);
        let mut uc = UnicodeCmap::new(Name(b"Alerta-UCS"), sys);
        for (g, ch) in &u.unicode {
            uc.pair(*g, *ch);
        }
        pdf.stream(cmap, &deflate(&uc.finish()))
            .filter(Filter::FlateDecode);
    }

    for (n, r) in laid.images.iter().enumerate() {
        let (id, mask) = image_ids[n];
        let data = deflate(&r.rgb);
        let mut img = pdf.image_xobject(id, &data);
        img.filter(Filter::FlateDecode);
        img.width(r.width as i32).height(r.height as i32);
        img.color_space().device_rgb();
        img.bits_per_component(8);
        if r.alpha.is_some() {
            img.s_mask(mask);
        }
        img.finish();
        if let Some(a) = &r.alpha {
            let data = deflate(a);
            let mut m = pdf.image_xobject(mask, &data);
            m.filter(Filter::FlateDecode);
            m.width(r.width as i32).height(r.height as i32);
            m.color_space().device_gray();
            m.bits_per_component(8);
        }
    }

    Ok(Printed {
        pdf: pdf.finish(),
        pages: laid.pages.len(),
        missing_glyphs: missing,
    })
}

/// Strokes the path `path` draws, `width` points wide, dashed if asked (one
/// dash pattern for every dashed line and box, so they match on paper).
fn stroke(c: &mut Content, width: f32, dashed: bool, path: impl FnOnce(&mut Content)) {
    c.save_state();
    c.set_line_width(width);
    if dashed {
        c.set_dash_pattern([4.0, 3.0], 0.0);
    }
    path(c);
    c.stroke();
    c.restore_state();
}

fn font_name(style: FontStyle) -> &'static [u8] {
    match style {
        FontStyle::Regular => b"F0",
        FontStyle::Bold => b"F1",
        FontStyle::Italic => b"F2",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::print::fonts::test_fonts;
    use crate::print::layout::{Flow, Paper, Span};

    fn one_page(text: &str) -> Printed {
        let fonts = test_fonts();
        let mut f = Flow::new(&fonts, Paper::A4);
        f.para(&[
            Span::plain(text),
            Span::bold(" bold"),
            Span::italic(" italic"),
        ]);
        let laid = f.finish(|n, t| format!("{n}/{t}"));
        write(
            &laid,
            &fonts,
            &Meta {
                title: "t".into(),
                lang: "es".into(),
            },
        )
        .unwrap()
    }

    #[test]
    fn text_survives_extraction() {
        let p = one_page("Xʼiwan Ñañez: ¿qué pasó? ¡Sí! “Comillas” ‘simples’ único");
        assert!(p.missing_glyphs.is_empty());
        let doc = lopdf::Document::load_mem(&p.pdf).unwrap();
        let text = doc.extract_text(&[1]).unwrap();
        for want in [
            "Xʼiwan",
            "Ñañez",
            "¿qué",
            "¡Sí!",
            "“Comillas”",
            "‘simples’",
            "único",
            "bold",
            "italic",
        ] {
            assert!(text.contains(want), "{want:?} not in {text:?}");
        }
    }

    #[test]
    fn fonts_are_embedded_subsets() {
        let p = one_page("abc");
        let doc = lopdf::Document::load_mem(&p.pdf).unwrap();
        let mut files = 0;
        for (_, obj) in doc.objects.iter() {
            if let Ok(d) = obj.as_dict()
                && d.has(b"FontFile2")
            {
                files += 1;
                let name = d.get(b"FontName").unwrap().as_name().unwrap();
                assert_eq!(name[6], b'+', "a subset's name has a tag");
            }
        }
        assert_eq!(files, 3, "regular, bold and italic");
        // A subset of three fonts is far smaller than the 1.5 MB of fonts.
        assert!(p.pdf.len() < 60_000, "{} bytes", p.pdf.len());
    }

    #[test]
    fn missing_glyphs_are_reported() {
        let p = one_page("漢字");
        assert_eq!(p.missing_glyphs, vec!['漢', '字']);
    }
}
