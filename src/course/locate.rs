//! Maps a field path such as `lessons[1].pages[0][2].flags[0].text` back to
//! the line and column where it is written.
//!
//! ron reports positions for syntax errors only. Validation works on the
//! parsed structs, so this module scans the source once more, at the lexical
//! level, and records where every field and list element begins. It only runs
//! when there is something to report, and it never fails: an unknown path
//! resolves to the deepest part that could be found.

/// One step of a path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seg {
    Field(&'static str),
    Index(usize),
    /// A language code used as a field name (at most 8 bytes).
    Lang([u8; 8], u8),
}

impl Seg {
    fn name(&self) -> Option<&str> {
        match self {
            Seg::Field(n) => Some(n),
            Seg::Lang(b, len) => std::str::from_utf8(&b[..usize::from(*len)]).ok(),
            Seg::Index(_) => None,
        }
    }
}

/// Deepest path recorded; deeper steps are dropped (nothing in a lesson file nests that far).
const MAX_DEPTH: usize = 16;

/// A path inside one file, built while validating. It is `Copy` and never
/// allocates, because validation builds one for every field it looks at and
/// almost all of them are never reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldPath {
    segs: [Seg; MAX_DEPTH],
    len: u8,
}

impl Default for FieldPath {
    fn default() -> Self {
        FieldPath::root()
    }
}

impl FieldPath {
    pub fn root() -> Self {
        FieldPath {
            segs: [Seg::Index(0); MAX_DEPTH],
            len: 0,
        }
    }
    fn push(mut self, seg: Seg) -> Self {
        if usize::from(self.len) < MAX_DEPTH {
            self.segs[usize::from(self.len)] = seg;
            self.len += 1;
        }
        self
    }
    pub fn field(&self, name: &'static str) -> Self {
        self.push(Seg::Field(name))
    }
    pub fn index(&self, i: usize) -> Self {
        self.push(Seg::Index(i))
    }
    /// A language code as the last step (longer codes are cut to 8 bytes).
    pub fn lang(&self, code: &str) -> Self {
        let mut buf = [0u8; 8];
        let n = code.len().min(8);
        buf[..n].copy_from_slice(&code.as_bytes()[..n]);
        self.push(Seg::Lang(buf, n as u8))
    }
    pub fn segs(&self) -> &[Seg] {
        &self.segs[..usize::from(self.len)]
    }
}

impl std::fmt::Display for FieldPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, seg) in self.segs().iter().enumerate() {
            match seg {
                Seg::Index(n) => write!(f, "[{n}]")?,
                other => {
                    if i > 0 {
                        f.write_str(".")?;
                    }
                    f.write_str(other.name().unwrap_or("?"))?;
                }
            }
        }
        Ok(())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

#[derive(Debug)]
enum Kind {
    /// `( ... )`, with or without a name: fields, or unnamed tuple elements.
    Paren,
    /// `[ ... ]`
    Seq,
    /// `{ ... }`
    Map,
    Leaf,
}

#[derive(Debug)]
struct Node {
    pos: Pos,
    kind: Kind,
    /// For Paren: named fields. For Map: string keys.
    fields: Vec<(String, usize)>,
    /// For Seq and unnamed tuple elements.
    items: Vec<usize>,
}

/// The lexical outline of one RON file.
pub struct Outline {
    nodes: Vec<Node>,
    root: Option<usize>,
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Open(char),
    Close,
    Colon,
    Comma,
    Ident(String),
    Str(String),
    Other,
}

struct Lexer<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    line: usize,
    col: usize,
}

impl<'a> Lexer<'a> {
    fn new(src: &'a str) -> Self {
        Lexer {
            chars: src.chars().peekable(),
            line: 1,
            col: 1,
        }
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.chars.next()?;
        if c == '\n' {
            self.line += 1;
            self.col = 1;
        } else {
            self.col += 1;
        }
        Some(c)
    }

    fn skip_trivia(&mut self) {
        loop {
            match self.chars.peek() {
                Some(c) if c.is_whitespace() => {
                    self.bump();
                }
                Some('/') => {
                    let mut look = self.chars.clone();
                    look.next();
                    match look.peek() {
                        Some('/') => {
                            while let Some(c) = self.bump() {
                                if c == '\n' {
                                    break;
                                }
                            }
                        }
                        Some('*') => {
                            self.bump();
                            self.bump();
                            let mut depth = 1usize;
                            while depth > 0 {
                                match self.bump() {
                                    None => return,
                                    Some('*') if self.chars.peek() == Some(&'/') => {
                                        self.bump();
                                        depth -= 1;
                                    }
                                    Some('/') if self.chars.peek() == Some(&'*') => {
                                        self.bump();
                                        depth += 1;
                                    }
                                    _ => {}
                                }
                            }
                        }
                        _ => return,
                    }
                }
                _ => return,
            }
        }
    }

    fn next(&mut self) -> Option<(Pos, Tok)> {
        self.skip_trivia();
        let pos = Pos {
            line: self.line,
            col: self.col,
        };
        let c = *self.chars.peek()?;
        let tok = match c {
            '(' | '[' | '{' => {
                self.bump();
                Tok::Open(c)
            }
            ')' | ']' | '}' => {
                self.bump();
                Tok::Close
            }
            ':' => {
                self.bump();
                Tok::Colon
            }
            ',' => {
                self.bump();
                Tok::Comma
            }
            '"' => {
                self.bump();
                Tok::Str(self.string_body())
            }
            '\'' => {
                self.bump();
                while let Some(c) = self.bump() {
                    match c {
                        '\\' => {
                            self.bump();
                        }
                        '\'' => break,
                        _ => {}
                    }
                }
                Tok::Other
            }
            'r' if self.raw_string_ahead() => {
                self.bump();
                let mut hashes = 0;
                while self.chars.peek() == Some(&'#') {
                    self.bump();
                    hashes += 1;
                }
                self.bump(); // opening quote
                let mut s = String::new();
                'outer: while let Some(c) = self.bump() {
                    if c == '"' {
                        let mut n = 0;
                        while n < hashes && self.chars.peek() == Some(&'#') {
                            self.bump();
                            n += 1;
                        }
                        if n == hashes {
                            break 'outer;
                        }
                        s.push('"');
                        s.extend(std::iter::repeat_n('#', n));
                    } else {
                        s.push(c);
                    }
                }
                Tok::Str(s)
            }
            c if c.is_alphabetic() || c == '_' => {
                let mut s = String::new();
                while let Some(&c) = self.chars.peek() {
                    if c.is_alphanumeric() || c == '_' || c == '#' {
                        s.push(c);
                        self.bump();
                    } else {
                        break;
                    }
                }
                Tok::Ident(s)
            }
            _ => {
                // Numbers and any other character: consume a run of non-structural chars.
                self.bump();
                while let Some(&c) = self.chars.peek() {
                    if c.is_whitespace() || "()[]{}:,\"'".contains(c) {
                        break;
                    }
                    self.bump();
                }
                Tok::Other
            }
        };
        Some((pos, tok))
    }

    fn raw_string_ahead(&self) -> bool {
        let mut look = self.chars.clone();
        look.next();
        loop {
            match look.next() {
                Some('#') => continue,
                Some('"') => return true,
                _ => return false,
            }
        }
    }

    fn string_body(&mut self) -> String {
        let mut s = String::new();
        while let Some(c) = self.bump() {
            match c {
                '\\' => {
                    if let Some(e) = self.bump() {
                        s.push(e);
                    }
                }
                '"' => break,
                c => s.push(c),
            }
        }
        s
    }
}

struct Frame {
    node: usize,
    /// A field name waiting for its value (`name :`), and where the name is.
    pending_key: Option<(String, Pos)>,
}

impl Outline {
    pub fn scan(src: &str) -> Outline {
        let mut lx = Lexer::new(src);
        let mut nodes: Vec<Node> = Vec::new();
        let mut stack: Vec<Frame> = Vec::new();
        let mut root = None;
        // A token that may turn out to be a field name (`ident :`) or a value.
        let mut held: Option<(Pos, Tok)> = None;

        fn attach(nodes: &mut [Node], stack: &mut [Frame], root: &mut Option<usize>, child: usize) {
            match stack.last_mut() {
                None => {
                    if root.is_none() {
                        *root = Some(child);
                    }
                }
                Some(fr) => match fr.pending_key.take() {
                    Some((k, key_pos)) => {
                        nodes[fr.node].fields.push((k, child));
                        // A diagnostic about a field reads best at the field's name.
                        nodes[child].pos = key_pos;
                    }
                    None => nodes[fr.node].items.push(child),
                },
            }
        }

        let new_node = |nodes: &mut Vec<Node>, pos: Pos, kind: Kind| {
            nodes.push(Node {
                pos,
                kind,
                fields: Vec::new(),
                items: Vec::new(),
            });
            nodes.len() - 1
        };

        loop {
            let next = lx.next();
            // Resolve a held identifier or string now that we see what follows it.
            if let Some((hpos, htok)) = held.take() {
                match (&htok, next.as_ref().map(|(_, t)| t)) {
                    (Tok::Ident(name), Some(Tok::Colon)) | (Tok::Str(name), Some(Tok::Colon)) => {
                        if let Some(fr) = stack.last_mut() {
                            fr.pending_key = Some((name.clone(), hpos));
                        }
                        continue; // the colon is consumed here
                    }
                    (Tok::Ident(_), Some(Tok::Open('('))) => {
                        let id = new_node(&mut nodes, hpos, Kind::Paren);
                        attach(&mut nodes, &mut stack, &mut root, id);
                        stack.push(Frame {
                            node: id,
                            pending_key: None,
                        });
                        continue; // the paren is consumed here
                    }
                    _ => {
                        let id = new_node(&mut nodes, hpos, Kind::Leaf);
                        attach(&mut nodes, &mut stack, &mut root, id);
                    }
                }
            }
            let Some((pos, tok)) = next else { break };
            match tok {
                Tok::Ident(_) | Tok::Str(_) => held = Some((pos, tok)),
                Tok::Open(c) => {
                    let kind = match c {
                        '(' => Kind::Paren,
                        '[' => Kind::Seq,
                        _ => Kind::Map,
                    };
                    let id = new_node(&mut nodes, pos, kind);
                    attach(&mut nodes, &mut stack, &mut root, id);
                    stack.push(Frame {
                        node: id,
                        pending_key: None,
                    });
                }
                Tok::Close => {
                    stack.pop();
                }
                Tok::Other => {
                    let id = new_node(&mut nodes, pos, Kind::Leaf);
                    attach(&mut nodes, &mut stack, &mut root, id);
                }
                Tok::Colon | Tok::Comma => {}
            }
        }
        Outline { nodes, root }
    }

    /// The position of `path`, or of its deepest ancestor that exists.
    pub fn find(&self, path: &FieldPath) -> Pos {
        let fallback = Pos { line: 1, col: 1 };
        let Some(mut cur) = self.root else {
            return fallback;
        };
        for seg in path.segs() {
            match self.step(cur, seg) {
                Some(next) => cur = next,
                None => break,
            }
        }
        self.nodes[cur].pos
    }

    fn step(&self, mut cur: usize, seg: &Seg) -> Option<usize> {
        // Look through wrappers such as `Some(x)` or a newtype variant `Text((...))`.
        for _ in 0..4 {
            let n = &self.nodes[cur];
            let found = match seg {
                Seg::Index(i) => match n.kind {
                    Kind::Seq => n.items.get(*i).copied(),
                    _ => None,
                },
                named => {
                    let name = named.name()?;
                    n.fields.iter().find(|(k, _)| k == name).map(|(_, v)| *v)
                }
            };
            if found.is_some() {
                return found;
            }
            if matches!(n.kind, Kind::Paren) && n.fields.is_empty() && n.items.len() == 1 {
                cur = n.items[0];
            } else {
                return None;
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> FieldPath {
        // tiny parser for test paths: a.b[2].c
        let mut out = FieldPath::root();
        for part in s.split('.') {
            let (name, rest) = part.split_once('[').unwrap_or((part, ""));
            if !name.is_empty() {
                out = out.field(Box::leak(name.to_string().into_boxed_str()));
            }
            for idx in rest.split('[') {
                let idx = idx.trim_end_matches(']');
                if !idx.is_empty() {
                    out = out.index(idx.parse().unwrap());
                }
            }
        }
        out
    }

    const SRC: &str = r##"// comment with ( and "
Module(
    id: "m1",
    title: (en: "A", es: "B"),
    lessons: [
        Lesson(id: "l1", pages: [[Text(body: (en: "x", es: r#"y"#))]]),
        Lesson(
            id: "l2",
            hint: Some((en: "h")),
        ),
    ],
)"##;

    #[test]
    fn finds_fields_and_indices() {
        let o = Outline::scan(SRC);
        assert_eq!(o.find(&p("id")), Pos { line: 3, col: 5 });
        assert_eq!(o.find(&p("title.es")), Pos { line: 4, col: 22 });
        assert_eq!(o.find(&p("lessons[1].id")), Pos { line: 8, col: 13 });
        assert_eq!(
            o.find(&p("lessons[0].pages[0][0].body")),
            Pos { line: 6, col: 40 }
        );
        // Through `Some(...)`:
        assert_eq!(o.find(&p("lessons[1].hint.en")), Pos { line: 9, col: 25 });
        // Unknown tail falls back to the deepest known ancestor:
        assert_eq!(o.find(&p("lessons[1].nope")), Pos { line: 7, col: 9 });
    }

    #[test]
    fn survives_garbage() {
        for src in [
            "",
            "(((",
            ")))",
            "\"unterminated",
            "r#\"x",
            "/* open",
            "[,:,]",
        ] {
            let o = Outline::scan(src);
            let _ = o.find(&p("a[3].b"));
        }
    }
}
