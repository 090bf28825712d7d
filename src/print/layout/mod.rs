//! A simple flow layout for printed pages.
//!
//! A document is built top to bottom with [`Flow`]: titles, headings,
//! paragraphs (word-wrapped with the fonts' real glyph advances), list items
//! with a marker (bullet, letter, tick box, flag), boxed sections, tables and
//! small pictures with a caption. Everything becomes a list of rows; the
//! paginator then places rows on pages so that no heading is left alone at the
//! bottom of a page, a box that runs over a page is closed and reopened, and
//! every page gets its number in the footer.
//!
//! Type is large and black on white, and no meaning rests on colour: marks are
//! drawn in black outline so that a black-and-white photocopy keeps them.

use super::fonts::{FontStyle, Fonts};

mod blocks;
mod pages;
mod wrap;

/// Paper sizes, in points (1/72 inch).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Paper {
    /// Width and height, portrait.
    pub fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }

    pub fn parse(s: &str) -> Option<Paper> {
        match s.to_ascii_lowercase().as_str() {
            "a4" => Some(Paper::A4),
            "letter" | "us-letter" | "carta" => Some(Paper::Letter),
            _ => None,
        }
    }
}

/// Type sizes in points. Body text is never below 13 pt and headings never
/// below 18 pt.
pub mod size {
    pub const BODY: f32 = 13.0;
    pub const TITLE: f32 = 26.0;
    pub const H1: f32 = 21.0;
    pub const H2: f32 = 18.0;
    pub const FOOTER: f32 = 11.0;
    /// Line height as a multiple of the type size.
    pub const LEADING: f32 = 1.38;
}

/// A run of text in one style.
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    pub text: String,
    pub style: FontStyle,
}

impl Span {
    pub fn new(text: impl Into<String>, style: FontStyle) -> Span {
        Span {
            text: text.into(),
            style,
        }
    }
    pub fn plain(text: impl Into<String>) -> Span {
        Span::new(text, FontStyle::Regular)
    }
    pub fn bold(text: impl Into<String>) -> Span {
        Span::new(text, FontStyle::Bold)
    }
    pub fn italic(text: impl Into<String>) -> Span {
        Span::new(text, FontStyle::Italic)
    }
}

/// What stands before a list item.
#[derive(Clone, Debug, PartialEq)]
pub enum Marker {
    Bullet,
    /// Such as `a)` or `3.`.
    Label(String),
    /// An empty square to tick.
    TickBox,
    /// An empty square to tick, then a label such as `a)`.
    TickBoxLabel(String),
    /// A wider empty box to write a number in, then a label.
    WriteIn(String),
    /// A small flag drawn in outline (a warning sign).
    Flag,
    /// A picture (an index from [`Flow::add_png`]), drawn the size of a line.
    Icon(usize),
}

/// How a boxed section is framed. Styles differ by line, not by colour.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BoxStyle {
    pub line_width: f32,
    pub dashed: bool,
}

impl BoxStyle {
    pub const PLAIN: BoxStyle = BoxStyle {
        line_width: 1.0,
        dashed: false,
    };
    pub const STRONG: BoxStyle = BoxStyle {
        line_width: 2.5,
        dashed: false,
    };
    pub const DASHED: BoxStyle = BoxStyle {
        line_width: 1.2,
        dashed: true,
    };
}

/// A drawing operation. Coordinates are in points from the page's top-left
/// corner, y downwards; inside a row, y is from the row's top.
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    Text {
        x: f32,
        /// The baseline.
        y: f32,
        size: f32,
        style: FontStyle,
        text: String,
    },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
        dashed: bool,
    },
    /// A stroked rectangle.
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        width: f32,
        dashed: bool,
    },
    Image {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        id: usize,
    },
    /// A warning flag in outline whose box is `size` square.
    Flag { x: f32, y: f32, size: f32 },
}

impl Op {
    fn shifted(mut self, dy: f32) -> Op {
        match &mut self {
            Op::Text { y, .. } | Op::Rect { y, .. } | Op::Image { y, .. } | Op::Flag { y, .. } => {
                *y += dy
            }
            Op::Line { y1, y2, .. } => {
                *y1 += dy;
                *y2 += dy;
            }
        }
        self
    }
}

/// A decoded picture, ready to embed.
#[derive(Clone, Debug)]
pub struct Raster {
    pub width: u32,
    pub height: u32,
    /// 8-bit RGB, row by row.
    pub rgb: Vec<u8>,
    /// 8-bit alpha, if any pixel is not opaque.
    pub alpha: Option<Vec<u8>>,
}

impl Raster {
    /// Decodes a PNG.
    pub fn from_png(bytes: &[u8]) -> Result<Raster, String> {
        let img = image::load_from_memory_with_format(bytes, image::ImageFormat::Png)
            .map_err(|e| e.to_string())?
            .to_rgba8();
        let (width, height) = img.dimensions();
        let mut rgb = Vec::with_capacity((width * height * 3) as usize);
        let mut alpha = Vec::with_capacity((width * height) as usize);
        for p in img.pixels() {
            rgb.extend_from_slice(&p.0[..3]);
            alpha.push(p.0[3]);
        }
        let alpha = alpha.iter().any(|&a| a < 255).then_some(alpha);
        Ok(Raster {
            width,
            height,
            rgb,
            alpha,
        })
    }
}

#[derive(Clone, Debug)]
struct Row {
    h: f32,
    ops: Vec<Op>,
    /// Keep on the same page as the next row (headings, box titles, the first
    /// line of a paragraph).
    keep: bool,
}

#[derive(Clone, Debug)]
enum Item {
    Row(Row),
    Space(f32),
    BoxStart { style: BoxStyle, x: f32, w: f32 },
    BoxEnd,
    PageBreak,
}

/// Inner padding of a box.
const BOX_PAD: f32 = 10.0;

/// Laid-out pages, ready to be written as PDF.
#[derive(Clone, Debug)]
pub struct Laid {
    pub width: f32,
    pub height: f32,
    pub pages: Vec<Vec<Op>>,
    pub images: Vec<Raster>,
}

/// Builds a document from top to bottom.
pub struct Flow {
    fonts: Fonts,
    width: f32,
    height: f32,
    margin: f32,
    top: f32,
    bottom: f32,
    /// Left indent from boxes and lists, from the margin.
    indent: f32,
    right_indent: f32,
    items: Vec<Item>,
    images: Vec<Raster>,
    open_boxes: usize,
}

impl Flow {
    pub fn new(fonts: &Fonts, paper: Paper) -> Flow {
        let (w, h) = paper.size();
        Flow::with_size(fonts, w, h, 54.0)
    }

    /// A flow on a page of any size, with `margin` on every side.
    pub fn with_size(fonts: &Fonts, width: f32, height: f32, margin: f32) -> Flow {
        Flow {
            fonts: fonts.clone(),
            width,
            height,
            margin,
            top: margin,
            bottom: margin + size::FOOTER * 2.5,
            indent: 0.0,
            right_indent: 0.0,
            items: Vec::new(),
            images: Vec::new(),
            open_boxes: 0,
        }
    }

    pub fn fonts(&self) -> &Fonts {
        &self.fonts
    }

    fn left(&self) -> f32 {
        self.margin + self.indent
    }

    /// The width text can use here.
    pub fn text_width(&self) -> f32 {
        self.width - 2.0 * self.margin - self.indent - self.right_indent
    }

    /// The page's usable height.
    fn usable(&self) -> f32 {
        self.height - self.top - self.bottom
    }

    /// Adds a picture; returns its index for [`Marker::Icon`] and [`Flow::image`].
    pub fn add_png(&mut self, bytes: &[u8]) -> Result<usize, String> {
        self.images.push(Raster::from_png(bytes)?);
        Ok(self.images.len() - 1)
    }

    pub fn space(&mut self, pt: f32) {
        self.items.push(Item::Space(pt));
    }

    /// Empty room that is kept even at the top of a page (a gap from
    /// [`Flow::space`] is dropped there).
    pub fn blank(&mut self, pt: f32) {
        self.items.push(Item::Row(Row {
            h: pt,
            ops: Vec::new(),
            keep: true,
        }));
    }

    pub fn page_break(&mut self) {
        self.items.push(Item::PageBreak);
    }

    /// Keeps the last row on the same page as whatever comes next.
    pub fn keep_with_next(&mut self) {
        if let Some(Item::Row(r)) = self
            .items
            .iter_mut()
            .rev()
            .find(|i| matches!(i, Item::Row(_)))
        {
            r.keep = true;
        }
    }

    /// Starts a run of rows that should stay on one page (a quiz question).
    /// A run taller than a page is still split.
    pub fn begin_keep(&mut self) -> usize {
        self.items.len()
    }

    /// Ends the run started at `mark`: every row in it but the last keeps
    /// with the next.
    pub fn end_keep(&mut self, mark: usize) {
        let rows: Vec<usize> = (mark..self.items.len())
            .filter(|&i| matches!(self.items[i], Item::Row(_)))
            .collect();
        for &i in rows.iter().rev().skip(1) {
            if let Item::Row(r) = &mut self.items[i] {
                r.keep = true;
            }
        }
    }

    /// Lines centred on the page, each kept with the next.
    pub fn centered(&mut self, spans: &[Span], sz: f32) {
        let width = self.text_width();
        let x0 = self.left();
        for line in self.break_lines(spans, sz, width) {
            let w: f32 = line
                .iter()
                .map(|(st, t)| self.fonts.face(*st).width(t, sz))
                .sum();
            let (h, ops) = self.line_ops(&line, sz, x0 + (width - w).max(0.0) / 2.0);
            self.items.push(Item::Row(Row { h, ops, keep: true }));
        }
    }

    /// The document's title.
    pub fn title(&mut self, text: &str) {
        self.text_block(&[Span::bold(text)], size::TITLE, true);
        self.space(10.0);
    }

    /// A heading: level 1 (21 pt) or 2 (18 pt). It always stays on the page
    /// of what follows it.
    pub fn heading(&mut self, level: u8, text: &str) {
        let (sz, before) = if level <= 1 {
            (size::H1, 16.0)
        } else {
            (size::H2, 10.0)
        };
        self.space(before);
        self.text_block(&[Span::bold(text)], sz, true);
        self.space(4.0);
    }

    /// A paragraph of body text.
    pub fn para(&mut self, spans: &[Span]) {
        self.para_sized(spans, size::BODY);
    }

    pub fn para_plain(&mut self, text: &str) {
        self.para(&[Span::plain(text)]);
    }

    /// A paragraph of `sz`-point text, followed by a small gap.
    pub fn para_sized(&mut self, spans: &[Span], sz: f32) {
        self.text_block(spans, sz, false);
        self.space(sz * 0.5);
    }

    /// Lines of text without the gap after; `keep_all` keeps every line with
    /// the next. A paragraph keeps its first two and its last two lines
    /// together (no widows or orphans).
    fn text_block(&mut self, spans: &[Span], sz: f32, keep_all: bool) {
        let width = self.text_width();
        let lines = self.break_lines(spans, sz, width);
        let n = lines.len();
        let x = self.left();
        for (i, line) in lines.into_iter().enumerate() {
            let keep = keep_all || (i + 1 < n && (i == 0 || i + 2 == n));
            let (h, ops) = self.line_ops(&line, sz, x);
            self.items.push(Item::Row(Row { h, ops, keep }));
        }
    }
}

fn square(x: f32, y: f32, w: f32, h: f32) -> Op {
    Op::Rect {
        x,
        y,
        w,
        h,
        width: 1.2,
        dashed: false,
    }
}

fn frame(style: BoxStyle, x: f32, y: f32, w: f32, h: f32) -> Op {
    Op::Rect {
        x,
        y,
        w,
        h,
        width: style.line_width,
        dashed: style.dashed,
    }
}

/// Height of the run that starts at `i` and must not be split: gaps, box
/// tops and kept rows, up to and including the first row that is not kept.
fn group_height(items: &[Item], i: usize) -> f32 {
    let mut h = 0.0;
    for it in &items[i..] {
        match it {
            Item::Row(r) => {
                h += r.h;
                if !r.keep {
                    break;
                }
            }
            Item::Space(s) => h += s,
            Item::BoxStart { .. } | Item::BoxEnd => h += BOX_PAD,
            Item::PageBreak => break,
        }
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::print::fonts::test_fonts;

    fn texts(p: &[Op]) -> Vec<(f32, String)> {
        p.iter()
            .filter_map(|o| match o {
                Op::Text { y, text, .. } => Some((*y, text.clone())),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn wraps_within_the_width() {
        let f = Flow::new(&test_fonts(), Paper::A4);
        let words = "Keyla tiene diecinueve años y vive en San Pedro Sula. ".repeat(8);
        let lines = f.break_lines(&[Span::plain(&words)], 13.0, 300.0);
        assert!(lines.len() > 3);
        for l in &lines {
            let spans: Vec<Span> = l.iter().map(|(s, t)| Span::new(t.clone(), *s)).collect();
            assert!(f.measure(&spans, 13.0) <= 300.5, "{l:?}");
            assert!(!l[0].1.starts_with(' '));
        }
        // Nothing is lost but spaces.
        let joined: String = lines
            .iter()
            .map(|l| l.iter().map(|(_, t)| t.as_str()).collect::<String>())
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(joined, words.trim_end());
    }

    #[test]
    fn long_words_break_between_letters() {
        let f = Flow::new(&test_fonts(), Paper::A4);
        let url = "https://migrantinfo.iom.int/en/identify-signs-human-trafficking";
        let lines = f.break_lines(&[Span::plain(url)], 13.0, 120.0);
        assert!(lines.len() > 1);
        let joined: String = lines.iter().flatten().map(|(_, t)| t.as_str()).collect();
        assert_eq!(joined, url);
    }

    #[test]
    fn styles_stay_with_their_words() {
        let f = Flow::new(&test_fonts(), Paper::A4);
        let lines = f.break_lines(
            &[
                Span::plain("check "),
                Span::bold("who"),
                Span::plain(" it is"),
            ],
            13.0,
            500.0,
        );
        assert_eq!(
            lines[0],
            vec![
                (FontStyle::Regular, "check ".to_string()),
                (FontStyle::Bold, "who ".to_string()),
                (FontStyle::Regular, "it is".to_string()),
            ]
        );
    }

    #[test]
    fn a_heading_is_never_last_on_a_page() {
        let fonts = test_fonts();
        for filler in 30..60 {
            let mut f = Flow::new(&fonts, Paper::A4);
            for i in 0..filler {
                f.para_plain(&format!("Line {i}"));
            }
            f.heading(1, "The heading");
            f.para_plain("The paragraph under the heading.");
            let laid = f.finish(|_, _| String::new());
            for page in &laid.pages {
                let t = texts(page);
                if let Some(pos) = t.iter().position(|(_, s)| s == "The heading") {
                    assert!(
                        t.get(pos + 1)
                            .is_some_and(|(_, s)| s.starts_with("The paragraph")),
                        "filler {filler}: heading alone at the bottom"
                    );
                }
            }
        }
    }

    #[test]
    fn pages_get_numbers_and_stay_inside_the_margins() {
        let mut f = Flow::new(&test_fonts(), Paper::Letter);
        f.title("Title");
        f.begin_box(BoxStyle::STRONG, Some("A box"));
        for i in 0..80 {
            f.item(Marker::Bullet, &[Span::plain(format!("Item {i}"))]);
        }
        f.end_box();
        let laid = f.finish(|n, t| format!("{n} / {t}"));
        assert!(laid.pages.len() >= 3);
        let (_, h) = Paper::Letter.size();
        for (i, page) in laid.pages.iter().enumerate() {
            let t = texts(page);
            assert_eq!(
                t.last().unwrap().1,
                format!("{} / {}", i + 1, laid.pages.len())
            );
            for (y, s) in &t {
                assert!(*y < h - 54.0 + 0.1, "{s} at {y}");
            }
            // The box is drawn on every page it runs over.
            assert!(
                page.iter()
                    .any(|o| matches!(o, Op::Rect { width, .. } if *width == 2.5))
            );
        }
    }

    #[test]
    fn a_broken_picture_leaves_its_caption() {
        let mut f = Flow::new(&test_fonts(), Paper::A4);
        f.image(Some(b"not a png"), "A bus station at night", 200.0);
        let laid = f.finish(|_, _| String::new());
        assert!(
            texts(&laid.pages[0])
                .iter()
                .any(|(_, t)| t == "A bus station at night")
        );
        assert!(laid.images.is_empty());
    }
}
