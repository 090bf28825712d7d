//! Lines: measuring, breaking and drawing text, and list items with markers.

use super::*;

impl Flow {
    /// The height and drawing operations of one line that starts at `x`.
    pub(super) fn line_ops(&self, line: &[(FontStyle, String)], sz: f32, x: f32) -> (f32, Vec<Op>) {
        let h = sz * size::LEADING;
        let base = self.baseline(sz);
        let mut ops = Vec::new();
        let mut cx = x;
        for (style, text) in line {
            ops.push(Op::Text {
                x: cx,
                y: base,
                size: sz,
                style: *style,
                text: text.clone(),
            });
            cx += self.fonts.face(*style).width(text, sz);
        }
        (h, ops)
    }

    /// The baseline's distance from the top of a line of `sz` points.
    pub(super) fn baseline(&self, sz: f32) -> f32 {
        let face = self.fonts.face(FontStyle::Regular);
        let asc = face.ascent / face.units_per_em;
        let desc = -face.descent / face.units_per_em;
        let h = sz * size::LEADING;
        (h - (asc + desc) * sz) / 2.0 + asc * sz
    }

    /// Width of a run of spans on one line.
    pub fn measure(&self, spans: &[Span], sz: f32) -> f32 {
        spans
            .iter()
            .map(|s| self.fonts.face(s.style).width(&s.text, sz))
            .sum()
    }

    /// Breaks spans into lines no wider than `width`, at spaces; a word longer
    /// than a line is broken between letters. A `\n` starts a new line.
    pub fn break_lines(
        &self,
        spans: &[Span],
        sz: f32,
        width: f32,
    ) -> Vec<Vec<(FontStyle, String)>> {
        // Words: runs of non-space characters, each made of styled pieces.
        struct Word {
            pieces: Vec<(FontStyle, String)>,
            w: f32,
            /// Width of the space before it, in the style of that space.
            space: f32,
            newline_before: bool,
        }
        let mut words: Vec<Word> = Vec::new();
        let mut cur = Word {
            pieces: Vec::new(),
            w: 0.0,
            space: 0.0,
            newline_before: false,
        };
        let mut pending_space = 0.0;
        let mut pending_newline = false;
        for span in spans {
            let face = self.fonts.face(span.style);
            for c in span.text.chars() {
                if c == '\n' || c == ' ' || c == '\t' || c == '\r' {
                    if !cur.pieces.is_empty() {
                        words.push(std::mem::replace(
                            &mut cur,
                            Word {
                                pieces: Vec::new(),
                                w: 0.0,
                                space: 0.0,
                                newline_before: false,
                            },
                        ));
                        pending_space = 0.0;
                    }
                    if c == '\n' {
                        pending_newline = true;
                    } else if pending_space == 0.0 {
                        pending_space = face.width(" ", sz);
                    }
                    continue;
                }
                if c.is_control() {
                    continue;
                }
                if cur.pieces.is_empty() {
                    cur.space = pending_space;
                    cur.newline_before = pending_newline;
                    pending_newline = false;
                }
                let cw = face.width(c.encode_utf8(&mut [0; 4]), sz);
                match cur.pieces.last_mut() {
                    Some((st, t)) if *st == span.style => t.push(c),
                    _ => cur.pieces.push((span.style, c.to_string())),
                }
                cur.w += cw;
            }
        }
        if !cur.pieces.is_empty() {
            words.push(cur);
        }

        let mut lines: Vec<Vec<(FontStyle, String)>> = Vec::new();
        let mut line: Vec<(FontStyle, String)> = Vec::new();
        let mut line_w = 0.0;
        let push = |line: &mut Vec<(FontStyle, String)>, style: FontStyle, text: &str| match line
            .last_mut()
        {
            Some((st, t)) if *st == style => t.push_str(text),
            _ => line.push((style, text.to_string())),
        };
        for word in words {
            let fits = line_w + word.space + word.w <= width + 0.01;
            if !line.is_empty() && (word.newline_before || !fits) {
                lines.push(std::mem::take(&mut line));
                line_w = 0.0;
            }
            if line.is_empty() && word.w > width {
                // Too long for any line: break between letters.
                for (style, text) in &word.pieces {
                    let face = self.fonts.face(*style);
                    for c in text.chars() {
                        let cw = face.width(c.encode_utf8(&mut [0; 4]), sz);
                        if line_w + cw > width && !line.is_empty() {
                            lines.push(std::mem::take(&mut line));
                            line_w = 0.0;
                        }
                        push(&mut line, *style, c.encode_utf8(&mut [0; 4]));
                        line_w += cw;
                    }
                }
                continue;
            }
            if let Some(&(style, _)) = line.last() {
                push(&mut line, style, " ");
                line_w += word.space;
            }
            for (style, text) in &word.pieces {
                push(&mut line, *style, text);
            }
            line_w += word.w;
        }
        if !line.is_empty() || lines.is_empty() {
            lines.push(line);
        }
        lines
    }

    /// A list item: `marker`, then the text with a hanging indent.
    pub fn item(&mut self, marker: Marker, spans: &[Span]) {
        self.item_sized(marker, spans, size::BODY);
    }

    pub fn item_sized(&mut self, marker: Marker, spans: &[Span], sz: f32) {
        let box_side = sz * 0.9;
        let label_w = |s: &str| self.fonts.face(FontStyle::Bold).width(s, sz);
        let gutter = match &marker {
            Marker::Bullet | Marker::Flag | Marker::Icon(_) => sz * 1.6,
            Marker::TickBox => box_side + sz * 0.7,
            Marker::Label(l) => (label_w(l) + sz * 0.5).max(sz * 1.8),
            // Letters line up: the label column is as wide as the widest usual label.
            Marker::TickBoxLabel(l) => {
                box_side + sz * 0.5 + label_w(l).max(label_w("m)")) + sz * 0.5
            }
            Marker::WriteIn(l) => {
                box_side * 2.2 + sz * 0.5 + label_w(l).max(label_w("M.")) + sz * 0.5
            }
        };
        let x = self.left();
        let width = self.text_width() - gutter;
        let lines = self.break_lines(spans, sz, width);
        let base = self.baseline(sz);
        let lh = sz * size::LEADING;
        // The square of a tick box sits on the baseline, as tall as a capital plus.
        let sq_y = base - box_side * 0.92;
        let n = lines.len();
        for (i, line) in lines.into_iter().enumerate() {
            let (h, text_ops) = self.line_ops(&line, sz, x + gutter);
            // The marker comes first in the content, so that text extraction
            // reads "a) answer", not "answer a)".
            let mut ops = Vec::new();
            if i == 0 {
                match &marker {
                    Marker::Bullet => ops.push(Op::Text {
                        x: x + sz * 0.35,
                        y: base,
                        size: sz,
                        style: FontStyle::Bold,
                        text: "•".into(),
                    }),
                    Marker::Label(l) => ops.push(Op::Text {
                        x,
                        y: base,
                        size: sz,
                        style: FontStyle::Bold,
                        text: l.clone(),
                    }),
                    Marker::TickBox => ops.push(square(x, sq_y, box_side, box_side)),
                    Marker::TickBoxLabel(l) => {
                        ops.push(square(x, sq_y, box_side, box_side));
                        ops.push(Op::Text {
                            x: x + box_side + sz * 0.5,
                            y: base,
                            size: sz,
                            style: FontStyle::Bold,
                            text: l.clone(),
                        });
                    }
                    Marker::WriteIn(l) => {
                        ops.push(square(x, sq_y - 2.0, box_side * 2.2, box_side + 4.0));
                        ops.push(Op::Text {
                            x: x + box_side * 2.2 + sz * 0.5,
                            y: base,
                            size: sz,
                            style: FontStyle::Bold,
                            text: l.clone(),
                        });
                    }
                    Marker::Flag => ops.push(Op::Flag {
                        x: x + sz * 0.1,
                        y: (lh - sz) / 2.0,
                        size: sz,
                    }),
                    Marker::Icon(id) => ops.push(Op::Image {
                        x: x + sz * 0.05,
                        y: (lh - sz * 1.1) / 2.0,
                        w: sz * 1.1,
                        h: sz * 1.1,
                        id: *id,
                    }),
                }
            }
            ops.extend(text_ops);
            let keep = i + 1 < n && (i == 0 || i + 2 == n);
            self.items.push(Item::Row(Row { h, ops, keep }));
        }
        self.space(sz * 0.3);
    }
}
