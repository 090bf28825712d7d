//! Light markup for lesson text, parsed once at load time.
//!
//! - A blank line separates paragraphs.
//! - A line that starts with `- ` is a list item; consecutive items form a list.
//! - `*word*` is emphasis and `**word**` is strong.
//!
//! Anything else is plain text. Unbalanced markers are kept as literal
//! characters and reported as a warning by validation.

/// One run of text with a single style.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub style: Style,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Style {
    #[default]
    Plain,
    Emphasis,
    Strong,
}

/// A paragraph or a bulleted list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RichBlock {
    Paragraph(Vec<Span>),
    List(Vec<Vec<Span>>),
}

/// The result of parsing one string of markup.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rich {
    pub blocks: Vec<RichBlock>,
    /// Problems worth telling the author about (unclosed `*`).
    pub warnings: Vec<String>,
}

impl Rich {
    /// The text without markup, for search, accessibility names and tests.
    pub fn plain(&self) -> String {
        let mut out = String::new();
        for (i, b) in self.blocks.iter().enumerate() {
            if i > 0 {
                out.push_str("\n\n");
            }
            match b {
                RichBlock::Paragraph(spans) => out.push_str(&join(spans)),
                RichBlock::List(items) => {
                    for (j, item) in items.iter().enumerate() {
                        if j > 0 {
                            out.push('\n');
                        }
                        out.push_str("• ");
                        out.push_str(&join(item));
                    }
                }
            }
        }
        out
    }
}

fn join(spans: &[Span]) -> String {
    spans.iter().map(|s| s.text.as_str()).collect()
}

pub fn parse(src: &str) -> Rich {
    let mut rich = Rich::default();
    let mut para: Vec<&str> = Vec::new();
    let mut list: Vec<String> = Vec::new();

    fn flush_para(para: &mut Vec<&str>, rich: &mut Rich) {
        if !para.is_empty() {
            let joined = para.join(" ");
            let spans = inline(&joined, &mut rich.warnings);
            rich.blocks.push(RichBlock::Paragraph(spans));
            para.clear();
        }
    }
    fn flush_list(list: &mut Vec<String>, rich: &mut Rich) {
        if !list.is_empty() {
            let items = list
                .iter()
                .map(|item| inline(item, &mut rich.warnings))
                .collect();
            rich.blocks.push(RichBlock::List(items));
            list.clear();
        }
    }

    for line in src.lines() {
        let t = line.trim();
        if t.is_empty() {
            flush_para(&mut para, &mut rich);
            flush_list(&mut list, &mut rich);
        } else if let Some(item) = t.strip_prefix("- ").or_else(|| t.strip_prefix("• ")) {
            flush_para(&mut para, &mut rich);
            list.push(item.trim().to_string());
        } else if let Some(last) = list.last_mut().filter(|_| line.starts_with("  ")) {
            // An indented line continues the previous list item.
            last.push(' ');
            last.push_str(t);
        } else {
            flush_list(&mut list, &mut rich);
            para.push(t);
        }
    }
    flush_para(&mut para, &mut rich);
    flush_list(&mut list, &mut rich);
    rich
}

/// Splits one line into styled spans.
fn inline(s: &str, warnings: &mut Vec<String>) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut rest = s;
    let mut plain = String::new();
    while let Some(pos) = rest.find('*') {
        let strong = rest[pos..].starts_with("**");
        let marker = if strong { "**" } else { "*" };
        let after = &rest[pos + marker.len()..];
        match after.find(marker) {
            Some(end) if end > 0 && !(strong && after[..end].contains('*')) => {
                plain.push_str(&rest[..pos]);
                if !plain.is_empty() {
                    spans.push(Span {
                        text: std::mem::take(&mut plain),
                        style: Style::Plain,
                    });
                }
                spans.push(Span {
                    text: after[..end].to_string(),
                    style: if strong {
                        Style::Strong
                    } else {
                        Style::Emphasis
                    },
                });
                rest = &after[end + marker.len()..];
            }
            _ => {
                warnings.push(format!(
                    "unclosed `{marker}` in \"{}\"; write `{marker}text{marker}`, or remove it",
                    super::text::truncate(s, 50)
                ));
                plain.push_str(&rest[..pos + marker.len()]);
                rest = after;
            }
        }
    }
    plain.push_str(rest);
    if !plain.is_empty() {
        spans.push(Span {
            text: plain,
            style: Style::Plain,
        });
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_lists_and_emphasis() {
        let r = parse("First line\ncontinues *here*.\n\n- one\n- **two**\n\nLast.");
        assert_eq!(r.blocks.len(), 3, "{r:?}");
        match &r.blocks[0] {
            RichBlock::Paragraph(s) => {
                assert_eq!(s[0].text, "First line continues ");
                assert_eq!(s[1].style, Style::Emphasis);
                assert_eq!(s[1].text, "here");
            }
            other => panic!("expected paragraph, got {other:?}"),
        }
        match &r.blocks[1] {
            RichBlock::List(items) => {
                assert_eq!(items.len(), 2);
                assert_eq!(items[1][0].style, Style::Strong);
            }
            other => panic!("expected list, got {other:?}"),
        }
        assert!(r.warnings.is_empty());
        assert_eq!(
            r.plain(),
            "First line continues here.\n\n• one\n• two\n\nLast."
        );
    }

    #[test]
    fn unclosed_marker_is_kept_and_warned() {
        let r = parse("5 * 3 is fifteen");
        assert_eq!(r.plain(), "5 * 3 is fifteen");
        assert_eq!(r.warnings.len(), 1);
    }
}
