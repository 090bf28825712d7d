//! Pagination: rows onto pages, headings kept with what follows, boxes closed
//! and reopened across a page break, and page footers.

use super::*;

impl Flow {
    /// Lays the rows out on pages; `footer(page, pages)` gives each page's footer.
    pub fn finish(self, footer: impl Fn(usize, usize) -> String) -> Laid {
        let mut pages: Vec<Vec<Op>> = Vec::new();
        let mut page: Vec<Op> = Vec::new();
        let limit = self.height - self.bottom;
        let mut y = self.top;
        let mut fresh = true;
        // Open boxes: style, x, width, where the frame starts on this page.
        let mut open: Vec<(BoxStyle, f32, f32, f32)> = Vec::new();
        let usable = self.usable();
        let items = &self.items;

        let new_page = |page: &mut Vec<Op>,
                        pages: &mut Vec<Vec<Op>>,
                        open: &mut Vec<(BoxStyle, f32, f32, f32)>,
                        y: &mut f32| {
            for (style, x, w, y0) in open.iter_mut() {
                let bottom = (*y + BOX_PAD / 2.0).min(limit + BOX_PAD);
                page.push(frame(*style, *x, *y0, *w, bottom - *y0));
            }
            pages.push(std::mem::take(page));
            *y = self.top;
            for o in open.iter_mut() {
                o.3 = *y;
                *y += BOX_PAD;
            }
        };

        for (i, item) in items.iter().enumerate() {
            match item {
                Item::PageBreak => {
                    if !fresh {
                        new_page(&mut page, &mut pages, &mut open, &mut y);
                        fresh = true;
                    }
                }
                Item::Space(s) => {
                    if !fresh {
                        y += s;
                    }
                }
                Item::BoxStart { style, x, w } => {
                    let need = group_height(items, i);
                    if !fresh && y + need > limit && need <= usable {
                        new_page(&mut page, &mut pages, &mut open, &mut y);
                        fresh = true;
                    }
                    open.push((*style, *x, *w, y));
                    y += BOX_PAD;
                }
                Item::BoxEnd => {
                    y += BOX_PAD;
                    if let Some((style, x, w, y0)) = open.pop() {
                        page.push(frame(style, x, y0, w, y - y0));
                    }
                }
                Item::Row(r) => {
                    let need = if r.keep { group_height(items, i) } else { r.h }
                        + BOX_PAD * open.len() as f32;
                    if !fresh && y + need.min(usable) > limit {
                        new_page(&mut page, &mut pages, &mut open, &mut y);
                    }
                    page.extend(r.ops.iter().cloned().map(|o| o.shifted(y)));
                    y += r.h;
                    fresh = false;
                }
            }
        }
        if !page.is_empty() || pages.is_empty() {
            for (style, x, w, y0) in open.drain(..) {
                page.push(frame(style, x, y0, w, y + BOX_PAD - y0));
            }
            pages.push(page);
        }
        let total = pages.len();
        let face = self.fonts.face(FontStyle::Regular);
        for (n, p) in pages.iter_mut().enumerate() {
            let text = footer(n + 1, total);
            if text.is_empty() {
                continue;
            }
            let w = face.width(&text, size::FOOTER);
            p.push(Op::Text {
                x: (self.width - w) / 2.0,
                y: self.height - self.margin,
                size: size::FOOTER,
                style: FontStyle::Regular,
                text,
            });
        }
        Laid {
            width: self.width,
            height: self.height,
            pages,
            images: self.images,
        }
    }
}
