//! The one way Alerta writes CSV. Facilitators open these files in Excel or
//! LibreOffice, and a learner's name or a note such as
//! `=HYPERLINK("http://x","click")` must stay text there, not become a formula.
//!
//! Every text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage
//! return gets a leading single quote (OWASP's CSV-injection rule). Numbers
//! are written as [`Cell::Num`] and left alone, so they stay numbers.

use std::io::Write;

/// One cell of a row.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Anything a person typed or a course file says: neutralised.
    Text(String),
    /// A number the app computed (or an empty cell for "none").
    Num(String),
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }
    pub fn num(n: impl std::fmt::Display) -> Cell {
        Cell::Num(n.to_string())
    }
    pub fn opt_num<T: std::fmt::Display>(n: Option<T>) -> Cell {
        Cell::Num(n.map(|n| n.to_string()).unwrap_or_default())
    }
}

/// `s`, made safe to open in a spreadsheet.
pub fn safe_text(s: &str) -> String {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}"),
        _ => s.to_string(),
    }
}

/// A CSV writer whose text cells cannot run as formulas.
pub struct CsvOut<W: Write> {
    w: csv::Writer<W>,
}

impl<W: Write> CsvOut<W> {
    pub fn new(out: W) -> Self {
        CsvOut {
            w: csv::Writer::from_writer(out),
        }
    }

    /// A header row (column names are the app's own, but go through the same rule).
    pub fn header<S: AsRef<str>>(&mut self, cols: &[S]) -> csv::Result<()> {
        self.w
            .write_record(cols.iter().map(|c| safe_text(c.as_ref())))
    }

    pub fn row(&mut self, cells: impl IntoIterator<Item = Cell>) -> csv::Result<()> {
        self.w.write_record(cells.into_iter().map(|c| match c {
            Cell::Text(s) => safe_text(&s),
            Cell::Num(s) => s,
        }))
    }

    pub fn finish(mut self) -> csv::Result<W> {
        self.w.flush()?;
        self.w
            .into_inner()
            .map_err(|e| csv::Error::from(e.into_error()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_become_text() {
        for s in [
            "=1+1",
            "+1",
            "-1",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "=HYPERLINK(\"http://x\",\"click\")",
        ] {
            assert!(safe_text(s).starts_with('\''), "{s:?}");
        }
        assert_eq!(safe_text("Ana"), "Ana");
        assert_eq!(safe_text(""), "");
        let mut out = CsvOut::new(Vec::new());
        out.row([Cell::text("=cmd"), Cell::num(-5), Cell::opt_num::<u8>(None)])
            .unwrap();
        let bytes = out.finish().unwrap();
        assert_eq!(String::from_utf8(bytes).unwrap(), "'=cmd,-5,\n");
    }
}
