//! Indents, boxes, tables and pictures.

use super::*;

impl Flow {
    /// Shifts what follows to the right (nested lists, answers under a question).
    pub fn indent(&mut self, pt: f32) {
        self.indent += pt;
    }

    pub fn outdent(&mut self, pt: f32) {
        self.indent = (self.indent - pt).max(0.0);
    }

    /// Starts a framed section; `title`, if any, is its first line in bold.
    pub fn begin_box(&mut self, style: BoxStyle, title: Option<&str>) {
        self.space(4.0);
        self.items.push(Item::BoxStart {
            style,
            x: self.left(),
            w: self.text_width(),
        });
        self.open_boxes += 1;
        self.indent += BOX_PAD + style.line_width;
        self.right_indent += BOX_PAD + style.line_width;
        if let Some(t) = title {
            self.text_block(&[Span::bold(t)], size::H2, true);
            self.space(4.0);
        }
    }

    pub fn end_box(&mut self) {
        if self.open_boxes == 0 {
            return;
        }
        // Drop a trailing gap so the frame hugs the text.
        while matches!(self.items.last(), Some(Item::Space(_))) {
            self.items.pop();
        }
        let style = self
            .items
            .iter()
            .rev()
            .scan(0i32, |depth, it| {
                Some(match it {
                    Item::BoxEnd => {
                        *depth += 1;
                        None
                    }
                    Item::BoxStart { style, .. } if *depth == 0 => Some(*style),
                    Item::BoxStart { .. } => {
                        *depth -= 1;
                        None
                    }
                    _ => None,
                })
            })
            .flatten()
            .next()
            .unwrap_or(BoxStyle::PLAIN);
        self.items.push(Item::BoxEnd);
        self.open_boxes -= 1;
        self.indent = (self.indent - BOX_PAD - style.line_width).max(0.0);
        self.right_indent = (self.right_indent - BOX_PAD - style.line_width).max(0.0);
        self.space(8.0);
    }

    /// A table: `widths` are shares of the width; a header row, if given, is
    /// bold and stays with the first row. A row is never split across pages.
    pub fn table(&mut self, widths: &[f32], header: Option<&[Vec<Span>]>, rows: &[Vec<Vec<Span>>]) {
        let total: f32 = widths.iter().sum::<f32>().max(f32::EPSILON);
        let full = self.text_width();
        let cols: Vec<f32> = widths.iter().map(|w| w / total * full).collect();
        let pad = 5.0;
        let sz = size::BODY;
        let lh = sz * size::LEADING;
        let x0 = self.left();
        let mut all: Vec<(bool, Vec<Vec<Span>>)> = Vec::new();
        if let Some(h) = header {
            let bold = h
                .iter()
                .map(|cell| {
                    cell.iter()
                        .map(|s| Span::bold(s.text.clone()))
                        .collect::<Vec<_>>()
                })
                .collect();
            all.push((true, bold));
        }
        all.extend(rows.iter().map(|r| (false, r.clone())));
        for (is_header, cells) in all {
            let laid: Vec<Vec<Vec<(FontStyle, String)>>> = cols
                .iter()
                .enumerate()
                .map(|(i, w)| {
                    let spans = cells.get(i).cloned().unwrap_or_default();
                    self.break_lines(&spans, sz, w - 2.0 * pad)
                })
                .collect();
            let n = laid.iter().map(|l| l.len()).max().unwrap_or(1).max(1);
            let h = n as f32 * lh + 2.0 * pad;
            let mut ops = Vec::new();
            let mut cx = x0;
            for (i, lines) in laid.iter().enumerate() {
                for (j, line) in lines.iter().enumerate() {
                    let (_, line_ops) = self.line_ops(line, sz, cx + pad);
                    ops.extend(line_ops.into_iter().map(|o| o.shifted(pad + j as f32 * lh)));
                }
                ops.push(Op::Rect {
                    x: cx,
                    y: 0.0,
                    w: cols[i],
                    h,
                    width: if is_header { 1.5 } else { 0.8 },
                    dashed: false,
                });
                cx += cols[i];
            }
            self.items.push(Item::Row(Row {
                h,
                ops,
                keep: is_header,
            }));
        }
        self.space(8.0);
    }

    /// A picture at most `max_w` wide and 220 pt high, with `caption` (its alt
    /// text) in italics under it. If the picture cannot be read, a dashed
    /// frame holds the caption instead.
    pub fn image(&mut self, png: Option<&[u8]>, caption: &str, max_w: f32) {
        let id = png.and_then(|b| self.add_png(b).ok());
        let x = self.left();
        let max_w = max_w.min(self.text_width());
        match id {
            Some(id) => {
                let r = &self.images[id];
                // 96 pixels to the inch, but never smaller than a third of the
                // width allowed, so a tiny image still shows.
                let natural = r.width as f32 * 0.75;
                let mut w = natural.clamp(max_w / 3.0, max_w);
                let mut h = w * r.height as f32 / r.width.max(1) as f32;
                if h > 220.0 {
                    w *= 220.0 / h;
                    h = 220.0;
                }
                self.items.push(Item::Row(Row {
                    h: h + 4.0,
                    ops: vec![
                        Op::Image {
                            x,
                            y: 2.0,
                            w,
                            h,
                            id,
                        },
                        Op::Rect {
                            x,
                            y: 2.0,
                            w,
                            h,
                            width: 0.5,
                            dashed: false,
                        },
                    ],
                    keep: true,
                }));
            }
            None => {
                self.begin_box(BoxStyle::DASHED, None);
                self.text_block(&[Span::italic(caption)], size::BODY, false);
                self.end_box();
                return;
            }
        }
        if !caption.trim().is_empty() {
            self.text_block(&[Span::italic(caption)], size::BODY, false);
        }
        self.space(8.0);
    }
}
