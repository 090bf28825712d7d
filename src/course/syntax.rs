//! Explaining a syntax error the way an author can act on it.
//!
//! ron reports where parsing stopped, which is often a line after the real
//! mistake ("unknown field `KeyPoints` in `Text`" for a `)` missing at the
//! end of the line before). When the parser fails, this module looks at the
//! text itself, lexically, and finds the usual causes:
//!
//! 1. **Typographic quotes** (`“` `”` `‘` `’` `«` `»`) used where a `"`
//!    belongs: text pasted from a word processor.
//! 2. **Unbalanced brackets**: a `(`, `[` or `{` that is never closed, or is
//!    closed by the wrong bracket. The message points at the line where the
//!    bracket was *opened*.
//! 3. **A missing comma** at the end of a line, when the parser stopped at
//!    the start of the next item.
//!
//! Only the error path runs this; a good file is never scanned twice.

use super::diag::DiagKind;

/// A position, 1-based, in characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

/// A plain-words explanation of a syntax error, and where to look.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hint {
    pub at: Pos,
    pub kind: DiagKind,
}

const SMART: &[char] = &['“', '”', '„', '‘', '’', '«', '»'];

fn closer(open: char) -> char {
    match open {
        '(' => ')',
        '[' => ']',
        _ => '}',
    }
}

/// Walks the source, skipping strings and comments, and calls `f` for every
/// character outside them with its position.
fn scan(src: &str, mut f: impl FnMut(char, Pos) -> bool) {
    let mut line = 1;
    let mut col = 0;
    let mut chars = src.chars().peekable();
    let mut in_string = false;
    let mut in_line_comment = false;
    let mut block_depth = 0usize;
    let mut prev = '\0';
    while let Some(c) = chars.next() {
        if c == '\n' {
            line += 1;
            col = 0;
            in_line_comment = false;
            prev = c;
            continue;
        }
        col += 1;
        let pos = Pos { line, col };
        if in_line_comment {
            continue;
        }
        if block_depth > 0 {
            if prev == '*' && c == '/' {
                block_depth -= 1;
                prev = '\0';
                continue;
            }
            if prev == '/' && c == '*' {
                block_depth += 1;
                prev = '\0';
                continue;
            }
            prev = c;
            continue;
        }
        if in_string {
            if c == '\\' {
                // Skip the escaped character (it stays on this line).
                if let Some(&n) = chars.peek()
                    && n != '\n'
                {
                    chars.next();
                    col += 1;
                }
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '/' if chars.peek() == Some(&'/') => {
                chars.next();
                in_line_comment = true;
            }
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                col += 1;
                block_depth = 1;
                prev = '\0';
                continue;
            }
            _ => {
                if !f(c, pos) {
                    return;
                }
            }
        }
        prev = c;
    }
}

/// The first typographic quote outside a string.
pub fn smart_quote(src: &str) -> Option<Hint> {
    let mut found = None;
    scan(src, |c, pos| {
        if SMART.contains(&c) {
            found = Some(Hint {
                at: pos,
                kind: DiagKind::SmartQuote { found: c },
            });
            return false;
        }
        true
    });
    found
}

/// The first bracket problem: a wrong closer, or an opener never closed.
pub fn brackets(src: &str) -> Option<Hint> {
    let mut stack: Vec<(char, Pos)> = Vec::new();
    let mut found = None;
    scan(src, |c, pos| {
        match c {
            '(' | '[' | '{' => stack.push((c, pos)),
            ')' | ']' | '}' => match stack.pop() {
                Some((open, at)) if closer(open) != c => {
                    found = Some(Hint {
                        at,
                        kind: DiagKind::UnclosedBracket {
                            open,
                            line: at.line,
                            col: at.col,
                            closed_by: Some((c, pos.line, pos.col)),
                        },
                    });
                    return false;
                }
                Some(_) => {}
                None => {
                    found = Some(Hint {
                        at: pos,
                        kind: DiagKind::ExtraBracket { found: c },
                    });
                    return false;
                }
            },
            _ => {}
        }
        true
    });
    if found.is_some() {
        return found;
    }
    // Never closed: the innermost opener that is still open at the end.
    stack.last().map(|&(open, at)| Hint {
        at,
        kind: DiagKind::UnclosedBracket {
            open,
            line: at.line,
            col: at.col,
            closed_by: None,
        },
    })
}

/// A comma missing at the end of the line before `stopped`, when that line
/// ends an item and the parser stopped where the next item starts.
pub fn missing_comma(src: &str, stopped: Pos) -> Option<Hint> {
    let lines: Vec<&str> = src.lines().collect();
    let here = lines.get(stopped.line.checked_sub(1)?)?;
    // Where the parser stopped must be the start of something (a name, a
    // bracket or a string), at the first non-blank of its line.
    let first = here.chars().position(|c| !c.is_whitespace())? + 1;
    let next = here.trim_start().chars().next()?;
    if stopped.col > first + 1 || !(next.is_alphabetic() || matches!(next, '(' | '[' | '"')) {
        return None;
    }
    // The previous line with code on it.
    let mut n = stopped.line.checked_sub(1)?;
    while n > 0 {
        let prev = lines[n - 1];
        let code = strip_comment(prev).trim_end();
        if code.trim().is_empty() {
            n -= 1;
            continue;
        }
        let last = code.chars().last()?;
        let ends_item = matches!(last, ')' | ']' | '"') || last.is_alphanumeric();
        let opens = matches!(last, '(' | '[' | '{' | ',' | ':');
        if ends_item && !opens {
            return Some(Hint {
                at: Pos {
                    line: n,
                    col: code.chars().count() + 1,
                },
                kind: DiagKind::MissingComma { line: n },
            });
        }
        return None;
    }
    None
}

/// `line` without a `//` comment (one outside a string).
fn strip_comment(line: &str) -> &str {
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
        } else if c == '/' && line[i + 1..].starts_with('/') {
            return &line[..i];
        }
    }
    line
}

/// The best plain-words explanation for a parse that stopped at `stopped`.
pub fn explain(src: &str, stopped: Pos) -> Option<Hint> {
    smart_quote(src)
        .or_else(|| brackets(src))
        .or_else(|| missing_comma(src, stopped))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smart_quotes_outside_strings() {
        let src = "Text(body: (en: “Lucía”, es: \"Lucía\"))";
        let h = smart_quote(src).unwrap();
        assert_eq!(h.at, Pos { line: 1, col: 17 });
        // Inside a proper string they are just text.
        assert!(smart_quote("(en: \"She said “hi”\")").is_none());
    }

    #[test]
    fn unclosed_bracket_points_where_it_was_opened() {
        let src = "[\n    Text(body: (en: \"a\", es: \"b\"),\n    KeyPoints(points: []),\n]\n";
        let h = brackets(src).unwrap();
        assert_eq!(h.at, Pos { line: 2, col: 9 });
        assert!(matches!(
            h.kind,
            DiagKind::UnclosedBracket {
                open: '(',
                line: 2,
                col: 9,
                closed_by: Some((']', 4, 1))
            }
        ));
        let h = brackets("Module(\n  id: \"x\",\n").unwrap();
        assert_eq!(h.at, Pos { line: 1, col: 7 });
        assert!(
            brackets("(a: [\"(\", \")\"]) // (").is_none(),
            "strings and comments are skipped"
        );
        assert!(
            brackets("(a /* ( */ b) /** [ */").is_none(),
            "block comments too"
        );
    }

    #[test]
    fn missing_comma_at_the_end_of_the_line_before() {
        let src = "Module(\n    id: \"x\"\n    title: (en: \"T\", es: \"T\"),\n)";
        let h = missing_comma(src, Pos { line: 3, col: 5 }).unwrap();
        assert_eq!(h.at, Pos { line: 2, col: 12 });
        // Not when the line before opens something.
        let src = "Module(\n    title: (en: \"T\", es: \"T\"),\n)";
        assert!(missing_comma(src, Pos { line: 2, col: 5 }).is_none());
    }
}
